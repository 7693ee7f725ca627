package org.shouwang.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.engine.values.Text;

/**
 * Matches a file's header row to a feed's columns (data contract §1): the Chinese name or the
 * English key, ignoring surrounding spaces, full-width forms and a trailing {@code *}.
 */
public final class HeaderMap {
  private final Map<String, Integer> indexByKey = new HashMap<>();
  private final List<String> unknown = new ArrayList<>();
  private final List<Column> missing = new ArrayList<>();

  public HeaderMap(String[] header, List<Column> columns) {
    Map<String, Column> byName = new HashMap<>();
    for (Column c : columns) {
      byName.put(normalise(c.name()), c);
      byName.put(normalise(c.key()), c);
    }
    for (int i = 0; i < header.length; i++) {
      String h = header[i];
      if (h == null || h.isBlank()) {
        continue;
      }
      Column c = byName.get(normalise(h));
      if (c == null) {
        unknown.add(h.trim());
      } else {
        indexByKey.putIfAbsent(c.key(), i);
      }
    }
    for (Column c : columns) {
      if (c.required() && !indexByKey.containsKey(c.key())) {
        missing.add(c);
      }
    }
  }

  static String normalise(String header) {
    String s = Text.normalise(header).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    while (s.endsWith("*")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The index of the column in the file, or -1 when the file does not have it. */
  public int index(String key) {
    return indexByKey.getOrDefault(key, -1);
  }

  public List<String> unknown() {
    return unknown;
  }

  public List<Column> missing() {
    return missing;
  }
}
