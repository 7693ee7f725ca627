package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.CLOCK;
import static org.shouwang.cases.CaseFixtures.COUNTY;
import static org.shouwang.cases.CaseFixtures.INCOME;
import static org.shouwang.cases.CaseFixtures.TOWNSHIP;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.comparison;
import static org.shouwang.cases.CaseFixtures.toMonitoringObject;
import static org.shouwang.cases.CaseFixtures.toTownshipReview;
import static org.shouwang.cases.CaseFixtures.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag("database")
class CasesTest {
  private final Cases cases = CaseTestDatabase.cases();

  private Case opened(String origin, RiskType... risks) {
    return Case.open(
        new ReceiveClue(
            VILLAGE_CLERK,
            at("2025-03-03"),
            CaseTestDatabase.aHousehold(),
            ClueChannel.CADRE_SCREENING,
            origin + "-" + System.nanoTime(),
            Set.of(risks),
            "走访发现"));
  }

  private Case savedAtTownshipReview() {
    Case c = opened("ZF", RiskType.ILLNESS);
    toTownshipReview(c, LocalDate.parse("2025-03-04"));
    cases.save(c);
    return c;
  }

  @Test
  void storesAndRestoresEverythingTheCaseKnows() {
    Case c = opened("ZF", RiskType.ACCIDENT, RiskType.ILLNESS);
    cases.save(c);
    c.grantGreenChannel(new CaseCommand.GrantGreenChannel(COUNTY, at("2025-03-03", 12), "车祸"));
    c.recordDataComparison(comparison("2025-03-04"));
    c.recordHomeVerification(
        new CaseCommand.RecordHomeVerification(
            VILLAGE_CLERK, at("2025-03-04"), Set.of("cun.li", "cun.wang"), true, INCOME, "属实"));
    c.reject(new CaseCommand.Reject(VILLAGE_CLERK, at("2025-03-05"), "评议未通过"), CLOCK);
    cases.save(c);
    c.requestRecheck(new CaseCommand.RequestRecheck(TOWNSHIP, at("2025-03-06"), "有新情况"));
    c.acceptRecheck(new CaseCommand.AcceptRecheck(TOWNSHIP, at("2025-03-06", 10)));
    c.recordDataComparison(comparison("2025-03-07"));
    c.recordHomeVerification(verification("2025-03-07", "cun.li", "cun.wang"));
    c.recordVillageReview(
        new CaseCommand.RecordVillageReview(
            VILLAGE_CLERK, at("2025-03-08"), LocalDate.parse("2025-03-08"), "同意"));
    c.publishNotice(
        new CaseCommand.PublishNotice(
            VILLAGE_CLERK,
            at("2025-03-08", 10),
            LocalDate.parse("2025-03-08"),
            LocalDate.parse("2025-03-12")),
        CLOCK);
    c.logObjection(new CaseCommand.LogObjection(VILLAGE_CLERK, at("2025-03-09"), "村民甲", "有车"));
    cases.save(c);

    Case loaded = cases.get(c.id());

    assertThat(loaded.version()).isEqualTo(2);
    assertThat(loaded.step()).isEqualTo(CaseStep.PUBLIC_NOTICE);
    assertThat(loaded.round()).isEqualTo(2);
    assertThat(loaded.transitions()).isEqualTo(c.transitions());
    assertThat(loaded.clue()).isEqualTo(c.clue());
    assertThat(loaded.household()).isEqualTo(c.household());
    assertThat(loaded.greenChannel()).isEqualTo(c.greenChannel());
    assertThat(loaded.verification()).isEqualTo(c.verification());
    assertThat(loaded.comparison()).isEqualTo(c.comparison());
    assertThat(loaded.review()).isEqualTo(c.review());
    assertThat(loaded.notice()).isEqualTo(c.notice());
    assertThat(loaded.objections()).isEqualTo(c.objections());
    assertThat(loaded.clockStartsOn()).isEqualTo(LocalDate.parse("2025-03-06"));
    assertThat(loaded.rounds().get(0).verification).isEqualTo(c.rounds().get(0).verification);
    // the timers come from the stored dates only: a restart changes nothing
    assertThat(CLOCK.timers(loaded)).isEqualTo(CLOCK.timers(c));

    loaded.answerObjection(
        new CaseCommand.AnswerObjection(VILLAGE_CLERK, at("2025-03-10"), 1, "车辆已过户"));
    loaded.closeNotice(new CaseCommand.CloseNotice(VILLAGE_CLERK, at("2025-03-13")));
    loaded.approveAtTownship(
        new CaseCommand.ApproveAtTownship(TOWNSHIP, at("2025-03-13", 15), "同意"));
    loaded.approveAtCounty(
        new CaseCommand.ApproveAtCounty(
            COUNTY,
            at("2025-03-14"),
            MonitoringCategory.SUDDEN_SEVERE_HARDSHIP,
            List.of(RiskType.ACCIDENT, RiskType.ILLNESS)));
    cases.save(loaded);

    Case decided = cases.get(c.id());
    assertThat(decided.step()).isEqualTo(CaseStep.MONITORING_OBJECT);
    assertThat(decided.decision()).isEqualTo(loaded.decision());
    assertThat(decided.decision().orElseThrow().riskTypes())
        .containsExactly(RiskType.ACCIDENT, RiskType.ILLNESS);
    assertThat(decided.townshipApproval()).isEqualTo(loaded.townshipApproval());
    assertThat(decided.transitions()).isEqualTo(loaded.transitions());
    assertThat(
            CaseTestDatabase.jdbc()
                .sql("select count(*) from case_transition where case_id = ?")
                .param(c.id())
                .query(Long.class)
                .single())
        .isEqualTo(loaded.transitions().size());
  }

