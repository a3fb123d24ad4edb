package nl.arbeidsmigratie.regie.testing.container;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain SQL from inside the container, for tests that look at or tamper with what was stored. */
public final class Sql {

    private Sql() {
    }

    /** The first column of every row, as text. */
    public static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    /** Every column of the first row, as text. */
    public static List<String> row(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            if (rs.next()) {
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    values.add(rs.getString(column));
                }
            }
            return values;
        }
    }

    /** The number a {@code select count(*)} with parameters answers. */
    public static long count(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Runs statements as the database user that owns the schemas, as someone with full access to the database
     * would when tampering; the application's own user may not.
     */
    public static void executeAsOwner(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("db.url"),
                System.getProperty("db.owner.user"), System.getProperty("db.owner.password"));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
