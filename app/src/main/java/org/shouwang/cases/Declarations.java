package org.shouwang.cases;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-declarations: stored with a receipt number the applicant keeps. */
@Repository
public class Declarations {
  private static final String SELECT =
      "select receipt, submitted_at, name, id_number, village_code, hardship, description,"
          + " household_id, case_id, status from declaration";
  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Declarations(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  String newReceipt() {
    return "SB"
        + LocalDate.now(clock).toString().replace("-", "")
        + String.format("%06d", random.nextInt(1_000_000));
  }

  void save(
      String receipt,
      String name,
      String idNumber,
      String phone,
      String village,
      String hardship,
      String description,
      Long householdId,
      Long caseId,
      String ip) {
    jdbc.sql(
            "insert into declaration (receipt, submitted_at, name, id_number, phone, village_code,"
                + " township_code, county_code, hardship, description, household_id, case_id,"
                + " status, ip) values (?, ?, ?, ?, ?, ?, substr(?, 1, 9), substr(?, 1, 6), ?, ?,"
                + " ?, ?, ?, ?)")
        .param(receipt)
        .param(Timestamp.from(clock.instant()))
        .param(name)
        .param(idNumber)
        .param(phone)
        .param(village)
        .param(village)
        .param(village)
        .param(hardship)
        .param(description)
        .param(householdId)
        .param(caseId)
        .param(caseId == null ? "NEW_HOUSEHOLD" : "CASE_OPENED")
        .param(ip)
        .update();
  }

  /** The declaration with that receipt, only for the ID number it was filed with. */
  public Optional<Declaration> byReceipt(String receipt, String idNumber) {
    return jdbc.sql(SELECT + " where receipt = ? and id_number = ?")
        .param(receipt)
        .param(idNumber)
        .query(Declarations::map)
        .optional();
  }

  /** Declarations of people not yet in the registry, for a township to register. */
  public List<Declaration> newHouseholds(String scope) {
    return jdbc.sql(
            SELECT
                + " where village_code like ? and status = 'NEW_HOUSEHOLD' order by submitted_at")
        .param(scope + "%")
        .query(Declarations::map)
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from declaration").query(Long.class).single();
  }

  private static Declaration map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Declaration(
        rs.getString(1),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        (Long) rs.getObject(8),
        (Long) rs.getObject(9),
        rs.getString(10));
  }
}
