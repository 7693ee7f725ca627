package org.shouwang.cases;

/** The household a case is about, with the region codes that decide who sees the case. */
public record CaseHousehold(
    long householdId, String villageCode, String townshipCode, String countyCode) {}
