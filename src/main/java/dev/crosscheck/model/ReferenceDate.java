package dev.crosscheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date relative expressions in a source are resolved against: its publication date.
 *
 * @param estimated true when the date is an editor's estimate
 * @param basis the evidence for the date, shown in traces ("published 2025-05-02, estimated")
 */
public record ReferenceDate(LocalDate date, boolean estimated, String basis) {
  public ReferenceDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
  }

  public static ReferenceDate of(LocalDate date) {
    return new ReferenceDate(date, false, "");
  }

  /** How the anchor is named in a trace: "published 2025-05-02" or "published 2025-05-02, estimated". */
  public String describe() {
    return "published " + date + (estimated ? ", estimated" : "");
  }
}
