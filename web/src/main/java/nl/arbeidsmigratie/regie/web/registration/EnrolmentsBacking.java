package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.web.faces.DateTimes;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import nl.arbeidsmigratie.regie.web.faces.SpreadsheetFiles;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The enrolments page. A coordinator sees every enrolment of an edition, filters them by status, confirms,
 * declines with a reason, cancels and exports them; an officer sees only their own municipality's, may withdraw
 * it, and is offered the enrolment form while an edition is open that the municipality has not enrolled for.
 */
@Named
@ViewScoped
public class EnrolmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The export's columns, headed in the page's language by {@code enrolments.csv.<column>}. */
    private static final List<String> CSV_COLUMNS = List.of("edition", "municipality_code", "municipality", "status",
            "waiting_position", "submitted_at", "decided_at", "contact_name", "contact_email", "policy_phase",
            "learning_goals", "bottlenecks", "decline_reason", "other_contacts");

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    LayoutBacking layout;

    @Inject
    DateTimes dateTimes;

    private boolean coordinator;
    private boolean officer;
    private List<EditionView> allEditions = List.of();
    private Long editionId;
    private EnrolmentStatus[] statuses = {};
    private List<EnrolmentView> shown = List.of();
    private EditionView current;

    private EnrolmentView declining;
    private String reason;

    @PostConstruct
    void init() {
        coordinator = layout.isCoordinator();
        officer = layout.isOfficer();
        if (coordinator) {
            allEditions = editions.list();
            Optional<Long> requested = requestedEdition();
            if (requested.isEmpty() && NotFound.asked("edition")) {
                // an address naming an edition that is not there says so, rather than showing another as if it were
                Messages.addGlobalWarn("enrolments.edition.unknown");
            }
            editionId = requested.or(() -> editions.current().map(EditionView::id))
                    .orElse(allEditions.isEmpty() ? null : allEditions.get(0).id());
        } else if (officer) {
            current = editions.current().orElse(null);
        }
        reload();
    }

    private Optional<Long> requestedEdition() {
        String requested = Faces.getRequestParameter("edition");
        try {
            return Optional.ofNullable(requested).map(String::strip).map(Long::valueOf)
                    .filter(id -> allEditions.stream().anyMatch(e -> e.id() == id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /** Shows the enrolments of the chosen edition and statuses again. */
    public void reload() {
        if (officer) {
            shown = enrolments.own();
        } else if (coordinator && editionId != null) {
            shown = enrolments.list(editionId, Set.of(statuses));
        } else {
            shown = List.of();
        }
    }

    public void confirm(EnrolmentView enrolment) {
        act(() -> enrolments.confirm(enrolment.id(), enrolment.version()), "enrolment.confirmed");
    }

    public void withdraw(EnrolmentView enrolment) {
        act(() -> enrolments.withdraw(enrolment.id(), enrolment.version()), "enrolment.withdrawn");
    }

    public void startDeclining(EnrolmentView enrolment) {
        declining = enrolment;
        reason = null;
    }

    public void decline() {
        FacadeCalls.of(() -> {
            EnrolmentView declined = enrolments.decline(declining.id(), declining.version(), reason);
            Messages.addGlobalInfo("enrolment.declined", declined.municipalityName());
            reload();
        }).onInvalid(e -> Messages.addError("declineForm:reason", e.messageKey(), e.arguments()))
                .onConflict(e -> {
                    Messages.addGlobalError("enrolment.conflict");
                    reload();
                }).run();
    }

    private void act(java.util.function.Supplier<EnrolmentView> action, String doneKey) {
        FacadeCalls.attempt(() -> Messages.addGlobalInfo(doneKey, action.get().municipalityName()),
                "enrolment.conflict");
        reload();
    }

    /**
     * The enrolments now shown, as a CSV file for a spreadsheet: in the page's language, statuses, phases and goals
     * as the page names them, moments in Dutch time as the page shows them.
     */
    public void export() throws IOException {
        StringWriter csv = new StringWriter();
        try (SpreadsheetCsv printer = SpreadsheetCsv.writingTo(csv, CSV_COLUMNS.stream()
                .map(column -> MessageTexts.text("enrolments.csv." + column)).toArray(String[]::new))) {
            for (EnrolmentView e : shown) {
                printer.printRecord(e.editionTitle(), e.municipalityCode(), e.municipalityName(),
                        MessageTexts.text("enrolment.status." + e.status()),
                        e.waitingPosition() == 0 ? "" : e.waitingPosition(), dateTimes.minutes(e.submittedAt()),
                        dateTimes.minutes(e.decidedAt()), e.contactName(), e.contactEmail(),
                        e.policyPhase() == null ? "" : MessageTexts.text("enrolment.phase." + e.policyPhase()),
                        e.learningGoals().stream().map(goal -> MessageTexts.text("meetings.theme." + goal))
                                .collect(Collectors.joining("; ")),
                        e.bottlenecks(), e.declineReason(), e.otherContacts().stream()
                                .map(c -> c.name() + " <" + c.email() + ">").collect(Collectors.joining("; ")));
            }
        }
        SpreadsheetFiles.send(csv.toString(), "aanmeldingen-leerkring-" + editionId + ".csv");
    }


    public boolean isCoordinator() {
        return coordinator;
    }

    public boolean isOfficer() {
        return officer;
    }

    /** The edition an officer may enrol for now: open, and not yet enrolled for by their municipality. */
    public EditionView getEnrolOffer() {
        return openToOfficer() && !enrolledInCurrent() ? current : null;
    }

    /** The open edition an officer's municipality has enrolled for already, so the page says so, not "none open". */
    public EditionView getEnrolledOpen() {
        return openToOfficer() && enrolledInCurrent() ? current : null;
    }

    private boolean openToOfficer() {
        return officer && current != null && current.state().acceptsEnrolments();
    }

    /** Whether the municipality enrolled for the current edition, withdrawn since or not: once per edition. */
    private boolean enrolledInCurrent() {
        return shown.stream().anyMatch(e -> e.editionId() == current.id());
    }

    public List<EditionView> getEditions() {
        return allEditions;
    }

    public List<EnrolmentView> getShown() {
        return shown;
    }

    public List<EnrolmentStatus> getAllStatuses() {
        return List.copyOf(EnumSet.allOf(EnrolmentStatus.class));
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public EnrolmentStatus[] getStatuses() {
        return statuses.clone();
    }

    public void setStatuses(EnrolmentStatus[] statuses) {
        this.statuses = statuses == null ? new EnrolmentStatus[0] : statuses.clone();
    }

    public EnrolmentView getDeclining() {
        return declining;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
