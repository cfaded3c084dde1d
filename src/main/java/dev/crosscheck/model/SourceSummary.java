package dev.crosscheck.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A source as the report lists it: its metadata, size, claim count and the notes cleaning left. */
public record SourceSummary(
    String id,
    @Nullable String title,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable LocalDate published,
    boolean estimated,
    @Nullable String basis,
    int words,
    int claims,
    List<Note> notes) {

  public SourceSummary {
    notes = List.copyOf(notes);
  }
}
