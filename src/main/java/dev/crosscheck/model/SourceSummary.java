package dev.crosscheck.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source as the report lists it: its metadata, size, claim count, the notes cleaning left, and how far
 * independent sources bear it out.
 *
 * @param reliability 0 to 1, from {@link SourceReliability}; 0.5 (neutral) when nothing it says was compared
 * @param reliabilityBasis one line on how {@code reliability} came about
 */
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
    List<Note> notes,
    double reliability,
    String reliabilityBasis) {

  public static final String NOT_COMPUTED = "not computed: neutral 0.5";

  /** A source whose reliability was not computed: neutral. */
  public SourceSummary(String id, @Nullable String title, @Nullable String outlet, @Nullable String url,
      @Nullable LocalDate published, boolean estimated, @Nullable String basis, int words, int claims, List<Note> notes) {
    this(id, title, outlet, url, published, estimated, basis, words, claims, notes, 0.5, NOT_COMPUTED);
  }

  public SourceSummary {
    notes = List.copyOf(notes);
    java.util.Objects.requireNonNull(reliabilityBasis, "reliabilityBasis");
    if (reliability < 0 || reliability > 1) {
      throw new IllegalArgumentException("reliability of " + id + " must be within [0, 1]: " + reliability);
    }
  }
}
