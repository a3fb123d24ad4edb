package nl.arbeidsmigratie.regie.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An {@code Accept} header that cannot be read (a weight that is no number from 0 to 1, a media range without a
 * subtype, an empty one, a charset Java does not know) counts as absent, as HTTP allows: the answer is the resource in
 * its usual type, not the server error Faces and Jersey make of it. A media type written in capitals
 * ({@code application/JSON}) is the same type (RFC 9110): in {@code Accept} and {@code Content-Type} it is passed on
 * in lower case, which Jersey, comparing as written, would otherwise find no writer or reader for.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AcceptHeaders extends HttpFilter {

    private static final String ACCEPT = "Accept";
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern RANGE = Pattern.compile("\\s*(" + TOKEN + ")/(" + TOKEN + ")\\s*((?:;[^;]*)*)");
    private static final Pattern PARAMETER = Pattern.compile("\\s*(" + TOKEN + ")\\s*=\\s*(" + TOKEN
            + "|\"[^\"]*\")\\s*");
    private static final Pattern WEIGHT = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<String, List<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> accepts = request.getHeaders(ACCEPT) == null ? List.of()
                : Collections.list(request.getHeaders(ACCEPT));
        sent.put(ACCEPT, accepts.stream().allMatch(AcceptHeaders::readable)
                ? accepts.stream().map(AcceptHeaders::inLowerCase).toList() : List.of());
        if (request.getContentType() != null) {
            sent.put(CONTENT_TYPE, List.of(inLowerCase(request.getContentType())));
        }
        boolean same = sent.get(ACCEPT).equals(accepts)
                && (request.getContentType() == null || sent.get(CONTENT_TYPE).get(0).equals(request.getContentType()));
        chain.doFilter(same ? request : withHeaders(request, sent), response);
    }

    /** Each media range's type and subtype in lower case, its parameters as written; unreadable ones as they are. */
    static String inLowerCase(String header) {
        return Arrays.stream(header.split(",", -1)).map(range -> {
            Matcher m = RANGE.matcher(range);
            return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) + "/" + m.group(2).toLowerCase(Locale.ROOT)
                    + m.group(3) : range;
        }).collect(Collectors.joining(","));
    }

    /** Whether {@code header} is a list of media ranges each with readable parameters; blank counts as readable. */
    public static boolean readable(String header) {
        if (header.isBlank()) {
            return true;
        }
        for (String range : header.split(",", -1)) {
            Matcher m = RANGE.matcher(range);
            if (!m.matches() || !parameters(m.group(3))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The weight a readable {@code Accept} header gives {@code type} (RFC 9110): that of the most specific range
     * naming it ({@code application/json} before {@code application/*} before {@code *&#47;*}), so
     * {@code application/json;q=0, *&#47;*} refuses JSON; 0 when no range names it, 1 without a header.
     */
    public static double weight(String header, String type) {
        if (header == null || header.isBlank()) {
            return 1;
        }
        String[] wanted = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
        int mostSpecific = -1;
        double weight = 0;
        for (String range : header.split(",", -1)) {
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) {
                continue;
            }
            String kind = m.group(1).toLowerCase(Locale.ROOT);
            String subtype = m.group(2).toLowerCase(Locale.ROOT);
            int specific = kind.equals("*") && subtype.equals("*") ? 0
                    : !kind.equals(wanted[0]) ? -1 : subtype.equals("*") ? 1 : subtype.equals(wanted[1]) ? 2 : -1;
            if (specific > mostSpecific) {
                mostSpecific = specific;
                weight = quality(m.group(3));
            } else if (specific >= 0 && specific == mostSpecific) {
                weight = Math.max(weight, quality(m.group(3)));
            }
        }
        return weight;
    }

    private static double quality(String parameters) {
        for (String parameter : parameters.split(";", -1)) {
            Matcher m = PARAMETER.matcher(parameter);
            if (m.matches() && m.group(1).equalsIgnoreCase("q")) {
                return Double.parseDouble(m.group(2).replace("\"", ""));
            }
        }
        return 1;
    }

    private static boolean parameters(String parameters) {
        for (String parameter : parameters.split(";", -1)) {
            if (parameter.isBlank()) {
                continue;
            }
            Matcher m = PARAMETER.matcher(parameter);
            if (!m.matches()) {
                return false;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).replace("\"", "");
            if (name.equals("q") && !WEIGHT.matcher(value).matches() || name.equals("charset") && !known(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException notAName) {
            return false;
        }
    }

    /** The request with {@code sent} in place of those headers; a header sent as no value is absent. */
    private static HttpServletRequest withHeaders(HttpServletRequest request, Map<String, List<String>> sent) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return sent.containsKey(name) ? sent.get(name).stream().findFirst().orElse(null)
                        : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return sent.containsKey(name) ? Collections.enumeration(sent.get(name)) : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(name -> !sent.containsKey(name) || !sent.get(name).isEmpty()).toList());
            }

            @Override
            public String getContentType() {
                return sent.containsKey(CONTENT_TYPE) ? sent.get(CONTENT_TYPE).get(0) : super.getContentType();
            }
        };
    }
}
