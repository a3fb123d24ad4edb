package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.registration.api.EditionDetails;
import nl.arbeidsmigratie.regie.registration.api.EditionState;

/** One edition of the learning circle, with its enrolment period and the number of municipalities it takes. */
@Entity
@NamedQuery(name = Edition.ALL, query = "select e from Edition e order by e.opensOn desc, e.id desc")
public class Edition {

    public static final String ALL = "Edition.all";

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    /** No edition can take more municipalities than the country has. */
    public static final int MAX_CAPACITY = 342;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String description;

    @Column(name = "target_group")
    private String targetGroup;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    private int capacity;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Edition() {
    }

    public Edition(EditionDetails details, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt);
        describe(details);
    }

    /**
     * Replaces title, texts, period and capacity. Whether the capacity still fits the confirmed enrolments is
     * the caller's question: it needs to count them.
     */
    public void describe(EditionDetails details) {
        InputChecks checks = new InputChecks();
        String cleanTitle = checks.value(() -> {
            String title = Text.blankToNull(details.title());
            if (title == null) {
                throw new InvalidInputException("title", "error.edition.title.required", "title is required");
            }
            if (title.length() > MAX_TITLE) {
                throw new TextTooLongException("title", MAX_TITLE);
            }
            return FreeText.line("title", title);
        });
        String cleanDescription = checks.value(() -> text("description", details.description()));
        String cleanTargetGroup = checks.value(() -> text("targetGroup", details.targetGroup()));
        checks.require(details.opensOn() != null && details.closesOn() != null, "opensOn",
                "error.edition.dates.required", "both dates are required");
        checks.require(details.opensOn() == null || details.closesOn() == null
                || !details.closesOn().isBefore(details.opensOn()), "closesOn", "error.edition.dates.order",
                "closes before it opens");
        checks.require(details.capacity() >= 1 && details.capacity() <= MAX_CAPACITY, "capacity",
                "error.edition.capacity.range", "capacity must be from 1 to " + MAX_CAPACITY);
        checks.refuseIfBroken();
        this.title = cleanTitle;
        this.description = cleanDescription;
        this.targetGroup = cleanTargetGroup;
        this.opensOn = details.opensOn();
        this.closesOn = details.closesOn();
        this.capacity = details.capacity();
    }

    /** The state on {@code today} with {@code placesTaken} enrolments holding a place. */
    public EditionState stateOn(LocalDate today, long placesTaken) {
        if (today.isBefore(opensOn)) {
            return EditionState.IN_PREPARATION;
        }
        if (today.isAfter(closesOn)) {
            return EditionState.CLOSED;
        }
        return placesTaken >= capacity ? EditionState.FULL : EditionState.OPEN;
    }

    private static String text(String field, String value) {
        String clean = Text.blankToNull(value);
        if (clean != null && clean.length() > MAX_TEXT) {
            throw new TextTooLongException(field, MAX_TEXT);
        }
        return FreeText.checked(field, clean);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String targetGroup() {
        return targetGroup;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public int capacity() {
        return capacity;
    }

    public long version() {
        return version;
    }
}
