package org.shouwang.ingest;

import java.sql.SQLException;
import java.sql.Statement;

/** Set-based checks shared by the feeds whose staged rows name a household by 户编号. */
final class StagedRows {
  private StagedRows() {}

  /** Marks staged rows whose household is not in the registry. */
  static void flagUnknownHouseholds(Statement st, String stage) throws SQLException {
    st.executeUpdate(
        "update "
            + stage
            + " s set problem = 'NO_HOUSEHOLD' where not exists"
            + " (select 1 from household h where h.household_no = s.household_no)");
  }

  /** Marks staged rows whose household lies outside the uploader's region ({@code ""}: none). */
  static void flagOutOfScope(Statement st, String stage, String scope) throws SQLException {
    if (scope.isEmpty()) {
      return;
    }
    if (!scope.matches("\\d{2,12}")) {
      throw new IllegalArgumentException("not a region code: " + scope);
    }
    st.executeUpdate(
        "update "
            + stage
            + " s set problem = 'OUT_OF_SCOPE' from household h"
            + " where h.household_no = s.household_no and s.problem is null"
            + " and h.village_code not like '"
            + scope
            + "%'");
  }
}
