package org.shouwang.access;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
public class Users {
  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  Users(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  public Optional<AppUser> byUsername(String username) {
    return jdbc.sql(
            "select id, username, password_hash, display_name, region_code, role, enabled"
                + " from app_user where username = ?")
        .param(username)
        .query(
            (rs, i) ->
                new AppUser(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    Role.valueOf(rs.getString(6)),
                    rs.getBoolean(7)))
        .optional();
  }

  /** Creates the user, or resets their password, name, region and role if they exist. */
  public AppUser ensure(
      String username, String rawPassword, String displayName, String regionCode, Role role) {
    new RegionScope(regionCode);
    jdbc.sql(
            "insert into app_user (username, password_hash, display_name, region_code, role)"
                + " values (?, ?, ?, ?, ?) on conflict (username) do update set"
                + " password_hash = excluded.password_hash, display_name = excluded.display_name,"
                + " region_code = excluded.region_code, role = excluded.role, enabled = true")
        .param(username)
        .param(passwords.encode(rawPassword))
        .param(displayName)
        .param(regionCode)
        .param(role.name())
        .update();
    return byUsername(username).orElseThrow();
  }

  public long count() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single();
  }
}
