package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A reviewer's decision on a finding, as {@code reports/reviews.json} keeps it.
 *
 * @param finding the id of the finding decided on
 * @param key the finding's loose key (kind, entity, slot and values, not sources or wording): how the decision
 *     finds its finding again when a new or edited source changed the id
 * @param reviewer who decided
 * @param at when, an ISO-8601 instant ({@code 2025-05-07T09:30:00Z})
 * @param note why (required for a dismissal; empty when none was given)
 */
@JsonPropertyOrder({"finding", "key", "decision", "reviewer", "at", "note"})
public record ReviewDecision(String finding, String key, Decision decision, String reviewer, String at, String note) {
  public ReviewDecision {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
    if (finding.isBlank() || reviewer.isBlank()) {
      throw new IllegalArgumentException("a decision needs a finding id and a reviewer: " + finding + " by " + reviewer);
    }
    try {
      Instant.parse(at);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'at' is not an ISO-8601 instant: " + at, e);
    }
    if (decision == Decision.DISMISSED && note.isBlank()) {
      throw new IllegalArgumentException("dismissing " + finding + " needs a note saying why");
    }
  }
}
