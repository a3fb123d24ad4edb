package nl.arbeidsmigratie.regie.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.arbeidsmigratie.regie.platform.api.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table paged in the database by a facade's search, filtered by the table's one search field: only the rows shown
 * travel to the page, however many there are.
 *
 * @param <T> a row, as the facade gives it
 */
public class SearchedPages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A facade's search: the rows matching the typed text (all when blank), from {@code offset} on. */
    @FunctionalInterface
    public interface Search<T> extends Serializable {
        Page<T> page(String text, int offset, int limit);
    }

    /** A row by its key, when it still exists. */
    @FunctionalInterface
    public interface Finder<T> extends Serializable {
        Optional<T> find(long id);
    }

    /** The key of a row, kept by the table to find a row again. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, Long>, Serializable {
    }

    private final Search<T> search;
    private final Finder<T> finder;
    private final int maxLimit;
    private final Key<T> key;

    /** Rows known by a number: {@code key} gives it, {@code finder} finds the row again. */
    public SearchedPages(Search<T> search, int maxLimit, Key<T> key, Finder<T> finder) {
        this.search = search;
        this.maxLimit = maxLimit;
        this.key = key;
        this.finder = finder;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) search.page(searchText(filterBy), 0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = search.page(searchText(filterBy), first, Math.min(pageSize, maxLimit));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        try {
            return finder.find(Long.parseLong(rowKey)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String searchText(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }
}
