package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a claim stands: the exact text of its sentence or clause, its offsets in the source's cleaned text, and
 * the text just around it, so it can be found again after small edits (a W3C Web Annotation TextQuoteSelector).
 *
 * @param end exclusive
 * @param prefix up to {@link #CONTEXT} characters of the cleaned text just before the evidence
 * @param suffix up to {@link #CONTEXT} characters just after it
 */
public record Evidence(String source, int start, int end, String text, String prefix, String suffix) {
  /** How much text around the evidence its quote selector keeps. */
  public static final int CONTEXT = 32;

  public Evidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(suffix, "suffix");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("evidence [" + start + ", " + end + ") does not match its text in " + source);
    }
  }

  /** Evidence without its surrounding text (built by hand, not cut from an article). */
  public Evidence(String source, int start, int end, String text) {
    this(source, start, end, text, "", "");
  }

  public static Evidence of(String source, String articleText, Span span) {
    int before = Math.max(0, span.start() - CONTEXT);
    int after = Math.min(articleText.length(), span.end() + CONTEXT);
    // never cut a surrogate pair in half: the context would not be valid text
    if (before > 0 && Character.isLowSurrogate(articleText.charAt(before))) {
      before++;
    }
    if (after < articleText.length() && Character.isLowSurrogate(articleText.charAt(after))) {
      after--;
    }
    return new Evidence(source, span.start(), span.end(), span.of(articleText),
        articleText.substring(before, span.start()), articleText.substring(span.end(), after));
  }

  /** The W3C Web Annotation selectors that find this evidence in its source: by position, and by quote. */
  public List<Selector> selectors() {
    return List.of(new Selector.TextPosition(start, end), new Selector.TextQuote(text, prefix, suffix));
  }
}
