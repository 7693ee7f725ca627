package org.shouwang.ingest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouwang.access.Audit;
import org.shouwang.access.SignedInUser;
import org.shouwang.web.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/** Upload of data files in the browser, the import history, and the error reports. */
@Controller
class ImportController {
  private static final int SHOWN_ERRORS = 200;
  private final FeedImport imports;
  private final ImportBatches batches;
  private final ErrorReport reports;
  private final Audit audit;

  ImportController(FeedImport imports, ImportBatches batches, ErrorReport reports, Audit audit) {
    this.imports = imports;
    this.batches = batches;
    this.reports = reports;
    this.audit = audit;
  }

  @GetMapping("/imports")
  String list(Model model) {
    model.addAttribute("feeds", Feed.values());
    model.addAttribute("batches", batches.latest(SignedInUser.current().scope().code(), 100));
    return "imports/list";
  }

  @PostMapping("/imports")
  String upload(
      @RequestParam Feed feed,
      @RequestParam String source,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String charset,
      @RequestParam MultipartFile file)
      throws IOException {
    SignedInUser user = SignedInUser.current();
    String name = Optional.ofNullable(file.getOriginalFilename()).orElse("upload.csv");
    name = Path.of(name.replace('\\', '/')).getFileName().toString();
    Path tmp = Files.createTempDirectory("shouwang-upload").resolve(name);
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      ImportResult result =
          imports.run(
              new ImportRequest(
                  feed,
                  source,
                  asOf,
                  tmp,
                  name,
                  user.getUsername(),
                  user.scope().code(),
                  charset == null || charset.isBlank()
                      ? Optional.empty()
                      : Optional.of(Charset.forName(charset))));
      return "redirect:/imports/" + result.batchId() + "?outcome=" + result.outcome();
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(tmp.getParent());
    }
  }

  @GetMapping("/imports/{id}")
  String batch(@PathVariable long id, Model model) {
    ImportBatch batch = visible(id);
    model.addAttribute("batch", batch);
    List<ErrorReport.RowError> errors = new ArrayList<>();
    reports.each(
        id,
        e -> {
          if (errors.size() < SHOWN_ERRORS) {
            errors.add(e);
          }
        });
    model.addAttribute("errors", errors);
    model.addAttribute("shown", SHOWN_ERRORS);
    return "imports/batch";
  }

  @GetMapping("/imports/{id}/errors.{format}")
  void report(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
      throws IOException {
    ImportBatch batch = visible(id);
    SignedInUser user = SignedInUser.current();
    audit.record(user.getUsername(), "DOWNLOAD_IMPORT_ERRORS", "batch " + id, format);
    String file = "错误报告_" + batch.id() + "_" + batch.fileName() + "." + format;
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''" + UriUtils.encode(file, StandardCharsets.UTF_8));
    switch (format) {
      case "xlsx" -> {
        response.setContentType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        reports.xlsx(batch, response.getOutputStream());
      }
      case "csv" -> {
        response.setContentType("text/csv; charset=UTF-8");
        reports.csv(batch, response.getOutputStream());
      }
      default -> throw new NotFound("format " + format);
    }
  }

  private ImportBatch visible(long id) {
    String scope = SignedInUser.current().scope().code();
    return batches
        .byId(id)
        .filter(b -> b.regionCode().startsWith(scope))
        .orElseThrow(() -> new NotFound("batch " + id));
  }
}
