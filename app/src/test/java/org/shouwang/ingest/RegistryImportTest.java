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

class RegistryImportTest extends DatabaseTest {
  static final String VILLAGE = "411328101201";
  static final String HOUSEHOLD_HEADER = "户编号,行政区划代码,户主姓名,户主身份证号,户类型,联系电话,是否易地扶贫搬迁,详细地址";
  static final String MEMBER_HEADER = "身份证号,姓名,户编号,与户主关系,健康状况,劳动技能,务工时间(月)";

  @Autowired FeedImport imports;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  Files4Test files;

  @BeforeEach
  void setUp() {
    files = new Files4Test(dir);
  }

  ImportResult run(Feed feed, Path file) {
    return imports.run(
        ImportRequest.of(feed, "县乡村振兴局", LocalDate.of(2025, 6, 30), file, "test", ""));
  }

  String household(String no, String village, String headId) {
    return no + "," + village + ",王大明," + headId + ",脱贫户,13812345678,否,唐河县某村";
  }

  @Test
  void aBadRowDoesNotLoseTheGoodRowsAroundIt() {
    String a = Files4Test.unique("A");
    String b = Files4Test.unique("B");
    String c = Files4Test.unique("C");
    Path file =
        files.csv(
            "household.csv",
            List.of(
                HOUSEHOLD_HEADER,
                household(a, VILLAGE, Files4Test.id("19700101")),
                household(b, VILLAGE, Files4Test.wrongCheck(Files4Test.id("19700101"))),
                household(c, VILLAGE, Files4Test.id("19710101"))));

    ImportResult result = run(Feed.HOUSEHOLD, file);

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(result.summaryLine())
        .isEqualTo("read=3 accepted=2 rejected=1 skipped_empty=0 unmatched=0");
    assertThat(count("select count(*) from household where household_no in (?, ?, ?)", a, b, c))
        .isEqualTo(2);
    var error =
        jdbc.sql("select row_number, column_name, reason_zh from import_error where batch_id = ?")
            .param(result.batchId())
            .query((rs, i) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
            .single();
    assertThat(error).startsWith("3|户主身份证号 (head_id_number)|身份证号校验位错误");
  }

  @Test
  void aMissingRequiredColumnRejectsTheWholeFileAndWritesNothing() {
    String a = Files4Test.unique("A");
    Path file =
        files.csv("household.csv", List.of("户编号,行政区划代码,户主姓名,户类型", a + "," + VILLAGE + ",王大明,脱贫户"));

    ImportResult result = run(Feed.HOUSEHOLD, file);

    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.messageZh()).contains("户主身份证号 (head_id_number)").contains("缺少必填列");
    assertThat(count("select count(*) from household where household_no = ?", a)).isZero();
    assertThat(count("select count(*) from import_error where batch_id = ?", result.batchId()))
        .isZero();
  }

  @Test
  void reImportingTheSameFileIsDetectedAndDoesNothing() {
    String a = Files4Test.unique("A");
    Path file =
        files.csv(
            "household.csv",
            List.of(HOUSEHOLD_HEADER, household(a, VILLAGE, Files4Test.id("19700101"))));
    ImportResult first = run(Feed.HOUSEHOLD, file);
    ImportResult second = run(Feed.HOUSEHOLD, file);

    assertThat(second.outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
    assertThat(second.batchId()).isEqualTo(first.batchId());
    assertThat(
            count(
                "select count(*) from import_batch where sha256 = (select sha256 from import_batch where id = ?)",
                first.batchId()))
        .isEqualTo(1);
  }

  @Test
  void headerMatchingIgnoresSpacesFullWidthAndTheRequiredMarkerAndAcceptsEnglishKeys() {
    String a = Files4Test.unique("A");
    Path file =
        files.csv(
            "household.csv",
            List.of(
                " household_id ,行政区划代码*,户主姓名＊,ｈｅａｄ_id_number,户类型,备注",
                a + "," + VILLAGE + ",王大明," + Files4Test.id("19700101") + ",一般农户,随便"));

    ImportResult result = run(Feed.HOUSEHOLD, file);

    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.messageZh()).contains("备注");
  }

  @Test
  void aPersonInTwoHouseholdsIsARowErrorNamingBoth() {
    String a = Files4Test.unique("A");
    String b = Files4Test.unique("B");
    String headA = Files4Test.id("19700101");
    String headB = Files4Test.id("19710101");
    run(
        Feed.HOUSEHOLD,
        files.csv(
            "h.csv",
            List.of(HOUSEHOLD_HEADER, household(a, VILLAGE, headA), household(b, VILLAGE, headB))));
    String spouse = Files4Test.id("19720101");
    ImportResult first =
        run(
            Feed.MEMBER,
            files.csv(
                "m1.csv",
                List.of(
                    MEMBER_HEADER,
                    headA + ",王大明," + a + ",户主,健康,普通劳动力,10",
                    spouse + ",赵芳," + a + ",配偶,健康,普通劳动力,")));
    ImportResult second =
        run(
            Feed.MEMBER,
            files.csv(
                "m2.csv",
                List.of(
                    MEMBER_HEADER,
                    headB + ",李四," + b + ",户主,健康,普通劳动力,",
                    spouse + ",赵芳," + b + ",配偶,健康,普通劳动力,")));

    assertThat(first.accepted()).isEqualTo(2);
    assertThat(second.accepted()).isEqualTo(1);
    assertThat(second.rejected()).isEqualTo(1);
    String reason =
        jdbc.sql("select reason_zh from import_error where batch_id = ?")
            .param(second.batchId())
            .query(String.class)
            .single();
    assertThat(reason).contains(a).contains(b);
    assertThat(
            jdbc.sql(
                    "select h.household_no from member m join household h on h.id = m.household_id where m.id_number = ?")
                .param(spouse)
                .query(String.class)
                .single())
        .isEqualTo(a);
  }

