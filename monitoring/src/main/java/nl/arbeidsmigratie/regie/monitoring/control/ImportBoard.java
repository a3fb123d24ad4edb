package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProgress;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProgress.State;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;

/**
 * Progress of background imports, per job, for the page that polls it. Kept in the database, not in the memory of
 * the instance that runs the import, so whichever instance of a cluster the next poll reaches answers it. Unlike the
 * rest of control, every change commits in a transaction of its own: the import's own transaction stays open until
 * the whole file is written, and the progress must be seen before that. A job is forgotten an hour after it started.
 * Without a job id (the benchmark's importer, outside the container) nothing is kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportBoard {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final Type PROBLEMS = new ArrayList<ImportProblem>() { }.getClass().getGenericSuperclass();

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    public String open(String owner) {
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        update("delete from monitoring.import_job where started_at < ?", Timestamp.from(now.minus(KEPT)));
        update("insert into monitoring.import_job (id, owner, started_at, state) values (?, ?, ?, ?)",
                id, owner, Timestamp.from(now), State.VALIDATING.name());
        return id;
    }

    public void validated(String jobId, long rows) {
        if (jobId != null) {
            update("update monitoring.import_job set validated = ? where id = ?", rows, jobId);
        }
    }

    public void written(String jobId, long rows) {
        if (jobId != null) {
            update("update monitoring.import_job set state = ?, written = ? where id = ?", State.WRITING.name(), rows,
                    jobId);
        }
    }

    public void finish(String jobId, ImportOutcome outcome) {
        if (jobId != null) {
            update("update monitoring.import_job set state = ?, outcome = ? where id = ?", State.DONE.name(),
                    json(outcome), jobId);
        }
    }

    public void refuse(String jobId, List<ImportProblem> problems, long total) {
        if (jobId != null) {
            update("update monitoring.import_job set state = ?, problems = ?, problem_total = ? where id = ?",
                    State.REFUSED.name(), json(problems), total, jobId);
        }
    }

    public void fail(String jobId) {
        if (jobId != null) {
            update("update monitoring.import_job set state = ? where id = ?", State.FAILED.name(), jobId);
        }
    }

    /** The progress of a job the caller started; nobody sees another person's import. */
    public ImportProgress progress(String jobId, String caller) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select owner, state, validated, written, outcome, problems, problem_total"
                        + " from monitoring.import_job where id = ?"); Jsonb json = JsonbBuilder.create()) {
            s.setString(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || !rs.getString(1).equals(caller)) {
                    throw new AccessRefusedException("no import " + jobId + " of " + caller);
                }
                String outcome = rs.getString(5);
                String problems = rs.getString(6);
                return new ImportProgress(State.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4),
                        outcome == null ? null : json.fromJson(outcome, ImportOutcome.class),
                        problems == null ? List.of() : json.fromJson(problems, PROBLEMS), rs.getLong(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the progress of import " + jobId, e);
        } catch (AccessRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the progress of import " + jobId, e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the progress of an import", e);
        }
    }

    private static String json(Object value) {
        try (Jsonb json = JsonbBuilder.create()) {
            return json.toJson(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot keep the result of an import", e);
        }
    }
}
