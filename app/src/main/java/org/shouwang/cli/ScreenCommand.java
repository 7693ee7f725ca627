package org.shouwang.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.shouwang.screening.ScreeningResult;
import org.shouwang.screening.ScreeningRun;
import org.shouwang.screening.WarningExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Screens the registry against the department data imported up to a date. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {"部门筛查预警 / screen the registry and store warnings"})
class ScreenCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;

  @Option(names = "--as-of", required = true, description = "筛查日期 / as-of date YYYY-MM-DD")
  LocalDate asOf;

  @Option(
      names = "--region",
      description = "区划代码 / region code (default: every province in the registry)")
  String region;

  @Option(names = "--out", description = "把本次新产生的预警写入CSV / write the raised warnings as CSV")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (var context = Application.start(database.properties(), false)) {
      ScreeningRun runs = context.getBean(ScreeningRun.class);
      List<String> scopes =
          region != null
              ? List.of(region)
              : context
                  .getBean(JdbcClient.class)
                  .sql("select distinct province_code from household order by 1")
                  .query(String.class)
                  .list();
      long raised = 0;
      for (String scope : scopes) {
        ScreeningResult r = runs.run(asOf, scope, "cli");
        System.out.printf(
            "run=%d region=%s households=%d findings=%d raised=%d (load %.1f s, screen %.1f s,"
                + " write %.1f s)%n",
            r.runId(),
            scope,
            r.households(),
            r.findings(),
            r.raised(),
            r.loadSeconds(),
            r.screenSeconds(),
            r.writeSeconds());
        System.out.print(r.perRule());
        var names = context.getBean(org.shouwang.registry.Regions.class);
        r.raisedByTownship()
            .forEach(
                (code, n) ->
                    System.out.printf(
                        "  %s %s raised=%d%n",
                        code,
                        names.byCode(code).map(org.shouwang.registry.Region::name).orElse(""),
                        n));
        if (out != null) {
          Path file =
              scopes.size() == 1 ? out : out.resolveSibling(scope + "-" + out.getFileName());
          long n = context.getBean(WarningExport.class).csv(r.runId(), file);
          System.out.println("  " + n + " 条预警已写入 / warnings written to " + file);
        }
        raised += r.raised();
      }
      System.out.println("raised=" + raised);
      return 0;
    }
  }
}
