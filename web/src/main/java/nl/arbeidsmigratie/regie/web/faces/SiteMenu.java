package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * The signed-in menu, grouped by the module whose work the pages show. One list says for every page its outcome,
 * label and the roles that may open it; the page frame renders from it and a test holds it against web.xml's
 * role constraints (the same roles, no more and no fewer), so the menu never offers a page that answers "no
 * access" and never hides one a role may use. A group without items for a role is not shown. Pages that show one
 * record (one document, one meeting) are opened from their item's list with the record's id, never from the menu.
 */
@Named
@ApplicationScoped
public class SiteMenu {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> COORDINATORS = EnumSet.of(Role.COORDINATOR);
    private static final Set<Role> WRITERS = EnumSet.of(Role.COORDINATOR, Role.OFFICER);
    private static final Set<Role> REVIEWERS = EnumSet.of(Role.COORDINATOR, Role.AUDITOR);

    /**
     * One page in the menu; {@code page} names its link id {@code nav-<page>}. {@code opens} are the view ids of the
     * pages reached only from it (one document, one meeting), open to the same roles, under the same heading.
     */
    public record Item(String page, String outcome, String labelKey, Set<Role> roles, List<String> opens)
            implements Serializable {

        public Item {
            roles = Set.copyOf(roles);
            opens = List.copyOf(opens);
        }

        public Item(String page, String outcome, String labelKey, Set<Role> roles) {
            this(page, outcome, labelKey, roles, List.of());
        }

        /** The view id JSF reports while this page is shown. */
        public String viewId() {
            return outcome + ".xhtml";
        }

        public String getId() {
            return "nav-" + page;
        }
    }

    /** A module's pages under one heading. */
    public record Group(String name, String labelKey, List<Item> items) implements Serializable {

        public Group {
            items = List.copyOf(items);
        }

        Group visibleTo(Role role) {
            return new Group(name, labelKey, items.stream().filter(item -> item.roles().contains(role)).toList());
        }

        public boolean contains(String viewId) {
            return items.stream().anyMatch(item -> item.viewId().equals(viewId) || item.opens().contains(viewId));
        }
    }

    static final List<Group> GROUPS = List.of(
            new Group("register", "nav.group.register", List.of(
                    new Item("municipalities", "/app/registration/municipalities", "nav.municipalities", EVERYONE,
                            List.of("/app/registration/municipality.xhtml")),
                    new Item("regions", "/app/registration/regions", "nav.regions", EVERYONE))),
            new Group("monitoring", "nav.group.monitoring", List.of(
                    new Item("dashboard", "/app/monitoring/dashboard", "nav.dashboard", EVERYONE),
                    new Item("counts", "/app/monitoring/counts", "nav.counts", EVERYONE),
                    new Item("locations", "/app/monitoring/locations", "nav.locations", EVERYONE),
                    new Item("norms", "/app/monitoring/norms", "nav.norms", EVERYONE),
                    new Item("inspections", "/app/monitoring/inspections", "nav.inspections", EVERYONE),
                    new Item("worklist", "/app/monitoring/worklist", "nav.worklist", EVERYONE),
                    new Item("import", "/app/monitoring/import", "nav.import", EVERYONE))),
            new Group("strategy", "nav.group.strategy", List.of(
                    new Item("documents", "/app/strategy/documents", "nav.strategy-documents", EVERYONE,
                            List.of("/app/strategy/document.xhtml", "/app/strategy/versions.xhtml")),
                    new Item("overview", "/app/strategy/overview", "nav.strategy-overview", COORDINATORS),
                    new Item("templates", "/app/strategy/templates", "nav.strategy-templates", COORDINATORS))),
            new Group("circle", "nav.group.circle", List.of(
                    new Item("meetings", "/app/sessions/meetings", "nav.meetings", EVERYONE,
                            List.of("/app/sessions/meeting.xhtml", "/app/sessions/poll.xhtml",
                                    "/app/sessions/records.xhtml")),
                    new Item("editions", "/app/registration/editions", "nav.editions", COORDINATORS),
                    new Item("enrolments", "/app/registration/enrolments", "nav.enrolments", WRITERS),
                    new Item("newsletter", "/app/registration/newsletter", "nav.newsletter", COORDINATORS),
                    new Item("subscribers", "/app/registration/subscribers", "nav.subscribers", COORDINATORS),
                    new Item("circle", "/circle", "nav.circle.public", EVERYONE),
                    new Item("subscribe", "/newsletter", "nav.subscribe.signed-in", EVERYONE))),
            new Group("admin", "nav.group.admin", List.of(
                    new Item("accounts", "/app/registration/accounts", "nav.accounts", COORDINATORS),
                    new Item("tokens", "/app/registration/tokens", "nav.tokens", COORDINATORS),
                    new Item("mail-log", "/app/registration/mail-log", "nav.mail-log", COORDINATORS),
                    new Item("audit", "/app/registration/audit", "nav.audit", REVIEWERS),
                    new Item("profile", "/app/registration/profile", "nav.profile", EVERYONE))));

    /** The groups with the items {@code role} may open, leaving out groups that have none. */
    public List<Group> groupsFor(Role role) {
        if (role == null) {
            return List.of();
        }
        return GROUPS.stream().map(group -> group.visibleTo(role)).filter(group -> !group.items().isEmpty()).toList();
    }

    /** Every page of the menu, for the test that holds it against web.xml. */
    static List<Item> items() {
        return GROUPS.stream().flatMap(group -> group.items().stream()).toList();
    }
}
