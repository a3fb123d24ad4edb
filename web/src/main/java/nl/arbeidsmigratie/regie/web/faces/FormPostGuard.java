package nl.arbeidsmigratie.regie.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.web.security.SessionIdsInAddresses;
import org.primefaces.csp.CspException;

/**
 * A page answers only GET, HEAD and POST (405 otherwise, with {@code Allow}). A form post that no page of ours sent
 * is answered 400 with a short page that says so, never a server error;
 * so is a page's form state sent in a link (a GET), which Faces would otherwise run as a post.
 * <p>
 * Pages run in PrimeFaces' CSP mode: their script puts the page's nonce ({@code primefaces.nonce}) into every
 * post, and rendering the answer to a post without it fails. A post made by hand (a script, another site, a
 * replay) without the nonce is refused here before any part of the page runs, so no action is invoked. One
 * whose nonce is not the page's is refused the same way as soon as the page is restored ({@link NonceCheck}), and
 * if PrimeFaces finds out later, nothing of its error goes out but this page. So is a table's paging no paginator
 * sends (a row offset or page size that is no small whole number), on which PrimeFaces would fail while rendering
 * the table, an ajax upload whose file comes without the file count the upload sends beside it, and a multipart
 * body that cannot be read at all. A form post larger than the server reads is answered 413 with a page that says
 * so. The refusal
 * page is written here, not through the container's error pages, because those are pages too and would fail on the
 * same post. (A post with the nonce whose page state cannot be restored opens the page again: {@link LostViews}.)
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class FormPostGuard extends HttpFilter {

    static final String NONCE = "primefaces.nonce";
    private static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST");
    private static final Pattern OFFSET = Pattern.compile("\\d{1,9}");
    /** The largest page any table offers is 100 rows. */
    private static final Pattern PAGE_SIZE = Pattern.compile("[1-9]\\d?|100");
    private static final Pattern FILE_COUNT = Pattern.compile("\\d{1,3}");
    /** A sort direction per sorted column: 1 ascending, -1 descending, 0 unsorted. */
    private static final Pattern SORT_DIRECTION = Pattern.compile("-?[01](,-?[01]){0,19}");
    /**
     * Payara reads no parameter of a form post larger than this (its listener's {@code max-post-size-bytes}), and the
     * page would then fail on it: a chapter with a pasted image, which the text would not keep anyway, comes to this.
     */
    static final long LARGEST_FORM = 2L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(FormPostGuard.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PAGE_METHODS.contains(request.getMethod())) {
            // a page is read and its forms posted; Faces would answer anything else with the page itself
            response.setHeader("Allow", String.join(", ", PAGE_METHODS));
            response.setStatus("OPTIONS".equals(request.getMethod()) ? HttpServletResponse.SC_NO_CONTENT
                    : HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            if (request.getParameter("jakarta.faces.ViewState") != null) {
                // Faces would take it for a post of the page's form: a link, however it was made, changes nothing
                refuse(request, response, "sent by " + request.getMethod());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!multipart(request) && request.getContentLengthLong() > LARGEST_FORM) {
            drain(request, response);
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.form-too-large",
                    "larger than the server reads");
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // reading a parameter parses the body: in the pages' own encoding, as Faces would
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        if (!readableParts(request)) {
            refuse(request, response, "with a multipart body that cannot be read");
            return;
        }
        boolean facesPost = request.getParameter("jakarta.faces.ViewState") != null
                || "partial/ajax".equals(request.getHeader("Faces-Request"));
        String nonce = request.getParameter(NONCE);
        if (facesPost && (nonce == null || nonce.isBlank())) {
            refuse(request, response, "without the page's nonce");
            return;
        }
        String paging = brokenPaging(request);
        if (paging != null) {
            refuse(request, response, "with a table's " + paging + " no paginator sends");
            return;
        }
        String upload = "partial/ajax".equals(request.getHeader("Faces-Request")) ? brokenUpload(request) : null;
        if (upload != null) {
            refuse(request, response, "with a file for " + upload + " without the count an upload sends");
            return;
        }
        try {
            chain.doFilter(request, response);
            if (request.getAttribute(NonceCheck.REFUSED) != null && !response.isCommitted()) {
                response.reset();
                refuse(request, response, "with another page's nonce");
            }
        } catch (ServletException | RuntimeException e) {
            if (!refusable(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, e.getClass().getSimpleName());
        }
    }

    /**
     * Reads a refused body to its end, within bounds, so that the sender, still sending, gets the answer; a larger
     * one ends the connection with the answer.
     */
    private static void drain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > 8 * LARGEST_FORM) {
            response.setHeader("Connection", "close");
            return;
        }
        request.getInputStream().transferTo(OutputStream.nullOutputStream());
    }

    /** False for a multipart post whose body breaks off or has no parts: reading any parameter would fail on it. */
    private static boolean readableParts(HttpServletRequest request) {
        if (!multipart(request)) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (IOException | ServletException | RuntimeException e) {
            return false;
        }
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The name of a data table's paging or sorting parameter (row offset {@code _first}, page size {@code _rows}, sort
     * direction {@code _sortDir}) whose value is not what a paginator or a column header sends, or null: PrimeFaces
     * would fail on it while rendering the table.
     */
    private static String brokenPaging(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            Pattern shape = name.endsWith("_first") ? OFFSET : name.endsWith("_rows") ? PAGE_SIZE
                    : name.endsWith("_sortDir") ? SORT_DIRECTION : null;
            if (shape != null && Arrays.stream(parameter.getValue()).anyMatch(v -> !shape.matcher(v).matches())) {
                return name;
            }
        }
        return null;
    }

    /**
     * The name of a file part of an ajax upload that comes without the file count PrimeFaces' upload sends beside it
     * ({@code <name>_totalFilesCount}, a small whole number), or null: PrimeFaces fails on such a post.
     */
    private static String brokenUpload(HttpServletRequest request) throws IOException, ServletException {
        if (!multipart(request)) {
            return null;
        }
        for (Part part : request.getParts()) {
            String count = request.getParameter(part.getName() + "_totalFilesCount");
            if (part.getSubmittedFileName() != null && (count == null || !FILE_COUNT.matcher(count).matches())) {
                return part.getName();
            }
        }
        return null;
    }

    private static boolean refusable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
            throws IOException {
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.form-refused.text", why);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String textKey,
                               String why) throws IOException {
        LOG.fine(() -> "refused a form post to " + request.getRequestURI() + ": " + why);
        // Dutch, the product's language, unless the browser asks for English
        Locale locale = request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        ResourceBundle texts = ResourceBundle.getBundle(MessageTexts.BUNDLE, locale);
        String again = pageAgain(request.getRequestURI(), request.getContextPath());
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + escape(texts.getString("error.form-refused.title"))
                + "</title></head><body><h1>" + escape(texts.getString("error.form-refused.title")) + "</h1>"
                + "<p id=\"form-refused\">" + escape(texts.getString(textKey)) + "</p>"
                + "<p><a href=\"" + escape(again) + "\">" + escape(texts.getString("error.form-refused.again"))
                + "</a></p></body></html>");
    }

    /**
     * The address the refused post went to, as a link on this site: an address starting with two slashes, which
     * any other site can post to, would otherwise link to the host it names.
     */
    static String pageAgain(String requestUri, String contextPath) {
        return SessionIdsInAddresses.withoutSessionId(requestUri).orElse(contextPath + "/");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
