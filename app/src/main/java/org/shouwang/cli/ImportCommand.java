package org.shouwang.cli;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.shouwang.ingest.Feed;
import org.shouwang.ingest.FeedImport;
import org.shouwang.ingest.ImportRequest;
import org.shouwang.ingest.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports files of one feed. Ends with one line per file that scripts read: {@code read=N
 * accepted=A rejected=R skipped_empty=E unmatched=U}; exits non-zero only when a file as a whole
 * was refused.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "导入数据文件（.csv .tsv .csv.gz .xlsx）/ import data files of one feed",
      "Feeds: household member income (and the department feeds)"
    })
class ImportCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;

  @Option(names = "--feed", required = true, description = "数据类型 / feed, e.g. member")
  String feed;

  @Option(names = "--source", required = true, description = "数据来源 / source department")
  String source;

  @Option(names = "--as-of", required = true, description = "数据截止日期 / as-of date YYYY-MM-DD")
  LocalDate asOf;

  @Option(names = "--charset", description = "强制编码 / force a charset (default: detect)")
  Charset charset;

  @Option(names = "--user", defaultValue = "cli", description = "导入人 / uploaded by")
  String user;

  @Option(names = "--quiet", description = "不显示进度 / no progress")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "文件 / files")
  List<Path> files;

  @Override
  public Integer call() {
    Feed f =
        Feed.byKey(feed)
            .orElseThrow(
                () ->
                    new picocli.CommandLine.ParameterException(
                        new picocli.CommandLine(this), "未知的数据类型 / unknown feed: " + feed));
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        System.err.println("文件不存在 / no such file: " + file);
        return 2;
      }
    }
    try (var context = Application.start(database.properties(), false)) {
      FeedImport imports = context.getBean(FeedImport.class);
      int status = 0;
      for (Path file : files) {
        ImportRequest request =
            new ImportRequest(
                f,
                source,
                asOf,
                file,
                file.getFileName().toString(),
                user,
                "",
                Optional.ofNullable(charset));
        long started = System.nanoTime();
        ImportResult result = imports.run(request, quiet ? (r, b, t) -> {} : new ConsoleProgress());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(
            "%s: %s (%s) %.1f s, 批次 batch %d%n",
            file.getFileName(), result.messageZh(), result.outcome(), seconds, result.batchId());
        if (result.outcome() == ImportResult.Outcome.REJECTED) {
          System.err.println("  " + result.messageEn());
          status = 1;
        }
        System.out.println(result.summaryLine());
      }
      return status;
    }
  }

  /** A progress line on stderr, rewritten in place. */
  static final class ConsoleProgress implements org.shouwang.ingest.ImportProgress {
    private long lastPrint;

    @Override
    public void rows(long rows, long bytesRead, long totalBytes) {
      long now = System.nanoTime();
      if (now - lastPrint < 500_000_000L && bytesRead < totalBytes) {
        return;
      }
      lastPrint = now;
      int percent = totalBytes == 0 ? 100 : (int) (100 * bytesRead / totalBytes);
      System.err.printf("\r  %,d 行 rows  %d%%", rows, percent);
      if (bytesRead >= totalBytes) {
        System.err.println();
      }
    }
  }
}
