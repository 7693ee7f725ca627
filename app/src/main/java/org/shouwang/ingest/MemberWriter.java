package org.shouwang.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.shouwang.db.CopyStream;
import org.shouwang.db.SecondaryIndexes;
import org.shouwang.engine.person.ResidentId;
import org.shouwang.engine.values.InvalidValue;
import org.shouwang.engine.values.YesNo;

/**
 * The {@code member} feed (data contract §3.2): one row per person, upserted by resident ID. The
 * household must exist; a person already in another household, or twice in the file, is a row error
 * naming both.
 */
final class MemberWriter implements FeedWriter {
  private static final List<Column> C = Feed.MEMBER.columns();
  private static final Column ID = C.get(0);
  private static final Column NAME = C.get(1);
  private static final Column HOUSEHOLD = C.get(2);
  private static final Column RELATION = C.get(3);
  private static final Column HEALTH = C.get(4);
  private static final Column LABOR = C.get(5);
  private static final Column STUDENT = C.get(6);
  private static final Column MEDICAL = C.get(7);
  private static final Column PENSION = C.get(8);
  private static final Column WORK = C.get(9);
  private static final Column MONTHS = C.get(10);

  private final ImportContext context;
  private final Connection connection;
  private final CopyStream stage;
  private final SeenIds seen = new SeenIds();

  MemberWriter(ImportContext context) throws SQLException {
    this.context = context;
    this.connection = context.connection();
    try (var st = connection.createStatement()) {
      st.execute(
          "create temp table stage_member (row_number bigint, id_number text, name text,"
              + " household_no text, relation text, sex text, birth_date date, health text,"
              + " labor_skill text, student_status text, medical_insured boolean, pension_insured"
              + " boolean, work_status text, work_months smallint, problem text, other text,"
              + " existing boolean not null default false)"
              + " on commit drop");
    }
    this.stage =
        CopyStream.into(
            connection,
            "stage_member",
            "row_number, id_number, name, household_no, relation, sex, birth_date, health,"
                + " labor_skill, student_status, medical_insured, pension_insured, work_status,"
                + " work_months");
  }

  @Override
  public void accept(FeedRow row) throws SQLException {
    ResidentId id = row.parse(ID, s -> ResidentId.parse(s, context.today()));
    String name = row.required(NAME);
    String household = row.required(HOUSEHOLD);
    String relation = row.choice(RELATION, Vocabulary.RELATIONS);
    String health = row.choice(HEALTH, Vocabulary.HEALTH);
    String labor = row.choice(LABOR, Vocabulary.LABOR_SKILLS);
    String student = row.choice(STUDENT, Vocabulary.STUDENT_STATUS);
    Boolean medical = row.parse(MEDICAL, YesNo::parse);
    Boolean pension = row.parse(PENSION, YesNo::parse);
    String work = row.choice(WORK, Vocabulary.WORK_STATUS);
    Integer months = row.parse(MONTHS, MemberWriter::months);
    if (id != null) {
      long first = seen.firstRow(id.value(), row.number());
      if (first >= 0) {
        row.reject(
            ID,
            id.value(),
            "同一身份证号在本文件中重复（与第" + first + "行）",
            "the same ID number is repeated in this file (row " + first + ")");
      }
    }
    if (!row.ok()) {
      return;
    }
    stage.number(row.number()).text(id.value()).text(name).text(household).text(relation);
    stage.text(id.sex() == org.shouwang.engine.person.Sex.MALE ? "M" : "F").date(id.birthDate());
    stage.text(health).text(labor).text(student).bool(medical).bool(pension).text(work);
    stage.number(months == null ? null : months.longValue());
    stage.endRow();
  }

  static Integer months(String s) {
    try {
      int m = Integer.parseInt(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
      if (m >= 0 && m <= 12) {
        return m;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new InvalidValue("务工时间应为0至12的整数", "work months must be a whole number from 0 to 12");
  }

  @Override
  public Written finish() throws SQLException {
    stage.finish();
    long batch = context.batchId();
    try (var st = connection.createStatement()) {
      st.execute("analyze stage_member");
      StagedRows.flagUnknownHouseholds(st, "stage_member");
      st.executeUpdate(
          "update stage_member s set other = h.household_no, existing = true"
              + " from member m join household h on h.id = m.household_id"
              + " where m.id_number = s.id_number");
      st.executeUpdate(
          "update stage_member set problem = 'OTHER_HOUSEHOLD'"
              + " where existing and other <> household_no and problem is null");
      StagedRows.flagOutOfScope(st, "stage_member", context.scope());
      long rejected =
          st.executeUpdate(
              "insert into import_error (batch_id, row_number, column_name, value, reason_zh,"
                  + " reason_en) select "
                  + batch
                  + ", row_number, case problem when 'OTHER_HOUSEHOLD' then '身份证号 (id_number)'"
                  + " else '户编号 (household_id)' end,"
                  + " case when problem = 'OTHER_HOUSEHOLD' then id_number else household_no end,"
                  + " case problem when 'NO_HOUSEHOLD' then '户编号不存在，请先导入农户基础信息'"
                  + " when 'OTHER_HOUSEHOLD' then '此人已是户' || other || '的成员，不能同时属于户'"
                  + " || household_no"
                  + " else '该户不在您的管辖范围内' end,"
                  + " case problem when 'NO_HOUSEHOLD' then 'household number not found: import"
                  + " the households first'"
                  + " when 'OTHER_HOUSEHOLD' then 'this person is already a member of household '"
                  + " || other || ' and cannot also belong to ' || household_no"
                  + " else 'this household is outside your region' end"
                  + " from stage_member where problem is not null");
      long accepted =
          SecondaryIndexes.deferredIfBulk(
              connection,
              "member",
              stage.rows(),
              () -> {
                long updated =
                    st.executeUpdate(
                        "update member m set household_id = h.id, name = s.name, relation = s.relation,"
                            + " health = s.health, labor_skill = s.labor_skill,"
                            + " student_status = s.student_status, medical_insured = s.medical_insured,"
                            + " pension_insured = s.pension_insured, work_status = s.work_status,"
                            + " work_months = s.work_months, village_code = h.village_code, batch_id = "
                            + batch
                            + ", row_number = s.row_number from stage_member s join household h"
                            + " on h.household_no = s.household_no"
                            + " where s.existing and s.problem is null and m.id_number = s.id_number");
                long inserted =
                    st.executeUpdate(
                        "insert into member (id_number, household_id, name, relation, sex, birth_date,"
                            + " health, labor_skill, student_status, medical_insured, pension_insured,"
                            + " work_status, work_months, village_code, batch_id, row_number)"
                            + " select s.id_number, h.id, s.name, s.relation, s.sex, s.birth_date, s.health,"
                            + " s.labor_skill, s.student_status, s.medical_insured, s.pension_insured,"
                            + " s.work_status, s.work_months, h.village_code, "
                            + batch
                            + ", s.row_number from stage_member s join household h"
                            + " on h.household_no = s.household_no"
                            + " where not s.existing and s.problem is null order by s.id_number");
                return updated + inserted;
              });
      return new Written(accepted, rejected, 0);
    }
  }
}
