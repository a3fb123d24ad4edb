package nl.arbeidsmigratie.regie.sessions.boundary;

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

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected Map<String, String> nameQueries() {
        return Map.of("meeting-series", "select s.id, s.title from MeetingSeries s where s.id in :numbers",
                "meeting", "select m.id, concat(m.series.title, ' · ', m.title) from Meeting m where m.id in :numbers",
                "date-poll", "select p.id, concat(p.meeting.series.title, ' · ', p.meeting.title) from DatePoll p "
                        + "where p.id in :numbers");
    }

    @Override
    protected Map<String, String> searchQueries() {
        return Map.of("meeting-series", "select s.id from MeetingSeries s where lower(s.title) like :text",
                "meeting", "select m.id from Meeting m where lower(m.title) like :text "
                        + "or lower(m.series.title) like :text",
                "date-poll", "select p.id from DatePoll p where lower(p.meeting.title) like :text "
                        + "or lower(p.meeting.series.title) like :text");
    }
}
