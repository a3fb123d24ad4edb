package nl.arbeidsmigratie.regie.platform.api;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the product writes CSV for people to open in a spreadsheet. A cell that a spreadsheet would read
 * as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) gets a leading
 * {@code '}, so a location named {@code =HYPERLINK(…)} shows as text instead of running in the reader's
 * spreadsheet (OWASP, "CSV injection"). {@link #restored} undoes exactly that, so an export imports back unchanged.
 * <p>
 * Decided: a cell that is wholly a decimal number, such as {@code -3}, {@code -4.25} or {@code -4,25}, stays as it is. No
 * spreadsheet reads a bare number as anything but that number, so it cannot carry a formula, and numeric
 * columns stay numbers the reader can add up. A text that starts with quotes followed by a formula character
 * ({@code '=x}) gets one more quote, so what is restored is always what was written.
 * <p>
 * The same holds inside a cell, right after a {@code ,}, {@code ;}, tab or line break: a spreadsheet set to another
 * language than the file's splits cells or rows there, and what follows ({@code Pension,=1+1}) would stand first in
 * a cell of its own. So a formula character after one gets a {@code '} between them ({@code Pension,'=1+1}), and
 * {@link #restored} takes exactly that one out again.
 */
public final class SpreadsheetCsv implements Closeable {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?([eE][-+]?\\d+)?");
    /** Where another spreadsheet may start a cell or row inside a cell, with the formula that would start there. */
    private static final Pattern FORMULA_INSIDE = Pattern.compile("([,;\\t\\r\\n])(['\"]*[=+\\-@])");
    /** The same place as {@link #cell} wrote it, with its one added quote. */
    private static final Pattern NEUTRALISED_INSIDE = Pattern.compile("([,;\\t\\r\\n])'(['\"]*[=+\\-@])");

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * A writer on {@code out} with {@code header} first, values separated by {@code ;}: a Dutch spreadsheet, whose
     * decimal comma takes the comma, opens only that in columns.
     */
    public static SpreadsheetCsv writingTo(Appendable out, String... header) throws IOException {
        return writingTo(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header).get());
    }

    /** A writer on {@code out} in {@code format}; a header set in the format is ours and written as it is. */
    public static SpreadsheetCsv writingTo(Appendable out, CSVFormat format) throws IOException {
        return new SpreadsheetCsv(format.print(out));
    }

    /** One row; every value is written as {@link #cell} makes it. */
    public void printRecord(Object... values) throws IOException {
        printer.printRecord(Arrays.stream(values).map(SpreadsheetCsv::cell).toArray());
    }

    /** {@code value} as it may stand in a cell: null stays null, a would-be formula gets a leading {@code '}. */
    public static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (PLAIN_NUMBER.matcher(text).matches()) {
            return value;
        }
        String inside = FORMULA_INSIDE.matcher(text).replaceAll("$1'$2");
        String written = startsAsFormula(inside) ? "'" + inside : inside;
        return written.equals(text) ? value : written;
    }

    /** A cell as {@link #cell} wrote it back to its value: each {@code '} it added before a formula start goes. */
    public static String restored(String cell) {
        if (cell == null) {
            return null;
        }
        String start = cell.startsWith("'") && startsAsFormula(cell) ? cell.substring(1) : cell;
        return NEUTRALISED_INSIDE.matcher(start).replaceAll("$1$2");
    }

    /** Whether {@code text}, after any leading quotes, starts with a character a spreadsheet reads as a formula. */
    private static boolean startsAsFormula(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == '\'') {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
