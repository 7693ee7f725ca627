package org.shouwang.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.shouwang.db.DatabaseSettings;
import org.springframework.stereotype.Component;

/**
 * Original files, kept content-addressed under {@code data-dir/files/ab/abcdef…} so that any
 * warning can be traced back to the exact source row that caused it.
 */
@Component
public class KeptFiles {
  private final Path root;

  KeptFiles(DatabaseSettings settings) {
    this.root = settings.filesDir();
  }

  /** Keeps a copy of the file under its SHA-256 (once), and returns where it lies. */
  public Path keep(Path file, String sha256) {
    Path target = path(sha256);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), sha256, ".part");
        Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep the original file " + file, e);
    }
  }

  public Path path(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
