package org.shouwang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouwang.ingest.ImportResult.Outcome;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DepartmentImportTest extends DatabaseTest {
  @Autowired FeedImport imports;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  Files4Test files;
  String household;
  String head;

  @BeforeEach
  void aHouseholdWithItsHead() {
    files = new Files4Test(dir);
    household = Files4Test.unique("D");
    head = Files4Test.id("19700101");
    run(
        Feed.HOUSEHOLD,
        files.csv(
            "h.csv",
            List.of(
                RegistryImportTest.HOUSEHOLD_HEADER,
                household + ",411328101201,王大明," + head + ",脱贫户,,,")));
    run(
        Feed.MEMBER,
        files.csv(
            "m.csv",
            List.of(
                RegistryImportTest.MEMBER_HEADER, head + ",王大明," + household + ",户主,健康,普通劳动力,")));
  }

  ImportResult run(Feed feed, Path file) {
    return imports.run(ImportRequest.of(feed, "医保局", LocalDate.of(2025, 6, 30), file, "test", ""));
  }

  List<String> reasons(long batch) {
    return jdbc.sql(
            "select row_number || ' ' || severity || ' ' || reason_en from import_error where"
                + " batch_id = ? order by row_number")
        .param(batch)
        .query(String.class)
        .list();
  }

  @Test
  void medicalRowsAreCheckedAndUnmatchedPeopleKept() {
    String outsider = Files4Test.id("19800101");
    ImportResult result =
        run(
            Feed.MEDICAL,
            files.csv(
                "medical.csv",
                List.of(
                    "身份证号,结算日期,就诊类型,医疗总费用,基本医保支付,大病保险支付,医疗救助支付,个人自付",
                    head + ",2025-03-07,住院,\"10,000.00\",6000,,,4000",
                    head + ",2025/3/8,住院,100,,,,200",
                    head + ",2025年7月1日,住院,100,,,,20",
                    head + ",20250309,急诊,100,,,,20",
                    outsider + ",2025-04-01,普通门诊,300,100,,,150",
                    head + ",2025-05-01,门诊慢特病,50.5,,,,50.5")));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(result.summaryLine())
        .isEqualTo("read=6 accepted=3 rejected=3 skipped_empty=0 unmatched=1");
    assertThat(reasons(result.batchId()))
        .containsExactly(
            "3 ERROR self-paid is larger than the total cost 100.00",
            "4 ERROR date after the file's as-of date 2025-06-30",
            "5 ERROR not one of the allowed values (住院 / 门诊慢特病 / 普通门诊)",
            "6 WARNING total minus the paid parts is 200.00, not the self-paid");
    assertThat(
            jdbc.sql("select sum(self_paid_fen) from dept_medical where batch_id = ?")
                .param(result.batchId())
                .query(Long.class)
                .single())
        .isEqualTo(400_000 + 15_000 + 5_050);
  }

  @Test
  void anXlsxWithRealDateCellsImportsLikeACsv() throws Exception {
    Path file = dir.resolve("education.xlsx");
    try (var out = java.nio.file.Files.newOutputStream(file)) {
      var wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
      var ws = wb.newWorksheet("学籍");
      String[] header = {"身份证号", "学段", "学籍状态", "状态日期", "学年自付费用"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      ws.value(1, 0, head);
      ws.value(1, 1, "高中");
      ws.value(1, 2, "在读");
      ws.value(1, 3, LocalDate.of(2024, 9, 1));
      ws.style(1, 3).format("yyyy-mm-dd").set();
      ws.value(1, 4, new java.math.BigDecimal("12000.50"));
      ws.value(2, 0, head);
      ws.value(2, 2, "退学");
      ws.value(2, 3, LocalDate.of(2025, 1, 1));
      ws.style(2, 3).format("yyyy/m/d").set();
      wb.finish();
    }
    ImportResult result = run(Feed.EDUCATION, file);
    assertThat(result.summaryLine())
        .as(result.messageEn())
        .isEqualTo("read=2 accepted=1 rejected=1 skipped_empty=0 unmatched=0");
    assertThat(
            jdbc.sql(
                    "select status_date::text || ' ' || self_paid_fees_fen from dept_education where"
                        + " batch_id = ?")
                .param(result.batchId())
                .query(String.class)
                .single())
        .isEqualTo("2024-09-01 1200050");
  }

  @Test
  void householdKeyedFeedsNeedOneOfTheirKeys() {
    ImportResult refused =
        run(Feed.HOUSING, files.csv("housing0.csv", List.of("鉴定日期,安全等级", "2025-01-01,C")));
    assertThat(refused.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(refused.messageZh()).contains("户编号 (household_id)").contains("户主身份证号");

    ImportResult result =
        run(
            Feed.HOUSING,
            files.csv(
                "housing.csv",
                List.of(
                    "户编号,户主身份证号,鉴定日期,安全等级",
                    household + ",,2025-01-01,C",
                    "," + head + ",2025-02-01,D",
                    ",,2025-02-01,D",
                    household + ",,2025-02-01,E")));
    assertThat(result.summaryLine())
        .isEqualTo("read=4 accepted=2 rejected=2 skipped_empty=0 unmatched=0");
  }

  @Test
  void employmentMonthsAcceptTheContractFormats() {
    ImportResult result =
        run(
            Feed.EMPLOYMENT,
            files.csv(
                "employment.csv",
                List.of(
                    "身份证号,月份,就业状态,月工资",
                    head + ",2025-01,就业,3500",
                    head + ",202502,失业,",
                    head + ",2025年3月,未就业,",
                    head + ",2025-07,未就业,")));
    assertThat(result.accepted()).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select string_agg(month::text, ' ' order by month) from dept_employment where"
                        + " batch_id = ?")
                .param(result.batchId())
                .query(String.class)
                .single())
        .isEqualTo("2025-01-01 2025-02-01 2025-03-01");
  }
}
