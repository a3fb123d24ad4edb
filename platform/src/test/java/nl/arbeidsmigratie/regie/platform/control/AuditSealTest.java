package nl.arbeidsmigratie.regie.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditSealTest {

    private static final String HEAD = "ab".repeat(32);

    @Test
    void aSealMatchesOnlyTheHeadItWasMadeForUnderTheSameKey() {
        AuditSeal seal = withKey("k".repeat(40));
        String mac = seal.seal(10, 42, HEAD);

        assertThat(seal.matches(10, 42, HEAD, mac)).isTrue();
        assertThat(seal.matches(9, 42, HEAD, mac)).as("one entry fewer").isFalse();
        assertThat(seal.matches(10, 41, HEAD, mac)).as("another head").isFalse();
        assertThat(seal.matches(10, 42, "cd".repeat(32), mac)).as("a recomputed head").isFalse();
        assertThat(withKey("x".repeat(40)).matches(10, 42, HEAD, mac)).as("another key").isFalse();
    }

    @Test
    void aMissingOrShortKeyIsNamedAndNothingIsSealedWithIt() {
        assertThat(withKey(null).keyProblem()).get().asString().contains("PLATFORM_AUDIT_KEY");
        assertThat(withKey("too short").keyProblem()).get().asString().contains("at least 32");
        assertThat(withKey("k".repeat(32)).keyProblem()).isEmpty();
        assertThatThrownBy(() -> withKey("").seal(1, 1, HEAD)).hasMessageContaining("PLATFORM_AUDIT_KEY");
    }

    private static AuditSeal withKey(String key) {
        AuditSeal seal = new AuditSeal();
        seal.key = Optional.ofNullable(key);
        return seal;
    }
}
