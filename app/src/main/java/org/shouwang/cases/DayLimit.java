package org.shouwang.cases;

/** A time limit such as "15 days" or "5 working days". */
public record DayLimit(int days, DayCount count) {
  public DayLimit {
    if (days < 0) {
      throw new IllegalArgumentException("a time limit cannot be negative: " + days);
    }
    if (count == null) {
      throw new IllegalArgumentException("say whether the limit counts calendar or working days");
    }
  }

  public static DayLimit calendarDays(int days) {
    return new DayLimit(days, DayCount.CALENDAR);
  }

  public static DayLimit workingDays(int days) {
    return new DayLimit(days, DayCount.WORKING);
  }

  @Override
  public String toString() {
    return days + (count == DayCount.CALENDAR ? " days" : " working days");
  }
}
