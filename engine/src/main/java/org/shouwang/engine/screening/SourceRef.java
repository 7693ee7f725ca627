package org.shouwang.engine.screening;

import java.io.Serializable;

/** The exact source row a fact came from: feed, import batch and the row number in the file. */
public record SourceRef(String feed, long batchId, long row) implements Serializable {
  @Override
  public String toString() {
    return feed + "#" + batchId + ":" + row;
  }
}
