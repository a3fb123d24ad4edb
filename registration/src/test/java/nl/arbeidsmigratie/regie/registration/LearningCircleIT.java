package nl.arbeidsmigratie.regie.registration;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.EditionDetails;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.registration.api.EditionState;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentConfirmed;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentContact;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentDeclined;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentPromoted;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentRequest;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentRevised;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentSubmitted;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentWaitlisted;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentWithdrawn;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.NewAccount;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editions of the learning circle and the enrolment of municipalities, on Payara Micro and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class LearningCircleIT {

    private static final String WESTLAND = "GM1783";
    private static final String DELFT = "GM0503";
    private static final String PIJNACKER = "GM1926";
    private static final String BOTTLENECKS = "Wij hebben geen zicht op het aantal arbeidsmigranten in de kassen. "
            + "Er wonen mensen op een vakantiepark dat daar niet voor bedoeld is, en de raad twijfelt.";
    private static final Duration MAIL = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(LearningCircleIT.class).addClass(EventRecorder.class);
    }

    /** Records the circle's events once their transaction committed, as observers in other modules will. */
    @ApplicationScoped
    public static class EventRecorder {

        private final List<Object> events = new CopyOnWriteArrayList<>();

        /** Read through this method: a field read on the injected client proxy would see the proxy's own. */
        List<Object> events() {
            return events;
        }

        void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentSubmitted event) {
            events.add(event);
        }

        void waitlisted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentWaitlisted event) {
            events.add(event);
        }

        void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentConfirmed event) {
            events.add(event);
        }

        void declined(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentDeclined event) {
            events.add(event);
        }

        void promoted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentPromoted event) {
            events.add(event);
        }

        void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentWithdrawn event) {
            events.add(event);
        }

        void revised(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentRevised event) {
            events.add(event);
        }
    }

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    AccountAdministration administration;

    @Inject
    EventRecorder recorder;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final List<Long> created = new ArrayList<>();
    private String run;

    @BeforeEach
    void freshRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
        recorder.events().clear();
    }

    @AfterEach
    void removeEditions() throws SQLException {
        for (long edition : created) {
            execute("delete from registration.enrolment where edition_id = " + edition);
            execute("delete from registration.edition where id = " + edition);
        }
    }

    @Test
    void anEditionsStateFollowsFromItsDatesAndPlaces() throws Exception {
        EditionView preparing = edition(today().plusDays(1), today().plusDays(30), 1);
        assertThat(preparing.state()).isEqualTo(EditionState.IN_PREPARATION);

        EditionView open = change(preparing, today(), today().plusDays(30), 1);
        assertThat(open.state()).isEqualTo(EditionState.OPEN);
        assertThat(editions.find(open.id())).as("anyone may read an edition").contains(open);

        enrol(DEMO_COORDINATOR.email(), open, WESTLAND);
        EditionView full = editions.find(open.id()).orElseThrow();
        assertThat(full.state()).isEqualTo(EditionState.FULL);
        assertThat(full.awaiting()).isEqualTo(1);
        assertThat(full.placesLeft()).isZero();

        EditionView closed = change(full, today().minusDays(30), today().minusDays(1), 1);
        assertThat(closed.state()).isEqualTo(EditionState.CLOSED);
    }

    @Test
    void onlyACoordinatorDefinesEditionsAndBadDatesAreRefused() throws Exception {
        EditionDetails details = details(today(), today().plusDays(10), 5);
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> editions.create(details))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> editions.create(details))
                .isInstanceOf(AccessRefusedException.class));
        assertThatThrownBy(() -> editions.create(details)).isInstanceOf(AccessRefusedException.class);

        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            assertThatThrownBy(() -> editions.create(details(today(), today().minusDays(1), 5)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.edition.dates.order"));
            assertThatThrownBy(() -> editions.create(details(today(), today(), 0)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.edition.capacity.range"));
            assertThatThrownBy(() -> editions.create(new EditionDetails(" ", null, null, today(), today(), 5)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.edition.title.required"));
            assertThatThrownBy(() -> editions.create(new EditionDetails("\u200b", null, null, null, null, 0)))
                    .as("an empty form: every rule it breaks at once")
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                            .extracting(InvalidInputException::messageKey).containsExactly(
                                    "error.edition.title.required", "error.edition.dates.required",
                                    "error.edition.capacity.range"));
            assertThat(editions.list()).extracting(EditionView::title).noneMatch(t -> t.contains(run));
        });

        EditionView first = edition(today(), today().plusDays(10), 5);
        EditionView second = edition(today(), today().plusDays(10), 5);
        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            assertThatThrownBy(() -> editions.create(new EditionDetails(" " + first.title().toUpperCase() + " ", null,
                    null, today(), today(), 5)))
                    .as("two editions of one title could not be told apart").isInstanceOfSatisfying(
                            InvalidInputException.class, e -> assertThat(e.messageKey())
                                    .isEqualTo("error.edition.title.taken"));
            assertThatThrownBy(() -> editions.change(second.id(), second.version(), new EditionDetails(first.title(),
                    null, null, today(), today(), 5))).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.edition.title.taken"));
            assertThat(editions.find(second.id()).orElseThrow()).as("nothing changed").isEqualTo(second);
            assertThat(editions.change(first.id(), first.version(), new EditionDetails(first.title(),
                    first.description(), first.targetGroup(), first.opensOn(), first.closesOn(), 6)).capacity())
                    .as("an edition keeps its own title").isEqualTo(6);
        });
    }

    @Test
    void anOfficerEnrolsTheirOwnMunicipalityAndTheContactHearsOfIt() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 10);
        EnrolmentView enrolment = enrol(DEMO_OFFICER.email(), edition, WESTLAND);

        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.SUBMITTED);
        assertThat(enrolment.municipalityName()).isEqualTo("Westland");
        assertThat(enrolment.learningGoals()).containsExactlyInAnyOrder(LearningGoal.NUMBERS,
                LearningGoal.FORGOTTEN_PLACES);
        assertThat(TestCaller.as(DEMO_OFFICER.email(), enrolments::own)).extracting(EnrolmentView::id)
                .contains(enrolment.id());

        Mailbox.Mail mail = Mailbox.await(contact(WESTLAND), "Aanmelding ontvangen", MAIL);
        assertThat(mail.text()).contains("Westland").contains(edition.title()).contains("niet vrijblijvend");
        assertThat(recorder.events()).containsExactly(new EnrolmentSubmitted(enrolment.id(), edition.id(), WESTLAND));
        assertThat(strings("select action from platform.audit_entry where target = 'enrolment:" + enrolment.id() + "'"))
                .containsExactly("enrolment.submitted");

        EnrolmentView confirmed = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> enrolments.confirm(enrolment.id(), enrolment.version()));
        assertThat(confirmed.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(Mailbox.await(contact(WESTLAND), "Aanmelding bevestigd", MAIL).text()).contains("bevestigd");
        assertThat(recorder.events()).last().isEqualTo(new EnrolmentConfirmed(enrolment.id(), edition.id(), WESTLAND));
    }

    @Test
    void theCoordinatorHearsOfEnrolmentsAndWithdrawalsAndCancelsAConfirmedOne() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 10);
        EnrolmentView enrolment = enrol(DEMO_OFFICER.email(), edition, WESTLAND);
        assertThat(Mailbox.await(DEMO_COORDINATOR.email(), "Nieuwe aanmelding: Westland voor " + edition.title(), MAIL)
                .text()).contains("Contactpersoon " + WESTLAND).contains("enrolments.xhtml?edition=" + edition.id());

        EnrolmentView confirmed = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> enrolments.confirm(enrolment.id(), enrolment.version()));
        EnrolmentView cancelled = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> enrolments.withdraw(confirmed.id(), confirmed.version()));
        assertThat(cancelled.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(Mailbox.await(contact(WESTLAND), "Aanmelding ingetrokken", MAIL).text()).contains("Westland");

        EnrolmentView delft = enrol(DEMO_COORDINATOR.email(), edition, DELFT);
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> enrolments.withdraw(delft.id(),
                delft.version())).isInstanceOf(AccessRefusedException.class));
        EnrolmentView again = enrol(DEMO_OFFICER.email(), edition(today().minusDays(1), today().plusDays(30), 10),
                WESTLAND);
        TestCaller.as(DEMO_OFFICER.email(), () -> enrolments.withdraw(again.id(), again.version()));
        assertThat(Mailbox.await(DEMO_COORDINATOR.email(), "Aanmelding ingetrokken: Westland voor " + again.editionTitle(),
                MAIL).text()).contains("wachtlijst");
        assertThat(strings("select count(*) from platform.outbox_mail where recipient = '" + DEMO_COORDINATOR.email()
                + "' and subject like 'Nieuwe aanmelding: Delft voor %" + run + "'"))
                .as("not told of what they did themselves").containsExactly("0");
    }

    @Test
    void anEnrolmentNamesMoreContactPersonsAndEachHearsOfIt() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 10);
        EnrolmentRequest base = request(edition, WESTLAND).build();
        String second = "tweede-" + run + "@circle.example";
        String third = "derde-" + run + "@circle.example";
        EnrolmentRequest bad = new EnrolmentRequest(edition.id(), WESTLAND, base.contactName(), base.contactEmail(),
                base.policyPhase(), base.learningGoals(), base.bottlenecks(), true,
                List.of(new EnrolmentContact("Tweede", base.contactEmail().toUpperCase(Locale.ROOT)),
                        new EnrolmentContact("Derde", "geen-adres"), new EnrolmentContact("", third),
                        new EnrolmentContact("Vierde", "ook-geen-adres")));
        // every kind of mistake at once, each said once, whichever rows have it
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> enrolments.enrol(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::messageKey).containsExactly(
                                "error.enrolment.other-contact.name", "error.enrolment.other-contact.email",
                                "error.enrolment.other-contact.duplicate")));
        assertThat(enrolmentCount(edition)).isZero();

        EnrolmentView enrolment = TestCaller.as(DEMO_OFFICER.email(), () -> enrolments.enrol(new EnrolmentRequest(
                edition.id(), WESTLAND, base.contactName(), base.contactEmail(), base.policyPhase(),
                base.learningGoals(), base.bottlenecks(), true, List.of(new EnrolmentContact("Tweede", second),
                new EnrolmentContact(" ", " "), new EnrolmentContact("Derde", third)))));
        assertThat(enrolment.otherContacts()).containsExactly(new EnrolmentContact("Tweede", second),
                new EnrolmentContact("Derde", third));
        assertThat(TestCaller.as(DEMO_OFFICER.email(), enrolments::own)).filteredOn(e -> e.id() == enrolment.id())
                .singleElement().satisfies(e -> assertThat(e.otherContacts()).hasSize(2));
        assertThat(Mailbox.await(second, "Aanmelding ontvangen", MAIL).text()).contains("Westland")
                .as("each contact greeted by their own name").contains("Beste Tweede,");
        assertThat(Mailbox.await(third, "Aanmelding ontvangen", MAIL).text()).contains("Westland")
                .contains("Beste Derde,");
    }

    @Test
    void badEnrolmentsAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 10);
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withCommitment(false),
                "error.enrolment.commitment.required");
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withBottlenecks("  "),
                "error.enrolment.bottlenecks.required");
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withBottlenecks("Te weinig woningen."),
                "error.enrolment.bottlenecks.too-short");
        // characters that show nothing fill no required text, however many
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withBottlenecks("\u200b".repeat(90)),
                "error.enrolment.bottlenecks.required");
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withBottlenecks("Te weinig woningen."
                        + "\u00a0".repeat(90)), "error.enrolment.bottlenecks.too-short");
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withEmail("geen-adres"), "error.email.invalid");
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withGoals(Set.of()),
                "error.enrolment.goals.required");
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND).withPhase(null),
                "error.enrolment.policy-phase.required");
        assertRefused(DEMO_COORDINATOR.email(), request(edition, "GM9999"), "error.municipality.unknown");

        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(
                () -> enrolments.enrol(request(edition, DELFT).build()))
                .as("an officer enrols no other municipality").isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(
                () -> enrolments.enrol(request(edition, DELFT).build())).isInstanceOf(AccessRefusedException.class));
        assertThat(enrolmentCount(edition)).isZero();
        assertThat(recorder.events()).isEmpty();

        enrol(DEMO_OFFICER.email(), edition, WESTLAND);
        assertRefused(DEMO_OFFICER.email(), request(edition, WESTLAND), "error.enrolment.duplicate");
        assertRefused(DEMO_COORDINATOR.email(), request(edition, WESTLAND), "error.enrolment.duplicate");
        assertThat(enrolmentCount(edition)).isEqualTo(1);

        EditionView closed = edition(today().minusDays(20), today().minusDays(1), 10);
        assertRefused(DEMO_OFFICER.email(), request(closed, WESTLAND), "error.enrolment.closed");
        EditionView later = edition(today().plusDays(1), today().plusDays(20), 10);
        assertRefused(DEMO_OFFICER.email(), request(later, WESTLAND), "error.enrolment.not-open-yet");
        assertThat(enrolmentCount(closed) + enrolmentCount(later)).isZero();
        assertThat(recorder.events()).hasSize(1);
    }

    @Test
    void whenCapacityIsReachedEnrolmentsWaitAndArePromotedInOrderOfArrival() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 1);
        EnrolmentView westland = enrol(DEMO_OFFICER.email(), edition, WESTLAND);
        EnrolmentView delft = enrol(DEMO_COORDINATOR.email(), edition, DELFT);
        EnrolmentView pijnacker = enrol(DEMO_COORDINATOR.email(), edition, PIJNACKER);
        assertThat(List.of(westland.status(), delft.status(), pijnacker.status())).containsExactly(
                EnrolmentStatus.SUBMITTED, EnrolmentStatus.WAITING_LIST, EnrolmentStatus.WAITING_LIST);
        assertThat(List.of(delft.waitingPosition(), pijnacker.waitingPosition())).containsExactly(1, 2);
        assertThat(Mailbox.await(contact(PIJNACKER), "Op de wachtlijst", MAIL).text()).contains("plaats 2");
        assertThat(editions.find(edition.id()).orElseThrow().state()).isEqualTo(EditionState.FULL);

        EnrolmentView confirmed = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> enrolments.confirm(westland.id(), westland.version()));
        TestCaller.as(DEMO_COORDINATOR.email(), () -> assertThatThrownBy(
                () -> enrolments.confirm(delft.id(), delft.version()))
                .as("a waiting enrolment holds no place to confirm")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.enrolment.not-awaiting")));

        recorder.events().clear();
        TestCaller.as(DEMO_OFFICER.email(), () -> enrolments.withdraw(confirmed.id(), confirmed.version()));
        List<EnrolmentView> afterWithdrawal = all(edition);
        assertThat(afterWithdrawal).extracting(EnrolmentView::municipalityCode, EnrolmentView::status,
                EnrolmentView::waitingPosition).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WESTLAND, EnrolmentStatus.WITHDRAWN, 0),
                org.assertj.core.groups.Tuple.tuple(DELFT, EnrolmentStatus.SUBMITTED, 0),
                org.assertj.core.groups.Tuple.tuple(PIJNACKER, EnrolmentStatus.WAITING_LIST, 1));
        assertThat(recorder.events()).containsExactly(
                new EnrolmentWithdrawn(westland.id(), edition.id(), WESTLAND),
                new EnrolmentPromoted(delft.id(), edition.id(), DELFT));
        assertThat(Mailbox.await(contact(DELFT), "Er is een plaats vrijgekomen", MAIL).text()).contains("Delft");
        assertThat(Mailbox.await(contact(WESTLAND), "Aanmelding ingetrokken", MAIL).text()).contains("Westland");

        EnrolmentView promoted = afterWithdrawal.get(1);
        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            assertThatThrownBy(() -> enrolments.decline(promoted.id(), promoted.version(), " "))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.enrolment.reason.required"));
            enrolments.decline(promoted.id(), promoted.version(), "Delft zit al in een andere leerkring.");
        });
        assertThat(all(edition)).extracting(EnrolmentView::status).containsExactly(EnrolmentStatus.WITHDRAWN,
                EnrolmentStatus.DECLINED, EnrolmentStatus.SUBMITTED);
        assertThat(Mailbox.await(contact(DELFT), "niet geaccepteerd", MAIL).text())
                .contains("Delft zit al in een andere leerkring.");
        assertThat(Mailbox.await(contact(PIJNACKER), "Er is een plaats vrijgekomen", MAIL)).isNotNull();
    }

    @Test
    void capacityBelowThePlacesTakenIsRefusedAndALargerOnePromotesTheWaiting() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 2);
        EnrolmentView westland = enrol(DEMO_COORDINATOR.email(), edition, WESTLAND);
        EnrolmentView delft = enrol(DEMO_COORDINATOR.email(), edition, DELFT);
        EnrolmentView pijnacker = enrol(DEMO_COORDINATOR.email(), edition, PIJNACKER);
        assertThat(pijnacker.status()).isEqualTo(EnrolmentStatus.WAITING_LIST);
        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            enrolments.confirm(westland.id(), westland.version());
            enrolments.confirm(delft.id(), delft.version());
        });

        EditionView full = editions.find(edition.id()).orElseThrow();
        assertThatThrownBy(() -> change(full, full.opensOn(), full.closesOn(), 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("capacity");
                    assertThat(e.messageKey()).isEqualTo("error.edition.capacity.below-taken");
                    assertThat(e.arguments()).containsExactly(2L, 2L, 0L);
                });
        assertThat(editions.find(edition.id()).orElseThrow()).isEqualTo(full);

        EditionView larger = change(full, full.opensOn(), full.closesOn(), 3);
        assertThat(larger.awaiting()).as("raising the capacity promotes the waiting").isEqualTo(1);
        assertThat(larger.waiting()).isZero();

        // the place reserved for the promoted municipality stays reserved: a smaller number is refused, not applied
        assertThatThrownBy(() -> change(larger, larger.opensOn(), larger.closesOn(), 2))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.edition.capacity.below-taken");
                    assertThat(e.arguments()).containsExactly(3L, 2L, 1L);
                });
        assertThat(editions.find(edition.id()).orElseThrow().awaiting()).isEqualTo(1);

        assertThatThrownBy(() -> change(edition, edition.opensOn(), edition.closesOn(), 5))
                .as("a change on top of an old version").isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void anOfficerSeesAndChangesOnlyTheirOwnMunicipalitysEnrolment() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 5);
        EnrolmentView delft = enrol(DEMO_COORDINATOR.email(), edition, DELFT);
        EnrolmentView westland = enrol(DEMO_OFFICER.email(), edition, WESTLAND);

        TestCaller.as(DEMO_OFFICER.email(), () -> {
            assertThat(enrolments.own()).extracting(EnrolmentView::municipalityCode).containsOnly(WESTLAND);
            assertThatThrownBy(() -> enrolments.withdraw(delft.id(), delft.version()))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> enrolments.confirm(westland.id(), westland.version()))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> enrolments.decline(delft.id(), delft.version(), "nee"))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> enrolments.list(edition.id(), Set.of()))
                    .isInstanceOf(AccessRefusedException.class);
        });
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(enrolments::own)
                .isInstanceOf(AccessRefusedException.class));
        assertThat(all(edition)).extracting(EnrolmentView::status).containsOnly(EnrolmentStatus.SUBMITTED);
        assertThat(TestCaller.as(DEMO_COORDINATOR.email(), () -> enrolments.list(edition.id(),
                EnumSet.of(EnrolmentStatus.CONFIRMED)))).isEmpty();
    }

    @Test
    void aStandingEnrolmentIsRevisedByItsOwnMunicipalityAlsoAfterClosingAndItsContactsHearOfIt() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 5);
        EnrolmentView westland = enrol(DEMO_OFFICER.email(), edition, WESTLAND);
        EnrolmentView delft = enrol(DEMO_COORDINATOR.email(), edition, DELFT);
        EnrolmentView confirmed = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> enrolments.confirm(westland.id(), westland.version()));
        String first = "nieuw-" + run + "@circle.example";
        // a contact person with an account reads the mails in its language; one without, in the circle's Dutch
        String second = "second-" + run + "@circle.example";
        TestCaller.as(DEMO_COORDINATOR.email(), () -> administration.create(new NewAccount(second, "Second",
                Role.OFFICER, WESTLAND, "en")));
        EnrolmentRequest revision = new EnrolmentRequest(edition.id(), WESTLAND, "Nieuwe contactpersoon", first,
                PolicyPhase.VISION_IN_DEVELOPMENT, Set.of(LearningGoal.NUMBERS), BOTTLENECKS + " Nu ook vervoer.", true,
                List.of(new EnrolmentContact("Tweede", second)));

        EnrolmentRequest bad = new EnrolmentRequest(edition.id(), WESTLAND, " ", "geen-adres", null, Set.of(), "kort",
                true);
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(
                () -> enrolments.revise(confirmed.id(), confirmed.version(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .as("every rule broken named at once").extracting(InvalidInputException::field)
                        .containsExactly("contactName", "contactEmail", "policyPhase", "learningGoals",
                                "bottlenecks")));
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(
                () -> enrolments.revise(delft.id(), delft.version(), revision))
                .as("no other municipality's enrolment").isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(
                () -> enrolments.revise(confirmed.id(), confirmed.version(), revision))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(
                () -> enrolments.revise(confirmed.id(), westland.version(), revision))
                .as("on the version seen").isInstanceOf(ConcurrentChangeException.class));
        assertThat(all(edition)).filteredOn(e -> e.id() == westland.id()).singleElement()
                .as("nothing changed").isEqualTo(confirmed);

        assertThat(change(edition, today().minusDays(2), today().minusDays(1), 5).state())
                .as("enrolment closed").isEqualTo(EditionState.CLOSED);
        EnrolmentView revised = TestCaller.as(DEMO_OFFICER.email(),
                () -> enrolments.revise(confirmed.id(), confirmed.version(), revision));
        assertThat(revised.status()).as("its status stays").isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(revised.contactEmail()).isEqualTo(first);
        assertThat(revised.otherContacts()).containsExactly(new EnrolmentContact("Tweede", second));
        assertThat(revised.learningGoals()).containsExactly(LearningGoal.NUMBERS);
        assertThat(revised.policyPhase()).isEqualTo(PolicyPhase.VISION_IN_DEVELOPMENT);
        assertThat(revised.submittedAt()).isEqualTo(confirmed.submittedAt());
        assertThat(Mailbox.await(first, "Aanmelding gewijzigd", MAIL).text()).contains("Westland")
                .contains("Beste Nieuwe contactpersoon,");
        assertThat(Mailbox.await(second, "Enrolment changed", MAIL).text()).contains("Dear Tweede,")
                .contains("its status stays the same");
        assertThat(recorder.events()).contains(new EnrolmentRevised(westland.id(), edition.id(), WESTLAND));
        TestCaller.as(DEMO_OFFICER.email(), () -> {
            assertThatThrownBy(() -> enrolments.revise(revised.id(), revised.version(), revision))
                    .as("the same again is no change, nor told as one").isInstanceOfSatisfying(
                            InvalidInputException.class, e -> assertThat(e.messageKey())
                                    .isEqualTo("error.enrolment.unchanged"));
            EnrolmentRequest nameless = new EnrolmentRequest(edition.id(), WESTLAND, revision.contactName(), first,
                    revision.policyPhase(), revision.learningGoals(), revision.bottlenecks(), true,
                    List.of(new EnrolmentContact("\u00a0", "derde-" + run + "@circle.example")));
            assertThatThrownBy(() -> enrolments.revise(revised.id(), revised.version(), nameless))
                    .as("a mail would greet nobody").isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.enrolment.other-contact.name"));
        });
        assertThat(strings("select count(*) from platform.audit_entry where action = 'enrolment.revised'"
                + " and target = 'enrolment:" + westland.id() + "'")).containsExactly("1");

        EnrolmentView withdrawn = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> enrolments.withdraw(delft.id(), delft.version()));
        TestCaller.as(DEMO_COORDINATOR.email(), () -> assertThatThrownBy(
                () -> enrolments.revise(withdrawn.id(), withdrawn.version(), request(edition, DELFT).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .as("a withdrawn enrolment says nothing more").isEqualTo("error.enrolment.not-active")));
    }

    @Test
    void anEditionsParticipantsAreTheOfficersAndContactsOfItsConfirmedMunicipalitiesEachSeeingTheirShare()
            throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 5);
        EnrolmentView westland = enrol(DEMO_COORDINATOR.email(), edition, WESTLAND);
        EnrolmentView delft = enrol(DEMO_COORDINATOR.email(), edition, DELFT);
        enrol(DEMO_COORDINATOR.email(), edition, PIJNACKER);
        EnrolmentView delftConfirmed = TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            enrolments.confirm(westland.id(), westland.version());
            return enrolments.confirm(delft.id(), delft.version());
        });

        List<EditionParticipant> all = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> enrolments.participantsOf(edition.id()));
        assertThat(all).as("confirmed municipalities only").extracting(EditionParticipant::municipalityCode)
                .containsOnly(WESTLAND, DELFT);
        assertThat(all).filteredOn(p -> p.kind() == EditionParticipant.Kind.OFFICER)
                .extracting(EditionParticipant::email).contains(DEMO_OFFICER.email());
        assertThat(all).filteredOn(p -> p.kind() == EditionParticipant.Kind.ENROLMENT_CONTACT)
                .extracting(EditionParticipant::email).contains(westland.contactEmail(), delft.contactEmail());
        assertThat(all).extracting(EditionParticipant::language).allMatch(l -> l.equals("nl") || l.equals("en"));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> enrolments.participantsOf(edition.id())))
                .containsExactlyElementsOf(all);
        assertThat(TestCaller.as(DEMO_OFFICER.email(), () -> enrolments.participantsOf(edition.id())))
                .as("an officer sees their own municipality's people only").isNotEmpty()
                .extracting(EditionParticipant::municipalityCode).containsOnly(WESTLAND);
        assertThatThrownBy(() -> enrolments.participantsOf(edition.id())).isInstanceOf(AccessRefusedException.class);

        TestCaller.as(DEMO_COORDINATOR.email(), () -> enrolments.withdraw(delft.id(), delftConfirmed.version()));
        assertThat(TestCaller.as(DEMO_COORDINATOR.email(), () -> enrolments.participantsOf(edition.id())))
                .extracting(EditionParticipant::municipalityCode).containsOnly(WESTLAND);
    }

    @Test
    void twoEnrolmentsArrivingTogetherDoNotBothTakeTheLastPlace() throws Exception {
        EditionView edition = edition(today().minusDays(1), today().plusDays(30), 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EnrolmentView>> racing = new ArrayList<>();
        for (String code : List.of(DELFT, PIJNACKER)) {
            racing.add(executor.submit(() -> {
                start.await();
                return TestCaller.as(DEMO_COORDINATOR.email(), () -> enrolments.enrol(request(edition, code).build()));
            }));
        }
        start.countDown();
        List<EnrolmentStatus> statuses = new ArrayList<>();
        for (Future<EnrolmentView> result : racing) {
            statuses.add(result.get(30, TimeUnit.SECONDS).status());
        }
        assertThat(statuses).containsExactlyInAnyOrder(EnrolmentStatus.SUBMITTED, EnrolmentStatus.WAITING_LIST);
    }

    private EditionView edition(LocalDate opensOn, LocalDate closesOn, int capacity) throws Exception {
        EditionView edition = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> editions.create(details(opensOn, closesOn, capacity)));
        created.add(edition.id());
        return edition;
    }

    private EditionView change(EditionView edition, LocalDate opensOn, LocalDate closesOn, int capacity)
            throws Exception {
        return TestCaller.as(DEMO_COORDINATOR.email(), () -> editions.change(edition.id(), edition.version(),
                new EditionDetails(edition.title(), edition.description(), edition.targetGroup(), opensOn, closesOn,
                        capacity)));
    }

    private EditionDetails details(LocalDate opensOn, LocalDate closesOn, int capacity) {
        return new EditionDetails("Leerkring huisvesting arbeidsmigranten " + run + " " + created.size(),
                "Vier bijeenkomsten.",
                "Gemeenten in de beleidsvormende fase", opensOn, closesOn, capacity);
    }

    private EnrolmentView enrol(String caller, EditionView edition, String code) throws Exception {
        return TestCaller.as(caller, () -> enrolments.enrol(request(edition, code).build()));
    }

    private List<EnrolmentView> all(EditionView edition) throws Exception {
        return TestCaller.as(DEMO_COORDINATOR.email(), () -> enrolments.list(edition.id(), Set.of()));
    }

    private void assertRefused(String caller, RequestBuilder request, String messageKey) throws Exception {
        TestCaller.as(caller, () -> assertThatThrownBy(() -> enrolments.enrol(request.build()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey)));
    }

    private String contact(String code) {
        return code.toLowerCase() + "-" + run + "@circle.example";
    }

    private RequestBuilder request(EditionView edition, String code) {
        return new RequestBuilder(edition.id(), code, contact(code), PolicyPhase.ORIENTING,
                Set.of(LearningGoal.NUMBERS, LearningGoal.FORGOTTEN_PLACES), BOTTLENECKS, true);
    }

    /** A valid enrolment, with one thing spoiled at a time. */
    private record RequestBuilder(long edition, String code, String email, PolicyPhase phase, Set<LearningGoal> goals,
                                  String bottlenecks, boolean committed) {

        RequestBuilder withCommitment(boolean value) {
            return new RequestBuilder(edition, code, email, phase, goals, bottlenecks, value);
        }

        RequestBuilder withBottlenecks(String value) {
            return new RequestBuilder(edition, code, email, phase, goals, value, committed);
        }

        RequestBuilder withEmail(String value) {
            return new RequestBuilder(edition, code, value, phase, goals, bottlenecks, committed);
        }

        RequestBuilder withGoals(Set<LearningGoal> value) {
            return new RequestBuilder(edition, code, email, phase, value, bottlenecks, committed);
        }

        RequestBuilder withPhase(PolicyPhase value) {
            return new RequestBuilder(edition, code, email, value, goals, bottlenecks, committed);
        }

        EnrolmentRequest build() {
            return new EnrolmentRequest(edition, code, "Contactpersoon " + code, email, phase, goals, bottlenecks,
                    committed);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    private long enrolmentCount(EditionView edition) throws SQLException {
        return Long.parseLong(strings("select count(*) from registration.enrolment where edition_id = "
                + edition.id()).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        return Sql.strings(dataSource, sql);
    }

    private void execute(String sql) throws SQLException {
        Sql.execute(dataSource, sql);
    }
}
