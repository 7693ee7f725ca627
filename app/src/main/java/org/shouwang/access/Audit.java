package org.shouwang.access;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail: every view of a person's full record and every download, who and when. */
@Component
public class Audit {
  private final JdbcClient jdbc;
  private final Clock clock;

  Audit(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String username, String action, String subject, String detail) {
    jdbc.sql("insert into audit_log (at, username, action, subject, detail) values (?, ?, ?, ?, ?)")
        .param(Timestamp.from(clock.instant()))
        .param(username)
        .param(action)
        .param(subject)
        .param(detail)
        .update();
  }

  public long count(String action, String subject) {
    return jdbc.sql("select count(*) from audit_log where action = ? and subject = ?")
        .param(action)
        .param(subject)
        .query(Long.class)
        .single();
  }
}
