package dev.crosscheck.report;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Review;
import dev.crosscheck.model.ReviewDecision;
import java.util.List;

/** The review parts of the Markdown report: each finding's status, the dismissed findings apart, stale decisions. */
final class MarkdownReviews {
  private MarkdownReviews() {}

  static String status(Finding f) {
    ReviewDecision d = f.review().decision();
    if (d == null) {
      return "open";
    }
    return "**" + f.review().status().label() + "** by " + MarkdownReport.text(d.reviewer()) + " on " + d.at()
        + (d.note().isEmpty() ? "" : ": " + MarkdownReport.text(d.note()).replace("\n", " "))
        + ("key".equals(f.review().matched()) ? " (decided on `" + MarkdownReport.code(d.finding()) + "`)" : "");
  }

  static void dismissedAndStale(StringBuilder md, Report report) {
    List<Finding> dismissed = report.findings().stream()
        .filter(f -> f.review().status() == Review.Status.DISMISSED).toList();
    if (!dismissed.isEmpty()) {
      md.append("## Dismissed (").append(dismissed.size()).append(")\n\n");
      for (Finding f : dismissed) {
        md.append("- `").append(f.id()).append("` ").append(MarkdownReport.text(f.summary())).append(" — ")
            .append(status(f)).append('\n');
      }
      md.append('\n');
    }
    if (!report.staleReviews().isEmpty()) {
      md.append("## Stale review decisions (").append(report.staleReviews().size()).append(")\n\n")
          .append("Decisions on findings no check finds any more (a source was removed or changed); kept in "
              + "reports/reviews.json until `crosscheck review reopen <id>`.\n\n");
      for (ReviewDecision d : report.staleReviews()) {
        md.append("- `").append(MarkdownReport.code(d.finding())).append("` ").append(d.decision().label())
            .append(" by ").append(MarkdownReport.text(d.reviewer())).append(" on ").append(d.at())
            .append(d.note().isEmpty() ? "" : ": " + MarkdownReport.text(d.note()).replace("\n", " ")).append('\n');
      }
      md.append('\n');
    }
  }
}
