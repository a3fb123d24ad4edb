package nl.arbeidsmigratie.regie.strategy.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.RichText;

/**
 * Section text, already sanitised by {@link RichText}, as PDF paragraphs: the few elements that rule lets through
 * (paragraphs, two heading levels, quotes, lists, bold, italic, underline, strike-through, line breaks and links)
 * each get their typographic counterpart. Only sanitised HTML comes here, so a tag-by-tag reading suffices.
 */
final class HtmlParagraphs {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    /** The sanitiser puts an empty comment between two braces ({<!-- -->{), which a reader sees as nothing. */
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Color LINK = new Color(0x1a, 0x4d, 0x8f);
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    /** A joiner binds the next character to the emoji; a keycap mark encloses the one before. */
    private static final Set<Integer> JOINING = Set.of(ZERO_WIDTH_JOINER, 0x20E3);

    private final BaseFont face;
    private final float size;
    private final List<Element> blocks = new ArrayList<>();
    private final Deque<com.lowagie.text.List> lists = new ArrayDeque<>();
    private Paragraph current;
    private String block = "p";
    private int bold;
    private int italic;
    private int underline;
    private int strike;
    private String href;
    /** The words of the link being read. */
    private final StringBuilder linkText = new StringBuilder();
    /**
     * A line break read and not yet printed: it breaks the line only where words follow it in its block, as a
     * browser shows it. The editor writes an empty line as a paragraph holding nothing but a break.
     */
    private boolean lineBreak;

    private HtmlParagraphs(BaseFont face, float size) {
        this.face = face;
        this.size = size;
    }

    /** The blocks of {@code html} in {@code face} at {@code size} points (headings larger). */
    static List<Element> of(String html, BaseFont face, float size) {
        HtmlParagraphs reading = new HtmlParagraphs(face, size);
        String shown = html == null ? "" : COMMENT.matcher(html).replaceAll("");
        Matcher tags = TAG.matcher(shown);
        int at = 0;
        while (tags.find()) {
            reading.text(shown.substring(at, tags.start()));
            String name = tags.group(2).toLowerCase(Locale.ROOT);
            if (tags.group(1).isEmpty()) {
                reading.open(name, tags.group(3));
            } else {
                reading.close(name);
            }
            at = tags.end();
        }
        reading.text(shown.substring(at));
        reading.endBlock();
        while (!reading.lists.isEmpty()) {
            reading.closeList();
        }
        return reading.blocks;
    }

    private void open(String name, String attributes) {
        switch (name) {
            case "p", "h2", "h3", "blockquote" -> {
                if (!(current instanceof ListItem)) {
                    endBlock();
                    block = name;
                }
            }
            case "ul", "ol" -> {
                endItem();
                endBlock();
                com.lowagie.text.List list = new com.lowagie.text.List(name.equals("ol"), false, size * 1.4f);
                // a numbered list's numbers take the symbol's font: the text's, not the library's own larger one
                list.setListSymbol(new Chunk(name.equals("ul") ? "\u2022  " : "", font(Font.NORMAL)));
                list.setIndentationLeft(size * 1.2f * lists.size());
                lists.push(list);
            }
            case "li" -> {
                endItem();
                current = new ListItem(size * 1.4f);
            }
            case "b", "strong" -> bold++;
            case "i", "em" -> italic++;
            case "u" -> underline++;
            case "s" -> strike++;
            case "br" -> lineBreak = true;
            case "a" -> {
                Matcher link = HREF.matcher(attributes);
                href = link.find() ? RichText.unescape(link.group(1)) : null;
                linkText.setLength(0);
            }
            default -> {
                // the sanitiser lets nothing else through
            }
        }
    }

    private void close(String name) {
        switch (name) {
            case "p", "h2", "h3", "blockquote" -> {
                if (!(current instanceof ListItem)) {
                    endBlock();
                }
            }
            case "li" -> endItem();
            case "ul", "ol" -> {
                endItem();
                closeList();
            }
            case "b", "strong" -> bold = Math.max(0, bold - 1);
            case "i", "em" -> italic = Math.max(0, italic - 1);
            case "u" -> underline = Math.max(0, underline - 1);
            case "s" -> strike = Math.max(0, strike - 1);
            case "a" -> {
                // on paper a link is only its words: the address follows them, unless they are the address
                if (href != null && !linkText.toString().strip().equals(href)) {
                    inline().add(new Chunk(" (" + printable(href) + ")", font(Font.NORMAL)));
                }
                href = null;
            }
            default -> {
                // nothing to close
            }
        }
    }

