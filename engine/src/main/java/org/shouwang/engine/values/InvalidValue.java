package org.shouwang.engine.values;

/**
 * A cell value that cannot be accepted, with the reason in plain Chinese and in English. Importers
 * turn it into a row error naming the file, row and column.
 */
public class InvalidValue extends IllegalArgumentException {
  private final String reasonZh;
  private final String reasonEn;

  public InvalidValue(String reasonZh, String reasonEn) {
    super(reasonEn);
    this.reasonZh = reasonZh;
    this.reasonEn = reasonEn;
  }

  public String reasonZh() {
    return reasonZh;
  }

  public String reasonEn() {
    return reasonEn;
  }
}
