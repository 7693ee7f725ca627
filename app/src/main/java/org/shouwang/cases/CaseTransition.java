package org.shouwang.cases;

import java.time.Instant;

/**
 * One entry of a case's history: who, when, from which step to which, and why. Commands that keep
 * the step (a data comparison run in parallel, an objection logged, the green channel) are entries
 * with {@code from == to}, so the history is the full audit trail. {@code from} is null only for
 * the first entry, the clue's arrival.
 */
public record CaseTransition(
    int seq, String actor, Instant at, CaseStep from, CaseStep to, String reason) {

  public boolean movesStep() {
    return from != to;
  }
}
