package nl.arbeidsmigratie.regie.registration;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountChange;
import nl.arbeidsmigratie.regie.registration.api.AccountStatus;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.ApiTokenStatus;
import nl.arbeidsmigratie.regie.registration.api.ApiTokens;
import nl.arbeidsmigratie.regie.registration.api.IssuedApiToken;
import nl.arbeidsmigratie.regie.registration.api.LoginResult;
import nl.arbeidsmigratie.regie.registration.api.NewAccount;
import nl.arbeidsmigratie.regie.registration.api.PasswordLink;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coordinators keeping accounts, and people activating, resetting and changing their own credentials. */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "paars fietsje op de dijk";
    private static final String COORDINATOR = DEMO_COORDINATOR.email();

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(AccountAdministrationIT.class);
    }

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeCreatedAccounts() throws SQLException {
        for (long id : created) {
            execute("delete from registration.account where id = " + id);
        }
        execute("update registration.account set active = true where email = '" + COORDINATOR + "'");
    }

    @Test
    void onlyCoordinatorsAdministerAccountsEvenThroughTheFacade() throws Exception {
        long officerId = accountId(DEMO_OFFICER.email());
        for (String caller : List.of(DEMO_OFFICER.email(), DEMO_AUDITOR.email())) {
            TestCaller.as(caller, () -> {
                assertRefused(() -> administration.search(null, 0, 10));
                assertRefused(() -> administration.find(officerId));
                assertRefused(() -> administration.create(officer(address("refused"), "GM0503")));
                assertRefused(() -> administration.change(new AccountChange(officerId, "Overgenomen", Role.COORDINATOR,
                        null, 0)));
                assertRefused(() -> administration.deactivate(officerId));
                assertRefused(() -> administration.reactivate(officerId));
                assertRefused(() -> administration.resendActivation(officerId));
            });
        }
        assertRefused(() -> administration.search(null, 0, 10));
        assertThat(strings("select count(*) from registration.account where email like 'refused%'"))
                .containsExactly("0");
        assertThat(accounts.login(DEMO_OFFICER.email(), DEMO_OFFICER.password()).signedIn()).isTrue();
    }

    @Test
    void aNewOfficerActivatesTheirAccountFromTheMailAndSignsIn() throws Exception {
        String email = address("delft");
        // typed with capitals, kept in one spelling: the one it signs in, acts and is mailed under
        AccountView account = create(officer(email.toUpperCase(Locale.ROOT), "GM0503"));
        assertThat(account.email()).isEqualTo(email);
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(account.municipalityName()).isEqualTo("Delft");
        assertThat(lastAudit(account.id())).isEqualTo("account.created");
        assertThat(accounts.login(email, PASSWORD).outcome()).isEqualTo(LoginResult.Outcome.REFUSED);

        Mailbox.Mail mail = Mailbox.await(email, "Uw account", MAIL_WAIT);
        String token = token(mail.link("/activate.xhtml?"));
        assertThat(mail.text()).contains("72 uur");
        assertThat(accounts.checkLink(PasswordLink.ACTIVATION, token)).isEqualTo(TokenCheck.Outcome.VALID);

        assertInvalid(() -> activate(token, "te kort"), "password", "error.password.too-short");
        assertInvalid(() -> activate(token, "welkom123456"), "password", "error.password.common");
        assertThat(accounts.checkLink(PasswordLink.ACTIVATION, token)).as("a refused password leaves the link usable")
                .isEqualTo(TokenCheck.Outcome.VALID);

        assertThat(activate(token, PASSWORD).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(lastAudit(account.id())).isEqualTo("account.activated");
        LoginResult login = accounts.login(email, PASSWORD);
        assertThat(login.signedIn()).isTrue();
        assertThat(login.account().municipalityCode()).isEqualTo("GM0503");

        assertThat(accounts.checkLink(PasswordLink.ACTIVATION, token)).isEqualTo(TokenCheck.Outcome.USED);
        assertInvalid(() -> activate(token, "een heel ander wachtwoord"), "token", "error.link.used");
        assertInvalid(() -> activate("made-up", PASSWORD), "token", "error.link.unknown");
        assertThat(accounts.login(email, PASSWORD).signedIn()).isTrue();
        assertNoSecretsAudited(account.id());
    }

    @Test
    void anExpiredActivationLinkChangesNothingAndTheCoordinatorSendsANewOne() throws Exception {
        String email = address("expired");
        AccountView account = create(new NewAccount(email, "Late Starter", Role.AUDITOR, "GM0503", "en"));
        assertThat(account.municipalityCode()).as("only officers belong to a municipality").isNull();
        Mailbox.Mail first = Mailbox.await(email, "Your account", MAIL_WAIT);
        assertThat(first.text()).contains("Dear Late Starter", "72 hours");
        assertThat(first.link("/activate.xhtml?")).as("the page opens in the mail's language")
                .contains("?lang=en&token=");
        String expired = token(first.link("/activate.xhtml?"));
        execute("update platform.one_time_token set expires_at = now() - interval '1 minute' "
                + "where purpose = 'account-activation' and subject = '" + account.id() + "'");

        assertThat(accounts.checkLink(PasswordLink.ACTIVATION, expired)).isEqualTo(TokenCheck.Outcome.EXPIRED);
        assertInvalid(() -> activate(expired, PASSWORD), "token", "error.link.expired");
        assertThat(find(account.id()).status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);

        TestCaller.as(COORDINATOR, () -> administration.resendActivation(account.id()));
        assertThat(lastAudit(account.id())).isEqualTo("account.activation-resent");
        Mailbox.Mail second = awaitMails(email, 2).get(1);
        // sent once more, the link before stops working: a mail sent again may be one that went astray
        TestCaller.as(COORDINATOR, () -> administration.resendActivation(account.id()));
        awaitMails(email, 3);
        assertThat(accounts.checkLink(PasswordLink.ACTIVATION, token(second.link("/activate.xhtml?"))))
                .isEqualTo(TokenCheck.Outcome.REVOKED);
        // its owner, sent from a spent link to ask for a new one, gets an activation link, not a reset
        accounts.requestPasswordReset(email);
        Mailbox.Mail fourth = awaitMails(email, 4).get(3);
        activate(token(fourth.link("/activate.xhtml?")), PASSWORD);
        assertThat(accounts.login(email, PASSWORD).signedIn()).isTrue();
        TestCaller.as(COORDINATOR, () -> assertInvalid(() -> administration.resendActivation(account.id()),
                "account", "error.account.not-pending"));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndCreatesNothing() throws Exception {
        String count = strings("select count(*) from registration.account").get(0);
        TestCaller.as(COORDINATOR, () -> {
            assertInvalid(() -> administration.create(officer("geen-adres", "GM0503")), "email", "error.email.invalid");
            assertInvalid(() -> administration.create(officer(null, "GM0503")), "email", "error.email.required");
            assertInvalid(() -> administration.create(officer("  ", "GM0503")), "email", "error.email.required");
            assertInvalid(() -> administration.create(officer(DEMO_OFFICER.email().toUpperCase(), "GM0503")),
                    "email", "error.email.taken");
            assertInvalid(() -> administration.create(officer(address("nomunicipality"), null)),
                    "municipalityCode", "error.municipality.required");
            assertInvalid(() -> administration.create(officer(address("unknown"), "GM9999")),
                    "municipalityCode", "error.municipality.unknown");
            assertInvalid(() -> administration.create(new NewAccount(address("noname"), " ", Role.AUDITOR, null, null)),
                    "displayName", "error.name.required");
            assertInvalid(() -> administration.create(new NewAccount(address("lang"), "Taal", Role.AUDITOR, null,
                            "de")),
                    "preferredLanguage", "error.language.unknown");
            // every rule at once
            assertThatThrownBy(() -> administration.create(new NewAccount("geen-adres", " ", Role.OFFICER, null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                            .extracting(InvalidInputException::field)
                            .containsExactly("email", "displayName", "municipalityCode"));
        });
        assertThat(strings("select count(*) from registration.account")).containsExactly(count);
        assertThat(Mailbox.of("geen-adres")).isEmpty();
    }

    @Test
    void aCoordinatorChangesAnAccountAndAConcurrentChangeIsRefused() throws Exception {
        AccountView account = create(officer(address("change"), "GM0503"));
        String generation = "select credentials_generation from registration.account where id = " + account.id();
        String signedInUnder = strings(generation).get(0);
        TestCaller.as(COORDINATOR, () -> {
            administration.change(new AccountChange(account.id(), "Nieuwe naam", Role.OFFICER, "GM0503",
                    account.version()));
            assertThat(strings(generation)).as("a new name ends no session").containsExactly(signedInUnder);
            AccountView renamed = administration.search("nieuwe naam", 0, 10).items().get(0);
            AccountView moved = administration.change(new AccountChange(account.id(), "Verhuisd", Role.OFFICER,
                    "GM1783", renamed.version()));
            assertThat(strings(generation)).as("a session under the old municipality ends")
                    .doesNotContain(signedInUnder);
            assertThat(moved.municipalityName()).isEqualTo("Westland");
            assertThat(moved.displayName()).isEqualTo("Verhuisd");
            assertThat(lastAudit(account.id())).isEqualTo("account.changed");
            assertThatThrownBy(() -> administration.change(new AccountChange(account.id(), "Te laat", Role.AUDITOR,
                    null, account.version()))).isInstanceOf(ConcurrentChangeException.class);
            AccountView auditor = administration.change(new AccountChange(account.id(), "Verhuisd", Role.AUDITOR,
                    "GM1783", moved.version()));
            assertThat(auditor.role()).isEqualTo(Role.AUDITOR);
            assertThat(auditor.municipalityCode()).isNull();
            assertThat(administration.search("verhuisd", 0, 10).items()).extracting(AccountView::id)
                    .containsExactly(account.id());
        });
    }

    @Test
    void aDeactivatedAccountCannotSignInOrActUntilReactivated() throws Exception {
        String email = address("deactivated");
        AccountView account = activated(officer(email, "GM0503"));
        TestCaller.as(COORDINATOR, () -> {
            assertThat(administration.deactivate(account.id()).status()).isEqualTo(AccountStatus.DEACTIVATED);
            assertThat(lastAudit(account.id())).isEqualTo("account.deactivated");
        });
        assertThat(accounts.login(email, PASSWORD).signedIn()).isFalse();
        TestCaller.as(email, () -> {
            assertThat(accounts.current()).isEmpty();
            assertRefused(() -> accounts.changeLanguage("en"));
        });
        accounts.requestPasswordReset(email);
        TestCaller.as(COORDINATOR, () -> {
            assertThat(administration.reactivate(account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(lastAudit(account.id())).isEqualTo("account.reactivated");
        });
        assertThat(accounts.login(email, PASSWORD).signedIn()).isTrue();
        assertThat(Mailbox.of(email)).extracting(Mailbox.Mail::subject).as("no reset mail while deactivated")
                .noneMatch(subject -> subject.contains("Nieuw wachtwoord"));
    }

    @Test
    void theLastActiveCoordinatorCannotBeDeactivatedOrDemoted() throws Exception {
        long demo = accountId(COORDINATOR);
        assertThat(strings("select count(*) from registration.account where role = 'COORDINATOR' and active "
                + "and password_hash is not null")).as("precondition: the demo coordinator is the only one")
                .containsExactly("1");
        AccountView pending = create(new NewAccount(address("pending-coordinator"), "Nog niet actief",
                Role.COORDINATOR, null, null));
        TestCaller.as(COORDINATOR, () -> {
            AccountView self = administration.find(demo).orElseThrow();
            assertInvalid(() -> administration.deactivate(demo), "account", "error.account.last-coordinator");
            // nor by one's own hand: a coordinator's own role is changed by another coordinator
            assertInvalid(() -> administration.change(new AccountChange(demo, self.displayName(), Role.AUDITOR, null,
                    self.version())), "role", "error.account.own-role");
            assertThat(administration.find(demo).orElseThrow()).isEqualTo(self);
        });
        assertThat(accounts.login(COORDINATOR, DEMO_COORDINATOR.password()).signedIn()).isTrue();

        String secondEmail = address("second-coordinator");
        AccountView second = activated(new NewAccount(secondEmail, "Tweede coordinator", Role.COORDINATOR, null, null));
        TestCaller.as(secondEmail, () -> {
            administration.deactivate(demo);
            assertInvalid(() -> administration.deactivate(second.id()), "account", "error.account.last-coordinator");
            administration.reactivate(demo);
        });
        TestCaller.as(COORDINATOR, () -> administration.deactivate(second.id()));
        assertThat(find(pending.id()).status()).as("the pending coordinator, read back")
                .isEqualTo(AccountStatus.PENDING_ACTIVATION);
    }

    @Test
    void forgotPasswordAnswersTheSameForUnknownAddressesAndTheResetLinkWorksOnce() throws Exception {
        String unknown = address("nobody");
        accounts.requestPasswordReset(unknown);
        assertThat(strings("select after_json from platform.audit_entry where target = 'account:unknown' "
                + "and action = 'account.password-reset-requested' order by id desc limit 1")).singleElement()
                .asString().contains("false");
        assertThat(strings("select id from platform.audit_entry where concat(actor, target, after_json) like '%"
                + unknown + "%'")).as("an address without an account is not kept").isEmpty();

        String email = address("forgetful");
        AccountView account = activated(officer(email, "GM0503"));
        // someone else's wrong guesses locked the account; the owner's new password lifts the lock
        for (int i = 0; i < 10; i++) {
            accounts.login(email, "geraden wachtwoord " + i);
        }
        assertThat(accounts.login(email, PASSWORD).signedIn()).as("locked").isFalse();
        assertThatThrownBy(() -> accounts.requestPasswordReset("not an address")).as("no address, whoever asks")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.invalid"));
        accounts.requestPasswordReset(" " + email.toUpperCase() + " ");
        assertThat(lastAudit(account.id())).isEqualTo("account.password-reset-requested");
        Mailbox.Mail mail = Mailbox.await(email, "Nieuw wachtwoord", MAIL_WAIT);
        String token = token(mail.link("/reset.xhtml?"));
        assertThat(accounts.checkLink(PasswordLink.PASSWORD_RESET, token)).isEqualTo(TokenCheck.Outcome.VALID);
        assertThat(accounts.checkLink(PasswordLink.ACTIVATION, token)).as("a reset link is no activation link")
                .isEqualTo(TokenCheck.Outcome.UNKNOWN);

        assertInvalid(() -> reset(token, "wachtwoord123"), "password", "error.password.common");
        assertInvalid(() -> reset(token, "wachtwoord12!"), "password", "error.password.common");
        assertInvalid(() -> reset(token, email.toUpperCase()), "password", "error.password.personal");
        assertInvalid(() -> reset(token, email.substring(0, email.indexOf('@')) + "-2026"), "password",
                "error.password.personal");
        assertInvalid(() -> reset(token, PASSWORD), "password", "error.password.unchanged");
        reset(token, "een nieuw lang wachtwoord");
        assertThat(lastAudit(account.id())).isEqualTo("account.password-reset");
        assertThat(accounts.login(email, PASSWORD).signedIn()).isFalse();
        assertThat(accounts.login(email, "een nieuw lang wachtwoord").signedIn()).isTrue();
        assertInvalid(() -> reset(token, "nog een ander wachtwoord"), "token", "error.link.used");

        accounts.requestPasswordReset(email);
        String second = token(awaitMails(email, 3).get(2).link("/reset.xhtml?"));
        execute("update platform.one_time_token set expires_at = now() - interval '1 minute' "
                + "where purpose = 'password-reset' and subject = '" + account.id() + "' and used_at is null");
        assertInvalid(() -> reset(second, "nog een ander wachtwoord"), "token", "error.link.expired");
        assertThat(accounts.login(email, "een nieuw lang wachtwoord").signedIn()).isTrue();
        assertThat(Mailbox.of(unknown)).isEmpty();
        assertNoSecretsAudited(account.id());
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndLanguage() throws Exception {
        String email = address("self");
        AccountView account = activated(officer(email, "GM0503"));
        TestCaller.as(email, () -> {
            assertInvalid(() -> accounts.changeOwnPassword("niet het wachtwoord", "een nieuw lang wachtwoord"),
                    "currentPassword", "error.password.current-wrong");
            assertInvalid(() -> accounts.changeOwnPassword(PASSWORD, "kort"), "newPassword",
                    "error.password.too-short");
            assertInvalid(() -> accounts.changeOwnPassword(PASSWORD, "wachtwoord1234"), "newPassword",
                    "error.password.common");
            accounts.changeOwnPassword(PASSWORD, "een nieuw lang wachtwoord");
            assertThat(lastAudit(account.id())).isEqualTo("account.password-changed");

            assertInvalid(() -> accounts.changeLanguage("fr"), "language", "error.language.unknown");
            assertThat(accounts.changeLanguage("en").preferredLanguage()).isEqualTo("en");
            assertThat(lastAudit(account.id())).isEqualTo("account.language-changed");
        });
        assertThat(accounts.login(email, PASSWORD).signedIn()).isFalse();
        LoginResult login = accounts.login(email, "een nieuw lang wachtwoord");
        assertThat(login.signedIn()).isTrue();
        assertThat(login.account().preferredLanguage()).isEqualTo("en");
        assertRefused(() -> accounts.changeOwnPassword(PASSWORD, "een nieuw lang wachtwoord"));
        assertNoSecretsAudited(account.id());
    }

    @Test
    void aNewPasswordRoleOrDeactivationRevokesTheAccountsApiTokensAndTheSamePasswordIsNoNewOne() throws Exception {
        String email = address("tokens");
        AccountView account = activated(officer(email, "GM0503"));

        IssuedApiToken changed = tokenOf(email, "wijziging");
        TestCaller.as(email, () -> assertInvalid(() -> accounts.changeOwnPassword(PASSWORD, PASSWORD), "newPassword",
                "error.password.unchanged"));
        assertThat(tokens.authenticate(changed.secret())).as("a refused change revokes nothing").isPresent();
        TestCaller.as(email, () -> accounts.changeOwnPassword(PASSWORD, "een nieuw lang wachtwoord"));
        assertRevoked(email, changed, email);

        IssuedApiToken reset = tokenOf(email, "herstel");
        accounts.requestPasswordReset(email);
        reset(token(awaitMails(email, 2).get(1).link("/reset.xhtml?")), "nog een ander lang wachtwoord");
        assertRevoked(email, reset, email);

        IssuedApiToken moved = tokenOf(email, "verhuizing");
        TestCaller.as(COORDINATOR, () -> administration.change(new AccountChange(account.id(), "Andere naam",
                Role.OFFICER, "GM0503", find(account.id()).version())));
        assertThat(tokens.authenticate(moved.secret())).as("a new name keeps the tokens").isPresent();
        TestCaller.as(COORDINATOR, () -> administration.change(new AccountChange(account.id(), "Andere naam",
                Role.OFFICER, "GM1783", find(account.id()).version())));
        assertRevoked(email, moved, COORDINATOR);

        IssuedApiToken deactivated = tokenOf(email, "uitgeschakeld");
        TestCaller.as(COORDINATOR, () -> administration.deactivate(account.id()));
        TestCaller.as(COORDINATOR, () -> administration.reactivate(account.id()));
        assertThat(tokens.authenticate(deactivated.secret())).as("reactivation brings no old token back").isEmpty();
        assertRevoked(email, deactivated, COORDINATOR);
        assertThat(strings("select actor from platform.audit_entry where target = 'account:" + account.id()
                + "' and action = 'api-token.revoked' order by id")).as("each revocation audited, by whom")
                .containsExactly(email, email, COORDINATOR, COORDINATOR);
    }

    private IssuedApiToken tokenOf(String email, String name) throws Exception {
        IssuedApiToken issued = TestCaller.as(email, () -> tokens.create(name + " " + run, null));
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        return issued;
    }

    private void assertRevoked(String owner, IssuedApiToken issued, String by) throws Exception {
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(TestCaller.as(owner, () -> tokens.own())).filteredOn(t -> t.id() == issued.token().id())
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(ApiTokenStatus.REVOKED));
        assertThat(strings("select revoked_by from registration.api_token where id = " + issued.token().id()))
                .containsExactly(by);
    }

    @Test
    void aChangeOrResetEndsEveryOlderLinkAndSessionAndAResetIsMailedOncePerPeriod() throws Exception {
        String email = address("revoked");
        AccountView account = activated(officer(email, "GM0503"));
        LoginResult firstSession = accounts.login(email, PASSWORD);
        assertThat(accounts.credentialsCurrent(account.id(), firstSession.credentials())).isTrue();

        accounts.requestPasswordReset(email);
        accounts.requestPasswordReset(email);
        String older = token(awaitMails(email, 2).get(1).link("/reset.xhtml?"));
        assertThat(resetMailsQueued(email)).as("one pending reset mail per period").isEqualTo(1);
        assertThat(strings("select after_json from platform.audit_entry where target = 'account:" + account.id()
                + "' and action = 'account.password-reset-requested' order by id"))
                .hasSize(2).last().asString().contains("false");
        assertThat(accounts.checkLink(PasswordLink.PASSWORD_RESET, older)).isEqualTo(TokenCheck.Outcome.VALID);

        long changed = TestCaller.as(email, () -> accounts.changeOwnPassword(PASSWORD, "een nieuw lang wachtwoord"));
        assertThat(accounts.checkLink(PasswordLink.PASSWORD_RESET, older)).isEqualTo(TokenCheck.Outcome.REVOKED);
        assertInvalid(() -> reset(older, "nog een ander wachtwoord"), "token", "error.link.revoked");
        assertThat(accounts.credentialsCurrent(account.id(), firstSession.credentials()))
                .as("the session signed in before the change is over").isFalse();
        assertThat(accounts.credentialsCurrent(account.id(), changed)).as("the changing session goes on").isTrue();
        assertThat(accounts.login(email, "een nieuw lang wachtwoord").credentials()).isEqualTo(changed);

        accounts.requestPasswordReset(email);
        String second = token(awaitMails(email, 3).get(2).link("/reset.xhtml?"));
        execute("update registration.account set reset_mailed_at = reset_mailed_at - interval '16 minutes' "
                + "where id = " + account.id());
        accounts.requestPasswordReset(email);
        String third = token(awaitMails(email, 4).get(3).link("/reset.xhtml?"));
        reset(third, "het derde lange wachtwoord");
        assertThat(accounts.checkLink(PasswordLink.PASSWORD_RESET, second)).as("a reset ends every older link")
                .isEqualTo(TokenCheck.Outcome.REVOKED);
        assertInvalid(() -> reset(second, "nog een ander wachtwoord"), "token", "error.link.revoked");
        assertThat(accounts.credentialsCurrent(account.id(), changed)).as("a reset ends every session").isFalse();
        LoginResult afterReset = accounts.login(email, "het derde lange wachtwoord");
        assertThat(afterReset.signedIn()).isTrue();

        TestCaller.as(COORDINATOR, () -> administration.deactivate(account.id()));
        assertThat(accounts.credentialsCurrent(account.id(), afterReset.credentials()))
                .as("deactivation ends every session").isFalse();
        assertNoSecretsAudited(account.id());
    }

    @Test
    void wrongCurrentPasswordsOnTheProfilePageCountTowardTheLockout() throws Exception {
        String email = address("guessed");
        AccountView account = activated(officer(email, "GM0503"));
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.login(email, "geraden wachtwoord " + i).signedIn()).isFalse();
        }
        TestCaller.as(email, () -> {
            for (int i = 0; i < 4; i++) {
                assertInvalid(() -> accounts.changeOwnPassword("ook geraden", "een nieuw lang wachtwoord"),
                        "currentPassword", "error.password.current-wrong");
            }
            assertInvalid(() -> accounts.changeOwnPassword("de tiende gok", "een nieuw lang wachtwoord"),
                    "currentPassword", "error.password.locked");
            assertInvalid(() -> accounts.changeOwnPassword(PASSWORD, "een nieuw lang wachtwoord"),
                    "currentPassword", "error.password.locked");
        });
        assertThat(accounts.login(email, PASSWORD).signedIn()).as("the account is locked for sign-in too").isFalse();
        assertThat(strings("select count(*) from platform.audit_entry where target = 'account:" + account.id()
                + "' and action = 'account.password-change-refused'")).containsExactly("6");
        execute("update registration.account set locked_until = now() - interval '1 second' where id = "
                + account.id());
        assertThat(accounts.login(email, PASSWORD).signedIn()).as("the password was never changed").isTrue();
    }

    private long resetMailsQueued(String email) {
        return Long.parseLong(strings("select count(*) from platform.outbox_mail where recipient = '" + email
                + "' and subject like 'Nieuw wachtwoord%'").get(0));
    }

    private AccountView create(NewAccount request) throws Exception {
        AccountView account = TestCaller.as(COORDINATOR, () -> administration.create(request));
        created.add(account.id());
        return account;
    }

    /** Creates the account and activates it with {@link #PASSWORD} through the mailed link. */
    private AccountView activated(NewAccount request) throws Exception {
        AccountView account = create(request);
        String token = token(Mailbox.await(request.email(), "account", MAIL_WAIT).link("/activate.xhtml?"));
        return activate(token, PASSWORD);
    }

    private AccountView activate(String token, String password) {
        return accounts.choosePassword(PasswordLink.ACTIVATION, token, password);
    }

    private AccountView reset(String token, String password) {
        return accounts.choosePassword(PasswordLink.PASSWORD_RESET, token, password);
    }

    private AccountView find(long id) throws Exception {
        return TestCaller.as(COORDINATOR, () -> administration.find(id).orElseThrow());
    }

    private NewAccount officer(String email, String municipalityCode) {
        return new NewAccount(email, "Beleidsmedewerker " + run, Role.OFFICER, municipalityCode, null);
    }

    private String address(String who) {
        return who + "." + run + "@accounts.example";
    }

    private static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }

    private static List<Mailbox.Mail> awaitMails(String recipient, int count) throws InterruptedException {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mailbox.Mail> mails = Mailbox.of(recipient);
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("fewer than " + count + " mails to " + recipient);
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

    private void assertNoSecretsAudited(long accountId) throws SQLException {
        List<String> entries = strings("select coalesce(before_json, '') || coalesce(after_json, '') "
                + "from platform.audit_entry where target = 'account:" + accountId + "'");
        assertThat(entries).isNotEmpty().noneMatch(json -> json.contains("passwordHash") || json.contains("PBKDF2")
                || json.contains(PASSWORD) || json.contains("een nieuw lang wachtwoord"));
    }

    private String lastAudit(long accountId) {
        return strings("select action from platform.audit_entry where target = 'account:" + accountId + "' "
                + "order by id desc limit 1").get(0);
    }

    private long accountId(String email) throws SQLException {
        return Long.parseLong(strings("select id from registration.account where email = '" + email + "'").get(0));
    }

    private List<String> strings(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
