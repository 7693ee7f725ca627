package org.shouwang.cases;

import org.shouwang.access.Role;
import org.shouwang.access.SignedInUser;

/** Who acts in a case: the signed-in user at the level of their role. */
final class CaseActors {
  private CaseActors() {}

  static Actor of(SignedInUser user) {
    Role role = user.user().role();
    return switch (role) {
      case VILLAGE -> Actor.village(user.getUsername());
      case TOWNSHIP -> Actor.township(user.getUsername());
      case COUNTY -> Actor.county(user.getUsername());
      case CITY -> new Actor(user.getUsername(), AdminLevel.CITY);
      case PROVINCE -> new Actor(user.getUsername(), AdminLevel.PROVINCE);
      case DEPARTMENT ->
          throw new CaseRuleViolation("部门数据专员不能办理案件", "department officers do not handle cases");
    };
  }
}
