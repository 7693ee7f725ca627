package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An identification case (识别纳入): one household, from a clue to the county's decision.
 *
 * <p>The steps form an explicit state machine ({@link CaseStep}):
 *
 * <pre>
 * CLUE_RECEIVED ─(self-declaration: township accepts)─┐
 * (warning / cadre screening go straight on) ─────────┴→ HOME_VERIFICATION
 * HOME_VERIFICATION ─verification recorded─→ DATA_COMPARISON (only while the comparison is missing)
 *                                          → VILLAGE_REVIEW (when the comparison is already in)
 * DATA_COMPARISON ─comparison recorded─→ VILLAGE_REVIEW
 * VILLAGE_REVIEW ─minutes─→ PUBLIC_NOTICE ─notice ended, objections answered─→ TOWNSHIP_REVIEW
 * TOWNSHIP_REVIEW ─→ COUNTY_APPROVAL ─category + 1..5 risk types─→ MONITORING_OBJECT
 * any open step ─reason─→ REJECTED ─household asks─→ RECHECK_REQUESTED ─township─→ HOME_VERIFICATION
 * </pre>
 *
 * <p><b>Data comparison runs in parallel with verification.</b> The county may record it while the
 * case is in HOME_VERIFICATION: the step does not change, the history gets an entry with {@code
 * from == to}. If the verification is recorded first, the case waits in DATA_COMPARISON, so the
 * step always says whose turn it is; the village review can only begin once both are in, so the
 * reviewers always see the X-rules that fired for the household.
 *
 * <p><b>Rounds.</b> A re-check starts a new round at home verification; the earlier round's
 * verification, notice and objections stay on record. The procedure clock of a re-check runs from
 * the household's request.
 *
 * <p><b>Time</b> is an argument: every command carries the instant it happens, days are counted in
 * Asia/Shanghai. Limits that depend on the province's policy (notice length, the date to tell the
 * household) come from the {@link ProcedureClock} passed in.
 *
 * <p><b>Four-eyes</b>: whoever verified or recorded a verification, in any round, cannot approve at
 * township or county level. <b>Concurrency</b>: {@link #version()} is the stored version; the
 * repository refuses to save over a newer one.
 */
public final class Case {
  private static final int MAX_RISK_TYPES = 5;

  private Long id;
  private long version;
  private final CaseHousehold household;
  private final Clue clue;
  private CaseStep step;
  private final List<Round> rounds;
  private CountyDecision decision;
  private Rejection rejection;
  private GreenChannel greenChannel;
  private final List<CaseTransition> transitions;
  private int savedTransitions;

  private Case(CaseHousehold household, Clue clue) {
    this.household = Objects.requireNonNull(household, "household");
    this.clue = Objects.requireNonNull(clue, "clue");
    this.rounds = new ArrayList<>();
    this.transitions = new ArrayList<>();
  }

  /** Restores a stored case; for the repository. */
  Case(
      Long id,
      long version,
      CaseHousehold household,
      Clue clue,
      CaseStep step,
      List<Round> rounds,
      CountyDecision decision,
      Rejection rejection,
      GreenChannel greenChannel,
      List<CaseTransition> transitions) {
    this(household, clue);
    this.id = id;
    this.version = version;
    this.step = step;
    this.rounds.addAll(rounds);
    this.decision = decision;
    this.rejection = rejection;
    this.greenChannel = greenChannel;
    this.transitions.addAll(transitions);
    this.savedTransitions = transitions.size();
  }

  /** A clue enters the queue. Only self-declarations wait for the township to accept them. */
  public static Case open(ReceiveClue c) {
    require(c.household() != null, "线索必须指明农户", "a clue names a household");
    require(c.channel() != null, "线索必须注明来源渠道", "a clue names its channel");
    require(
        notBlank(c.originRef()),
        "线索必须注明来源编号（" + c.channel().zh() + "）",
        "a clue names its origin: the " + c.channel().originName());
    switch (c.channel()) {
      case SELF_DECLARATION -> requireLevel(c.actor(), AdminLevel.TOWNSHIP, "受理农户申报");
      case CADRE_SCREENING -> requireLevel(c.actor(), AdminLevel.VILLAGE, "记录排查发现");
      case DEPARTMENT_WARNING -> requireLevel(c.actor(), AdminLevel.VILLAGE, "核实部门预警");
    }
    Clue clue =
        new Clue(
            c.channel(),
            c.originRef(),
            c.actor().username(),
            c.at(),
            c.suspectedRisks(),
            c.description());
    Case opened = new Case(c.household(), clue);
    opened.rounds.add(new Round(1, clue.receivedOn()));
    opened.record(c.actor(), c.at(), CaseStep.CLUE_RECEIVED, "收到线索：" + c.channel().zh());
    if (!c.channel().needsAcceptance()) {
      String why = c.channel() == ClueChannel.DEPARTMENT_WARNING ? "部门预警经村级核实拟纳入" : "干部排查发现风险";
      opened.record(c.actor(), c.at(), CaseStep.HOME_VERIFICATION, why);
    }
    return opened;
  }

  /** Applies any command; the clock supplies the province's limits. */
  public void apply(CaseCommand command, ProcedureClock clock) {
    if (command instanceof CaseCommand.AcceptDeclaration c) {
      acceptDeclaration(c);
    } else if (command instanceof CaseCommand.RecordHomeVerification c) {
      recordHomeVerification(c);
    } else if (command instanceof CaseCommand.RecordDataComparison c) {
      recordDataComparison(c);
    } else if (command instanceof CaseCommand.RecordVillageReview c) {
      recordVillageReview(c);
    } else if (command instanceof CaseCommand.PublishNotice c) {
      publishNotice(c, clock);
    } else if (command instanceof CaseCommand.LogObjection c) {
      logObjection(c);
    } else if (command instanceof CaseCommand.AnswerObjection c) {
      answerObjection(c);
    } else if (command instanceof CaseCommand.CloseNotice c) {
      closeNotice(c);
    } else if (command instanceof CaseCommand.ApproveAtTownship c) {
      approveAtTownship(c);
    } else if (command instanceof CaseCommand.ApproveAtCounty c) {
      approveAtCounty(c);
    } else if (command instanceof CaseCommand.Reject c) {
      reject(c, clock);
    } else if (command instanceof CaseCommand.RecordHouseholdTold c) {
      recordHouseholdTold(c);
    } else if (command instanceof CaseCommand.RequestRecheck c) {
      requestRecheck(c);
    } else if (command instanceof CaseCommand.AcceptRecheck c) {
      acceptRecheck(c);
    } else if (command instanceof CaseCommand.GrantGreenChannel c) {
      grantGreenChannel(c);
    } else {
      throw new IllegalArgumentException("unknown command " + command);
    }
  }

  public void acceptDeclaration(CaseCommand.AcceptDeclaration c) {
    begin(c, CaseStep.CLUE_RECEIVED);
    requireLevel(c.actor(), AdminLevel.TOWNSHIP, "受理农户申报");
    record(c.actor(), c.at(), CaseStep.HOME_VERIFICATION, "乡镇受理农户申报");
  }

  public void recordHomeVerification(CaseCommand.RecordHomeVerification c) {
    begin(c, CaseStep.HOME_VERIFICATION);
    requireLevel(c.actor(), AdminLevel.VILLAGE, "入户核实");
    Set<String> verifiers = new LinkedHashSet<>();
    for (String v : c.verifiers() == null ? List.<String>of() : c.verifiers()) {
      if (notBlank(v)) {
        verifiers.add(v.strip());
      }
    }
    require(
        verifiers.size() >= 2, "入户核实须至少2名工作人员", "home verification needs at least two verifiers");
    require(
        c.authorisationSigned(),
        "农户未签署承诺授权书，不能完成入户核实",
        "the household has not signed the commitment and authorisation");
    require(c.income() != null, "须录入家庭收入", "the household's income must be entered");
    require(notBlank(c.findings()), "须填写核实情况", "the verification findings must be written down");
    Round round = current();
    round.verification =
        new HomeVerification(
            c.actor().username(),
            c.at(),
            verifiers,
            true,
            c.income(),
            c.income().perCapitaNetFen(),
            c.findings());
    CaseStep next = round.comparison == null ? CaseStep.DATA_COMPARISON : CaseStep.VILLAGE_REVIEW;
    record(c.actor(), c.at(), next, "入户核实完成，人均纯收入 " + yuan(c.income().perCapitaNetFen()) + " 元");
  }

  public void recordDataComparison(CaseCommand.RecordDataComparison c) {
    begin(c, CaseStep.HOME_VERIFICATION, CaseStep.DATA_COMPARISON);
    requireLevel(c.actor(), AdminLevel.COUNTY, "信息比对");
    Round round = current();
    require(round.comparison == null, "本轮信息比对已录入", "the data comparison is already recorded");
    round.comparison =
        new DataComparison(
            c.actor().username(), c.at(), c.findings() == null ? List.of() : c.findings());
    CaseStep next = step == CaseStep.DATA_COMPARISON ? CaseStep.VILLAGE_REVIEW : step;
    record(c.actor(), c.at(), next, "信息比对完成，命中规则 " + round.comparison.findings().size() + " 条");
  }

  public void recordVillageReview(CaseCommand.RecordVillageReview c) {
    begin(c, CaseStep.VILLAGE_REVIEW);
    requireLevel(c.actor(), AdminLevel.VILLAGE, "民主评议");
    require(notBlank(c.minutes()), "须录入评议会议记录", "the review minutes must be recorded");
    require(
        c.heldOn() != null && !c.heldOn().isAfter(CaseDates.dateOf(c.at())),
        "评议日期不能晚于录入日期",
        "the review cannot be held after it is recorded");
    current().review = new VillageReview(c.actor().username(), c.at(), c.heldOn(), c.minutes());
    record(c.actor(), c.at(), CaseStep.PUBLIC_NOTICE, "民主评议通过，进入公示");
  }

  public void publishNotice(CaseCommand.PublishNotice c, ProcedureClock clock) {
    begin(c, CaseStep.PUBLIC_NOTICE);
    requireLevel(c.actor(), AdminLevel.VILLAGE, "发布公示");
    Round round = current();
    require(round.notice == null, "本轮公示已发布", "the notice is already published");
    require(
        c.firstDay() != null && c.lastDay() != null && !c.lastDay().isBefore(c.firstDay()),
        "公示结束日期不能早于开始日期",
        "the notice cannot end before it starts");
    require(
        !c.firstDay().isBefore(round.review.heldOn()),
        "公示不能早于民主评议",
        "the notice cannot start before the village review");
    DayLimit minimum = clock.policy().minimumNotice();
    int days = clock.noticeDays(c.firstDay(), c.lastDay());
    require(
        days >= minimum.days(),
        "公示期不少于"
            + minimum.days()
            + (minimum.count() == DayCount.WORKING ? "个工作日" : "天")
            + "（现为"
            + days
            + "）",
        "the notice must run at least " + minimum + " (it runs " + days + ")");
    round.notice = new PublicNotice(c.actor().username(), c.at(), c.firstDay(), c.lastDay());
    record(c.actor(), c.at(), step, "公示 " + c.firstDay() + " 至 " + c.lastDay());
  }

  public void logObjection(CaseCommand.LogObjection c) {
    begin(c, CaseStep.PUBLIC_NOTICE);
    requireLevel(c.actor(), AdminLevel.VILLAGE, "登记异议");
    Round round = current();
    require(round.notice != null, "公示尚未发布", "the notice is not published yet");
    require(notBlank(c.content()), "须填写异议内容", "an objection says what it objects to");
    int number = round.objections.size() + 1;
    round.objections.add(
        new Objection(
            number, c.actor().username(), c.at(), c.raisedBy(), c.content(), null, null, null));
    record(c.actor(), c.at(), step, "登记异议第" + number + "号");
  }

  public void answerObjection(CaseCommand.AnswerObjection c) {
    begin(c, CaseStep.PUBLIC_NOTICE);
    requireLevel(c.actor(), AdminLevel.VILLAGE, "答复异议");
    Round round = current();
    require(
        c.number() >= 1 && c.number() <= round.objections.size(),
        "没有第" + c.number() + "号异议",
        "there is no objection number " + c.number());
    Objection objection = round.objections.get(c.number() - 1);
    require(!objection.answered(), "该异议已答复", "the objection is already answered");
    require(notBlank(c.answer()), "须填写答复内容", "an answer must say something");
    round.objections.set(
        c.number() - 1, objection.answer(c.answer(), c.actor().username(), c.at()));
    record(c.actor(), c.at(), step, "答复异议第" + c.number() + "号");
  }

  public void closeNotice(CaseCommand.CloseNotice c) {
    begin(c, CaseStep.PUBLIC_NOTICE);
    requireLevel(c.actor(), AdminLevel.VILLAGE, "结束公示");
    Round round = current();
    require(round.notice != null, "公示尚未发布", "the notice is not published yet");
    require(
        round.notice.endedBy(CaseDates.dateOf(c.at())),
        "公示期至 " + round.notice.lastDay() + " 未满",
        "the notice runs until " + round.notice.lastDay());
    long open = round.objections.stream().filter(o -> !o.answered()).count();
    require(open == 0, "尚有" + open + "条异议未答复", open + " objection(s) not answered yet");
    String why = round.objections.isEmpty() ? "公示期满无异议" : "公示期满，异议均已答复";
    record(c.actor(), c.at(), CaseStep.TOWNSHIP_REVIEW, why + "，报乡镇审核");
  }

  public void approveAtTownship(CaseCommand.ApproveAtTownship c) {
    begin(c, CaseStep.TOWNSHIP_REVIEW);
    requireLevel(c.actor(), AdminLevel.TOWNSHIP, "乡镇审核");
    requireFourEyes(c.actor());
    current().townshipApproval = new Approval(c.actor().username(), c.at(), c.opinion());
    record(c.actor(), c.at(), CaseStep.COUNTY_APPROVAL, orElse(c.opinion(), "乡镇审核通过"));
  }

  public void approveAtCounty(CaseCommand.ApproveAtCounty c) {
    begin(c, CaseStep.COUNTY_APPROVAL);
    requireLevel(c.actor(), AdminLevel.COUNTY, "县级审定");
    requireFourEyes(c.actor());
    require(c.category() != null, "须确定监测对象类别", "the county sets the category");
    Set<RiskType> risks = new LinkedHashSet<>(c.riskTypes() == null ? List.of() : c.riskTypes());
    risks.remove(null);
    require(!risks.isEmpty(), "至少确定1项风险类型", "at least one risk type");
    require(
        risks.size() <= MAX_RISK_TYPES,
        "风险类型最多" + MAX_RISK_TYPES + "项（现为" + risks.size() + "项）",
        "at most " + MAX_RISK_TYPES + " risk types (" + risks.size() + " given)");
    decision =
        new CountyDecision(
            c.actor().username(),
            c.at(),
            c.category(),
            List.copyOf(risks),
            YearMonth.from(CaseDates.dateOf(c.at())));
    record(c.actor(), c.at(), CaseStep.MONITORING_OBJECT, "县级审定纳入：" + c.category().zh());
  }

  public void reject(CaseCommand.Reject c, ProcedureClock clock) {
    checkTime(c);
    require(
        step.open(),
        "当前环节（" + step.zh() + "）不能作不予纳入决定",
        "a case in " + step + " cannot be rejected");
    requireLevel(c.actor(), step.owner(), "作不予纳入决定");
    require(notBlank(c.reason()), "不予纳入须写明理由", "a rejection needs a written reason");
    LocalDate on = CaseDates.dateOf(c.at());
    rejection =
        new Rejection(
            c.actor().username(),
            c.actor().level(),
            c.at(),
            step,
            c.reason().strip(),
            clock.rejectionLetterDue(on),
            null);
    record(c.actor(), c.at(), CaseStep.REJECTED, c.reason().strip());
  }

  public void recordHouseholdTold(CaseCommand.RecordHouseholdTold c) {
    begin(c, CaseStep.REJECTED);
    require(rejection.householdToldOn() == null, "已书面告知农户", "the household has already been told");
    rejection = rejection.told(CaseDates.dateOf(c.at()));
    record(c.actor(), c.at(), step, "已书面告知农户不予纳入理由");
  }

  public void requestRecheck(CaseCommand.RequestRecheck c) {
    begin(c, CaseStep.REJECTED);
    requireLevel(c.actor(), AdminLevel.TOWNSHIP, "登记复核申请");
    require(notBlank(c.reason()), "须写明复核理由", "a re-check request says why");
    record(c.actor(), c.at(), CaseStep.RECHECK_REQUESTED, "农户申请复核：" + c.reason().strip());
  }

  public void acceptRecheck(CaseCommand.AcceptRecheck c) {
    begin(c, CaseStep.RECHECK_REQUESTED);
    requireLevel(c.actor(), AdminLevel.TOWNSHIP, "受理复核");
    rounds.add(new Round(current().number + 1, stepEnteredOn()));
    rejection = null;
    record(c.actor(), c.at(), CaseStep.HOME_VERIFICATION, "受理复核，重新入户核实");
  }

  public void grantGreenChannel(CaseCommand.GrantGreenChannel c) {
    checkTime(c);
    require(step.open(), "案件已结束，不能开通绿色通道", "the procedure is over");
    requireLevel(c.actor(), AdminLevel.COUNTY, "开通绿色通道");
    require(
        clue.suspectedRisks().stream().anyMatch(RiskType::opensGreenChannel),
        "绿色通道仅限因灾、因意外事故的情形",
        "the green channel is only for disaster or accident cases");
    require(greenChannel == null, "已开通绿色通道", "the green channel is already open");
    require(notBlank(c.reason()), "须写明开通理由", "the green channel needs a reason");
    greenChannel = new GreenChannel(c.actor().username(), c.at(), c.reason().strip());
    record(c.actor(), c.at(), step, "开通绿色通道，先帮扶后完善程序：" + c.reason().strip());
  }

  // ---- queries

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public CaseHousehold household() {
    return household;
  }

  public Clue clue() {
    return clue;
  }

  public CaseStep step() {
    return step;
  }

  public int round() {
    return current().number;
  }

  /** The day the current round's procedure clock started: the clue, or the re-check request. */
  public LocalDate clockStartsOn() {
    return current().clockStartsOn;
  }

  public Optional<HomeVerification> verification() {
    return Optional.ofNullable(current().verification);
  }

  public Optional<DataComparison> comparison() {
    return Optional.ofNullable(current().comparison);
  }

  public Optional<VillageReview> review() {
    return Optional.ofNullable(current().review);
  }

  public Optional<PublicNotice> notice() {
    return Optional.ofNullable(current().notice);
  }

  public List<Objection> objections() {
    return List.copyOf(current().objections);
  }

  public Optional<Approval> townshipApproval() {
    return Optional.ofNullable(current().townshipApproval);
  }

  public Optional<CountyDecision> decision() {
    return Optional.ofNullable(decision);
  }

  public Optional<Rejection> rejection() {
    return Optional.ofNullable(rejection);
  }

  public Optional<GreenChannel> greenChannel() {
    return Optional.ofNullable(greenChannel);
  }

  /** Assistance may start once the household is an object, or earlier by the green channel. */
  public boolean assistanceMayStart() {
    return step == CaseStep.MONITORING_OBJECT || greenChannel != null;
  }

  public List<CaseTransition> transitions() {
    return Collections.unmodifiableList(transitions);
  }

  /** The day the case entered its current step. */
  public LocalDate stepEnteredOn() {
    return enteredOn(step).orElseThrow();
  }

  /** The last day the case moved into the given step, if it ever did. */
  public Optional<LocalDate> enteredOn(CaseStep target) {
    for (int i = transitions.size() - 1; i >= 0; i--) {
      CaseTransition t = transitions.get(i);
      if (t.to() == target && t.movesStep()) {
        return Optional.of(CaseDates.dateOf(t.at()));
      }
    }
    return Optional.empty();
  }

  // ---- for the repository

  List<Round> rounds() {
    return Collections.unmodifiableList(rounds);
  }

  List<CaseTransition> unsavedTransitions() {
    return transitions.subList(savedTransitions, transitions.size());
  }

  void saved(long id, long version) {
    this.id = id;
    this.version = version;
    this.savedTransitions = transitions.size();
  }

  // ---- guards

  private Round current() {
    return rounds.get(rounds.size() - 1);
  }

  private void begin(CaseCommand c, CaseStep... allowed) {
    checkTime(c);
    for (CaseStep s : allowed) {
      if (s == step) {
        return;
      }
    }
    throw new CaseRuleViolation(
        "案件当前处于「" + step.zh() + "」环节，不能办理此事项",
        "the case is at " + step + ", not at " + List.of(allowed));
  }

  private void checkTime(CaseCommand c) {
    require(c.actor() != null && c.at() != null, "须注明办理人和时间", "a command names who and when");
    Instant last = transitions.get(transitions.size() - 1).at();
    require(
        !c.at().isBefore(last),
        "办理时间不能早于上一环节（" + last + "）",
        "a command cannot happen before the previous one (" + last + ")");
  }

  private void requireFourEyes(Actor actor) {
    boolean verified =
        rounds.stream()
            .map(r -> r.verification)
            .filter(Objects::nonNull)
            .anyMatch(v -> v.involves(actor.username()));
    require(
        !verified,
        "参与入户核实的人员不能审核审定本案（" + actor.username() + "）",
        "a verifier cannot approve the same case (" + actor.username() + ")");
  }

  private static void requireLevel(Actor actor, AdminLevel level, String what) {
    require(
        actor.level() == level,
        what + "须由" + level.zh() + "级用户办理",
        "only a " + level + " user may do this: " + what);
  }

  private void record(Actor actor, Instant at, CaseStep to, String reason) {
    transitions.add(
        new CaseTransition(transitions.size() + 1, actor.username(), at, step, to, reason));
    step = to;
  }

  private static void require(boolean condition, String zh, String en) {
    if (!condition) {
      throw new CaseRuleViolation(zh, en);
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static String orElse(String s, String fallback) {
    return notBlank(s) ? s.strip() : fallback;
  }

  private static String yuan(long fen) {
    return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
