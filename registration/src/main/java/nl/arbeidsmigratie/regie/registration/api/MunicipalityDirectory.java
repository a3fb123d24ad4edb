package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.control.ContactRules;
import nl.arbeidsmigratie.regie.registration.control.ContactScope;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.MunicipalitySearch;
import nl.arbeidsmigratie.regie.registration.control.RegisterCsv;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.Contact;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;
import nl.arbeidsmigratie.regie.registration.entity.Region;
import nl.arbeidsmigratie.regie.registration.entity.RegionMembership;

/**
 * The register of municipalities: everyone signed in reads it, coordinators keep it (region, status,
 * contact persons). Every change is audited with the state before and after. Officers read other
 * municipalities' contact persons by name and policy field only ({@link ContactScope}).
 */
@Stateless
public class MunicipalityDirectory {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    MunicipalitySearch search;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Page<MunicipalityView> search(@NotNull @Valid MunicipalityQuery query) {
        AccountView reader = currentAccount.requireView();
        Page<MunicipalityView> page = search.search(query);
        return new Page<>(ContactScope.seenBy(reader, page.items()), page.total(), page.offset(), page.limit());
    }

    /** How many municipalities match the query's filters; with {@link #page} a table's count and page apart. */
    public long count(@NotNull @Valid MunicipalityQuery query) {
        currentAccount.requireView();
        return search.count(query);
    }

    /** The query's page without counting the matches again. */
    public List<MunicipalityView> page(@NotNull @Valid MunicipalityQuery query) {
        AccountView reader = currentAccount.requireView();
        return ContactScope.seenBy(reader, search.items(query));
    }

    /** One municipality with its region, successor and contacts, read in one statement. */
    public Optional<MunicipalityView> find(@NotNull String code) {
        AccountView reader = currentAccount.requireView();
        return em.createQuery("select m from Municipality m left join fetch m.region left join fetch m.successor "
                        + "left join fetch m.contacts where m.code = :code", Municipality.class)
                .setParameter("code", code).getResultStream().findFirst()
                .map(m -> Views.of(m, m.contacts().stream().sorted(Comparator.comparing(Contact::name)).toList()))
                .map(m -> ContactScope.seenBy(reader, m));
    }

