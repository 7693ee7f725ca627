package org.shouwang.ingest;

/** Told now and then how far an import has got (the CLI prints it). */
@FunctionalInterface
public interface ImportProgress {
  ImportProgress NONE = (rows, bytesRead, totalBytes) -> {};

  void rows(long rows, long bytesRead, long totalBytes);
}
