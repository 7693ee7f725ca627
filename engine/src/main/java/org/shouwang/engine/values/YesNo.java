package org.shouwang.engine.values;

import java.util.Locale;

/** Yes/no as the data contract accepts it: 是/否, Y/N, 1/0, true/false (and 有/无). */
public final class YesNo {
  private YesNo() {}

  public static boolean parse(String raw) {
    return switch (Text.normalise(raw).toLowerCase(Locale.ROOT)) {
      case "是", "y", "yes", "1", "true", "有", "√" -> true;
      case "否", "n", "no", "0", "false", "无", "×" -> false;
      default ->
          throw new InvalidValue(
              "应填写是/否（或Y/N、1/0、true/false）", "must be yes/no (是/否, Y/N, 1/0, true/false)");
    };
  }
}
