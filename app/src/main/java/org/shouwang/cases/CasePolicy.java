package org.shouwang.cases;

/**
 * The time limits of the procedure, set per province. The defaults follow the monitoring standard
 * §3: 15 calendar days from the first clue to the county's decision, a self-declaration accepted
 * within 2 days, a notice of at least 5 days, the household told of a rejection within 5 working
 * days. Some provinces count 20 working days for the whole path: {@code
 * standard().withProcedure(DayLimit.workingDays(20))}.
 *
 * @param procedure from the clue (or the re-check request) to the county's decision
 * @param acceptance township accepts a self-declaration
 * @param homeVerification from the start of verification to its record
 * @param dataComparison from the start of verification to the comparison (runs in parallel)
 * @param villageReview from the end of verification and comparison to the review meeting
 * @param noticePublication from the review to the notice being published
 * @param minimumNotice the shortest notice, both ends included
 * @param noticeClosing from the notice's last day to its closing
 * @param townshipReview township review
 * @param countyApproval county approval
 * @param recheckAcceptance the township takes up a re-check request
 * @param rejectionLetter the household is told of a rejection
 */
public record CasePolicy(
    DayLimit procedure,
    DayLimit acceptance,
    DayLimit homeVerification,
    DayLimit dataComparison,
    DayLimit villageReview,
    DayLimit noticePublication,
    DayLimit minimumNotice,
    DayLimit noticeClosing,
    DayLimit townshipReview,
    DayLimit countyApproval,
    DayLimit recheckAcceptance,
    DayLimit rejectionLetter) {

  public static CasePolicy standard() {
    return new CasePolicy(
        DayLimit.calendarDays(15),
        DayLimit.calendarDays(2),
        DayLimit.calendarDays(3),
        DayLimit.calendarDays(5),
        DayLimit.calendarDays(2),
        DayLimit.calendarDays(1),
        DayLimit.calendarDays(5),
        DayLimit.calendarDays(1),
        DayLimit.calendarDays(2),
        DayLimit.calendarDays(2),
        DayLimit.workingDays(5),
        DayLimit.workingDays(5));
  }

  public CasePolicy withProcedure(DayLimit limit) {
    return new CasePolicy(
        limit,
        acceptance,
        homeVerification,
        dataComparison,
        villageReview,
        noticePublication,
        minimumNotice,
        noticeClosing,
        townshipReview,
        countyApproval,
        recheckAcceptance,
        rejectionLetter);
  }

  public CasePolicy withMinimumNotice(DayLimit limit) {
    return new CasePolicy(
        procedure,
        acceptance,
        homeVerification,
        dataComparison,
        villageReview,
        noticePublication,
        limit,
        noticeClosing,
        townshipReview,
        countyApproval,
        recheckAcceptance,
        rejectionLetter);
  }
}
