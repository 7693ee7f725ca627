package org.shouwang.engine.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/** A member as the registry holds them. {@code medicalInsured} is null when unknown. */
public record Member(
    String idNumber,
    String name,
    LocalDate birthDate,
    String relation,
    String health,
    String laborSkill,
    String studentStatus,
    Boolean medicalInsured)
    implements Serializable {

  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** 技能劳动力 or 普通劳动力. */
  public boolean fullLabour() {
    return "技能劳动力".equals(laborSkill) || "普通劳动力".equals(laborSkill);
  }
}
