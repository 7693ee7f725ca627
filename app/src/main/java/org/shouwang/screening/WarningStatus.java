package org.shouwang.screening;

import java.util.Map;

/** Chinese labels of a warning's status. */
final class WarningStatus {
  private static final Map<String, String> LABELS =
      Map.of(
          "OPEN", "待分派",
          "DISPATCHED", "待核实",
          "INCLUDED", "纳入",
          "EXCLUDED", "不纳入",
          "ALREADY_MONITORED", "已是监测对象");

  private WarningStatus() {}

  static String label(String status) {
    return LABELS.getOrDefault(status, status);
  }
}
