package org.shouwang.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * 不予纳入告知书: the written notice a household gets when its case is rejected, with the reason and the
 * right to ask the township for a re-check. Plain text, one page, ready to print.
 */
public record RejectionLetter(long caseId, String headName, String text, LocalDate tellBy) {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  public static RejectionLetter of(Case c, String headName) {
    Rejection r =
        c.rejection()
            .orElseThrow(() -> new CaseRuleViolation("该案件未作不予纳入决定", "the case is not rejected"));
    LocalDate applied = c.clockStartsOn();
    LocalDate decided = CaseDates.dateOf(r.at());
    String text =
        """
        防止返贫监测对象不予纳入告知书

        %s户主：

            你户于%s进入防止返贫监测识别程序（案件编号%d，线索来源：%s）。\
        经%s（%s环节）审核，决定不予纳入防止返贫监测对象。

            理由：%s

            如对本决定有异议，可自收到本告知书之日起向所在乡（镇）人民政府申请复核。

                                                      %s
        """
            .formatted(
                headName,
                DAY.format(applied),
                c.id() == null ? 0 : c.id(),
                c.clue().channel().zh(),
                r.rejectedAt().zh() + "级",
                r.atStep().zh(),
                r.reason(),
                DAY.format(decided));
    return new RejectionLetter(c.id() == null ? 0 : c.id(), headName, text, r.tellHouseholdBy());
  }
}
