package org.shouwang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shouwang.db.ScratchDatabase;
import org.shouwang.demo.DemoCounty;
import org.shouwang.demo.GeneratorSpec;
import org.shouwang.ingest.Feed;
import org.shouwang.ingest.FeedImport;
import org.shouwang.ingest.ImportRequest;
import org.shouwang.ingest.ImportResult;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Benchmarks that print figures (never timed tests). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "性能测试 / benchmarks: import | screening",
      "import: generate a county of N members, import households and members into a fresh"
          + " database (embedded, or a scratch database on --db-url), print rows/s and peak heap."
          + " Run with JAVA_OPTS=-Xmx512m (the launcher's default for bench import).",
      "screening: generate a world of N persons with its department feeds, import it, then time"
          + " the import of the department feeds and the screening run separately (rows/s,"
          + " persons/s, peak heap, RSS), and the same W02 and W06 aggregation in DuckDB over the"
          + " same files when DuckDB is on the class path (the launcher fetches it for bench)."
    })
class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "import")
  String what;

  @Option(
      names = {"--members", "--persons"},
      defaultValue = "1000000",
      description = "人数 / members (persons)")
  int members;

  @Option(names = "--seed", defaultValue = "1")
  long seed;

  @Option(
      names = "--db-url",
      description = "外部 PostgreSQL (a scratch database is created on it) / external server")
  String dbUrl;

  @Option(names = "--work-dir", defaultValue = "./data/bench", description = "生成文件目录 / files")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    if (!what.equals("import") && !what.equals("screening")) {
      System.err.println("unknown benchmark: " + what);
      return 2;
    }
    int households = (int) Math.round(members / 3.24);
    Path world = workDir.resolve("county-" + households + "-" + seed);
    if (!Files.exists(world.resolve("member.csv"))) {
      System.err.println("生成 / generating " + world);
      DemoCounty.generate(
          new GeneratorSpec("411328", households, seed, world, LocalDate.of(2025, 6, 30)));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    Path data = Files.createTempDirectory(workDir.toAbsolutePath(), "db-");
    properties.put("shouwang.data-dir", data.toString());
    String db = "embedded";
    if (dbUrl != null) {
      properties.put("shouwang.db.url", ScratchDatabase.create(dbUrl, "shouwang_bench"));
      db = "external";
    }
    try (var context = Application.start(properties, false)) {
      return measure(context, world, db);
    } finally {
      // the benchmark's database is of no use afterwards and takes gigabytes
      FileSystemUtils.deleteRecursively(data);
    }
  }

  private int measure(ConfigurableApplicationContext context, Path world, String db)
      throws Exception {
    if (what.equals("screening")) {
      new ScreeningBench(context, world, db).run();
      return 0;
    }
    FeedImport imports = context.getBean(FeedImport.class);
    Result h = run(imports, Feed.HOUSEHOLD, world.resolve("household.csv"));
    Result m = run(imports, Feed.MEMBER, world.resolve("member.csv"));
    System.out.printf(
        "bench import: db=%s households=%d household_rows_per_s=%.0f members=%d"
            + " member_seconds=%.2f member_rows_per_s=%.0f member_peak_heap_mb=%d max_heap_mb=%d"
            + " peak_rss_mb=%d%n",
        db,
        h.result.accepted(),
        h.result.read() / h.seconds,
        m.result.accepted(),
        m.seconds,
        m.result.read() / m.seconds,
        m.peakHeapMb,
        Measure.maxHeapMb(),
        Measure.peakRssMb());
    System.out.println("  " + m.result.summaryLine());
    return 0;
  }

  record Result(ImportResult result, double seconds, long peakHeapMb) {}

  static Result run(FeedImport imports, Feed feed, Path file) {
    Measure.resetPeaks();
    long t0 = System.nanoTime();
    ImportResult r =
        imports.run(ImportRequest.of(feed, "bench", LocalDate.of(2025, 6, 30), file, "bench", ""));
    return new Result(r, (System.nanoTime() - t0) / 1e9, Measure.peakHeapMb());
  }
}
