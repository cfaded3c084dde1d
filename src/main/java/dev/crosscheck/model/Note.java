package dev.crosscheck.model;

import java.util.Objects;

/**
 * Something a stage noticed about a source and did or could not do: a furniture line removed, broken
 * link text rejoined, a date that could not be anchored. Problems in the data are data, shown in the report.
 *
 * @param code a stable machine-readable name, e.g. {@code removed-furniture}
 * @param line the 1-based line of the original text it concerns, or 0 when it concerns the whole source
 */
public record Note(String code, String message, int line) {
  public Note {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }
}
