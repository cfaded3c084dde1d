package dev.crosscheck.cli;

import dev.crosscheck.CheckResult;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Review;
import dev.crosscheck.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The lines {@code check} prints after a check, which {@code watch} prints too. */
final class CheckSummary {
  private CheckSummary() {}

  /** "5 sources, 122 claims: 2 contradictions, 1 quote mismatches, 2 updates, 11 agreements". */
  static String counts(CheckResult result) {
    Report r = result.report();
    int claims = result.claims().values().stream().mapToInt(List::size).sum();
    return String.format("%d sources, %d claims: %d contradictions, %d quote mismatches, %d updates, %d agreements",
        r.sources().size(), claims, r.count(FindingKind.CONTRADICTION), r.count(FindingKind.QUOTE_MISMATCH),
        r.count(FindingKind.UPDATE), r.count(FindingKind.AGREEMENT));
  }

  /** "reviews: 3 open, 1 confirmed, 1 dismissed, 0 stale", or null while nobody has reviewed anything. */
  static @Nullable String reviews(Report r) {
    long open = r.findings().stream().filter(f -> f.review().isOpen()).count();
    if (open == r.findings().size() && r.staleReviews().isEmpty()) {
      return null;
    }
    return String.format("reviews: %d open, %d confirmed, %d dismissed, %d stale", open,
        r.findings().stream().filter(f -> f.review().status() == Review.Status.CONFIRMED).count(),
        r.findings().stream().filter(f -> f.review().status() == Review.Status.DISMISSED).count(),
        r.staleReviews().size());
  }

  /** "wrote claims (5 files), reports/report.* (json, md, html, csv)". */
  static String wrote(Path root, CheckResult result) {
    Workspace ws = new Workspace(root);
    return String.format("wrote %s (%d files), %s (json, md, html, csv)", root.relativize(ws.claims()),
        result.claims().size(), root.relativize(ws.reports().resolve("report.*")));
  }

  /** All three, one a line, as {@code check} prints them. */
  static String lines(Path root, CheckResult result) {
    String reviews = reviews(result.report());
    return counts(result) + "\n" + (reviews == null ? "" : reviews + "\n") + wrote(root, result) + "\n";
  }
}
