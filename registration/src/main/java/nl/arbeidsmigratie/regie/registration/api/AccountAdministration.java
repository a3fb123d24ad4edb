package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.control.AccountMails;
import nl.arbeidsmigratie.regie.registration.control.AccountSearch;
import nl.arbeidsmigratie.regie.registration.control.AccountTokens;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;

/**
 * Coordinators keep the accounts: they create them (the new owner chooses a password through an activation
 * mail), change name, role and municipality, and deactivate or reactivate them. Nobody else may, and the last
 * coordinator who can sign in is never deactivated or demoted, so someone can always administer.
 */
@Stateless
public class AccountAdministration {

    public static final int MAX_LIMIT = 500;
    private static final int MAX_NAME_LENGTH = 200;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AccountSearch accounts;

    @Inject
    AccountMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    AccountTokens tokens;

    @Inject
    Event<AccountDeactivated> deactivations;

    /** Accounts whose email, name or municipality contains {@code text} (all when blank), by name. */
    public Page<AccountView> search(String text, @Min(0) int offset, @Min(1) @Max(MAX_LIMIT) int limit) {
        currentAccount.check(Role.COORDINATOR);
        return accounts.search(text, offset, limit);
    }

    public Optional<AccountView> find(long id) {
        currentAccount.check(Role.COORDINATOR);
        return Optional.ofNullable(em.find(Account.class, id)).map(Views::of);
    }

    /** Creates an account awaiting activation and mails its owner the link to choose a password. */
    public AccountView create(@NotNull @Valid NewAccount request) {
        currentAccount.check(Role.COORDINATOR);
        // every rule at once, so the form says all there is to put right in one go
        InputChecks checks = new InputChecks();
        String email = checks.value(() -> validEmail(request.email()));
        checks.require(email == null || currentAccount.byEmail(email).isEmpty(), "email", "error.email.taken",
                "an account with this address exists");
        String name = checks.value(() -> validName(request.displayName()));
        Municipality municipality = checks.value(() -> municipalityFor(request.role(), request.municipalityCode(),
                null));
        String language = request.preferredLanguage() == null ? Account.DEFAULT_LANGUAGE : request.preferredLanguage();
        checks.require(Account.LANGUAGES.contains(language), "preferredLanguage", "error.language.unknown",
                "no language " + language);
        checks.refuseIfBroken();
        Account account = Account.invited(email, name, request.role(), municipality, language, clock.instant());
        em.persist(account);
        em.flush();
        mails.sendActivationLink(account);
        AccountView created = Views.of(account);
        audit.record("account.created", target(account), null, created);
        return created;
    }

    /** Changes name, role and municipality; refused when someone saved in between. */
    public AccountView change(@NotNull @Valid AccountChange change) {
        currentAccount.check(Role.COORDINATOR);
        Account account = existing(change.id());
        AccountView before = Views.of(account);
        if (account.version() != change.version()) {
            throw new ConcurrentChangeException("changed by someone else since version " + change.version(), before);
        }
        String name = validName(change.displayName());
        Municipality municipality = municipalityFor(change.role(), change.municipalityCode(),
                account.municipality());
        // one click on one's own row would lock oneself out of this page: another coordinator does that
        if (change.role() != account.role() && account.email().equalsIgnoreCase(currentAccount.require().email())) {
            throw new InvalidInputException("role", "error.account.own-role", "a coordinator's own role is changed "
                    + "by another coordinator");
        }
        if (change.role() != Role.COORDINATOR) {
            refuseIfLastCoordinator(account);
        }
        account.rename(name);
        long generation = account.credentialsGeneration();
        account.assign(change.role(), municipality);
        if (account.credentialsGeneration() != generation) {
            tokens.revokeAll(account, currentAccount.require().email(), clock.instant());
        }
        return audited("account.changed", account, before);
    }

    /** Ends the account's access: it can no longer sign in, and a session it still has is refused. */
    public AccountView deactivate(long id) {
        currentAccount.check(Role.COORDINATOR);
        Account account = existing(id);
        if (!account.active()) {
            return Views.of(account);
        }
        AccountView before = Views.of(account);
        refuseIfLastCoordinator(account);
        account.deactivate();
        mails.revokeLinks(account);
        tokens.revokeAll(account, currentAccount.require().email(), clock.instant());
        deactivations.fire(new AccountDeactivated(account.id(), account.email()));
        return audited("account.deactivated", account, before);
    }

    public AccountView reactivate(long id) {
        currentAccount.check(Role.COORDINATOR);
        Account account = existing(id);
        if (account.active()) {
            return Views.of(account);
        }
        AccountView before = Views.of(account);
        account.reactivate();
        return audited("account.reactivated", account, before);
    }

    /** Mails a fresh activation link to an account whose owner has not chosen a password yet. */
    public AccountView resendActivation(long id) {
        currentAccount.check(Role.COORDINATOR);
        Account account = existing(id);
        if (!account.active() || !account.awaitingActivation()) {
            throw new InvalidInputException("account", "error.account.not-pending", "not awaiting activation");
        }
        mails.sendActivationLink(account);
        AccountView view = Views.of(account);
        audit.record("account.activation-resent", target(account), null, view);
        return view;
    }

    private AccountView audited(String action, Account account, AccountView before) {
        em.flush();
        AccountView after = Views.of(account);
        audit.record(action, target(account), before, after);
        return after;
    }

    private void refuseIfLastCoordinator(Account account) {
        if (account.role() == Role.COORDINATOR && account.maySignIn() && !accounts.anotherCoordinatorRemains(account)) {
            throw new InvalidInputException("account", "error.account.last-coordinator",
                    "the last active coordinator must stay");
        }
    }

    private Account existing(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new InvalidInputException("account", "error.account.unknown", "no account " + id);
        }
        return account;
    }

    /**
     * The municipality of an officer; one merged into another only as the one the account has already ({@code kept}),
     * so its officers stay editable while new ones are assigned to the successor.
     */
    private Municipality municipalityFor(Role role, String code, Municipality kept) {
        if (role != Role.OFFICER) {
            return null;
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("municipalityCode", "error.municipality.required", "an officer needs one");
        }
        Municipality municipality = em.find(Municipality.class, code.strip());
        if (municipality == null) {
            throw new InvalidInputException("municipalityCode", "error.municipality.unknown", "no municipality");
        }
        if (!municipality.active() && municipality != kept) {
            throw MunicipalityDirectory.merged(municipality);
        }
        return municipality;
    }

    private static String validEmail(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new InvalidInputException("email", "error.email.required", "an email address is required");
        }
        if (!EmailAddress.isValid(address)) {
            throw new InvalidInputException("email", "error.email.invalid", "not an email address");
        }
        return address;
    }

    private static String validName(String name) {
        if (FreeText.blank(name)) {
            throw new InvalidInputException("displayName", "error.name.required", "a name is required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new TextTooLongException("displayName", MAX_NAME_LENGTH);
        }
        return FreeText.line("displayName", name.strip());
    }

    private static String target(Account account) {
        return "account:" + account.id();
    }
}
