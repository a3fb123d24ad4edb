package nl.arbeidsmigratie.regie.web.registration;

import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalitySort;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Pages, sorts and filters the municipality register in the database, never in memory. */
public class MunicipalityLazyModel extends LazyDataModel<MunicipalityView> {

    private static final long serialVersionUID = 1L;

    private final MunicipalityDirectory directory;
    private MunicipalityQuery lastQuery = MunicipalityQuery.all();

    public MunicipalityLazyModel(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) directory.count(query(Map.of(), filterBy, 0, 1));
    }

    /** The table asks {@link #count} right before, and keeps its answer as the row count. */
    @Override
    public List<MunicipalityView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
        lastQuery = query(sortBy, filterBy, first, pageSize);
        return directory.page(lastQuery);
    }

    @Override
    public String getRowKey(MunicipalityView municipality) {
        return municipality.code();
    }

    @Override
    public MunicipalityView getRowData(String rowKey) {
        return directory.find(rowKey).orElse(null);
    }

    /** What the table shows now (filters and order), without paging: for the export. */
    public MunicipalityQuery currentQuery() {
        return new MunicipalityQuery(lastQuery.nameContains(), lastQuery.region(), lastQuery.province(),
                lastQuery.sort(), lastQuery.descending(), 0, MunicipalityQuery.MAX_LIMIT);
    }

    /** Active municipalities whose name contains {@code text}, for choosing a successor. */
    public List<MunicipalityView> matching(String text) {
        return directory.search(new MunicipalityQuery(text, null, null, MunicipalitySort.NAME, false, 0, 15))
                .items().stream().filter(MunicipalityView::active).toList();
    }

    private static MunicipalityQuery query(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy,
                                           int first, int pageSize) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        MunicipalitySort column = sort == null ? MunicipalitySort.NAME
                : MunicipalitySort.valueOf(sort.getField().toUpperCase());
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        return new MunicipalityQuery(filter(filterBy, "name"), filter(filterBy, "region"), filter(filterBy, "province"),
                column, descending, first, Math.min(pageSize, MunicipalityQuery.MAX_LIMIT));
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        if (meta == null || meta.getFilterValue() == null || meta.getFilterValue().toString().isBlank()) {
            return null;
        }
        return meta.getFilterValue().toString();
    }
}
