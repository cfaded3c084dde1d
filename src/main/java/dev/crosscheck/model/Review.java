package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A finding's review status as the reports show it: open, or the decision that applies and how it was found.
 *
 * @param matched {@code id} when the decision was made on this very finding id, {@code key} when it was made on
 *     an earlier id with the same loose key (a source was added or edited since); null when open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "matched", "decision"})
public record Review(Status status, @Nullable String matched, @Nullable ReviewDecision decision) {
  public static final Review OPEN = new Review(Status.OPEN, null, null);

  /** Open (nobody decided yet), confirmed or dismissed. */
  public enum Status {
    OPEN, CONFIRMED, DISMISSED;

    @JsonValue
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Review {
    java.util.Objects.requireNonNull(status, "status");
    if ((status == Status.OPEN) != (decision == null) || (decision == null) != (matched == null)) {
      throw new IllegalArgumentException("a review is open without a decision, or decided with one: " + status);
    }
  }

  public static Review of(ReviewDecision decision, String matched) {
    Status status = decision.decision() == Decision.CONFIRMED ? Status.CONFIRMED : Status.DISMISSED;
    return new Review(status, matched, decision);
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }
}
