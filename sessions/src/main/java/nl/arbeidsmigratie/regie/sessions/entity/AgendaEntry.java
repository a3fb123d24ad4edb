package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import nl.arbeidsmigratie.regie.sessions.api.AgendaItem;

/** One agenda item as stored; validated by {@link Meeting#describe}. */
@Embeddable
public class AgendaEntry {

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

    public AgendaItem view() {
        return new AgendaItem(startsAt, endsAt, title, speaker, municipalityCode);
    }
}
