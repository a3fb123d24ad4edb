package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.Objects;

/** A regional cooperation of municipalities, such as Haaglanden. */
@Entity
@NamedQuery(name = Region.ALL, query = "select r from Region r order by r.name")
@NamedQuery(name = Region.BY_NAME, query = "select r from Region r where r.name = :name")
public class Region {

    public static final String ALL = "Region.all";
    public static final String BY_NAME = "Region.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Version
    private long version;

    protected Region() {
    }

    public Region(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
