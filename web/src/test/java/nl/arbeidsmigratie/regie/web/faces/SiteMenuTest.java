package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.arbeidsmigratie.regie.registration.api.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The menu offers each role exactly the pages web.xml lets it open, no page is missing from it, and every label
 * is there in Dutch and English.
 */
class SiteMenuTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** url-pattern → roles allowed, as web.xml's security constraints say. */
    private static final Map<String, Set<Role>> CONSTRAINTS = new HashMap<>();

    @BeforeAll
    static void readWebXml() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        NodeList constraints = xml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            NodeList names = constraint.getElementsByTagName("role-name");
            for (int r = 0; r < names.getLength(); r++) {
                roles.add(Role.valueOf(names.item(r).getTextContent().strip()));
            }
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                CONSTRAINTS.put(patterns.item(p).getTextContent().strip(), roles);
            }
        }
    }

    /** The servlet rule: an exact pattern outranks the longest path prefix; no constraint means everyone. */
    private static Set<Role> allowedBy(String path) {
        if (CONSTRAINTS.containsKey(path)) {
            return CONSTRAINTS.get(path);
        }
        return CONSTRAINTS.entrySet().stream().filter(e -> e.getKey().endsWith("/*"))
                .filter(e -> path.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue).orElse(EnumSet.allOf(Role.class));
    }

    @Test
    void eachRoleIsOfferedExactlyThePagesWebXmlLetsItOpen() {
        assertThat(allowedBy("/app/registration/accounts.xhtml")).containsExactly(Role.COORDINATOR);
        for (Role role : Role.values()) {
            List<String> offered = new SiteMenu().groupsFor(role).stream().flatMap(g -> g.items().stream())
                    .map(SiteMenu.Item::viewId).toList();
            for (SiteMenu.Item item : SiteMenu.items()) {
                assertThat(offered.contains(item.viewId())).as(role + " offered " + item.viewId())
                        .isEqualTo(allowedBy(item.viewId()).contains(role));
            }
        }
    }

    @Test
    void coordinatorsSeeEveryGroupWithPagesAndOthersFewer() {
        assertThat(new SiteMenu().groupsFor(Role.COORDINATOR)).extracting(SiteMenu.Group::name)
                .containsExactly("register", "monitoring", "circle", "admin");
        assertThat(new SiteMenu().groupsFor(Role.AUDITOR).stream().flatMap(g -> g.items().stream())
                .map(SiteMenu.Item::page)).contains("audit", "counts").doesNotContain("import", "accounts", "enrolments");
        assertThat(new SiteMenu().groupsFor(Role.OFFICER).stream().flatMap(g -> g.items().stream())
                .map(SiteMenu.Item::page)).contains("import", "enrolments").doesNotContain("audit", "accounts");
        assertThat(new SiteMenu().groupsFor(null)).isEmpty();
    }

    @Test
    void everySignedInPageIsInTheMenu() throws IOException {
        List<String> inMenu = SiteMenu.items().stream().map(SiteMenu.Item::viewId).toList();
        try (Stream<Path> pages = Files.walk(WEBAPP.resolve("app"))) {
            List<String> missing = pages.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
                    .filter(page -> !page.equals("/app/home.xhtml") && !inMenu.contains(page)).toList();
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void everyLabelExistsInDutchAndEnglish() throws IOException {
        for (String language : List.of("nl", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = SiteMenuTest.class.getResourceAsStream(
                    "/nl/arbeidsmigratie/regie/web/messages_" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            SiteMenu.GROUPS.forEach(group -> {
                assertThat(bundle).as(language).containsKey(group.labelKey());
                group.items().forEach(item -> assertThat(bundle).as(language).containsKey(item.labelKey()));
            });
        }
    }
}
