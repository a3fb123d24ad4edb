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
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code Accept} header that cannot be read (a weight that is no number from 0 to 1, a media range without a
 * subtype, an empty one, a charset Java does not know) counts as absent, as HTTP allows: the answer is the resource in its usual
 * type, not the server error Faces and Jersey make of it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AcceptHeaders extends HttpFilter {

    private static final String ACCEPT = "Accept";
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern RANGE = Pattern.compile("\\s*(" + TOKEN + ")/(" + TOKEN + ")\\s*((?:;[^;]*)*)");
    private static final Pattern PARAMETER = Pattern.compile("\\s*(" + TOKEN + ")\\s*=\\s*(" + TOKEN
            + "|\"[^\"]*\")\\s*");
    private static final Pattern WEIGHT = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Enumeration<String> accepts = request.getHeaders(ACCEPT);
        boolean readable = true;
        while (readable && accepts != null && accepts.hasMoreElements()) {
            readable = readable(accepts.nextElement());
        }
        chain.doFilter(readable ? request : withoutAccept(request), response);
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

    private static HttpServletRequest withoutAccept(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(name -> !ACCEPT.equalsIgnoreCase(name)).toList());
            }
        };
    }
}
