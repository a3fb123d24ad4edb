package nl.arbeidsmigratie.regie.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this instance runs as a demonstration, read here once for every module and page that behaves
 * differently in one. Demo accounts ({@code regie.demo-accounts}) exist only on the embedded development
 * database. The demo data set ({@code regie.demo-data}) comes only together with them: demo data on a real
 * database would mix invented figures into real ones, so asked for alone it is refused. The page frame reads
 * {@code #{demoMode.data}} to show its "demo data" band.
 */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "regie.demo-accounts", defaultValue = "false")
    boolean accounts;

    @Inject
    @ConfigProperty(name = "regie.demo-data", defaultValue = "false")
    boolean data;

    /** True when the demo accounts exist, one per role with a public password. */
    public boolean isAccounts() {
        return accounts;
    }

    /** True when the demo data set is (to be) loaded and every page says so. */
    public boolean isData() {
        return accounts && data;
    }

    /** True when demo data is asked for without demo accounts: refused. */
    public boolean isDataRefused() {
        return data && !accounts;
    }
}
