package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

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
}
