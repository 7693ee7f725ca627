package org.shouwang.ingest;

import java.util.List;

/**
 * A column of a feed: its canonical Chinese header, the English key, whether it is required, and
 * for the department feeds the kind of value it holds (which decides how it is parsed and stored).
 */
public record Column(String name, String key, boolean required, Kind kind, List<String> choices) {

  /** How a department column is parsed, and the database column it lands in. */
  public enum Kind {
    TEXT,
    ID_NUMBER,
    HOUSEHOLD_NO,
    VILLAGE_CODE,
    DATE,
    MONTH,
    MONEY,
    YES_NO,
    CHOICE
  }

  public static Column required(String name, String key) {
    return new Column(name, key, true, Kind.TEXT, List.of());
  }

  public static Column optional(String name, String key) {
    return new Column(name, key, false, Kind.TEXT, List.of());
  }

  public static Column of(String name, String key, boolean required, Kind kind) {
    return new Column(name, key, required, kind, List.of());
  }

  public static Column choice(String name, String key, boolean required, String... values) {
    return new Column(name, key, required, Kind.CHOICE, List.of(values));
  }

  /** "户编号 (household_id)" for messages. */
  public String label() {
    return name + " (" + key + ")";
  }

  /** The column of the department table this value is stored in. */
  public String dbColumn() {
    return switch (kind) {
      case MONEY -> key + "_fen";
      case HOUSEHOLD_NO -> "household_no";
      default -> key;
    };
  }
}
