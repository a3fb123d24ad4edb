package nl.arbeidsmigratie.regie.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules of one input, each checked even when an earlier one broke, so a person or a caller learns everything to
 * correct at once instead of one refusal per attempt. {@link #refuseIfBroken()} throws the first refusal carrying the
 * others ({@link InvalidInputException#all()}); pages show each beside its field, the API lists them.
 */
public final class InputChecks {

    private final List<InvalidInputException> broken = new ArrayList<>();

    /** Checks a rule; a refusal is kept for {@link #refuseIfBroken()}. */
    public void check(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException refused) {
            broken.add(refused);
        }
    }

    /**
     * Keeps the refusal of {@code field} by {@code messageKey} unless the rule {@code holds}; {@code arguments} are
     * what the message's placeholders stand for.
     */
    public void require(boolean holds, String field, String messageKey, String detail, Object... arguments) {
        if (!holds) {
            broken.add(new InvalidInputException(field, messageKey, detail, arguments));
        }
    }

    /** The value a rule gives (a trimmed text, a checked number), or null when the rule refused it. */
    public <T> T value(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException refused) {
            broken.add(refused);
            return null;
        }
    }

    /** Whether any rule checked so far refused. */
    public boolean broken() {
        return !broken.isEmpty();
    }

    /** Throws the first refusal with the others alongside it, or nothing when every rule held. */
    public void refuseIfBroken() {
        if (!broken.isEmpty()) {
            throw broken.get(0).with(broken.subList(1, broken.size()));
        }
    }
}
