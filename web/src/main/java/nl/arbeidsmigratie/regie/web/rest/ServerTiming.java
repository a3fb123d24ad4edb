package nl.arbeidsmigratie.regie.web.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The facade's own share of a request, sent as a W3C {@code Server-Timing} metric ({@code facade;dur=12.3}, in
 * milliseconds): a caller, a browser's developer tools or the benchmark, sees how much of what it waited for was the
 * facade and how much the token check, the serialisation and the network.
 */
public final class ServerTiming {

    public static final String HEADER = "Server-Timing";

    private ServerTiming() {
    }

    public static <T> T facade(HttpServletResponse response, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        response.setHeader(HEADER, String.format(Locale.ROOT, "facade;dur=%.1f", (System.nanoTime() - start) / 1e6));
        return result;
    }
}
