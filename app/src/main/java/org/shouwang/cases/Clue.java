package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A clue (线索) as it entered the queue: its channel and origin reference (warning id, receipt
 * number, visit record), who recorded it and when, the risks it suggests and what it says.
 */
public record Clue(
    ClueChannel channel,
    String originRef,
    String recordedBy,
    Instant receivedAt,
    Set<RiskType> suspectedRisks,
    String description) {

  public Clue {
    suspectedRisks = Set.copyOf(suspectedRisks);
  }

  public LocalDate receivedOn() {
    return CaseDates.dateOf(receivedAt);
  }
}
