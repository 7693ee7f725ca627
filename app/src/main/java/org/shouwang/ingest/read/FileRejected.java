package org.shouwang.ingest.read;

/** STUB until the values branch lands. */
public class FileRejected extends RuntimeException {
  private final String reasonZh;

  public FileRejected(String reasonZh, String reasonEn) {
    super(reasonEn);
    this.reasonZh = reasonZh;
  }

  public String reasonZh() {
    return reasonZh;
  }

  public String reasonEn() {
    return getMessage();
  }
}
