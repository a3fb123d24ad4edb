package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A location measured on a date against the rules valid on that date, using the latest occupancy report on or
 * before it ({@code occupancyDate}; null when none was reported, and then nothing can be assessed).
 */
public record NormCheck(long locationId, LocalDate date, NormRuleSetView rules, LocalDate occupancyDate,
                        Integer persons, List<NormFinding> findings) implements Serializable {

    public List<NormFinding> violations() {
        return findings.stream().filter(f -> f.outcome() == NormOutcome.VIOLATED).toList();
    }

    /** No rule violated; {@link #notAssessed()} says how many rules the known facts could not decide. */
    public boolean meetsNorm() {
        return occupancyDate != null && violations().isEmpty();
    }

    /**
     * Every rule met, none left undecided by a fact the location lacks: what counts toward the beds meeting the norm
     * of an area. With nobody housed there is no area per person to measure, and its rules hold.
     */
    public boolean meetsEveryRule() {
        return meetsNorm() && findings.stream().allMatch(f -> f.outcome() == NormOutcome.MET
                || persons != null && persons == 0 && f.rule().perPerson());
    }

    /** None violated because none could be decided: the location lacks every fact the rules measure. */
    public boolean nothingAssessed() {
        return meetsNorm() && !findings.isEmpty() && notAssessed() == findings.size();
    }

    public long notAssessed() {
        return findings.stream().filter(f -> f.outcome() == NormOutcome.NOT_ASSESSED).count();
    }
}
