package dev.crosscheck.model;

import java.util.Objects;

/**
 * Where a claim stands: the exact text of its sentence or clause and its offsets in the source's cleaned text.
 *
 * @param end exclusive
 */
public record Evidence(String source, int start, int end, String text) {
  public Evidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("evidence [" + start + ", " + end + ") does not match its text in " + source);
    }
  }

  public static Evidence of(String source, String articleText, Span span) {
    return new Evidence(source, span.start(), span.end(), span.of(articleText));
  }
}
