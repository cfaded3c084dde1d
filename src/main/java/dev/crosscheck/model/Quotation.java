package dev.crosscheck.model;

import java.util.Objects;

/**
 * Words inside a pair of quotation marks.
 *
 * @param span the whole quotation, marks included
 * @param inner the words between the marks
 */
public record Quotation(Span span, Span inner, String words) {
  public Quotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(words, "words");
    if (!span.contains(inner)) {
      throw new IllegalArgumentException("quotation inner " + inner + " is outside " + span);
    }
  }
}
