package nl.arbeidsmigratie.regie.testing.container;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.platform.api.CallerIdentity;

/**
 * Names the caller of facades in module tests, in place of Jakarta Security. Facade calls from a test run on
 * the test's thread, so a thread-local scopes the identity to one block of a test. Work the application does as a
 * named account ({@link ActingAs}) keeps that name, as in the product.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestCaller implements CallerIdentity {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public Optional<String> name() {
        return Optional.ofNullable(CURRENT.get()).or(ActingAs::current);
    }

    public static <T> T as(String email, Callable<T> action) throws Exception {
        String previous = CURRENT.get();
        CURRENT.set(email);
        try {
            return action.call();
        } finally {
            CURRENT.set(previous);
        }
    }

    public static void as(String email, Runnable action) {
        try {
            as(email, () -> {
                action.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
