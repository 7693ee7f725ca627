package org.shouwang.ingest;

/**
 * A column of a feed: its canonical Chinese header, the English key, and whether it is required.
 */
public record Column(String name, String key, boolean required) {
  public static Column required(String name, String key) {
    return new Column(name, key, true);
  }

  public static Column optional(String name, String key) {
    return new Column(name, key, false);
  }

  /** "户编号 (household_id)" for messages. */
  public String label() {
    return name + " (" + key + ")";
  }
}
