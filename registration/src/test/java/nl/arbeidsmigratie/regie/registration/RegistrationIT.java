package nl.arbeidsmigratie.regie.registration;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.entity.AuditEntry;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.ContactDetails;
import nl.arbeidsmigratie.regie.registration.api.LoginResult;
import nl.arbeidsmigratie.regie.registration.api.MailLog;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityChange;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalitySort;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registration module with the platform on Payara Micro and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(RegistrationIT.class);
    }

    @Inject
    MunicipalityDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    MailLog mailLog;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void migrationsCreateTheSchemasWithTheirOwnHistory() throws SQLException {
        List<String> schemas = strings("select table_schema from information_schema.tables "
                + "where table_name = 'flyway_schema_history' order by 1");
        assertThat(schemas).contains("platform", "registration");
        assertThat(strings("select table_name from information_schema.tables where table_schema = 'registration' "
                + "order by 1")).contains("account", "municipality", "region");
    }

    @Test
    void theRegisterHoldsAllMunicipalitiesWithZuidHollandsRegions() throws Exception {
        TestCaller.as(DEMO_AUDITOR.email(), () -> {
            assertThat(directory.search(MunicipalityQuery.all()).total()).isEqualTo(342);
            assertThat(directory.search(MunicipalityQuery.all().inProvince("Zuid-Holland")).total()).isEqualTo(50);
            Page<MunicipalityView> haaglanden = directory.search(MunicipalityQuery.all().inRegion("Haaglanden"));
            assertThat(haaglanden.total()).isEqualTo(9);
            assertThat(haaglanden.items()).extracting(MunicipalityView::name)
                    .contains("'s-Gravenhage", "Westland", "Delft");
            assertThat(directory.regions()).hasSize(8).contains("Haaglanden", "Holland Rijnland");
        });
    }

    @Test
    void searchPagesSortsAndFiltersByName() throws Exception {
        TestCaller.as(DEMO_OFFICER.email(), () -> {
            Page<MunicipalityView> second = directory.search(
                    new MunicipalityQuery(null, null, null, MunicipalitySort.CODE, false, 10, 10));
            assertThat(second.items()).hasSize(10);
            assertThat(second.total()).isEqualTo(342);
            Page<MunicipalityView> first = directory.search(
                    new MunicipalityQuery(null, null, null, MunicipalitySort.CODE, false, 0, 10));
            assertThat(first.items().get(9).code()).isLessThan(second.items().get(0).code());
            assertThat(directory.search(new MunicipalityQuery("DELF", null, null, MunicipalitySort.NAME, false, 0, 10))
                    .items()).extracting(MunicipalityView::name).containsExactly("Delft", "Midden-Delfland");
            // with or without the accents the name is written with
            for (String typed : List.of("sudwest", "SÚDWEST-FRYSLÂN", "fryslân")) {
                assertThat(directory.search(new MunicipalityQuery(typed, null, null, MunicipalitySort.NAME, false, 0,
                        10)).items()).as(typed).extracting(MunicipalityView::name).contains("Súdwest-Fryslân");
            }
            // in a Dutch list's order, whatever the database's collation: 's-Gravenhage among the S's, not first
            assertThat(directory.search(new MunicipalityQuery(null, null, null, MunicipalitySort.NAME, false, 0, 1))
                    .items()).extracting(MunicipalityView::name).containsExactly("Aa en Hunze");
            assertThat(directory.search(new MunicipalityQuery("s", "Haaglanden", null, MunicipalitySort.NAME, false,
                    0, 20)).items()).extracting(MunicipalityView::name).containsSubsequence("Rijswijk",
                    "'s-Gravenhage", "Westland");
            // by its code however typed, and by the name everyone uses where the register has another
            for (String typed : List.of("GM0518", "gm 518", "0518", "Den Haag", "den haag ")) {
                assertThat(directory.search(new MunicipalityQuery(typed, null, null, MunicipalitySort.NAME, false, 0,
                        10)).items()).as(typed).extracting(MunicipalityView::code).containsExactly("GM0518");
            }
        });
    }

    @Test
    void anonymousCallersReadNothing() {
        assertThatThrownBy(() -> directory.search(MunicipalityQuery.all()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anOfficerOrAuditorCannotChangeAMunicipalityEvenThroughTheFacade() throws Exception {
        MunicipalityView delft = TestCaller.as(DEMO_OFFICER.email(), () -> directory.find("GM0503").orElseThrow());
        for (String caller : List.of(DEMO_OFFICER.email(), DEMO_AUDITOR.email())) {
            TestCaller.as(caller, () -> {
                assertThatThrownBy(() -> directory.change(new MunicipalityChange("GM0503", null, true, null, null,
                        delft.version()))).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> directory.addContact("GM0503", new ContactDetails("Iemand", null, null,
                        "x@delft.example", null))).isInstanceOf(AccessRefusedException.class);
            });
        }
        assertThat(TestCaller.as(DEMO_OFFICER.email(), () -> directory.find("GM0503").orElseThrow())).isEqualTo(delft);
    }

    @Test
    void loginChecksThePasswordAndAnswersUnknownAccountsTheSame() {
        LoginResult ok = accounts.login(DEMO_OFFICER.email(), DEMO_OFFICER.password());
        assertThat(ok.signedIn()).isTrue();
        assertThat(ok.account().role()).isEqualTo(Role.OFFICER);
        assertThat(ok.account().municipalityCode()).isEqualTo("GM1783");
        assertThat(accounts.login(DEMO_OFFICER.email(), "wrong password!").outcome())
                .isEqualTo(LoginResult.Outcome.REFUSED);
        assertThat(accounts.login("nobody@nowhere.example", "wrong password!").outcome())
                .isEqualTo(LoginResult.Outcome.REFUSED);
    }

    @Test
    void tenFailuresWithinFifteenMinutesLockTheAccount() throws SQLException {
        execute("insert into registration.account (email, display_name, password_hash, role) "
                + "select 'locked@test.example', 'Lock test', password_hash, 'AUDITOR' from registration.account "
                + "where email = '" + DEMO_AUDITOR.email() + "'");
        try {
            for (int i = 0; i < 10; i++) {
                assertThat(accounts.login("locked@test.example", "wrong password!"))
                        .isEqualTo(LoginResult.refused());
            }
            LoginResult evenTheRightPassword = accounts.login("locked@test.example", DEMO_AUDITOR.password());
            assertThat(evenTheRightPassword).as("a locked account is answered like a wrong password")
                    .isEqualTo(LoginResult.refused());
            assertThat(accounts.login(DEMO_AUDITOR.email(), DEMO_AUDITOR.password()).signedIn())
                    .as("the same password on an account that is not locked").isTrue();
            assertThat(Sql.strings(dataSource, "select count(*) from registration.account "
                    + "where email = 'locked@test.example' and locked_until > now()")).containsExactly("1");
        } finally {
            execute("delete from registration.account where email = 'locked@test.example'");
        }
    }

    @Test
    void theMailLogIsForCoordinatorsOnlyAndOnlyWhenNoMailIsSent() throws Exception {
        assertThatThrownBy(() -> mailLog.latest(null, 10)).as("anonymous").isInstanceOf(AccessRefusedException.class);
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> mailLog.latest(null, 10))
                .isInstanceOf(AccessRefusedException.class).hasMessageStartingWith("OFFICER may not do this"));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> mailLog.latest(null, 10))
                .isInstanceOf(AccessRefusedException.class).hasMessageStartingWith("AUDITOR may not do this"));
        TestCaller.as(DEMO_COORDINATOR.email(), () -> assertThatThrownBy(() -> mailLog.latest(null, 10))
                .as("the tests send mail over SMTP").isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("only when mail.mode=log"));
    }

    @Test
    void theAuditChainVerifiesAndNamesTheFirstAlteredEntry() throws SQLException {
        accounts.login(DEMO_AUDITOR.email(), "wrong password!");
        accounts.login(DEMO_AUDITOR.email(), "another wrong one");
        AuditVerification intact = audit.verify();
        assertThat(intact.intact()).as(String.valueOf(intact)).isTrue();
        assertThat(intact.entriesChecked()).isGreaterThanOrEqualTo(2);

        long tampered = Long.parseLong(strings("select max(id) - 1 from platform.audit_entry").get(0));
        String actor = strings("select actor from platform.audit_entry where id = " + tampered).get(0);
        asOwnerWithoutTriggers("update platform.audit_entry set actor = 'mallory' where id = " + tampered);
        try {
            AuditVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenEntry()).isEqualTo(tampered);
            assertThat(broken.breach()).isEqualTo(AuditVerification.Breach.ALTERED);
        } finally {
            asOwnerWithoutTriggers("update platform.audit_entry set actor = '" + actor + "' where id = " + tampered);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aTrailCutShortIsReportedEvenThoughEveryRemainingLinkHolds() throws SQLException {
        accounts.login(DEMO_AUDITOR.email(), "wrong password!");
        long last = Long.parseLong(strings("select max(id) from platform.audit_entry").get(0));
        String saved = "create table platform.saved_tail as select * from platform.audit_entry where id = " + last;
        Sql.executeAsOwner(saved);
        asOwnerWithoutTriggers("delete from platform.audit_entry where id = " + last);
        try {
            AuditVerification cut = audit.verify();
            assertThat(cut.intact()).isFalse();
            assertThat(cut.firstBrokenEntry()).isEqualTo(last);
            assertThat(cut.reason()).contains("removed from the end");
            // a page says it in its own words, with the entry where the chain ends and the one its seal names
            assertThat(cut.breach()).isEqualTo(AuditVerification.Breach.END_REMOVED);
            assertThat(cut.figures()).hasSize(2).last().isEqualTo(last);
            assertThat(cut.figures().get(0)).isLessThan(last);
        } finally {
            Sql.executeAsOwner("insert into platform.audit_entry overriding system value select * from platform.saved_tail",
                    "drop table platform.saved_tail");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aChainRewrittenWithRecomputedHashesIsReported() throws SQLException {
        accounts.login(DEMO_AUDITOR.email(), "wrong password!");
        long last = Long.parseLong(strings("select max(id) from platform.audit_entry").get(0));
        List<String> row = Sql.row(dataSource, "select actor, to_char(occurred_at at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), action, target, before_json, after_json, "
                + "previous_hash, hash from platform.audit_entry where id = " + last);
        // The forger knows how entries are hashed and recomputes the head, so every link still holds.
        String forged = new AuditEntry("mallory", Instant.parse(row.get(1)), row.get(2),
                row.get(3), row.get(4), row.get(5), row.get(6)).hash();
        asOwnerWithoutTriggers("update platform.audit_entry set actor = 'mallory', hash = '" + forged + "' where id = "
                + last);
        try {
            AuditVerification rewritten = audit.verify();
            assertThat(rewritten.intact()).isFalse();
            assertThat(rewritten.reason()).contains("rewritten");
        } finally {
            asOwnerWithoutTriggers("update platform.audit_entry set actor = '" + row.get(0).replace("'", "''")
                    + "', hash = '" + row.get(7) + "' where id = " + last);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theApplicationsOwnDatabaseUserCanNeitherTruncateNorDisableTheTrailsProtection() {
        assertThatThrownBy(() -> execute("truncate platform.audit_entry")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("alter table platform.audit_entry disable trigger audit_entry_append_only"))
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> Sql.executeAsOwner("truncate platform.audit_entry"))
                .as("not even the owner truncates it while the trigger stands").hasMessageContaining("append-only");
    }

    @Test
    void theAuditTrailRefusesUpdatesInTheDatabase() {
        assertThatThrownBy(() -> execute("update platform.audit_entry set actor = 'mallory'"))
                .as("the application's own user may not even try").hasMessageContaining("permission denied");
        assertThatThrownBy(() -> Sql.executeAsOwner("update platform.audit_entry set actor = 'mallory'",
                "delete from platform.audit_entry"))
                .as("and the owner is stopped by the trigger").hasMessageContaining("append-only");
    }

    private static void asOwnerWithoutTriggers(String sql) throws SQLException {
        Sql.executeAsOwner("alter table platform.audit_entry disable trigger audit_entry_append_only", sql,
                "alter table platform.audit_entry enable trigger audit_entry_append_only");
    }

    private List<String> strings(String sql) throws SQLException {
        return Sql.strings(dataSource, sql);
    }

    private void execute(String sql) throws SQLException {
        Sql.execute(dataSource, sql);
    }
}
