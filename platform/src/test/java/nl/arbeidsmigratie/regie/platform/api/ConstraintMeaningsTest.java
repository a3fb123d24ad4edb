package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

class ConstraintMeaningsTest {

    private static final ConstraintMeanings MEANINGS = new ConstraintMeanings(Map.of("thing_version_key", "error.thing.changed"),
            Map.of("thing_code_key", new ConstraintMeanings.Rule("code", "error.thing.code.taken", "code taken")));

    /** A write refused by PostgreSQL as the JPA provider reports it: the driver's exception deep in the causes. */
    private static PersistenceException refused(String sqlState, String constraint) {
        PSQLException driver = new PSQLException(new ServerErrorMessage(
                "SERROR\0C" + sqlState + "\0Mviolates constraint\0n" + constraint + "\0"));
        return new PersistenceException("flush failed", new RuntimeException("provider", driver));
    }

    @Test
    void aNamedConstraintIsTheModulesRuleAndNoConflict() {
        RuntimeException refusal = MEANINGS.refusal(refused("23505", "thing_code_key"), "current");
        assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("code");
            assertThat(e.messageKey()).isEqualTo("error.thing.code.taken");
        });
    }

    @Test
    void anUnnamedConstraintGetsTheGeneralKeyOfItsKind() {
        assertThat(MEANINGS.refusal(refused("23505", "other_key"), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.constraint.unique"));
        assertThat(MEANINGS.refusal(refused("23514", "other_check"), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.constraint.check"));
        assertThat(MEANINGS.refusal(refused("23503", "other_fkey"), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.constraint.reference"));
    }

    @Test
    void onlyAVersionKeyOrAnOptimisticLockIsAConcurrentChange() {
        assertThat(MEANINGS.refusal(refused("23505", "thing_version_key"), "current"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.current()).isEqualTo("current");
                    assertThat(e.messageKey()).isEqualTo("error.thing.changed");
                });
        assertThat(MEANINGS.refusal(new PersistenceException(new OptimisticLockException("stale")), "current"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.current()).isEqualTo("current");
                    assertThat(e.messageKey()).isEqualTo(ConcurrentChangeException.GENERAL_KEY);
                });
    }

    @Test
    void anyOtherFailureStaysWhatItWas() {
        PersistenceException trigger = refused("P0001", "");
        assertThat(MEANINGS.refusal(trigger, null)).isSameAs(trigger);
        IllegalStateException plain = new IllegalStateException("no database involved");
        assertThat(MEANINGS.refusal(plain, null)).isSameAs(plain);
    }
}
