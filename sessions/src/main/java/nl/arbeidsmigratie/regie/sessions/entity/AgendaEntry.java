package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import nl.arbeidsmigratie.regie.sessions.api.AgendaItem;

/** One agenda item as stored; validated by {@link Meeting#describe}. */
@Embeddable
public class AgendaEntry {

    private static final int MINUTES_A_DAY = 24 * 60;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    private String title;

    private String speaker;

    @Column(name = "municipality_code")
    private String municipalityCode;

    protected AgendaEntry() {
    }

    AgendaEntry(AgendaItem item) {
        this.startsAt = item.startsAt();
        this.endsAt = item.endsAt();
        this.title = item.title();
        this.speaker = item.speaker();
        this.municipalityCode = item.municipalityCode();
    }

    /** The same item {@code minutes} later (earlier when negative); null when it would leave its day. */
    AgendaEntry shifted(int minutes) {
        int start = startsAt.toSecondOfDay() / 60 + minutes;
        int end = endsAt.toSecondOfDay() / 60 + minutes;
        if (start < 0 || end >= MINUTES_A_DAY) {
            return null;
        }
        return new AgendaEntry(new AgendaItem(LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(end * 60L),
                title, speaker, municipalityCode));
    }

    public AgendaItem view() {
        return new AgendaItem(startsAt, endsAt, title, speaker, municipalityCode);
    }
}
