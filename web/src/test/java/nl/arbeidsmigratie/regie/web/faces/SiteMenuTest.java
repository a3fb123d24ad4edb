package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.WebXmlRoles;
import org.junit.jupiter.api.Test;

/**
 * The menu offers each role exactly the pages web.xml lets it open, no page is missing from it (a page reached only
 * from another, such as one meeting, is listed with that one), and every label
 * is there in Dutch and English.
 */
class SiteMenuTest {

    private final WebXmlRoles webXml = WebXmlRoles.read();

    @Test
    void eachRoleIsOfferedExactlyThePagesWebXmlLetsItOpen() {
        assertThat(webXml.allowed("/app/registration/accounts.xhtml")).containsExactly(Role.COORDINATOR);
        for (Role role : Role.values()) {
            List<String> offered = new SiteMenu().groupsFor(role).stream().flatMap(g -> g.items().stream())
                    .map(SiteMenu.Item::viewId).toList();
            for (SiteMenu.Item item : SiteMenu.items()) {
                assertThat(offered.contains(item.viewId())).as(role + " offered " + item.viewId())
                        .isEqualTo(webXml.allowed(item.viewId()).contains(role));
                for (String opened : item.opens()) {
                    assertThat(webXml.allowed(opened).contains(role)).as(role + " opens " + opened)
                            .isEqualTo(webXml.allowed(item.viewId()).contains(role));
                }
            }
        }
    }

    @Test
    void coordinatorsSeeEveryGroupWithPagesAndOthersFewer() {
        assertThat(new SiteMenu().groupsFor(Role.COORDINATOR)).extracting(SiteMenu.Group::name)
                .containsExactly("register", "monitoring", "strategy", "circle", "admin");
        assertThat(new SiteMenu().groupsFor(Role.AUDITOR).stream().flatMap(g -> g.items().stream())
                .map(SiteMenu.Item::page)).as("the import page to export and read the imports")
                .contains("audit", "counts", "import").doesNotContain("accounts", "enrolments");
        assertThat(new SiteMenu().groupsFor(Role.OFFICER).stream().flatMap(g -> g.items().stream())
                .map(SiteMenu.Item::page)).contains("import", "enrolments").doesNotContain("audit", "accounts");
        assertThat(new SiteMenu().groupsFor(null)).isEmpty();
    }

    @Test
    void everySignedInPageIsInTheMenuUnderItsOwnName() {
        List<String> inMenu = SiteMenu.items().stream()
                .map(item -> item.viewId() + " " + item.getId()).toList();
        List<String> openedFromMenu = SiteMenu.items().stream().flatMap(item -> item.opens().stream()).toList();
        assertThat(WebXmlRoles.signedInPages()).allSatisfy(page -> {
            if (!openedFromMenu.contains(page)) {
                assertThat(inMenu).contains(page + " nav-" + page.substring(page.lastIndexOf('/') + 1, page.length() - 6));
            }
        });
    }

    @Test
    void everyLabelExistsInDutchAndEnglish() throws IOException {
        for (String language : List.of("nl", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = SiteMenuTest.class.getResourceAsStream(
                    "/nl/arbeidsmigratie/regie/web/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            SiteMenu.GROUPS.forEach(group -> {
                assertThat(bundle).as(language).containsKey(group.labelKey());
                group.items().forEach(item -> assertThat(bundle).as(language).containsKey(item.labelKey()));
            });
        }
    }
}
