package dev.crosscheck.model;

import java.util.Objects;

/**
 * A passage one source shares with another beyond quoting the same words: syndicated copy, a paragraph
 * taken over whole or lightly edited. Sources are ordered ({@code sourceA} before {@code sourceB}).
 *
 * @param spanA the copied sentences in {@code sourceA}'s cleaned text, first start to last end
 * @param spanB the same in {@code sourceB}
 * @param sharedWords how many words outside quotation marks the two spans share (the fewer of the two sides)
 * @param textA the text of {@code spanA} as written, for a reader to compare the two
 * @param textB the text of {@code spanB} as written
 */
public record CopiedPassage(String sourceA, Span spanA, String sourceB, Span spanB, int sharedWords, String textA,
    String textB) {
  public CopiedPassage {
    Objects.requireNonNull(sourceA, "sourceA");
    Objects.requireNonNull(spanA, "spanA");
    Objects.requireNonNull(sourceB, "sourceB");
    Objects.requireNonNull(spanB, "spanB");
    Objects.requireNonNull(textA, "textA");
    Objects.requireNonNull(textB, "textB");
    if (sourceA.compareTo(sourceB) >= 0) {
      throw new IllegalArgumentException("copied passage sources must be distinct and ordered: " + sourceA + ", " + sourceB);
    }
    if (sharedWords < 1) {
      throw new IllegalArgumentException("a copied passage shares at least one word: " + sharedWords);
    }
  }
}
