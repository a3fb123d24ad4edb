package nl.arbeidsmigratie.regie.sessions;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.DEN_HAAG;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.OFFICER;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.ROTTERDAM;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.WESTLAND;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.startMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.sessions.api.MeetingDetails;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.NewRegistration;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration per meeting on Payara Micro and PostgreSQL: only while a meeting is announced and not yet ended,
 * capacity with a waiting list and promotion, the limit per municipality, who may register whom, the participant
 * list with its CSV, and capacity under concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingRegistrationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(MeetingRegistrationsIT.class);
    }

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    SessionsFixture fixture;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aMeetingNotYetAnnouncedRefusesRegistrationsAndRecordsNothing() throws Exception {
        MeetingSeriesView series = fixture.series(10);
        MeetingView datedDraft = dated(series.meetings().get(0), 10, null);
        MeetingView undatedDraft = series.meetings().get(1);
        MeetingView undatedOnline = TestCaller.as(COORDINATOR, () -> planning.moveOnline(series.meetings().get(2).id(),
                series.meetings().get(2).version(), MeetingFormat.ONLINE, "https://meet.example/ongedateerd"));
        assertThat(undatedOnline.format()).isEqualTo(MeetingFormat.ONLINE);
        assertThat(undatedOnline.status()).as("moving a draft online announces nothing").isEqualTo(MeetingStatus.DRAFT);

        for (MeetingView meeting : List.of(datedDraft, undatedDraft, undatedOnline)) {
            assertRegistrationRefused(meeting, "error.sessions.registration.not-announced");
            MeetingView after = TestCaller.as(COORDINATOR, () -> planning.meeting(meeting.id()));
            assertThat(after.takesRegistrations()).as(meeting.status() + " " + meeting.startsAt()).isFalse();
            assertThat(after.registered() + after.waiting()).isZero();
            assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(meeting.id()))).isEmpty();
        }
    }

    @Test
    void anAnnouncedMeetingTakesRegistrationsUntilItHasEnded() throws Exception {
        MeetingView draft = dated(fixture.series(10).meetings().get(0), 10, null);
        MeetingView provisional = TestCaller.as(COORDINATOR, () -> planning.changeStatus(draft.id(), draft.version(),
                MeetingStatus.PROVISIONAL));
        assertThat(provisional.takesRegistrations()).isTrue();
        RegistrationView early = register(OFFICER, provisional, WESTLAND, "Op tijd");
        assertThat(early.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(Mailbox.await(early.email(), "Aangemeld: Startbijeenkomst", Duration.ofSeconds(30)).text())
                .contains("Deze datum is nog onder voorbehoud");
        // one who registers themselves is sent it too, in their own words, with the meeting for their calendar
        TestCaller.as(OFFICER, () -> registrations.register(new NewRegistration(provisional.id(),
                WESTLAND, "Zelf", OFFICER, null)));
        Mailbox.Mail confirmation = Mailbox.await(OFFICER, "Aangemeld: Startbijeenkomst", Duration.ofSeconds(30));
        assertThat(confirmation.text()).contains("U heeft zich aangemeld").contains("meld u dan af");
        assertThat(confirmation.attachments()).hasSize(1);

        MeetingView ended = fixture.redate(draft.id(),
                LocalDateTime.now(DutchTime.ZONE).minusDays(7).truncatedTo(ChronoUnit.HOURS));
        assertThat(ended.status()).isEqualTo(MeetingStatus.PROVISIONAL);
        assertThat(ended.takesRegistrations()).isFalse();

        assertRegistrationRefused(ended, "error.sessions.registration.ended");
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(draft.id())))
                .extracting(RegistrationView::name).containsExactly("Op tijd", "Zelf");
        assertThat(TestCaller.as(OFFICER, () -> registrations.cancel(early.id())).status())
                .as("a registration made in time may still be cancelled").isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void beyondTheCapacityPeopleWaitAndACancellationPromotesTheFirstInLine() throws Exception {
        MeetingView meeting = planned(2, null);
        RegistrationView first = register(OFFICER, meeting, WESTLAND, "Eerste");
        RegistrationView second = register(COORDINATOR, meeting, DEN_HAAG, "Tweede");
        RegistrationView third = register(COORDINATOR, meeting, DEN_HAAG, "Derde");
        RegistrationView fourth = register(OFFICER, meeting, WESTLAND, "Vierde");
        assertThat(List.of(first, second, third, fourth)).extracting(RegistrationView::status).containsExactly(
                RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, RegistrationStatus.WAITING_LIST,
                RegistrationStatus.WAITING_LIST);
        assertThat(List.of(third, fourth)).extracting(RegistrationView::waitingPosition).containsExactly(1, 2);
        // each hears who registered them and where they stand
        Mailbox.Mail registered = Mailbox.await(first.email(), "Aangemeld: Startbijeenkomst", Duration.ofSeconds(30));
        assertThat(registered.text())
                .contains("Beste Eerste", "heeft u aangemeld voor de bijeenkomst \"Startbijeenkomst\"",
                        // the programme in the mail itself and the public page of the circle: no account needed
                        "Het programma:", "Volgt nog.", "/circle.xhtml?edition=", "Met de bijlage zet u de bijeenkomst")
                .doesNotContain("voorbehoud", "/app/", "BEGIN:VCALENDAR");
        // the meeting to add to a calendar, as the pages' download has it: one event, known by its UID
        assertThat(registered.attachments()).containsOnlyKeys("startbijeenkomst.ics");
        assertThat(registered.attachments().get("startbijeenkomst.ics")).satisfies(file -> {
            assertThat(file.contentType()).startsWith("text/calendar");
            assertThat(file.content().replace("\r\n ", "")).startsWith("BEGIN:VCALENDAR")
                    .contains("UID:meeting-" + meeting.id() + "@", ": Startbijeenkomst", "STATUS:CONFIRMED",
                            "/circle.xhtml?edition=").doesNotContain("/app/");
        });
        Mailbox.Mail waiting = Mailbox.await(third.email(), "Op de wachtlijst: Startbijeenkomst",
                Duration.ofSeconds(30));
        assertThat(waiting.text())
                .contains("Beste Derde", "u staat op de wachtlijst", "die u van de wachtlijst kan halen")
                .doesNotContain("bijlage");
        assertThat(waiting.attachments()).as("no date to keep while one waits for a place").isEmpty();

        RegistrationView cancelled = TestCaller.as(OFFICER, () -> registrations.cancel(first.id()));
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        Mailbox.Mail unregistered = Mailbox.await(first.email(), "Afgemeld: Startbijeenkomst", Duration.ofSeconds(30));
        assertThat(unregistered.text())
                .contains("Beste Eerste", "heeft uw aanmelding voor de bijeenkomst \"Startbijeenkomst\"",
                        "De bijlage haalt de bijeenkomst uit uw agenda");
        // the event the first mail put in the calendar, by its UID, now cancelled for them: the calendar takes it out
        assertThat(unregistered.attachments()).containsOnlyKeys("startbijeenkomst.ics");
        assertThat(unregistered.attachments().get("startbijeenkomst.ics").content().replace("\r\n ", ""))
                .contains("UID:meeting-" + meeting.id() + "@", "STATUS:CANCELLED", "SUMMARY:Afgemeld: ")
                .doesNotContain("STATUS:CONFIRMED");
        List<RegistrationView> list = TestCaller.as(COORDINATOR, () -> registrations.participants(meeting.id()));
        assertThat(list).extracting(RegistrationView::name, RegistrationView::status, RegistrationView::waitingPosition)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Eerste", RegistrationStatus.CANCELLED, 0),
                        org.assertj.core.groups.Tuple.tuple("Tweede", RegistrationStatus.REGISTERED, 0),
                        org.assertj.core.groups.Tuple.tuple("Derde", RegistrationStatus.REGISTERED, 0),
                        org.assertj.core.groups.Tuple.tuple("Vierde", RegistrationStatus.WAITING_LIST, 1));
        // one who moves up is called as one registered is: the programme, the circle's page, how to cancel
        Mailbox.Mail promoted = Mailbox.await(third.email(), "U hebt een plaats: Startbijeenkomst",
                Duration.ofSeconds(30));
        assertThat(promoted.text())
                .contains("Beste Derde", "Den Haag", "Het programma:", "/circle.xhtml?edition=", "die kan u afmelden");
        assertThat(promoted.attachments()).containsOnlyKeys("startbijeenkomst.ics");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.cancel(first.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.registration.cancelled")));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.cancel(second.id()))
                .as("another municipality's registration does not exist for an officer")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.registration.unknown")));
    }

    @Test
    void aMunicipalityRegistersUpToItsLimitAndAnAddressOnce() throws Exception {
        MeetingView meeting = planned(10, 2);
        RegistrationView one = register(OFFICER, meeting, WESTLAND, "Een");
        register(OFFICER, meeting, WESTLAND, "Twee");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), WESTLAND, "Drie", "drie-" + meeting.id() + "@sessions.example", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.sessions.registration.municipality-full");
                    assertThat(e.arguments()).containsExactly(2);
                }));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), WESTLAND, "Zelfde adres", one.email().toUpperCase(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.registration.duplicate")));
        // someone of a shared civil service represents two municipalities; and Westland's officer learns nothing
        // from a refusal about an address Den Haag registered
        RegistrationView forDenHaag = TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(
                meeting.id(), DEN_HAAG, "Zelfde adres", one.email().toUpperCase(), null)));
        assertThat(forDenHaag.status()).isEqualTo(RegistrationStatus.REGISTERED);
        String denHaagOnly = register(COORDINATOR, meeting, DEN_HAAG, "Alleen Den Haag").email();
        assertThatThrownBy(() -> TestCaller.as(OFFICER, () -> registrations.register(new NewRegistration(
                meeting.id(), WESTLAND, "Alleen Den Haag", denHaagOnly, null))))
                .as("refused for Westland's quota, not for Den Haag's registration")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.sessions.registration.municipality-full"));
        TestCaller.as(OFFICER, () -> registrations.cancel(one.id()));
        assertThat(register(OFFICER, meeting, WESTLAND, "Drie").status()).as("a cancellation frees the quota")
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void officersRegisterForTheirOwnParticipatingMunicipalityAuditorsOnlyRead() throws Exception {
        MeetingView meeting = planned(10, null);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), DEN_HAAG, "Iemand", "iemand@sessions.example", null)))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), WESTLAND, "Iemand", "iemand@sessions.example", null)))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), ROTTERDAM, "Iemand", "iemand@sessions.example", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.registration.not-participant")));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), WESTLAND, "Iemand", "geen adres", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.invalid")));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), WESTLAND, "Iemand", " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .as("an address left out is asked for, not called wrong").isEqualTo("error.email.required")));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), " ", " ", "jan@@x", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .as("every field's refusal at once").extracting(InvalidInputException::field)
                        .containsExactly("municipalityCode", "name", "email")));
        register(OFFICER, meeting, WESTLAND, "Westlander");
        register(COORDINATOR, meeting, DEN_HAAG, "=HYPERLINK(\"x\")");

        assertThat(TestCaller.as(OFFICER, () -> registrations.participants(meeting.id())))
                .as("an officer sees their own municipality's people").extracting(RegistrationView::name)
                .containsExactly("Westlander");
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> registrations.participants(meeting.id())))
                .hasSize(2);
        Map<Enum<?>, String> labels = Map.of(PolicyField.HOUSING, "Wonen", RegistrationStatus.REGISTERED, "Aangemeld");
        String csv = TestCaller.as(COORDINATOR, () -> registrations.participantsCsv(meeting.id(), "nl", labels::get));
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).as("policy fields and statuses as the page names them")
                .startsWith("Gemeentecode;Gemeente;Naam;E-mail;Beleidsveld;Status;Plaats op de wachtlijst;Aangemeld op")
                .containsPattern(";\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}\r?\n")
                .contains("GM1783;Westland;Westlander;", ";Wonen;Aangemeld;").doesNotContain("housing", "registered")
                .contains("'=HYPERLINK");
        assertThat(TestCaller.as(OFFICER, () -> registrations.ownMunicipality()))
                .extracting(RegistrationView::name).contains("Westlander").doesNotContain("=HYPERLINK(\"x\")");
    }

    @Test
    void anOfficersOwnRegistrationsNameTheirMeetingsAndTheirPlaceInEachLine() throws Exception {
        MeetingView full = planned(1, null);
        MeetingView roomy = planned(5, null);
        register(OFFICER, full, WESTLAND, "Binnen Vol");
        register(COORDINATOR, full, DEN_HAAG, "Wacht Den Haag");
        register(OFFICER, full, WESTLAND, "Wacht Westland");
        register(OFFICER, roomy, WESTLAND, "Binnen Ruim");

        assertThat(TestCaller.as(OFFICER, () -> registrations.ownMunicipality()))
                .extracting(RegistrationView::name, RegistrationView::meetingId, RegistrationView::status,
                        RegistrationView::waitingPosition)
                .contains(tuple("Binnen Vol", full.id(), RegistrationStatus.REGISTERED, 0),
                        tuple("Wacht Westland", full.id(), RegistrationStatus.WAITING_LIST, 2),
                        tuple("Binnen Ruim", roomy.id(), RegistrationStatus.REGISTERED, 0))
                .extracting(row -> row.toArray()[0]).doesNotContain("Wacht Den Haag");
    }

    @Test
    void thirtyParallelRegistrationsForTheLastFivePlacesFillExactlyFive() throws Exception {
        MeetingView meeting = planned(6, null);
        register(OFFICER, meeting, WESTLAND, "Al aangemeld");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationView>> racing = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = i % 2 == 0 ? WESTLAND : DEN_HAAG;
            int n = i;
            racing.add(executor.submit(() -> {
                start.await();
                return TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(meeting.id(), code,
                        "Parallel " + n, "parallel-" + n + "-" + meeting.id() + "@sessions.example", null)));
            }));
        }
        start.countDown();
        List<RegistrationStatus> statuses = new ArrayList<>();
        for (Future<RegistrationView> result : racing) {
            statuses.add(result.get(60, TimeUnit.SECONDS).status());
        }
        assertThat(statuses).filteredOn(s -> s == RegistrationStatus.REGISTERED).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == RegistrationStatus.WAITING_LIST).hasSize(25);
        MeetingView after = TestCaller.as(COORDINATOR, () -> planning.meeting(meeting.id()));
        assertThat(after.registered()).isEqualTo(6);
        assertThat(after.waiting()).isEqualTo(25);
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(meeting.id())))
                .filteredOn(r -> r.status() == RegistrationStatus.WAITING_LIST)
                .extracting(RegistrationView::waitingPosition).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
    }

    @Test
    void aRegistrationOfAMeetingHeldOrCancelledIsNoLongerCancelled() throws Exception {
        MeetingView held = planned(10, null);
        RegistrationView present = register(OFFICER, held, WESTLAND, "Was er");
        fixture.redate(held.id(), LocalDateTime.now(DutchTime.ZONE).minusDays(1).truncatedTo(ChronoUnit.HOURS));
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(held.id(), planning.meeting(held.id()).version(),
                MeetingStatus.HELD));
        MeetingView cancelled = planned(10, null);
        RegistrationView booked = register(OFFICER, cancelled, WESTLAND, "Kwam niet");
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(cancelled.id(),
                planning.meeting(cancelled.id()).version(), MeetingStatus.CANCELLED));

        for (RegistrationView registration : List.of(present, booked)) {
            for (String caller : List.of(OFFICER, COORDINATOR)) {
                TestCaller.as(caller, () -> assertThatThrownBy(() -> registrations.cancel(registration.id()))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.closed")));
            }
            assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(registration.meetingId())))
                    .as("unchanged").extracting(RegistrationView::status)
                    .containsExactly(RegistrationStatus.REGISTERED);
        }
    }

    @Test
    void aRegistrationOfAMeetingThatBeganStandsThoughTheMeetingIsNotMarkedHeld() throws Exception {
        MeetingView meeting = planned(1, null);
        RegistrationView came = register(OFFICER, meeting, WESTLAND, "Op tijd");
        RegistrationView waiting = register(OFFICER, meeting, WESTLAND, "Wachtend");
        fixture.redate(meeting.id(), LocalDateTime.now(DutchTime.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.cancel(came.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.registration.started")));
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(meeting.id())))
                .as("nobody waiting took a place at a meeting under way").extracting(RegistrationView::id,
                        RegistrationView::status)
                .containsExactly(tuple(came.id(), RegistrationStatus.REGISTERED),
                        tuple(waiting.id(), RegistrationStatus.WAITING_LIST));
    }

    @Test
    void aMunicipalityCodeInLowerCaseIsTheMunicipality() throws Exception {
        MeetingView meeting = planned(10, null);
        assertThat(List.of(register(OFFICER, meeting, "gm1783", "Klein Westland"),
                register(COORDINATOR, meeting, " gm0518 ", "Klein Den Haag")))
                .extracting(RegistrationView::municipalityCode, RegistrationView::municipalityName)
                .containsExactly(tuple(WESTLAND, "Westland"), tuple(DEN_HAAG, "'s-Gravenhage"));
    }

    @Test
    void aNameWithALineBreakIsRefusedAndNothingIsRegistered() throws Exception {
        MeetingView meeting = planned(10, null);
        for (String name : List.of("Gast\r\nBcc: victim@evil.example", "Gast\nTwee", "Gast\rTwee", "Gast\u2028Twee")) {
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                    meeting.id(), WESTLAND, name, "regel-" + meeting.id() + "@sessions.example", null)))
                    .as(name).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.messageKey()).isEqualTo("error.text.line-break");
                    }));
        }
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(meeting.id()))).isEmpty();
    }

    /** The start meeting of a new series, dated, with {@code capacity} places, and announced. */
    private MeetingView planned(int capacity, Integer limit) throws Exception {
        return fixture.announce(dated(fixture.series(capacity).meetings().get(0), capacity, limit).id());
    }

    /** The start meeting dated next year, still a draft. */
    private MeetingView dated(MeetingView start, int capacity, Integer limit) throws Exception {
        MeetingDetails d = startMeeting(start, capacity);
        return TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), new MeetingDetails(d.title(),
                d.themes(), d.format(), d.venueName(), d.venueAddress(), d.venueCity(), null, d.startsAt(),
                d.endsAt(), capacity, limit, List.of(), d.version())).meeting());
    }

    private void assertRegistrationRefused(MeetingView meeting, String key) throws Exception {
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.register(new NewRegistration(
                meeting.id(), WESTLAND, "Te vroeg of te laat", "buiten-" + meeting.id() + "@sessions.example", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("meetingId");
                }));
    }

    private RegistrationView register(String caller, MeetingView meeting, String code, String name)
            throws Exception {
        String email = name.replaceAll("[^A-Za-z]", "").toLowerCase() + "-" + java.util.UUID.randomUUID()
                + "@sessions.example";
        return TestCaller.as(caller, () -> registrations.register(new NewRegistration(meeting.id(), code, name, email,
                PolicyField.HOUSING)));
    }
}
