package nl.arbeidsmigratie.regie.strategy.api;

import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/** Adoption refused while review comments are open: says how many, and in which sections. */
public class OpenCommentsException extends InvalidInputException {

    private final int count;
    private final List<String> sections;

    public OpenCommentsException(int count, List<String> sections) {
        super("comments", "error.strategy.adopt.open-comments",
                count + " open comments, in: " + String.join("; ", sections));
        this.count = count;
        this.sections = List.copyOf(sections);
    }

    public int count() {
        return count;
    }

    public List<String> sections() {
        return sections;
    }

    /** {0} the number of open comments, {1} the titles of the sections they are in. */
    @Override
    public Object[] arguments() {
        return new Object[] {count, String.join("; ", sections)};
    }
}
