package org.shouwang.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shouwang.engine.person.ResidentId;

/**
 * Writes a plausible county in the data-contract formats: households, members (GBK, as most
 * government exports), two annual surveys (one as .xlsx), and the twelve department feeds with the
 * shocks that the warning rules look for. Some rows are deliberately dirty so that the demo shows
 * the error report. The same seed gives the same bytes.
 */
public final class DemoCounty {
  static final Charset GBK = Charset.forName("GBK");

  private DemoCounty() {}

  public static GenerationSummary generate(GeneratorSpec spec) {
    try {
      Files.createDirectories(spec.outDir());
      return new Run(spec).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Run {
    private final GeneratorSpec spec;
    private final County county;
    private final People people;
    private final LocalDate asOf;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Integer> dirty = new LinkedHashMap<>();
    private final double[] villageWeights;
    private double totalWeight;
    private String borrowed;

    Run(GeneratorSpec spec) {
      this.spec = spec;
      this.county = County.load(spec.countyCode());
      this.asOf = spec.asOf();
      this.people = new People(spec.countyCode(), asOf);
      SplittableRandom r = new SplittableRandom(spec.seed());
      villageWeights = new double[county.villages().size()];
      for (int i = 0; i < villageWeights.length; i++) {
        villageWeights[i] = 0.3 + 1.7 * r.nextDouble();
        totalWeight += villageWeights[i];
      }
    }

    private County.Village village(SplittableRandom r) {
      double x = r.nextDouble() * totalWeight;
      for (int i = 0; i < villageWeights.length; i++) {
        x -= villageWeights[i];
        if (x < 0) {
          return county.villages().get(i);
        }
      }
      return county.villages().get(villageWeights.length - 1);
    }

    GenerationSummary write() throws IOException {
      Path dir = spec.outDir();
      int previousYear = asOf.getYear() - 2;
      int latestYear = asOf.getYear() - 1;
      try (CsvOut households =
              new CsvOut(
                  dir.resolve("household.csv"),
                  StandardCharsets.UTF_8,
                  true,
                  "户编号",
                  "行政区划代码",
                  "户主姓名",
                  "户主身份证号",
                  "户类型",
                  "联系电话",
                  "是否易地扶贫搬迁",
                  "详细地址");
          CsvOut members =
              new CsvOut(
                  dir.resolve("member.csv"),
                  GBK,
                  false,
                  "身份证号",
                  "姓名",
                  "户编号",
                  "与户主关系",
                  "健康状况",
                  "劳动技能",
                  "在校生状况",
                  "是否参加城乡居民基本医疗保险",
                  "是否参加城乡居民基本养老保险",
                  "务工状况",
                  "务工时间(月)");
          CsvOut income =
              new CsvOut(
                  dir.resolve("income_" + latestYear + ".csv"),
                  StandardCharsets.UTF_8,
                  true,
                  "户编号",
                  "年度",
                  "工资性收入",
                  "生产经营性收入",
                  "财产性收入",
                  "转移性收入",
                  "生产经营性支出",
                  "理赔收入",
                  "合规自付支出");
          OutputStream previousOut =
              Files.newOutputStream(dir.resolve("income_" + previousYear + ".xlsx"));
          Shocks shocks = new Shocks(dir, asOf, spec.seed())) {
        Workbook book = new Workbook(previousOut, "Shouwang", "1.0");
        Worksheet previous = book.newWorksheet("家庭年度收支");
        String[] incomeHeader = {
          "户编号", "年度", "工资性收入", "生产经营性收入", "财产性收入", "转移性收入", "生产经营性支出", "理赔收入", "合规自付支出"
        };
        for (int c = 0; c < incomeHeader.length; c++) {
          previous.value(0, c, incomeHeader[c]);
        }
        int xlsxRow = 1;
        int memberDirty = 0;
        int incomeDirty = 0;
        for (int h = 1; h <= spec.households(); h++) {
          SplittableRandom r = new SplittableRandom(spec.seed() * 1_000_003L + h);
          String no = spec.countyCode() + String.format("%010d", h);
          County.Village v = village(r);
          boolean lifted = r.nextInt(100) < 15;
          List<Person> family = people.household(r);
          Person head = family.get(0);
          boolean registeredElsewhere = h % 400 == 0 && borrowed != null;
          String headId = registeredElsewhere ? borrowed : head.id();
          String phone = "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
          households.row(
              no,
              v.code(),
              head.name(),
              headId,
              lifted ? "脱贫户" : "一般农户",
              r.nextInt(100) < 80 ? phone : "",
              lifted && r.nextInt(100) < 8 ? "是" : "否",
              v.townshipName() + v.name() + (1 + r.nextInt(12)) + "组" + (1 + r.nextInt(80)) + "号");
          for (Person p : family) {
            if (registeredElsewhere && p == head) {
              continue; // the head is a member of another household (X04)
            }
            if (p != head && r.nextInt(10) == 0) {
              borrowed = p.id();
            }
            String id = p.id();
            if (h % 97 == 0 && p.birth().getYear() < 2000 && p.relation().equals("户主")) {
              id = id.substring(0, 6) + id.substring(8, 17); // a legacy 15-digit number
              memberDirty++;
            } else if (id.endsWith("X") && h % 37 == 0) {
              id = id.toLowerCase(java.util.Locale.ROOT); // a lowercase check character
              memberDirty++;
            } else if (h % 131 == 0 && p.relation().equals("配偶")) {
              id = toFullWidth(id); // typed with a Chinese input method
              memberDirty++;
            }
            members.row(
                id,
                p.name(),
                no,
                p.relation(),
                p.health(),
                p.labor(),
                p.student(),
                p.medicalInsured() ? "是" : "否",
                p.pensionInsured() ? "是" : "否",
                p.work(),
                p.workMonths());
          }
          if (h % 500 == 250) {
            memberDirty += badMembers(members, r, no);
          }
          long[] net = Incomes.netFen(r, lifted, family.size());
          long[] before = Incomes.parts(r, net[0]);
          long[] latest = Incomes.parts(r, net[1]);
          previous.value(xlsxRow, 0, no);
          previous.value(xlsxRow, 1, previousYear);
          for (int i = 0; i < 5; i++) {
            previous.value(xlsxRow, 2 + i, BigDecimal.valueOf(before[i], 2));
          }
          xlsxRow++;
          if (xlsxRow % 2000 == 0) {
            previous.flush();
          }
          boolean messy = h % 211 == 0;
          income.row(
              no,
              latestYear,
              messy ? withSeparators(latest[0]) : yuan(latest[0]),
              yuan(latest[1]),
              messy ? toFullWidth(yuan(latest[2])) : yuan(latest[2]),
              yuan(latest[3]),
              yuan(latest[4]),
              "",
              "");
          if (messy) {
            incomeDirty++;
          }
          shocks.household(r, no, v.code(), lifted, family);
        }
        book.finish();
        members.blank();
        members.row("", "", "", "", "", "", "", "", "", "", "");
        members.blank();
        memberDirty += 3;
        shocks.villages(county.villages());
        rows.put("household.csv", households.rows());
        rows.put("member.csv", members.rows());
        rows.put("income_" + previousYear + ".xlsx", (long) xlsxRow - 1);
        rows.put("income_" + latestYear + ".csv", income.rows());
        dirty.put("member.csv", memberDirty);
        dirty.put("income_" + latestYear + ".csv", incomeDirty);
        shocks.finish(rows, dirty);
      }
      Files.writeString(
          dir.resolve("README.txt"), readme(previousYear, latestYear), StandardCharsets.UTF_8);
      return new GenerationSummary(dir, rows, dirty);
    }

    /** Rows that must be refused: a wrong check digit, an unknown relation, a missing name. */
    private int badMembers(CsvOut members, SplittableRandom r, String household) {
      String good = people.id(asOf.minusYears(30 + r.nextInt(20)), true);
      char wrong = good.charAt(17) == '1' ? '2' : '1';
      members.row(
          good.substring(0, 17) + wrong,
          "钱多多",
          household,
          "其他",
          "健康",
          "普通劳动力",
          "非在校生",
          "是",
          "是",
          "未务工",
          0);
      String other = people.id(asOf.minusYears(25), false);
      members.row(other, "孙小妹", household, "表妹", "健康", "普通劳动力", "非在校生", "是", "是", "未务工", 0);
      String third = people.id(asOf.minusYears(40), true);
      members.row(
          third.toLowerCase(), "", household, "其他", "健康", "普通劳动力", "非在校生", "是", "是", "未务工", 0);
      return 3;
    }

    private String readme(int previousYear, int latestYear) {
      return "守望演示数据 — "
          + county.name()
          + "（"
          + county.code()
          + "）\n"
          + "由 ./shouwang generate 生成，随机种子 "
          + spec.seed()
          + "，数据截止日期 "
          + asOf
          + "。\n"
          + "全部为虚构数据，身份证号符合GB 11643校验规则但不对应真实人员。\n\n"
          + "household.csv          农户基础信息（UTF-8 带BOM）\n"
          + "member.csv             家庭成员（GBK编码；含15位旧身份证号、全角数字、小写x、空行及少量错误行）\n"
          + "income_"
          + previousYear
          + ".xlsx      家庭年度收支（Excel）\n"
          + "income_"
          + latestYear
          + ".csv       家庭年度收支（含千分位、全角数字）\n"
          + "medical.csv 等          部门数据（医保、民政、死亡、学籍(.xlsx)、住房、就业、灾情、事故、残疾、饮水、车辆、市场主体）\n"
          + "                       含少量县外人员（未匹配）及错误行（自付大于总费用、日期晚于截止日期、未知类别）\n";
    }
  }

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  static String withSeparators(long fen) {
    return String.format("%,.2f", BigDecimal.valueOf(fen, 2));
  }

  static String toFullWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
    }
    return b.toString();
  }

  /** A valid ID number of someone from outside the county's rural registry. */
  static String outsider(SplittableRandom r, LocalDate asOf) {
    LocalDate birth = asOf.minusYears(18 + r.nextInt(60)).minusDays(r.nextInt(365));
    String first17 =
        "4113"
            + String.format("%02d", 1 + r.nextInt(3))
            + birth.toString().replace("-", "")
            + String.format("%03d", r.nextInt(1000));
    return first17 + ResidentId.checkCharacter(first17);
  }
}
