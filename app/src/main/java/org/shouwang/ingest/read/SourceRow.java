package org.shouwang.ingest.read;

/** STUB until the values branch lands. */
public record SourceRow(long rowNumber, String[] cells) {
  public boolean isBlank() {
    for (String c : cells) if (c != null && !c.isBlank()) return false;
    return true;
  }
}
