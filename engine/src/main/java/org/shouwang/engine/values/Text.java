package org.shouwang.engine.values;

/** STUB until the values branch lands. */
public final class Text {
  private Text() {}

  public static String normalise(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
      if (c == '\u3000') c = ' ';
      b.append(c);
    }
    return b.toString().trim();
  }
}
