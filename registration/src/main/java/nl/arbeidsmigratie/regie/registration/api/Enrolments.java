package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.EnrolmentChange;
import nl.arbeidsmigratie.regie.registration.control.EnrolmentNotices;
import nl.arbeidsmigratie.regie.registration.control.EnrolmentRegister;
import nl.arbeidsmigratie.regie.registration.control.Places;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.ContactPerson;
import nl.arbeidsmigratie.regie.registration.entity.Edition;
import nl.arbeidsmigratie.regie.registration.entity.Enrolment;
import nl.arbeidsmigratie.regie.registration.entity.Enrolment.EnrolmentDetails;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;

/**
 * Enrolment of municipalities for an edition of the circle. An officer acts for their own municipality only, a
 * coordinator for any and decides on them. Every change is audited, mailed to the contact person through the
 * outbox and announced as an event, all in the transaction of the change.
 */
@Stateless
public class Enrolments {

    /** "A few sentences": shorter than this is not yet a description of a municipality's own bottlenecks. */
    public static final int MIN_BOTTLENECKS = 80;
    public static final int MAX_TEXT = 4000;
    private static final int MAX_NAME = 200;
    /** Beside the first contact person: enough for a team, few enough to stay a contact list. */
    public static final int MAX_OTHER_CONTACTS = 4;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    EnrolmentRegister register;

    @Inject
    EnrolmentNotices notices;

    @Inject
    Places places;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /**
     * Enrols a municipality while enrolment is open. It takes a place when one is left and otherwise joins the
     * waiting list; the edition stays locked meanwhile, so two enrolments never both take the last place.
     */
    public EnrolmentView enrol(@NotNull EnrolmentRequest request) {
        Account account = currentAccount.require(Role.COORDINATOR, Role.OFFICER);
        String code = request.municipalityCode() == null ? "" : request.municipalityCode().strip();
        if (account.role() == Role.OFFICER && !account.municipality().code().equals(code)) {
            throw new AccessRefusedException("an officer enrols only their own municipality");
        }
        Edition edition = register.lockedEdition(request.editionId());
        EditionState state = edition.stateOn(register.today(), register.placesTaken(edition));
        if (!state.acceptsEnrolments()) {
            throw new InvalidInputException("editionId", state == EditionState.CLOSED ? "error.enrolment.closed"
                    : "error.enrolment.not-open-yet", "edition " + edition.id() + " is " + state);
        }
        if (code.isEmpty()) {
            throw new InvalidInputException("municipalityCode", "error.enrolment.municipality.required", "no municipality");
        }
        Municipality municipality = em.find(Municipality.class, code);
        if (municipality == null) {
            throw new InvalidInputException("municipalityCode", "error.municipality.unknown", "no municipality " + code);
        }
        if (!municipality.active()) {
            throw MunicipalityDirectory.merged(municipality);
        }
        if (register.of(edition, code).isPresent()) {
            throw new InvalidInputException("municipalityCode", "error.enrolment.duplicate",
                    code + " already enrolled for edition " + edition.id());
        }
        Enrolment enrolment = new Enrolment(edition, municipality, validated(request),
                state == EditionState.OPEN, clock.instant());
        em.persist(enrolment);
        return notices.announce(enrolment.status() == EnrolmentStatus.SUBMITTED ? EnrolmentChange.SUBMITTED
                : EnrolmentChange.WAITLISTED, enrolment, null);
    }

    /** The coordinator accepts an enrolment that holds a place. */
    public EnrolmentView confirm(long enrolmentId, long version) {
        currentAccount.check(Role.COORDINATOR);
        Enrolment enrolment = current(enrolmentId, version);
        EnrolmentView before = register.view(enrolment);
        enrolment.confirm(clock.instant());
        return notices.announce(EnrolmentChange.CONFIRMED, enrolment, before);
    }

    /** The coordinator declines an undecided or waiting enrolment, saying why; a freed place goes to the next. */
    public EnrolmentView decline(long enrolmentId, long version, String reason) {
        currentAccount.check(Role.COORDINATOR);
        String why = reason == null ? "" : reason.strip();
        if (FreeText.blank(why)) {
            throw new InvalidInputException("reason", "error.enrolment.reason.required", "a reason is required");
        }
        if (why.length() > MAX_TEXT) {
            throw new TextTooLongException("reason", MAX_TEXT);
        }
        FreeText.checked("reason", why);
        Enrolment enrolment = current(enrolmentId, version);
        EnrolmentView before = register.view(enrolment);
        enrolment.decline(why, clock.instant());
        EnrolmentView after = notices.announce(EnrolmentChange.DECLINED, enrolment, before);
        places.rebalance(enrolment.edition());
        return after;
    }

