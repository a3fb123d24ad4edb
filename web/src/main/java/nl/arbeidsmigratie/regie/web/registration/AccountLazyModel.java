package nl.arbeidsmigratie.regie.web.registration;

import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages the accounts in the database, sorted by name, filtered by the table's one search field. */
public class AccountLazyModel extends LazyDataModel<AccountView> {

    private static final long serialVersionUID = 1L;

    private final AccountAdministration administration;

    public AccountLazyModel(AccountAdministration administration) {
        this.administration = administration;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) administration.search(searchText(filterBy), 0, 1).total();
    }

    @Override
    public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        Page<AccountView> page = administration.search(searchText(filterBy), first,
                Math.min(pageSize, AccountAdministration.MAX_LIMIT));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(AccountView account) {
        return String.valueOf(account.id());
    }

    @Override
    public AccountView getRowData(String rowKey) {
        return administration.find(Long.parseLong(rowKey)).orElse(null);
    }

    private static String searchText(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }
}
