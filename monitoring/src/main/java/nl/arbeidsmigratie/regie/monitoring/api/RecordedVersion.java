package nl.arbeidsmigratie.regie.monitoring.api;

import java.time.Instant;

/** A version of something monitored, as recorded: its content, when and by whom, and why it replaced the one before. */
public interface RecordedVersion {

    Record content();

    Instant recordedAt();

    String recordedBy();

    String reason();

    boolean markedError();
}
