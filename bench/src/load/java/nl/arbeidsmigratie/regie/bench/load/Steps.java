package nl.arbeidsmigratie.regie.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stepped open model's levels and what each got: every arrival is counted in the level it arrived in, with the
 * time from arrival to its answer. Prints, per level, the offered and answered rate and the percentiles, and the
 * first level whose p95 passed 1 s (or where more than 1 % of the requests failed): the saturation point.
 */
final class Steps {

    static final long LIMIT_MILLIS = 1_000;

    private final String what;
    private final double[] rates;
    private final long stepMillis;
    private final AtomicLong start = new AtomicLong();
    private final List<List<Long>> times = new ArrayList<>();
    private final AtomicInteger[] failures;

    Steps(String what, String levels, int stepSeconds) {
        this.what = what;
        this.rates = Arrays.stream(levels.split(",")).mapToDouble(l -> Double.parseDouble(l.strip())).toArray();
        this.stepMillis = stepSeconds * 1_000L;
        this.failures = new AtomicInteger[rates.length];
        for (int i = 0; i < rates.length; i++) {
            times.add(new ArrayList<>());
            failures[i] = new AtomicInteger();
        }
    }

    double[] rates() {
        return rates;
    }

    long stepMillis() {
        return stepMillis;
    }

    /** The arrival's moment; the first arrival starts the clock of the levels. */
    long arrive() {
        long now = System.currentTimeMillis();
        start.compareAndSet(0, now);
        return now;
    }

    void answered(long arrived, boolean failed) {
        int level = level(arrived);
        List<Long> list = times.get(level);
        synchronized (list) {
            list.add(System.currentTimeMillis() - arrived);
        }
        if (failed) {
            failures[level].incrementAndGet();
        }
    }

    /** True once a level before the current one ended over the limit: no need to go further. */
    boolean saturated() {
        int current = level(System.currentTimeMillis());
        for (int i = 0; i < current; i++) {
            if (over(i)) {
                return true;
            }
        }
        return false;
    }

    /** p95 over the limit, or more than one request in a hundred failed (a refusal is no answer). */
    private boolean over(int level) {
        int count;
        synchronized (times.get(level)) {
            count = times.get(level).size();
        }
        return percentile(level, 95) > LIMIT_MILLIS || failures[level].get() * 100 > count;
    }

    private int level(long moment) {
        return (int) Math.min(rates.length - 1, Math.max(0, (moment - start.get()) / stepMillis));
    }

    private long percentile(int level, int p) {
        List<Long> list = times.get(level);
        long[] sorted;
        synchronized (list) {
            sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1];
    }

    void print() {
        StringBuilder out = new StringBuilder(String.format("%n%s, stepped open model, %d s per level%n", what,
                stepMillis / 1_000));
        out.append(String.format("%10s %10s %8s %8s %8s %8s %8s%n", "offered/s", "answered/s", "requests", "failed",
                "p50 ms", "p95 ms", "max ms"));
        Double saturation = null;
        double before = 0;
        for (int i = 0; i < rates.length && !times.get(i).isEmpty(); i++) {
            int count = times.get(i).size();
            long p95 = percentile(i, 95);
            out.append(String.format("%10.0f %10.1f %8d %8d %8d %8d %8d%n", rates[i], count * 1_000.0 / stepMillis,
                    count, failures[i].get(), percentile(i, 50), p95, percentile(i, 100)));
            if (saturation == null && over(i)) {
                saturation = rates[i];
            } else if (saturation == null) {
                before = rates[i];
            }
        }
        if (times.get(0).isEmpty()) {
            out.append(String.format("%s: nothing measured (the setup made no session or token; see the errors above)%n",
                    what));
            System.out.print(out);
            return;
        }
        out.append(saturation == null
                ? String.format("%s: p95 stayed within 1 s up to %.0f requests/s (the last level); not saturated%n",
                        what, before)
                : String.format("%s: SATURATION p95 passed 1 s (or over 1 %% failed) at %.0f requests/s (within 1 s at %.0f requests/s)%n",
                        what, saturation, before));
        System.out.print(out);
    }
}
