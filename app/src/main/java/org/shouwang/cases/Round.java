package org.shouwang.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass through the procedure. The first round starts with the clue; a re-check starts a new
 * round at home verification, and the earlier rounds stay as they were.
 */
final class Round {
  final int number;
  final LocalDate clockStartsOn;
  HomeVerification verification;
  DataComparison comparison;
  VillageReview review;
  PublicNotice notice;
  final List<Objection> objections = new ArrayList<>();
  Approval townshipApproval;

  Round(int number, LocalDate clockStartsOn) {
    this.number = number;
    this.clockStartsOn = clockStartsOn;
  }

  boolean allObjectionsAnswered() {
    return objections.stream().allMatch(Objection::answered);
  }
}
