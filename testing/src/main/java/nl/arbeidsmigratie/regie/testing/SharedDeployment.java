package nl.arbeidsmigratie.regie.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * Keeps a deployment, and so the Payara Micro process that serves it, running from one test class to the next.
 * <p>
 * The Payara Micro connector starts a new server for every deployment and stops it at undeployment: 15–25 s per
 * test class. Arquillian deploys at the start of every class and undeploys at its end. This extension lets the first
 * deployment through, skips the undeployment at the end of the class, and when the next class asks for a deployment
 * with the same content (same name and the same entries) hands it the running one instead. A class that asks for
 * something else gets it: the kept deployment is undeployed first. The last one is undeployed when the test JVM's
 * suite ends.
 * <p>
 * Every module test class deploys the same archive ({@link Deployments#moduleUnderTest} holds all of the module's
 * test classes, {@link Deployments#application()} is the packaged WAR), so a module's integration tests boot one
 * server. Tests therefore share the server and its database: each test makes its own data.
 * {@code -Dregie.test.shared-deployment=false} restores one server per test class.
 */
public class SharedDeployment {

    public static final String SWITCH = "regie.test.shared-deployment";

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario kept;
    private List<String> keptContent;
    private Class<?> keptFor;
    private boolean releasing;

    /** Registers the observer; listed in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            if (Boolean.parseBoolean(System.getProperty(SWITCH, "true"))) {
                builder.observer(SharedDeployment.class);
            }
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
        DeploymentScenario wanted = scenario.get();
        List<String> content = content(wanted);
        if (content.isEmpty()) {
            event.proceed(); // a class without managed deployments leaves the running one alone
            return;
        }
        if (kept != null && content.equals(keptContent)) {
            LOG.info(() -> classContext.get().getActiveId().getSimpleName() + " uses the running deployment of "
                    + keptFor.getSimpleName());
            scenario.set(kept);
            return;
        }
        if (kept != null) {
            LOG.info(() -> classContext.get().getActiveId().getSimpleName() + " needs another deployment than "
                    + keptFor.getSimpleName() + "; undeploying that first");
            scenario.set(kept);
            release();
            scenario.set(wanted);
        }
        event.proceed();
        List<Deployment> managed = wanted.managedDeploymentsInDeployOrder();
        if (!managed.isEmpty() && managed.stream().allMatch(d -> d.isDeployed() && !d.hasDeploymentError())) {
            kept = wanted;
            keptContent = content;
            keptFor = classContext.get().getActiveId();
        }
    }

    /** At the end of a class: keep what is deployed, unless this extension itself is releasing it. */
    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
        if (releasing || kept == null || scenario.get() != kept) {
            event.proceed();
        }
    }

    /** At the end of the test JVM's run, before Arquillian stops its containers. */
    public void undeployLast(@Observes(precedence = 100) AfterSuite event) {
        if (kept == null) {
            return;
        }
        ClassContext context = classContext.get();
        Class<?> owner = keptFor;
        context.activate(owner);
        try {
            scenario.set(kept);
            release();
        } finally {
            context.destroy(owner);
            context.deactivate();
        }
    }

    private void release() {
        releasing = true;
        try {
            undeploy.fire(new UnDeployManagedDeployments());
        } finally {
            releasing = false;
            kept = null;
            keptContent = null;
            keptFor = null;
        }
    }

    /** What identifies a deployment: per managed archive its target, name, testability and entry paths. */
    private static List<String> content(DeploymentScenario scenario) {
        List<String> content = new ArrayList<>();
        for (Deployment deployment : scenario.managedDeploymentsInDeployOrder()) {
            DeploymentDescription description = deployment.getDescription();
            content.add(description.getTarget().getName() + "|" + description.getName() + "|"
                    + description.testable());
            if (description.isArchiveDeployment()) {
                Archive<?> archive = description.testable() ? description.getTestableArchive()
                        : description.getArchive();
                content.add(archive.getName());
                archive.getContent().keySet().stream().map(ArchivePath::get).sorted().forEach(content::add);
            } else {
                content.add(String.valueOf(description.getDescriptor()));
            }
        }
        return content;
    }
}
