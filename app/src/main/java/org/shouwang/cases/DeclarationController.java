package org.shouwang.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.shouwang.engine.person.InvalidResidentId;
import org.shouwang.engine.person.ResidentId;
import org.shouwang.registry.Region;
import org.shouwang.registry.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public self-declaration page (农户自主申报): no login, works on a phone without scripts. The
 * village is picked step by step from the real division list; the answer is a receipt number, with
 * which (and the ID number) the applicant later looks up the status.
 */
@Controller
class DeclarationController {
  static final int MAX_DESCRIPTION = 500;
  private final Regions regions;
  private final Declarations declarations;
  private final DeclarationLimiter limiter;
  private final CaseWorkflow workflow;
  private final CaseList cases;
  private final JdbcClient jdbc;
  private final Clock clock;

  DeclarationController(
      Regions regions,
      Declarations declarations,
      DeclarationLimiter limiter,
      CaseWorkflow workflow,
      CaseList cases,
      JdbcClient jdbc,
      Clock clock) {
    this.regions = regions;
    this.declarations = declarations;
    this.limiter = limiter;
    this.workflow = workflow;
    this.cases = cases;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Step by step down the division tree: ?area=41 → cities, … → villages, then the form. */
  @GetMapping("/apply")
  String form(@RequestParam(required = false) String area, Model model) {
    List<Region> path = new ArrayList<>();
    List<Region> choices;
    Region chosen = null;
    if (area == null || area.isBlank()) {
      choices = regions.provinces();
    } else {
      chosen = regions.byCode(area).orElse(null);
      if (chosen == null) {
        choices = regions.provinces();
      } else {
        for (String code : chosen.lineage()) {
          regions.byCode(code).ifPresent(path::add);
        }
        choices = regions.children(chosen.code());
      }
    }
    model.addAttribute("path", path);
    model.addAttribute("choices", choices);
    model.addAttribute("village", chosen != null && chosen.code().length() == 12 ? chosen : null);
    model.addAttribute("hardships", RiskType.values());
    return "apply/form";
  }

  @PostMapping("/apply")
  String submit(
      @RequestParam(defaultValue = "") String village,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String idNumber,
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "") String hardship,
      @RequestParam(defaultValue = "") String description,
      HttpServletRequest request,
      Model model) {
    List<String> problems = new ArrayList<>();
    String n = name.strip();
    if (!n.matches("[\\p{IsHan}A-Za-z·•. ]{2,30}")) {
      problems.add("姓名应为2至30个汉字或字母 / the name must be 2 to 30 letters");
    }
    ResidentId id = null;
    try {
      id = ResidentId.parse(idNumber, LocalDate.now(clock));
    } catch (InvalidResidentId e) {
      problems.add("身份证号：" + e.reasonZh() + " / ID number: " + e.reasonEn());
    }
    String p = phone.replaceAll("[\\s-]", "");
    if (!p.matches("1[3-9]\\d{9}")) {
      problems.add("手机号应为11位 / the mobile number has 11 digits");
    }
    if (!village.matches("\\d{12}") || regions.byCode(village).isEmpty()) {
      problems.add("请选择所在的村 / choose your village");
    }
    RiskType risk = null;
    try {
      risk = RiskType.valueOf(hardship);
    } catch (IllegalArgumentException e) {
      problems.add("请选择困难类型 / choose the kind of hardship");
    }
    String d = description.strip();
    if (d.isEmpty() || d.length() > MAX_DESCRIPTION) {
      problems.add("情况说明须填写，最多500字 / describe the situation in at most 500 characters");
    }
    if ((n + d).matches("(?s).*[<>\\p{Cntrl}&&[^\\n\\r\\t]].*")) {
      problems.add("内容含有不允许的字符（如 < >） / the text contains characters that are not allowed");
    }
    if (problems.isEmpty() && !limiter.allow(request.getRemoteAddr(), id.value())) {
      problems.add("提交过于频繁，请稍后再试 / too many submissions: try again later");
    }
    if (!problems.isEmpty()) {
      model.addAttribute("problems", problems);
      return form(village.matches("\\d{12}") ? village : null, model);
    }
    Long householdId =
        jdbc.sql(
                "select m.household_id from member m where m.id_number = ? and m.village_code = ?"
                    + " union select h.id from household h where h.head_id_number = ?"
                    + " and h.village_code = ? limit 1")
            .param(id.value())
            .param(village)
            .param(id.value())
            .param(village)
            .query(Long.class)
            .optional()
            .orElse(null);
    String receipt = declarations.newReceipt();
    Long caseId = null;
    if (householdId != null) {
      caseId =
          workflow.receive(
              new Actor("农户自主申报（系统登记）", AdminLevel.TOWNSHIP),
              ClueIntake.selfDeclaration(
                  cases.caseHousehold(householdId), receipt, EnumSet.of(risk), d));
    }
    declarations.save(
        receipt,
        n,
        id.value(),
        p,
        village,
        risk.name(),
        d,
        householdId,
        caseId,
        request.getRemoteAddr());
    model.addAttribute("receipt", receipt);
    model.addAttribute("registered", householdId != null);
    return "apply/receipt";
  }

  @GetMapping("/apply/status")
  String status(
      @RequestParam(required = false) String receipt,
      @RequestParam(required = false) String idNumber,
      Model model) {
    if (receipt != null && idNumber != null) {
      String id = idNumber.strip().toUpperCase();
      var found = declarations.byReceipt(receipt.strip(), id);
      model.addAttribute("searched", true);
      found.ifPresent(
          dcl -> {
            model.addAttribute("declaration", dcl);
            if (dcl.caseId() != null) {
              model.addAttribute("step", workflow.step(dcl.caseId()).zh());
            }
          });
    }
    return "apply/status";
  }
}
