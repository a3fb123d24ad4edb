package nl.arbeidsmigratie.regie.monitoring.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.NormFinding;
import nl.arbeidsmigratie.regie.monitoring.api.NormOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.NormRule;
import nl.arbeidsmigratie.regie.monitoring.api.NormRules;

/**
 * Measures an occupied location against a rule set. Pure arithmetic, so the rules are tested without a container:
 * each rule yields the measured value beside its limit, and a rule whose facts are missing is "not assessed".
 */
public final class NormChecker {

    private NormChecker() {
    }

    public static List<NormFinding> findings(HousingForm form, Facilities f, int persons, NormRules rules) {
        List<NormFinding> findings = new ArrayList<>();
        findings.add(atMost(NormRule.CAPACITY, persons, f.beds() == null ? null : BigDecimal.valueOf(f.beds())));
        BigDecimal floorLimit = form != null && form.isDwelling() ? rules.floorAreaDwelling() : rules.floorAreaLodging();
        if (floorLimit != null) {
            findings.add(atLeast(NormRule.FLOOR_AREA_PER_PERSON, perPerson(f.floorArea(), persons), floorLimit));
        }
        if (rules.bedroomAreaPerPerson() != null) {
            findings.add(atLeast(NormRule.BEDROOM_AREA_PER_PERSON, perPerson(f.bedroomArea(), persons),
                    rules.bedroomAreaPerPerson()));
        }
        if (rules.maxPersonsPerBedroom() != null) {
            findings.add(personsPer(NormRule.PERSONS_PER_BEDROOM, persons, f.bedrooms(), rules.maxPersonsPerBedroom()));
        }
        if (rules.personsPerToilet() != null) {
            findings.add(personsPer(NormRule.PERSONS_PER_TOILET, persons, f.toilets(), rules.personsPerToilet()));
        }
        if (rules.personsPerShower() != null) {
            findings.add(personsPer(NormRule.PERSONS_PER_SHOWER, persons, f.showers(), rules.personsPerShower()));
        }
        return findings;
    }

    private static BigDecimal perPerson(BigDecimal area, int persons) {
        if (area == null || persons == 0) {
            return null;
        }
        return area.divide(BigDecimal.valueOf(persons), 2, RoundingMode.HALF_UP);
    }

    /** Persons per facility; with people housed and none of the facility, the rule is violated outright. */
    private static NormFinding personsPer(NormRule rule, int persons, Integer facilities, int limit) {
        if (facilities == null) {
            return new NormFinding(rule, NormOutcome.NOT_ASSESSED, null, BigDecimal.valueOf(limit));
        }
        if (facilities == 0) {
            return new NormFinding(rule, persons == 0 ? NormOutcome.MET : NormOutcome.VIOLATED,
                    persons == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(persons), BigDecimal.valueOf(limit));
        }
        BigDecimal measured = BigDecimal.valueOf(persons).divide(BigDecimal.valueOf(facilities), 2, RoundingMode.HALF_UP);
        return atMost(rule, measured, BigDecimal.valueOf(limit));
    }

    private static NormFinding atMost(NormRule rule, int measured, BigDecimal limit) {
        return atMost(rule, BigDecimal.valueOf(measured), limit);
    }

    private static NormFinding atMost(NormRule rule, BigDecimal measured, BigDecimal limit) {
        if (measured == null || limit == null) {
            return new NormFinding(rule, NormOutcome.NOT_ASSESSED, measured, limit);
        }
        return new NormFinding(rule, measured.compareTo(limit) <= 0 ? NormOutcome.MET : NormOutcome.VIOLATED,
                measured, limit);
    }

    private static NormFinding atLeast(NormRule rule, BigDecimal measured, BigDecimal limit) {
        if (measured == null) {
            return new NormFinding(rule, NormOutcome.NOT_ASSESSED, null, limit);
        }
        return new NormFinding(rule, measured.compareTo(limit) >= 0 ? NormOutcome.MET : NormOutcome.VIOLATED,
                measured, limit);
    }
}
