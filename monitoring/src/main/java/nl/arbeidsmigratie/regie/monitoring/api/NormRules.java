package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The norms of a quality mark from a start date on. Areas are minimum m² per person; the person counts are
 * maxima per bedroom, toilet and shower. A norm left empty is not part of that rule set.
 */
public record NormRules(QualityMark mark, LocalDate validFrom, BigDecimal floorAreaLodging,
                        BigDecimal floorAreaDwelling, BigDecimal bedroomAreaPerPerson, Integer maxPersonsPerBedroom,
                        Integer personsPerToilet, Integer personsPerShower, String note) implements Serializable {
}
