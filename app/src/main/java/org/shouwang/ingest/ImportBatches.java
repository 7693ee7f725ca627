package org.shouwang.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code import_batch} table: one row per file received, accepted or refused. */
@Repository
public class ImportBatches {
  private final JdbcClient jdbc;

  ImportBatches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The accepted batch of the same feed and content, if the file was imported before. */
  public Optional<ImportBatch> acceptedWith(Feed feed, String sha256) {
    return jdbc.sql(ImportBatch.SELECT + " where feed = ? and sha256 = ? and status = 'ACCEPTED'")
        .param(feed.key())
        .param(sha256)
        .query(ImportBatch::map)
        .optional();
  }

  public Optional<ImportBatch> byId(long id) {
    return jdbc.sql(ImportBatch.SELECT + " where id = ?")
        .param(id)
        .query(ImportBatch::map)
        .optional();
  }

  /** The newest batches visible in a region scope ({@code ""}: all). */
  public List<ImportBatch> latest(String scope, int limit) {
    return jdbc.sql(
            ImportBatch.SELECT
                + " where region_code like ? or ? = '' order by id desc limit "
                + limit)
        .param(scope + "%")
        .param(scope)
        .query(ImportBatch::map)
        .list();
  }

  /** Inserts the batch row on the import's own connection, returning its id. */
  static long open(Connection c, ImportRequest r, FileFacts file, String charset, Instant at)
      throws SQLException {
    try (var st =
        c.prepareStatement(
            "insert into import_batch (feed, source_department, as_of, file_name, sha256,"
                + " size_bytes, charset, uploaded_by, uploaded_at, status, region_code)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?) returning id")) {
      st.setString(1, r.feed().key());
      st.setString(2, r.sourceDepartment());
      st.setObject(3, r.asOf());
      st.setString(4, r.fileName());
      st.setString(5, file.sha256());
      st.setLong(6, file.size());
      st.setString(7, charset);
      st.setString(8, r.uploadedBy());
      st.setTimestamp(9, Timestamp.from(at));
      st.setString(10, r.scope());
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static void close(Connection c, long id, ImportResult result, String unknownColumns)
      throws SQLException {
    try (var st =
        c.prepareStatement(
            "update import_batch set status = ?, rows_read = ?, accepted = ?, rejected = ?,"
                + " skipped_empty = ?, unmatched = ?, unknown_columns = ?, message = ?"
                + " where id = ?")) {
      st.setString(1, result.outcome().name());
      st.setLong(2, result.read());
      st.setLong(3, result.accepted());
      st.setLong(4, result.rejected());
      st.setLong(5, result.skippedEmpty());
      st.setLong(6, result.unmatched());
      st.setString(7, unknownColumns);
      st.setString(8, result.messageZh());
      st.setLong(9, id);
      st.executeUpdate();
    }
  }

  /** Records a file refused as a whole: the batch row and its reason, nothing else. */
  long refused(ImportRequest r, FileFacts file, String reasonZh, String reasonEn, Instant at) {
    return jdbc.sql(
            "insert into import_batch (feed, source_department, as_of, file_name, sha256,"
                + " size_bytes, uploaded_by, uploaded_at, status, message, region_code)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'REJECTED', ?, ?) returning id")
        .param(r.feed().key())
        .param(r.sourceDepartment())
        .param(r.asOf())
        .param(r.fileName())
        .param(file.sha256())
        .param(file.size())
        .param(r.uploadedBy())
        .param(Timestamp.from(at))
        .param(reasonZh + " / " + reasonEn)
        .param(r.scope())
        .query(Long.class)
        .single();
  }
}
