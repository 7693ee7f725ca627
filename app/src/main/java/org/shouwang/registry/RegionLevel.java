package org.shouwang.registry;

/** The five levels of the statistical division code, each with its code length. */
public enum RegionLevel {
  PROVINCE(1, 2, "province_code", "省"),
  CITY(2, 4, "city_code", "市"),
  COUNTY(3, 6, "county_code", "县"),
  TOWNSHIP(4, 9, "township_code", "乡镇"),
  VILLAGE(5, 12, "village_code", "村");

  private final int number;
  private final int codeLength;
  private final String column;
  private final String label;

  RegionLevel(int number, int codeLength, String column, String label) {
    this.number = number;
    this.codeLength = codeLength;
    this.column = column;
    this.label = label;
  }

  public int number() {
    return number;
  }

  public int codeLength() {
    return codeLength;
  }

  /** The column that holds this level's code on every fact table (household, member, …). */
  public String column() {
    return column;
  }

  public String label() {
    return label;
  }

  public static RegionLevel of(int number) {
    return values()[number - 1];
  }

  public static RegionLevel ofCode(String code) {
    for (RegionLevel level : values()) {
      if (level.codeLength == code.length()) {
        return level;
      }
    }
    throw new IllegalArgumentException("not a division code: " + code);
  }

  public RegionLevel child() {
    return this == VILLAGE ? null : values()[ordinal() + 1];
  }
}
