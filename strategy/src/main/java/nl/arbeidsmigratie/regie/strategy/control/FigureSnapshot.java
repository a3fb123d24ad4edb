package nl.arbeidsmigratie.regie.strategy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.monitoring.api.AreaFigures;
import nl.arbeidsmigratie.regie.monitoring.api.BedMix;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareAgreements;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionView;
import nl.arbeidsmigratie.regie.monitoring.api.Inspections;
import nl.arbeidsmigratie.regie.monitoring.api.Measure;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalFigures;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPicture;
import nl.arbeidsmigratie.regie.monitoring.api.ShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.Worklist;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.strategy.api.FigureRow;
import nl.arbeidsmigratie.regie.strategy.api.FrozenFigures;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;

/**
 * Reads, through monitoring's api, the figures that belong to a learning goal for a document's area on a reference
 * date as known now, and turns them into values to store. Aggregates only: counts, sums and shares, never one
 * location. A regional agreement gets its region's totals. Municipalities outside any region are read through
 * monitoring's municipality-level calls ({@code MunicipalFigures}), beds by stay class give the stay mix, and
 * regional cooperation adds the fair share agreed against realised. No figures known means a refusal, never empty
 * rows.
 */
@Dependent
public class FigureSnapshot {

    static final String LOCATIONS = "figures.source.locations";
    static final String WORKLIST = "figures.source.worklist";
    static final String INSPECTIONS = "figures.source.inspections";

    @Inject
    MunicipalCounts counts;

    @Inject
    MunicipalFigures municipal;

    @Inject
    RegionalPicture regional;

    @Inject
    Worklist worklist;

    @Inject
    Inspections inspections;

    @Inject
    FairShareAgreements fairShares;

    @Inject
    MunicipalityAreas areas;

