package org.shouwang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shouwang.engine.person.ResidentId;
import org.shouwang.engine.values.InvalidValue;

/** The generated county is plausible, deterministic, and dirty only where it means to be. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCountyTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  Path dir;
  Path world;

  @BeforeAll
  void generate() throws IOException {
    dir = Files.createTempDirectory("demo-county");
    world = dir.resolve("a");
    DemoCounty.generate(new GeneratorSpec("411328", 2000, 1, world, AS_OF));
  }

  static List<String[]> rows(Path file, Charset charset) throws IOException {
    return Files.readAllLines(file, charset).stream()
        .skip(1)
        .filter(l -> !l.isBlank() && !l.replace(",", "").isBlank())
        .map(l -> l.replace("\uFEFF", "").split(",", -1))
        .toList();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    Path again = dir.resolve("b");
    Path other = dir.resolve("c");
    DemoCounty.generate(new GeneratorSpec("411328", 2000, 1, again, AS_OF));
    DemoCounty.generate(new GeneratorSpec("411328", 2000, 2, other, AS_OF));
    for (DemoFile f : DemoFile.all(AS_OF)) {
      if (f.name().endsWith(".csv")) {
        assertThat(Files.mismatch(world.resolve(f.name()), again.resolve(f.name())))
            .as(f.name())
            .isEqualTo(-1L);
      }
    }
    assertThat(Files.mismatch(world.resolve("member.csv"), other.resolve("member.csv")))
        .isNotEqualTo(-1L);
  }

  @Test
  void membersAreInGbkWithValidIdsExceptTheDeliberatelyBadOnes() throws IOException {
    List<String[]> members = rows(world.resolve("member.csv"), Charset.forName("GBK"));
    assertThat(Files.readString(world.resolve("member.csv"), Charset.forName("GBK")))
        .contains("与户主关系");
    int bad = 0;
    int legacy = 0;
    for (String[] m : members) {
      try {
        ResidentId id = ResidentId.parse(m[0], AS_OF);
        assertThat(id.birthDate()).isBefore(AS_OF);
        legacy += m[0].length() == 15 ? 1 : 0;
      } catch (InvalidValue e) {
        bad++;
      }
    }
    assertThat(legacy).as("legacy 15-digit numbers").isPositive();
    assertThat(bad).as("deliberately bad IDs").isPositive().isLessThan(members.size() / 100);
  }

  @Test
  void householdsLiveInTheCountysRealVillagesAndLookLikeRuralHenan() throws IOException {
    List<String[]> households = rows(world.resolve("household.csv"), StandardCharsets.UTF_8);
    assertThat(households).hasSize(2000);
    Set<String> villages = new HashSet<>();
    long lifted = 0;
    for (String[] h : households) {
      assertThat(h[1]).startsWith("411328").hasSize(12);
      villages.add(h[1]);
      lifted += h[4].equals("脱贫户") ? 1 : 0;
    }
    assertThat(villages.size()).as("distinct villages").isGreaterThan(400);
    assertThat(lifted / 2000.0).isBetween(0.12, 0.18);
    List<String[]> members = rows(world.resolve("member.csv"), Charset.forName("GBK"));
    double mean = (double) members.size() / households.size();
    assertThat(mean).isBetween(2.5, 3.5);
  }

  @Test
  void aFewPercentOfHouseholdsAreBelowTheLine() throws IOException {
    Map<String, Integer> size = new HashMap<>();
    for (String[] m : rows(world.resolve("member.csv"), Charset.forName("GBK"))) {
      if (m.length > 2 && !m[2].isBlank()) {
        size.merge(m[2], 1, Integer::sum);
      }
    }
    int below = 0;
    int counted = 0;
    for (String line :
        Files.readAllLines(world.resolve("income_2024.csv"), StandardCharsets.UTF_8)
            .subList(1, 2001)) {
      String[] c = line.replace("\uFEFF", "").split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      if (c[2].contains("\"") || !c[4].matches("[\\d.]+")) {
        continue; // the deliberately messy rows
      }
      BigDecimal net =
          new BigDecimal(c[2])
              .add(new BigDecimal(c[3]))
              .add(new BigDecimal(c[4]))
              .add(new BigDecimal(c[5]))
              .subtract(new BigDecimal(c[6]));
      int n = size.getOrDefault(c[0], 1);
      counted++;
      below += net.compareTo(BigDecimal.valueOf(7500L * n)) < 0 ? 1 : 0;
    }
    assertThat((double) below / counted).isBetween(0.01, 0.08);
  }

  @Test
  void everyFileOfTheContractIsWritten() {
    for (DemoFile f : DemoFile.all(AS_OF)) {
      assertThat(world.resolve(f.name())).exists().isNotEmptyFile();
    }
    assertThat(world.resolve("README.txt")).exists();
  }
}
