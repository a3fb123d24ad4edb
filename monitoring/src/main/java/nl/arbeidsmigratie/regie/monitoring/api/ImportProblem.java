package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.FreeText;

/**
 * Why a file was refused: the line (the header is line 1; 0 for the file as a whole), the column as named in the
 * file (or null), a message key, what its placeholders stand for (such as a field's length limit), a plain
 * detail for logs and the API, and the value the line holds in that column as the file has it (null when the
 * problem is not about one value, or the cell is empty).
 */
public record ImportProblem(long line, String column, String messageKey, List<String> arguments, String detail,
                            String value) implements Serializable {

    /** How much of a cell a report shows: enough to find the cell, not a pasted page kept in every report. */
    private static final int SHOWN_VALUE = 80;
    /** How much of the plain detail is kept, which may quote a cell within a sentence. */
    private static final int SHOWN_DETAIL = 300;
    /** How much of an argument is kept: the product's own lists (every column a kind takes, in Dutch) fit whole. */
    private static final int SHOWN_ARGUMENT = 1_000;
    /**
     * A whole number a message may count or compare with: no leading zero and at most nine digits. Longer digit
     * strings are identifiers as the file wrote them (a BAG id of 15 digits), shown as written, never as 178.301.000.
     */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,8})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Where a refused file's history leaves out the cell: {@link #withoutCell}. */
    public static final String NOT_KEPT = "…";

    /**
     * The one constructor JSON-B reads a stored report with; a report stored before arguments existed has none.
     * Whatever of the file a problem quotes is shortened here, once for every way it is made, as a report is kept,
     * listed and sent back whole. An argument may be longer than a cell: what the product says there (every choice a
     * column takes) is read whole, and a cell quoted in one is shortened where the problem is made ({@link #shown}).
     */
    @JsonbCreator
    public ImportProblem {
        column = shown(column);
        arguments = arguments == null ? List.of() : arguments.stream().map(a -> cut(a, SHOWN_ARGUMENT)).toList();
        detail = cut(detail, SHOWN_DETAIL);
        value = shown(value);
    }

    /**
     * The arguments as the message formats them: whole numbers and dates, other than the cell's own value, as numbers
     * and dates again, since a report keeps them as text, a message may choose its words by a number ("at most one decimal" or "two decimals") and a
     * page writes a date its own way.
     */
    public Object[] messageArguments() {
        // the cell itself is quoted as the file has it: a serial date 46054 is no "46.054"
        return arguments.stream().map(argument -> argument.equals(value) ? argument : asWritten(argument)).toArray();
    }

    private static Object asWritten(String argument) {
        if (WHOLE_NUMBER.matcher(argument).matches()) {
            return Long.valueOf(argument);
        }
        try {
            return ISO_DATE.matcher(argument).matches() ? LocalDate.parse(argument) : argument;
        } catch (DateTimeParseException noSuchDay) {
            return argument;
        }
    }

    /** A problem not about one value. */
    public ImportProblem(long line, String column, String messageKey, List<String> arguments, String detail) {
        this(line, column, messageKey, arguments, detail, null);
    }

    /** A problem whose message has no placeholders. */
    public ImportProblem(long line, String column, String messageKey, String detail) {
        this(line, column, messageKey, List.of(), detail);
    }

    /**
     * The problem as a refused file's history keeps it: without the cell as the file wrote it, in the arguments and
     * the detail too. A cell may hold what may never be stored (a name or a BSN pasted into a number's column), and
     * the history cannot be changed; the answer to the import itself still quotes it, so it can be found and put
     * right.
     */
    public ImportProblem withoutCell() {
        // a column's name is the file's too: one that names a person's data or counts people by nationality is not
        // kept either
        boolean personal = column != null && FreeText.holdsPersonalData(column);
        if (value == null && !personal) {
            return this;
        }
        return new ImportProblem(line, personal ? NOT_KEPT : column, messageKey, arguments.stream()
                .map(argument -> argument.equals(value) || personal && FreeText.holdsPersonalData(argument) ? NOT_KEPT
                        : argument).toList(), null, null);
    }

    /** A value as a report shows it, shortened visibly when it is longer than a cell one looks for. */
    public static String shown(String value) {
        return cut(value, SHOWN_VALUE);
    }

    /** At most {@code most} characters and the ellipsis; what is shortened already stays as it is. */
    private static String cut(String text, int most) {
        return text == null || text.codePointCount(0, text.length()) <= most + 1 ? text
                : text.substring(0, text.offsetByCodePoints(0, most)) + "…";
    }
}
