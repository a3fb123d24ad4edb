package nl.arbeidsmigratie.regie.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.arbeidsmigratie.regie.registration.api.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Who may open which page, as web.xml's security constraints say: what tests of the menu hold it against. */
public final class WebXmlRoles {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** url-pattern → the roles its constraint allows. */
    private final Map<String, Set<Role>> constraints = new HashMap<>();

    private WebXmlRoles() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        NodeList all = xml.getElementsByTagName("security-constraint");
        for (int i = 0; i < all.getLength(); i++) {
            Element constraint = (Element) all.item(i);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            NodeList names = constraint.getElementsByTagName("role-name");
            for (int r = 0; r < names.getLength(); r++) {
                roles.add(Role.valueOf(names.item(r).getTextContent().strip()));
            }
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                constraints.put(patterns.item(p).getTextContent().strip(), roles);
            }
        }
    }

    public static WebXmlRoles read() {
        try {
            return new WebXmlRoles();
        } catch (Exception e) {
            throw new IllegalStateException("web.xml could not be read", e);
        }
    }

    /** The servlet rule: an exact pattern outranks the longest path prefix; no constraint lets everyone in. */
    public Set<Role> allowed(String path) {
        if (constraints.containsKey(path)) {
            return constraints.get(path);
        }
        return constraints.entrySet().stream().filter(e -> e.getKey().endsWith("/*"))
                .filter(e -> path.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue).orElse(EnumSet.allOf(Role.class));
    }

    /**
     * Every signed-in page (all but home), as view ids
     * ({@code /app/monitoring/counts.xhtml}).
     */
    public static List<String> signedInPages() {
        try (Stream<Path> pages = Files.walk(WEBAPP.resolve("app"))) {
            return pages.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
                    .filter(page -> !page.equals("/app/home.xhtml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
