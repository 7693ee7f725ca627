package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shouwang.demo.DemoCounty;
import org.shouwang.demo.DemoFile;
import org.shouwang.demo.GeneratorSpec;
import org.shouwang.ingest.Feed;
import org.shouwang.ingest.FeedImport;
import org.shouwang.ingest.ImportRequest;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Screening a generated county of its own (西峡县 411323), so that nothing else interferes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningRunTest extends DatabaseTest {
  static final String COUNTY = "411323";
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  @Autowired ScreeningRun runs;
  @Autowired FeedImport imports;
  @Autowired JdbcClient jdbc;
  @Autowired WarningExport export;

  @BeforeAll
  void aCountyWithItsDepartmentData() throws Exception {
    Path dir = Files.createTempDirectory("xixia");
    DemoCounty.generate(new GeneratorSpec(COUNTY, 800, 11, dir, AS_OF));
    for (DemoFile f : DemoFile.all(AS_OF)) {
      imports.run(
          new ImportRequest(
              Feed.byKey(f.feed()).orElseThrow(),
              f.source(),
              AS_OF,
              dir.resolve(f.name()),
              f.name(),
              "test",
              COUNTY,
              Optional.empty()));
    }
  }

  long warnings() {
    return jdbc.sql("select count(*) from risk_warning where county_code = ?")
        .param(COUNTY)
        .query(Long.class)
        .single();
  }

  long runs() {
    return jdbc.sql("select count(*) from screening_run where scope = ?")
        .param(COUNTY)
        .query(Long.class)
        .single();
  }

  @Test
  void aRunThatDiesHalfwayLeavesNothingAndReRunsAreSafe() throws Exception {
    long before = warnings();
    long runsBefore = runs();
    assertThatThrownBy(
            () ->
                runs.run(
                    AS_OF,
                    COUNTY,
                    "test",
                    () -> {
                      throw new IllegalStateException("power cut");
                    }))
        .hasMessage("power cut");
    assertThat(warnings()).isEqualTo(before);
    assertThat(runs()).isEqualTo(runsBefore);

    ScreeningResult first = runs.run(AS_OF, COUNTY, "test");
    ScreeningResult second = runs.run(AS_OF, COUNTY, "test");

    assertThat(first.raised()).isPositive();
    assertThat(warnings()).isEqualTo(before + first.raised());
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.raised()).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from (select household_id, rule_code from risk_warning where"
                        + " county_code = ? and status in ('OPEN', 'DISPATCHED') group by 1, 2"
                        + " having count(*) > 1) d")
                .param(COUNTY)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void everyRuleFiresOnAGeneratedCountyAndIncomeWarningsArePlausible() {
    ScreeningResult r = runs.run(AS_OF, COUNTY, "test");
    long households = r.households();
    r.byRule()
        .forEach(
            (code, n) ->
                assertThat(n[0])
                    .as(code + " findings on " + households + " households")
                    .isPositive());
    double w01 = (double) r.byRule().get("W01")[0] / households;
    assertThat(w01).isBetween(0.01, 0.10);
  }

  @Test
  void theRaisedWarningsGoToCsvWithTheirEvidence() throws Exception {
    Path out = Files.createTempFile("warnings", ".csv");
    ScreeningResult r = runs.run(AS_OF.minusDays(1), COUNTY, "test");
    long n = export.csv(r.runId(), out);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .isEqualTo("户编号 household_id,规则代码 rule_code,风险类型 risk_type,数值 figures,来源 evidence");
    assertThat(lines).hasSize((int) n + 1);
  }
}
