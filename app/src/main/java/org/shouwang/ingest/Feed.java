package org.shouwang.ingest;

import static org.shouwang.ingest.Column.optional;
import static org.shouwang.ingest.Column.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The feeds of the data contract (§3 registry, §4 departments), with their columns. */
public enum Feed {
  HOUSEHOLD(
      "household",
      "农户基础信息",
      required("户编号", "household_id"),
      required("行政区划代码", "village_code"),
      required("户主姓名", "head_name"),
      required("户主身份证号", "head_id_number"),
      required("户类型", "household_type"),
      optional("联系电话", "phone"),
      optional("是否易地扶贫搬迁", "relocated"),
      optional("详细地址", "address")),
  MEMBER(
      "member",
      "家庭成员",
      required("身份证号", "id_number"),
      required("姓名", "name"),
      required("户编号", "household_id"),
      required("与户主关系", "relation"),
      optional("健康状况", "health"),
      optional("劳动技能", "labor_skill"),
      optional("在校生状况", "student_status"),
      optional("是否参加城乡居民基本医疗保险", "medical_insured"),
      optional("是否参加城乡居民基本养老保险", "pension_insured"),
      optional("务工状况", "work_status"),
      optional("务工时间(月)", "work_months")),
  INCOME(
      "income",
      "家庭年度收支",
      required("户编号", "household_id"),
      required("年度", "year"),
      required("工资性收入", "wage_income"),
      required("生产经营性收入", "business_income"),
      required("财产性收入", "property_income"),
      required("转移性收入", "transfer_income"),
      required("生产经营性支出", "business_cost"),
      optional("理赔收入", "claim_income"),
      optional("合规自付支出", "compliant_self_paid"));

  private final String key;
  private final String label;
  private final List<Column> columns;

  Feed(String key, String label, Column... columns) {
    this.key = key;
    this.label = label;
    this.columns = List.of(columns);
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public List<Column> columns() {
    return columns;
  }

  public static Optional<Feed> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
  }
}
