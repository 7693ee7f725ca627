package org.shouwang.engine.values;

/** What people type, made comparable: full-width forms to ASCII, ideographic spaces, trimming. */
public final class Text {
  private Text() {}

  /**
   * Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic and no-break spaces to plain ones,
   * surrounding white space removed, runs of white space collapsed; {@code null} becomes {@code
   * ""}.
   */
  public static String normalise(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char d = c;
      if (c >= '\uFF01' && c <= '\uFF5E') {
        d = (char) (c - 0xFEE0);
      } else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\r' || c == '\n') {
        d = ' ';
      }
      if (d != c && b == null) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      if (b != null) {
        b.append(d);
      }
    }
    String t = (b == null ? s : b.toString()).strip();
    return t.indexOf("  ") < 0 ? t : t.replaceAll(" {2,}", " ");
  }
}
