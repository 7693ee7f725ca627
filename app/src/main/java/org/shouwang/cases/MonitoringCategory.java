package org.shouwang.cases;

/** The category the county gives a monitoring object (监测对象类别). */
public enum MonitoringCategory {
  UNSTABLE_EX_POOR("脱贫不稳定户"),
  MARGINAL_AT_RISK("边缘易致贫户"),
  SUDDEN_SEVERE_HARDSHIP("突发严重困难户");

  private final String zh;

  MonitoringCategory(String zh) {
    this.zh = zh;
  }

  public String zh() {
    return zh;
  }
}
