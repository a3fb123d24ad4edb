package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The picture of one area (municipality, region or province) on a reference date: the estimated migrants living
 * there as a range ({@code estimateMunicipalities} of {@code municipalities} had an estimate; both ends null when
 * none, one where an estimate leaves it open, "more than 80,000"),
 * the beds in locations active on the date, the persons housed there by the latest report ({@code reported} of the
 * {@code locations} have one on or before the date: none, and the occupancy is unknown), the gap between
 * demand and capacity as a range (estimate minimum − beds … estimate maximum − beds, counting for a total only
 * the beds of municipalities with an estimate) and the share of beds in
 * locations meeting the norm valid on the date (null without beds). {@code estimateDate} is set for a
 * municipality only: the reference date of the count used.
 *
 * <p>{@code occupancy} is null where it is withheld from someone other than a coordinator: a municipality housing
 * 1 to 4 persons (the exports' small-number rule), and every total that contains such a municipality (see
 * {@link #sum}).
 */
public record AreaFigures(String code, String name, int municipalities, int estimateMunicipalities,
                          Integer estimateMin, Integer estimateMax, LocalDate estimateDate, int locations, int beds,
                          Integer occupancy, int reported, int bedsMeetingNorm, Integer gapMin, Integer gapMax,
                          Double normShare) implements Serializable {

    public static AreaFigures of(String code, String name, int municipalities, int estimateMunicipalities,
                                 Integer estimateMin, Integer estimateMax, LocalDate estimateDate, int locations,
                                 int beds, int occupancy, int reported, int bedsMeetingNorm) {
        return new AreaFigures(code, name, municipalities, estimateMunicipalities, estimateMin, estimateMax,
                estimateDate, locations, beds, occupancy, reported, bedsMeetingNorm,
                estimateMin == null ? null : estimateMin - beds, estimateMax == null ? null : estimateMax - beds,
                beds == 0 ? null : (double) bedsMeetingNorm / beds);
    }

    /** Whether there is an estimate, of either end or both: "more than 80,000" is one. */
    public boolean hasEstimate() {
        return estimateMin != null || estimateMax != null;
    }

    /**
     * Whether the occupancy is withheld (by the small-number rule) rather than none reported: a program reading the
     * picture tells the two apart by this, as a page does by its words.
     */
    @JsonbProperty("occupancyWithheld")
    public boolean isOccupancyWithheld() {
        return occupancy == null;
    }

    /** These figures with the occupancy withheld. */
    public AreaFigures withoutOccupancy() {
        return withOccupancy(null);
    }

    /**
     * The sum of {@code parts} as one area. When the occupancy of any part is withheld, so is the occupancy of the
     * sum: a total beside its visible parts gives a single withheld cell back (total minus the others), and even
     * the sum of two or more withheld cells can name them (two cells adding up to 2 are both 1). Withholding the
     * total rather than a second cell keeps every figure that is shown free of withheld ones, so no combination of
     * figures shown, in this picture or another region's, recomputes a withheld cell.
     */
    public static AreaFigures sum(String code, String name, List<AreaFigures> parts) {
        List<AreaFigures> estimated = parts.stream().filter(AreaFigures::hasEstimate).toList();
        // an open end stays open: "more than 80,000" somewhere leaves the total without a maximum, and a part
        // estimated at most so many adds nothing to the total's minimum
        Integer estimateMin = estimated.stream().noneMatch(p -> p.estimateMin() != null) ? null
                : estimated.stream().filter(p -> p.estimateMin() != null).mapToInt(AreaFigures::estimateMin).sum();
        Integer estimateMax = estimated.isEmpty() || estimated.stream().anyMatch(p -> p.estimateMax() == null) ? null
                : estimated.stream().mapToInt(AreaFigures::estimateMax).sum();
        // The gap sets demand against the beds where demand is known: beds of a municipality without an
        // estimate would otherwise shrink the shortfall of the others.
        int bedsAgainstEstimate = estimated.stream().mapToInt(AreaFigures::beds).sum();
        int beds = parts.stream().mapToInt(AreaFigures::beds).sum();
        int bedsMeetingNorm = parts.stream().mapToInt(AreaFigures::bedsMeetingNorm).sum();
        return new AreaFigures(code, name, parts.stream().mapToInt(AreaFigures::municipalities).sum(),
                estimated.size(), estimateMin, estimateMax, null, parts.stream().mapToInt(AreaFigures::locations).sum(),
                beds, parts.stream().anyMatch(p -> p.occupancy() == null) ? null
                        : parts.stream().mapToInt(AreaFigures::occupancy).sum(),
                parts.stream().mapToInt(AreaFigures::reported).sum(), bedsMeetingNorm,
                estimateMin == null ? null : estimateMin - bedsAgainstEstimate,
                estimateMax == null ? null : estimateMax - bedsAgainstEstimate,
                beds == 0 ? null : (double) bedsMeetingNorm / beds);
    }

    private AreaFigures withOccupancy(Integer persons) {
        return new AreaFigures(code, name, municipalities, estimateMunicipalities, estimateMin, estimateMax,
                estimateDate, locations, beds, persons, reported, bedsMeetingNorm, gapMin, gapMax, normShare);
    }

    /** Whether the area has locations of which none had reported its occupancy by the date. */
    public boolean occupancyUnknown() {
        return locations > 0 && reported == 0;
    }

    /** Whether some, not all, of the area's locations had reported by the date: the occupancy is a lower bound. */
    public boolean occupancyPartial() {
        return reported > 0 && reported < locations;
    }
}
