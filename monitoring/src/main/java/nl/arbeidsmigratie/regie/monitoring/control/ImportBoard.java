package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProgress;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProgress.State;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;

/**
 * Progress of background imports, per job, for the page that polls it. Kept in memory of the instance that runs
 * the import: the page polls the instance it started the job on (sticky session), and an hour after the job
 * started its progress is forgotten.
 */
@ApplicationScoped
public class ImportBoard {

    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public String open(String owner) {
        Instant now = Instant.now();
        jobs.values().removeIf(job -> job.started.plus(KEPT).isBefore(now));
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Job(owner, now));
        return id;
    }

    public void validated(String jobId, long rows) {
        update(jobId, job -> job.validated = rows);
    }

    public void written(String jobId, long rows) {
        update(jobId, job -> {
            job.state = State.WRITING;
            job.written = rows;
        });
    }

    public void finish(String jobId, ImportOutcome outcome) {
        update(jobId, job -> {
            job.outcome = outcome;
            job.state = State.DONE;
        });
    }

    public void refuse(String jobId, List<ImportProblem> problems, long total) {
        update(jobId, job -> {
            job.problems = problems;
            job.problemTotal = total;
            job.state = State.REFUSED;
        });
    }

    public void fail(String jobId) {
        update(jobId, job -> job.state = State.FAILED);
    }

    /** The progress of a job the caller started; nobody sees another person's import. */
    public ImportProgress progress(String jobId, String caller) {
        Job job = jobs.get(jobId);
        if (job == null || !job.owner.equals(caller)) {
            throw new AccessRefusedException("no import " + jobId + " of " + caller);
        }
        synchronized (job) {
            return new ImportProgress(job.state, job.validated, job.written, job.outcome, job.problems,
                    job.problemTotal);
        }
    }

    private void update(String jobId, java.util.function.Consumer<Job> change) {
        if (jobId == null) {
            return;
        }
        Job job = jobs.get(jobId);
        if (job != null) {
            synchronized (job) {
                change.accept(job);
            }
        }
    }

    private static final class Job {
        private final String owner;
        private final Instant started;
        private State state = State.VALIDATING;
        private long validated;
        private long written;
        private ImportOutcome outcome;
        private List<ImportProblem> problems = List.of();
        private long problemTotal;

        private Job(String owner, Instant started) {
            this.owner = owner;
            this.started = started;
        }
    }
}
