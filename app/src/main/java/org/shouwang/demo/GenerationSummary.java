package org.shouwang.demo;

import java.nio.file.Path;
import java.util.Map;

/** What was written: rows per file (data rows, without the header) and deliberately dirty rows. */
public record GenerationSummary(Path outDir, Map<String, Long> rows, Map<String, Integer> dirty) {

  public long total() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("已生成 / written to " + outDir + "\n");
    rows.forEach(
        (file, n) ->
            b.append(String.format("  %-20s %,10d 行 rows", file, n))
                .append(
                    dirty.getOrDefault(file, 0) > 0
                        ? "  (其中故意出错/dirty " + dirty.get(file) + ")"
                        : "")
                .append('\n'));
    return b.toString();
  }
}
