package org.shouwang.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One file to import: its feed, the department it comes from (数据来源), the as-of date (数据截止日期), who
 * uploads it and the region they may write to ({@code ""} for the whole country).
 */
public record ImportRequest(
    Feed feed,
    String sourceDepartment,
    LocalDate asOf,
    Path file,
    String fileName,
    String uploadedBy,
    String scope,
    Optional<Charset> charset) {

  public ImportRequest {
    if (sourceDepartment == null || sourceDepartment.isBlank()) {
      throw new IllegalArgumentException("the source department (数据来源) is required");
    }
    if (asOf == null) {
      throw new IllegalArgumentException("the as-of date (数据截止日期) is required");
    }
  }

  /** A file imported under its own name, its encoding detected. */
  public static ImportRequest of(
      Feed feed, String source, LocalDate asOf, Path file, String uploadedBy, String scope) {
    return new ImportRequest(
        feed,
        source,
        asOf,
        file,
        file.getFileName().toString(),
        uploadedBy,
        scope,
        Optional.empty());
  }
}
