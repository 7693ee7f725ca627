package org.shouwang.cases;

import java.time.Instant;
import java.util.Set;

/**
 * The home verification (入户核实) as recorded: at least two verifiers, the signed commitment and
 * authorisation (承诺授权书), the income entered and the recomputed per-capita figure, findings.
 */
public record HomeVerification(
    String recordedBy,
    Instant recordedAt,
    Set<String> verifiers,
    boolean authorisationSigned,
    IncomeEntered income,
    long perCapitaNetFen,
    String findings) {

  public HomeVerification {
    verifiers = Set.copyOf(verifiers);
  }

  /** Whoever verified or recorded the verification. */
  public boolean involves(String username) {
    return verifiers.contains(username) || recordedBy.equals(username);
  }
}
