package org.shouwang.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFileTest {
  @TempDir Path dir;

  Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  List<String> rows(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (RowSource rows = FeedFile.open(file, Optional.empty())) {
      out.add("H " + String.join("|", rows.header()));
      for (SourceRow r : rows) {
        out.add(r.rowNumber() + (r.isBlank() ? " blank" : " " + String.join("|", r.cells())));
      }
    }
    return out;
  }

  Charset charsetOf(Path file) throws IOException {
    try (RowSource rows = FeedFile.open(file, Optional.empty())) {
      return rows.charset();
    }
  }

  static final String TEXT = "户编号,户主姓名\nH1,王大明\nH2,\"李,小\"\"红\"\"\n第二行\"\n";

  @Test
  void readsUtf8WithAndWithoutBomAndQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    for (Path f : List.of(write("a.csv", plain), write("b.csv", bom))) {
      assertThat(rows(f)).containsExactly("H 户编号|户主姓名", "2 H1|王大明", "3 H2|李,小\"红\"\n第二行");
      assertThat(charsetOf(f)).isEqualTo(StandardCharsets.UTF_8);
    }
  }

  @Test
  void detectsGbkAndGb18030() throws IOException {
    Path gbk = write("gbk.csv", TEXT.getBytes(Charset.forName("GBK")));
    assertThat(rows(gbk)).contains("2 H1|王大明");
    assertThat(charsetOf(gbk).name()).isEqualTo("GB18030");
  }

  @Test
  void refusesAFileThatIsNeitherUtf8NorGb18030() throws IOException {
    byte[] bytes = "id,name\n1,".getBytes(StandardCharsets.US_ASCII);
    byte[] garbage = Arrays.copyOf(bytes, bytes.length + 4);
    garbage[bytes.length] = (byte) 0x81;
    garbage[bytes.length + 1] = (byte) 0x30;
    garbage[bytes.length + 2] = (byte) 0xFF;
    garbage[bytes.length + 3] = (byte) 0xFF;
    Path f = write("bad.csv", garbage);
    assertThatThrownBy(() -> rows(f))
        .isInstanceOf(FileRejected.class)
        .hasMessageContaining("neither UTF-8 nor GB18030");
  }

  @Test
  void readsGzippedCsvAndTabSeparatedFiles() throws IOException {
    Path gz = dir.resolve("m.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(TEXT.getBytes(Charset.forName("GBK")));
    }
    assertThat(rows(gz)).contains("2 H1|王大明");
    Path tsv = write("m.tsv", "户编号\t户主姓名\nH1\t王,大明\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rows(tsv)).containsExactly("H 户编号|户主姓名", "2 H1|王,大明");
  }

  @Test
  void reportsBlankRowsInsteadOfDroppingThem() throws IOException {
    Path f = write("b.csv", "a,b\n1,2\n\n , \n3,4\n\n\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rows(f))
        .containsExactly("H a|b", "2 1|2", "3 blank", "4 blank", "5 3|4", "6 blank", "7 blank");
  }

  @Test
  void readsTheFirstSheetOfAnXlsxWithRealDateCellsAndPlainNumbers() throws IOException {
    Path f = dir.resolve("e.xlsx");
    try (OutputStream out = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("学籍");
      ws.value(0, 0, "身份证号");
      ws.value(0, 1, "状态日期");
      ws.value(0, 2, "学年自付费用");
      ws.value(1, 0, "41132820100101001X");
      ws.value(1, 1, LocalDate.of(2025, 3, 7));
      ws.style(1, 1).format("yyyy-mm-dd").set();
      ws.value(1, 2, new BigDecimal("12000.50"));
      ws.value(3, 0, "41132820100101002X");
      ws.value(3, 2, 300);
      wb.finish();
    }
    assertThat(rows(f))
        .containsExactly(
            "H 身份证号|状态日期|学年自付费用",
            "2 41132820100101001X|2025-03-07|12000.5",
            "3 blank",
            "4 41132820100101002X||300");
  }

  @Test
  void readsDateCellsInAChineseDateFormat() throws IOException {
    Path f = dir.resolve("cn.xlsx");
    try (OutputStream out = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("表1");
      ws.value(0, 0, "死亡日期");
      ws.value(1, 0, LocalDate.of(2025, 1, 2));
      ws.style(1, 0).format("yyyy年m月d日").set(); // the writer does not escape quotes
      wb.finish();
    }
    assertThat(rows(f)).containsExactly("H 死亡日期", "2 2025-01-02");
  }

  @Test
  void streamsAMillionRowsWithoutLoadingTheFile() throws IOException {
    Path f = dir.resolve("big.csv");
    try (var w = Files.newBufferedWriter(f)) {
      w.write("身份证号,姓名\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("41132819800101" + (1000 + i % 9000) + ",王某\n");
      }
    }
    long n = 0;
    long last = 0;
    try (RowSource rows = FeedFile.open(f, Optional.empty())) {
      for (SourceRow r : rows) {
        n++;
        last = r.rowNumber();
      }
      assertThat(rows.bytesRead()).isEqualTo(Files.size(f));
    }
    assertThat(n).isEqualTo(1_000_000);
    assertThat(last).isEqualTo(1_000_001);
  }
}
