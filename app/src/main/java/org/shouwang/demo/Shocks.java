package org.shouwang.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The twelve department feeds of a generated county: ordinary records for many people, and the
 * shocks the warning rules look for (large medical bills, deaths, drop-outs, lost jobs, disasters…)
 * for a plausible few. About one row in twenty names someone outside the rural registry.
 */
final class Shocks implements AutoCloseable {
  private final LocalDate asOf;
  private final LocalDate yearStart;
  private final CsvOut medical;
  private final CsvOut civil;
  private final CsvOut death;
  private final CsvOut housing;
  private final CsvOut employment;
  private final CsvOut disaster;
  private final CsvOut accident;
  private final CsvOut disability;
  private final CsvOut water;
  private final CsvOut vehicle;
  private final CsvOut business;
  private final OutputStream educationOut;
  private final Workbook educationBook;
  private final Worksheet education;
  private final SplittableRandom outsiders;
  private int educationRow = 1;
  private int dirtyMedical;
  private int dirtyCivil;
  private int dirtyEmployment;

  Shocks(Path dir, LocalDate asOf, long seed) throws IOException {
    this.asOf = asOf;
    this.yearStart = asOf.withDayOfYear(1);
    this.outsiders = new SplittableRandom(seed ^ 0x5DEECE66DL);
    var utf8 = StandardCharsets.UTF_8;
    medical =
        new CsvOut(
            dir.resolve("medical.csv"),
            utf8,
            true,
            "身份证号",
            "结算日期",
            "就诊类型",
            "医疗总费用",
            "基本医保支付",
            "大病保险支付",
            "医疗救助支付",
            "个人自付");
    civil =
        new CsvOut(
            dir.resolve("civil_affairs.csv"),
            DemoCounty.GBK,
            false,
            "身份证号",
            "救助类别",
            "开始日期",
            "结束日期",
            "金额");
    death = new CsvOut(dir.resolve("death.csv"), utf8, true, "身份证号", "死亡日期");
    housing = new CsvOut(dir.resolve("housing.csv"), utf8, true, "户编号", "户主身份证号", "鉴定日期", "安全等级");
    employment =
        new CsvOut(dir.resolve("employment.csv"), utf8, false, "身份证号", "月份", "就业状态", "月工资");
    disaster =
        new CsvOut(
            dir.resolve("disaster.csv"), utf8, true, "户编号", "户主身份证号", "灾害日期", "灾害类型", "直接经济损失");
    accident = new CsvOut(dir.resolve("accident.csv"), utf8, true, "身份证号", "事故日期", "事故类型", "伤亡情况");
    disability =
        new CsvOut(dir.resolve("disability.csv"), utf8, true, "身份证号", "残疾类别", "残疾等级", "发证日期");
    water =
        new CsvOut(dir.resolve("water.csv"), utf8, true, "行政区划代码", "户编号", "检测日期", "是否达标", "问题类型");
    vehicle = new CsvOut(dir.resolve("vehicle.csv"), utf8, true, "身份证号", "登记日期", "车辆类型", "车辆价值");
    business = new CsvOut(dir.resolve("business.csv"), utf8, true, "身份证号", "登记日期", "主体类型", "注册资本");
    educationOut = Files.newOutputStream(dir.resolve("education.xlsx"));
    educationBook = new Workbook(educationOut, "Shouwang", "1.0");
    education = educationBook.newWorksheet("学籍");
    String[] header = {"身份证号", "学段", "学籍状态", "状态日期", "学年自付费用"};
    for (int c = 0; c < header.length; c++) {
      education.value(0, c, header[c]);
    }
  }

  private LocalDate within(SplittableRandom r, int days) {
    return asOf.minusDays(r.nextInt(days));
  }

  private LocalDate thisYear(SplittableRandom r) {
    return yearStart.plusDays(r.nextInt((int) (asOf.toEpochDay() - yearStart.toEpochDay()) + 1));
  }

  static String yuan(long fen) {
    return DemoCounty.yuan(fen);
  }

