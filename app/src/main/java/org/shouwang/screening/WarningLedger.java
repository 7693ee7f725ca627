package org.shouwang.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shouwang.engine.screening.RiskType;
import org.springframework.stereotype.Component;

/** The warning list as the Excel sheet a county sends to its townships (预警核实台账). */
@Component
public class WarningLedger {
  static final String[] HEADER = {
    "序号", "乡镇", "村", "户编号", "户主姓名", "户主身份证号", "户类型", "规则代码", "风险类型", "预警内容", "数据来源", "预警日期", "核实期限",
    "状态", "核实结果说明"
  };

  public void write(List<Warning> warnings, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "Shouwang", "1.0");
    Worksheet ws = wb.newWorksheet("预警核实台账");
    for (int c = 0; c < HEADER.length; c++) {
      ws.value(0, c, HEADER[c]);
      ws.style(0, c).bold().fillColor("DDE4EE").set();
    }
    int r = 1;
    for (Warning w : warnings) {
      ws.value(r, 0, r);
      ws.value(r, 1, w.townshipName());
      ws.value(r, 2, w.villageName());
      ws.value(r, 3, w.householdNo());
      ws.value(r, 4, w.headName());
      ws.value(r, 5, w.headIdMasked());
      ws.value(r, 6, w.householdType());
      ws.value(r, 7, w.ruleCode());
      ws.value(r, 8, RiskType.valueOf(w.riskType()).label());
      ws.value(r, 9, w.figures());
      ws.value(r, 10, w.evidence());
      ws.value(r, 11, w.asOf().toString());
      ws.value(r, 12, w.dueDate() == null ? "" : w.dueDate().toString());
      ws.value(r, 13, WarningStatus.label(w.status()));
      ws.value(r, 14, w.verifyReason() == null ? "" : w.verifyReason());
      r++;
    }
    int[] widths = {6, 14, 18, 18, 10, 22, 10, 8, 14, 60, 30, 12, 12, 12, 20};
    for (int c = 0; c < widths.length; c++) {
      ws.width(c, widths[c]);
    }
    wb.finish();
  }
}
