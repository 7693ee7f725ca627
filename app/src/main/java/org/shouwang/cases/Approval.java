package org.shouwang.cases;

import java.time.Instant;

/** A review signed off by one person (乡镇审核). */
public record Approval(String approvedBy, Instant approvedAt, String opinion) {}
