package org.shouwang.cases;

import java.util.List;

/** A case with overdue timers, for the dashboards of the levels it escalates to. */
public record CaseOverdue(long caseId, CaseStep step, List<Escalation> escalations) {}
