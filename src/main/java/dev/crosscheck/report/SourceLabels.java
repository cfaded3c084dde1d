package dev.crosscheck.report;

import dev.crosscheck.model.SourceSummary;
import org.jspecify.annotations.Nullable;

/** How the human-readable reports name a source's metadata, so Markdown and HTML say it the same way. */
final class SourceLabels {
  private SourceLabels() {}

  /** A missing outlet or title is a dash, not a blank a reader might take for a rendering fault. */
  static String orDash(@Nullable String s) {
    return s == null ? "—" : s;
  }

  /** "2025-05-02 (estimated)", or "unknown" when the source has no date. */
  static String published(SourceSummary s) {
    if (s.published() == null) {
      return "unknown";
    }
    return s.published() + (s.estimated() ? " (estimated)" : "");
  }
}
