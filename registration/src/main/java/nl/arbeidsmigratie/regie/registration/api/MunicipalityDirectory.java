package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.MunicipalitySearch;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;
import nl.arbeidsmigratie.regie.registration.entity.Region;

/** The register of municipalities and their regions: everyone signed in reads it, coordinators keep it. */
@Stateless
public class MunicipalityDirectory {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    MunicipalitySearch search;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AuditTrail audit;

    public Page<MunicipalityView> search(@NotNull @Valid MunicipalityQuery query) {
        currentAccount.require();
        return search.search(query);
    }

    public Optional<MunicipalityView> find(@NotNull String code) {
        currentAccount.require();
        return Optional.ofNullable(em.find(Municipality.class, code)).map(Views::of);
    }

    public List<String> regions() {
        currentAccount.require();
        return em.createNamedQuery(Region.ALL, Region.class).getResultStream().map(Region::name).toList();
    }

    public List<String> provinces() {
        currentAccount.require();
        return em.createQuery("select distinct m.province from Municipality m where m.province is not null "
                + "order by m.province", String.class).getResultList();
    }

    /** Changes region and contact details; coordinators only, refused when someone saved in between. */
    public MunicipalityView change(@NotNull @Valid MunicipalityChange change) {
        currentAccount.require(Role.COORDINATOR);
        Municipality municipality = em.find(Municipality.class, change.code());
        if (municipality == null) {
            throw new InvalidInputException("code", "error.municipality.unknown", "no municipality " + change.code());
        }
        MunicipalityView before = Views.of(municipality);
        if (municipality.version() != change.version()) {
            throw new ConcurrentChangeException("changed by someone else since version " + change.version(), before);
        }
        validateContact(change);
        municipality.moveToRegion(region(change.region()));
        municipality.changeContact(change.contactName(), change.contactEmail(), change.contactPhone());
        em.flush();
        MunicipalityView after = Views.of(municipality);
        audit.record("municipality.changed", "municipality:" + municipality.code(), before, after);
        return after;
    }

    private Region region(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return em.createNamedQuery(Region.BY_NAME, Region.class).setParameter("name", name.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("region", "error.region.unknown", "no region " + name));
    }

    private static void validateContact(MunicipalityChange change) {
        if (change.contactEmail() != null && !change.contactEmail().isBlank()
                && !EMAIL.matcher(change.contactEmail().strip()).matches()) {
            throw new InvalidInputException("contactEmail", "error.email.invalid", "not an email address");
        }
        if (change.contactPhone() != null && !change.contactPhone().isBlank()
                && !PHONE.matcher(change.contactPhone().strip()).matches()) {
            throw new InvalidInputException("contactPhone", "error.phone.invalid", "not a phone number");
        }
        if (change.contactName() != null && change.contactName().length() > 200) {
            throw new InvalidInputException("contactName", "error.text.too-long", "name longer than 200 characters");
        }
    }
}
