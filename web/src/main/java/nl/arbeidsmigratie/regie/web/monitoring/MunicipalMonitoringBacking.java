package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import nl.arbeidsmigratie.regie.monitoring.api.AreaFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalFigures;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalWork;
import nl.arbeidsmigratie.regie.monitoring.api.WaitingWork;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.web.faces.AskedMunicipality;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;

/**
 * Monitoring's part of a municipality's overview: its figures today as the dashboard shows them, its latest count,
 * and the work waiting in monitoring (locations needing attention, lapsing permits and marks, open signals).
 */
@Named
@RequestScoped
public class MunicipalMonitoringBacking {

    @Inject
    AskedMunicipality asked;

    @Inject
    MunicipalFigures figures;

    @Inject
    MunicipalCounts counts;

    @Inject
    WaitingWork work;

    private AreaFigures area;
    private CountView latestCount;
    private MunicipalWork waiting;

    @PostConstruct
    void load() {
        String code = asked.getCode();
        if (code == null) {
            return;
        }
        Instant now = Instant.now();
        // a merged municipality has no figures of today, its history its counts; each part stands on its own
        if (asked.getMunicipality().active()) {
            FacadeCalls.attempt(() -> area = figures.area(code, LocalDate.now(DutchTime.ZONE), now));
        }
        FacadeCalls.attempt(() -> latestCount = counts.pageAsKnownOn(code, now, 0, 1).items().stream().findFirst()
                .orElse(null));
        FacadeCalls.attempt(() -> waiting = work.ofMunicipality(code));
    }

    /** Read before the page's messages are written, so that a refusal of a part is among them. */
    public boolean isReady() {
        return true;
    }

    public AreaFigures getArea() {
        return area;
    }

    public CountView getLatestCount() {
        return latestCount;
    }

    public MunicipalWork getWaiting() {
        return waiting;
    }
}
