package org.shouwang.ingest.read;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Rows of a CSV or TSV file; row numbers count records as Excel shows them (header = 1). */
final class CsvRows implements RowSource {
  private final String fileName;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final CountingInputStream counted;
  private final long size;
  private final Charset charset;
  private final String[] header;
  private long rowNumber = 1;

  CsvRows(
      String fileName,
      InputStream in,
      CountingInputStream counted,
      long size,
      Charset charset,
      char separator) {
    this.fileName = fileName;
    this.counted = counted;
    this.size = size;
    this.charset = charset;
    this.reader =
        CsvReader.builder()
            .fieldSeparator(separator)
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(true)
            .ofCsvRecord(new InputStreamReader(in, Encoding.strictDecoder(charset)));
    this.records = reader.iterator();
    this.header = hasNext() ? fields(next0()) : new String[0];
  }

  private boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw translated(e);
    }
  }

  private CsvRecord next0() {
    try {
      return records.next();
    } catch (UncheckedIOException e) {
      throw translated(e);
    }
  }

  private RuntimeException translated(UncheckedIOException e) {
    if (Encoding.isCodingError(e)) {
      return new FileRejected(
          "文件" + fileName + "第" + (rowNumber + 1) + "行附近含有不是" + charset + "编码的字节，整个文件未导入",
          "file "
              + fileName
              + " has bytes that are not "
              + charset
              + " near row "
              + (rowNumber + 1)
              + "; nothing was imported");
    }
    return e;
  }

  private static String[] fields(CsvRecord r) {
    return r.getFields().toArray(String[]::new);
  }

  @Override
  public String[] header() {
    return header;
  }

  @Override
  public Charset charset() {
    return charset;
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public long totalBytes() {
    return size;
  }

  @Override
  public Iterator<SourceRow> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return CsvRows.this.hasNext();
      }

      @Override
      public SourceRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRecord r = next0();
        rowNumber++;
        return new SourceRow(rowNumber, fields(r));
      }
    };
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
