package nl.arbeidsmigratie.regie.monitoring.control;

import java.util.Arrays;

/**
 * The line of a file on which each of many long keys came first, by open addressing: about 24 bytes per key, where a
 * HashMap of Long to Long takes about 100, so the keys of a file of millions of rows fit in memory.
 */
final class FirstLines {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = filled(1 << 12);
    private int[] lines = new int[1 << 12];
    private int size;

    /** Records {@code key} as come on {@code line}; the line it came on first if it came before, else -1. */
    long putIfAbsent(long key, long line) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(keys, key);
        if (keys[i] == key) {
            return lines[i];
        }
        keys[i] = key;
        lines[i] = Math.toIntExact(line);
        size++;
        return -1;
    }

    /** Where {@code key} is, or the free slot it would take. */
    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = filled(oldKeys.length * 2);
        lines = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = slot(keys, oldKeys[i]);
                keys[j] = oldKeys[i];
                lines[j] = oldLines[i];
            }
        }
    }

    private static long[] filled(int length) {
        long[] table = new long[length];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
