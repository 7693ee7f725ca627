package org.shouwang.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.shouwang.demo.DemoCounty;
import org.shouwang.demo.GenerationSummary;
import org.shouwang.demo.GeneratorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a plausible county world in the data-contract formats (no database needed). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {"生成演示县数据文件 / write a demo county's files in the data-contract formats"})
class GenerateCommand implements Callable<Integer> {
  @Option(names = "--county", defaultValue = "411328", description = "县级代码 (default: 唐河县 411328)")
  String county;

  @Option(names = "--households", defaultValue = "3000", description = "户数 / households")
  int households;

  @Option(names = "--seed", defaultValue = "2025", description = "随机种子 / seed")
  long seed;

  @Option(names = "--as-of", defaultValue = "2025-06-30", description = "数据截止日期 / as-of date")
  LocalDate asOf;

  @Option(names = "--out", required = true, description = "输出目录 / output directory")
  Path out;

  @Override
  public Integer call() {
    GenerationSummary summary =
        DemoCounty.generate(new GeneratorSpec(county, households, seed, out, asOf));
    System.out.println(summary);
    return 0;
  }
}
