package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.CLOCK;
import static org.shouwang.cases.CaseFixtures.VILLAGE_CLERK;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.comparison;
import static org.shouwang.cases.CaseFixtures.opened;
import static org.shouwang.cases.CaseFixtures.verification;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseNoticeTest {
  private Case atNotice() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    c.recordDataComparison(comparison("2025-03-04"));
    c.recordHomeVerification(verification("2025-03-04", "cun.li", "cun.wang"));
    c.recordVillageReview(
        new CaseCommand.RecordVillageReview(
            VILLAGE_CLERK, at("2025-03-05"), LocalDate.parse("2025-03-05"), "同意"));
    return c;
  }

  private CaseCommand.PublishNotice notice(String first, String last) {
    return new CaseCommand.PublishNotice(
        VILLAGE_CLERK, at("2025-03-05", 10), LocalDate.parse(first), LocalDate.parse(last));
  }

  @Test
  void refusesANoticeShorterThanFiveDays() {
    Case c = atNotice();
    assertThatThrownBy(() -> c.publishNotice(notice("2025-03-05", "2025-03-08"), CLOCK))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("公示期不少于5天")
        .hasMessageContaining("runs 4");
  }

  @Test
  void aProvinceCountingWorkingDaysRefusesFiveDaysOverAWeekend() {
    ProcedureClock guizhou =
        new ProcedureClock(
            CasePolicy.standard().withMinimumNotice(DayLimit.workingDays(5)),
            WorkingDayCalendar.china());
    Case c = atNotice();
    // Wed 5 March to Sun 9 March: five days, three of them working days
    assertThatThrownBy(() -> c.publishNotice(notice("2025-03-05", "2025-03-09"), guizhou))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("5个工作日");
    c.publishNotice(notice("2025-03-05", "2025-03-11"), guizhou);
    assertThat(c.notice()).isPresent();
  }

  @Test
  void cannotCloseTheNoticeBeforeItEnds() {
    Case c = atNotice();
    c.publishNotice(notice("2025-03-05", "2025-03-09"), CLOCK);

    assertThatThrownBy(
            () -> c.closeNotice(new CaseCommand.CloseNotice(VILLAGE_CLERK, at("2025-03-09", 18))))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("未满");

    c.closeNotice(new CaseCommand.CloseNotice(VILLAGE_CLERK, at("2025-03-10")));
    assertThat(c.step()).isEqualTo(CaseStep.TOWNSHIP_REVIEW);
  }

  @Test
  void unansweredObjectionsBlockTheStep() {
    Case c = atNotice();
    c.publishNotice(notice("2025-03-05", "2025-03-09"), CLOCK);
    c.logObjection(
        new CaseCommand.LogObjection(VILLAGE_CLERK, at("2025-03-07"), "村民甲", "该户在县城有商铺"));
    c.logObjection(
        new CaseCommand.LogObjection(VILLAGE_CLERK, at("2025-03-08"), "村民乙", "该户儿子在外务工"));
    c.answerObjection(
        new CaseCommand.AnswerObjection(VILLAGE_CLERK, at("2025-03-09"), 1, "经核实商铺系租赁，已退租"));

    assertThatThrownBy(
            () -> c.closeNotice(new CaseCommand.CloseNotice(VILLAGE_CLERK, at("2025-03-10"))))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("尚有1条异议未答复");

    c.answerObjection(
        new CaseCommand.AnswerObjection(VILLAGE_CLERK, at("2025-03-10"), 2, "务工收入已计入"));
    c.closeNotice(new CaseCommand.CloseNotice(VILLAGE_CLERK, at("2025-03-10", 11)));
    assertThat(c.step()).isEqualTo(CaseStep.TOWNSHIP_REVIEW);
    assertThat(c.objections()).allMatch(Objection::answered).hasSize(2);
  }

  @Test
  void anObjectionIsAnsweredOnce() {
    Case c = atNotice();
    c.publishNotice(notice("2025-03-05", "2025-03-09"), CLOCK);
    c.logObjection(new CaseCommand.LogObjection(VILLAGE_CLERK, at("2025-03-07"), "甲", "异议"));
    c.answerObjection(new CaseCommand.AnswerObjection(VILLAGE_CLERK, at("2025-03-07"), 1, "答复"));
    assertThatThrownBy(
            () ->
                c.answerObjection(
                    new CaseCommand.AnswerObjection(VILLAGE_CLERK, at("2025-03-08"), 1, "再答")))
        .isInstanceOf(CaseRuleViolation.class);
    assertThatThrownBy(
            () ->
                c.answerObjection(
                    new CaseCommand.AnswerObjection(VILLAGE_CLERK, at("2025-03-08"), 7, "无")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("第7号");
  }
}
