package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.Worklist;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalitySort;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.DateTimes;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;

/**
 * The worklist: what needs attention in the officer's own municipality, or for coordinators and auditors in the
 * whole province or one chosen municipality.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklist worklist;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    /** Null: the whole province. */
    private MunicipalityView municipality;
    private List<WorklistItem> items;
    private List<WorklistItem> filtered;
    private LocalDateTime asKnownOn;
    private final Map<String, String> names = new HashMap<>();

    @PostConstruct
    void init() {
        AccountView account = layout.getAccount();
        if (account.role() == Role.OFFICER) {
            municipality = directory.find(account.municipalityCode()).orElseThrow();
        }
        load();
    }

    public List<WorklistItem> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<WorklistItem> filtered) {
        this.filtered = filtered;
    }

    /** The worklist as known at the picked moment, measured against that day. */
    public void load() {
        filtered = null;
        Instant moment = DateTimes.asKnownOn(asKnownOn);
        items = municipality == null ? worklist.ofProvince(moment) : worklist.ofMunicipality(municipality.code(), moment);
        items.stream().map(WorklistItem::municipalityCode).distinct().filter(code -> !names.containsKey(code))
                .forEach(code -> names.put(code, directory.find(code).map(MunicipalityView::name).orElse(code)));
    }

    public LocalDateTime getAsKnownOn() {
        return asKnownOn;
    }

    public void setAsKnownOn(LocalDateTime asKnownOn) {
        this.asKnownOn = DateTimes.knownMoment(asKnownOn);
    }

    public void selectMunicipality() {
        load();
    }

    public void showProvince() {
        municipality = null;
        load();
    }

    public List<MunicipalityView> completeMunicipality(String query) {
        return directory.search(new MunicipalityQuery(query, null, null, MunicipalitySort.NAME, false, 0, 15)).items();
    }

    public String municipalityName(String code) {
        return names.getOrDefault(code, code);
    }

    public boolean isMayChooseMunicipality() {
        return layout.getAccount().role() != Role.OFFICER;
    }

    public MunicipalityView getMunicipality() {
        return municipality;
    }

    public void setMunicipality(MunicipalityView municipality) {
        if (municipality != null) {
            this.municipality = municipality;
        }
    }

    public List<WorklistItem> getItems() {
        return items;
    }
}
