package org.shouwang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A data directory for the test JVM (kept original files, reports). */
public final class TestFiles {
  private static Path dataDir;

  private TestFiles() {}

  public static synchronized Path dataDir() {
    if (dataDir == null) {
      try {
        dataDir = Files.createTempDirectory("shouwang-test-data");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataDir;
  }
}
