package org.shouwang.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** One received file and what became of it. */
public record ImportBatch(
    long id,
    String feed,
    String sourceDepartment,
    LocalDate asOf,
    String fileName,
    String sha256,
    long sizeBytes,
    String charset,
    String uploadedBy,
    Instant uploadedAt,
    String status,
    long read,
    long accepted,
    long rejected,
    long skippedEmpty,
    long unmatched,
    String unknownColumns,
    String message,
    String regionCode) {

  static final String SELECT =
      "select id, feed, source_department, as_of, file_name, sha256, size_bytes, charset,"
          + " uploaded_by, uploaded_at, status, rows_read, accepted, rejected, skipped_empty,"
          + " unmatched, unknown_columns, message, region_code from import_batch";

  static ImportBatch map(ResultSet rs, int row) throws SQLException {
    return new ImportBatch(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, LocalDate.class),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7),
        rs.getString(8),
        rs.getString(9),
        rs.getTimestamp(10).toInstant(),
        rs.getString(11),
        rs.getLong(12),
        rs.getLong(13),
        rs.getLong(14),
        rs.getLong(15),
        rs.getLong(16),
        rs.getString(17),
        rs.getString(18),
        rs.getString(19));
  }
}
