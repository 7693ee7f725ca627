package org.shouwang.ingest;

import java.util.Arrays;

/**
 * The resident IDs seen so far in one file, with the row each was first seen on: an open-addressing
 * table of primitive longs (the first 17 digits determine the number), 16 bytes a person, so a file
 * of millions of people fits in a small heap.
 */
final class SeenIds {
  private static final long EMPTY = -1;
  private long[] keys;
  private long[] rows;
  private int size;

  SeenIds() {
    keys = new long[1 << 16];
    rows = new long[1 << 16];
    Arrays.fill(keys, EMPTY);
  }

  /** Records the ID at {@code row}; returns the row it was first seen on, or -1 if new. */
  long firstRow(String id18, long row) {
    long key = Long.parseLong(id18, 0, 17, 10);
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    rows[i] = row;
    size++;
    return -1;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = mix(oldKeys[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        rows[i] = oldRows[j];
      }
    }
  }
}
