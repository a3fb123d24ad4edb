package nl.arbeidsmigratie.regie.web.sessions;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.sessions.api.AgendaItem;
import nl.arbeidsmigratie.regie.sessions.api.MeetingDetails;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;

/**
 * What the coordinator types of a meeting in the edit dialog, agenda rows included. Agenda times are typed as
 * text ({@code 13:30}) and read when saved, so an unreadable time is refused beside the agenda like any other rule.
 */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The field of a time typed in an agenda row, by the row's place in the form: {@code agenda.2.from}. */
    static final String AGENDA_FIELD = "agenda";

    /** One agenda row as typed. */
    public static class AgendaRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String startsAt;
        private String endsAt;
        private String title;
        private String speaker;
        private String municipalityCode;

        AgendaRow() {
        }

        AgendaRow(AgendaItem item) {
            startsAt = item.startsAt() == null ? null : item.startsAt().toString();
            endsAt = item.endsAt() == null ? null : item.endsAt().toString();
            title = item.title();
            speaker = item.speaker();
            municipalityCode = item.municipalityCode();
        }

        /** A row added and left empty, which saving skips rather than refuses. */
        boolean blank() {
            return Stream.of(startsAt, endsAt, title, speaker, municipalityCode)
                    .allMatch(field -> field == null || field.isBlank());
        }

        /**
         * The row as the facade takes it; an unreadable time is refused at its field, {@code agenda.2.from}, kept in
         * {@code checks} with every other, so the form names them all at once.
         */
        AgendaItem item(int index, InputChecks checks) {
            return new AgendaItem(checks.value(() -> time(startsAt, index, "from")),
                    checks.value(() -> time(endsAt, index, "to")), title, speaker,
                    municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode);
        }

        private static LocalTime time(String typed, int index, String part) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                // 13:30, 13.30 and 9:30 as people write them; 13u30 and 1330 are no time here
                String time = typed.strip().replace('.', ':');
                return LocalTime.parse(time.length() == 4 ? "0" + time : time);
            } catch (DateTimeParseException unreadable) {
                throw new InvalidInputException(AGENDA_FIELD + "." + index + "." + part,
                        "error.sessions.agenda.time.unreadable", "no time: " + typed, typed.strip());
            }
        }

        public String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(String startsAt) {
            this.startsAt = startsAt;
        }

        public String getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(String endsAt) {
            this.endsAt = endsAt;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSpeaker() {
            return speaker;
        }

        public void setSpeaker(String speaker) {
            this.speaker = speaker;
        }

        public String getMunicipalityCode() {
            return municipalityCode;
        }

        public void setMunicipalityCode(String municipalityCode) {
            this.municipalityCode = municipalityCode;
        }
    }

    private final long version;
    private String title;
    private LearningGoal[] themes;
    private MeetingFormat format;
    private String venueName;
    private String venueAddress;
    private String venueCity;
    private String onlineLink;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer capacity;
    private Integer municipalityLimit;
    private final List<AgendaRow> agenda = new ArrayList<>();

    MeetingForm(MeetingView meeting) {
        version = meeting.version();
        title = meeting.title();
        themes = meeting.themes().toArray(LearningGoal[]::new);
        format = meeting.format();
        venueName = meeting.venueName();
        venueAddress = meeting.venueAddress();
        venueCity = meeting.venueCity();
        onlineLink = meeting.onlineLink();
        startsAt = meeting.startsAt();
        endsAt = meeting.endsAt();
        capacity = meeting.capacity();
        municipalityLimit = meeting.municipalityLimit();
        meeting.agenda().forEach(item -> agenda.add(new AgendaRow(item)));
    }

    /** What is typed, as the facade takes it; an unreadable agenda time is refused here. */
    MeetingDetails details() {
        Set<LearningGoal> goals = themes == null ? Set.of() : Set.of(themes);
        return new MeetingDetails(title, goals, format, venueName, venueAddress, venueCity, onlineLink, startsAt,
                endsAt, capacity == null ? 0 : capacity, municipalityLimit,
                items(), version);
    }

    private List<AgendaItem> items() {
        InputChecks checks = new InputChecks();
        List<AgendaItem> items = IntStream.range(0, agenda.size()).filter(index -> !agenda.get(index).blank())
                .mapToObj(index -> agenda.get(index).item(index, checks)).toList();
        checks.refuseIfBroken();
        return items;
    }

    public void addAgendaRow() {
        agenda.add(new AgendaRow());
    }

    public void removeAgendaRow(int index) {
        if (index >= 0 && index < agenda.size()) {
            agenda.remove(index);
        }
    }

    public List<AgendaRow> getAgenda() {
        return agenda;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LearningGoal[] getThemes() {
        return themes.clone();
    }

    public void setThemes(LearningGoal[] themes) {
        this.themes = themes == null ? new LearningGoal[0] : themes.clone();
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public void setFormat(MeetingFormat format) {
        this.format = format;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public void setVenueCity(String venueCity) {
        this.venueCity = venueCity;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMunicipalityLimit() {
        return municipalityLimit;
    }

    public void setMunicipalityLimit(Integer municipalityLimit) {
        this.municipalityLimit = municipalityLimit;
    }
}
