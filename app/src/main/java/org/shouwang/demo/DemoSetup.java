package org.shouwang.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.db.DatabaseSettings;
import org.shouwang.ingest.Feed;
import org.shouwang.ingest.FeedImport;
import org.shouwang.ingest.ImportRequest;
import org.shouwang.ingest.ImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo world: 唐河县 generated into the data directory, imported feed by feed as the county would,
 * and a demo account at each level. Running it again finds the data and changes nothing.
 */
@Component
public class DemoSetup {
  public static final String COUNTY = "411328";
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  public static final String PASSWORD = "shouwang2025";
  private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

  private final FeedImport imports;
  private final org.shouwang.screening.ScreeningRun screening;
  private final Users users;
  private final JdbcClient jdbc;
  private final Path dataDir;

  DemoSetup(
      FeedImport imports,
      org.shouwang.screening.ScreeningRun screening,
      Users users,
      JdbcClient jdbc,
      DatabaseSettings settings) {
    this.imports = imports;
    this.screening = screening;
    this.users = users;
    this.jdbc = jdbc;
    this.dataDir = settings.dataDir();
  }

  /** One demo account. */
  public record Account(String username, String role, String region) {}

  /** Generates and imports the county unless done before; returns the import results. */
  public List<String> ensureWorld(int households, long seed) {
    List<String> lines = new ArrayList<>();
    long existing =
        jdbc.sql(
                "select count(*) from import_batch where uploaded_by = 'demo' and status = 'ACCEPTED'")
            .query(Long.class)
            .single();
    if (existing > 0) {
      return lines;
    }
    Path dir = dataDir.resolve("demo-county");
    DemoCounty.generate(new GeneratorSpec(COUNTY, households, seed, dir, AS_OF));
    for (DemoFile f : DemoFile.all(AS_OF)) {
      Path file = dir.resolve(f.name());
      if (!Files.exists(file)) {
        continue;
      }
      ImportResult r =
          imports.run(
              new ImportRequest(
                  Feed.byKey(f.feed()).orElseThrow(),
                  f.source(),
                  AS_OF,
                  file,
                  f.name(),
                  "demo",
                  COUNTY,
                  Optional.empty()));
      String line = String.format("  %-20s %s", f.name(), r.summaryLine());
      log.info(line);
      lines.add(line);
    }
    return lines;
  }

  /** Screens the demo county as of its as-of date. */
  public org.shouwang.screening.ScreeningResult screen() {
    return screening.run(AS_OF, COUNTY, "demo");
  }

  /** A county, a township and a village account (the township and village with most households). */
  public List<Account> ensureAccounts() {
    String township =
        jdbc.sql(
                "select township_code from household where county_code = ? group by 1"
                    + " order by count(*) desc, 1 limit 1")
            .param(COUNTY)
            .query(String.class)
            .optional()
            .orElse("411328101");
    String village =
        jdbc.sql(
                "select village_code from household where township_code = ? group by 1"
                    + " order by count(*) desc, 1 limit 1")
            .param(township)
            .query(String.class)
            .optional()
            .orElse(township + "201");
    users.ensure("county", PASSWORD, "唐河县乡村振兴局", COUNTY, Role.COUNTY);
    users.ensure("township", PASSWORD, name(township) + "审核员", township, Role.TOWNSHIP);
    users.ensure("village", PASSWORD, name(village) + "村干部", village, Role.VILLAGE);
    return List.of(
        new Account("county", "县级 county", COUNTY + " " + name(COUNTY)),
        new Account("township", "乡镇 township", township + " " + name(township)),
        new Account("village", "村 village", village + " " + name(village)));
  }

  private String name(String code) {
    return jdbc.sql("select name from region where code = ?")
        .param(code)
        .query(String.class)
        .optional()
        .orElse(code);
  }
}
