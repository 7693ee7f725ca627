package org.shouwang.cases;

import java.time.Instant;

/** An objection (异议) raised during the notice, and its answer once given. */
public record Objection(
    int number,
    String loggedBy,
    Instant loggedAt,
    String raisedBy,
    String content,
    String answer,
    String answeredBy,
    Instant answeredAt) {

  public boolean answered() {
    return answer != null;
  }

  Objection answer(String text, String by, Instant at) {
    return new Objection(number, loggedBy, loggedAt, raisedBy, content, text, by, at);
  }
}
