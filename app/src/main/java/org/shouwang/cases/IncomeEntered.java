package org.shouwang.cases;

/**
 * The household's income as the verifiers entered it at the door, in fen, for the 12 months before
 * identification. Per-capita net income (人均纯收入) = (wage + business + property + transfer − business
 * costs) / household size, recomputed here rather than typed in.
 */
public record IncomeEntered(
    long wageFen,
    long businessFen,
    long propertyFen,
    long transferFen,
    long businessCostFen,
    int householdSize) {

  public IncomeEntered {
    if (householdSize < 1) {
      throw new CaseRuleViolation("家庭人口数至少为1", "a household has at least one member");
    }
    if (wageFen < 0
        || businessFen < 0
        || propertyFen < 0
        || transferFen < 0
        || businessCostFen < 0) {
      throw new CaseRuleViolation("收入和支出不能为负数", "income and cost figures cannot be negative");
    }
  }

  public long netFen() {
    return wageFen + businessFen + propertyFen + transferFen - businessCostFen;
  }

  /** Rounded down to the fen. */
  public long perCapitaNetFen() {
    return Math.floorDiv(netFen(), householdSize);
  }
}
