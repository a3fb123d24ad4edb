package nl.arbeidsmigratie.regie.registration.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The simple formatting a newsletter may carry, and its plain-text alternative. Whatever a coordinator
 * pastes, only paragraphs, line breaks, bold, italic, underline, lists, two heading levels, quotes and
 * http(s)/mailto links survive: no scripts, event handlers, styles or images.
 */
public final class IssueHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h2", "h3", "blockquote", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    private IssueHtml() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** Plain text of sanitised HTML: blocks become blank lines, list items dashes, links "text (url)". */
    public static String toText(String sanitizedHtml) {
        Matcher links = LINK.matcher(sanitizedHtml);
        StringBuilder withUrls = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(withUrls, Matcher.quoteReplacement(links.group(2) + " (" + links.group(1) + ")"));
        }
        links.appendTail(withUrls);
        String text = withUrls.toString()
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li>", "\n- ")
                .replaceAll("(?i)</(p|h2|h3|blockquote|ul|ol)>", "\n\n")
                .replaceAll("<[^>]*>", "");
        return unescape(text).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String unescape(String text) {
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
                default -> Character.toString(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
            };
            entities.appendReplacement(plain, Matcher.quoteReplacement(character));
        }
        entities.appendTail(plain);
        return plain.toString();
    }
}
