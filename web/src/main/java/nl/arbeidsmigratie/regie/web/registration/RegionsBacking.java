package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.RegionAdministration;
import nl.arbeidsmigratie.regie.registration.api.RegionView;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Messages;

/** The regions page: coordinators create, rename, merge and remove regions. */
@Named
@ViewScoped
public class RegionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegionAdministration regions;

    private List<RegionView> overview;
    private String newName;
    private RegionView selected;
    private String rename;
    private Long mergeTarget;

    @PostConstruct
    void load() {
        overview = regions.overview();
    }

    public void create() {
        attempt(() -> {
            RegionView created = regions.create(newName);
            Messages.addGlobalInfo("region.created", created.name());
            newName = null;
        });
    }

    public void select(RegionView region) {
        selected = region;
        rename = region.name();
        mergeTarget = null;
    }

    public void saveName() {
        attempt(() -> {
            regions.rename(selected.id(), selected.version(), rename);
            Messages.addGlobalInfo("region.renamed", rename);
        });
    }

    public void merge() {
        attempt(() -> {
            if (mergeTarget == null) {
                throw new InvalidInputException("target", "error.region.merge-target", "choose a region");
            }
            String target = overview.stream().filter(r -> r.id() == mergeTarget).map(RegionView::name).findFirst()
                    .orElse("");
            regions.merge(selected.id(), mergeTarget);
            Messages.addGlobalInfo("region.merged", selected.name(), target);
        });
    }

    public void remove() {
        attempt(() -> {
            regions.remove(selected.id(), selected.version());
            Messages.addGlobalInfo("region.removed", selected.name());
        });
    }

    private void attempt(Runnable action) {
        FacadeCalls.of(() -> {
            action.run();
            load();
        }).onConflict(e -> {
            Messages.addGlobalWarn("conflict.region");
            load();
        }).onInvalid(e -> {
            Messages.addGlobalError(e.messageKey(), e.arguments());
            // a region removed in another tab meanwhile goes from this list too
            load();
        }).run();
    }

    public List<RegionView> getOverview() {
        return overview;
    }

    /** Regions the selected one can merge into. */
    public List<RegionView> getMergeTargets() {
        return overview.stream().filter(r -> selected == null || r.id() != selected.id()).toList();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public RegionView getSelected() {
        return selected;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }

    public Long getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(Long mergeTarget) {
        this.mergeTarget = mergeTarget;
    }
}
