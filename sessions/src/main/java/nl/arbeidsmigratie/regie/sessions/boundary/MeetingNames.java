package nl.arbeidsmigratie.regie.sessions.boundary;

import static nl.arbeidsmigratie.regie.platform.api.SearchText.folded;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordNames;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordQueries;

/** The names of series, meetings and their date polls in the audit trail: their titles, found by them. */
@Stateless
@Local(AuditRecordNames.class)
public class MeetingNames extends AuditRecordQueries {

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    public MeetingNames() {
        super(Map.of(
                "meeting-series", new Kind("select s.id, s.title from MeetingSeries s where s.id in :numbers",
                        "select s.id from MeetingSeries s where " + folded("s.title") + " like :text"),
                "meeting", new Kind("select m.id, concat(m.series.title, ' · ', m.title) from Meeting m "
                        + "where m.id in :numbers",
                        "select m.id from Meeting m where " + folded("m.title") + " like :text or "
                                + folded("m.series.title") + " like :text"),
                "date-poll", new Kind("select p.id, concat(p.meeting.series.title, ' · ', p.meeting.title) "
                        + "from DatePoll p where p.id in :numbers",
                        "select p.id from DatePoll p where " + folded("p.meeting.title") + " like :text "
                                + "or " + folded("p.meeting.series.title") + " like :text")));
    }

    @Override
    protected EntityManager em() {
        return em;
    }
}
