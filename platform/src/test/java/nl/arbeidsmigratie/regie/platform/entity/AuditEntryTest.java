package nl.arbeidsmigratie.regie.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");

    @Test
    void fieldsThatShiftASeparatorBetweenThemNoLongerHashAlike() {
        AuditEntry one = new AuditEntry("mallory\u001faccount.created", AT, "x", "account:1", null, null,
                AuditEntry.GENESIS);
        AuditEntry other = new AuditEntry("mallory", AT, "account.created\u001fx", "account:1", null, null,
                AuditEntry.GENESIS);
        assertThat(one.hash()).isNotEqualTo(other.hash());
    }

    @Test
    void anAbsentValueHashesUnlikeTheWordNull() {
        AuditEntry absent = new AuditEntry("a", AT, "b", "c", null, null, AuditEntry.GENESIS);
        AuditEntry word = new AuditEntry("a", AT, "b", "c", "null", null, AuditEntry.GENESIS);
        assertThat(absent.hash()).isNotEqualTo(word.hash());
        assertThat(absent.computeHash()).isEqualTo(absent.hash());
    }
}
