package nl.arbeidsmigratie.regie.platform.api;

import java.time.Duration;

/**
 * Too many requests of one kind from one client or for one address within the configured period. Says how
 * long until the next one is accepted, in whole minutes (rounded up), for a message "try again in N minutes".
 * Like all bad input it rolls the caller's transaction back; the count that led to it is kept elsewhere.
 */
public class TooManyRequestsException extends InvalidInputException {

    public static final String MESSAGE_KEY = "error.too-many-requests";

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter, String detail) {
        super(null, MESSAGE_KEY, detail, minutes(retryAfter));
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes until a new request is accepted, at least one. */
    public long minutes() {
        return minutes(retryAfter);
    }

    public static long minutes(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return (seconds + 59) / 60;
    }
}
