package org.shouwang.engine.screening;

import java.io.Serializable;
import java.util.Optional;

/** One warning rule: a stable code, a version, and the finding (if any) for a household. */
public interface Rule extends Serializable {
  String code();

  default int version() {
    return 1;
  }

  RiskType risk();

  Optional<Finding> apply(HouseholdFacts household, ScreeningContext context);

  /** The rule's finding with ordered figures. */
  default Optional<Finding> found(
      java.util.Map<String, String> figures, java.util.List<SourceRef> evidence) {
    return Optional.of(new Finding(code(), version(), risk(), figures, evidence));
  }
}