    public FrozenFigures of(StrategyDocument document, LearningGoal goal, LocalDate date, Instant knownAt) {
        if (goal == null || goal == LearningGoal.ONE_VISION || goal == LearningGoal.SUPPORT) {
            throw new InvalidInputException("section", "error.strategy.figures.none-for-goal",
                    "monitoring keeps no figures for " + goal);
        }
        List<FigureRow> rows = new ArrayList<>();
        String area;
        if (document.region() != null) {
            area = document.region();
            rows.addAll(area(regional.picture(document.region(), date, knownAt).regionTotal()));
            if (goal == LearningGoal.REGIONAL_COOPERATION) {
                rows.addAll(fairShare(document.region(), null, date, knownAt));
            }
        } else {
            String code = document.municipalityCode();
            area = document.municipalityName();
            switch (goal) {
                case NUMBERS -> latestCounts(code, date, knownAt).forEach(count -> rows.addAll(count(count, date)));
                case FORGOTTEN_PLACES -> rows.addAll(worklist(worklist.ofMunicipality(code, knownAt)));
                case REGIONAL_COOPERATION -> {
                    rows.addAll(gap(municipal.area(code, date, knownAt)));
                    regionOf(code).ifPresent(region -> rows.addAll(fairShare(region, code, date, knownAt)));
                }
                case LOCAL_RULES -> {
                    rows.addAll(norms(municipal.area(code, date, knownAt)));
                    rows.addAll(inspected(inspections.asKnownOn(code, knownAt), date));
                }
                case LOCATIONS -> rows.addAll(byForm(municipal.beds(code, date, knownAt)));
                case LONG_STAY -> rows.addAll(byStay(municipal.beds(code, date, knownAt)));
                default -> throw new IllegalStateException("no figures for " + goal);
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("referenceDate", "error.strategy.figures.none",
                    "monitoring knew no figures of " + area + " for " + date + " at " + knownAt);
        }
        return new FrozenFigures(date, knownAt, area, rows);
    }

    /** The latest count on or before the date of each definition: of people living there, then working there. */
    private List<CountView> latestCounts(String code, LocalDate date, Instant knownAt) {
        List<CountView> known = counts.asKnownOn(code, knownAt).stream()
                .filter(c -> !c.markedError() && !c.figures().referenceDate().isAfter(date)).toList();
        return Arrays.stream(CountDefinition.values())
                .flatMap(definition -> known.stream().filter(c -> c.figures().definition() == definition)
                        .max(Comparator.comparing((CountView c) -> c.figures().referenceDate())).stream())
                .toList();
    }

    private Optional<String> regionOf(String code) {
        return areas.all().stream().filter(a -> a.code().equals(code)).findFirst().map(MunicipalityArea::region);
    }

    /**
     * The region's fair-share agreement in force on {@code date} (the latest agreed on or before it) against the
     * beds realised then: for a municipality its own share, or the share of "the others" when the agreement does
     * not name it; for a region ({@code code} null) the totals. The agreement, its version and date are the source.
     */
    private List<FigureRow> fairShare(String region, String code, LocalDate date, Instant knownAt) {
        Optional<FairShareView> agreement = fairShares.ofRegion(region, knownAt).stream()
                .filter(a -> a.terms().agreedOn() == null || !a.terms().agreedOn().isAfter(date)).findFirst();
        if (agreement.isEmpty()) {
            return List.of();
        }
        FairShareProgress progress = fairShares.progress(agreement.get().agreementId(), date, knownAt);
        FairShareView terms = progress.agreement();
        String source = terms.terms().title() + " (" + region + ", "
                + (terms.terms().agreedOn() == null ? "" : FigureRow.written(terms.terms().agreedOn()) + ", ") + "v"
                + terms.versionNo() + ")";
        if (code == null) {
            int agreed = terms.terms().totalPlaces() != null ? terms.terms().totalPlaces()
                    : progress.rows().stream().mapToInt(ShareProgress::agreed).sum();
            int realised = progress.rows().stream().mapToInt(ShareProgress::realisedNow).sum();
            return List.of(new FigureRow("figures.fair-share.agreed", String.valueOf(agreed), source),
                    new FigureRow("figures.fair-share.realised", String.valueOf(realised), source));
        }
        Optional<ShareProgress> own = progress.rows().stream().filter(r -> code.equals(r.municipalityCode())).findFirst();
        String suffix = own.isPresent() ? "" : "-others";
        return (own.isPresent() ? own : progress.rows().stream().filter(r -> r.municipalityCode() == null).findFirst())
                .map(share -> List.of(
                        new FigureRow("figures.fair-share.agreed" + suffix, String.valueOf(share.agreed()), source),
                        new FigureRow("figures.fair-share.realised" + suffix, String.valueOf(share.realisedNow()),
                                source)))
                .orElse(List.of());
    }

    /**
     * A count's figures, headed by its reference date in words that say whom it counts; a count two years or more
     * older than the date asked for says its age, so an old figure is not read as today's.
     */
    private static List<FigureRow> count(CountView count, LocalDate date) {
        var f = count.figures();
        String source = f.method() == null ? f.source() : f.source() + " (" + f.method() + ")";
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow("figures.count.reference-date." + key(f.definition()), f.referenceDate().toString(),
                source));
        long age = ChronoUnit.YEARS.between(f.referenceDate(), date);
        if (age >= 2) {
            rows.add(new FigureRow("figures.count.age", String.valueOf(age), source));
        }
        add(rows, "figures.count.registered-brp", f.registeredBrp(), source);
        add(rows, "figures.count.registered-rni", f.registeredRni(), source);
        add(rows, "figures.count.working", f.working(), source);
        if (f.estimateMin() != null || f.estimateMax() != null) {
            rows.add(new FigureRow("figures.count.estimate", range(f.estimateMin(), f.estimateMax()), source));
        }
        if (count.registrationRateLow() != null || count.registrationRateHigh() != null) {
            rows.add(new FigureRow("figures.count.registration-rate", range(percent(count.registrationRateLow()),
                    percent(count.registrationRateHigh())), source));
        }
        return rows;
    }

