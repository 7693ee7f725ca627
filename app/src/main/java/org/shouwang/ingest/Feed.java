package org.shouwang.ingest;

import static org.shouwang.ingest.Column.Kind.DATE;
import static org.shouwang.ingest.Column.Kind.HOUSEHOLD_NO;
import static org.shouwang.ingest.Column.Kind.ID_NUMBER;
import static org.shouwang.ingest.Column.Kind.MONEY;
import static org.shouwang.ingest.Column.Kind.MONTH;
import static org.shouwang.ingest.Column.Kind.TEXT;
import static org.shouwang.ingest.Column.Kind.VILLAGE_CODE;
import static org.shouwang.ingest.Column.Kind.YES_NO;
import static org.shouwang.ingest.Column.choice;
import static org.shouwang.ingest.Column.of;
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
      optional("合规自付支出", "compliant_self_paid")),
  MEDICAL(
      "medical",
      "医保结算",
      of("身份证号", "id_number", true, ID_NUMBER),
      of("结算日期", "settle_date", true, DATE),
      choice("就诊类型", "visit_type", false, "住院", "门诊慢特病", "普通门诊"),
      of("医疗总费用", "total_cost", true, MONEY),
      of("基本医保支付", "basic_paid", false, MONEY),
      of("大病保险支付", "critical_paid", false, MONEY),
      of("医疗救助支付", "assistance_paid", false, MONEY),
      of("个人自付", "self_paid", true, MONEY)),
  CIVIL_AFFAIRS(
      "civil_affairs",
      "民政救助",
      of("身份证号", "id_number", true, ID_NUMBER),
      choice("救助类别", "category", true, "低保", "特困供养", "低保边缘", "刚性支出困难", "临时救助", "孤儿", "事实无人抚养儿童"),
      of("开始日期", "start_date", true, DATE),
      of("结束日期", "end_date", false, DATE),
      of("金额", "amount", false, MONEY)),
  DEATH(
      "death",
      "死亡注销",
      of("身份证号", "id_number", true, ID_NUMBER),
      of("死亡日期", "death_date", true, DATE)),
  EDUCATION(
      "education",
      "学籍",
      of("身份证号", "id_number", true, ID_NUMBER),
      choice("学段", "stage", false, "小学", "初中", "高中", "中职", "高职", "本科及以上"),
      choice("学籍状态", "status", true, "在读", "辍学", "休学", "毕业", "转出"),
      of("状态日期", "status_date", true, DATE),
      of("学年自付费用", "self_paid_fees", false, MONEY)),
  HOUSING(
      "housing",
      "住房安全鉴定",
      of("户编号", "household_id", false, HOUSEHOLD_NO),
      of("户主身份证号", "head_id_number", false, ID_NUMBER),
      of("鉴定日期", "assess_date", true, DATE),
      choice("安全等级", "grade", true, "A", "B", "C", "D")),
  EMPLOYMENT(
      "employment",
      "就业参保",
      of("身份证号", "id_number", true, ID_NUMBER),
      of("月份", "month", true, MONTH),
      choice("就业状态", "status", true, "就业", "失业", "未就业"),
      of("月工资", "monthly_wage", false, MONEY)),
  DISASTER(
      "disaster",
      "灾情",
      of("户编号", "household_id", false, HOUSEHOLD_NO),
      of("户主身份证号", "head_id_number", false, ID_NUMBER),
      of("灾害日期", "disaster_date", true, DATE),
      choice(
          "灾害类型",
          "disaster_type",
          true,
          "洪涝",
          "干旱",
          "台风",
          "地震",
          "地质灾害",
          "风雹",
          "低温冷冻",
          "森林草原火灾",
          "生物灾害",
          "其他"),
      of("直接经济损失", "loss", true, MONEY)),
  ACCIDENT(
      "accident",
      "意外事故",
      of("身份证号", "id_number", true, ID_NUMBER),
      of("事故日期", "accident_date", true, DATE),
      choice("事故类型", "accident_type", false, "交通事故", "生产安全事故", "其他"),
      choice("伤亡情况", "outcome", true, "死亡", "重伤", "轻伤")),
  DISABILITY(
      "disability",
      "残疾人证",
      of("身份证号", "id_number", true, ID_NUMBER),
      choice("残疾类别", "category", false, "视力", "听力", "言语", "肢体", "智力", "精神", "多重"),
      choice("残疾等级", "grade", true, "一级", "二级", "三级", "四级"),
      of("发证日期", "issue_date", true, DATE)),
  WATER(
      "water",
      "饮水安全",
      of("行政区划代码", "village_code", false, VILLAGE_CODE),
      of("户编号", "household_id", false, HOUSEHOLD_NO),
      of("检测日期", "check_date", true, DATE),
      of("是否达标", "compliant", true, YES_NO),
      choice("问题类型", "problem", false, "水质", "水量", "用水方便程度", "供水保证率")),
  VEHICLE(
      "vehicle",
      "机动车登记",
      of("身份证号", "id_number", true, ID_NUMBER),
      of("登记日期", "register_date", true, DATE),
      choice("车辆类型", "vehicle_type", false, "小型汽车", "货车", "摩托车", "农用车", "其他"),
      of("车辆价值", "value", false, MONEY)),
  BUSINESS(
      "business",
      "市场主体登记",
      of("身份证号", "id_number", true, ID_NUMBER),
      of("登记日期", "register_date", true, DATE),
      of("主体类型", "entity_type", false, TEXT),
      of("注册资本", "capital", false, MONEY));

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

  /** True for the twelve department feeds of data contract §4. */
  public boolean department() {
    return ordinal() > INCOME.ordinal();
  }

  /** The table a department feed lands in. */
  public String table() {
    return "dept_" + key;
  }

  /** Columns of which a row needs at least one (e.g. 户编号 or 户主身份证号). */
  public List<Column> alternatives() {
    return columns.stream()
        .filter(c -> !c.required())
        .filter(c -> c.kind() == ID_NUMBER || c.kind() == HOUSEHOLD_NO || c.kind() == VILLAGE_CODE)
        .toList();
  }

  public static Optional<Feed> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
  }
}
