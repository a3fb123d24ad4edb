package nl.arbeidsmigratie.regie.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this instance runs with the demo data set: only with demo accounts as well, since demo data on a real
 * database would mix invented figures into real ones. The page frame asks it to show the "demo data" band.
 */
@Named("demo")
@ApplicationScoped
public class DemoSettings {

    @Inject
    @ConfigProperty(name = "regie.demo-accounts", defaultValue = "false")
    boolean demoAccounts;

    @Inject
    @ConfigProperty(name = "regie.demo-data", defaultValue = "false")
    boolean demoData;

    /** True when the demo data set is (to be) loaded and every page says so. */
    public boolean isOn() {
        return enabled(demoAccounts, demoData);
    }

    /** True when demo data is asked for without demo accounts: refused. */
    public boolean isRefused() {
        return demoData && !demoAccounts;
    }

    static boolean enabled(boolean demoAccounts, boolean demoData) {
        return demoAccounts && demoData;
    }
}
