package org.shouwang.engine.income;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One household's annual income survey (家庭年度收支), in fen. 家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出;
 * 人均纯收入 = 家庭纯收入 ÷ member count.
 */
public record IncomeSurvey(
    int year,
    long wageFen,
    long businessFen,
    long propertyFen,
    long transferFen,
    long businessCostFen,
    long claimFen,
    long compliantSelfPaidFen)
    implements Serializable {

  /** 家庭纯收入 in fen. */
  public long netFen() {
    return wageFen + businessFen + propertyFen + transferFen - businessCostFen;
  }

  /** 人均纯收入 in yuan, 2 decimals (half up), for showing. Comparisons use the exact methods. */
  public BigDecimal perCapitaYuan(int members) {
    requireMembers(members);
    return BigDecimal.valueOf(netFen(), 2)
        .divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
  }

  /** Exactly: is 人均纯收入 below {@code lineFen}, i.e. net &lt; line × members? */
  public boolean perCapitaBelow(long lineFen, int members) {
    requireMembers(members);
    return netFen() < lineFen * members;
  }

  private static void requireMembers(int members) {
    if (members <= 0) {
      throw new IllegalArgumentException("a household has at least one member");
    }
  }
}
