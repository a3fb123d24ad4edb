package nl.arbeidsmigratie.regie.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityChange;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The municipalities page: the register as a lazy table, and the coordinator's edit dialog. */
@Named
@ViewScoped
public class MunicipalitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private MunicipalityLazyModel model;
    private List<String> regions;
    private List<String> provinces;
    private boolean mayEdit;

    private MunicipalityView editing;
    private MunicipalityView conflict;
    private String region;
    private String contactName;
    private String contactEmail;
    private String contactPhone;

    @PostConstruct
    void init() {
        model = new MunicipalityLazyModel(directory);
        regions = directory.regions();
        provinces = directory.provinces();
        mayEdit = layout.isCoordinator();
    }

    public void startEditing(String code) {
        conflict = null;
        directory.find(code).ifPresent(this::edit);
    }

    public void save() {
        try {
            MunicipalityView saved = directory.change(new MunicipalityChange(editing.code(), region, contactName,
                    contactEmail, contactPhone, editing.version()));
            Messages.addGlobalInfo("municipality.saved", saved.name());
            editing = saved;
            conflict = null;
        } catch (ConcurrentChangeException e) {
            // Keep what the user typed and show what the other person saved; they decide which to keep.
            conflict = (MunicipalityView) e.current();
            editing = conflict;
            Messages.addGlobalWarn("conflict.title");
            Faces.validationFailed();
        } catch (InvalidInputException e) {
            Messages.addError("editForm:" + field(e.field()), e.messageKey());
            Faces.validationFailed();
        }
    }

    private static String field(String name) {
        return switch (name) {
            case "region" -> "editRegion";
            case "contactName" -> "editContactName";
            case "contactEmail" -> "editContactEmail";
            case "contactPhone" -> "editContactPhone";
            default -> "save";
        };
    }

    private void edit(MunicipalityView municipality) {
        editing = municipality;
        region = municipality.region();
        contactName = municipality.contactName();
        contactEmail = municipality.contactEmail();
        contactPhone = municipality.contactPhone();
    }

    public MunicipalityLazyModel getModel() {
        return model;
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public MunicipalityView getEditing() {
        return editing;
    }

    public MunicipalityView getConflict() {
        return conflict;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
