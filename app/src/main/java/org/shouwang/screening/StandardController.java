package org.shouwang.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import org.shouwang.access.Role;
import org.shouwang.access.SignedInUser;
import org.shouwang.engine.standard.MonitoringStandard;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring standard's versions: every user sees them; county and province administrators add
 * versions for their own area, typed in or loaded from a file.
 */
@Controller
class StandardController {
  private final Standards standards;

  StandardController(Standards standards) {
    this.standards = standards;
  }

  @GetMapping("/standards")
  String list(Model model) {
    model.addAttribute(
        "versions",
        standards.all().versions().stream()
            .sorted(
                Comparator.comparing(MonitoringStandard::effectiveDate)
                    .thenComparing(MonitoringStandard::version)
                    .reversed())
            .toList());
    SignedInUser user = SignedInUser.current();
    model.addAttribute("canEdit", canEdit(user));
    return "warnings/standards";
  }

  private static boolean canEdit(SignedInUser user) {
    Role role = user.user().role();
    return role == Role.COUNTY || role == Role.PROVINCE;
  }

  @PostMapping("/standards")
  String add(
      @RequestParam(required = false) String text,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    SignedInUser user = SignedInUser.current();
    if (!canEdit(user)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    String content =
        file != null && !file.isEmpty()
            ? new String(file.getBytes(), StandardCharsets.UTF_8)
            : text == null ? "" : text;
    try {
      var parsed = org.shouwang.engine.standard.MonitoringStandards.parse(content);
      String scope = user.scope().code();
      for (MonitoringStandard s : parsed) {
        String area = s.countyCode() != null ? s.countyCode() : s.provinceCode();
        if (!area.startsWith(scope) && !scope.startsWith(area)
            || (user.user().role() == Role.COUNTY && s.countyCode() == null)) {
          redirect.addAttribute("error", "只能为本辖区设置标准 / only for your own area: " + area);
          return "redirect:/standards";
        }
      }
      standards.add(content, user.getUsername());
      redirect.addAttribute("added", parsed.size());
    } catch (RuntimeException e) {
      redirect.addAttribute("error", e.getMessage());
    }
    return "redirect:/standards";
  }
}
