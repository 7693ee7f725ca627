package org.shouwang.cases;

/** How a time limit counts days: every calendar day (自然日) or only working days (工作日). */
public enum DayCount {
  CALENDAR,
  WORKING
}
