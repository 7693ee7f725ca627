package org.shouwang.ingest;

import java.util.function.Function;
import org.shouwang.engine.values.InvalidValue;
import org.shouwang.engine.values.Text;

/**
 * One data row of a file as a feed sees it: cells by column key, and the row's errors. A value that
 * does not parse is recorded against its column and comes back as {@code null}; a row with any
 * error is rejected whole.
 */
public final class FeedRow {
  private final HeaderMap header;
  private final ErrorLog errors;
  private long number;
  private String[] cells;
  private int errorCount;

  FeedRow(HeaderMap header, ErrorLog errors) {
    this.header = header;
    this.errors = errors;
  }

  void reset(long number, String[] cells) {
    this.number = number;
    this.cells = cells;
    this.errorCount = 0;
  }

  public long number() {
    return number;
  }

  /** The normalised text of a column, {@code ""} when absent or empty. */
  public String text(String key) {
    int i = header.index(key);
    return i < 0 || i >= cells.length ? "" : Text.normalise(cells[i]);
  }

  /** The text of a required column, or an error when it is empty. */
  public String required(Column column) {
    String s = text(column.key());
    if (s.isEmpty()) {
      reject(column, "", "必填项为空", "required value is empty");
    }
    return s;
  }

  /** Parses a column, recording an error if the parser throws {@link InvalidValue}. */
  public <T> T parse(Column column, Function<String, T> parser) {
    String s = text(column.key());
    if (s.isEmpty()) {
      if (column.required()) {
        reject(column, "", "必填项为空", "required value is empty");
      }
      return null;
    }
    try {
      return parser.apply(s);
    } catch (InvalidValue e) {
      reject(column, s, e.reasonZh(), e.reasonEn());
      return null;
    }
  }

  /** A value from a closed list, or an error naming the allowed values. */
  public String choice(Column column, java.util.List<String> allowed) {
    String s = text(column.key());
    if (s.isEmpty()) {
      if (column.required()) {
        reject(column, "", "必填项为空", "required value is empty");
      }
      return null;
    }
    if (!allowed.contains(s)) {
      String list = String.join(" / ", allowed);
      reject(column, s, "取值不在允许范围内（" + list + "）", "not one of the allowed values (" + list + ")");
      return null;
    }
    return s;
  }

  public void reject(Column column, String value, String reasonZh, String reasonEn) {
    errorCount++;
    errors.add(number, column == null ? null : column.label(), value, reasonZh, reasonEn);
  }

  /** A remark that does not reject the row. */
  public void warn(Column column, String value, String reasonZh, String reasonEn) {
    errors.warn(number, column.label(), value, reasonZh, reasonEn);
  }

  public boolean ok() {
    return errorCount == 0;
  }
}
