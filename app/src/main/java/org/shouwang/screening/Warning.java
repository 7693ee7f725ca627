package org.shouwang.screening;

import java.time.Instant;
import java.time.LocalDate;

/** A stored warning (风险预警) with its household, as lists and the detail page show it. */
public record Warning(
    long id,
    long householdId,
    String householdNo,
    String headName,
    String headIdMasked,
    String householdType,
    String townshipName,
    String villageName,
    String villageCode,
    String ruleCode,
    String riskType,
    String figures,
    String evidence,
    String standardLabel,
    LocalDate asOf,
    Instant raisedAt,
    String status,
    LocalDate dueDate,
    String dispatchedBy,
    String verifiedBy,
    String verifyReason) {}
