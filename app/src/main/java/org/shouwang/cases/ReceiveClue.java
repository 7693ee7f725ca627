package org.shouwang.cases;

import java.time.Instant;
import java.util.Set;

/**
 * Opens a case from a clue. Department warnings arrive once the village's verification of the
 * warning says 纳入; cadre screening arrives as a village user's visit finding; self-declarations
 * arrive at the township.
 */
public record ReceiveClue(
    Actor actor,
    Instant at,
    CaseHousehold household,
    ClueChannel channel,
    String originRef,
    Set<RiskType> suspectedRisks,
    String description) {

  public ReceiveClue {
    suspectedRisks = suspectedRisks == null ? Set.of() : Set.copyOf(suspectedRisks);
  }
}
