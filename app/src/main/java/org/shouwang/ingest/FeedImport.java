package org.shouwang.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.shouwang.ingest.ImportResult.Outcome;
import org.shouwang.ingest.read.FeedFile;
import org.shouwang.ingest.read.FileRejected;
import org.shouwang.ingest.read.RowSource;
import org.shouwang.ingest.read.SourceRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports one file of one feed (data contract §1–2): detects a re-import by SHA-256, keeps the
 * original, refuses a structurally broken file before writing anything, and otherwise writes the
 * good rows and the row errors in one transaction.
 */
@Service
public class FeedImport {
  private static final Logger log = LoggerFactory.getLogger(FeedImport.class);
  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final ImportBatches batches;
  private final KeptFiles kept;
  private final Clock clock;

  FeedImport(
      DataSource dataSource, JdbcClient jdbc, ImportBatches batches, KeptFiles kept, Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.batches = batches;
    this.kept = kept;
    this.clock = clock;
  }

  public ImportResult run(ImportRequest request) {
    return run(request, ImportProgress.NONE);
  }

  public ImportResult run(ImportRequest request, ImportProgress progress) {
    FileFacts facts = FileFacts.of(request.file());
    var earlier = batches.acceptedWith(request.feed(), facts.sha256());
    if (earlier.isPresent()) {
      ImportBatch b = earlier.get();
      return new ImportResult(
          b.id(),
          Outcome.ALREADY_IMPORTED,
          b.read(),
          b.accepted(),
          b.rejected(),
          b.skippedEmpty(),
          b.unmatched(),
          "该文件已于"
              + WHEN.format(b.uploadedAt().atZone(clock.getZone()))
              + "导入（批次"
              + b.id()
              + "），本次未做任何改动",
          "this file was imported before (batch " + b.id() + "); nothing was done");
    }
    kept.keep(request.file(), facts.sha256());
    try (RowSource rows = FeedFile.open(request.file(), request.charset())) {
      HeaderMap header = new HeaderMap(rows.header(), request.feed().columns());
      if (!request.feed().alternatives().isEmpty()
          && request.feed().alternatives().stream().allMatch(c -> header.index(c.key()) < 0)) {
        String either =
            request.feed().alternatives().stream()
                .map(Column::label)
                .collect(Collectors.joining("、"));
        return refuse(
            request,
            facts,
            "文件" + request.fileName() + "须包含以下列之一：" + either + "，整个文件未导入",
            "file "
                + request.fileName()
                + " needs one of the columns "
                + either
                + "; nothing was imported");
      }
      if (!header.missing().isEmpty()) {
        String zh = header.missing().stream().map(Column::label).collect(Collectors.joining("、"));
        return refuse(
            request,
            facts,
            "文件" + request.fileName() + "缺少必填列：" + zh + "，整个文件未导入",
            "file "
                + request.fileName()
                + " lacks required column(s): "
                + zh
                + "; nothing was imported");
      }
      return write(request, facts, rows, header, progress);
    } catch (FileRejected e) {
      return refuse(request, facts, e.reasonZh(), e.reasonEn());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportResult refuse(ImportRequest r, FileFacts facts, String zh, String en) {
    long id = batches.refused(r, facts, zh, en, clock.instant());
    log.warn("Refused {}: {}", r.fileName(), en);
    return new ImportResult(id, Outcome.REJECTED, 0, 0, 0, 0, 0, zh, en);
  }

  private ImportResult write(
      ImportRequest request,
      FileFacts facts,
      RowSource rows,
      HeaderMap header,
      ImportProgress progress)
      throws IOException {
    LocalDate today = LocalDate.now(clock);
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (var st = c.createStatement()) {
        // bulk work: sorts and hash joins of a million staged rows stay in memory
        st.execute("set local work_mem = '256MB'");
        st.execute("set local synchronous_commit = off");
      }
      try {
        long batchId =
            ImportBatches.open(c, request, facts, rows.charset().name(), clock.instant());
        ImportContext context = new ImportContext(c, jdbc, batchId, request, today);
        FeedWriter writer = writerFor(context);
        long read = 0;
        long empty = 0;
        try (ErrorLog errors = new ErrorLog(batchId)) {
          FeedRow row = new FeedRow(header, errors);
          for (SourceRow source : rows) {
            read++;
            if (source.isBlank()) {
              empty++;
              continue;
            }
            row.reset(source.rowNumber(), source.cells());
            writer.accept(row);
            if ((read & 0xFFFF) == 0) {
              progress.rows(read, rows.bytesRead(), rows.totalBytes());
            }
          }
          long staged = System.nanoTime();
          FeedWriter.Written written = writer.finish();
          log.info(
              "{}: {} rows read and staged in {} ms, checked and written in {} ms",
              request.fileName(),
              read,
              (staged - started) / 1_000_000,
              (System.nanoTime() - staged) / 1_000_000);
          errors.copyInto(c);
          long rejected = errors.rejectedRows() + written.rejected();
          String unknown = header.unknown().isEmpty() ? null : String.join(", ", header.unknown());
          ImportResult result =
              new ImportResult(
                  batchId,
                  Outcome.ACCEPTED,
                  read,
                  read - empty - rejected,
                  rejected,
                  empty,
                  written.unmatched(),
                  "导入完成" + (unknown == null ? "" : "；未识别的列已忽略：" + unknown),
                  "imported" + (unknown == null ? "" : "; unknown columns ignored: " + unknown));
          ImportBatches.close(c, batchId, result, unknown);
          c.commit();
          analyze(c, request.feed());
          progress.rows(read, rows.totalBytes(), rows.totalBytes());
          return result;
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("import of " + request.fileName() + " failed", e);
    }
  }

  /** Fresh statistics after a bulk load, so that screening joins get sound plans. */
  private static void analyze(Connection c, Feed feed) throws SQLException {
    String table =
        switch (feed) {
          case HOUSEHOLD -> "household";
          case MEMBER -> "member";
          case INCOME -> "income_survey";
          default -> feed.table();
        };
    c.setAutoCommit(true);
    try (var st = c.createStatement()) {
      st.execute("analyze " + table);
    }
  }

  private static FeedWriter writerFor(ImportContext context) throws SQLException {
    return switch (context.request().feed()) {
      case HOUSEHOLD -> new HouseholdWriter(context);
      case MEMBER -> new MemberWriter(context);
      case INCOME -> new IncomeWriter(context);
      default -> new DepartmentWriter(context);
    };
  }
}
