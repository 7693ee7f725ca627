package org.shouwang.engine.screening.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shouwang.engine.values.Amounts;

/** Ordered, human-readable figures of a finding. */
final class Figures {
  private Figures() {}

  static Map<String, String> of(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  static String yuan(long fen) {
    return Amounts.format(fen);
  }
}