  @Test
  void membersDeriveSexAndBirthDateFromTheIdAndTheirHouseholdMustExist() {
    String a = Files4Test.unique("A");
    String head = Files4Test.id("19700315");
    run(Feed.HOUSEHOLD, files.csv("h.csv", List.of(HOUSEHOLD_HEADER, household(a, VILLAGE, head))));
    ImportResult result =
        run(
            Feed.MEMBER,
            files.csv(
                "m.csv",
                List.of(
                    MEMBER_HEADER,
                    head + ",王大明," + a + ",户主,健康,普通劳动力,",
                    Files4Test.id("19900101")
                        + ",无户,"
                        + Files4Test.unique("NOPE")
                        + ",子女,健康,普通劳动力,",
                    "",
                    Files4Test.id("19950101") + ",坏关系," + a + ",表哥,健康,普通劳动力,")));

    assertThat(result.summaryLine())
        .isEqualTo("read=4 accepted=1 rejected=2 skipped_empty=1 unmatched=0");
    assertThat(result.accepted() + result.rejected() + result.skippedEmpty())
        .isEqualTo(result.read());
    var person =
        jdbc.sql("select birth_date::text || ' ' || village_code from member where id_number = ?")
            .param(head)
            .query(String.class)
            .single();
    assertThat(person).isEqualTo("1970-03-15 " + VILLAGE);
  }

  @Test
  void aGbkMemberFileWithLegacyAndFullWidthIdsImports() {
    String a = Files4Test.unique("G");
    String head = Files4Test.id("19650708");
    String spouse = Files4Test.id("19680101");
    run(Feed.HOUSEHOLD, files.csv("h.csv", List.of(HOUSEHOLD_HEADER, household(a, VILLAGE, head))));
    String legacy = head.substring(0, 6) + head.substring(8, 17);
    StringBuilder fullWidth = new StringBuilder();
    for (char ch : spouse.toCharArray()) {
      fullWidth.append(Character.isDigit(ch) ? (char) (ch + 0xFEE0) : ch);
    }
    Path file =
        files.csv(
            "members-gbk.csv",
            java.nio.charset.Charset.forName("GBK"),
            List.of(
                MEMBER_HEADER,
                legacy + ",王大明," + a + ",户主,健康,普通劳动力,",
                fullWidth + ",赵芳," + a + ",配偶,长期慢性病,弱劳动力或半劳动力,",
                ",,,,,,"));
    ImportResult result = run(Feed.MEMBER, file);
    assertThat(result.summaryLine())
        .isEqualTo("read=3 accepted=2 rejected=0 skipped_empty=1 unmatched=0");
    assertThat(
            jdbc.sql(
                    "select string_agg(name, ',' order by id_number) from member where id_number in (?, ?)")
                .param(head)
                .param(spouse)
                .query(String.class)
                .single())
        .isEqualTo(head.compareTo(spouse) < 0 ? "王大明,赵芳" : "赵芳,王大明");
    assertThat(
            jdbc.sql("select charset from import_batch where id = ?")
                .param(result.batchId())
                .query(String.class)
                .single())
        .isEqualTo("GB18030");
  }

  @Test
  void incomeIsStoredInFenExactly() {
    String a = Files4Test.unique("A");
    run(
        Feed.HOUSEHOLD,
        files.csv(
            "h.csv", List.of(HOUSEHOLD_HEADER, household(a, VILLAGE, Files4Test.id("19700101")))));
    ImportResult result =
        run(
            Feed.INCOME,
            files.csv(
                "i.csv",
                List.of(
                    "户编号,年度,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,理赔收入,合规自付支出",
                    a + ",2024,\"12,345.67\",0.1,0,100,5.01,,",
                    a + ",2024,1,1,1,1,1,,",
                    a + ",2031,1,1,1,1,1,,",
                    a + ",2023,-5,1,1,1,1,,")));

    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.rejected()).isEqualTo(3);
    Long wage =
        jdbc.sql(
                "select wage_fen from income_survey s join household h on h.id = s.household_id where h.household_no = ? and year = 2024")
            .param(a)
            .query(Long.class)
            .single();
    assertThat(wage).isEqualTo(1_234_567L);
  }

  private long count(String sql, Object... params) {
    var spec = jdbc.sql(sql);
    for (Object p : params) {
      spec = spec.param(p);
    }
    return spec.query(Long.class).single();
  }
}
