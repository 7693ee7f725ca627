package org.shouwang.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.db.CopyStream;
import org.shouwang.db.SecondaryIndexes;
import org.shouwang.engine.person.ResidentId;
import org.shouwang.engine.values.YesNo;

/** The {@code household} feed (data contract §3.1): one row per household, upserted by 户编号. */
final class HouseholdWriter implements FeedWriter {
  private static final List<Column> C = Feed.HOUSEHOLD.columns();
  private static final Column NO = C.get(0);
  private static final Column VILLAGE = C.get(1);
  private static final Column HEAD_NAME = C.get(2);
  private static final Column HEAD_ID = C.get(3);
  private static final Column TYPE = C.get(4);
  private static final Column PHONE = C.get(5);
  private static final Column RELOCATED = C.get(6);
  private static final Column ADDRESS = C.get(7);

  private final ImportContext context;
  private final Connection connection;
  private final CopyStream stage;
  private final VillageCodes villages;
  private final Map<String, Long> seen = new HashMap<>();

  HouseholdWriter(ImportContext context) throws SQLException {
    this.context = context;
    this.connection = context.connection();
    this.villages = new VillageCodes(context.jdbc());
    try (var st = connection.createStatement()) {
      st.execute(
          "create temp table stage_household (row_number bigint, household_no text, village_code"
              + " text, head_name text, head_id_number text, household_type text, phone text,"
              + " relocated boolean, address text) on commit drop");
    }
    this.stage =
        CopyStream.into(
            connection,
            "stage_household",
            "row_number, household_no, village_code, head_name, head_id_number, household_type,"
                + " phone, relocated, address");
  }

  @Override
  public void accept(FeedRow row) throws SQLException {
    String no = row.required(NO);
    String village = row.required(VILLAGE);
    if (!village.isEmpty()) {
      if (!villages.exists(village)) {
        row.reject(VILLAGE, village, "行政区划代码不是已知的12位村级代码", "not a known 12-digit village code");
      } else if (!village.startsWith(context.scope())) {
        row.reject(VILLAGE, village, "该村不在您的管辖范围内", "this village is outside your region");
      }
    }
    String headName = row.required(HEAD_NAME);
    ResidentId headId = row.parse(HEAD_ID, s -> ResidentId.parse(s, context.today()));
    String type = row.choice(TYPE, Vocabulary.HOUSEHOLD_TYPES);
    String phone = row.parse(PHONE, Phones::normalise);
    Boolean relocated = row.parse(RELOCATED, YesNo::parse);
    String address = row.text(ADDRESS.key());
    if (!no.isEmpty()) {
      Long first = seen.putIfAbsent(no, row.number());
      if (first != null) {
        row.reject(
            NO,
            no,
            "户编号在本文件中重复（与第" + first + "行）",
            "household number repeated in this file (row " + first + ")");
      }
    }
    if (!row.ok()) {
      return;
    }
    stage.number(row.number()).text(no).text(village).text(headName).text(headId.value());
    stage.text(type).text(phone).bool(relocated).text(address.isEmpty() ? null : address);
    stage.endRow();
  }

  @Override
  public Written finish() throws SQLException {
    stage.finish();
    try (var st =
        connection.prepareStatement(
            "insert into household (household_no, village_code, township_code, county_code,"
                + " city_code, province_code, head_name, head_id_number, household_type, phone,"
                + " relocated, address, batch_id, row_number)"
                + " select household_no, village_code, substr(village_code, 1, 9),"
                + " substr(village_code, 1, 6), substr(village_code, 1, 4), substr(village_code, 1, 2),"
                + " head_name, head_id_number, household_type, phone, relocated, address, ?, row_number"
                + " from stage_household"
                + " on conflict (household_no) do update set village_code = excluded.village_code,"
                + " township_code = excluded.township_code, county_code = excluded.county_code,"
                + " city_code = excluded.city_code, province_code = excluded.province_code,"
                + " head_name = excluded.head_name, head_id_number = excluded.head_id_number,"
                + " household_type = excluded.household_type, phone = excluded.phone,"
                + " relocated = excluded.relocated, address = excluded.address,"
                + " batch_id = excluded.batch_id, row_number = excluded.row_number")) {
      st.setLong(1, context.batchId());
      return new Written(
          SecondaryIndexes.deferredIfBulk(
              connection, "household", stage.rows(), () -> (long) st.executeUpdate()),
          0,
          0);
    }
  }
}
