package org.shouwang.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.shouwang.db.CopyStream;
import org.shouwang.db.SecondaryIndexes;
import org.shouwang.engine.person.ResidentId;
import org.shouwang.engine.values.Amounts;
import org.shouwang.engine.values.Dates;
import org.shouwang.engine.values.YesNo;

/**
 * Any of the twelve department feeds (data contract §4), driven by the feed's column kinds. Rows
 * with a valid ID number that is not in the registry are kept and counted as unmatched: they match
 * by ID when the registry grows. Dates after the file's as-of date are row errors.
 */
final class DepartmentWriter implements FeedWriter {
  private final ImportContext context;
  private final Connection connection;
  private final Feed feed;
  private final List<Column> columns;
  private final CopyStream stage;
  private final VillageCodes villages;
  private final Object[] values;

  DepartmentWriter(ImportContext context) throws SQLException {
    this.context = context;
    this.connection = context.connection();
    this.feed = context.request().feed();
    this.columns = feed.columns();
    this.villages = new VillageCodes(context.jdbc());
    this.values = new Object[columns.size()];
    try (var st = connection.createStatement()) {
      st.execute("create temp table stage_dept (like " + feed.table() + ") on commit drop");
    }
    String names = columns.stream().map(Column::dbColumn).collect(Collectors.joining(", "));
    this.stage = CopyStream.into(connection, "stage_dept", "batch_id, row_number, " + names);
  }

  @Override
  public void accept(FeedRow row) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      values[i] = parse(row, columns.get(i));
    }
    checkAlternatives(row);
    if (feed == Feed.MEDICAL) {
      checkMedicalBill(row);
    }
    if (feed == Feed.CIVIL_AFFAIRS && values[2] != null && values[3] != null) {
      if (((LocalDate) values[3]).isBefore((LocalDate) values[2])) {
        row.reject(
            columns.get(3), values[3].toString(), "结束日期早于开始日期", "end date before start date");
      }
    }
    if (!row.ok()) {
      return;
    }
    stage.number(context.batchId()).number(row.number());
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        stage.nothing();
      } else if (v instanceof Long fen) {
        stage.number(fen);
      } else if (v instanceof Boolean b) {
        stage.bool(b);
      } else if (v instanceof LocalDate d) {
        stage.date(d);
      } else if (v instanceof YearMonth m) {
        stage.date(m.atDay(1));
      } else {
        stage.text(v.toString());
      }
    }
    stage.endRow();
  }

  private Object parse(FeedRow row, Column c) {
    LocalDate asOf = context.request().asOf();
    return switch (c.kind()) {
      case ID_NUMBER -> row.parse(c, s -> ResidentId.parse(s, context.today()).value());
      case HOUSEHOLD_NO, TEXT -> {
        String s = c.required() ? row.required(c) : row.text(c.key());
        yield s.isEmpty() ? null : s;
      }
      case VILLAGE_CODE -> {
        String s = row.text(c.key());
        if (!s.isEmpty() && !villages.exists(s)) {
          row.reject(c, s, "行政区划代码不是已知的12位村级代码", "not a known 12-digit village code");
        }
        yield s.isEmpty() ? null : s;
      }
      case DATE -> {
        LocalDate d = row.parse(c, Dates::parse);
        if (d != null && d.isAfter(asOf)) {
          row.reject(
              c, d.toString(), "日期晚于数据截止日期" + asOf, "date after the file's as-of date " + asOf);
        }
        yield d;
      }
      case MONTH -> {
        YearMonth m = row.parse(c, Dates::parseMonth);
        if (m != null && m.isAfter(YearMonth.from(asOf))) {
          row.reject(
              c, m.toString(), "月份晚于数据截止日期" + asOf, "month after the file's as-of date " + asOf);
        }
        yield m;
      }
      case MONEY -> row.parse(c, s -> Amounts.parseFen(s, false));
      case YES_NO -> row.parse(c, YesNo::parse);
      case CHOICE -> row.choice(c, c.choices());
    };
  }

  private void checkAlternatives(FeedRow row) {
    List<Column> either = feed.alternatives();
    if (either.isEmpty()) {
      return;
    }
    for (Column c : either) {
      if (!row.text(c.key()).isEmpty()) {
        return;
      }
    }
    String names = either.stream().map(Column::label).collect(Collectors.joining("、"));
    row.reject(null, "", names + "至少填写一项", "at least one of " + names + " is required");
  }

  /** 个人自付 ≤ 医疗总费用; when the parts are given they must add up within 0.01 yuan. */
  private void checkMedicalBill(FeedRow row) {
    Long total = (Long) values[3];
    Long self = (Long) values[7];
    if (total == null || self == null) {
      return;
    }
    if (self > total) {
      row.reject(
          columns.get(7),
          Amounts.format(self),
          "个人自付大于医疗总费用" + Amounts.format(total),
          "self-paid is larger than the total cost " + Amounts.format(total));
      return;
    }
    if (values[4] != null || values[5] != null || values[6] != null) {
      long parts = 0;
      for (int i = 4; i <= 6; i++) {
        parts += values[i] == null ? 0 : (Long) values[i];
      }
      if (Math.abs(total - parts - self) > 1) {
        row.warn(
            columns.get(7),
            Amounts.format(self),
            "医疗总费用减各项支付为" + Amounts.format(total - parts) + "，与个人自付不符",
            "total minus the paid parts is "
                + Amounts.format(total - parts)
                + ", not the self-paid");
      }
    }
  }

  @Override
  public Written finish() throws SQLException {
    stage.finish();
    try (var st = connection.createStatement()) {
      // in file order: sorting by the lookup index was measured slower (the primary key then
      // goes in at random), see docs/benchmarks.md
      long accepted =
          SecondaryIndexes.deferredIfBulk(
              connection,
              feed.table(),
              stage.rows(),
              () ->
                  st.executeLargeUpdate(
                      "insert into " + feed.table() + " select * from stage_dept"));
      try (var rs = st.executeQuery("select count(*) from stage_dept s where " + unmatched())) {
        rs.next();
        return new Written(accepted, 0, rs.getLong(1));
      }
    }
  }

  /** The condition under which a staged row names nobody in the registry (yet). */
  private String unmatched() {
    String noPerson = "not exists (select 1 from member m where m.id_number = s.%s)";
    String noHousehold =
        "not exists (select 1 from household h where h.household_no = s.household_no)";
    return switch (feed) {
      case HOUSING, DISASTER ->
          "(s.household_no is null or "
              + noHousehold
              + ") and (s.head_id_number is null or "
              + noPerson.formatted("head_id_number")
              + ")";
      case WATER ->
          "(s.household_no is null or "
              + noHousehold
              + ") and (s.village_code is null or"
              + " not exists (select 1 from household h where h.village_code = s.village_code))";
      default -> noPerson.formatted("id_number");
    };
  }
}
