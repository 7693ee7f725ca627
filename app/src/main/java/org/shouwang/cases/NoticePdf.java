package org.shouwang.cases;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.shouwang.web.Masking;
import org.springframework.stereotype.Component;

/**
 * The public notice (公示) as a PDF, in Chinese with an embedded font: names shown; ID numbers
 * masked; no phone, health or disability detail. The font is WenQuanYi Micro Hei (Debian's
 * fonts-wqy-microhei, freely redistributable), found on the machine.
 */
@Component
public class NoticePdf {
  static final List<String> FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc");

  /** The font file to embed, or a clear error naming the package to install. */
  static String font() {
    for (String f : FONTS) {
      if (Files.exists(Path.of(f))) {
        return f + ",0";
      }
    }
    throw new IllegalStateException(
        "没有可嵌入PDF的中文字体：请安装 fonts-wqy-microhei / no Chinese font to embed: install"
            + " Debian's fonts-wqy-microhei");
  }

  public void write(Case c, CaseList.HouseholdLine h, LocalDate today, OutputStream out) {
    try {
      BaseFont base = BaseFont.createFont(font(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      Font title = new Font(base, 18, Font.BOLD);
      Font body = new Font(base, 12);
      Document doc = new Document(PageSize.A4, 56, 56, 64, 64);
      PdfWriter.getInstance(doc, out);
      doc.open();
      Paragraph heading = new Paragraph(h.villageName() + "防止返贫监测对象识别公示", title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(18);
      doc.add(heading);
      doc.add(
          new Paragraph(
              "经" + c.clue().channel().zh() + "、入户核实、信息比对和村民代表民主评议，拟将下列农户纳入防止返贫监测对象，现予公示。", body));
      PdfPTable table = new PdfPTable(new float[] {2, 3, 4, 2, 4});
      table.setWidthPercentage(100);
      table.setSpacingBefore(12);
      table.setSpacingAfter(12);
      for (String s : List.of("户主姓名", "户编号", "身份证号", "家庭人口", "所在村")) {
        table.addCell(new Paragraph(s, body));
      }
      table.addCell(new Paragraph(h.headName(), body));
      table.addCell(new Paragraph(h.householdNo(), body));
      table.addCell(new Paragraph(Masking.idNumber(h.headIdNumber()), body));
      table.addCell(new Paragraph(Integer.toString(h.members()), body));
      table.addCell(new Paragraph(h.townshipName() + h.villageName(), body));
      doc.add(table);
      c.notice()
          .ifPresent(
              n ->
                  doc.add(
                      new Paragraph(
                          "公示期：" + n.firstDay() + " 至 " + n.lastDay() + "（不少于5天）。", body)));
      doc.add(new Paragraph("如有异议，请在公示期内向村委会或乡镇人民政府反映。", body));
      Paragraph sign = new Paragraph(h.villageName() + "  " + today, body);
      sign.setAlignment(Element.ALIGN_RIGHT);
      sign.setSpacingBefore(36);
      doc.add(sign);
      doc.close();
    } catch (java.io.IOException | com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("could not write the notice PDF", e);
    }
  }
}
