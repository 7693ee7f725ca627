package org.shouwang.ingest;

/**
 * What an import did. {@code accepted + rejected + skippedEmpty == read}; {@code unmatched} counts
 * accepted department rows whose person is not (yet) in the registry.
 */
public record ImportResult(
    long batchId,
    Outcome outcome,
    long read,
    long accepted,
    long rejected,
    long skippedEmpty,
    long unmatched,
    String messageZh,
    String messageEn) {

  public enum Outcome {
    /** Imported: good rows written, bad rows in the error report. */
    ACCEPTED,
    /** The whole file was refused (structure, encoding): nothing written. */
    REJECTED,
    /** The same file was imported before for this feed: nothing done. */
    ALREADY_IMPORTED
  }

  /** The one line that scripts read. */
  public String summaryLine() {
    return "read="
        + read
        + " accepted="
        + accepted
        + " rejected="
        + rejected
        + " skipped_empty="
        + skippedEmpty
        + " unmatched="
        + unmatched;
  }
}
