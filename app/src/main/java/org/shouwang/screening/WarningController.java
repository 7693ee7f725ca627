package org.shouwang.screening;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.shouwang.access.Audit;
import org.shouwang.access.Role;
import org.shouwang.access.SignedInUser;
import org.shouwang.engine.screening.RiskType;
import org.shouwang.engine.screening.Rule;
import org.shouwang.engine.screening.Screening;
import org.shouwang.web.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** Warnings in the UI: list with filters, detail with evidence, dispatch, verification, export. */
@Controller
class WarningController {
  private static final int PAGE = 100;
  private static final int DEFAULT_DAYS_TO_VERIFY = 7;
  private final Warnings warnings;
  private final WarningLedger ledger;
  private final ScreeningRun runs;
  private final Audit audit;
  private final Clock clock;
  private final WarningClues clues;
  private final ScreeningSchedules schedules;

  WarningController(
      Warnings warnings,
      WarningLedger ledger,
      ScreeningRun runs,
      Audit audit,
      Clock clock,
      WarningClues clues,
      ScreeningSchedules schedules) {
    this.clues = clues;
    this.schedules = schedules;
    this.warnings = warnings;
    this.ledger = ledger;
    this.runs = runs;
    this.audit = audit;
    this.clock = clock;
  }

  private static WarningFilter filter(
      String rule, String risk, String type, String status, LocalDate from, LocalDate to) {
    return new WarningFilter(rule, risk, type, status, from, to);
  }

  @GetMapping("/warnings")
  String list(
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String risk,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    SignedInUser user = SignedInUser.current();
    model.addAttribute(
        "warnings",
        warnings.list(user.scope(), filter(rule, risk, type, status, from, to), page, PAGE));
    model.addAttribute("rules", Screening.standard().rules().stream().map(Rule::code).toList());
    model.addAttribute("risks", RiskType.values());
    model.addAttribute("stats", warnings.statsByRule(user.scope()));
    model.addAttribute("page", page);
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("canRun", user.user().role().ordinal() >= Role.COUNTY.ordinal());
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("schedule", schedules.of(user.scope()).orElse(null));
    return "warnings/list";
  }

  @GetMapping("/warnings/{id}")
  String detail(@PathVariable long id, Model model) {
    SignedInUser user = SignedInUser.current();
    Warning w = warnings.byId(user.scope(), id).orElseThrow(() -> new NotFound("warning " + id));
    model.addAttribute("w", w);
    model.addAttribute("risk", RiskType.valueOf(w.riskType()).label());
    model.addAttribute("evidence", warnings.evidenceRows(w.evidence()));
    model.addAttribute("defaultDue", LocalDate.now(clock).plusDays(DEFAULT_DAYS_TO_VERIFY));
    model.addAttribute("outcomes", Warnings.OUTCOMES);
    return "warnings/detail";
  }

  @PostMapping("/warnings/{id}/dispatch")
  String dispatch(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
      RedirectAttributes redirect) {
    SignedInUser user = SignedInUser.current();
    if (user.user().role() == Role.VILLAGE) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    LocalDate deadline = due != null ? due : LocalDate.now(clock).plusDays(DEFAULT_DAYS_TO_VERIFY);
    if (!warnings.dispatch(user.scope(), id, deadline, user.getUsername())) {
      throw new NotFound("open warning " + id);
    }
    return "redirect:/warnings/" + id;
  }

  @PostMapping("/warnings/{id}/verify")
  String verify(
      @PathVariable long id,
      @RequestParam String outcome,
      @RequestParam(required = false) String reason) {
    SignedInUser user = SignedInUser.current();
    try {
      if (!warnings.verify(user.scope(), id, outcome, reason, user.getUsername())) {
        throw new NotFound("open warning " + id);
      }
    } catch (IllegalArgumentException e) {
      return "redirect:/warnings/" + id + "?error=reason";
    }
    if (outcome.equals("INCLUDED")) {
      return "redirect:/cases/" + clues.fromWarning(warnings.byId(user.scope(), id).orElseThrow());
    }
    return "redirect:/warnings/" + id;
  }

  @PostMapping("/warnings/run")
  String run(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      RedirectAttributes redirect) {
    SignedInUser user = SignedInUser.current();
    if (user.user().role().ordinal() < Role.COUNTY.ordinal()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    ScreeningResult r = runs.run(asOf, user.scope().code(), user.getUsername());
    redirect.addAttribute("ran", r.runId());
    redirect.addAttribute("raised", r.raised());
    return "redirect:/warnings";
  }

  /** Sets when the user's region is screened by itself: daily, or on a day of the month. */
  @PostMapping("/warnings/schedule")
  String schedule(
      @RequestParam(required = false) Integer dayOfMonth,
      @RequestParam int hour,
      @RequestParam(defaultValue = "false") boolean enabled,
      RedirectAttributes redirect) {
    SignedInUser user = SignedInUser.current();
    if (user.user().role().ordinal() < Role.COUNTY.ordinal()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    try {
      schedules.set(user.scope(), dayOfMonth, hour, enabled, user.getUsername());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    redirect.addAttribute("scheduled", enabled);
    return "redirect:/warnings";
  }

  @GetMapping("/warnings.xlsx")
  void export(
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String risk,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    SignedInUser user = SignedInUser.current();
    var list =
        warnings.list(user.scope(), filter(rule, risk, type, status, from, to), 0, 1_000_000);
    audit.record(
        user.getUsername(), "DOWNLOAD_WARNINGS", user.scope().code(), list.size() + " rows");
    String name = "预警核实台账_" + user.scope().code() + "_" + LocalDate.now(clock) + ".xlsx";
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''" + UriUtils.encode(name, StandardCharsets.UTF_8));
    ledger.write(list, response.getOutputStream());
  }
}
