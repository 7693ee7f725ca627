package org.shouwang.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.shouwang.access.RegionScope;
import org.shouwang.access.SignedInUser;
import org.shouwang.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cases in the browser: the list, a case with its timers and history, and each step's form. */
@Controller
class CaseController {
  private final CaseWorkflow workflow;
  private final Cases cases;
  private final CaseList list;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final MonitoringObjectLedger ledger;
  private final org.shouwang.access.Audit audit;
  private final NoticePdf noticePdf;

  CaseController(
      CaseWorkflow workflow,
      Cases cases,
      CaseList list,
      JdbcClient jdbc,
      Clock clock,
      MonitoringObjectLedger ledger,
      org.shouwang.access.Audit audit,
      NoticePdf noticePdf) {
    this.noticePdf = noticePdf;
    this.ledger = ledger;
    this.audit = audit;
    this.workflow = workflow;
    this.cases = cases;
    this.list = list;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @GetMapping("/cases")
  String cases(@RequestParam(defaultValue = "false") boolean objects, Model model) {
    RegionScope scope = SignedInUser.current().scope();
    model.addAttribute("cases", list.inScope(scope, objects, 500));
    model.addAttribute("objects", objects);
    return "cases/list";
  }

  /** The case, or 404 when it does not exist or lies outside the user's region. */
  private Case visible(long id) {
    String village = list.villageOf(id);
    if (village == null || !SignedInUser.current().scope().contains(village)) {
      throw new NotFound("case " + id);
    }
    return cases.get(id);
  }

  @GetMapping("/cases.xlsx")
  void objects(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    SignedInUser user = SignedInUser.current();
    boolean full = user.user().role().ordinal() >= org.shouwang.access.Role.COUNTY.ordinal();
    String name = "监测对象_" + user.scope().code() + "_" + LocalDate.now(clock) + ".xlsx";
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + org.springframework.web.util.UriUtils.encode(
                name, java.nio.charset.StandardCharsets.UTF_8));
    int rows = ledger.write(user.scope(), full, response.getOutputStream());
    audit.record(
        user.getUsername(), "DOWNLOAD_MONITORING_OBJECTS", user.scope().code(), rows + " rows");
  }

  @GetMapping("/cases/{id}")
  String detail(@PathVariable long id, Model model) {
    Case c = visible(id);
    model.addAttribute("c", c);
    model.addAttribute("h", list.household(c.household().householdId()));
    model.addAttribute("timers", workflow.timers(id));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute(
        "checks",
        jdbc.sql(
                "select rule_code || '：' || figures from risk_warning where household_id = ?"
                    + " and rule_code like 'X%' order by id desc")
            .param(c.household().householdId())
            .query(String.class)
            .list());
    model.addAttribute("categories", MonitoringCategory.values());
    model.addAttribute("risks", RiskType.values());
    return "cases/detail";
  }

  @PostMapping("/cases/{id}")
  String act(
      @PathVariable long id,
      @RequestParam String action,
      @RequestParam long version,
      @RequestParam Map<String, String> form,
      @RequestParam(required = false) java.util.List<String> riskType,
      RedirectAttributes redirect) {
    visible(id);
    SignedInUser user = SignedInUser.current();
    Map<String, String> fields = new java.util.HashMap<>(form);
    if (riskType != null) {
      fields.put("riskTypes", String.join(",", riskType));
    }
    try {
      workflow.act(id, version, CaseForm.command(action, CaseActors.of(user), fields));
    } catch (CaseRuleViolation e) {
      redirect.addAttribute("error", e.reasonZh() + " / " + e.reasonEn());
    } catch (NumberFormatException e) {
      redirect.addAttribute("error", "数字格式不正确 / not a number");
    }
    return "redirect:/cases/" + id;
  }

  @GetMapping("/cases/{id}/notice")
  String notice(@PathVariable long id, Model model) {
    Case c = visible(id);
    model.addAttribute("c", c);
    model.addAttribute("h", list.household(c.household().householdId()));
    return "cases/notice";
  }

  @GetMapping("/cases/{id}/notice.pdf")
  void noticePdf(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response)
      throws java.io.IOException {
    Case c = visible(id);
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "inline; filename=notice-" + id + ".pdf");
    noticePdf.write(
        c,
        list.household(c.household().householdId()),
        LocalDate.now(clock),
        response.getOutputStream());
  }

  @GetMapping("/cases/{id}/letter")
  String letter(@PathVariable long id, Model model) {
    Case c = visible(id);
    model.addAttribute(
        "letter",
        workflow.rejectionLetter(id, list.household(c.household().householdId()).headName()));
    return "cases/letter";
  }

  /** A village cadre's visit finding opens a clue (基层干部排查). */
  @PostMapping("/households/{householdId}/clue")
  String cadreClue(
      @PathVariable long householdId,
      @RequestParam String finding,
      @RequestParam(required = false) java.util.List<String> riskType) {
    SignedInUser user = SignedInUser.current();
    CaseHousehold h = list.caseHousehold(householdId);
    if (!user.scope().contains(h.villageCode())) {
      throw new NotFound("household " + householdId);
    }
    java.util.Set<RiskType> risks = new java.util.LinkedHashSet<>();
    if (riskType != null) {
      riskType.forEach(r -> risks.add(RiskType.valueOf(r)));
    }
    long caseId =
        workflow.receive(
            CaseActors.of(user),
            ClueIntake.cadreScreening(
                h, "走访-" + user.getUsername() + "-" + clock.millis(), risks, finding));
    return "redirect:/cases/" + caseId;
  }
}
