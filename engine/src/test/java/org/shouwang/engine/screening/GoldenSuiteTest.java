package org.shouwang.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden suite, run against the engine directly. */
class GoldenSuiteTest {

  static List<GoldenCases.Case> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(GoldenSuiteTest.class.getResource("/golden").toURI());
    List<GoldenCases.Case> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          all.addAll(
              GoldenCases.parse(
                  f.getFileName().toString(),
                  new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheHandComputedFindings(GoldenCases.Case c) {
    List<Finding> found = Screening.standard().screen(c.facts(), c.context());
    Map<String, Finding> byCode = new TreeMap<>();
    found.forEach(f -> byCode.put(f.ruleCode(), f));
    assertThat(byCode.keySet()).as(c.toString()).isEqualTo(new TreeMap<>(c.expected()).keySet());
    c.expected()
        .forEach(
            (code, figures) -> {
              Finding f = byCode.get(code);
              figures.forEach(
                  (k, v) -> {
                    if (k.equals("evidence")) {
                      assertThat(f.evidence())
                          .as(c + " " + code + " evidence")
                          .hasSize(Integer.parseInt(v));
                    } else {
                      assertThat(f.figures()).as(c + " " + code).containsEntry(k, v);
                    }
                  });
            });
  }

  @Test
  void theSuiteCoversEveryRule() throws Exception {
    var covered =
        cases().stream().flatMap(c -> c.expected().keySet().stream()).collect(Collectors.toSet());
    var codes = Screening.standard().rules().stream().map(Rule::code).collect(Collectors.toSet());
    assertThat(covered).containsAll(codes);
  }
}
