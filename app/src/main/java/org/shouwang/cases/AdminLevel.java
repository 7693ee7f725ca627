package org.shouwang.cases;

/** The administrative level a user acts at; overdue work escalates one level up. */
public enum AdminLevel {
  VILLAGE("村"),
  TOWNSHIP("乡镇"),
  COUNTY("县"),
  CITY("市"),
  PROVINCE("省");

  private final String zh;

  AdminLevel(String zh) {
    this.zh = zh;
  }

  public String zh() {
    return zh;
  }

  /** The level a region code is at: 2 digits a province, 4 a city, 6 a county, 9 a township. */
  public static AdminLevel ofRegionCode(String code) {
    return switch (code.length()) {
      case 2 -> PROVINCE;
      case 4 -> CITY;
      case 6 -> COUNTY;
      case 9 -> TOWNSHIP;
      case 12 -> VILLAGE;
      default -> throw new IllegalArgumentException("not a region code: " + code);
    };
  }

  /** The level above; the province is the top and escalates to itself. */
  public AdminLevel up() {
    return this == PROVINCE ? PROVINCE : values()[ordinal() + 1];
  }

  public boolean atLeast(AdminLevel other) {
    return ordinal() >= other.ordinal();
  }
}
