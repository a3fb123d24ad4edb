package nl.arbeidsmigratie.regie.monitoring.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps the stored norm verdicts (V10) on the rule set in force: a rule set recorded in advance comes into force at
 * midnight without any write. Until this has run a picture judges those locations itself, so the timer saves time and
 * decides no total. Every instance of a cluster runs it; a second run finds nothing stale.
 */
@Stateless
public class NormVerdicts {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Schedule(hour = "0", minute = "1", timezone = "Europe/Amsterdam", persistent = false)
    public void judgeDaily() {
        judgeStale();
    }

    /** Judges every location whose verdict is not by today's rule set; returns how many. */
    public int judgeStale() {
        return ((Number) em.createNativeQuery("select monitoring.judge_stale()").getSingleResult()).intValue();
    }
}
