package org.shouwang.cases;

/** One rule that fired for this household in the data comparison, as reviewers see it. */
public record ComparisonFinding(String ruleCode, String summary) {}
