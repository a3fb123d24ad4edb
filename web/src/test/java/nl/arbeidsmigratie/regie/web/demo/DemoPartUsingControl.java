package nl.arbeidsmigratie.regie.web.demo;

import nl.arbeidsmigratie.regie.registration.control.PasswordPolicy;

/**
 * A deliberate breach compiled only into the tests: a demo part reaching past registration's api, so that
 * {@code ArchitectureTest} shows the demo place's rule failing.
 */
public final class DemoPartUsingControl {
    PasswordPolicy policy;
}
