package org.shouwang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shouwang.testing.TestDatabase;

/** The launcher's commands as a user types them. */
class LauncherTest {

  @Test
  void generateWritesACountyAndEveryCommandHasHelp() throws Exception {
    Path out = Files.createTempDirectory("gen");
    int status =
        new Launcher()
            .run(new String[] {"generate", "--households", "40", "--out", out.toString()});
    assertThat(status).isZero();
    assertThat(out.resolve("member.csv")).exists();
    for (String command : new String[] {"demo", "serve", "import", "screen", "generate", "bench"}) {
      assertThat(new Launcher().run(new String[] {command, "--help"})).as(command).isZero();
    }
  }

  @Test
  @Tag("database")
  void servesOnThePortItIsGiven() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("shouwang.db.url", TestDatabase.url());
    properties.put("shouwang.data-dir", Files.createTempDirectory("serve").toString());
    properties.put("server.port", port);
    try (var context = Application.start(properties, true)) {
      HttpResponse<String> login =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.body()).contains("守望");
    }
  }

  @Test
  void benchImportPrintsItsFiguresAndLeavesNoDatabaseBehind() throws Exception {
    Path work = Files.createTempDirectory("bench");
    var out = new ByteArrayOutputStream();
    var was = System.out;
    int status;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      status =
          new Launcher()
              .run(
                  new String[] {
                    "bench", "import", "--members", "400", "--work-dir", work.toString()
                  });
    } finally {
      System.setOut(was);
    }
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("bench import: db=embedded households=\\d+ .*member_rows_per_s=\\d+");
    try (var left = Files.list(work)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("the generated county stays for the next run; the database goes")
          .singleElement()
          .satisfies(name -> assertThat(name).startsWith("county-"));
    }
  }
}
