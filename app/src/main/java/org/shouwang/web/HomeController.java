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

  HomeController(Regions regions, Households households, org.shouwang.cases.CaseWorkflow cases) {
    this.regions = regions;
    this.households = households;
    this.cases = cases;
  }

  @GetMapping("/")
  String home(Model model) {
    RegionScope scope = SignedInUser.current().scope();
    model.addAttribute("region", regions.byCode(scope.code()).orElseThrow());
    model.addAttribute("households", households.count(scope));
    model.addAttribute("members", households.memberCount(scope));
    model.addAttribute("overdue", cases.overdueIn(scope.code()));
    return "home";
  }
}
