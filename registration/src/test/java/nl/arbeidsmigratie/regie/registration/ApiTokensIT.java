package nl.arbeidsmigratie.regie.registration;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.ApiCaller;
import nl.arbeidsmigratie.regie.registration.api.ApiTokenStatus;
import nl.arbeidsmigratie.regie.registration.api.ApiTokenView;
import nl.arbeidsmigratie.regie.registration.api.ApiTokens;
import nl.arbeidsmigratie.regie.registration.api.IssuedApiToken;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal API tokens through their facade: who may revoke what, what lets a client in, and what is audited. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(ApiTokensIT.class);
    }

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheTokens() throws SQLException {
        for (long id : created) {
            Sql.execute(dataSource, "delete from registration.api_token where id = " + id);
        }
        Sql.execute(dataSource, "update registration.account set active = true where email = '"
                + DEMO_OFFICER.email() + "'");
    }

    @Test
    void aTokenIsStoredOnlyAsTheHashOfItsSecretAndLetsItsOwnerIn() throws Exception {
        IssuedApiToken issued = create(DEMO_OFFICER.email(), "rapportage " + run, null);
        assertThat(issued.secret()).startsWith("regie_").hasSize("regie_".length() + 43);
        assertThat(issued.token().status()).isEqualTo(ApiTokenStatus.ACTIVE);
        assertThat(issued.token().lastUsedAt()).isNull();
        assertThat(issued.token().expiresAt()).isEqualTo(today().plusDays(91).atStartOfDay(NL).toInstant());

        String hash = sha256(issued.secret());
        assertThat(column("secret_hash", issued)).isEqualTo(hash);
        assertThat(Sql.count(dataSource, "select count(*) from registration.api_token where secret_hash like ?",
                "%" + issued.secret() + "%")).isZero();
        assertThat(Sql.strings(dataSource, "select coalesce(before_json, '') || coalesce(after_json, '') from "
                + "platform.audit_entry where target = 'api-token:" + issued.token().id() + "'"))
                .hasSize(1).noneMatch(json -> json.contains(issued.secret()) || json.contains(hash));
        assertThat(actions(issued)).containsExactly("api-token.created");

        assertThat(tokens.authenticate(issued.secret())).contains(new ApiCaller(DEMO_OFFICER.email(), Role.OFFICER));
        assertThat(tokens.authenticate(issued.secret().substring(0, 40))).isEmpty();
        assertThat(tokens.authenticate("regie_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void theFirstUseIsAuditedOnceAndLastUseIsWrittenAtMostOnceAMinute() throws Exception {
        IssuedApiToken issued = create(DEMO_OFFICER.email(), "script " + run, LocalDate.now(NL).plusDays(10));
        long signInsBefore = signIns();

        for (int i = 0; i < 5; i++) {
            assertThat(tokens.authenticate(issued.secret())).isPresent();
        }
        assertThat(actions(issued)).containsExactly("api-token.created", "api-token.first-used");
        assertThat(signIns()).as("no sign-in entry per API request").isEqualTo(signInsBefore);
        String firstUse = column("last_used_at", issued);
        assertThat(firstUse).isNotNull();

        Sql.execute(dataSource, "update registration.api_token set last_used_at = now() - interval '30 seconds' "
                + "where id = " + issued.token().id());
        String recent = column("last_used_at", issued);
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        assertThat(column("last_used_at", issued)).as("used again within the minute: nothing written")
                .isEqualTo(recent);

        Sql.execute(dataSource, "update registration.api_token set last_used_at = now() - interval '2 minutes' "
                + "where id = " + issued.token().id());
        String stale = column("last_used_at", issued);
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        assertThat(column("last_used_at", issued)).isNotEqualTo(stale);
        assertThat(Sql.count(dataSource, "select count(*) from registration.api_token where id = ? "
                + "and last_used_at > now() - interval '1 minute'", issued.token().id())).isEqualTo(1);
        assertThat(actions(issued)).containsExactly("api-token.created", "api-token.first-used");

        List<ApiTokenView> own = TestCaller.as(DEMO_OFFICER.email(), () -> tokens.own());
        assertThat(own).filteredOn(token -> token.id() == issued.token().id()).singleElement()
                .satisfies(token -> assertThat(token.lastUsedAt()).isNotNull());
    }

    @Test
    void anOfficerCannotRevokeSomeoneElsesTokenButACoordinatorCan() throws Exception {
        IssuedApiToken coordinators = create(DEMO_COORDINATOR.email(), "beheer " + run, null);
        IssuedApiToken officers = create(DEMO_OFFICER.email(), "koppeling " + run, null);

        for (String caller : List.of(DEMO_OFFICER.email(), DEMO_AUDITOR.email())) {
            TestCaller.as(caller, () -> {
                assertRefused(() -> tokens.revoke(coordinators.token().id()));
                assertRefused(() -> tokens.everyone());
            });
        }
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertRefused(() -> tokens.revoke(officers.token().id())));
        assertRefused(() -> tokens.revoke(officers.token().id()));
        assertThat(tokens.authenticate(coordinators.secret())).isPresent();
        assertThat(tokens.authenticate(officers.secret())).isPresent();
        assertThat(actions(coordinators)).doesNotContain("api-token.revoked");

        List<ApiTokenView> all = TestCaller.as(DEMO_COORDINATOR.email(), () -> tokens.everyone());
        assertThat(all).extracting(ApiTokenView::name).contains("beheer " + run, "koppeling " + run);
        ApiTokenView revoked = TestCaller.as(DEMO_COORDINATOR.email(), () -> tokens.revoke(officers.token().id()));
        assertThat(revoked.status()).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(tokens.authenticate(officers.secret())).isEmpty();
        TestCaller.as(DEMO_OFFICER.email(), () -> tokens.revoke(officers.token().id()));
        assertThat(actions(officers)).containsExactly("api-token.created", "api-token.first-used",
                "api-token.revoked");

        TestCaller.as(DEMO_COORDINATOR.email(), () -> tokens.revoke(coordinators.token().id()));
        assertThat(tokens.authenticate(coordinators.secret())).isEmpty();
    }

    @Test
    void expiredTokensAndTokensOfDeactivatedAccountsLetNobodyIn() throws Exception {
        IssuedApiToken expiring = create(DEMO_OFFICER.email(), "verloopt " + run, today());
        assertThat(tokens.authenticate(expiring.secret())).isPresent();
        Sql.execute(dataSource, "update registration.api_token set created_at = now() - interval '2 days', "
                + "expires_at = now() - interval '1 second' where id = " + expiring.token().id());
        assertThat(tokens.authenticate(expiring.secret())).isEmpty();
        assertThat(TestCaller.as(DEMO_OFFICER.email(), () -> tokens.own()))
                .filteredOn(token -> token.id() == expiring.token().id()).singleElement()
                .extracting(ApiTokenView::status).isEqualTo(ApiTokenStatus.EXPIRED);

        IssuedApiToken valid = create(DEMO_OFFICER.email(), "actief " + run, null);
        Sql.execute(dataSource, "update registration.account set active = false where email = '"
                + DEMO_OFFICER.email() + "'");
        assertThat(tokens.authenticate(valid.secret())).isEmpty();
    }

    @Test
    void aTokenNeedsANameAndAnExpiryWithinAYear() {
        TestCaller.as(DEMO_OFFICER.email(), () -> {
            assertInvalid(() -> tokens.create(" ", null), "name", "error.token.name.required");
            assertInvalid(() -> tokens.create("x".repeat(101), null), "name", "error.text.too-long");
            assertInvalid(() -> tokens.create("gisteren", today().minusDays(1)), "expiresOn",
                    "error.token.expiry.past");
            assertInvalid(() -> tokens.create("te lang", today().plusYears(1).plusDays(1)), "expiresOn",
                    "error.token.expiry.too-late");
        });
        assertRefused(() -> tokens.create("anoniem", null));
    }

    @Test
    void aSecondUsableTokenOfTheSameNameIsRefused() throws Exception {
        IssuedApiToken first = create(DEMO_OFFICER.email(), "dubbel " + run, null);
        TestCaller.as(DEMO_OFFICER.email(), () -> assertInvalid(() -> tokens.create(" DUBBEL " + run, null), "name",
                "error.token.name.taken"));
        TestCaller.as(DEMO_OFFICER.email(), () -> tokens.revoke(first.token().id()));
        create(DEMO_OFFICER.email(), "dubbel " + run, null);
    }

    @Test
    void aRequestLetInBeforeThePasswordChangedCreatesNoToken() throws Exception {
        long officer = Sql.count(dataSource, "select id from registration.account where email = '"
                + DEMO_OFFICER.email() + "'");
        long generation = Sql.count(dataSource, "select credentials_generation from registration.account where id = "
                + officer);
        TestCaller.as(DEMO_OFFICER.email(), () -> {
            assertThat(accounts.credentialsCurrent(officer, generation)).isTrue();
            // The password changes (another session commits) while this request is still on its way.
            Sql.execute(dataSource, "update registration.account set credentials_generation = "
                    + "credentials_generation + 1 where id = " + officer);
            assertRefused(() -> tokens.create("na de wijziging " + run, null));
            return null;
        });
        assertThat(Sql.count(dataSource, "select count(*) from registration.api_token where name = 'na de wijziging "
                + run + "'")).isZero();

        TestCaller.as(DEMO_OFFICER.email(), () -> {
            assertThat(accounts.credentialsCurrent(officer, generation + 1)).isTrue();
            created.add(tokens.create("daarna " + run, null).token().id());
        });
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private static LocalDate today() {
        return LocalDate.now(NL);
    }

    private IssuedApiToken create(String owner, String name, LocalDate expiresOn) throws Exception {
        IssuedApiToken issued = TestCaller.as(owner, () -> tokens.create(name, expiresOn));
        created.add(issued.token().id());
        return issued;
    }

    private String column(String column, IssuedApiToken issued) throws SQLException {
        return Sql.strings(dataSource, "select " + column + " from registration.api_token where id = "
                + issued.token().id()).get(0);
    }

    private List<String> actions(IssuedApiToken issued) throws SQLException {
        return Sql.strings(dataSource, "select action from platform.audit_entry where target = 'api-token:"
                + issued.token().id() + "' order by id");
    }

    private long signIns() throws SQLException {
        return Sql.count(dataSource, "select count(*) from platform.audit_entry where action like 'login.%'");
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessRefusedException.class);
    }

    private static void assertInvalid(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
