package org.shouwang.engine.person;

/** Sex as encoded in the 17th digit of a resident ID. */
public enum Sex {
  MALE("男"),
  FEMALE("女");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
