package org.shouwang.engine.screening;

/** The risk a finding points to (风险类型), with its Chinese label. */
public enum RiskType {
  INCOME("收入不足"),
  ILLNESS("因病"),
  NATURAL_DISASTER("因自然灾害"),
  ACCIDENT("因意外事故"),
  LACK_OF_LABOR("缺劳动力"),
  UNSTABLE_EMPLOYMENT("因务工就业不稳"),
  EDUCATION("因学"),
  HOUSING_SAFETY("因安全住房"),
  WATER_SAFETY("因安全饮水"),
  DISABILITY("因残"),
  INCOME_DROP("收入骤减"),
  CIVIL_AFFAIRS("民政救助信号"),
  DATA_MISMATCH("信息比对疑点");

  private final String label;

  RiskType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
