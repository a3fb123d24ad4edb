package nl.arbeidsmigratie.regie.registration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.DemoMode;
import nl.arbeidsmigratie.regie.registration.control.Passwords;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure somebody can sign in on the very first start. With the embedded development database (demo accounts,
 * see {@link DemoMode}) that is one demo account per role; on a real database it is the coordinator named by
 * {@code REGIE_ADMIN_EMAIL} and {@code REGIE_ADMIN_PASSWORD}, and without those the application refuses to start
 * rather than run with nobody able to administer it. With the demo data set as well a second officer, of
 * 's-Gravenhage, shows that officers see their own municipality only; that account is added to a demo database
 * that lacks it, once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AccountBootstrap {

    /** Lines carrying this marker are what the development launcher shows its user. */
    public static final String MARKER = "[arbeidsmigratie-regie] ";

    /** Demo accounts exist only on the embedded development database; their passwords are public. */
    public record DemoAccount(String email, String password, String displayName) {
    }

    public static final DemoAccount DEMO_COORDINATOR =
            new DemoAccount("coordinator@demo.regie.local", "demo-coordinator-2026", "Demo coördinator");
    public static final DemoAccount DEMO_OFFICER =
            new DemoAccount("officer.westland@demo.regie.local", "demo-officer-2026", "Demo beleidsmedewerker Westland");
    public static final DemoAccount DEMO_AUDITOR =
            new DemoAccount("auditor@demo.regie.local", "demo-auditor-2026", "Demo auditor");
    public static final DemoAccount DEMO_OFFICER_DEN_HAAG =
            new DemoAccount("officer.denhaag@demo.regie.local", "demo-officer-2026", "Demo beleidsmedewerker Den Haag");
    static final String DEMO_OFFICER_MUNICIPALITY = "GM1783";
    static final String DEMO_OFFICER_DEN_HAAG_MUNICIPALITY = "GM0518";

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DemoMode demo;

    @Inject
    @ConfigProperty(name = "regie.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "regie.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void ensureSomeoneCanSignIn() {
        boolean empty = em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() == 0;
        if (demo.isAccounts()) {
            if (empty) {
                createDemoAccounts();
            }
            List<DemoAccount> shown = new java.util.ArrayList<>(List.of(DEMO_COORDINATOR, DEMO_OFFICER, DEMO_AUDITOR));
            if (demo.isData()) {
                ensureDenHaagOfficer();
                shown.add(DEMO_OFFICER_DEN_HAAG);
            }
            shown.forEach(demo -> LOG.info(MARKER + "demo account: " + demo.email() + " / " + demo.password()));
        } else if (empty) {
            createAdministrator();
        }
    }

    private void createDemoAccounts() {
        Municipality westland = em.find(Municipality.class, DEMO_OFFICER_MUNICIPALITY);
        persist(Account.coordinator(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.displayName(),
                passwords.hash(DEMO_COORDINATOR.password()), clock.instant()));
        persist(Account.officer(DEMO_OFFICER.email(), DEMO_OFFICER.displayName(),
                passwords.hash(DEMO_OFFICER.password()), westland, clock.instant()));
        persist(Account.auditor(DEMO_AUDITOR.email(), DEMO_AUDITOR.displayName(),
                passwords.hash(DEMO_AUDITOR.password()), clock.instant()));
    }

    private void ensureDenHaagOfficer() {
        boolean exists = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", DEMO_OFFICER_DEN_HAAG.email()).getResultStream().findAny().isPresent();
        if (!exists) {
            persist(Account.officer(DEMO_OFFICER_DEN_HAAG.email(), DEMO_OFFICER_DEN_HAAG.displayName(),
                    passwords.hash(DEMO_OFFICER_DEN_HAAG.password()),
                    em.find(Municipality.class, DEMO_OFFICER_DEN_HAAG_MUNICIPALITY), clock.instant()));
        }
    }

    private void createAdministrator() {
        String email = adminEmail.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String password = adminPassword.orElse("");
        if (email == null || password.length() < Passwords.MIN_LENGTH) {
            String reason = "There are no accounts yet. Set REGIE_ADMIN_EMAIL and REGIE_ADMIN_PASSWORD (at least "
                    + Passwords.MIN_LENGTH + " characters) to create the first coordinator.";
            LOG.severe(MARKER + reason);
            throw new IllegalStateException(reason);
        }
        persist(Account.coordinator(email, email, passwords.hash(password), clock.instant()));
        LOG.info(MARKER + "created coordinator " + email);
    }

    private void persist(Account account) {
        em.persist(account);
        em.flush();
        audit.recordAs("system", "account.created", "account:" + account.id(), null,
                java.util.Map.of("email", account.email(), "role", account.role().name()));
    }
}
