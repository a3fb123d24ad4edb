package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.entity.Edition;
import nl.arbeidsmigratie.regie.registration.entity.Enrolment;

/** Editions and their enrolments as stored: lookups, counts, the waiting list in order of arrival. */
@Dependent
public class EnrolmentRegister {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    Clock clock;

    /** The circle runs in the Netherlands: its dates begin and end on Dutch time. */
    public LocalDate today() {
        return DutchTime.today(clock);
    }

    public Optional<Edition> edition(long id) {
        return Optional.ofNullable(em.find(Edition.class, id));
    }

    /**
     * The edition, locked until the transaction ends: whoever counts its places and then takes one does so
     * alone, so two enrolments arriving together cannot both take the last place.
     */
    public Edition lockedEdition(long id) {
        Edition edition = em.find(Edition.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            throw new InvalidInputException("editionId", "error.edition.unknown", "no edition " + id);
        }
        return edition;
    }

    public Enrolment enrolment(long id) {
        Enrolment enrolment = em.find(Enrolment.class, id);
        if (enrolment == null) {
            throw new InvalidInputException("enrolmentId", "error.enrolment.unknown", "no enrolment " + id);
        }
        return enrolment;
    }

    public List<Edition> editions() {
        return em.createNamedQuery(Edition.ALL, Edition.class).getResultList();
    }

    public Map<EnrolmentStatus, Long> counts(Edition edition) {
        Map<EnrolmentStatus, Long> counts = new EnumMap<>(EnrolmentStatus.class);
        em.createNamedQuery(Enrolment.COUNT_BY_STATUS, Object[].class).setParameter("edition", edition.id())
                .getResultStream().forEach(row -> counts.put((EnrolmentStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Places are taken by enrolments awaiting a decision as well as confirmed ones (see the package notes). */
    public long placesTaken(Edition edition) {
        return placesTaken(counts(edition));
    }

    public EditionView view(Edition edition) {
        Map<EnrolmentStatus, Long> counts = counts(edition);
        return CircleViews.of(edition, edition.stateOn(today(), placesTaken(counts)), counts);
    }

    private static long placesTaken(Map<EnrolmentStatus, Long> counts) {
        return counts.entrySet().stream().filter(count -> count.getKey().holdsPlace())
                .mapToLong(Map.Entry::getValue).sum();
    }

    public List<Enrolment> withStatus(Edition edition, EnrolmentStatus status) {
        return em.createNamedQuery(Enrolment.WITH_STATUS, Enrolment.class).setParameter("edition", edition.id())
                .setParameter("status", status).getResultList();
    }

    public Optional<Enrolment> of(Edition edition, String municipalityCode) {
        return em.createNamedQuery(Enrolment.OF_EDITION_AND_MUNICIPALITY, Enrolment.class)
                .setParameter("edition", edition.id()).setParameter("code", municipalityCode)
                .getResultStream().findFirst();
    }

    /** All enrolments of an edition in order of arrival, each with its place on the waiting list. */
    public List<EnrolmentView> views(Edition edition) {
        List<EnrolmentView> views = new ArrayList<>();
        int position = 0;
        for (Enrolment enrolment : em.createNamedQuery(Enrolment.IN_EDITION, Enrolment.class)
                .setParameter("edition", edition.id()).getResultList()) {
            boolean waiting = enrolment.status() == EnrolmentStatus.WAITING_LIST;
            views.add(CircleViews.of(enrolment, waiting ? ++position : 0));
        }
        return views;
    }

    /** The enrolments of one municipality, newest first, each with its place on its edition's waiting list. */
    public List<EnrolmentView> viewsOf(String municipalityCode) {
        return em.createNamedQuery(Enrolment.BY_MUNICIPALITY, Enrolment.class).setParameter("code", municipalityCode)
                .getResultStream().map(this::view).toList();
    }

    public EnrolmentView view(Enrolment enrolment) {
        if (enrolment.status() != EnrolmentStatus.WAITING_LIST) {
            return CircleViews.of(enrolment, 0);
        }
        List<Enrolment> waiting = withStatus(enrolment.edition(), EnrolmentStatus.WAITING_LIST);
        return CircleViews.of(enrolment, waiting.indexOf(enrolment) + 1);
    }
}