  @Test
  void keepsARejectionAndTheDateToTellTheHousehold() {
    Case c = opened("ZF", RiskType.ILLNESS);
    c.reject(new CaseCommand.Reject(VILLAGE_CLERK, at("2025-09-30"), "收入超过监测范围"), CLOCK);
    cases.save(c);

    Rejection r = cases.get(c.id()).rejection().orElseThrow();
    assertThat(r).isEqualTo(c.rejection().orElseThrow());
    assertThat(r.tellHouseholdBy()).isEqualTo("2025-10-14");
  }

  @Test
  void twoReviewersActingOnTheSameVersionCannotBothMoveTheCase() {
    long id = savedAtTownshipReview().id();
    Case first = cases.get(id);
    Case second = cases.get(id);

    first.approveAtTownship(
        new CaseCommand.ApproveAtTownship(Actor.township("xiang.zhang"), at("2025-03-11"), "同意"));
    second.reject(
        new CaseCommand.Reject(Actor.township("xiang.sun"), at("2025-03-11"), "不符合"), CLOCK);
    cases.save(first);

    assertThatThrownBy(() -> cases.save(second))
        .isInstanceOf(CaseConcurrentlyModified.class)
        .hasMessageContaining("已被他人处理");

    Case stored = cases.get(id);
    assertThat(stored.step()).isEqualTo(CaseStep.COUNTY_APPROVAL);
    assertThat(stored.rejection()).isEmpty();
    assertThat(stored.transitions())
        .last()
        .extracting(CaseTransition::actor)
        .isEqualTo("xiang.zhang");
    assertThat(stored.transitions()).hasSize(first.transitions().size());
  }

  @Test
  void twoReviewersSavingAtTheSameMomentOnlyOneWins() throws Exception {
    long id = savedAtTownshipReview().id();
    CyclicBarrier sameMoment = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> both = new ArrayList<>();
      for (String reviewer : List.of("xiang.zhang", "xiang.sun")) {
        both.add(
            pool.submit(
                () -> {
                  Case c = cases.get(id);
                  c.approveAtTownship(
                      new CaseCommand.ApproveAtTownship(
                          Actor.township(reviewer), at("2025-03-11"), "同意"));
                  sameMoment.await(10, TimeUnit.SECONDS);
                  try {
                    cases.save(c);
                  } catch (CaseConcurrentlyModified e) {
                    failures.add(e);
                  }
                  return null;
                }));
      }
      for (Future<?> f : both) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(failures).hasSize(1);
    Case stored = cases.get(id);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.transitions().stream().filter(t -> t.to() == CaseStep.COUNTY_APPROVAL))
        .hasSize(1);
  }

  @Test
  void eachSaveMovesTheVersionOn() {
    Case c = opened("ZF", RiskType.ILLNESS);
    cases.save(c);
    assertThat(c.version()).isZero();
    toMonitoringObject(c, LocalDate.parse("2025-03-04"));
    cases.save(c);
    assertThat(c.version()).isEqualTo(1);
    assertThat(cases.get(c.id()).version()).isEqualTo(1);
  }

  @Test
  void findsACaseByItsOriginAndListsTheOpenOnes() {
    Case c = opened("ZF", RiskType.ILLNESS);
    cases.save(c);

    assertThat(cases.findByOrigin(ClueChannel.CADRE_SCREENING, c.clue().originRef()))
        .contains(c.id());
    assertThat(cases.findByOrigin(ClueChannel.SELF_DECLARATION, c.clue().originRef())).isEmpty();
    assertThat(cases.openIn("411328")).contains(c.id());
    assertThat(cases.find(-1)).isEmpty();
  }
}
