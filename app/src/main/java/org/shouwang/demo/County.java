package org.shouwang.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** A county's real townships and villages, read from the shipped division codes. */
record County(String code, String name, List<Village> villages) {

  record Village(String code, String name, String townshipName) {}

  static County load(String code) {
    Map<String, String> townships = new HashMap<>();
    read(
        "streets.csv.gz",
        r -> {
          if (r.getField(2).equals(code)) {
            townships.put(r.getField(0), r.getField(1));
          }
        });
    List<Village> villages = new ArrayList<>();
    read(
        "villages.csv.gz",
        r -> {
          if (r.getField(5).equals(code)) {
            villages.add(new Village(r.getField(0), r.getField(1), townships.get(r.getField(2))));
          }
        });
    String[] name = {code};
    read(
        "areas.csv",
        r -> {
          if (r.getField(0).equals(code)) {
            name[0] = r.getField(1);
          }
        });
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("no villages for county code " + code);
    }
    return new County(code, name[0], villages);
  }

  private static void read(String file, java.util.function.Consumer<CsvRecord> each) {
    try (InputStream raw = County.class.getResourceAsStream("/regions/" + file)) {
      InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      try (CsvReader<CsvRecord> csv =
          CsvReader.builder().ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        boolean header = true;
        for (CsvRecord r : csv) {
          if (!header) {
            each.accept(r);
          }
          header = false;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
