package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.EnrolmentRegister;
import nl.arbeidsmigratie.regie.registration.control.Places;
import nl.arbeidsmigratie.regie.registration.entity.Edition;

/**
 * Editions of the learning circle: coordinators define them; anyone, signed in or not, may read one with its
 * state, because the circle's page is public.
 */
@Stateless
public class Editions {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    EnrolmentRegister register;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public EditionView create(@NotNull EditionDetails details) {
        currentAccount.check(Role.COORDINATOR);
        Edition edition = new Edition(details, clock.instant());
        requireOwnTitle(edition, 0);
        em.persist(edition);
        em.flush();
        EditionView created = register.view(edition);
        audit.record("edition.created", "edition:" + edition.id(), null, created);
        return created;
    }

    /**
     * Changes an edition on top of {@code version}. A capacity below the places taken (confirmed, or reserved and
     * awaiting a decision) is refused; a larger one promotes from the waiting list at once.
     */
    public EditionView change(long id, long version, @NotNull EditionDetails details) {
        currentAccount.check(Role.COORDINATOR);
        Edition edition = register.lockedEdition(id);
        EditionView before = register.view(edition);
        if (edition.version() != version) {
            throw new ConcurrentChangeException("edition " + id + " changed since version " + version, before);
        }
        // a municipality told its place is reserved keeps it: the coordinator declines one, saying why, rather than a
        // smaller number moving it back to the waiting list unexplained
        if (details.capacity() < before.placesTaken()) {
            throw new InvalidInputException("capacity", "error.edition.capacity.below-taken",
                    "capacity " + details.capacity() + " is below the " + before.placesTaken() + " places taken",
                    before.placesTaken(), before.confirmed(), before.awaiting());
        }
        edition.describe(details);
        requireOwnTitle(edition, id);
        em.flush();
        places.rebalance(edition);
        EditionView after = register.view(edition);
        audit.record("edition.changed", "edition:" + id, before, after);
        return after;
    }

    /**
     * An edition's title is what the public page, the enrolments, mails and the meetings name it by: two of one title,
     * in any case, could not be told apart there.
     */
    private void requireOwnTitle(Edition edition, long id) {
        boolean taken = !em.createQuery("select e.id from Edition e where lower(e.title) = lower(:title)"
                        + " and e.id <> :id", Long.class)
                .setParameter("title", edition.title()).setParameter("id", id).setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("title", "error.edition.title.taken",
                    "an edition titled " + edition.title() + " exists", edition.title());
        }
    }

    /** All editions, the latest first. */
    public List<EditionView> list() {
        currentAccount.requireView();
        return register.editions().stream().map(register::view).toList();
    }

    /** One edition, for anyone: the public page shows it. */
    public Optional<EditionView> find(long id) {
        return register.edition(id).map(register::view);
    }

    /**
     * The edition the public page shows: the one open for enrolment, else the next to open, else the one that
     * closed last.
     */
    public Optional<EditionView> current() {
        List<EditionView> all = register.editions().stream().map(register::view).toList();
        Optional<EditionView> open = all.stream().filter(e -> e.state().acceptsEnrolments())
                .max(Comparator.comparing(EditionView::opensOn).thenComparing(EditionView::id));
        Optional<EditionView> next = all.stream().filter(e -> e.state() == EditionState.IN_PREPARATION)
                .min(Comparator.comparing(EditionView::opensOn).thenComparing(EditionView::id));
        Optional<EditionView> last = all.stream().filter(e -> e.state() == EditionState.CLOSED)
                .max(Comparator.comparing(EditionView::closesOn).thenComparing(EditionView::id));
        return open.or(() -> next).or(() -> last);
    }
}
