package org.shouwang.ingest;

import org.shouwang.engine.values.InvalidValue;

/** Phone numbers as people type them: digits, with spaces, dashes and a +86 prefix allowed. */
final class Phones {
  private Phones() {}

  static String normalise(String raw) {
    String s = raw.replaceAll("[\\s\\-()]", "");
    if (s.startsWith("+86")) {
      s = s.substring(3);
    }
    if (!s.matches("\\d{7,12}")) {
      throw new InvalidValue("电话号码应为7至12位数字", "a phone number has 7 to 12 digits");
    }
    return s;
  }
}
