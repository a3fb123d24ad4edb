package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Objects;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/** A contact person of a municipality, with work contact details only. */
@Entity
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private String name;

    private String function;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_field")
    private PolicyField policyField;

    private String email;

    private String phone;

    @Version
    private long version;

    protected Contact() {
    }

    Contact(Municipality municipality, String name, String function, PolicyField policyField, String email,
            String phone) {
        this.municipality = Objects.requireNonNull(municipality);
        change(name, function, policyField, email, phone);
    }

    public void change(String name, String function, PolicyField policyField, String email, String phone) {
        this.name = Objects.requireNonNull(name).strip();
        this.function = Text.blankToNull(function);
        this.policyField = policyField;
        this.email = Text.blankToNull(email);
        this.phone = Text.blankToNull(phone);
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String name() {
        return name;
    }

    public String function() {
        return function;
    }

    public PolicyField policyField() {
        return policyField;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public long version() {
        return version;
    }
}