    /**
     * Withdraws an enrolment: an officer their own municipality's, a coordinator any. A place it held goes to
     * the first on the waiting list, who is told so.
     */
    public EnrolmentView withdraw(long enrolmentId, long version) {
        Account account = currentAccount.require(Role.COORDINATOR, Role.OFFICER);
        Enrolment enrolment = current(enrolmentId, version);
        requireOwnOrCoordinator(account, enrolment.municipality().code());
        EnrolmentView before = register.view(enrolment);
        enrolment.withdraw(clock.instant());
        EnrolmentView after = notices.announce(EnrolmentChange.WITHDRAWN, enrolment, before);
        places.rebalance(enrolment.edition());
        return after;
    }

    /**
     * Changes what a standing enrolment says (contact persons, policy phase, goals, bottlenecks), on the version the
     * caller saw: an officer their own municipality's, a coordinator any, also once enrolment has closed, as contact
     * persons change while the meetings go on. Edition and municipality stay those of the enrolment; its contact
     * persons hear of the change.
     */
    public EnrolmentView revise(long enrolmentId, long version, @NotNull EnrolmentRequest request) {
        Account account = currentAccount.require(Role.COORDINATOR, Role.OFFICER);
        Enrolment enrolment = current(enrolmentId, version);
        requireOwnOrCoordinator(account, enrolment.municipality().code());
        EnrolmentView before = register.view(enrolment);
        enrolment.revise(validated(request));
        return notices.announce(EnrolmentChange.REVISED, enrolment, before);
    }

    /** The enrolments of an edition in order of arrival, for the coordinator; no statuses means all. */
    public List<EnrolmentView> list(long editionId, Set<EnrolmentStatus> statuses) {
        currentAccount.check(Role.COORDINATOR);
        Edition edition = register.edition(editionId)
                .orElseThrow(() -> new InvalidInputException("editionId", "error.edition.unknown", "no edition"));
        return register.views(edition).stream()
                .filter(e -> statuses == null || statuses.isEmpty() || statuses.contains(e.status()))
                .toList();
    }

    /** The enrolments of the signed-in officer's own municipality, the latest first. */
    public List<EnrolmentView> own() {
        AccountView account = currentAccount.check(Role.OFFICER);
        return register.viewsOf(account.municipalityCode());
    }

    /**
     * The municipality's latest enrolment that was not declined or withdrawn, for modules that start from what a
     * municipality said about itself (a strategy document's pre-fill): its officers and coordinators only.
     */
    public java.util.Optional<EnrolmentView> latestOf(@NotNull String municipalityCode) {
        AccountView account = currentAccount.check(Role.COORDINATOR, Role.OFFICER);
        requireOwnOrCoordinator(account.role(), account.municipalityCode(), municipalityCode);
        return register.viewsOf(municipalityCode).stream()
                .filter(e -> e.status() != EnrolmentStatus.DECLINED && e.status() != EnrolmentStatus.WITHDRAWN)
                .findFirst();
    }

