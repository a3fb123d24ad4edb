package nl.arbeidsmigratie.regie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What {@code arquillian.xml} needs to start Payara Micro as the run command starts a single instance: the
 * payara-micro jar on the test classpath, and the commands it runs before boot (the launcher's own, but for those
 * the tests must not share: the listener's address, descriptors read without validation). One instance keeps its
 * sessions in memory only: with availability on (Payara's default) every session of the distributable application
 * would also be serialized into the local data grid after each request, a cost per request that the product run
 * alone does not have; nor does it collect metrics.
 */
public class TestServer implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("payara.microJar", payaraMicroJar());
        System.setProperty("payara.prebootCommands", prebootCommands().toString());
    }

    private static Path prebootCommands() {
        try {
            Path file = Files.createTempFile("regie-test-preboot", ".asadmin");
            file.toFile().deleteOnExit();
            return Files.writeString(file, "set configs.config.server-config.availability-service"
                    + ".web-container-availability.availability-enabled=false" + System.lineSeparator()
                    + "set configs.config.server-config.microprofile-metrics-configuration.enabled=false"
                    + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test server's commands before boot", e);
        }
    }

    private static String payaraMicroJar() {
        URL entry = TestServer.class.getClassLoader().getResource("fish/payara/micro/PayaraMicro.class");
        if (entry == null || !"jar".equals(entry.getProtocol())) {
            throw new IllegalStateException("payara-micro is not on the test classpath");
        }
        String path = entry.getPath();
        return Path.of(java.net.URI.create(path.substring(0, path.indexOf("!/")))).toString();
    }
}
