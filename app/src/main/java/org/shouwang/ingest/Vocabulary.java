package org.shouwang.ingest;

import java.util.List;

/** The closed value lists of the data contract. */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> HOUSEHOLD_TYPES = List.of("脱贫户", "一般农户");
  static final List<String> RELATIONS =
      List.of("户主", "配偶", "子女", "儿媳", "女婿", "孙子女", "父母", "祖父母", "兄弟姐妹", "其他");
  static final List<String> HEALTH = List.of("健康", "长期慢性病", "患有大病", "残疾");
  static final List<String> LABOR_SKILLS = List.of("技能劳动力", "普通劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力");
  static final List<String> STUDENT_STATUS =
      List.of("学前教育", "小学", "初中", "高中", "中职", "高职", "大专及以上", "非在校生");
  static final List<String> WORK_STATUS = List.of("省外务工", "省内县外务工", "县内务工", "未务工");
}
