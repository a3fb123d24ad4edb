package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A regional cooperation of municipalities, such as Haaglanden. A region merged into another is kept, so the
 * history of memberships still names it.
 */
@Entity
@NamedQuery(name = Region.ALL, query = "select r from Region r where r.mergedInto is null order by r.name")
@NamedQuery(name = Region.BY_NAME, query = "select r from Region r where r.name = :name and r.mergedInto is null")
public class Region {

    public static final String ALL = "Region.all";
    public static final String BY_NAME = "Region.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Region mergedInto;

    @Version
    private long version;

    protected Region() {
    }

    public Region(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
    }

    public void mergeInto(Region target) {
        if (target == this) {
            throw new IllegalArgumentException("a region cannot merge into itself");
        }
        mergedInto = Objects.requireNonNull(target);
    }

    public boolean merged() {
        return mergedInto != null;
    }

    /** The region this one went into, null while it stands on its own. */
    public Region mergedInto() {
        return mergedInto;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
