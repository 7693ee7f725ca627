package org.shouwang.demo;

import java.nio.file.Path;
import java.time.LocalDate;

/** What to generate: a county's households, from a seed, as of a date, into a folder. */
public record GeneratorSpec(
    String countyCode, int households, long seed, Path outDir, LocalDate asOf) {

  public GeneratorSpec {
    if (countyCode == null || !countyCode.matches("\\d{6}")) {
      throw new IllegalArgumentException("a county code has 6 digits: " + countyCode);
    }
    if (households < 1) {
      throw new IllegalArgumentException("at least one household");
    }
  }
}
