package org.shouwang.engine.values;

import java.math.BigDecimal;

/** STUB until the values branch lands. */
public final class Amounts {
  private Amounts() {}

  public static long parseFen(String s, boolean allowNegative) {
    try {
      BigDecimal d = new BigDecimal(Text.normalise(s).replace(",", ""));
      if (d.signum() < 0 && !allowNegative) throw new InvalidValue("金额不能为负", "negative");
      return d.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidValue("金额格式错误", "bad amount");
    }
  }

  public static String format(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
