package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;
import nl.arbeidsmigratie.regie.registration.entity.Region;

/** Regions of regional cooperation: created, renamed and merged by coordinators; read by everyone signed in. */
@Stateless
public class RegionAdministration {

    private static final int LONGEST_NAME = 100;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<RegionRenamed> renamings;

    /** The current regions with the number of active municipalities in each, as the regional picture counts them. */
    public List<RegionView> overview() {
        currentAccount.requireView();
        Set<Long> named = new HashSet<>(em.createQuery("select distinct m.region.id from RegionMembership m",
                Long.class).getResultList());
        named.addAll(em.createQuery("select distinct m.region.id from Municipality m where m.region is not null",
                Long.class).getResultList());
        named.addAll(em.createQuery("select distinct r.mergedInto.id from Region r where r.mergedInto is not null",
                Long.class).getResultList());
        return em.createQuery("select r.id, r.name, count(m), r.version from Region r "
                        + "left join Municipality m on m.region = r and m.active = true where r.mergedInto is null "
                        + "group by r.id, r.name, r.version order by r.name", Object[].class)
                .getResultStream()
                .map(row -> new RegionView((Long) row[0], (String) row[1], (Long) row[2], (Long) row[3],
                        !named.contains((Long) row[0])))
                .toList();
    }

    public RegionView create(String name) {
        currentAccount.check(Role.COORDINATOR);
        String checked = checkedName(name, null);
        Region region = new Region(checked);
        em.persist(region);
        em.flush();
        audit.record("region.created", "region:" + region.id(), null, Map.of("name", checked));
        return new RegionView(region.id(), region.name(), 0, region.version(), true);
    }

    public void rename(long id, long version, String name) {
        currentAccount.check(Role.COORDINATOR);
        Region region = existing(id);
        if (region.version() != version) {
            throw new ConcurrentChangeException("region changed by someone else", region.name());
        }
        String before = region.name();
        region.rename(checkedName(name, region));
        em.flush();
        audit.record("region.renamed", "region:" + id, Map.of("name", before), Map.of("name", region.name()));
        if (!before.equals(region.name())) {
            renamings.fire(new RegionRenamed(id, before, region.name()));
        }
    }

    /**
     * Moves every municipality of {@code sourceId} into {@code targetId} (each move kept in its history) and
     * retires the source region; regions of different provinces do not merge, as a region lies in one province.
     */
    public void merge(long sourceId, long targetId) {
        Account coordinator = currentAccount.require(Role.COORDINATOR);
        if (sourceId == targetId) {
            throw new InvalidInputException("target", "error.region.merge-self", "a region cannot merge into itself");
        }
        Region source = existing(sourceId);
        Region target = existing(targetId);
        if (!everHadMembers(source)) {
            // a retired region pins the one it went into, which then could never be removed
            throw new InvalidInputException("target", "error.region.merge.empty",
                    source.name() + " never had members", source.name());
        }
        em.lock(source, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.lock(target, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<String> provinces = em.createQuery("select distinct m.province from Municipality m"
                + " where m.region = :source or m.region = :target", String.class)
                .setParameter("source", source).setParameter("target", target).getResultList();
        if (provinces.size() > 1) {
            throw new InvalidInputException("target", "error.region.merge.other-province",
                    source.name() + " and " + target.name() + " lie in " + provinces, source.name(), target.name());
        }
        Instant now = clock.instant();
        List<Municipality> members = em.createQuery("select m from Municipality m where m.region = :region",
                Municipality.class).setParameter("region", source).getResultList();
        members.forEach(m -> m.moveToRegion(target, now, coordinator.email()));
        source.mergeInto(target);
        em.flush();
        // its name stays as it was; what changed is where it went, with its municipalities named as people know them
        audit.record("region.merged", "region:" + sourceId, Map.of("name", source.name()),
                Map.of("name", source.name(), "mergedInto", target.name(), "municipalities",
                        members.stream().map(m -> m.name() + " (" + m.code() + ")").toList()));
    }

    /**
     * Removes a region that was never any municipality's nor merged into: one made by mistake. A region that ever
     * had members stays, as their history names it; it is merged instead.
     */
    public void remove(long id, long version) {
        currentAccount.check(Role.COORDINATOR);
        Region region = existing(id);
        if (region.version() != version) {
            throw new ConcurrentChangeException("region changed by someone else", region.name());
        }
        boolean named = everHadMembers(region)
                || em.createQuery("select count(r) from Region r where r.mergedInto = :region", Long.class)
                .setParameter("region", region).getSingleResult() > 0;
        if (named) {
            throw new InvalidInputException("region", "error.region.remove.history",
                    region.name() + " has had members", region.name());
        }
        em.remove(region);
        em.flush();
        audit.record("region.removed", "region:" + id, Map.of("name", region.name()), null);
    }

    private boolean everHadMembers(Region region) {
        return em.createQuery("select count(m) from Municipality m where m.region = :region", Long.class)
                .setParameter("region", region).getSingleResult()
                + em.createQuery("select count(m) from RegionMembership m where m.region = :region", Long.class)
                .setParameter("region", region).getSingleResult() > 0;
    }

    private Region existing(long id) {
        Region region = em.find(Region.class, id);
        if (region == null || region.merged()) {
            throw new InvalidInputException("region", "error.region.unknown", "no region " + id);
        }
        return region;
    }

    private String checkedName(String name, Region renaming) {
        if (FreeText.blank(name)) {
            throw new InvalidInputException("name", "error.region.name.required", "a region needs a name");
        }
        // a non-breaking space or two spaces make no other name: they would only look like the same one twice
        String stripped = FreeText.spaced(name);
        if (stripped.length() > LONGEST_NAME) {
            throw new TextTooLongException("name", LONGEST_NAME);
        }
        FreeText.line("name", stripped);
        var query = em.createQuery("select r from Region r where lower(r.name) = lower(:name)"
                + (renaming == null ? "" : " and r <> :self"), Region.class).setParameter("name", stripped);
        if (renaming != null) {
            query.setParameter("self", renaming);
        }
        Region taken = query.getResultStream().findFirst().orElse(null);
        if (taken != null && taken.merged()) {
            // the municipalities' history still names it: the same name again would make two regions of one
            throw new InvalidInputException("name", "error.region.name.merged",
                    "merged region " + stripped + " keeps its name in the history", taken.name(),
                    taken.mergedInto().name());
        }
        if (taken != null) {
            throw new InvalidInputException("name", "error.region.name.taken", "region " + stripped + " exists");
        }
        return stripped;
    }
}
