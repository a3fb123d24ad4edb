package nl.arbeidsmigratie.regie.monitoring.control;

import java.util.Arrays;

/** A set of longs by open addressing: about 16 bytes per key, where a HashSet of Long takes about 60. */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = filled(1 << 12);
    private int size;

    boolean add(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        return put(slots, key);
    }

    private boolean put(long[] table, long key) {
        int mask = table.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = filled(old.length * 2);
        for (long key : old) {
            if (key != EMPTY) {
                put(bigger, key);
            }
        }
        slots = bigger;
    }

    private static long[] filled(int length) {
        long[] table = new long[length];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
