package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.web.PageClient.Ajax;
import nl.arbeidsmigratie.regie.web.PageClient.Form;
import nl.arbeidsmigratie.regie.web.PageClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page walk: every page under {@code /app} of the WAR as it ships, opened by nobody, an officer of Westland, an
 * officer of Delft, an auditor and a coordinator, and every command any of them is offered on it, also in a dialog
 * that loads its content when first opened (opened first, as a person would), (buttons, command links and inputs'
 * ajax listeners, as rendered for any role) posted by every other role that may open the page, in that role's own
 * view with the page's view state and nonce, as a script would forge it. A page a role may not use answers the
 * no-access page (403), nobody signed in is sent to sign in, no answer is a server error, Delft's officer sees
 * nothing of Westland's, and a post of an action the role may not perform changes nothing in the database. A page
 * the WAR holds and this walk does not classify fails it, so a new page must say who may open it. The figures are
 * printed at the end.
 */
@ExtendWith(ArquillianExtension.class)
class PageWalkIT {

    enum Role { ANONYMOUS, WESTLAND, DELFT, AUDITOR, COORDINATOR }

    private static final Set<Role> SIGNED_IN = EnumSet.of(Role.WESTLAND, Role.DELFT, Role.AUDITOR, Role.COORDINATOR);
    private static final Set<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR);

    /** Who may open each page under /app (the rest get the no-access page); mirrors web.xml. */
    private static final Map<String, Set<Role>> MAY_OPEN = Map.ofEntries(
            Map.entry("app/home.xhtml", SIGNED_IN),
            Map.entry("app/monitoring/counts.xhtml", SIGNED_IN),
            Map.entry("app/monitoring/dashboard.xhtml", SIGNED_IN),
            Map.entry("app/monitoring/import.xhtml", SIGNED_IN),
            Map.entry("app/monitoring/inspections.xhtml", SIGNED_IN),
            Map.entry("app/monitoring/locations.xhtml", SIGNED_IN),
            Map.entry("app/monitoring/norms.xhtml", SIGNED_IN),
            Map.entry("app/monitoring/worklist.xhtml", SIGNED_IN),
            Map.entry("app/strategy/overview.xhtml", COORDINATOR),
            Map.entry("app/strategy/templates.xhtml", COORDINATOR),
            Map.entry("app/registration/accounts.xhtml", COORDINATOR),
            Map.entry("app/registration/audit.xhtml", EnumSet.of(Role.AUDITOR, Role.COORDINATOR)),
            Map.entry("app/registration/editions.xhtml", COORDINATOR),
            Map.entry("app/registration/enrolments.xhtml", EnumSet.of(Role.WESTLAND, Role.DELFT, Role.COORDINATOR)),
            Map.entry("app/registration/mail-log.xhtml", COORDINATOR),
            Map.entry("app/registration/municipalities.xhtml", SIGNED_IN),
            Map.entry("app/registration/municipality.xhtml", SIGNED_IN),
            Map.entry("app/registration/newsletter.xhtml", COORDINATOR),
            Map.entry("app/registration/profile.xhtml", SIGNED_IN),
            Map.entry("app/registration/subscribers.xhtml", COORDINATOR),
            Map.entry("app/registration/regions.xhtml", SIGNED_IN),
            Map.entry("app/registration/tokens.xhtml", COORDINATOR),
            Map.entry("app/strategy/document.xhtml", SIGNED_IN),
            Map.entry("app/strategy/documents.xhtml", SIGNED_IN),
            Map.entry("app/strategy/versions.xhtml", SIGNED_IN),
            Map.entry("app/sessions/meeting.xhtml", SIGNED_IN),
            Map.entry("app/sessions/meetings.xhtml", SIGNED_IN),
            Map.entry("app/sessions/poll.xhtml", SIGNED_IN),
            Map.entry("app/sessions/records.xhtml", SIGNED_IN));

    /**
     * Commands that change something the role may change, so the database may differ after them: the role's own
     * account (a wrong current password on the profile page counts toward its lockout), for Westland's officer,
     * withdrawing Westland's enrolment, and for the auditor, verifying and exporting the audit trail (each run and
     * each export is recorded in it). Every other command posted by a role other than the coordinator must change
     * nothing.
     */
    private static final Pattern OWN_CHANGES = Pattern.compile("^(password:change|language:save)$");
    private static final Map<Role, Pattern> MAY_CHANGE = Map.of(Role.WESTLAND, Pattern.compile(":withdraw$"),
            Role.AUDITOR, Pattern.compile(":verify$|^audit:export$"));

    /** The top bar's language switch and sign-out, on every page, act on the session only. */
    private static final String TOP_BAR = "topbar";

    private static final String PASSWORD = DEMO_OFFICER.password();
    private static final Map<Role, String> EMAIL = new EnumMap<>(Map.of(
            Role.WESTLAND, "walk.westland@page-walk.example", Role.DELFT, "walk.delft@page-walk.example",
            Role.AUDITOR, "walk.auditor@page-walk.example", Role.COORDINATOR, "walk.coordinator@page-walk.example"));

    private static long started;
    private static int pagesTried;
    private static int actionsTried;
    private static int refused;
    private static int dialogsOpened;
    /** The dialog, loaded when first opened, that holds a form, by the form's id. */
    private static final Map<String, String> DIALOG_OF = new LinkedHashMap<>();
    private static final List<String> LEAKS = new ArrayList<>();
    private static final List<String> FAILURES = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String secret;

    @Test
    void everyPageAndEveryActionAsEveryRole() throws Exception {
        started = System.nanoTime();
        Set<String> pages = pagesOfTheWar();
        assertThat(pages).as("pages under /app that the walk classifies").containsExactlyInAnyOrderElementsOf(
                MAY_OPEN.keySet());
        westlandHasSecrets();
        Map<Role, PageClient> sessions = new EnumMap<>(Role.class);
        sessions.put(Role.ANONYMOUS, new PageClient(base));
        for (Role role : SIGNED_IN) {
            sessions.put(role, PageClient.signedIn(base, EMAIL.get(role), PASSWORD));
        }
        for (String path : new TreeSet<>(pages)) {
            Map<String, Form> offered = new LinkedHashMap<>();
            Map<String, Ajax> ajax = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                Page page = sessions.get(role).get(path);
                pagesTried++;
                judgeOpening(role, path, page);
                if (page.status() == 200) {
                    collect(page, offered, ajax);
                    // a dialog that loads its content when first opened offers its commands once opened
                    for (String dialog : page.dynamicDialogs()) {
                        Page opened = sessions.get(role).openDialog(page, dialog);
                        dialogsOpened++;
                        if (opened.status() != 200 || opened.body().contains("id=\"error-text\"")) {
                            FAILURES.add(role + " " + path + " opening " + dialog + " answered " + opened.status());
                        }
                        leakCheck(role, role + " " + path + " " + dialog, opened);
                        opened.forms().keySet().forEach(form -> DIALOG_OF.put(form, dialog));
                        collect(opened, offered, ajax);
                    }
                }
                if (role == Role.DELFT) {
                    // the page's own parameters, naming Westland's records, show Delft nothing more
                    Page named = sessions.get(role).get(path + "?municipality=GM1783&code=GM1783&edition=" + edition
                            + "&id=" + location + "&location=" + location);
                    pagesTried++;
                    leakCheck(role, path + " with Westland's ids", named);
                }
            }
            for (Role role : EnumSet.of(Role.WESTLAND, Role.DELFT, Role.AUDITOR)) {
                if (MAY_OPEN.get(path).contains(role)) {
                    forgeEveryCommand(sessions.get(role), role, path, offered, ajax);
                }
            }
        }
        assertThat(FAILURES).as("answers that broke a rule").isEmpty();
    }

    /** The forms and ajax commands of a page or of a dialog's content as it was loaded, the top bar left out. */
    private static void collect(Page page, Map<String, Form> offered, Map<String, Ajax> ajax) {
        page.ajaxCommands().forEach(ajax::putIfAbsent);
        page.forms().forEach((id, form) -> {
            if (!id.equals(TOP_BAR)) {
                offered.merge(id, form, PageWalkIT::union);
            }
        });
        // an input's ajax behaviour (a listener on its change) is an action of its form too
        page.ajaxCommands().forEach((source, command) -> {
            if (!command.event().isEmpty() && offered.containsKey(command.form())) {
                offered.merge(command.form(), new Form(command.form(), Map.of(), List.of(source)),
                        PageWalkIT::union);
            }
        });
    }

    /**
     * Posts every command offered to anyone on the page as this role, each in a view of its own, as the page
     * would (ajax with what the command processes, or the whole form). Of commands repeated per table row only
     * the first row's is posted: another row acts the same way on another record of the role's own table.
     */
    private void forgeEveryCommand(PageClient session, Role role, String path, Map<String, Form> offered,
                                   Map<String, Ajax> ajax) throws Exception {
        Map<String, String> state = databaseState();
        for (Form form : offered.values()) {
            Set<String> rows = new LinkedHashSet<>();
            for (String command : form.commands()) {
                if (!rows.add(command.replaceAll(":\\d+:", ":#:"))) {
                    continue;
                }
                Page page = session.get(path);
                Map<String, String> fields = new LinkedHashMap<>(form.fields());
                Form own = page.forms().get(form.id());
                String dialog = DIALOG_OF.get(form.id());
                if (own == null && dialog != null && page.dynamicDialogs().contains(dialog)) {
                    // the role's own view shows the dialog: opened first, as a person would
                    own = session.openDialog(page, dialog).forms().get(form.id());
                }
                if (own != null) {
                    fields.putAll(own.fields());
                }
                // whatever names a municipality names Westland, whose data only its officer may change
                fields.replaceAll((name, value) -> name.toLowerCase().contains("municipality") ? "GM1783" : value);
                Page answer = session.post(page, form.id(), command, fields, ajax.get(command));
                actionsTried++;
                String label = role + " " + path + " " + command;
                if (answer.status() >= 500 || answer.body().contains("id=\"error-text\"")) {
                    FAILURES.add(label + " answered a server error " + answer.status());
                }
                leakCheck(role, label, answer);
                Map<String, String> before = state;
                state = databaseState();
                if (OWN_CHANGES.matcher(command).find()
                        || MAY_CHANGE.getOrDefault(role, OWN_CHANGES).matcher(command).find()) {
                    continue;
                }
                if (state.equals(before)) {
                    refused++;
                } else {
                    Map<String, String> changed = new LinkedHashMap<>(state);
                    changed.entrySet().removeAll(before.entrySet());
                    FAILURES.add(label + " changed " + changed.keySet());
                }
            }
        }
    }

    private void judgeOpening(Role role, String path, Page page) {
        String label = role + " " + path;
        if (role == Role.ANONYMOUS) {
            if (page.status() != 302 || !page.location().contains("login.xhtml")) {
                FAILURES.add(label + " was not sent to sign in but answered " + page.status());
            }
            return;
        }
        if (!MAY_OPEN.get(path).contains(role)) {
            if (page.status() != 403 || !page.body().contains("id=\"refused\"")) {
                FAILURES.add(label + " answered " + page.status() + " instead of the no-access page");
            }
            return;
        }
        if (page.status() != 200 || page.body().contains("id=\"error-text\"")) {
            FAILURES.add(label + " answered " + page.status() + " instead of the page");
        }
        leakCheck(role, label, page);
    }

    private void leakCheck(Role role, String label, Page page) {
        if (role != Role.WESTLAND && role != Role.COORDINATOR && role != Role.AUDITOR
                && page.body().contains(secret)) {
            LEAKS.add(label + " showed Westland's data");
        }
    }

    private static Form union(Form one, Form other) {
        Set<String> commands = new LinkedHashSet<>(one.commands());
        commands.addAll(other.commands());
        Map<String, String> fields = new LinkedHashMap<>(other.fields());
        fields.putAll(one.fields());
        return new Form(one.id(), fields, List.copyOf(commands));
    }

    @AfterEach
    void removeTheEnrolmentAndContact() throws SQLException {
        TestData.removeEdition(edition);
        try (Connection db = TestDatabase.connect()) {
            TestData.update(db, "delete from registration.contact where email = ?", secret + "@westland.example");
        }
    }

    @AfterAll
    static void printFigures() {
        System.out.printf("[page walk] %d pages tried, %d dialogs opened, %d actions tried, %d refused, %d leaked (%d s)%n",
                pagesTried, dialogsOpened, actionsTried, refused, LEAKS.size(),
                (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(LEAKS).as("answers that held Westland's data").isEmpty();
    }

    /** Every page under /app in the WAR that ships. */
    private static Set<String> pagesOfTheWar() {
        Set<String> pages = new TreeSet<>();
        Deployments.application().getContent().keySet().forEach(path -> {
            String name = path.get();
            if (name.startsWith("/app/") && name.endsWith(".xhtml")) {
                pages.add(name.substring(1));
            }
        });
        return pages;
    }

    private long location;
    private long edition;

    /**
     * Westland has a location, a count, a contact person and an enrolment that carry one secret; the walk's
     * accounts exist. Delft's officer may see Westland's contact by name only, so the secret is in its email.
     */
    private void westlandHasSecrets() throws Exception {
        secret = "pw" + UUID.randomUUID().toString().replace("-", "");
        TestData.account(EMAIL.get(Role.WESTLAND), "OFFICER", "GM1783");
        TestData.account(EMAIL.get(Role.DELFT), "OFFICER", "GM0503");
        TestData.account(EMAIL.get(Role.AUDITOR), "AUDITOR", null);
        TestData.account(EMAIL.get(Role.COORDINATOR), "COORDINATOR", null);
        location = TestData.createdByWestland(base, "locations", TestData.locationJson("GM1783", "Locatie " + secret),
                "locationId");
        TestData.createdByWestland(base, "counts", TestData.countJson("GM1783", "Bron " + secret), "id");
        try (Connection db = TestDatabase.connect()) {
            TestData.update(db, "insert into registration.contact (municipality_code, name, function, policy_field, email, "
                    + "phone, version) values ('GM1783', 'Contact Westland', 'Beleid', 'HOUSING', ?, "
                    + "'0174 000000', 0)", secret + "@westland.example");
        }
        edition = TestData.editionWithWestlandEnrolment("Leerkring paginawalk", secret + "@westland.example",
                "Knelpunten " + secret);
    }

    /**
     * A fingerprint of every row the product keeps, the migration history and the sign-in throttle left out; of
     * the outbox only which mails exist, as its relay marks mails sent at its own pace.
     */
    private static Map<String, String> databaseState() throws SQLException {
        List<String> tables = TestDatabase.writtenTables(
                List.of("registration", "monitoring", "strategy", "sessions", "platform"), "request_throttle");
        List<String> parts = new ArrayList<>();
        for (String table : tables) {
            String row = table.equals("platform.outbox_mail") ? "t.id::text" : "t::text";
            parts.add("select '" + table + "', md5(string_agg(" + row + ", ',' order by " + row + ")) from " + table
                    + " t");
        }
        Map<String, String> state = new LinkedHashMap<>();
        try (Connection db = TestDatabase.connect();
             ResultSet rs = db.createStatement().executeQuery(String.join(" union all ", parts))) {
            while (rs.next()) {
                state.put(rs.getString(1), String.valueOf(rs.getString(2)));
            }
        }
        return state;
    }
}
