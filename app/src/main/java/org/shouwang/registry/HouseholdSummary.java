package org.shouwang.registry;

/** A household as a list shows it: the head's ID number already masked. */
public record HouseholdSummary(
    long id,
    String householdNo,
    String villageCode,
    String villageName,
    String headName,
    String headIdMasked,
    String householdType,
    int members) {}
