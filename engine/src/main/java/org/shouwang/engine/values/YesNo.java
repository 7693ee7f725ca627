package org.shouwang.engine.values;

/** STUB until the values branch lands. */
public final class YesNo {
  private YesNo() {}

  public static boolean parse(String s) {
    return switch (s.trim().toLowerCase()) {
      case "是", "y", "1", "true", "有" -> true;
      case "否", "n", "0", "false", "无" -> false;
      default -> throw new InvalidValue("应为是/否", "must be yes/no");
    };
  }
}
