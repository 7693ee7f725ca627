package org.shouwang.cases;

/**
 * How a clue (线索) reached the queue. The origin reference names the thing it came from: the warning
 * id, the receipt number of the declaration, or the visit record.
 */
public enum ClueChannel {
  /** 部门筛查预警: a department warning the village's verification found should be taken in (纳入). */
  DEPARTMENT_WARNING("部门筛查预警", "warning id"),
  /** 农户自主申报: lands with the township, which must accept it (2 days by default). */
  SELF_DECLARATION("农户自主申报", "receipt number"),
  /** 基层干部排查: a village user's visit finding. */
  CADRE_SCREENING("基层干部排查", "visit record");

  private final String zh;
  private final String originName;

  ClueChannel(String zh, String originName) {
    this.zh = zh;
    this.originName = originName;
  }

  public String zh() {
    return zh;
  }

  /** What the origin reference of this channel is, in English. */
  public String originName() {
    return originName;
  }

  /** Only self-declarations wait for the township to accept them. */
  public boolean needsAcceptance() {
    return this == SELF_DECLARATION;
  }
}
