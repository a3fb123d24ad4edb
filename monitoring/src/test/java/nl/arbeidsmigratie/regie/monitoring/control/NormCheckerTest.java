package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.NormFinding;
import nl.arbeidsmigratie.regie.monitoring.api.NormOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.NormRule;
import nl.arbeidsmigratie.regie.monitoring.api.NormRules;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import org.junit.jupiter.api.Test;

class NormCheckerTest {

    private static final NormRules SNF = new NormRules(QualityMark.SNF, LocalDate.of(2000, 1, 1), new BigDecimal("10"),
            new BigDecimal("12"), new BigDecimal("3.5"), null, 8, 8, "SNF");
    private static final NormRules AKF_2026 = new NormRules(QualityMark.AKF, LocalDate.of(2026, 1, 1),
            new BigDecimal("15"), new BigDecimal("15"), null, 2, 8, 8, "AKF");

    private static Map<NormRule, NormFinding> check(HousingForm form, Facilities f, int persons, NormRules rules) {
        return NormChecker.findings(form, f, persons, rules).stream()
                .collect(Collectors.toMap(NormFinding::rule, Function.identity()));
    }

    @Test
    void aLodgingThatMeetsEveryNormIsMetOnEveryRule() {
        var findings = check(HousingForm.HOUSING_UNITS,
                new Facilities(20, new BigDecimal("200"), new BigDecimal("70"), 10, 3, 3), 20, SNF);
        assertThat(findings.values()).extracting(NormFinding::outcome).containsOnly(NormOutcome.MET);
        assertThat(findings.get(NormRule.FLOOR_AREA_PER_PERSON).measured()).isEqualByComparingTo("10");
    }

    @Test
    void aDwellingIsHeldToTheHigherFloorAreaAndOverCapacityIsAViolation() {
        var findings = check(HousingForm.REGULAR_DWELLING,
                new Facilities(6, new BigDecimal("77"), null, 3, 1, 1), 7, SNF);
        assertThat(findings.get(NormRule.FLOOR_AREA_PER_PERSON))
                .isEqualTo(new NormFinding(NormRule.FLOOR_AREA_PER_PERSON, NormOutcome.VIOLATED,
                        new BigDecimal("11.00"), new BigDecimal("12")));
        assertThat(findings.get(NormRule.CAPACITY).outcome()).isEqualTo(NormOutcome.VIOLATED);
        assertThat(findings.get(NormRule.BEDROOM_AREA_PER_PERSON).outcome()).isEqualTo(NormOutcome.NOT_ASSESSED);
        assertThat(findings.get(NormRule.PERSONS_PER_TOILET).outcome()).isEqualTo(NormOutcome.MET);
        assertThat(findings).doesNotContainKey(NormRule.PERSONS_PER_BEDROOM);
    }

    @Test
    void theSameLocationMeetsTheOldNormAndViolatesTheNewOne() {
        Facilities facilities = new Facilities(8, new BigDecimal("104"), null, 4, 1, 1);
        NormRules akf2024 = new NormRules(QualityMark.AKF, LocalDate.of(2024, 8, 15), new BigDecimal("13"),
                new BigDecimal("13"), null, 2, 8, 8, "AKF");
        assertThat(NormChecker.findings(HousingForm.HOUSING_UNITS, facilities, 8, akf2024))
                .extracting(NormFinding::outcome).containsOnly(NormOutcome.MET);
        assertThat(NormChecker.findings(HousingForm.HOUSING_UNITS, facilities, 8, AKF_2026))
                .filteredOn(f -> f.outcome() == NormOutcome.VIOLATED).extracting(NormFinding::rule)
                .containsExactly(NormRule.FLOOR_AREA_PER_PERSON);
    }

    @Test
    void peopleWithoutAnyToiletOrShowerViolateThoseRulesOutright() {
        List<NormFinding> findings = NormChecker.findings(HousingForm.INFORMAL,
                new Facilities(null, null, null, null, 0, 0), 12, SNF);
        assertThat(findings).filteredOn(f -> f.outcome() == NormOutcome.VIOLATED).extracting(NormFinding::rule)
                .containsExactlyInAnyOrder(NormRule.PERSONS_PER_TOILET, NormRule.PERSONS_PER_SHOWER);
        assertThat(findings).filteredOn(f -> f.rule() == NormRule.CAPACITY).extracting(NormFinding::outcome)
                .containsExactly(NormOutcome.NOT_ASSESSED);
    }
}
