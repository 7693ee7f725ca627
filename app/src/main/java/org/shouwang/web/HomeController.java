package org.shouwang.web;

import org.shouwang.access.RegionScope;
import org.shouwang.access.SignedInUser;
import org.shouwang.registry.Households;
import org.shouwang.registry.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of a signed-in user: their region at a glance. */
@Controller
class HomeController {
  private final Regions regions;
  private final Households households;
  private final org.shouwang.cases.CaseWorkflow cases;
  private final org.shouwang.cases.CaseList caseList;

  HomeController(
      Regions regions,
      Households households,
      org.shouwang.cases.CaseWorkflow cases,
      org.shouwang.cases.CaseList caseList) {
    this.regions = regions;
    this.households = households;
    this.cases = cases;
    this.caseList = caseList;
  }

  @GetMapping("/")
  String home(Model model) {
    RegionScope scope = SignedInUser.current().scope();
    model.addAttribute("region", regions.byCode(scope.code()).orElseThrow());
    model.addAttribute("households", households.count(scope));
    model.addAttribute("members", households.memberCount(scope));
    if (scope.code().length() >= 6) {
      model.addAttribute(
          "overdue",
          cases.overdueInCounty(scope.code().substring(0, 6)).stream()
              .filter(o -> scope.contains(caseList.villageOf(o.caseId())))
              .toList());
    }
    return "home";
  }
}
