package org.shouwang.cli;

import java.util.Map;
import org.shouwang.Shouwang;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the web server, or without it. */
final class Application {
  private Application() {}

  static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web) {
    SpringApplication app = new SpringApplication(Shouwang.class);
    app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
    app.setLogStartupInfo(false);
    // as command-line arguments: they outrank application.properties (server.port=8080)
    String[] args =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return app.run(args);
  }

  /** Blocks until the JVM is asked to stop (Ctrl-C), then closes the context cleanly. */
  static void serveUntilStopped(ConfigurableApplicationContext context) {
    Object lock = new Object();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("正在停止… / stopping…");
                  context.close();
                  synchronized (lock) {
                    lock.notifyAll();
                  }
                }));
    synchronized (lock) {
      while (context.isActive()) {
        try {
          lock.wait(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
