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

    /** A view-scoped bean that is serializable itself, but holds (through its model) state that is not. */
    @ViewScoped
    public static class PageWithUnserializableState implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Model model = new Model();

        /** What a lazy table model keeps between requests. */
        public static class Model implements java.io.Serializable {
            private static final long serialVersionUID = 1L;
            private Query last = new Query("");
        }

        /** A query record the module did not make serializable. */
        public record Query(String text) {
        }
    }

    /** An entity outside an {@code entity} package. */
    @Entity
    public static class StrayEntity {
        @Id
        long id;
    }
}
