package nl.arbeidsmigratie.regie.platform.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one rule for formatted text anywhere in the product (newsletter issues, strategy sections), and its
 * plain-text alternative. Whatever a person pastes, only paragraphs, line breaks, bold, italic, underline,
 * strike-through, lists, two heading levels, quotes and http(s)/mailto links survive: no script, event handler,
 * {@code javascript:} URL, style or image. A pasted table keeps its rows as paragraphs with its cells apart, as the
 * editor has no tables. What was removed is reported, so the author can be told instead of finding text silently
 * changed.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "s", "ul", "ol", "li", "h2", "h3",
                    "blockquote")
            // a link whose address was removed (javascript:, or the about:blank the editor makes of one) is its text
            .allowElements((name, attributes) -> attributes.contains("href") ? name : null, "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowElements((name, attributes) -> "p", "tr", "caption")
            // a pasted heading of another level keeps its place as a heading, rather than running into the text
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h3", "h4", "h5", "h6")
            // the rich text editor opens links in a new tab; the required rels below keep that safe
            .allowAttributes("target").matching(Pattern.compile("_blank")).onElements("a")
            // the rich text editor marks list items of a bullet list this way
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            // and the items of a sub-list by their level, which the lists below nest again
            .allowAttributes("class").matching(Pattern.compile("ql-indent-[1-8]")).onElements("li")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The end of a cell another follows, where the separator goes in (text between cells would leave the row). */
    private static final Pattern NEXT_CELL = Pattern.compile("(?i)</t[dh]\\s*>(\\s*<t[dh][\\s>/])");
    private static final String CELL_SEPARATOR = " | ";
    private static final Pattern ASTRAL = Pattern.compile("&#x([0-9a-fA-F]{5,6});");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    /**
     * Deeper nesting than this is refused: the sanitizer drops whatever lies deeper than it can follow, text included,
     * and the editor never nests more than a few levels.
     */
    public static final int DEEPEST = 100;
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "param", "source", "track", "wbr");

    /** How much longer than its text rich text may be: a list of short items or of links, emoji as references. */
    private static final int MARKUP_PER_CHARACTER = 10;
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");

    /** Elements whose loss is not worth telling anyone: wrappers the editor or a paste adds around text. */
    private static final List<String> HARMLESS = List.of("span", "div", "font", "html", "body", "head", "meta");

    private RichText() {
    }

    /**
     * Sanitised HTML (never null) with what was removed: images, and any other markup that is not allowed
     * (scripts, event handlers, styles, {@code javascript:} links).
     */
    public record Sanitized(String html, boolean imagesRemoved, boolean markupRemoved) {

        public boolean changed() {
            return imagesRemoved || markupRemoved;
        }
    }

    /**
     * {@link #sanitize} of what a person wrote in {@code field}, refused with {@code tooLongKey} when it reads as more
     * than {@code maxText} characters. Markup and character references do not count, as nobody sees them: a list of
     * short items is not refused for its tags, and what was saved may always be sent again. Markup beyond
     * {@link #MARKUP_PER_CHARACTER} times that, sent or stored, is no text a person wrote and is refused too.
     */
    public static Sanitized sanitize(String field, String html, int maxText, String tooLongKey) {
        long most = (long) maxText * MARKUP_PER_CHARACTER;
        if (html != null && html.length() > most) {
            throw new TextTooLongException(field, tooLongKey, maxText);
        }
        Sanitized clean = sanitize(FreeText.checked(field, html));
        String text = unescape(ANY_TAG.matcher(clean.html()).replaceAll(""));
        if (clean.html().length() > most || text.length() > maxText) {
            throw new TextTooLongException(field, tooLongKey, maxText);
        }
        // as it reads, which markup may have split ("111<span>222</span>333") or written as references, each block a
        // line of its own, so that one paragraph's last words do not run into the next one's first
        FreeText.refusePersonalData(field, unescape(SHOWN_BREAK.matcher(clean.html()).replaceAll("\n")
                .replaceAll("<[^>]*>", "")));
        return clean;
    }

    /** Refuses, as {@link InvalidInputException} on {@code html}, markup nested deeper than {@link #DEEPEST}. */
    public static Sanitized sanitize(String html) {
        if (html == null) {
            return new Sanitized("", false, false);
        }
        if (depth(html) > DEEPEST) {
            throw new InvalidInputException("html", "error.text.nested-too-deep",
                    "markup nested deeper than " + DEEPEST + " levels would lose text");
        }
        boolean[] removed = new boolean[2];
        String cellsApart = NEXT_CELL.matcher(html).replaceAll(Matcher.quoteReplacement(CELL_SEPARATOR + "</td>") + "$1");
        String clean = POLICY.sanitize(cellsApart, new HtmlChangeListener<Void>() {
            @Override
            public void discardedTag(Void context, String elementName) {
                if ("img".equalsIgnoreCase(elementName)) {
                    removed[0] = true;
                } else if (!HARMLESS.contains(elementName.toLowerCase(Locale.ROOT))) {
                    removed[1] = true;
                }
            }

            @Override
            public void discardedAttributes(Void context, String tagName, String... attributeNames) {
                if ("img".equalsIgnoreCase(tagName)) {
                    removed[0] = true;
                } else {
                    removed[1] = true;
                }
            }
        }, null).strip();
        return new Sanitized(TRAILING_SPACE.matcher(plainLists(astral(clean))).replaceAll(""), removed[0], removed[1]);
    }

    /**
     * The sanitizer writes every character beyond the first 65,536 (emoji, mathematical letters) as a reference; none
     * of them means anything to HTML, so they are stored as the characters typed, which an API caller reads back.
     */
    private static String astral(String html) {
        return ASTRAL.matcher(html).replaceAll(reference -> {
            int codePoint = Integer.parseInt(reference.group(1), 16);
            return Character.isValidCodePoint(codePoint) && codePoint >= Character.MIN_SUPPLEMENTARY_CODE_POINT
                    ? Matcher.quoteReplacement(Character.toString(codePoint)) : Matcher.quoteReplacement(reference.group());
        });
    }

    /**
     * Spaces that end a paragraph, heading or item: the editor drops them when it opens the text again, so a sentence
     * typed on there would run into the one before ("zin.Tweede"); they are not kept, and what is stored is shown.
     */
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+(?=</(?:p|li|h[1-6])>)");

    /**
     * A list as the editor writes it: one {@code <ol>} whose items each say whether they are a bullet or a number, and
     * how far they are indented.
     */
    private static final Pattern EDITOR_LIST = Pattern.compile("<ol>((?:(?!</?[ou]l[ >]).)*?)</ol>", Pattern.DOTALL);
    private static final Pattern EDITOR_ITEM = Pattern.compile("<li((?:\\s+[\\w-]+=\"[^\"]*\")*)\\s*>(.*?)</li>",
            Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("data-list=\"bullet\"");
    private static final Pattern EMPTY_ITEM = Pattern.compile("(?:\\s|&nbsp;|<br\\s*/?>)*");
    private static final Pattern INDENT = Pattern.compile("class=\"ql-indent-(\\d)\"");

    /**
     * The editor's lists as plain HTML lists: its bullets would otherwise be numbered wherever its style sheet is
     * absent (a mail, the PDF, the read-only page), and its indented items would stand at one level. Consecutive
     * items of one kind and level become one {@code <ul>} or {@code <ol>}; an indented item opens a list inside the
     * item before it (one level deeper at most, as there is no item between). An item with nothing in it is left out.
     */
    static String plainLists(String html) {
        Matcher list = EDITOR_LIST.matcher(html);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            StringBuilder lists = new StringBuilder();
            Deque<String> open = new ArrayDeque<>();
            Matcher item = EDITOR_ITEM.matcher(list.group(1));
            boolean items = false;
            while (item.find()) {
                items = true;
                if (EMPTY_ITEM.matcher(item.group(2)).matches()) {
                    // the item Enter leaves at a list's end, or one emptied: no bullet of nothing in a mail or PDF
                    continue;
                }
                String kind = BULLET.matcher(item.group(1)).find() ? "ul" : "ol";
                Matcher indent = INDENT.matcher(item.group(1));
                int level = Math.min(indent.find() ? Integer.parseInt(indent.group(1)) : 0, open.size());
                if (level == open.size()) {
                    lists.append('<').append(kind).append('>');
                    open.push(kind);
                } else {
                    while (open.size() - 1 > level) {
                        lists.append("</li></").append(open.pop()).append('>');
                    }
                    lists.append("</li>");
                    if (!kind.equals(open.peek())) {
                        lists.append("</").append(open.pop()).append("><").append(kind).append('>');
                        open.push(kind);
                    }
                }
                lists.append("<li>").append(item.group(2));
            }
            boolean any = !open.isEmpty();
            while (!open.isEmpty()) {
                lists.append("</li></").append(open.pop()).append('>');
            }
            list.appendReplacement(out, Matcher.quoteReplacement(any || items ? lists.toString() : list.group()));
        }
        return list.appendTail(out).toString();
    }

    /** How deep the elements of {@code html} nest, by its tags; void and self-closed elements add no level. */
    private static int depth(String html) {
        int depth = 0;
        int deepest = 0;
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            boolean closing = !tags.group(1).isEmpty();
            if (closing) {
                depth = Math.max(0, depth - 1);
            } else if (tags.group(3).isEmpty() && !VOID.contains(tags.group(2).toLowerCase(Locale.ROOT))) {
                deepest = Math.max(deepest, ++depth);
            }
        }
        return deepest;
    }

    /** Plain text of sanitised HTML: blocks become blank lines, list items dashes, links "text (url)". */
    public static String toText(String sanitizedHtml) {
        Matcher links = LINK.matcher(sanitizedHtml);
        StringBuilder withUrls = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(withUrls, Matcher.quoteReplacement(links.group(2) + " (" + links.group(1) + ")"));
        }
        links.appendTail(withUrls);
        String text = listItems(withUrls.toString())
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|h2|h3|blockquote)>", "\n\n")
                .replaceAll("<[^>]*>", "");
        return unescape(text).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * The words of sanitised HTML as a reader selects them on the page, one space between blocks: a link is its text,
     * a list item has no bullet or number (a browser leaves those out of a selection), and a non-breaking space (a
     * word processor's, in "€ 650") a plain one, as a browser copies it.
     */
    public static String shownText(String sanitizedHtml) {
        return FreeText.spaced(unescape(SHOWN_BREAK.matcher(sanitizedHtml).replaceAll(" ").replaceAll("<[^>]*>", "")));
    }

    private static final Pattern SHOWN_BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|h[1-6]|blockquote|ul|ol|li)\\b[^>]*>");

    private static final Pattern LIST_TAG = Pattern.compile("(?i)<(/?)(ul|ol|li)\\b[^>]*>");

    /**
     * List items as a reader sees them: a dash or their number, indented two spaces a level below the first; a list
     * ends with a blank line, a sub-list runs on in its item's list.
     */
    private static String listItems(String html) {
        Matcher tag = LIST_TAG.matcher(html);
        Deque<int[]> lists = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            String replacement = "";
            if (!name.equals("li")) {
                if (!closing) {
                    // the number a numbered list counts to so far; -1 marks bullets
                    lists.push(new int[] {name.equals("ol") ? 0 : -1});
                } else if (!lists.isEmpty()) {
                    lists.pop();
                    replacement = lists.isEmpty() ? "\n\n" : "";
                }
            } else if (!closing) {
                int[] list = lists.isEmpty() ? new int[] {-1} : lists.peek();
                String indent = "  ".repeat(Math.max(0, lists.size() - 1));
                replacement = "\n" + indent + (list[0] < 0 ? "- " : ++list[0] + ". ");
            }
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return tag.appendTail(out).toString();
    }

    /** Text with the character references sanitised HTML may hold turned back into characters. */
    public static String unescape(String text) {
        Matcher entities = ENTITY.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (entities.find()) {
            String name = entities.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> character(name.startsWith("#x") ? name.substring(2) : name.substring(1),
                        name.startsWith("#x") ? 16 : 10);
            };
            entities.appendReplacement(plain, Matcher.quoteReplacement(character));
        }
        entities.appendTail(plain);
        return plain.toString();
    }

    /**
     * The character a numeric reference names; one beyond Unicode, a surrogate half or NUL becomes the replacement
     * character, as a browser reads it, since a person may paste any digits.
     */
    private static String character(String digits, int radix) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 8) {
            return "\uFFFD";
        }
        long code = Long.parseLong(significant, radix);
        return code == 0 || code > Character.MAX_CODE_POINT || code >= Character.MIN_SURROGATE
                && code <= Character.MAX_SURROGATE ? "\uFFFD" : Character.toString((int) code);
    }
}