    /** Whether the register holds a municipality with this CBS code, current or merged into another. */
    public boolean exists(@NotNull String code) {
        currentAccount.requireView();
        return !em.createQuery("select m.code from Municipality m where m.code = :code", String.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    /** The current regions and the provinces, each by name, for filtering on them; one statement. */
    public AreaChoices choices() {
        currentAccount.requireView();
        List<String> regions = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        for (Object row : em.createNativeQuery("select 'region', name from registration.region "
                + "where merged_into_id is null union all select distinct 'province', province "
                + "from registration.municipality where province is not null order by 1, 2").getResultList()) {
            Object[] choice = (Object[]) row;
            ("region".equals(choice[0]) ? regions : provinces).add((String) choice[1]);
        }
        return new AreaChoices(regions, provinces);
    }

    /** Names of the current regions, for choosing one. */
    public List<String> regions() {
        currentAccount.requireView();
        return em.createNamedQuery(Region.ALL, Region.class).getResultStream().map(Region::name).toList();
    }

    public List<String> provinces() {
        currentAccount.requireView();
        return em.createQuery("select distinct m.province from Municipality m where m.province is not null "
                + "order by m.province", String.class).getResultList();
    }

    /** The regions a municipality belonged to over time, oldest first. */
    public List<MembershipView> regionHistory(@NotNull String code) {
        currentAccount.requireView();
        return em.createNamedQuery(RegionMembership.OF_MUNICIPALITY, RegionMembership.class)
                .setParameter("code", code)
                .getResultStream()
                .map(m -> new MembershipView(m.region().name(), m.validFrom(), m.validUntil(), m.recordedBy()))
                .toList();
    }

    /** The municipalities matching {@code query}, all of them, as CSV (UTF-8 text) in the reader's language. */
    public String exportCsv(@NotNull @Valid MunicipalityQuery query) {
        AccountView reader = currentAccount.requireView();
        return RegisterCsv.write(ContactScope.seenBy(reader, search.all(query)),
                "en".equals(reader.preferredLanguage()));
    }

    /** The transaction lock every merger takes (an arbitrary constant, the same wherever it is taken). */
    private static final long MERGERS = 7_311_002_001L;

    /** Changes region and status; coordinators only, refused when someone saved in between. */
    public MunicipalityView change(@NotNull @Valid MunicipalityChange change) {
        Account coordinator = currentAccount.require(Role.COORDINATOR);
        Municipality municipality = existing(change.code());
        MunicipalityView before = Views.of(municipality);
        if (municipality.version() != change.version()) {
            throw new ConcurrentChangeException("changed by someone else since version " + change.version(), before);
        }
        Region region = region(change.region());
        if (region != null && region != municipality.region()) {
            requireSameProvince(municipality, region);
        }
        municipality.moveToRegion(region, clock.instant(), coordinator.email());
        if (change.active()) {
            municipality.reactivate();
        } else {
            if (change.successorCode() == null || change.successorCode().isBlank()) {
                throw new InvalidInputException("successor", "error.successor.required",
                        "an inactive municipality names the one it merged into");
            }
            // mergers one at a time, each seeing the last: two saved at once (A into B, B into A) would make a cycle
            // whose municipalities no picture counts anywhere
            em.createNativeQuery("select pg_advisory_xact_lock(" + MERGERS + ")").getSingleResult();
            Municipality successor = existing(change.successorCode());
            em.refresh(successor);
            if (successor == municipality || !successor.active()) {
                throw new InvalidInputException("successor", "error.successor.invalid",
                        "the successor must be another, active municipality");
            }
            if (change.inactiveSince() == null || change.inactiveSince().isAfter(DutchTime.today(clock))) {
                throw new InvalidInputException("inactiveSince", "error.inactive-since.invalid",
                        "the merger date is required and cannot lie in the future");
            }
            municipality.mergeInto(successor, change.inactiveSince());
        }
        return saved(municipality, "municipality.changed", before);
    }

    public MunicipalityView addContact(@NotNull String code, @NotNull ContactDetails given) {
        currentAccount.check(Role.COORDINATOR);
        ContactDetails details = ContactRules.checked(given);
        Municipality municipality = existing(code);
        MunicipalityView before = Views.of(municipality);
        municipality.addContact(details.name(), details.function(), details.policyField(), details.email(),
                details.phone());
        return saved(municipality, "municipality.contact-added", before);
    }

    public MunicipalityView changeContact(@NotNull String code, long contactId, long version,
                                          @NotNull ContactDetails given) {
        currentAccount.check(Role.COORDINATOR);
        ContactDetails details = ContactRules.checked(given);
        Municipality municipality = existing(code);
        MunicipalityView before = Views.of(municipality);
        Contact contact = contact(municipality, contactId);
        if (contact.version() != version) {
            throw new ConcurrentChangeException("contact changed by someone else", before);
        }
        contact.change(details.name(), details.function(), details.policyField(), details.email(), details.phone());
        return saved(municipality, "municipality.contact-changed", before);
    }

    public MunicipalityView removeContact(@NotNull String code, long contactId) {
        currentAccount.check(Role.COORDINATOR);
        Municipality municipality = existing(code);
        MunicipalityView before = Views.of(municipality);
        municipality.removeContact(contact(municipality, contactId));
        return saved(municipality, "municipality.contact-removed", before);
    }

    private MunicipalityView saved(Municipality municipality, String action, MunicipalityView before) {
        em.flush();
        em.refresh(municipality);
        MunicipalityView after = Views.of(municipality);
        if (!after.equals(before)) {
            // a save that changed nothing is no event of the trail
            audit.record(action, "municipality:" + municipality.code(), before, after);
        }
        return after;
    }

    private Municipality existing(String code) {
        Municipality municipality = code == null ? null : em.find(Municipality.class, code.strip());
        if (municipality == null) {
            throw new InvalidInputException("code", "error.municipality.unknown", "no municipality " + code);
        }
        return municipality;
    }

    private static Contact contact(Municipality municipality, long id) {
        return municipality.contact(id).orElseThrow(() ->
                new InvalidInputException("contact", "error.contact.unknown", "no contact " + id));
    }

    /** A region lies in one province: a municipality of another (or of none known) does not join it. */
    private void requireSameProvince(Municipality municipality, Region region) {
        List<String> provinces = em.createQuery("select distinct m.province from Municipality m"
                        + " where m.region = :region and m.code <> :code", String.class)
                .setParameter("region", region).setParameter("code", municipality.code()).getResultList();
        if (!provinces.isEmpty() && (provinces.size() > 1 || !Objects.equals(provinces.get(0), municipality.province()))) {
            throw new InvalidInputException("region", "error.region.other-province",
                    municipality.code() + " lies in " + municipality.province() + ", region " + region.name()
                            + " in " + provinces, municipality.name(), region.name());
        }
    }

    private Region region(String name) {
        if (FreeText.blank(name)) {
            return null;
        }
        return em.createNamedQuery(Region.BY_NAME, Region.class).setParameter("name", name.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("region", "error.region.unknown", "no region " + name));
    }

    /** The refusal of a new record for a municipality merged into another: it names the one to choose instead. */
    static InvalidInputException merged(Municipality municipality) {
        String successor = municipality.successor() == null ? "" : municipality.successor().name();
        return new InvalidInputException("municipalityCode", "error.municipality.merged",
                municipality.code() + " merged into " + successor, municipality.name(), successor);
    }
}