    /**
     * Low–high, or the one figure when both are the same; an open end as the page's fonts and a PDF's alike can write
     * it: "80000+" for more than 80,000, "0–400" for at most 400.
     */
    private static String range(Object low, Object high) {
        if (low == null) {
            return "0–" + high;
        }
        if (high == null) {
            return low + "+";
        }
        return String.valueOf(low).equals(String.valueOf(high)) ? String.valueOf(low) : low + "–" + high;
    }

    private static List<FigureRow> worklist(List<WorklistItem> items) {
        Map<WorklistKind, Integer> byKind = new EnumMap<>(WorklistKind.class);
        items.forEach(item -> byKind.merge(item.kind(), 1, Integer::sum));
        return byKind.entrySet().stream().map(e -> new FigureRow("figures.worklist." + key(e.getKey()),
                String.valueOf(e.getValue()), WORKLIST)).toList();
    }

    private static List<FigureRow> area(AreaFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        if (figures.hasEstimate()) {
            rows.add(new FigureRow("figures.count.estimate", range(figures.estimateMin(), figures.estimateMax()),
                    "figures.source.counts"));
        }
        rows.addAll(gap(figures));
        rows.addAll(norms(figures));
        return rows;
    }

    private static List<FigureRow> gap(AreaFigures figures) {
        List<FigureRow> rows = new ArrayList<>();
        if (figures.locations() > 0) {
            rows.add(new FigureRow("figures.area.beds", String.valueOf(figures.beds()), LOCATIONS));
        }
        // a gap with no lower end (an estimate of at most so many) says too little to freeze
        if (figures.gapMin() != null) {
            // the beds above are all the area's; the gap sets only those where demand is estimated against it
            String gap = figures.estimateMunicipalities() < figures.municipalities() ? "figures.area.gap.estimated"
                    : "figures.area.gap";
            rows.add(new FigureRow(gap, range(figures.gapMin(), figures.gapMax()), LOCATIONS));
        }
        return rows;
    }

    private static List<FigureRow> norms(AreaFigures figures) {
        return figures.normShare() == null ? List.of() : List.of(new FigureRow("figures.area.norm-share",
                percent(figures.normShare()) + " (" + figures.bedsMeetingNorm() + "/" + figures.beds() + ")",
                LOCATIONS));
    }

    private static List<FigureRow> inspected(List<InspectionView> all, LocalDate date) {
        List<InspectionView> until = all.stream().filter(i -> !i.inspectedOn().isAfter(date)).toList();
        if (until.isEmpty()) {
            return List.of();
        }
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow("figures.inspections.count", String.valueOf(until.size()), INSPECTIONS));
        Map<Measure, Integer> byMeasure = new EnumMap<>(Measure.class);
        until.forEach(i -> byMeasure.merge(i.measure() == null ? Measure.NONE : i.measure(), 1, Integer::sum));
        byMeasure.forEach((measure, n) -> rows.add(new FigureRow("figures.inspections.measure." + key(measure),
                String.valueOf(n), INSPECTIONS)));
        return rows;
    }

    private static List<FigureRow> byForm(BedMix mix) {
        return mix.byHousingForm().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new FigureRow("figures.beds.form." + key(e.getKey()), String.valueOf(e.getValue()),
                        LOCATIONS)).toList();
    }

    private static List<FigureRow> byStay(BedMix mix) {
        return mix.byStayFocus().entrySet().stream()
                .map(e -> new FigureRow("figures.beds.stay." + (e.getKey() == null ? "unknown" : key(e.getKey())),
                        String.valueOf(e.getValue()), LOCATIONS)).toList();
    }

    private static void add(List<FigureRow> rows, String label, Integer value, String source) {
        if (value != null) {
            rows.add(new FigureRow(label, String.valueOf(value), source));
        }
    }

    private static String percent(Double share) {
        return share == null ? null : Math.round(share * 100) + "%";
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
