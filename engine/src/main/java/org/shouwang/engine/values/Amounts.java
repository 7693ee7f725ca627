package org.shouwang.engine.values;

import java.math.BigDecimal;

/**
 * Money in yuan as people write it — {@code 12,345.60}, {@code １２３４５．６}, {@code ¥80}, {@code 80元} —
 * read exactly into fen (a {@code long}), never through a {@code double}.
 */
public final class Amounts {
  private static final long MAX_YUAN = 1_000_000_000_000L; // one trillion yuan: surely a typo

  private Amounts() {}

  /** Parses yuan with up to two decimals into fen; negative amounts only when allowed. */
  public static long parseFen(String raw, boolean allowNegative) {
    String s = Text.normalise(raw).replace("，", ",").replace("。", ".").replace("．", ".");
    if (s.startsWith("¥") || s.startsWith("￥")) {
      s = s.substring(1).strip();
    }
    if (s.endsWith("元")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      throw bad();
    }
    long yuan = 0;
    long fen = 0;
    int decimals = -1;
    int digitsSinceComma = -1;
    boolean anyDigit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        anyDigit = true;
        if (decimals >= 0) {
          if (++decimals > 2) {
            throw new InvalidValue("金额最多两位小数", "an amount has at most 2 decimals");
          }
          fen = fen * 10 + (c - '0');
        } else {
          yuan = yuan * 10 + (c - '0');
          if (yuan > MAX_YUAN) {
            throw new InvalidValue("金额过大", "amount too large");
          }
          if (digitsSinceComma >= 0) {
            digitsSinceComma++;
          }
        }
      } else if (c == ',' && decimals < 0 && anyDigit) {
        if (digitsSinceComma >= 0 && digitsSinceComma != 3) {
          throw bad();
        }
        digitsSinceComma = 0;
      } else if (c == '.' && decimals < 0) {
        if (digitsSinceComma >= 0 && digitsSinceComma != 3) {
          throw bad();
        }
        decimals = 0;
      } else {
        throw bad();
      }
    }
    if (!anyDigit || (digitsSinceComma >= 0 && decimals < 0 && digitsSinceComma != 3)) {
      throw bad();
    }
    if (decimals == 1) {
      fen *= 10;
    }
    long total = yuan * 100 + fen;
    if (negative && total != 0) {
      if (!allowNegative) {
        throw new InvalidValue("金额不能为负数", "the amount must not be negative");
      }
      return -total;
    }
    return total;
  }

  private static InvalidValue bad() {
    return new InvalidValue("金额格式不正确（应为元，最多两位小数）", "not an amount in yuan with up to 2 decimals");
  }

  /** Fen as yuan with two decimals: {@code 1234560 → "12345.60"}. */
  public static String format(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
