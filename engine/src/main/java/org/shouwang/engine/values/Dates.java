package org.shouwang.engine.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates and months as the data contract accepts them: {@code YYYY-MM-DD}, {@code YYYY/MM/DD},
 * {@code YYYY.MM.DD}, {@code YYYYMMDD}, {@code YYYY年M月D日}; months {@code YYYY-MM}, {@code YYYYMM},
 * {@code YYYY年M月} (also with / and .). One-digit months and days and full-width digits are fine;
 * impossible dates are refused.
 */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String raw) {
    String s = Text.normalise(raw);
    int[] p = parts(s, 3);
    if (p == null) {
      throw new InvalidValue(
          "日期格式不正确（应为YYYY-MM-DD、YYYY/MM/DD、YYYYMMDD或YYYY年M月D日）",
          "not a date (YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or YYYY年M月D日)");
    }
    try {
      return LocalDate.of(p[0], p[1], p[2]);
    } catch (DateTimeException e) {
      throw new InvalidValue("日期不存在：" + s, "no such date: " + s);
    }
  }

  public static YearMonth parseMonth(String raw) {
    String s = Text.normalise(raw);
    int[] p = parts(s, 2);
    if (p == null || p[1] < 1 || p[1] > 12) {
      throw new InvalidValue(
          "月份格式不正确（应为YYYY-MM、YYYYMM或YYYY年M月）", "not a month (YYYY-MM, YYYYMM or YYYY年M月)");
    }
    return YearMonth.of(p[0], p[1]);
  }

  /** Splits into year, month (and day), or null when the text is not of an accepted shape. */
  private static int[] parts(String s, int count) {
    if (s.length() == 2 + 2 * count && s.chars().allMatch(Character::isDigit)) {
      int[] p = new int[count];
      p[0] = Integer.parseInt(s.substring(0, 4));
      for (int i = 1; i < count; i++) {
        p[i] = Integer.parseInt(s.substring(2 + 2 * i, 4 + 2 * i));
      }
      return p;
    }
    String t = s;
    char sep;
    if (t.indexOf('年') == 4) {
      if (count == 3 && !t.endsWith("日")) {
        return null;
      }
      if (count == 2 && !t.endsWith("月")) {
        return null;
      }
      t = t.substring(0, t.length() - 1).replace('年', '-').replace('月', '-');
      sep = '-';
    } else if (t.length() > 4) {
      sep = t.charAt(4);
      if (sep != '-' && sep != '/' && sep != '.') {
        return null;
      }
    } else {
      return null;
    }
    String[] pieces = t.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (pieces.length != count || pieces[0].length() != 4) {
      return null;
    }
    int[] p = new int[count];
    for (int i = 0; i < count; i++) {
      String piece = pieces[i].strip();
      if (piece.isEmpty()
          || piece.length() > (i == 0 ? 4 : 2)
          || !piece.chars().allMatch(Character::isDigit)) {
        return null;
      }
      p[i] = Integer.parseInt(piece);
    }
    return p;
  }
}
