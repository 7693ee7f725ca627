package org.shouwang.ingest.read;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/** STUB until the values branch lands: plain UTF-8 CSV only. */
public final class FeedFile {
  private FeedFile() {}

  public static RowSource open(Path file, Optional<Charset> override) throws IOException {
    Charset cs = override.orElse(StandardCharsets.UTF_8);
    CsvReader<CsvRecord> csv =
        CsvReader.builder().skipEmptyLines(false).ofCsvRecord(Files.newBufferedReader(file, cs));
    Iterator<CsvRecord> it = csv.iterator();
    String[] header = it.hasNext() ? it.next().getFields().toArray(String[]::new) : new String[0];
    if (header.length > 0 && header[0].startsWith("\uFEFF")) header[0] = header[0].substring(1);
    long size = Files.size(file);
    return new RowSource() {
      public String[] header() {
        return header;
      }

      public Charset charset() {
        return cs;
      }

      public long bytesRead() {
        return 0;
      }

      public long totalBytes() {
        return size;
      }

      public void close() throws IOException {
        csv.close();
      }

      public Iterator<SourceRow> iterator() {
        return new Iterator<>() {
          public boolean hasNext() {
            return it.hasNext();
          }

          public SourceRow next() {
            CsvRecord r = it.next();
            return new SourceRow(r.getStartingLineNumber(), r.getFields().toArray(String[]::new));
          }
        };
      }
    };
  }
}
