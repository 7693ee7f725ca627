package org.shouwang.cases;

/** Someone else moved the case since it was loaded (optimistic locking): reload and try again. */
public class CaseConcurrentlyModified extends CaseRuleViolation {
  public CaseConcurrentlyModified(long caseId, long version) {
    super(
        "案件" + caseId + "已被他人处理（版本" + version + "已过期），请刷新后重试",
        "case " + caseId + " was changed by someone else (version " + version + " is stale)");
  }
}
