package org.shouwang.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.shouwang.demo.DemoSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The demo county: generate, import, and serve, with demo accounts printed. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "演示：生成并导入唐河县演示数据，启动网页服务 / demo county 唐河县: generate, import, serve",
      "A second run reuses the data in --data-dir."
    })
class DemoCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;

  @Option(names = "--port", defaultValue = "8080", description = "端口 / port (default: 8080)")
  int port;

  @Option(
      names = "--households",
      defaultValue = "3000",
      description = "户数 / households (default: 3000)")
  int households;

  @Option(names = "--seed", defaultValue = "2025", description = "随机种子 / seed")
  long seed;

  @Override
  public Integer call() {
    Map<String, Object> properties = database.properties();
    properties.put("server.port", port);
    System.out.println("正在启动 / starting…");
    var context = Application.start(properties, true);
    DemoSetup demo = context.getBean(DemoSetup.class);
    var imported = demo.ensureWorld(households, seed);
    if (!imported.isEmpty()) {
      System.out.println("已生成并导入唐河县演示数据 / demo county generated and imported:");
      imported.forEach(System.out::println);
    }
    if (!imported.isEmpty()) {
      var screened = demo.screen();
      System.out.println("已完成部门筛查预警 / screening done: " + screened.raised() + " 条预警 warnings");
      System.out.print(screened.perRule());
    }
    var accounts = demo.ensureAccounts();
    System.out.println();
    System.out.println("守望演示已启动 / Shouwang demo is running: http://localhost:" + port + "/");
    System.out.println("演示账号 / demo accounts (密码 password: " + DemoSetup.PASSWORD + "):");
    for (DemoSetup.Account a : accounts) {
      System.out.printf("  %-9s %-14s %s%n", a.username(), a.role(), a.region());
    }
    System.out.println("按 Ctrl-C 停止 / press Ctrl-C to stop");
    Application.serveUntilStopped(context);
    return 0;
  }
}
