package org.shouwang.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.shouwang.demo.DemoFile;
import org.shouwang.ingest.Feed;
import org.shouwang.ingest.FeedImport;
import org.shouwang.screening.ScreeningResult;
import org.shouwang.screening.ScreeningRun;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The screening benchmark: department-feed import and the screening run timed separately on a
 * generated world, and DuckDB doing the W02 and W06 aggregation over the same files, side by side.
 */
final class ScreeningBench {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private final ConfigurableApplicationContext context;
  private final Path world;
  private final String db;

  ScreeningBench(ConfigurableApplicationContext context, Path world, String db) {
    this.context = context;
    this.world = world;
    this.db = db;
  }

  void run() throws Exception {
    FeedImport imports = context.getBean(FeedImport.class);
    long persons = 0;
    double registrySeconds = 0;
    long deptRows = 0;
    double deptSeconds = 0;
    long deptHeap = 0;
    for (DemoFile f : DemoFile.all(AS_OF)) {
      var r =
          BenchCommand.run(imports, Feed.byKey(f.feed()).orElseThrow(), world.resolve(f.name()));
      if (f.registry()) {
        registrySeconds += r.seconds();
        persons = f.feed().equals("member") ? r.result().accepted() : persons;
      } else {
        deptRows += r.result().read();
        deptSeconds += r.seconds();
        deptHeap = Math.max(deptHeap, r.peakHeapMb());
      }
    }
    Measure.resetPeaks();
    long t0 = System.nanoTime();
    ScreeningResult s = context.getBean(ScreeningRun.class).run(AS_OF, "411328", "bench");
    double screenSeconds = (System.nanoTime() - t0) / 1e9;
    long screenHeap = Measure.peakHeapMb();
    System.out.printf(
        "bench screening: db=%s persons=%d households=%d registry_import_s=%.1f"
            + " department_rows=%d department_import_s=%.1f department_rows_per_s=%.0f"
            + " department_peak_heap_mb=%d%n",
        db,
        persons,
        s.households(),
        registrySeconds,
        deptRows,
        deptSeconds,
        deptRows / deptSeconds,
        deptHeap);
    System.out.printf(
        "bench screening: screening_s=%.1f (load %.1f, rules %.1f, write %.1f) persons_per_s=%.0f"
            + " findings=%d raised=%d screening_peak_heap_mb=%d max_heap_mb=%d peak_rss_mb=%d%n",
        screenSeconds,
        s.loadSeconds(),
        s.screenSeconds(),
        s.writeSeconds(),
        persons / screenSeconds,
        s.findings(),
        s.raised(),
        screenHeap,
        Measure.maxHeapMb(),
        Measure.peakRssMb());
    System.out.printf(
        "bench screening: end_to_end_s=%.1f (department import + screening)%n",
        deptSeconds + screenSeconds);
    System.out.print(s.perRule());
    duckDb(s, screenSeconds);
  }

  /** W02 + W06 in DuckDB over the same files (member.csv transcoded to UTF-8 first, untimed). */
  private void duckDb(ScreeningResult s, double screenSeconds) throws Exception {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      System.out.println("bench screening: duckdb not on the class path; skipped");
      return;
    }
    Path members = world.resolve("member-utf8.csv");
    if (!Files.exists(members)) {
      try (BufferedReader in =
              Files.newBufferedReader(world.resolve("member.csv"), Charset.forName("GBK"));
          BufferedWriter out = Files.newBufferedWriter(members, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
    }
    String dir = world.toAbsolutePath().toString().replace("'", "''");
    String sql =
        """
        with m as (select "身份证号" as id, "户编号" as hh from read_csv('%1$s/member-utf8.csv',
                     all_varchar = true, header = true, ignore_errors = true)),
             h as (select "户编号" as hh, "户类型" as t from read_csv('%1$s/household.csv',
                     all_varchar = true, header = true)),
             inc as (select "户编号" as hh,
                     coalesce(try_cast(replace("工资性收入", ',', '') as decimal(18,2)), 0)
                     + coalesce(try_cast("生产经营性收入" as decimal(18,2)), 0)
                     + coalesce(try_cast("财产性收入" as decimal(18,2)), 0)
                     + coalesce(try_cast("转移性收入" as decimal(18,2)), 0)
                     - coalesce(try_cast("生产经营性支出" as decimal(18,2)), 0) as net
                     from read_csv('%1$s/income_2024.csv', all_varchar = true, header = true,
                     ignore_errors = true)),
             med as (select "身份证号" as id, try_cast(replace("结算日期", '/', '-') as date) as d,
                     try_cast("个人自付" as decimal(18,2)) as self
                     from read_csv('%1$s/medical.csv', all_varchar = true, header = true)),
             per as (select m.hh, med.id, sum(self) as s from med join m on m.id = med.id
                     where d between date '2025-01-01' and date '2025-06-30' group by all),
             w02 as (select per.hh from per join h using (hh) left join inc using (hh)
                     group by per.hh, h.t, inc.net
                     having max(s) >= case when h.t = '脱贫户' then 5000 else 20000 end
                         or sum(s) * 2 >= greatest(inc.net, 0)),
             e as (select "身份证号" as id, try_cast(strptime("月份", '%%Y-%%m') as date) as mo,
                   "就业状态" as st from read_csv('%1$s/employment.csv', all_varchar = true,
                   header = true)),
             last as (select id, max(mo) as lastmo from e where mo <= date '2025-06-01' group by id),
             job as (select id, max(mo) as j from e where st = '就业' and mo <= date '2025-06-01'
                     group by id),
             runs as (select e.id, count(*) as n, any_value(lastmo) as lastmo, any_value(j) as j
                      from e join last using (id) join job using (id)
                      where e.st <> '就业' and e.mo > j and e.mo <= lastmo group by e.id),
             w06 as (select distinct m.hh from runs join m using (id)
                     where n >= 3 and lastmo >= date '2025-05-01'
                       and n = datediff('month', j, lastmo))
        select (select count(*) from w02), (select count(*) from w06)
        """
            .formatted(dir);
    long t0 = System.nanoTime();
    long w02;
    long w06;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("set memory_limit = '4GB'");
      st.execute("set threads = 2");
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        w02 = rs.getLong(1);
        w06 = rs.getLong(2);
      }
    } catch (SQLException e) {
      System.out.println("bench screening: duckdb failed: " + e.getMessage());
      return;
    }
    double duck = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "bench screening: duckdb_w02_w06_s=%.1f (W02 households=%d, W06 households=%d)"
            + " shouwang_screening_s=%.1f (all 18 rules; W02=%d W06=%d) ratio_shouwang_to_duckdb=%.2f%n",
        duck,
        w02,
        w06,
        screenSeconds,
        s.byRule().get("W02")[0],
        s.byRule().get("W06")[0],
        screenSeconds / duck);
  }
}
