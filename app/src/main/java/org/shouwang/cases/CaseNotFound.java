package org.shouwang.cases;

public class CaseNotFound extends CaseRuleViolation {
  public CaseNotFound(long caseId) {
    super("案件" + caseId + "不存在", "no case " + caseId);
  }
}