    private void text(String html) {
        String text = printable(RichText.unescape(html.replaceAll("\\s+", " ")));
        // a space after a break starts no line: only words do
        if (text.isEmpty() || text.isBlank() && (lineBreak || current == null || current.isEmpty())) {
            return;
        }
        int style = (bold > 0 || block.startsWith("h") ? Font.BOLD : 0) | (italic > 0 || block.equals("blockquote")
                ? Font.ITALIC : 0) | (underline > 0 || href != null ? Font.UNDERLINE : 0) | (strike > 0 ? Font.STRIKETHRU : 0);
        if (lineBreak) {
            inline().add(Chunk.NEWLINE);
            lineBreak = false;
        }
        Chunk chunk = new Chunk(text, font(style));
        if (href != null) {
            chunk.setAnchor(href);
            linkText.append(text);
        }
        inline().add(chunk);
    }

    /**
     * {@code text} without what the font has no letter for, which would print as a box, but for a sign that looks
     * like one it has (a non-breaking hyphen from Word prints as a hyphen): an emoji built of several
     * characters (worker, joiner, female sign, variation selector) goes whole, as its parts the font has would stand
     * alone where the emoji was.
     */
    String printable(String text) {
        int[] points = text.codePoints().toArray();
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < points.length; i++) {
            if (face.charExists(points[i]) || Character.isWhitespace(points[i])) {
                shown.appendCodePoint(points[i]);
                continue;
            }
            String alike = DocumentTypesetting.LOOK_ALIKES.get(points[i]);
            if (alike != null) {
                shown.append(alike);
                continue;
            }
            // the rest of the sequence: variation selectors, skin tones and what a joiner joins to it
            while (i + 1 < points.length && (JOINING.contains(points[i + 1]) || isModifier(points[i + 1]))) {
                i += points[i + 1] == ZERO_WIDTH_JOINER && i + 2 < points.length ? 2 : 1;
            }
        }
        return shown.toString();
    }

    private static boolean isModifier(int point) {
        return point >= 0x1F3FB && point <= 0x1F3FF || point >= 0xFE00 && point <= 0xFE0F;
    }

    private Font font(int style) {
        float points = switch (block) {
            case "h2" -> size + 3;
            case "h3" -> size + 1.5f;
            default -> size;
        };
        return new Font(face, points, style, href != null ? LINK : Color.BLACK);
    }

    private Paragraph inline() {
        if (current == null) {
            current = block.startsWith("h") ? new Heading(size * 1.4f) : new Paragraph(size * 1.4f);
            current.setSpacingAfter(size * 0.6f);
            if (block.equals("blockquote")) {
                current.setIndentationLeft(size * 2);
            }
            if (block.startsWith("h")) {
                current.setSpacingBefore(size * 0.5f);
            }
        }
        return current;
    }

    /** An empty line the author left stands as one line, as on the page; a break at a block's end breaks nothing. */
    private void endLine() {
        if (lineBreak && (current == null || current.isEmpty())) {
            // a space alone counts as no content to the PDF: a non-breaking one keeps the line
            inline().add(new Chunk("\u00a0", font(Font.NORMAL)));
        }
        lineBreak = false;
    }

    private void endItem() {
        if (current instanceof ListItem item && !lists.isEmpty()) {
            endLine();
            lists.peek().add(item);
            current = null;
        }
    }

    private void closeList() {
        com.lowagie.text.List list = lists.pop();
        if (lists.isEmpty()) {
            Paragraph holder = new Paragraph();
            holder.add(list);
            holder.setSpacingAfter(size * 0.6f);
            blocks.add(holder);
        } else {
            lists.peek().add(list);
        }
    }

    private void endBlock() {
        if (!(current instanceof ListItem)) {
            endLine();
        }
        if (current != null && !(current instanceof ListItem)) {
            if (!current.isEmpty()) {
                blocks.add(current);
            }
            current = null;
        }
        block = "p";
    }

    /** A heading in a chapter's text, which the typesetting keeps on one page with what follows it. */
    static final class Heading extends Paragraph {

        private static final long serialVersionUID = 1L;

        Heading(float leading) {
            super(leading);
        }
    }
}
