package org.shouwang.screening;

import java.util.EnumSet;
import java.util.Set;
import org.shouwang.access.SignedInUser;
import org.shouwang.cases.Actor;
import org.shouwang.cases.CaseList;
import org.shouwang.cases.CaseWorkflow;
import org.shouwang.cases.ClueIntake;
import org.shouwang.cases.RiskType;
import org.springframework.stereotype.Component;

/** A warning the village verified as 纳入 becomes a clue: the case workflow takes it from there. */
@Component
class WarningClues {
  private final CaseWorkflow workflow;
  private final CaseList cases;

  WarningClues(CaseWorkflow workflow, CaseList cases) {
    this.workflow = workflow;
    this.cases = cases;
  }

  long fromWarning(Warning w) {
    SignedInUser user = SignedInUser.current();
    Actor actor =
        switch (user.user().role()) {
          case VILLAGE -> Actor.village(user.getUsername());
          case TOWNSHIP -> Actor.township(user.getUsername());
          default -> Actor.county(user.getUsername());
        };
    return workflow.receive(
        actor,
        ClueIntake.departmentWarning(
            cases.caseHousehold(w.householdId()),
            "W-" + w.id(),
            risks(w.riskType()),
            w.ruleCode() + " " + w.figures()));
  }

  /** The case's risk types for a warning's risk (signals without one map to none). */
  static Set<RiskType> risks(String warningRisk) {
    return switch (warningRisk) {
      case "ILLNESS" -> EnumSet.of(RiskType.ILLNESS);
      case "NATURAL_DISASTER" -> EnumSet.of(RiskType.NATURAL_DISASTER);
      case "ACCIDENT" -> EnumSet.of(RiskType.ACCIDENT);
      case "LACK_OF_LABOR" -> EnumSet.of(RiskType.LACK_OF_LABOR);
      case "UNSTABLE_EMPLOYMENT" -> EnumSet.of(RiskType.UNSTABLE_EMPLOYMENT);
      case "EDUCATION" -> EnumSet.of(RiskType.EDUCATION);
      case "HOUSING_SAFETY" -> EnumSet.of(RiskType.HOUSING_SAFETY);
      case "WATER_SAFETY" -> EnumSet.of(RiskType.WATER_SAFETY);
      case "DISABILITY" -> EnumSet.of(RiskType.DISABILITY);
      default -> EnumSet.noneOf(RiskType.class);
    };
  }
}
