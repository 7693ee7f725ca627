package org.shouwang.cases;

/** An overdue timer and the level it goes to. */
public record Escalation(CaseTimer timer, long daysLate, AdminLevel to) {}
