package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;

/**
 * The current edition ({@link Editions#current()}) as read once per request, for the parts of a page that only show
 * it: the home page asks for it in its registration and its sessions part, and each read is two statements.
 */
@RequestScoped
public class CurrentEdition {

    @Inject
    Editions editions;

    private Optional<EditionView> current;

    public Optional<EditionView> get() {
        if (current == null) {
            current = editions.current();
        }
        return current;
    }
}
