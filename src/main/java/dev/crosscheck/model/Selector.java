package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A W3C Web Annotation selector (https://www.w3.org/TR/annotation-model/#selectors) for a claim's evidence in its
 * source's cleaned text: by character position, or by the exact text with what comes just before and after it.
 */
public sealed interface Selector {
  /** {@code TextPositionSelector}: start and (exclusive) end offsets, in characters of the cleaned text. */
  @JsonPropertyOrder({"type", "start", "end"})
  record TextPosition(int start, int end) implements Selector {
    @JsonProperty("type")
    public String type() {
      return "TextPositionSelector";
    }
  }

  /** {@code TextQuoteSelector}: the exact text, and up to 32 characters before (prefix) and after (suffix) it. */
  @JsonPropertyOrder({"type", "exact", "prefix", "suffix"})
  record TextQuote(String exact, String prefix, String suffix) implements Selector {
    @JsonProperty("type")
    public String type() {
      return "TextQuoteSelector";
    }
  }
}
