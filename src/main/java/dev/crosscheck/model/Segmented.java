package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An article cut into sentences (in text order, not overlapping) and the quotations inside them. */
public record Segmented(Article article, List<Sentence> sentences, List<Quotation> quotations) {
  public Segmented {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    quotations = List.copyOf(quotations);
  }

  public String id() {
    return article.id();
  }

  public String text() {
    return article.text();
  }

  /** The sentence that holds the character at {@code offset}, or null when it falls between sentences. */
  public @Nullable Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  /** The quotation whose marks enclose {@code offset}, or null. Quotations are in text order and disjoint. */
  public @Nullable Quotation quotationAt(int offset) {
    int lo = 0;
    int hi = quotations.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quotation q = quotations.get(mid);
      if (offset < q.span().start()) {
        hi = mid - 1;
      } else if (offset >= q.span().end()) {
        lo = mid + 1;
      } else {
        return q;
      }
    }
    return null;
  }
}
