package org.shouwang.access;

/**
 * The part of the country a user may see: their region and everything under it. Division codes are
 * prefixes of the codes below them (41 → 4113 → 411328 → 411328101 → 411328101201), and every fact
 * row carries the code of each level, so the bound is one equality on the level's column.
 */
public record RegionScope(String code) {

  public RegionScope {
    if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
      throw new IllegalArgumentException("not a division code: " + code);
    }
  }

  /** The column of fact tables (household, member, …) holding this scope's level code. */
  public String column() {
    return switch (code.length()) {
      case 2 -> "province_code";
      case 4 -> "city_code";
      case 6 -> "county_code";
      case 9 -> "township_code";
      default -> "village_code";
    };
  }

  /** {@code alias.county_code = ?}: bind {@link #code()} to the parameter. */
  public String condition(String alias) {
    return alias + "." + column() + " = ?";
  }

  public boolean contains(String regionCode) {
    return regionCode != null && regionCode.startsWith(code);
  }
}
