package org.shouwang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

class RegionsTest extends DatabaseTest {
  @Autowired Regions regions;
  @Autowired RegionLoader loader;

  @Test
  void loadsTheWholeCountryOnce() {
    assertThat(regions.count()).isEqualTo(31 + 342 + 2978 + 41352 + 620573);
    assertThat(loader.loadIfEmpty()).isZero();
  }

  @Test
  void tangheCountyHasItsRealTownshipsAndVillages() {
    Region county = regions.byCode("411328").orElseThrow();
    assertThat(county.name()).isEqualTo("唐河县");
    assertThat(county.path()).isEqualTo("/41/4113/411328/");
    assertThat(county.lineage()).containsExactly("41", "4113", "411328");
    assertThat(regions.children("411328")).hasSize(24);
    assertThat(regions.under("411328", RegionLevel.VILLAGE)).hasSize(537);
    assertThat(regions.under("41", RegionLevel.COUNTY)).hasSizeGreaterThan(100);
  }

  @Test
  void findsAreasByName() {
    assertThat(regions.byName("唐河县", 5)).extracting(Region::code).contains("411328");
    assertThat(regions.byNameUnder("411328", "街道", 50))
        .extracting(Region::code)
        .contains("411328001")
        .allMatch(code -> code.startsWith("411328"));
  }
}
