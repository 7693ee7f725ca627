package org.shouwang.cases;

import java.time.Instant;
import java.time.LocalDate;

/** 民主评议: the village review meeting and its minutes. */
public record VillageReview(
    String recordedBy, Instant recordedAt, LocalDate heldOn, String minutes) {}
