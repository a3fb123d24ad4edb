package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.EditionDetails;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Messages;

/** The coordinator's editions page: all editions of the circle, and a dialog to define or change one. */
@Named
@ViewScoped
public class EditionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Editions editions;

    private List<EditionView> all;

    /** The edition being changed; null while a new one is being defined. */
    private EditionView editing;
    private String title;
    private String description;
    private String targetGroup;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer capacity;

    @PostConstruct
    void init() {
        all = editions.list();
    }

    public void startNew() {
        editing = null;
        title = null;
        description = null;
        targetGroup = null;
        opensOn = null;
        closesOn = null;
        capacity = null;
    }

    public void startEditing(long id) {
        editions.find(id).ifPresent(this::edit);
    }

    public void save() {
        EditionDetails details = new EditionDetails(title, description, targetGroup, opensOn, closesOn,
                capacity == null ? 0 : capacity);
        FacadeCalls.of(() -> {
            EditionView saved = editing == null ? editions.create(details)
                    : editions.change(editing.id(), editing.version(), details);
            Messages.addGlobalInfo("edition.saved", saved.title());
            edit(saved);
            all = editions.list();
        }).onConflict(e -> {
            edit((EditionView) e.current());
            all = editions.list();
            Messages.addError("editForm:save", "edition.conflict");
        }).onInvalid(e -> Messages.addError("editForm:" + e.field(), e.messageKey(), e.arguments())).run();
    }

    private void edit(EditionView edition) {
        editing = edition;
        title = edition.title();
        description = edition.description();
        targetGroup = edition.targetGroup();
        opensOn = edition.opensOn();
        closesOn = edition.closesOn();
        capacity = edition.capacity();
    }

    public List<EditionView> getAll() {
        return all;
    }

    public EditionView getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
