package org.shouwang.cases;

/**
 * A command that the case refuses because a rule of the procedure forbids it, with the reason in
 * plain Chinese and in English.
 */
public class CaseRuleViolation extends RuntimeException {
  private final String reasonZh;
  private final String reasonEn;

  public CaseRuleViolation(String reasonZh, String reasonEn) {
    super(reasonEn + " (" + reasonZh + ")");
    this.reasonZh = reasonZh;
    this.reasonEn = reasonEn;
  }

  public String reasonZh() {
    return reasonZh;
  }

  public String reasonEn() {
    return reasonEn;
  }
}
