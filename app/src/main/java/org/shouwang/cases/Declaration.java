package org.shouwang.cases;

import java.time.Instant;

/** A self-declaration as stored. */
public record Declaration(
    String receipt,
    Instant submittedAt,
    String name,
    String idNumber,
    String villageCode,
    String hardship,
    String description,
    Long householdId,
    Long caseId,
    String status) {}
