package dev.crosscheck.model;

import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param heading true for a line that is a heading (a section title or a question heading): it states no claim
 */
public record Sentence(Span span, String text, boolean heading) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.end() - span.start()) {
      throw new IllegalArgumentException("sentence text does not match its span " + span);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