  void household(
      SplittableRandom r, String no, String village, boolean lifted, List<Person> family) {
    Person head = family.get(0);
    for (Person p : family) {
      person(r, p);
    }
    if (r.nextInt(100) < 25) {
      int g = r.nextInt(100);
      String grade = g < 60 ? "A" : g < 95 ? "B" : g < 99 ? "C" : "D";
      boolean byHead = r.nextInt(10) == 0;
      housing.row(byHead ? "" : no, byHead ? head.id() : "", within(r, 700), grade);
    }
    if (r.nextInt(1000) < 30) {
      String[] types = {"洪涝", "干旱", "风雹", "低温冷冻", "地质灾害", "其他"};
      long loss =
          r.nextInt(100) < 18 ? 1_000_000 + r.nextInt(5_000_000) : 50_000 + r.nextInt(800_000);
      disaster.row(no, head.id(), within(r, 365), types[r.nextInt(types.length)], yuan(loss));
    }
    if (r.nextInt(1000) < 30) {
      Person p = family.get(r.nextInt(family.size()));
      String[] cats = {"低保", "低保", "低保", "临时救助", "临时救助", "特困供养", "低保边缘", "刚性支出困难"};
      String cat = cats[r.nextInt(cats.length)];
      long amount = cat.equals("临时救助") ? 100_000 + r.nextInt(400_000) : 40_000 + r.nextInt(50_000);
      LocalDate start = r.nextInt(100) < 75 ? within(r, 365) : asOf.minusDays(400 + r.nextInt(900));
      civil.row(p.id(), cat, start, cat.equals("临时救助") ? start : "", yuan(amount));
    }
    if (r.nextInt(1000) < 60) {
      Person p = family.get(r.nextInt(family.size()));
      int t = r.nextInt(100);
      String type = t < 45 ? "小型汽车" : t < 75 ? "摩托车" : t < 92 ? "农用车" : "货车";
      long value =
          type.equals("小型汽车") ? 4_000_000 + r.nextInt(12_000_000) : 300_000 + r.nextInt(3_000_000);
      vehicle.row(p.id(), asOf.minusDays(r.nextInt(2000)), type, yuan(value));
    }
  }

