package nl.arbeidsmigratie.regie.sessions;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.DEN_HAAG;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.OFFICER;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.WESTLAND;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.startMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.IssueView;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.api.Attendance;
import nl.arbeidsmigratie.regie.sessions.api.AttachmentView;
import nl.arbeidsmigratie.regie.sessions.api.FollowUpView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRecords;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.MinutesView;
import nl.arbeidsmigratie.regie.sessions.api.MunicipalityAttendance;
import nl.arbeidsmigratie.regie.sessions.api.NewRegistration;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After a meeting on Payara Micro and PostgreSQL: attendance per person and per municipality with its policy
 * fields, sanitised minutes and a newsletter draft from them, attachments checked by content, and follow-up
 * actions on the officers' own list.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingRecordsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(MeetingRecordsIT.class);
    }

    @Inject
    MeetingRecords records;

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    SessionsFixture fixture;

    /** The start meeting of a new series with six places, announced for next year, so people may register. */
    private MeetingView announced(MeetingSeriesView series) throws Exception {
        MeetingView start = series.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), startMeeting(start, 6)));
        return fixture.announce(start.id());
    }

    /** The meeting moved to yesterday afternoon: it took place. */
    private MeetingView heldYesterday(MeetingView meeting) throws Exception {
        return fixture.redate(meeting.id(), LocalDateTime.now(DutchTime.ZONE).minusDays(1).withHour(13)
                .truncatedTo(ChronoUnit.HOURS));
    }

    private MeetingView heldYesterday(MeetingSeriesView series) throws Exception {
        return heldYesterday(announced(series));
    }

    private RegistrationView register(MeetingView meeting, String code, PolicyField field) throws Exception {
        return TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(meeting.id(), code,
                "Deelnemer " + field, "deelnemer-" + UUID.randomUUID() + "@sessions.example", field)));
    }

    @Test
    void attendanceIsRecordedPerPersonAndShownPerMunicipalityWithItsPolicyFields() throws Exception {
        MeetingSeriesView series = fixture.series(6);
        MeetingView ahead = announced(series);
        List<RegistrationView> westland = List.of(register(ahead, WESTLAND, PolicyField.ECONOMY),
                register(ahead, WESTLAND, PolicyField.HOUSING), register(ahead, WESTLAND, PolicyField.ENFORCEMENT),
                register(ahead, WESTLAND, PolicyField.SOCIAL_DOMAIN));
        RegistrationView haagPresent = register(ahead, DEN_HAAG, PolicyField.HOUSING);
        RegistrationView haagExcused = register(ahead, DEN_HAAG, PolicyField.ECONOMY);
        RegistrationView waiting = register(ahead, DEN_HAAG, PolicyField.SOCIAL_DOMAIN);
        MeetingView held = heldYesterday(ahead);

        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> records.recordAttendance(held.id(), Map.of(waiting.id(), Attendance.PRESENT)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.attendance.not-registered"));
            assertThatThrownBy(() -> records.recordAttendance(series.meetings().get(1).id(),
                    Map.of(haagPresent.id(), Attendance.PRESENT))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.not-started"));
        });
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> records.recordAttendance(held.id(),
                Map.of(westland.get(0).id(), Attendance.PRESENT))).isInstanceOf(AccessRefusedException.class));
        List<RegistrationView> recorded = TestCaller.as(COORDINATOR, () -> records.recordAttendance(held.id(),
                Map.of(westland.get(0).id(), Attendance.PRESENT, westland.get(1).id(), Attendance.PRESENT,
                        westland.get(2).id(), Attendance.PRESENT, westland.get(3).id(), Attendance.PRESENT,
                        haagPresent.id(), Attendance.PRESENT, haagExcused.id(), Attendance.EXCUSED)));
        assertThat(recorded).filteredOn(r -> r.id() == haagExcused.id()).extracting(RegistrationView::attendance)
                .containsExactly(Attendance.EXCUSED);
        // a page that still showed no attendance for them does not overwrite what was recorded meanwhile
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> records.recordAttendance(held.id(),
                Map.of(haagExcused.id(), Attendance.ABSENT, haagPresent.id(), Attendance.ABSENT),
                java.util.Collections.singletonMap(haagExcused.id(), null)))
                .isInstanceOf(nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException.class));
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(held.id())))
                .filteredOn(r -> r.id() == haagExcused.id() || r.id() == haagPresent.id())
                .extracting(RegistrationView::attendance).containsExactlyInAnyOrder(Attendance.EXCUSED, Attendance.PRESENT);

        List<MunicipalityAttendance> all = TestCaller.as(DEMO_AUDITOR.email(), () -> records.attendance(series.id()));
        assertThat(all).extracting(MunicipalityAttendance::municipalityName, MunicipalityAttendance::peoplePresent,
                MunicipalityAttendance::allPolicyFields).containsExactly(
                org.assertj.core.groups.Tuple.tuple("'s-Gravenhage", 1, false),
                org.assertj.core.groups.Tuple.tuple("Westland", 4, true));
        assertThat(all.get(1).meetingsAttended()).containsExactly(held.id());
        assertThat(TestCaller.as(OFFICER, () -> records.attendance(series.id())))
                .extracting(MunicipalityAttendance::municipalityCode).containsExactly(WESTLAND);
    }

    @Test
    void aProvisionalMeetingWhoseAttendanceIsRecordedKeepsItsRegistrations() throws Exception {
        MeetingSeriesView series = fixture.series(6);
        MeetingView start = series.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), startMeeting(start, 6)));
        MeetingView provisional = TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(),
                planning.meeting(start.id()).version(), MeetingStatus.PROVISIONAL));
        RegistrationView came = register(provisional, WESTLAND, PolicyField.HOUSING);
        RegistrationView expected = register(provisional, WESTLAND, PolicyField.ECONOMY);
        MeetingView held = heldYesterday(provisional);
        TestCaller.as(COORDINATOR, () -> records.recordAttendance(held.id(), Map.of(came.id(), Attendance.PRESENT)));

        // a provisional date that passed was an appointment after all once someone recorded who came
        for (RegistrationView registration : List.of(came, expected)) {
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> registrations.cancel(registration.id()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.registration.started")));
        }
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(held.id())))
                .extracting(RegistrationView::id).contains(came.id(), expected.id());
    }

    @Test
    void minutesAreSanitisedVersionedAndMakeANewsletterDraft() throws Exception {
        MeetingView held = heldYesterday(fixture.series(6));
        MinutesView saved = TestCaller.as(COORDINATOR, () -> records.saveMinutes(held.id(),
                "<h2>Verslag</h2><p>Westland <b>deelt</b> zijn knelpunten.</p><script>alert(1)</script>"
                        + "<img src=\"x.png\">", 0));
        assertThat(saved.html()).contains("<b>deelt</b>").doesNotContain("script", "img");
        assertThat(saved.markupRemoved()).isTrue();
        assertThat(saved.imagesRemoved()).isTrue();
        assertThat(saved.text()).contains("Westland deelt zijn knelpunten.");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> records.saveMinutes(held.id(), "<p>Ouder</p>", 0))
                .isInstanceOf(ConcurrentChangeException.class));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> records.saveMinutes(held.id(), "<p>x</p>",
                saved.version())).isInstanceOf(AccessRefusedException.class));
        assertThat(TestCaller.as(OFFICER, () -> records.minutes(held.id()))).contains(
                new MinutesView(saved.meetingId(), saved.html(), saved.text(), saved.updatedAt(), saved.updatedBy(),
                        false, false, saved.version()));

        IssueView draft = TestCaller.as(COORDINATOR, () -> records.newsletterDraft(held.id()));
        assertThat(draft.subject()).isEqualTo("Verslag: Startbijeenkomst");
        assertThat(draft.bodyHtml()).contains("<b>deelt</b>");
        assertThat(TestCaller.as(COORDINATOR, () -> records.newsletterDraft(held.id())).id())
                .as("asked twice, one draft").isEqualTo(draft.id());
    }

    @Test
    void attachmentsAreCheckedByTheirContentAndSize() throws Exception {
        MeetingView held = heldYesterday(fixture.series(6));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        AttachmentView report = TestCaller.as(COORDINATOR, () -> records.attach(held.id(), "verslag.pdf", pdf));
        assertThat(report.mediaType()).isEqualTo("application/pdf");
        AttachmentView slides = TestCaller.as(COORDINATOR, () -> records.attach(held.id(), "C:\\Users\\x\\dia's.pptx",
                office("ppt/presentation.xml")));
        assertThat(slides.fileName()).isEqualTo("dia's.pptx");
        assertThat(slides.mediaType()).endsWith("presentationml.presentation");
        TestCaller.as(COORDINATOR, () -> {
            for (Object[] bad : new Object[][] {{"verslag.pdf", png}, {"verslag.pdf", "geen pdf".getBytes()},
                    {"virus.exe", "MZ".getBytes()}, {"tabel.xlsx", office("word/document.xml")}}) {
                assertThatThrownBy(() -> records.attach(held.id(), (String) bad[0], (byte[]) bad[1]))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> {
                                    assertThat(e.messageKey()).isEqualTo("error.sessions.attachment.type");
                                    assertThat(e.arguments()).containsExactly(bad[0]);
                                });
            }
            assertThatThrownBy(() -> records.attach(held.id(), "v".repeat(250) + ".pdf", pdf))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.sessions.attachment.name.too-long");
                        assertThat(e.arguments()).containsExactly(200);
                    });
            byte[] huge = Arrays.copyOf(pdf, MeetingRecords.MAX_ATTACHMENT_BYTES + 1);
            assertThatThrownBy(() -> records.attach(held.id(), "groot.pdf", huge))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.sessions.attachment.too-large");
                        assertThat(e.arguments()).containsExactly(10, "groot.pdf");
                    });
        });
        assertThat(TestCaller.as(OFFICER, () -> records.attachments(held.id()))).containsExactly(report, slides);
        assertThat(TestCaller.as(OFFICER, () -> records.attachment(report.id())).content()).isEqualTo(pdf);

        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> records.removeAttachment(slides.id()))
                .isInstanceOf(AccessRefusedException.class));
        assertThat(TestCaller.as(COORDINATOR, () -> records.removeAttachment(slides.id()))).isEqualTo(slides);
        assertThat(TestCaller.as(OFFICER, () -> records.attachments(held.id()))).containsExactly(report);
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> records.removeAttachment(slides.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.attachment.unknown")));
    }

    @Test
    void followUpActionsReachTheirMunicipalitysOfficersOnly() throws Exception {
        MeetingView held = heldYesterday(fixture.series(6));
        AccountView haagOfficer = fixture.account(Role.OFFICER, DEN_HAAG, "nl");
        LocalDate due = LocalDate.now(DutchTime.ZONE).plusDays(14);
        FollowUpView action = TestCaller.as(COORDINATOR, () -> records.addFollowUp(held.id(), WESTLAND,
                "Cijfers RNI aanleveren voor de tweede bijeenkomst", due));
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> records.addFollowUp(held.id(), "GM9999", "x", due))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.municipality.unknown"));
            assertThatThrownBy(() -> records.addFollowUp(held.id(), " ", "x", due))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("error.sessions.follow-up.municipality.required"));
            assertThatThrownBy(() -> records.addFollowUp(held.id(), WESTLAND, "x", null))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.follow-up.due.required"));
            assertThatThrownBy(() -> records.addFollowUp(held.id(), WESTLAND, "x", LocalDate.of(2020, 1, 1)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.follow-up.due.past"));
        });
        assertThat(TestCaller.as(OFFICER, () -> records.openFollowUpsOfOwnMunicipality())).contains(action);
        assertThat(TestCaller.as(haagOfficer.email(), () -> records.openFollowUpsOfOwnMunicipality()))
                .doesNotContain(action);
        assertThat(TestCaller.as(haagOfficer.email(), () -> records.followUps(held.id()))).isEmpty();
        TestCaller.as(haagOfficer.email(), () -> assertThatThrownBy(() -> records.completeFollowUp(action.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.follow-up.unknown")));
        FollowUpView done = TestCaller.as(OFFICER, () -> records.completeFollowUp(action.id()));
        assertThat(done.doneAt()).isNotNull();
        assertThat(TestCaller.as(OFFICER, () -> records.openFollowUpsOfOwnMunicipality()))
                .extracting(FollowUpView::id).doesNotContain(action.id());
    }

    /** A minimal Office Open XML package with {@code mainPart}. */
    private static byte[] office(String mainPart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String name : List.of("[Content_Types].xml", mainPart)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
