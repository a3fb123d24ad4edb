package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.faces.view.ViewScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.registration.control.PasswordPolicy;

/**
 * Deliberate breaches of the house rules, compiled only into the tests so that {@code ArchitectureTest} can
 * show each rule failing on them; nothing here ships.
 */
public final class BorderViolations {

    private BorderViolations() {
    }

    /** A sessions page reading monitoring's api, which the sessions module itself may not use. */
    public static final class PageUsingAnotherModule {
        Address address;
    }

    /** A web class reaching into registration's control package. */
    public static final class PageUsingControl {
        PasswordPolicy policy;
    }

    /** A view-scoped bean the data grid could not copy to another instance. */
    @ViewScoped
    public static class UnserializablePage {
    }

    /** An entity outside an {@code entity} package. */
    @Entity
    public static class StrayEntity {
        @Id
        long id;
    }
}
