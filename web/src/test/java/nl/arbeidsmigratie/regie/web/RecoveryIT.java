package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The running application survives a PostgreSQL restart without being restarted itself. */
@ExtendWith(ArquillianExtension.class)
class RecoveryIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theNextRequestAfterADatabaseRestartSucceeds() throws Exception {
        URI westland = URI.create(base + "api/v1/municipalities/GM1783");
        assertThat(Http.get(westland, DEMO_AUDITOR).statusCode()).isEqualTo(200);

        TestDatabase.stop();
        try {
            assertThat(Http.get(URI.create(base.toString()).resolve("/health")).statusCode()).isEqualTo(503);
        } finally {
            TestDatabase.start();
        }

        var response = Http.get(westland, DEMO_AUDITOR);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Westland");
    }
}
