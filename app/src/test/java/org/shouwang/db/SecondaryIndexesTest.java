package org.shouwang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Plain secondary indexes set aside for a bulk insert, built again after; keys always kept. */
class SecondaryIndexesTest extends DatabaseTest {
  @Autowired DataSource dataSource;

  @BeforeEach
  void aTableWithKeysAndIndexes() throws SQLException {
    try (Connection c = dataSource.getConnection();
        var st = c.createStatement()) {
      st.execute("drop table if exists bulk_t");
      st.execute("create table bulk_t (id bigint primary key, code text unique, name text, n int)");
      st.execute("create index bulk_t_name_idx on bulk_t (name)");
      st.execute("create index bulk_t_n_idx on bulk_t (n) where n > 10");
    }
  }

  static List<String> indexes(Connection c) throws SQLException {
    List<String> all = new ArrayList<>();
    try (var st = c.createStatement();
        var rs =
            st.executeQuery(
                "select pg_get_indexdef(indexrelid) from pg_index"
                    + " where indrelid = 'bulk_t'::regclass order by 1")) {
      while (rs.next()) {
        all.add(rs.getString(1));
      }
    }
    return all;
  }

  static long insert(Connection c, int from, int to) throws SQLException {
    try (var st = c.createStatement()) {
      return st.executeUpdate(
          "insert into bulk_t select k, 'c' || k, 'name' || (k % 97), k % 50"
              + " from generate_series("
              + from
              + ", "
              + to
              + ") k");
    }
  }

  @Test
  void aBulkInsertRunsWithoutThePlainIndexesAndGetsThemBack() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      List<String> before = indexes(c);
      assertThat(before).hasSize(4);
      c.setAutoCommit(false);
      List<String> during = new ArrayList<>();
      long rows =
          SecondaryIndexes.deferredIfBulk(
              c,
              "bulk_t",
              20_000,
              () -> {
                during.addAll(indexes(c));
                return insert(c, 1, 20_000);
              });
      c.commit();
      assertThat(rows).isEqualTo(20_000);
      assertThat(during)
          .as("primary key and unique index stay")
          .hasSize(2)
          .allMatch(d -> d.contains("UNIQUE"));
      assertThat(indexes(c)).isEqualTo(before);

      // a table holding more than comes in keeps its indexes
      during.clear();
      SecondaryIndexes.deferredIfBulk(
          c,
          "bulk_t",
          15_000,
          () -> {
            during.addAll(indexes(c));
            return insert(c, 20_001, 35_000);
          });
      c.commit();
      assertThat(during).isEqualTo(before);
    }
  }

  @Test
  void aFailedInsertLeavesTheIndexesAsTheyWere() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      List<String> before = indexes(c);
      c.setAutoCommit(false);
      assertThatThrownBy(
              () ->
                  SecondaryIndexes.deferredIfBulk(
                      c, "bulk_t", 20_000, () -> insert(c, 1, 20_000) + insert(c, 5, 5)))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("duplicate key");
      c.rollback();
      c.setAutoCommit(true);
      assertThat(indexes(c)).isEqualTo(before);
      try (var st = c.createStatement();
          var rs = st.executeQuery("select count(*) from bulk_t")) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }
}
