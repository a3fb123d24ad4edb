package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionEntry;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionView;
import nl.arbeidsmigratie.regie.monitoring.api.Measure;
import nl.arbeidsmigratie.regie.monitoring.api.NormFinding;
import nl.arbeidsmigratie.regie.monitoring.api.NormRule;
import nl.arbeidsmigratie.regie.monitoring.api.NormSummary;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;

/**
 * An inspection of a location, never changed once written. It keeps the norm check of the moment it was recorded
 * (the violated rules as text), so later norms or corrected occupancy do not rewrite it.
 */
@Entity
@Table(name = "inspection")
@NamedQuery(name = Inspection.OF_MUNICIPALITY, query = "select i from Inspection i "
        + "where i.municipalityCode = :code and i.recordedAt <= :asOf and not exists (select c from Inspection c "
        + "where c.correctsId = i.id and c.recordedAt <= :asOf) order by i.inspectedOn desc, i.id desc")
@NamedQuery(name = Inspection.CORRECTION_OF, query = "select count(c) from Inspection c where c.correctsId = :id")
public class Inspection {

    public static final String OF_MUNICIPALITY = "Inspection.ofMunicipality";
    public static final String CORRECTION_OF = "Inspection.correctionOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "location_id")
    private long locationId;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "inspected_on")
    private LocalDate inspectedOn;

    private String inspector;
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(name = "norm_mark")
    private QualityMark normMark;

    @Column(name = "norm_valid_from")
    private LocalDate normValidFrom;

    @Column(name = "occupancy_date")
    private LocalDate occupancyDate;

    private Integer persons;
    private int violations;

    /** The violated rules as JSON, written by {@code NormSummaries}. */
    @Column(name = "violated_rules")
    private String violatedRules;

    /** The rules the facts could not decide, as names written by {@code NormSummaries}. */
    @Column(name = "not_assessed_rules")
    private String notAssessedRules;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    /** The inspection this one corrects, with the reason; null for a first recording. */
    @Column(name = "corrects_id")
    private Long correctsId;

    private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected Inspection() {
    }

    public Inspection(String municipalityCode, InspectionEntry entry, NormSummary norms, String violatedRules,
                      String notAssessedRules, Instant at, String by) {
        this.locationId = Objects.requireNonNull(entry.locationId());
        this.municipalityCode = Objects.requireNonNull(municipalityCode);
        this.inspectedOn = Objects.requireNonNull(entry.inspectedOn());
        this.inspector = Objects.requireNonNull(entry.inspector());
        this.findings = entry.findings();
        this.normMark = norms.mark();
        this.normValidFrom = norms.rulesValidFrom();
        this.occupancyDate = norms.occupancyDate();
        this.persons = norms.persons();
        this.violations = norms.violations();
        this.violatedRules = Objects.requireNonNull(violatedRules);
        this.notAssessedRules = Objects.requireNonNull(notAssessedRules);
        this.measure = Objects.requireNonNull(entry.measure());
        this.followUpOn = entry.followUpOn();
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
    }

    /** This inspection takes the place of {@code corrected}, recorded because of {@code why}. */
    public void corrects(Inspection corrected, String why) {
        this.correctsId = corrected.id;
        this.reason = Objects.requireNonNull(why);
    }

    public long locationId() {
        return locationId;
    }

    /** What was entered, as stored. */
    public InspectionEntry entry() {
        return new InspectionEntry(locationId, inspectedOn, inspector, findings, measure, followUpOn);
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String violatedRules() {
        return violatedRules;
    }

    public String notAssessedRules() {
        return notAssessedRules;
    }

    /** The view, given the violated and unassessed rules read back from their stored text. */
    public InspectionView view(List<NormFinding> violated, List<NormRule> notAssessed) {
        return new InspectionView(id, locationId, municipalityCode, inspectedOn, inspector, findings,
                new NormSummary(normMark, normValidFrom, occupancyDate, persons, violations, violated, notAssessed),
                measure, followUpOn, recordedAt, recordedBy, correctsId, reason);
    }
}
