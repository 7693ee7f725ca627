package org.shouwang.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Takes clues in from the three channels and moves cases: load, check the version the user saw,
 * apply the command stamped with the clock's time, save. The history rows are written by {@link
 * Cases#save} in the same transaction.
 */
@Service
public class CaseWorkflow {
  private final Cases cases;
  private final Clock clock;
  private final CaseSettings settings;
  private final WorkingDayCalendar calendar;

  @Autowired
  public CaseWorkflow(
      Cases cases,
      ObjectProvider<Clock> clock,
      CaseSettings settings,
      WorkingDayCalendar calendar) {
    this(cases, clock.getIfAvailable(() -> Clock.system(CaseDates.ZONE)), settings, calendar);
  }

  CaseWorkflow(Cases cases, Clock clock, CaseSettings settings, WorkingDayCalendar calendar) {
    this.cases = cases;
    this.clock = clock;
    this.settings = settings;
    this.calendar = calendar;
  }

  /**
   * Opens a case from a clue; the same origin (warning id, receipt number, visit record) opens one
   * case only, and a repeat returns it.
   */
  public long receive(Actor actor, ClueIntake clue) {
    return cases
        .findByOrigin(clue.channel(), clue.originRef())
        .orElseGet(
            () -> {
              Case c =
                  Case.open(
                      new ReceiveClue(
                          actor,
                          now(),
                          clue.household(),
                          clue.channel(),
                          clue.originRef(),
                          clue.suspectedRisks(),
                          clue.description()));
              cases.save(c);
              return c.id();
            });
  }

  /**
   * Applies a command to the version of the case the user saw. {@code command} receives the current
   * instant and builds the command with it.
   *
   * @throws CaseConcurrentlyModified if the case moved on since that version
   * @throws CaseRuleViolation if the procedure forbids the command
   */
  public Case act(long caseId, long seenVersion, Function<Instant, CaseCommand> command) {
    Case c = cases.get(caseId);
    if (c.version() != seenVersion) {
      throw new CaseConcurrentlyModified(caseId, seenVersion);
    }
    c.apply(command.apply(now()), clockFor(c));
    cases.save(c);
    return c;
  }

  /** Where a case stands now. */
  public CaseStep step(long caseId) {
    return cases.get(caseId).step();
  }

  /** The timers of a case as of today. */
  public List<CaseTimer> timers(long caseId) {
    Case c = cases.get(caseId);
    return clockFor(c).timers(c);
  }

  /**
   * The open cases under a region with an overdue timer today, for that region's home page. From
   * the county down, every overdue case of the region; above it (city, province), only those whose
   * lateness has escalated to that level, so that a province sees what reached it, not every late
   * village visit.
   */
  public List<CaseOverdue> overdueIn(String regionCode) {
    LocalDate today = LocalDate.now(clock.withZone(CaseDates.ZONE));
    AdminLevel level = AdminLevel.ofRegionCode(regionCode);
    List<CaseOverdue> overdue = new ArrayList<>();
    for (long id : cases.openIn(regionCode)) {
      Case c = cases.get(id);
      List<Escalation> late = clockFor(c).overdue(c, today);
      if (level.atLeast(AdminLevel.CITY)) {
        late = late.stream().filter(e -> e.to().atLeast(level)).toList();
      }
      if (!late.isEmpty()) {
        overdue.add(new CaseOverdue(id, c.step(), late));
      }
    }
    return overdue;
  }

  /** The rejection letter of a rejected case, ready to print. */
  public RejectionLetter rejectionLetter(long caseId, String headName) {
    return RejectionLetter.of(cases.get(caseId), headName);
  }

  /** PostgreSQL keeps microseconds: stamp with what will be stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private ProcedureClock clockFor(Case c) {
    return new ProcedureClock(settings.policyFor(c.household().countyCode()), calendar);
  }
}
