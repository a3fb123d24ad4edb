package nl.arbeidsmigratie.regie.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit page: the trail newest first, filterable by target, and its verification on demand. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditReview review;

    private final Entries entries = new Entries();
    private AuditVerification verification;

    public void verify() {
        verification = review.verify();
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    /** Pages through the trail in the database. */
    private final class Entries extends LazyDataModel<AuditEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) review.entries(target(filterBy), 0, 1).total();
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            Page<AuditEntryView> page = review.entries(target(filterBy), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return String.valueOf(entry.id());
        }

        private String target(Map<String, FilterMeta> filterBy) {
            FilterMeta meta = filterBy.get("target");
            return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
        }
    }
}
