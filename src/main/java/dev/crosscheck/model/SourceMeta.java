package dev.crosscheck.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a source besides its text. Only {@code id} is required: a bare {@code .txt} file
 * in {@code sources/} is a source with no outlet, title or date, and its relative dates stay unresolved.
 *
 * @param published the publication date, or null when unknown
 * @param estimated true when {@code published} is an editor's estimate rather than a stated fact
 * @param basis why the date is believed (the evidence for an estimate), or null
 */
public record SourceMeta(
    String id,
    @Nullable String title,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable LocalDate published,
    boolean estimated,
    @Nullable String basis) {

  public SourceMeta {
    SourceId.check(id);
    if (estimated && published == null) {
      throw new IllegalArgumentException("source " + id + ": estimated is true but no published date is given");
    }
  }

  /** Metadata for a source that came with none. */
  public static SourceMeta bare(String id) {
    return new SourceMeta(id, null, null, null, null, false, null);
  }

  /** The anchor for relative dates in this source, if it has a publication date. */
  public @Nullable ReferenceDate reference() {
    return published == null ? null : new ReferenceDate(published, estimated, Objects.requireNonNullElse(basis, ""));
  }
}
