package nl.arbeidsmigratie.regie.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's heap as {@code jcmd} shows it after a full collection. The server is the Payara Micro process on
 * this machine that listens on the load test's port, or {@code load.server-pid}.
 */
final class Heap {

    private final long pid;

    private Heap(long pid) {
        this.pid = pid;
    }

    static Heap ofServer() {
        Long chosen = Long.getLong("load.server-pid");
        if (chosen != null) {
            return new Heap(chosen);
        }
        String port = "--port " + URI.create(Load.BASE_URL).getPort();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a)).filter(a -> a.contains("payara-micro")
                        && (a + " ").contains(port + " ")).isPresent())
                .findFirst().map(p -> new Heap(p.pid()))
                .orElseThrow(() -> new IllegalStateException("no Payara Micro with " + port + " on this machine; "
                        + "set -Dload.server-pid="));
    }

    long pid() {
        return pid;
    }

    /** Bytes in use after two full collections. */
    long usedAfterFullGc() {
        jcmd("GC.run");
        jcmd("GC.run");
        return kilobytes(jcmd("GC.heap_info"), "used (\\d+)K") * 1024;
    }

    /** Bytes per class of the live objects (a full collection first), from {@code GC.class_histogram}. */
    java.util.Map<String, Long> histogram() {
        java.util.Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)").matcher(jcmd("GC.class_histogram"));
        while (m.find()) {
            bytes.merge(m.group(2), Long.parseLong(m.group(1)), Long::sum);
        }
        return bytes;
    }

    long max() {
        Matcher m = Pattern.compile("MaxHeapSize=(\\d+)").matcher(jcmd("VM.flags"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long kilobytes(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("jcmd said: " + text);
        }
        return Long.parseLong(m.group(1));
    }

    private String jcmd(String... command) {
        List<String> line = new java.util.ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(Arrays.asList(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd (from the JDK) is needed on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
