package org.shouwang.demo;

import java.time.LocalDate;

/** One generated person, as the member feed describes them. */
record Person(
    String id,
    String name,
    String relation,
    boolean male,
    LocalDate birth,
    String health,
    String labor,
    String student,
    boolean medicalInsured,
    boolean pensionInsured,
    String work,
    int workMonths) {

  int ageOn(LocalDate date) {
    return java.time.Period.between(birth, date).getYears();
  }

  boolean canWork() {
    return labor.equals("技能劳动力") || labor.equals("普通劳动力");
  }
}
