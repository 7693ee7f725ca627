package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shouwang.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Sorted queries read in step, on one connection or two, with read-ahead and failures. */
class SortedCursorsTest extends DatabaseTest {
  @Autowired DataSource dataSource;

  /** What the queries attach to one key. */
  record Target(long key, String name, List<Long> threes, List<Long> strays) {
    Target(long key, String name) {
      this(key, name, new ArrayList<>(), new ArrayList<>());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyKeysRowsReachItsTargetInOrder(boolean twoConnections) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<Target> seen = new ArrayList<>();
      try (SortedCursors<Target> cursors =
          new SortedCursors<>(c, twoConnections ? dataSource : null)) {
        SortedQuery<Target, String> driver =
            cursors.add(
                "t",
                "select k, 'n' || k from generate_series(1, 5000) k where k % ? <> 0 order by 1",
                rs -> rs.getString(2),
                null,
                7);
        // three rows for each key up to 3000, in a given order within the key
        cursors.add(
            "t",
            "select k % 3000 + 1, k from generate_series(0, 8999) k order by 1, 2",
            rs -> rs.getLong(2),
            (t, v) -> t.threes().add(v));
        // keys the driver does not have (0, multiples of 7, beyond 5000) are passed over
        cursors.add(
            "t",
            "select k, k from generate_series(0, 6000, 7) k order by 1",
            rs -> rs.getLong(2),
            (t, v) -> t.strays().add(v));
        cursors.open();
        Target t;
        while ((t = cursors.next(driver, (k, name) -> new Target(k, name))) != null) {
          seen.add(t);
        }
      }
      c.rollback();
      assertThat(seen).hasSize(5000 - 5000 / 7);
      assertThat(seen).allMatch(t -> t.name().equals("n" + t.key()));
      assertThat(seen).allMatch(t -> t.strays().isEmpty());
      Target first = seen.get(0);
      assertThat(first.key()).isEqualTo(1);
      assertThat(first.threes()).containsExactly(0L, 3000L, 6000L);
      assertThat(seen.stream().filter(t -> t.key() <= 3000)).allMatch(t -> t.threes().size() == 3);
      assertThat(seen.stream().filter(t -> t.key() > 3000)).allMatch(t -> t.threes().isEmpty());
    }
  }

  @Test
  void aQueryThatFailsFailsTheOpenAndLeavesTheConnectionUsable() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      SortedCursors<Target> cursors = new SortedCursors<>(c, dataSource);
      cursors.add("t", "select k, '' from generate_series(1, 10) k order by 1", rs -> "", null);
      cursors.add(
          "t",
          "select k, 1 / (k - 5) from generate_series(1, 10) k order by 1",
          rs -> rs.getLong(2),
          (t, v) -> t.strays().add(v));
      assertThatThrownBy(cursors::open)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("division by zero");
      cursors.close();
      c.rollback();
      try (var st = c.createStatement();
          var rs = st.executeQuery("select 42")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
    }
  }
}
