package org.shouwang.registry;

/** One area of the five-level division tree. */
public record Region(String code, String name, RegionLevel level, String parentCode, String path) {

  /** The codes from the province down to this area, e.g. 41, 4113, 411328. */
  public java.util.List<String> lineage() {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }
}
