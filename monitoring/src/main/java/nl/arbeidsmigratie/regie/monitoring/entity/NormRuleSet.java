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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.NormRuleSetView;
import nl.arbeidsmigratie.regie.monitoring.api.NormRules;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;

/** The norms of a quality mark from a start date on, as recorded at one moment. */
@Entity
@Table(name = "norm_rule_set")
@NamedQuery(name = NormRuleSet.VALID_ON, query = "select n from NormRuleSet n where n.mark = :mark "
        + "and n.validFrom <= :date and n.recordedAt <= :asOf order by n.validFrom desc, n.recordedAt desc, n.id desc")
@NamedQuery(name = NormRuleSet.ALL, query = "select n from NormRuleSet n where n.recordedAt <= :asOf "
        + "order by n.mark, n.validFrom desc, n.recordedAt desc")
public class NormRuleSet {

    public static final String VALID_ON = "NormRuleSet.validOn";
    public static final String ALL = "NormRuleSet.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality_mark")
    private QualityMark mark;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "floor_area_lodging")
    private BigDecimal floorAreaLodging;

    @Column(name = "floor_area_dwelling")
    private BigDecimal floorAreaDwelling;

    @Column(name = "bedroom_area_per_person")
    private BigDecimal bedroomAreaPerPerson;

    @Column(name = "max_persons_per_bedroom")
    private Integer maxPersonsPerBedroom;

    @Column(name = "persons_per_toilet")
    private Integer personsPerToilet;

    @Column(name = "persons_per_shower")
    private Integer personsPerShower;

    private String note;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected NormRuleSet() {
    }

    public NormRuleSet(NormRules r, Instant at, String by) {
        this.mark = r.mark();
        this.validFrom = r.validFrom();
        this.floorAreaLodging = r.floorAreaLodging();
        this.floorAreaDwelling = r.floorAreaDwelling();
        this.bedroomAreaPerPerson = r.bedroomAreaPerPerson();
        this.maxPersonsPerBedroom = r.maxPersonsPerBedroom();
        this.personsPerToilet = r.personsPerToilet();
        this.personsPerShower = r.personsPerShower();
        this.note = r.note();
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
    }

    public NormRuleSetView view() {
        return new NormRuleSetView(id, new NormRules(mark, validFrom, floorAreaLodging, floorAreaDwelling,
                bedroomAreaPerPerson, maxPersonsPerBedroom, personsPerToilet, personsPerShower, note),
                recordedAt, recordedBy);
    }
}
