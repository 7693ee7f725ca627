package org.shouwang.cases;

/** What a timer guards. */
public enum TimerKind {
  /** From the clue (or re-check request) to the county's decision: 15 days by default. */
  PROCEDURE,
  /** The current step's own limit. */
  STEP,
  /** Telling the household of a rejection in writing: 5 working days. */
  REJECTION_LETTER
}
