package org.shouwang.cases;

import java.util.Set;

/**
 * A clue from one of the three channels, as the channel hands it over.
 *
 * @param originRef the warning id, the declaration's receipt number or the visit record
 */
public record ClueIntake(
    ClueChannel channel,
    CaseHousehold household,
    String originRef,
    Set<RiskType> suspectedRisks,
    String description) {

  /** A department warning the village's verification found should be taken in (纳入). */
  public static ClueIntake departmentWarning(
      CaseHousehold household, String warningId, Set<RiskType> risks, String summary) {
    return new ClueIntake(ClueChannel.DEPARTMENT_WARNING, household, warningId, risks, summary);
  }

  /** A household's own declaration, received by the township. */
  public static ClueIntake selfDeclaration(
      CaseHousehold household, String receiptNumber, Set<RiskType> risks, String statement) {
    return new ClueIntake(ClueChannel.SELF_DECLARATION, household, receiptNumber, risks, statement);
  }

  /** A village user's visit finding. */
  public static ClueIntake cadreScreening(
      CaseHousehold household, String visitRecord, Set<RiskType> risks, String finding) {
    return new ClueIntake(ClueChannel.CADRE_SCREENING, household, visitRecord, risks, finding);
  }
}
