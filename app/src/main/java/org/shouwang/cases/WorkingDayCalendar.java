package org.shouwang.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in mainland China: Monday to Friday, minus public holidays (放假), plus the weekend
 * days that are worked to make up for a bridged holiday (调休上班). The official data for 2025 and 2026
 * ships in {@code calendar/cn-holidays.csv}; later years are added there as the State Council
 * publishes them (each year in early November). Outside the data the calendar falls back to plain
 * weekends.
 */
public final class WorkingDayCalendar {
  static final String CHINA_RESOURCE = "/calendar/cn-holidays.csv";

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkingDays;

  public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    this.holidays = Set.copyOf(holidays);
    this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
  }

  /** Weekends only, no holidays. */
  public static WorkingDayCalendar weekendsOnly() {
    return new WorkingDayCalendar(Set.of(), Set.of());
  }

  /** The China public-holiday calendar shipped with the application. */
  public static WorkingDayCalendar china() {
    try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(CHINA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CHINA_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines {@code date,HOLIDAY|WORKDAY,name}; blank lines and {@code #} comments skipped. */
  static WorkingDayCalendar read(InputStream in) throws IOException {
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> worked = new HashSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells = trimmed.split(",", 3);
      if (cells.length < 2) {
        throw new IllegalStateException("holiday calendar line " + number + ": " + line);
      }
      LocalDate date = LocalDate.parse(cells[0].strip());
      switch (cells[1].strip()) {
        case "HOLIDAY" -> off.add(date);
        case "WORKDAY" -> worked.add(date);
        default -> throw new IllegalStateException("holiday calendar line " + number + ": " + line);
      }
    }
    return new WorkingDayCalendar(off, worked);
  }

  public boolean isWorkingDay(LocalDate date) {
    if (makeUpWorkingDays.contains(date)) {
      return true;
    }
    if (holidays.contains(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The n-th working day after {@code start} (start itself not counted); start when n is 0. */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    LocalDate date = start;
    int left = n;
    while (left > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /** The date a limit running from {@code start} (exclusive) falls on. */
  public LocalDate plus(LocalDate start, DayLimit limit) {
    return limit.count() == DayCount.CALENDAR
        ? start.plusDays(limit.days())
        : plusWorkingDays(start, limit.days());
  }

  /** Days in the inclusive range {@code [first, last]}, counted the way the limit counts. */
  public int daysInclusive(LocalDate first, LocalDate last, DayCount count) {
    if (last.isBefore(first)) {
      return 0;
    }
    if (count == DayCount.CALENDAR) {
      return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }
    int n = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}
