package org.shouwang.engine.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/** The department facts a household is screened on, one record type per feed. */
public final class Facts {
  private Facts() {}

  /** 医保结算. */
  public record Medical(
      String idNumber,
      LocalDate date,
      String visitType,
      long totalFen,
      long selfPaidFen,
      SourceRef source)
      implements Serializable {}

  /** 民政救助. */
  public record CivilAffairs(
      String idNumber,
      String category,
      LocalDate start,
      LocalDate end,
      Long amountFen,
      SourceRef source)
      implements Serializable {}

  /** 死亡注销. */
  public record Death(String idNumber, LocalDate date, SourceRef source) implements Serializable {}

  /** 学籍. */
  public record Education(
      String idNumber,
      String stage,
      String status,
      LocalDate statusDate,
      Long selfPaidFeesFen,
      SourceRef source)
      implements Serializable {}

  /** 住房安全鉴定. */
  public record Housing(LocalDate date, String grade, SourceRef source) implements Serializable {}

  /** 就业参保, one month. */
  public record Employment(String idNumber, YearMonth month, String status, SourceRef source)
      implements Serializable {}

  /** 灾情. */
  public record Disaster(LocalDate date, String type, long lossFen, SourceRef source)
      implements Serializable {}

  /** 意外事故. */
  public record Accident(String idNumber, LocalDate date, String outcome, SourceRef source)
      implements Serializable {}

  /** 残疾人证. */
  public record Disability(String idNumber, String grade, LocalDate issueDate, SourceRef source)
      implements Serializable {}

  /** 饮水安全 (for the household or its village). */
  public record Water(LocalDate date, boolean compliant, String problem, SourceRef source)
      implements Serializable {}

  /** 机动车登记. */
  public record Vehicle(
      String idNumber, LocalDate date, String type, Long valueFen, SourceRef source)
      implements Serializable {}

  /** 市场主体登记. */
  public record Business(String idNumber, LocalDate date, Long capitalFen, SourceRef source)
      implements Serializable {}

  /** The same person found in another household's records (X04). */
  public record OtherMembership(String idNumber, String otherHousehold, SourceRef source)
      implements Serializable {}
}
