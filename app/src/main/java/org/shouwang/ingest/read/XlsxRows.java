package org.shouwang.ingest.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Rows of the first sheet of an {@code .xlsx} workbook, streamed. Real date cells come out as
 * {@code YYYY-MM-DD}; numbers as plain decimals (no exponent, no trailing {@code .0}). Row numbers
 * are Excel's; rows Excel skips (never written) count as blank.
 */
final class XlsxRows implements RowSource {
  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final long size;
  private final String[] header;
  private Row pending;
  private long rowNumber = 1;

  XlsxRows(Path file, long size) throws IOException {
    this.size = size;
    try {
      this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw new FileRejected(
          "无法读取Excel文件" + file.getFileName() + "：文件损坏或不是.xlsx格式",
          "cannot read the Excel file " + file.getFileName() + ": damaged or not .xlsx");
    }
    this.stream = workbook.getFirstSheet().openStream();
    this.rows = stream.iterator();
    Row first = rows.hasNext() ? rows.next() : null;
    if (first != null && first.getRowNum() != 1) {
      pending = first;
      header = new String[0];
    } else {
      header = first == null ? new String[0] : cells(first);
    }
  }

  static String[] cells(Row row) {
    int n = row.getCellCount();
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = text(row.getCell(i));
    }
    return out;
  }

  static String text(Cell cell) {
    if (cell == null || cell.getValue() == null) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> {
        if (isDate(cell)) {
          yield cell.asDate().toLocalDate().toString();
        }
        BigDecimal n = cell.asNumber().stripTrailingZeros();
        yield n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
      }
      case BOOLEAN -> cell.asBoolean() ? "是" : "否";
      case STRING, FORMULA -> cell.getText();
      default -> cell.getText();
    };
  }

  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    String format = cell.getDataFormatString();
    if (id != null
        && ((id >= 14 && id <= 22)
            || (id >= 27 && id <= 36)
            || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    String f = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase();
    return (f.contains("y") || f.contains("d") || f.contains("年") || f.contains("日"))
        && !f.contains("#")
        && !f.contains("0");
  }

  @Override
  public String[] header() {
    return header;
  }

  @Override
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }

  @Override
  public long bytesRead() {
    return 0;
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
        return pending != null || rows.hasNext();
      }

      @Override
      public SourceRow next() {
        if (pending == null) {
          if (!rows.hasNext()) {
            throw new NoSuchElementException();
          }
          pending = rows.next();
        }
        rowNumber++;
        if (pending.getRowNum() > rowNumber) {
          return new SourceRow(rowNumber, new String[0]);
        }
        Row r = pending;
        pending = null;
        return new SourceRow(rowNumber, cells(r));
      }
    };
  }

  @Override
  public void close() throws IOException {
    stream.close();
    workbook.close();
  }
}
