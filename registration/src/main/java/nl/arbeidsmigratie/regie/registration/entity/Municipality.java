package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/**
 * A Dutch municipality (gemeente), identified by its CBS code. It keeps the history of its region
 * memberships and its contact persons; one that merged into another stays, inactive, with its successor.
 */
@Entity
public class Municipality {

    @Id
    private String code;

    private String name;

    private String province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_code")
    private Municipality successor;

    @Column(name = "inactive_since")
    private LocalDate inactiveSince;

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "municipality", cascade = CascadeType.PERSIST)
    private List<RegionMembership> memberships = new ArrayList<>();

    @Version
    private long version;

    protected Municipality() {
    }

    /** Moves to another region (or none), closing the current membership and opening a new one. */
    public void moveToRegion(Region newRegion, Instant at, String actor) {
        if (Objects.equals(region, newRegion)) {
            return;
        }
        memberships.stream().filter(RegionMembership::current).forEach(m -> m.end(at));
        if (newRegion != null) {
            memberships.add(new RegionMembership(this, newRegion, at, actor));
        }
        region = newRegion;
    }

    /** Marks the municipality as merged into {@code successor} from {@code since}. */
    public void mergeInto(Municipality successor, LocalDate since) {
        if (successor == this) {
            throw new IllegalArgumentException("a municipality cannot succeed itself");
        }
        this.active = false;
        this.successor = successor;
        this.inactiveSince = Objects.requireNonNull(since);
    }

    public void reactivate() {
        active = true;
        successor = null;
        inactiveSince = null;
    }

    public Contact addContact(String name, String function, PolicyField field, String email, String phone) {
        Contact contact = new Contact(this, name, function, field, email, phone);
        contacts.add(contact);
        return contact;
    }

    public Optional<Contact> contact(long id) {
        return contacts.stream().filter(c -> c.id() == id).findFirst();
    }

    public void removeContact(Contact contact) {
        contacts.remove(contact);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String province() {
        return province;
    }

    public Region region() {
        return region;
    }

    public boolean active() {
        return active;
    }

    public Municipality successor() {
        return successor;
    }

    public LocalDate inactiveSince() {
        return inactiveSince;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public long version() {
        return version;
    }
}
