package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.cases.CaseFixtures.COUNTY;
import static org.shouwang.cases.CaseFixtures.at;
import static org.shouwang.cases.CaseFixtures.opened;
import static org.shouwang.cases.CaseFixtures.toMonitoringObject;
import static org.shouwang.cases.CaseFixtures.verification;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseAuditAndGreenChannelTest {
  @Test
  void grantsTheGreenChannelForAnAccident() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03", RiskType.ACCIDENT);
    assertThat(c.assistanceMayStart()).isFalse();

    c.grantGreenChannel(
        new CaseCommand.GrantGreenChannel(COUNTY, at("2025-03-03", 18), "车祸致主要劳动力重伤"));

    assertThat(c.assistanceMayStart()).isTrue();
    assertThat(c.step()).isEqualTo(CaseStep.HOME_VERIFICATION);
    assertThat(c.greenChannel().orElseThrow().grantedBy()).isEqualTo("xian.zhao");
  }

  @Test
  void refusesTheGreenChannelForIllness() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03", RiskType.ILLNESS);
    assertThatThrownBy(
            () ->
                c.grantGreenChannel(
                    new CaseCommand.GrantGreenChannel(COUNTY, at("2025-03-04"), "病重")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("因灾、因意外事故");
  }

  @Test
  void everyCommandLeavesWhoWhenFromToAndWhy() {
    Case c = opened(ClueChannel.SELF_DECLARATION, "2025-03-03");
    toMonitoringObject(c, LocalDate.parse("2025-03-04"));

    List<CaseTransition> history = c.transitions();
    assertThat(history.get(0).from()).isNull();
    assertThat(history.get(0).to()).isEqualTo(CaseStep.CLUE_RECEIVED);
    for (int i = 0; i < history.size(); i++) {
      CaseTransition t = history.get(i);
      assertThat(t.seq()).isEqualTo(i + 1);
      assertThat(t.actor()).isNotBlank();
      assertThat(t.at()).isNotNull();
      assertThat(t.reason()).isNotBlank();
      if (i > 0) {
        assertThat(t.from()).isEqualTo(history.get(i - 1).to());
        assertThat(t.at()).isAfterOrEqualTo(history.get(i - 1).at());
      }
    }
    assertThat(history.get(history.size() - 1).actor()).isEqualTo(COUNTY.username());
  }

  @Test
  void refusesACommandDatedBeforeThePreviousOne() {
    Case c = opened(ClueChannel.CADRE_SCREENING, "2025-03-03");
    assertThatThrownBy(() -> c.recordHomeVerification(verification("2025-03-02", "a", "b")))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("早于");
  }
}
