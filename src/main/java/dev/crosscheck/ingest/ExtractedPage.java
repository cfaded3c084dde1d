package dev.crosscheck.ingest;

import java.util.Objects;

/** An article page reduced to its text (one paragraph per line, blank lines between) and what it says about itself. */
public record ExtractedPage(String text, PageMeta meta) {
  public ExtractedPage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(meta, "meta");
  }
}
