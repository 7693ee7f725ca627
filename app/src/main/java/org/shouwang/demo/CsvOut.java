package org.shouwang.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV file being written row by row, RFC 4180 quoting, counting its data rows. */
final class CsvOut implements AutoCloseable {
  private final BufferedWriter out;
  private long rows;

  CsvOut(Path file, Charset charset, boolean bom, String... header) {
    try {
      out =
          new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
      if (bom) {
        out.write('\uFEFF');
      }
      line(header);
      rows = 0; // data rows only
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void row(Object... cells) {
    String[] s = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      s[i] = cells[i] == null ? "" : cells[i].toString();
    }
    line(s);
  }

  /** A row with nothing in it (Excel exports carry them). */
  void blank() {
    try {
      out.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(String... cells) {
    try {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        String c = cells[i];
        if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
          out.write('"');
          out.write(c.replace("\"", "\"\""));
          out.write('"');
        } else {
          out.write(c);
        }
      }
      out.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
