package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A contact person of an enrolment beyond the first, as validated by the facade. */
@Embeddable
public class ContactPerson {

    @Column(name = "name")
    private String name;

    @Column(name = "email")
    private String email;

    protected ContactPerson() {
    }

    public ContactPerson(String name, String email) {
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    /** The same person, as an enrolment names them: one revised to the same names is not changed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ContactPerson that && name.equals(that.name) && email.equals(that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email);
    }
}