  private void person(SplittableRandom r, Person p) {
    int age = p.ageOn(asOf);
    if (r.nextInt(100) < 15) {
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        long total = 5_000 + r.nextInt(80_000);
        medicalRow(r, p.id(), thisYear(r), "普通门诊", total, total * (20 + r.nextInt(30)) / 100);
      }
    }
    int serious = p.health().equals("患有大病") ? 300 : age >= 60 ? 50 : 20;
    if (r.nextInt(1000) < serious) {
      long total = 500_000 + r.nextInt(8_000_000);
      medicalRow(r, p.id(), thisYear(r), "住院", total, total * (15 + r.nextInt(25)) / 100);
    }
    if (r.nextInt(10_000) < (age >= 70 ? 250 : 30)) {
      death.row(p.id(), within(r, 365));
    }
    if (p.health().equals("残疾")) {
      String[] grades = {"一级", "二级", "二级", "三级", "三级", "四级", "四级"};
      String[] cats = {"肢体", "肢体", "视力", "听力", "智力", "精神", "多重"};
      disability.row(
          p.id(),
          cats[r.nextInt(cats.length)],
          grades[r.nextInt(grades.length)],
          asOf.minusDays(r.nextInt(3650)));
    }
    if (r.nextInt(10_000) < 40) {
      int o = r.nextInt(100);
      String[] types = {"交通事故", "生产安全事故", "其他"};
      accident.row(
          p.id(), within(r, 365), types[r.nextInt(3)], o < 60 ? "轻伤" : o < 85 ? "重伤" : "死亡");
    }
    if (age >= 20 && age < 60 && r.nextInt(1000) < 20) {
      long capital =
          r.nextInt(100) < 30 ? 10_000_000 + r.nextInt(40_000_000) : 500_000 + r.nextInt(5_000_000);
      business.row(
          p.id(),
          asOf.minusDays(r.nextInt(1500)),
          r.nextBoolean() ? "个体工商户" : "有限责任公司",
          yuan(capital));
    }
    school(r, p, age);
    if (p.work().equals("省外务工") || p.work().equals("省内县外务工")) {
      boolean lost = r.nextInt(100) < 7;
      int lostMonths = lost ? 3 + r.nextInt(4) : 0;
      long wage = 250_000 + r.nextInt(500_000);
      YearMonth last = YearMonth.from(asOf);
      for (int m = 11; m >= 0; m--) {
        YearMonth month = last.minusMonths(m);
        boolean out = m < lostMonths;
        employment.row(
            p.id(), month, out ? (r.nextBoolean() ? "失业" : "未就业") : "就业", out ? "" : yuan(wage));
      }
    }
    if (r.nextInt(100) < 5) {
      outsiderRows(r);
    }
  }

  private void medicalRow(
      SplittableRandom r, String id, LocalDate date, String type, long total, long self) {
    long insurer = total - self;
    long critical = type.equals("住院") && insurer > 1_000_000 ? insurer / 5 : 0;
    long basic = insurer - critical;
    String when = date.toString();
    if (r.nextInt(200) == 0) {
      when = date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
      dirtyMedical++;
    }
    medical.row(
        id,
        when,
        type,
        yuan(total),
        yuan(basic),
        critical == 0 ? "" : yuan(critical),
        "",
        yuan(self));
  }

  private void school(SplittableRandom r, Person p, int age) {
    String stage =
        switch (p.student()) {
          case "小学" -> "小学";
          case "初中" -> "初中";
          case "高中" -> "高中";
          case "中职" -> "中职";
          case "高职" -> "高职";
          case "大专及以上" -> "本科及以上";
          default -> null;
        };
    if (stage == null) {
      return;
    }
    int x = r.nextInt(1000);
    boolean compulsory = stage.equals("小学") || stage.equals("初中");
    String status = compulsory && x < 12 ? "辍学" : compulsory && x < 22 ? "休学" : "在读";
    LocalDate date = status.equals("在读") ? LocalDate.of(asOf.getYear() - 1, 9, 1) : within(r, 300);
    Long fees = null;
    if (!compulsory) {
      fees =
          stage.equals("高中") || stage.equals("中职")
              ? 150_000L + r.nextInt(450_000)
              : 500_000L + r.nextInt(1_100_000);
    }
    education.value(educationRow, 0, p.id());
    education.value(educationRow, 1, stage);
    education.value(educationRow, 2, status);
    education.value(educationRow, 3, date);
    education.style(educationRow, 3).format("yyyy-mm-dd").set();
    if (fees != null) {
      education.value(educationRow, 4, BigDecimal.valueOf(fees, 2));
    }
    educationRow++;
    if (educationRow % 2000 == 0) {
      try {
        education.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void outsiderRows(SplittableRandom r) {
    String id = DemoCounty.outsider(outsiders, asOf);
    long total = 20_000 + r.nextInt(300_000);
    medical.row(
        id, thisYear(r), "普通门诊", yuan(total), yuan(total / 2), "", "", yuan(total - total / 2));
    YearMonth last = YearMonth.from(asOf);
    for (int m = 5; m >= 0; m--) {
      employment.row(id, last.minusMonths(m), "就业", yuan(400_000));
    }
  }

  void villages(List<County.Village> villages) {
    SplittableRandom r = new SplittableRandom(villages.size());
    for (County.Village v : villages) {
      boolean ok = r.nextInt(100) >= 4;
      String[] problems = {"水质", "水量", "用水方便程度", "供水保证率"};
      water.row(v.code(), "", within(r, 300), ok ? "是" : "否", ok ? "" : problems[r.nextInt(4)]);
    }
  }

  /** The deliberately bad rows, and the counts. */
  void finish(Map<String, Long> rows, Map<String, Integer> dirty) {
    SplittableRandom r = new SplittableRandom(7);
    String id = DemoCounty.outsider(r, asOf);
    medical.row(id, asOf.minusDays(10), "住院", "1000.00", "", "", "", "1500.00");
    medical.row(id, asOf.plusDays(20), "住院", "100.00", "", "", "", "10.00");
    medical.row(
        id, asOf.minusDays(3).toString().replace("-", ""), "急诊", "100.00", "", "", "", "10.00");
    dirtyMedical += 3;
    civil.row(id, "五保", asOf.minusDays(30), "", "500.00");
    civil.row(
        id,
        "低保",
        asOf.minusDays(30).getYear()
            + "年"
            + asOf.minusDays(30).getMonthValue()
            + "月"
            + asOf.minusDays(30).getDayOfMonth()
            + "日",
        "",
        "600.00");
    dirtyCivil += 2;
    employment.row(id, YearMonth.from(asOf).plusMonths(2), "就业", "3000");
    dirtyEmployment++;
    try {
      educationBook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    put(rows, "medical.csv", medical);
    put(rows, "civil_affairs.csv", civil);
    put(rows, "death.csv", death);
    rows.put("education.xlsx", (long) educationRow - 1);
    put(rows, "housing.csv", housing);
    put(rows, "employment.csv", employment);
    put(rows, "disaster.csv", disaster);
    put(rows, "accident.csv", accident);
    put(rows, "disability.csv", disability);
    put(rows, "water.csv", water);
    put(rows, "vehicle.csv", vehicle);
    put(rows, "business.csv", business);
    dirty.put("medical.csv", dirtyMedical);
    dirty.put("civil_affairs.csv", dirtyCivil);
    dirty.put("employment.csv", dirtyEmployment);
  }

  private static void put(Map<String, Long> rows, String file, CsvOut out) {
    rows.put(file, out.rows());
  }

  @Override
  public void close() throws IOException {
    for (CsvOut out :
        new CsvOut[] {
          medical,
          civil,
          death,
          housing,
          employment,
          disaster,
          accident,
          disability,
          water,
          vehicle,
          business
        }) {
      out.close();
    }
    educationOut.close();
  }
}
