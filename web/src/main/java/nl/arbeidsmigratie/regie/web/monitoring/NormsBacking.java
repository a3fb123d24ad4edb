package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.NormRuleSetView;
import nl.arbeidsmigratie.regie.monitoring.api.NormRules;
import nl.arbeidsmigratie.regie.monitoring.api.Norms;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.DateTimes;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import org.omnifaces.util.Messages;

/** The norms page: the dated SNF and AKF rule sets, as known now or earlier; coordinators add new versions. */
@Named
@ViewScoped
public class NormsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Norms norms;

    @Inject
    LayoutBacking layout;

    private LocalDateTime asKnownOn;
    private List<NormRuleSetView> ruleSets;

    private QualityMark mark = QualityMark.SNF;
    private LocalDate validFrom;
    private BigDecimal floorAreaLodging;
    private BigDecimal floorAreaDwelling;
    private BigDecimal bedroomArea;
    private Integer personsPerBedroom;
    private Integer personsPerToilet;
    private Integer personsPerShower;
    private String note;

    /** The rule sets a later recorded one of the same mark and start date replaces, by id. */
    private Set<Long> replaced = Set.of();

    @PostConstruct
    public void load() {
        ruleSets = norms.ruleSets(DateTimes.asKnownOn(asKnownOn));
        // listed newest recorded first within a mark and a start date: the first of each is the one the checks use
        Set<String> seen = new HashSet<>();
        replaced = ruleSets.stream().filter(s -> !seen.add(s.rules().mark() + "|" + s.rules().validFrom()))
                .map(NormRuleSetView::id).collect(Collectors.toSet());
    }

    /** Whether a later version with the same start date replaces {@code ruleSet}: the checks no longer use it. */
    public boolean replaced(NormRuleSetView ruleSet) {
        return replaced.contains(ruleSet.id());
    }

    /** A new version starts from the newest rule set of the chosen mark, so only what changes needs typing. */
    public void startNew() {
        ruleSets.stream().filter(s -> s.rules().mark() == mark).findFirst().map(NormRuleSetView::rules)
                .ifPresentOrElse(this::fill, () -> fill(new NormRules(mark, null, null, null, null, null, null, null, null)));
        validFrom = null;
    }

    private void fill(NormRules r) {
        floorAreaLodging = r.floorAreaLodging();
        floorAreaDwelling = r.floorAreaDwelling();
        bedroomArea = r.bedroomAreaPerPerson();
        personsPerBedroom = r.maxPersonsPerBedroom();
        personsPerToilet = r.personsPerToilet();
        personsPerShower = r.personsPerShower();
        note = r.note();
    }

    public void save() {
        NormRules rules = new NormRules(mark, validFrom, floorAreaLodging, floorAreaDwelling, bedroomArea,
                personsPerBedroom, personsPerToilet, personsPerShower, note);
        if (FacadeCalls.attempt(() -> norms.add(rules))) {
            Messages.addGlobalInfo("norms.saved");
            asKnownOn = null;
            load();
        }
    }

    public boolean isMayWrite() {
        return layout.getAccount().role() == Role.COORDINATOR;
    }

    public QualityMark[] getMarks() {
        return new QualityMark[] {QualityMark.SNF, QualityMark.AKF};
    }

    public List<NormRuleSetView> getRuleSets() {
        return ruleSets;
    }

    public LocalDateTime getAsKnownOn() {
        return asKnownOn;
    }

    public void setAsKnownOn(LocalDateTime asKnownOn) {
        this.asKnownOn = DateTimes.knownMoment(asKnownOn);
    }

    public QualityMark getMark() {
        return mark;
    }

    public void setMark(QualityMark mark) {
        this.mark = mark;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getFloorAreaLodging() {
        return floorAreaLodging;
    }

    public void setFloorAreaLodging(BigDecimal floorAreaLodging) {
        this.floorAreaLodging = floorAreaLodging;
    }

    public BigDecimal getFloorAreaDwelling() {
        return floorAreaDwelling;
    }

    public void setFloorAreaDwelling(BigDecimal floorAreaDwelling) {
        this.floorAreaDwelling = floorAreaDwelling;
    }

    public BigDecimal getBedroomArea() {
        return bedroomArea;
    }

    public void setBedroomArea(BigDecimal bedroomArea) {
        this.bedroomArea = bedroomArea;
    }

    public Integer getPersonsPerBedroom() {
        return personsPerBedroom;
    }

    public void setPersonsPerBedroom(Integer personsPerBedroom) {
        this.personsPerBedroom = personsPerBedroom;
    }

    public Integer getPersonsPerToilet() {
        return personsPerToilet;
    }

    public void setPersonsPerToilet(Integer personsPerToilet) {
        this.personsPerToilet = personsPerToilet;
    }

    public Integer getPersonsPerShower() {
        return personsPerShower;
    }

    public void setPersonsPerShower(Integer personsPerShower) {
        this.personsPerShower = personsPerShower;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
