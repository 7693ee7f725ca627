package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a user asks a case to do; each names who acts and when. */
public sealed interface CaseCommand {
  Actor actor();

  Instant at();

  /** The township accepts a self-declaration (受理). */
  record AcceptDeclaration(Actor actor, Instant at) implements CaseCommand {}

  /** The village records its home verification. */
  record RecordHomeVerification(
      Actor actor,
      Instant at,
      Set<String> verifiers,
      boolean authorisationSigned,
      IncomeEntered income,
      String findings)
      implements CaseCommand {}

  /** The county records the data comparison; may come before or after the home verification. */
  record RecordDataComparison(Actor actor, Instant at, List<ComparisonFinding> findings)
      implements CaseCommand {}

  /** The village records the review meeting and its minutes. */
  record RecordVillageReview(Actor actor, Instant at, LocalDate heldOn, String minutes)
      implements CaseCommand {}

  /** The village publishes the notice for whole days {@code firstDay..lastDay}. */
  record PublishNotice(Actor actor, Instant at, LocalDate firstDay, LocalDate lastDay)
      implements CaseCommand {}

  record LogObjection(Actor actor, Instant at, String raisedBy, String content)
      implements CaseCommand {}

  record AnswerObjection(Actor actor, Instant at, int number, String answer)
      implements CaseCommand {}

  /** The village closes the notice and sends the case to the township. */
  record CloseNotice(Actor actor, Instant at) implements CaseCommand {}

  record ApproveAtTownship(Actor actor, Instant at, String opinion) implements CaseCommand {}

  record ApproveAtCounty(
      Actor actor, Instant at, MonitoringCategory category, List<RiskType> riskTypes)
      implements CaseCommand {}

  record Reject(Actor actor, Instant at, String reason) implements CaseCommand {}

  /** The rejection letter has reached the household. */
  record RecordHouseholdTold(Actor actor, Instant at) implements CaseCommand {}

  /** The household asks the township to check the rejection again (复核). */
  record RequestRecheck(Actor actor, Instant at, String reason) implements CaseCommand {}

  /** The township takes the re-check up: a new round starts at home verification. */
  record AcceptRecheck(Actor actor, Instant at) implements CaseCommand {}

  record GrantGreenChannel(Actor actor, Instant at, String reason) implements CaseCommand {}
}
