package nl.arbeidsmigratie.regie.platform.api;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a module's database constraints mean to the person whose write they refused. Each module keeps one
 * instance naming its constraints, so no facade has to guess why a write failed.
 *
 * <p>Only a lost race on a version is a concurrent change: an {@link OptimisticLockException}, or the violation of
 * a constraint the module declares a version key (the unique key on what an append-only version builds on, which
 * two people saving on top of the same version both claim), refused with the message key the module gives that
 * key (a count corrected meanwhile by someone else). Any other unique, check or foreign-key violation
 * (SQLState 23505, 23514, 23503) is input that breaks a rule: refused with the module's message key for that
 * constraint, or with a general key per kind for a constraint the module did not name. Telling "someone was
 * faster" when the truth is "this is already taken" would send the user to retry what can never succeed.
 */
public final class ConstraintMeanings {

    /** A constraint as a rule of the input: the field it concerns, its message key, and a detail for logs and REST. */
    public record Rule(String field, String messageKey, String detail) {
    }

    private static final Map<String, String> GENERAL_KEYS = Map.of(
            "23505", "error.constraint.unique",
            "23514", "error.constraint.check",
            "23503", "error.constraint.reference");

    /** Deep enough for any wrapping seen (EJB, JPA, EclipseLink, JDBC), and an end to a cause chain that loops. */
    private static final int MOST_CAUSES = 32;

    private final Map<String, String> versionKeys;
    private final Map<String, Rule> rules;

    /** {@code versionKeys}: each version key's constraint name with the message key of losing its race. */
    public ConstraintMeanings(Map<String, String> versionKeys, Map<String, Rule> rules) {
        this.versionKeys = Map.copyOf(versionKeys);
        this.rules = Map.copyOf(rules);
    }

    /**
     * The refusal {@code failure} stands for: a {@link ConcurrentChangeException} carrying {@code current}, an
     * {@link InvalidInputException}, or {@code failure} itself when neither a lock nor a constraint caused it.
     */
    public RuntimeException refusal(RuntimeException failure, Object current) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof OptimisticLockException) {
                return caused(new ConcurrentChangeException("changed meanwhile", current), failure);
            }
            if (cause instanceof SQLException sql && GENERAL_KEYS.containsKey(sql.getSQLState())) {
                String constraint = constraintOf(sql);
                if (constraint != null && versionKeys.containsKey(constraint)) {
                    return caused(new ConcurrentChangeException("changed meanwhile (" + constraint + ")", current,
                            versionKeys.get(constraint)), failure);
                }
                Rule rule = constraint == null ? null : rules.get(constraint);
                return caused(rule != null ? new InvalidInputException(rule.field(), rule.messageKey(), rule.detail())
                        : new InvalidInputException(null, GENERAL_KEYS.get(sql.getSQLState()),
                                "constraint " + constraint + " refused the write"), failure);
            }
        }
        return failure;
    }

    /** The causes, outermost first, following a JDBC batch's next exceptions as well. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && causes.size() < MOST_CAUSES && !causes.contains(t); ) {
            causes.add(t);
            t = t.getCause() == null && t instanceof SQLException sql ? sql.getNextException() : t.getCause();
        }
        return causes;
    }

    private static String constraintOf(SQLException sql) {
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        return server == null ? null : server.getConstraint();
    }

    private static RuntimeException caused(RuntimeException refusal, Throwable failure) {
        refusal.initCause(failure);
        return refusal;
    }
}
