package org.shouwang.registry;

import java.time.LocalDate;
import java.util.List;

/** The full record of one household: what the household page shows (and audits). */
public record HouseholdDetail(
    long id,
    String householdNo,
    Region village,
    List<Region> lineage,
    String headName,
    String headIdNumber,
    String householdType,
    String phone,
    Boolean relocated,
    String address,
    List<Person> members,
    List<Income> incomes) {

  /** A member; {@code age} on the day the page is shown. */
  public record Person(
      String idNumber,
      String name,
      String relation,
      String sex,
      LocalDate birthDate,
      int age,
      String health,
      String laborSkill,
      String studentStatus,
      Boolean medicalInsured,
      Boolean pensionInsured,
      String workStatus,
      Integer workMonths) {}

  /** One year's survey, in yuan; per-capita over the current member count. */
  public record Income(
      int year,
      String wage,
      String business,
      String property,
      String transfer,
      String businessCost,
      String net,
      String perCapita) {}
}
