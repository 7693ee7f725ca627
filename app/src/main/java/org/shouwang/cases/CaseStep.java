package org.shouwang.cases;

/**
 * The steps of the identification procedure (识别程序), state machine {@code IdentificationStep}. Each
 * open step has an owner: the level whose work it is and whose timer runs.
 */
public enum CaseStep {
  CLUE_RECEIVED("线索受理", AdminLevel.TOWNSHIP),
  HOME_VERIFICATION("入户核实", AdminLevel.VILLAGE),
  DATA_COMPARISON("信息比对", AdminLevel.COUNTY),
  VILLAGE_REVIEW("民主评议", AdminLevel.VILLAGE),
  PUBLIC_NOTICE("村内公示", AdminLevel.VILLAGE),
  TOWNSHIP_REVIEW("乡镇审核", AdminLevel.TOWNSHIP),
  COUNTY_APPROVAL("县级审定", AdminLevel.COUNTY),
  MONITORING_OBJECT("纳入监测对象", AdminLevel.TOWNSHIP),
  REJECTED("不予纳入", AdminLevel.TOWNSHIP),
  RECHECK_REQUESTED("申请复核", AdminLevel.TOWNSHIP);

  private final String zh;
  private final AdminLevel owner;

  CaseStep(String zh, AdminLevel owner) {
    this.zh = zh;
    this.owner = owner;
  }

  public String zh() {
    return zh;
  }

  public AdminLevel owner() {
    return owner;
  }

  /** A decided case (object or rejected) no longer runs the procedure clock. */
  public boolean decided() {
    return this == MONITORING_OBJECT || this == REJECTED;
  }

  /** Steps still inside the procedure, before the county's decision. */
  public boolean open() {
    return !decided() && this != RECHECK_REQUESTED;
  }
}
