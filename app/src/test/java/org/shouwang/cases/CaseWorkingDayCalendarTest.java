package org.shouwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseWorkingDayCalendarTest {
  private final WorkingDayCalendar china = WorkingDayCalendar.china();

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  @Test
  void nationalDay2025IsOffAndItsMakeUpWeekendDaysAreWorked() {
    for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
      assertThat(china.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(china.isWorkingDay(d("2025-09-28"))).as("Sunday 09-28 make-up").isTrue();
    assertThat(china.isWorkingDay(d("2025-10-11"))).as("Saturday 10-11 make-up").isTrue();
    assertThat(china.isWorkingDay(d("2025-09-27"))).as("an ordinary Saturday").isFalse();
    assertThat(china.isWorkingDay(d("2025-10-12"))).as("an ordinary Sunday").isFalse();
  }

  @Test
  void countsWorkingDaysAcrossNationalDay() {
    // Fri 09-26 → Sun 09-28 (make-up) 1, 09-29 2, 09-30 3, [10-01..10-08 off], 10-09 4, 10-10 5
    assertThat(china.plusWorkingDays(d("2025-09-26"), 5)).isEqualTo("2025-10-10");
    assertThat(china.plusWorkingDays(d("2025-09-30"), 1)).isEqualTo("2025-10-09");
    // 10-10 1, Sat 10-11 (make-up) 2, Mon 10-13 3
    assertThat(china.plusWorkingDays(d("2025-10-09"), 3)).isEqualTo("2025-10-13");
    assertThat(china.daysInclusive(d("2025-09-28"), d("2025-10-12"), DayCount.WORKING))
        .isEqualTo(6);
  }

  @Test
  void countsWorkingDaysAcrossAPlainWeekend() {
    assertThat(china.plusWorkingDays(d("2025-03-07"), 1)).isEqualTo("2025-03-10");
    assertThat(china.plus(d("2025-03-07"), DayLimit.workingDays(5))).isEqualTo("2025-03-14");
    assertThat(china.plus(d("2025-03-07"), DayLimit.calendarDays(5))).isEqualTo("2025-03-12");
    assertThat(china.daysInclusive(d("2025-03-03"), d("2025-03-09"), DayCount.WORKING))
        .isEqualTo(5);
    assertThat(china.daysInclusive(d("2025-03-03"), d("2025-03-09"), DayCount.CALENDAR))
        .isEqualTo(7);
  }

  @Test
  void knowsTheSpringFestivalOf2026() {
    assertThat(china.isWorkingDay(d("2026-02-14"))).as("Saturday make-up").isTrue();
    assertThat(china.isWorkingDay(d("2026-02-23"))).as("Monday, last day off").isFalse();
    assertThat(china.isWorkingDay(d("2026-02-28"))).as("Saturday make-up").isTrue();
    assertThat(china.plusWorkingDays(d("2026-02-13"), 2)).isEqualTo("2026-02-24");
  }

  @Test
  void zeroWorkingDaysIsTheStartItself() {
    assertThat(china.plusWorkingDays(d("2025-10-03"), 0)).isEqualTo("2025-10-03");
  }

  @Test
  void readsItsOwnFormatAndRefusesOthers() throws Exception {
    WorkingDayCalendar read =
        WorkingDayCalendar.read(
            new ByteArrayInputStream(
                "# test\n2030-01-01,HOLIDAY,元旦\n\n2030-01-05,WORKDAY,调休\n"
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(read.isWorkingDay(d("2030-01-01"))).isFalse();
    assertThat(read.isWorkingDay(d("2030-01-05"))).isTrue();
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.read(
                    new ByteArrayInputStream(
                        "2030-01-01,DAYOFF\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 1");
  }
}
