package org.shouwang.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.shouwang.db.CopyStream;
import org.shouwang.engine.values.Amounts;
import org.shouwang.engine.values.InvalidValue;

/** The {@code income} feed (data contract §3.3): one survey per household and year, upserted. */
final class IncomeWriter implements FeedWriter {
  private static final List<Column> C = Feed.INCOME.columns();
  private static final Column HOUSEHOLD = C.get(0);
  private static final Column YEAR = C.get(1);
  private static final List<Column> AMOUNTS = C.subList(2, 9);

  private final ImportContext context;
  private final Connection connection;
  private final CopyStream stage;

  IncomeWriter(ImportContext context) throws SQLException {
    this.context = context;
    this.connection = context.connection();
    try (var st = connection.createStatement()) {
      st.execute(
          "create temp table stage_income (row_number bigint, household_no text, year smallint,"
              + " wage_fen bigint, business_fen bigint, property_fen bigint, transfer_fen bigint,"
              + " business_cost_fen bigint, claim_fen bigint, compliant_self_paid_fen bigint,"
              + " problem text, other text) on commit drop");
    }
    this.stage =
        CopyStream.into(
            connection,
            "stage_income",
            "row_number, household_no, year, wage_fen, business_fen, property_fen, transfer_fen,"
                + " business_cost_fen, claim_fen, compliant_self_paid_fen");
  }

  @Override
  public void accept(FeedRow row) throws SQLException {
    String household = row.required(HOUSEHOLD);
    Integer year = row.parse(YEAR, this::year);
    Long[] fen = new Long[AMOUNTS.size()];
    for (int i = 0; i < fen.length; i++) {
      fen[i] = row.parse(AMOUNTS.get(i), s -> Amounts.parseFen(s, false));
    }
    if (!row.ok()) {
      return;
    }
    stage.number(row.number()).text(household).number(year.longValue());
    for (Long f : fen) {
      stage.number(f);
    }
    stage.endRow();
  }

  private Integer year(String s) {
    String digits = s.endsWith("年") ? s.substring(0, s.length() - 1) : s;
    try {
      int y = Integer.parseInt(digits.endsWith(".0") ? digits.substring(0, 4) : digits);
      if (y >= 2013 && y <= context.request().asOf().getYear()) {
        return y;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidValue(
        "年度应为2013年至数据截止年份之间的四位年份", "the year must be a 4-digit year from 2013 to the as-of year");
  }

  @Override
  public Written finish() throws SQLException {
    stage.finish();
    long batch = context.batchId();
    try (var st = connection.createStatement()) {
      StagedRows.flagUnknownHouseholds(st, "stage_income");
      st.executeUpdate(
          "update stage_income s set problem = 'DUPLICATE', other = d.first_row::text"
              + " from (select row_number, min(row_number) over (partition by household_no, year)"
              + " as first_row from stage_income where problem is null) d"
              + " where d.row_number = s.row_number and d.first_row <> s.row_number");
      StagedRows.flagOutOfScope(st, "stage_income", context.scope());
      long rejected =
          st.executeUpdate(
              "insert into import_error (batch_id, row_number, column_name, value, reason_zh,"
                  + " reason_en) select "
                  + batch
                  + ", row_number, '户编号 (household_id)', household_no,"
                  + " case problem when 'NO_HOUSEHOLD' then '户编号不存在，请先导入农户基础信息'"
                  + " when 'DUPLICATE' then '同一户同一年度在本文件中重复（与第' || other || '行）'"
                  + " else '该户不在您的管辖范围内' end,"
                  + " case problem when 'NO_HOUSEHOLD' then 'household number not found: import"
                  + " the households first'"
                  + " when 'DUPLICATE' then 'the same household and year repeat in this file (row '"
                  + " || other || ')'"
                  + " else 'this household is outside your region' end"
                  + " from stage_income where problem is not null");
      long accepted =
          st.executeUpdate(
              "insert into income_survey (household_id, year, wage_fen, business_fen,"
                  + " property_fen, transfer_fen, business_cost_fen, claim_fen,"
                  + " compliant_self_paid_fen, batch_id, row_number)"
                  + " select h.id, s.year, s.wage_fen, s.business_fen, s.property_fen,"
                  + " s.transfer_fen, s.business_cost_fen, s.claim_fen, s.compliant_self_paid_fen, "
                  + batch
                  + ", s.row_number from stage_income s join household h"
                  + " on h.household_no = s.household_no where s.problem is null"
                  + " on conflict (household_id, year) do update set wage_fen = excluded.wage_fen,"
                  + " business_fen = excluded.business_fen, property_fen = excluded.property_fen,"
                  + " transfer_fen = excluded.transfer_fen,"
                  + " business_cost_fen = excluded.business_cost_fen,"
                  + " claim_fen = excluded.claim_fen,"
                  + " compliant_self_paid_fen = excluded.compliant_self_paid_fen,"
                  + " batch_id = excluded.batch_id, row_number = excluded.row_number");
      return new Written(accepted, rejected, 0);
    }
  }
}
