package org.shouwang.engine.values;

import java.time.LocalDate;
import java.time.YearMonth;

/** STUB until the values branch lands. */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String s) {
    try {
      String t = Text.normalise(s).replace('/', '-').replace('.', '-');
      if (t.matches("\\d{8}"))
        t = t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6);
      String[] p = t.replace("年", "-").replace("月", "-").replace("日", "").split("-");
      return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    } catch (RuntimeException e) {
      throw new InvalidValue("日期格式错误", "not a date");
    }
  }

  public static YearMonth parseMonth(String s) {
    try {
      String t = Text.normalise(s).replace('/', '-').replace('.', '-');
      if (t.matches("\\d{6}")) t = t.substring(0, 4) + "-" + t.substring(4);
      String[] p = t.replace("年", "-").replace("月", "").split("-");
      return YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    } catch (RuntimeException e) {
      throw new InvalidValue("月份格式错误", "not a month");
    }
  }
}
