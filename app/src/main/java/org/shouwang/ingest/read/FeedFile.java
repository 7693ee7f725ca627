package org.shouwang.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Opens a data file as a stream of rows, whatever its format (data contract §1): {@code .csv} and
 * {@code .tsv} (optionally {@code .gz}), in UTF-8 with or without BOM or GB18030/GBK, detected or
 * given; and {@code .xlsx} (first sheet, header in row 1). Nothing is loaded whole into memory.
 */
public final class FeedFile {
  private FeedFile() {}

  public static RowSource open(Path file, Optional<Charset> override) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    long size = Files.size(file);
    if (name.endsWith(".xlsx")) {
      return new XlsxRows(file, size);
    }
    if (name.endsWith(".xls")) {
      throw new FileRejected(
          "不支持旧版Excel（.xls）文件，请另存为.xlsx或.csv",
          "old Excel (.xls) files are not supported: save as .xlsx or .csv");
    }
    boolean gz = name.endsWith(".gz");
    String plain = gz ? name.substring(0, name.length() - 3) : name;
    char separator;
    if (plain.endsWith(".csv") || plain.endsWith(".txt")) {
      separator = ',';
    } else if (plain.endsWith(".tsv")) {
      separator = '\t';
    } else {
      throw new FileRejected(
          "不支持的文件类型：" + file.getFileName() + "（支持.csv、.tsv、.csv.gz、.xlsx）",
          "unsupported file type: " + file.getFileName() + " (use .csv, .tsv, .csv.gz or .xlsx)");
    }
    Encoding.Detected detected;
    try (InputStream sample = decompressed(Files.newInputStream(file), gz)) {
      detected =
          override.isPresent()
              ? new Encoding.Detected(override.get(), 0)
              : Encoding.detect(sample, file.getFileName().toString());
    }
    CountingInputStream counted =
        new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    InputStream in = decompressed(counted, gz);
    in.skipNBytes(detected.bomLength());
    return new CsvRows(
        file.getFileName().toString(), in, counted, size, detected.charset(), separator);
  }

  private static InputStream decompressed(InputStream in, boolean gz) throws IOException {
    return gz ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
