package org.shouwang.registry;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.shouwang.db.CopyStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the national division codes shipped under {@code regions/} (whole country: 31 provinces,
 * 2,978 counties, 41,352 townships, 620,573 villages) with COPY, once, into an empty table.
 */
@Component
public class RegionLoader implements org.springframework.boot.ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);
  private final DataSource dataSource;

  RegionLoader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(org.springframework.boot.ApplicationArguments args) {
    loadIfEmpty();
  }

  /** Loads the regions unless they are there already; returns the number of areas loaded. */
  public long loadIfEmpty() {
    try (Connection c = dataSource.getConnection()) {
      try (var st = c.createStatement();
          var rs = st.executeQuery("select exists (select 1 from region)")) {
        rs.next();
        if (rs.getBoolean(1)) {
          return 0;
        }
      }
      long started = System.nanoTime();
      c.setAutoCommit(false);
      long n = copy(c, "provinces.csv", RegionLevel.PROVINCE);
      n += copy(c, "cities.csv", RegionLevel.CITY);
      n += copy(c, "areas.csv", RegionLevel.COUNTY);
      n += copy(c, "streets.csv.gz", RegionLevel.TOWNSHIP);
      n += copy(c, "villages.csv.gz", RegionLevel.VILLAGE);
      c.commit();
      log.info("Loaded {} division codes in {} ms", n, (System.nanoTime() - started) / 1_000_000);
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException("could not load the division codes", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Streams one shipped file into the table, parent and path derived from the code itself. */
  private static long copy(Connection c, String file, RegionLevel level)
      throws IOException, SQLException {
    InputStream in = new ClassPathResource("regions/" + file).getInputStream();
    if (file.endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (CsvReader<CsvRecord> csv =
            CsvReader.builder().ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
        CopyStream out =
            CopyStream.into(
                c,
                "region",
                "code, name, level, parent_code, path, province_code, city_code, county_code,"
                    + " township_code")) {
      boolean header = true;
      for (CsvRecord r : csv) {
        if (header) {
          header = false;
          continue;
        }
        String code = r.getField(0);
        out.text(code).text(r.getField(1)).number(level.number());
        out.text(level == RegionLevel.PROVINCE ? null : parentOf(code, level));
        out.text(pathOf(code, level));
        for (RegionLevel l : RegionLevel.values()) {
          if (l != RegionLevel.VILLAGE) {
            out.text(l.number() <= level.number() ? code.substring(0, l.codeLength()) : null);
          }
        }
        out.endRow();
      }
      return out.finish();
    }
  }

  static String parentOf(String code, RegionLevel level) {
    return code.substring(0, RegionLevel.of(level.number() - 1).codeLength());
  }

  static String pathOf(String code, RegionLevel level) {
    StringBuilder b = new StringBuilder("/");
    for (int i = 1; i <= level.number(); i++) {
      b.append(code, 0, RegionLevel.of(i).codeLength()).append('/');
    }
    return b.toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
