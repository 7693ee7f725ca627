package org.shouwang.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.Audit;
import org.shouwang.access.RegionScope;
import org.shouwang.access.Role;
import org.shouwang.access.SignedInUser;
import org.shouwang.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The household browser: region tree with counts, search, household page. */
@Controller
class RegistryController {
  private static final int PAGE = 50;
  private final Regions regions;
  private final Households households;
  private final Audit audit;
  private final Clock clock;

  RegistryController(Regions regions, Households households, Audit audit, Clock clock) {
    this.regions = regions;
    this.households = households;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/regions")
  String myRegion() {
    return "redirect:/regions/" + SignedInUser.current().scope().code();
  }

  @GetMapping("/regions/{code}")
  String region(
      @PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
    RegionScope scope = SignedInUser.current().scope();
    if (!scope.contains(code)) {
      throw new NotFound("region " + code);
    }
    Region region = regions.byCode(code).orElseThrow(() -> new NotFound("region " + code));
    model.addAttribute("region", region);
    model.addAttribute("breadcrumb", lineage(region, scope));
    if (region.level() == RegionLevel.VILLAGE) {
      model.addAttribute("households", households.inVillage(scope, code, page, PAGE));
      model.addAttribute("page", page);
      model.addAttribute("pageSize", PAGE);
    } else {
      model.addAttribute("children", households.countsByChild(scope, region));
    }
    return "registry/region";
  }

  private List<Region> lineage(Region region, RegionScope scope) {
    List<Region> out = new ArrayList<>();
    for (String c : region.lineage()) {
      if (c.length() >= scope.code().length()) {
        regions.byCode(c).ifPresent(out::add);
      }
    }
    return out;
  }

  @GetMapping("/households")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("q", q);
    if (!q.isBlank()) {
      model.addAttribute(
          "households", households.search(SignedInUser.current().scope(), q, page, PAGE));
      model.addAttribute("page", page);
      model.addAttribute("pageSize", PAGE);
    }
    return "registry/search";
  }

  @GetMapping("/households/{id}")
  String household(@PathVariable long id, Model model) {
    SignedInUser user = SignedInUser.current();
    HouseholdDetail household =
        households
            .byId(user.scope(), id, LocalDate.now(clock))
            .orElseThrow(() -> new NotFound("household " + id));
    audit.record(user.getUsername(), "VIEW_HOUSEHOLD", household.householdNo(), null);
    model.addAttribute("h", household);
    model.addAttribute(
        "fullIds",
        user.user().role().ordinal() >= Role.COUNTY.ordinal()
            && user.user().role() != Role.DEPARTMENT);
    return "registry/household";
  }
}
