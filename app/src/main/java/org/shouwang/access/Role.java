package org.shouwang.access;

/** What a user does; the region they belong to bounds what they see. */
public enum Role {
  VILLAGE("村级干部", "village cadre"),
  TOWNSHIP("乡镇审核人员", "township reviewer"),
  COUNTY("县级管理员", "county administrator"),
  CITY("市级管理员", "city administrator"),
  PROVINCE("省级管理员", "province administrator"),
  DEPARTMENT("部门数据专员", "department data officer");

  private final String zh;
  private final String en;

  Role(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String label(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : zh;
  }
}