    /**
     * The people taking part in an edition: for every municipality with a confirmed enrolment its active officers
     * and its enrolment's contact persons, each address once, by municipality. Coordinators and auditors see all of
     * them; an officer only those of their own municipality, so no officer learns another municipality's addresses.
     */
    public List<EditionParticipant> participantsOf(long editionId) {
        AccountView account = currentAccount.requireView();
        Edition edition = register.edition(editionId)
                .orElseThrow(() -> new InvalidInputException("editionId", "error.edition.unknown", "no edition"));
        java.util.Map<String, EditionParticipant> people = new java.util.LinkedHashMap<>();
        for (Enrolment enrolment : register.withStatus(edition, EnrolmentStatus.CONFIRMED)) {
            Municipality municipality = enrolment.municipality();
            if (account.role() == Role.OFFICER && !municipality.code().equals(account.municipalityCode())) {
                continue;
            }
            for (Account officer : em.createNamedQuery(Account.ACTIVE_OFFICERS_OF, Account.class)
                    .setParameter("code", municipality.code()).getResultList()) {
                people.putIfAbsent(officer.email().toLowerCase(java.util.Locale.ROOT), new EditionParticipant(
                        municipality.code(), municipality.name(), officer.displayName(), officer.email(),
                        officer.preferredLanguage(), EditionParticipant.Kind.OFFICER, officer.id()));
            }
            List<ContactPerson> contacts = new ArrayList<>();
            contacts.add(new ContactPerson(enrolment.contactName(), enrolment.contactEmail()));
            contacts.addAll(enrolment.otherContacts());
            for (ContactPerson contact : contacts) {
                java.util.Optional<Account> known = currentAccount.byEmail(contact.email()).filter(Account::active);
                people.putIfAbsent(contact.email().toLowerCase(java.util.Locale.ROOT), new EditionParticipant(
                        municipality.code(), municipality.name(), contact.name(), contact.email(),
                        known.map(Account::preferredLanguage).orElse("nl"),
                        EditionParticipant.Kind.ENROLMENT_CONTACT, known.map(Account::id).orElse(null)));
            }
        }
        return List.copyOf(people.values());
    }

