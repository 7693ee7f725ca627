package org.shouwang.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the web UI on the data as it is. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"启动网页服务 / serve the web UI"})
class ServeCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;

  @Option(names = "--port", defaultValue = "8080", description = "端口 / port (default: 8080)")
  int port;

  @Override
  public Integer call() {
    Map<String, Object> properties = database.properties();
    properties.put("server.port", port);
    var context = Application.start(properties, true);
    System.out.println("守望已启动 / Shouwang is running: http://localhost:" + port + "/");
    System.out.println("按 Ctrl-C 停止 / press Ctrl-C to stop");
    Application.serveUntilStopped(context);
    return 0;
  }
}
