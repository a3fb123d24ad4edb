package nl.arbeidsmigratie.regie.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Module test deployments: the module under test with exactly its Maven runtime classpath (its own
 * {@code target/classes}, the modules it depends on, their libraries), all of the module's test classes and the
 * container-side test helpers. Every test class of a module gets the same archive, so {@link SharedDeployment}
 * deploys it once for all of them.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The module whose tests are running (the working directory) with all its test classes: those in the
     * directory {@code testClass} was loaded from, so any test class of the module gives the same archive.
     */
    public static WebArchive moduleUnderTest(Class<?> testClass) {
        Path module = Path.of("").toAbsolutePath();
        WebArchive war = ShrinkWrap.create(WebArchive.class, module.getFileName() + "-it.war")
                .addAsLibrary(exploded(module.resolve("target/classes"), module.getFileName() + ".jar"))
                .merge(ShrinkWrap.create(ExplodedImporter.class).importDirectory(codeSource(testClass))
                        .as(GenericArchive.class), "/WEB-INF/classes")
                .addPackage(TestCaller.class.getPackage())
                .addAsLibrary(codeSource(Assertions.class))
                .addAsLibraries(codeSource(Awaitility.class), codeSource(hamcrest()))
                .addAsWebInfResource(beansXml(), "beans.xml");
        for (String entry : runtimeClasspath(module)) {
            File file = new File(entry);
            if (file.isDirectory()) {
                war.addAsLibrary(exploded(file.toPath(), file.toPath().getParent().getParent().getFileName() + ".jar"));
            } else {
                war.addAsLibrary(file);
            }
        }
        return war;
    }

    /** The application exactly as it ships: the WAR that {@code mvn package} built. */
    public static WebArchive application() {
        String war = System.getProperty("regie.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("run through Maven after package; regie.war=" + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    private static String[] runtimeClasspath(Path module) {
        Path listing = module.resolve("target/runtime-classpath.txt");
        try {
            String content = Files.readString(listing).strip();
            return content.isEmpty() ? new String[0] : content.split(File.pathSeparator);
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests through Maven, which writes " + listing, e);
        }
    }

    private static JavaArchive exploded(Path classes, String name) {
        return ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(classes.toFile()).as(JavaArchive.class);
    }

    private static File codeSource(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Awaitility's matcher library, a runtime dependency of it. */
    private static Class<?> hamcrest() {
        try {
            return Class.forName("org.hamcrest.Matcher", false, Awaitility.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Awaitility needs Hamcrest on the test classpath", e);
        }
    }

    private static org.jboss.shrinkwrap.api.asset.Asset beansXml() {
        return new org.jboss.shrinkwrap.api.asset.StringAsset(
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>");
    }
}
