package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentSummary;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.web.faces.AskedMunicipality;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;

/** Strategy's part of a municipality's overview: its documents the caller may know of, withdrawn ones left out. */
@Named
@RequestScoped
public class MunicipalDocumentsBacking {

    @Inject
    AskedMunicipality asked;

    @Inject
    StrategyDocuments documents;

    private List<DocumentSummary> shown = List.of();

    @PostConstruct
    void load() {
        String code = asked.getCode();
        if (code != null) {
            FacadeCalls.attempt(() -> shown = documents.listOf(code).stream()
                    .filter(d -> d.status() != DocumentStatus.WITHDRAWN).toList());
        }
    }

    public List<DocumentSummary> getDocuments() {
        return shown;
    }

    /** Read before the page's messages are written, so that a refusal of a part is among them. */
    public boolean isReady() {
        return true;
    }
}
