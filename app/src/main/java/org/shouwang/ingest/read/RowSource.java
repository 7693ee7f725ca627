package org.shouwang.ingest.read;

import java.nio.charset.Charset;

/** STUB until the values branch lands. */
public interface RowSource extends Iterable<SourceRow>, AutoCloseable {
  String[] header();

  Charset charset();

  long bytesRead();

  long totalBytes();

  @Override
  void close() throws java.io.IOException;
}
