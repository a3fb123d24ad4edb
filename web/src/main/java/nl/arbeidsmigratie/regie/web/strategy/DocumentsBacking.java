package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentSummary;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import org.omnifaces.util.Faces;

/**
 * The strategy documents a person may know of: an officer's own (and the regional agreements their municipality
 * writes) apart from other municipalities' adopted documents, which are there to learn from; coordinators and
 * auditors see one list. Officers and coordinators start a new document from the current template.
 */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyDocuments documents;

    @Inject
    MunicipalityAreas areas;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private List<DocumentSummary> own;
    private List<DocumentSummary> othersAdopted;
    private Set<Long> replaced;
    private List<MunicipalityArea> municipalities;
    private List<String> regions;

    private String title;
    private DocumentKind kind;
    private String municipalityCode;
    private String region;

    @PostConstruct
    void load() {
        AccountView account = layout.getAccount();
        List<DocumentSummary> all = documents.list();
        replaced = documents.replaced();
        if (account.role() == Role.OFFICER) {
            String code = account.municipalityCode();
            // a regional agreement is the municipality's own work while it is one of its co-authors, whatever region
            // it lies in (the coordinator may add a municipality of another, or take one of its own off)
            own = all.stream().filter(d -> code.equals(d.municipalityCode())
                    || d.kind() == DocumentKind.REGIONAL_AGREEMENT && documents.find(d.id()).coAuthors().stream()
                            .anyMatch(author -> code.equals(author.municipalityCode()))).toList();
            othersAdopted = all.stream().filter(d -> !own.contains(d)).toList();
        } else {
            own = all;
            othersAdopted = List.of();
        }
    }

    public void startNew() {
        title = null;
        kind = null;
        municipalityCode = null;
        region = null;
    }

    /** Starts the document and opens it; a refusal is shown beside the field it is about. */
    public void create() {
        AccountView account = layout.getAccount();
        String code = account.role() == Role.OFFICER ? account.municipalityCode() : municipalityCode;
        String agreementRegion = account.role() == Role.OFFICER
                ? directory.find(account.municipalityCode()).map(MunicipalityView::region).orElse(null) : region;
        DocumentView[] created = new DocumentView[1];
        boolean done = FacadeCalls.of(() -> created[0] = documents.create(new NewDocument(kind, title,
                kind == DocumentKind.REGIONAL_AGREEMENT ? null : code,
                kind == DocumentKind.REGIONAL_AGREEMENT ? agreementRegion : null, Set.of())))
                .fieldsIn("newDocumentForm").run();
        if (done) {
            Faces.redirect("app/strategy/document.xhtml?id=" + created[0].id());
        }
    }

    public boolean isMayCreate() {
        return layout.getAccount().role() != Role.AUDITOR;
    }

    public boolean isOfficer() {
        return layout.getAccount().role() == Role.OFFICER;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public List<MunicipalityArea> getMunicipalities() {
        if (municipalities == null) {
            municipalities = areas.all();
        }
        return municipalities;
    }

    public List<String> getRegions() {
        if (regions == null) {
            regions = directory.regions();
        }
        return regions;
    }

    public List<DocumentSummary> getOwn() {
        return own;
    }

    public List<DocumentSummary> getOthersAdopted() {
        return othersAdopted;
    }

    /** The numbers of the adopted documents listed that are no longer in force, which the lists say. */
    public Set<Long> getReplaced() {
        return replaced;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