    /**
     * Whether {@code municipalityCode} takes part in the edition now (a confirmed enrolment). Asked for anyone, as
     * the public circle page shows who takes part; a personal link of a municipality that left opens nothing.
     */
    public boolean takesPart(long editionId, String municipalityCode) {
        return em.createQuery("select count(e) from Enrolment e where e.edition.id = :edition"
                        + " and e.municipality.code = :code and e.status = :confirmed", Long.class)
                .setParameter("edition", editionId).setParameter("code", municipalityCode)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED).getSingleResult() > 0;
    }

    /** The codes of the municipalities enrolled in any edition (submitted, confirmed or waiting), for coordinators. */
    public Set<String> enrolledMunicipalities() {
        currentAccount.check(Role.COORDINATOR);
        return Set.copyOf(em.createQuery("select distinct e.municipality.code from Enrolment e where e.status in "
                        + ":statuses", String.class)
                .setParameter("statuses", List.of(EnrolmentStatus.SUBMITTED, EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.WAITING_LIST))
                .getResultList());
    }

    /**
     * Records the policy phase the municipality has reached, e.g. "policy adopted" once its strategy document was
     * adopted: its officers and coordinators, on the version they saw; audited, no mail.
     */
    public EnrolmentView changePolicyPhase(long enrolmentId, long version, @NotNull PolicyPhase phase) {
        Account account = currentAccount.require(Role.COORDINATOR, Role.OFFICER);
        Enrolment enrolment = register.enrolment(enrolmentId);
        requireOwnOrCoordinator(account, enrolment.municipality().code());
        if (enrolment.version() != version) {
            throw new ConcurrentChangeException("enrolment " + enrolmentId + " changed since version " + version,
                    register.view(enrolment));
        }
        EnrolmentView before = register.view(enrolment);
        enrolment.enterPhase(phase);
        em.flush();
        EnrolmentView after = register.view(enrolment);
        audit.record("enrolment.policy-phase-changed", "enrolment:" + enrolmentId, before, after);
        return after;
    }

    /** The edition locked first, then the enrolment checked against the version the caller saw. */
    private Enrolment current(long enrolmentId, long version) {
        Enrolment enrolment = register.enrolment(enrolmentId);
        register.lockedEdition(enrolment.edition().id());
        em.refresh(enrolment);
        if (enrolment.version() != version) {
            throw new ConcurrentChangeException("enrolment " + enrolmentId + " changed since version " + version,
                    register.view(enrolment));
        }
        return enrolment;
    }

    private static void requireOwnOrCoordinator(Account account, String municipalityCode) {
        requireOwnOrCoordinator(account.role(), account.municipality() == null ? null : account.municipality().code(),
                municipalityCode);
    }

    private static void requireOwnOrCoordinator(Role role, String ownCode, String municipalityCode) {
        if (role != Role.COORDINATOR && !municipalityCode.equals(ownCode)) {
            throw new AccessRefusedException("an officer acts only for their own municipality");
        }
    }

    /** The enrolment's details, every rule they break named at once, as the form shows them all together. */
    private static EnrolmentDetails validated(EnrolmentRequest request) {
        InputChecks checks = new InputChecks();
        String name = checks.value(() -> {
            String given = strip(request.contactName());
            if (FreeText.blank(given)) {
                throw new InvalidInputException("contactName", "error.enrolment.contact-name.required",
                        "no contact name");
            }
            if (given.length() > MAX_NAME) {
                throw new TextTooLongException("contactName", MAX_NAME);
            }
            return FreeText.line("contactName", given);
        });
        String email = strip(request.contactEmail());
        checks.require(!email.isEmpty(), "contactEmail", "error.enrolment.contact-email.required", "no email");
        checks.require(email.isEmpty() || EmailAddress.isValid(email) && email.length() <= MAX_NAME, "contactEmail",
                "error.email.invalid", "not an email address");
        checks.require(request.policyPhase() != null, "policyPhase", "error.enrolment.policy-phase.required",
                "no policy phase");
        checks.require(!request.learningGoals().isEmpty(), "learningGoals", "error.enrolment.goals.required",
                "no learning goal");
        String bottlenecks = checks.value(() -> {
            String given = strip(request.bottlenecks());
            if (FreeText.blank(given)) {
                throw new InvalidInputException("bottlenecks", "error.enrolment.bottlenecks.required", "no bottlenecks");
            }
            if (FreeText.shownLength(given) < MIN_BOTTLENECKS) {
                throw new InvalidInputException("bottlenecks", "error.enrolment.bottlenecks.too-short",
                        "bottlenecks shorter than " + MIN_BOTTLENECKS + " characters");
            }
            if (given.length() > MAX_TEXT) {
                throw new TextTooLongException("bottlenecks", MAX_TEXT);
            }
            return FreeText.checked("bottlenecks", given);
        });
        checks.require(request.committed(), "committed", "error.enrolment.commitment.required", "no commitment");
        List<ContactPerson> others = checks.value(() -> otherContacts(request.otherContacts(), email));
        checks.refuseIfBroken();
        return new EnrolmentDetails(name, email, request.policyPhase(), request.learningGoals(), bottlenecks, true,
                others);
    }

    /**
     * The further contact persons, each with a name and a valid address of their own; rows left empty are skipped.
     * Each kind of mistake is refused once, whichever rows have it, so every row is corrected in one go.
     */
    private static List<ContactPerson> otherContacts(List<EnrolmentContact> given, String firstEmail) {
        InputChecks checks = new InputChecks();
        List<ContactPerson> contacts = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        if (firstEmail != null) {
            addresses.add(firstEmail.toLowerCase(Locale.ROOT));
        }
        boolean unnamed = false;
        boolean invalid = false;
        boolean twice = false;
        int rows = 0;
        // a name that is no single line (a line break, an invisible character), once per kind of refusal
        Map<String, InvalidInputException> unreadable = new LinkedHashMap<>();
        for (EnrolmentContact contact : given) {
            String name = strip(contact == null ? null : contact.name());
            String email = strip(contact == null ? null : contact.email());
            if (FreeText.blank(name) && email.isEmpty()) {
                continue;
            }
            rows++;
            boolean named = !FreeText.blank(name) && name.length() <= MAX_NAME;
            boolean valid = EmailAddress.isValid(email) && email.length() <= MAX_NAME;
            unnamed |= !named;
            invalid |= !valid;
            twice |= valid && !addresses.add(email.toLowerCase(Locale.ROOT));
            String line = null;
            if (named) {
                try {
                    line = FreeText.line("otherContacts", name);
                } catch (InvalidInputException refused) {
                    unreadable.putIfAbsent(refused.messageKey(), refused);
                }
            }
            if (line != null && valid) {
                contacts.add(new ContactPerson(line, email));
            }
        }
        unreadable.values().forEach(refused -> checks.check(() -> {
            throw refused;
        }));
        checks.require(!unnamed, "otherContacts", "error.enrolment.other-contact.name",
                "a further contact needs a name of at most " + MAX_NAME + " characters");
        checks.require(!invalid, "otherContacts", "error.enrolment.other-contact.email",
                "a further contact needs a valid address");
        checks.require(!twice, "otherContacts", "error.enrolment.other-contact.duplicate", "address given twice");
        checks.require(rows <= MAX_OTHER_CONTACTS, "otherContacts", "error.enrolment.other-contact.too-many",
                "more than " + MAX_OTHER_CONTACTS + " further contacts");
        checks.refuseIfBroken();
        return contacts;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
