package org.shouwang.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.shouwang.engine.person.ResidentId;

/** Writes the small feed files the import tests need, and makes valid, unique resident IDs. */
final class Files4Test {
  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 900);
  private final Path dir;

  Files4Test(Path dir) {
    this.dir = dir;
  }

  /** A valid resident ID born on the given yyyyMMdd, unique within the test JVM. */
  static String id(String birth) {
    long n = SEQUENCE.incrementAndGet() % 1000;
    String first17 = "411328" + birth + String.format("%03d", n);
    return first17 + ResidentId.checkCharacter(first17);
  }

  /** The same number with a wrong check character. */
  static String wrongCheck(String id) {
    char c = id.charAt(17) == '1' ? '2' : '1';
    return id.substring(0, 17) + c;
  }

  static String unique(String prefix) {
    return prefix + System.nanoTime();
  }

  Path csv(String name, Charset charset, List<String> lines) {
    try {
      Path file = dir.resolve(name);
      Files.write(file, lines, charset);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path csv(String name, List<String> lines) {
    return csv(name, StandardCharsets.UTF_8, lines);
  }
}
