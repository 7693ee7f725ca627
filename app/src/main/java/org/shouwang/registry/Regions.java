package org.shouwang.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The division tree: lookups by code and name, children, and everything under an area. */
@Repository
public class Regions {
  private static final String COLUMNS = "code, name, level, parent_code, path";
  private final JdbcClient jdbc;

  Regions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Region> byCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from region where code = ?")
        .param(code)
        .query(Regions::map)
        .optional();
  }

  /** Areas whose name contains the text, shallowest first, at most {@code limit}. */
  public List<Region> byName(String text, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from region where name like ? order by level, code limit "
                + limit)
        .param("%" + text + "%")
        .query(Regions::map)
        .list();
  }

  /** Areas under {@code ancestor} (one indexed prefix query on the path) whose name matches. */
  public List<Region> byNameUnder(String ancestor, String text, int limit) {
    Region a = byCode(ancestor).orElseThrow();
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from region where path like ? and name like ? order by level, code limit "
                + limit)
        .param(a.path() + "%")
        .param("%" + text + "%")
        .query(Regions::map)
        .list();
  }

  public List<Region> children(String parentCode) {
    return jdbc.sql("select " + COLUMNS + " from region where parent_code = ? order by code")
        .param(parentCode)
        .query(Regions::map)
        .list();
  }

  public List<Region> provinces() {
    return jdbc.sql("select " + COLUMNS + " from region where level = 1 order by code")
        .query(Regions::map)
        .list();
  }

  /** Every area under {@code ancestor} at the given level: one indexed query on the path. */
  public List<Region> under(String ancestor, RegionLevel level) {
    Region a = byCode(ancestor).orElseThrow();
    return jdbc.sql(
            "select " + COLUMNS + " from region where path like ? and level = ? order by code")
        .param(a.path() + "%")
        .param(level.number())
        .query(Regions::map)
        .list();
  }

  /** True when {@code code} is {@code ancestor} or lies under it. */
  public static boolean contains(String ancestor, String code) {
    return code.startsWith(ancestor) && code.length() >= ancestor.length();
  }

  public long count() {
    return jdbc.sql("select count(*) from region").query(Long.class).single();
  }

  private static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Region(
        rs.getString(1),
        rs.getString(2),
        RegionLevel.of(rs.getInt(3)),
        rs.getString(4),
        rs.getString(5));
  }
}
