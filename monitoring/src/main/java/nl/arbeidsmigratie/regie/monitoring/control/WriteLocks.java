package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keys held until the transaction ends ({@code pg_advisory_xact_lock}), for writes no unique key of the database
 * keeps apart: two requests or files writing the same thing at the same moment take turns, so the second finds what
 * the first wrote (a location's name, a municipality's counts, a file's bytes).
 */
public final class WriteLocks {

    private WriteLocks() {
    }

    /** Holds {@code key} in the transaction of {@code em}. */
    public static void hold(EntityManager em, String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, key).getSingleResult();
    }

    /** Holds {@code key} in the transaction of {@code c}. */
    public static void hold(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, key);
            s.executeQuery().close();
        }
    }
}
