package org.shouwang.cases;

/** 致贫/返贫风险: the national system keeps up to five per household (code table 100A27). */
public enum RiskType {
  ILLNESS("因病"),
  DISABILITY("因残"),
  EDUCATION("因学"),
  NATURAL_DISASTER("因自然灾害"),
  ACCIDENT("因意外事故"),
  INDUSTRY_FAILURE("因产业项目失败"),
  UNSTABLE_EMPLOYMENT("因务工就业不稳"),
  LACK_OF_LABOR("缺劳动力"),
  HOUSING_SAFETY("因安全住房"),
  WATER_SAFETY("因安全饮水"),
  OTHER("其他");

  private final String zh;

  RiskType(String zh) {
    this.zh = zh;
  }

  public String zh() {
    return zh;
  }

  /** Disaster and accident cases may take the green channel (绿色通道). */
  public boolean opensGreenChannel() {
    return this == NATURAL_DISASTER || this == ACCIDENT;
  }
}
