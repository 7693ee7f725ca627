package org.shouwang.ingest;

import java.sql.SQLException;

/**
 * Writes one feed's rows: validates each row and stages it (COPY into a temporary table), then at
 * the end runs the checks that need the whole file or the database (unknown household, person in
 * two households, duplicates) and writes what passed.
 */
interface FeedWriter {

  /** Validates and stages one non-empty row; a row with errors is not staged. */
  void accept(FeedRow row) throws SQLException;

  /** Runs the set-based checks and writes the staged rows that passed. */
  Written finish() throws SQLException;

  /** Counts from {@link #finish()}: rows written, rows refused by set-based checks, unmatched. */
  record Written(long accepted, long rejected, long unmatched) {}
}
