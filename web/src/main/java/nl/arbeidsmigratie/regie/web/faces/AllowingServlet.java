package nl.arbeidsmigratie.regie.web.faces;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A servlet that names the methods it answers, as pages do ({@link FormPostGuard}): any other is answered 405 with
 * {@code Allow}, which HTTP requires and {@link HttpServlet} leaves out (and PATCH, which it does not know, would
 * be 501), and OPTIONS 204 with the same list, without the TRACE the server refuses anyway.
 */
public abstract class AllowingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<String> allowed = allowed();
        boolean options = "OPTIONS".equals(request.getMethod());
        if (options || !allowed.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", allowed));
            response.setStatus(options ? HttpServletResponse.SC_NO_CONTENT
                    : HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        super.service(request, response);
    }

    /** GET, with the HEAD that comes with it, and POST, as far as the servlet answers them. */
    private List<String> allowed() {
        List<String> methods = new ArrayList<>();
        if (answers("doGet")) {
            methods.addAll(List.of("GET", "HEAD"));
        }
        if (answers("doPost")) {
            methods.add("POST");
        }
        return methods;
    }

    private boolean answers(String method) {
        for (Class<?> type = getClass(); type != AllowingServlet.class; type = type.getSuperclass()) {
            if (Arrays.stream(type.getDeclaredMethods()).anyMatch(declared -> declared.getName().equals(method))) {
                return true;
            }
        }
        return false;
    }
}
