package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The {@code --fail-on} policy: which kinds of finding must all be reviewed for a check to pass. */
final class FailOn {
  private FailOn() {}

  static Set<FindingKind> kinds(List<String> labels) {
    Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    for (String label : labels) {
      try {
        kinds.add(FindingKind.fromLabel(label.trim()));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--fail-on", "unknown finding kind '" + label.trim()
            + "' (contradiction, quote-mismatch, update, agreement)");
      }
    }
    return kinds;
  }

  /** The findings of those kinds nobody has confirmed or dismissed. */
  static List<Finding> unreviewed(Report report, Set<FindingKind> kinds) {
    return report.findings().stream().filter(f -> kinds.contains(f.kind()) && f.review().isOpen()).toList();
  }
}
