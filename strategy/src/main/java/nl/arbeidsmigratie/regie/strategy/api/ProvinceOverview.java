package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess;
import nl.arbeidsmigratie.regie.strategy.entity.ReviewComment;
import nl.arbeidsmigratie.regie.strategy.entity.Section;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;

/**
 * The province overview for coordinators: a row for every live document (not withdrawn, and an adopted one until
 * an adopted revision replaces it, or a vision or policy framework adopted later for the same municipality) of a
 * municipality or a region's agreement, with where it stands, and one for every
 * enrolled municipality that has none yet. Filters: the current region, and the status
 * ({@code null} for any; a municipality without a document matches no status).
 */
@Stateless
public class ProvinceOverview {

    /** Moments in the CSV: Dutch time, as the other exports of the pages write them (a Dutch spreadsheet's dates). */
    private static final DateTimeFormatter CSV_MOMENT = DutchDates.MINUTES.withZone(DutchTime.ZONE);

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    StrategyAccess access;

    @Inject
    MunicipalityAreas areas;

    @Inject
    Enrolments enrolments;

    public List<OverviewRow> rows(String region, DocumentStatus status) {
        access.coordinator();
        Set<String> enrolled = enrolments.enrolledMunicipalities();
        Map<String, MunicipalityArea> known = areas.all().stream()
                .collect(Collectors.toMap(MunicipalityArea::code, a -> a, (a, b) -> a, LinkedHashMap::new));
        Map<Long, Long> open = new HashMap<>();
        em.createNamedQuery(ReviewComment.OPEN_PER_DOCUMENT, Object[].class).getResultList()
                .forEach(row -> open.put((Long) row[0], (Long) row[1]));
        List<StrategyDocument> live = em.createNamedQuery(StrategyDocument.ALL, StrategyDocument.class)
                .getResultList().stream().filter(d -> d.status() != DocumentStatus.WITHDRAWN).toList();
        // an adopted document stays in sight while it is in force
        Set<Long> revised = Documents.replaced(live);
        Map<String, List<StrategyDocument>> byOwner = new LinkedHashMap<>();
        for (StrategyDocument document : live) {
            if (!revised.contains(document.id())) {
                byOwner.computeIfAbsent(document.region() != null ? "region:" + document.region()
                        : document.municipalityCode(), owner -> new ArrayList<>()).add(document);
            }
        }
        List<OverviewRow> rows = new ArrayList<>();
        for (MunicipalityArea municipality : known.values()) {
            List<StrategyDocument> documents = byOwner.remove(municipality.code());
            boolean isEnrolled = enrolled.contains(municipality.code());
            if (documents == null && isEnrolled) {
                rows.add(row(municipality.code(), municipality.name(), municipality.region(), true, null, open));
            }
            for (StrategyDocument document : documents == null ? List.<StrategyDocument>of() : documents) {
                rows.add(row(municipality.code(), municipality.name(), municipality.region(), isEnrolled, document,
                        open));
            }
        }
        byOwner.values().stream().flatMap(List::stream).forEach(document -> rows.add(document.region() != null
                ? row(null, document.region(), document.region(), false, document, open)
                : row(document.municipalityCode(), document.municipalityName(), null, false, document, open)));
        return rows.stream()
                .filter(r -> region == null || region.isBlank() || region.equals(r.region()))
                .filter(r -> status == null || status == r.status())
                .sorted(Comparator.comparing(OverviewRow::name, DutchNames.ORDER)
                        .thenComparing(r -> Objects.toString(r.title(), "")))
                .toList();
    }

    /**
     * The same rows as CSV (UTF-8 text), one column per learning goal; in the coordinator's language, as the register's
     * export ("ja", "concept", "ingevuld" or "yes", "draft", "filled").
     */
    public String csv(String region, DocumentStatus status) {
        boolean english = "en".equals(access.coordinator().preferredLanguage());
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(english
                ? List.of("municipality_code", "name", "region", "enrolled", "document", "title", "status")
                : List.of("gemeentecode", "naam", "regio", "aangemeld", "document", "titel", "status"));
        for (LearningGoal goal : LearningGoal.values()) {
            header.add(english ? goal.englishName() : goal.dutchName());
        }
        header.addAll(english ? List.of("open_comments", "last_activity", "policy_fields")
                : List.of("open_opmerkingen", "laatste_activiteit", "beleidsvelden"));
        try (SpreadsheetCsv csv = SpreadsheetCsv.writingTo(out, header.toArray(String[]::new))) {
            for (OverviewRow row : rows(region, status)) {
                List<Object> values = new ArrayList<>(List.of(Objects.toString(row.municipalityCode(), ""),
                        row.name(), Objects.toString(row.region(), ""),
                        row.enrolled() ? (english ? "yes" : "ja") : (english ? "no" : "nee"),
                        Objects.toString(row.documentId(), ""), Objects.toString(row.title(), ""),
                        row.status() == null ? "" : word(row.status(), english)));
                for (LearningGoal goal : LearningGoal.values()) {
                    values.add(row.completeness().containsKey(goal) ? word(row.completeness().get(goal), english) : "");
                }
                values.add(row.openComments());
                values.add(row.lastActivity() == null ? "" : CSV_MOMENT.format(row.lastActivity()));
                values.add(row.policyFields().stream().map(english ? PolicyField::englishName : PolicyField::dutchName)
                        .sorted().collect(Collectors.joining("; ")));
                csv.printRecord(values.toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static OverviewRow row(String code, String name, String region, boolean enrolled,
                                   StrategyDocument document, Map<Long, Long> open) {
        if (document == null) {
            return new OverviewRow(code, name, region, enrolled, null, null, null, Map.of(), 0, null, Set.of(), null);
        }
        Map<LearningGoal, Completeness> completeness = new EnumMap<>(LearningGoal.class);
        for (Section section : document.sections()) {
            if (section.goal() != null) {
                completeness.put(section.goal(), section.completeness());
            }
        }
        return new OverviewRow(code, name, region, enrolled, document.id(), document.title(), document.status(),
                completeness, open.getOrDefault(document.id(), 0L).intValue(), document.lastActivityAt(),
                document.policyFields(), document.revises());
    }

    private static String word(DocumentStatus status, boolean english) {
        return switch (status) {
            case DRAFT -> english ? "draft" : "concept";
            case IN_REVIEW -> english ? "in review" : "ter beoordeling";
            case ADOPTED -> english ? "adopted" : "vastgesteld";
            case WITHDRAWN -> english ? "withdrawn" : "ingetrokken";
        };
    }

    private static String word(Completeness completeness, boolean english) {
        return switch (completeness) {
            case FILLED -> english ? "filled" : "ingevuld";
            case NOT_APPLICABLE -> english ? "not applicable" : "niet van toepassing";
            case EMPTY -> english ? "empty" : "leeg";
        };
    }
}
