package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A source after cleaning: the text claims are read from, and notes on everything cleaning changed.
 * All claim offsets point into {@link #text()}.
 */
public record Article(SourceMeta meta, String text, List<Note> notes) {
  public Article {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    notes = List.copyOf(notes);
  }

  public String id() {
    return meta.id();
  }
}
