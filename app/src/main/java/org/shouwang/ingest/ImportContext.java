package org.shouwang.ingest;

import java.sql.Connection;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a feed writer needs: the import's connection (its one transaction), batch and scope. */
record ImportContext(
    Connection connection, JdbcClient jdbc, long batchId, ImportRequest request, LocalDate today) {

  /** The region prefix every written row must lie under ({@code ""}: the whole country). */
  String scope() {
    return request.scope();
  }
}
