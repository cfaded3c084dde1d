package dev.crosscheck.normalise;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why an expression got its value: the rule that fired and the anchor it was resolved against.
 *
 * @param rule e.g. {@code weekday-next}, {@code month-past}, {@code unresolved-no-reference}
 * @param anchor e.g. {@code published 2025-05-02, estimated}; null when nothing relative was resolved
 */
public record Trace(String rule, @Nullable String anchor) {
  public Trace {
    Objects.requireNonNull(rule, "rule");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("trace rule is blank");
    }
  }

  public static Trace of(String rule) {
    return new Trace(rule, null);
  }

  /** "rule weekday-next, anchor: published 2025-05-02" as a report would show it. */
  public String describe() {
    return anchor == null ? "rule " + rule : "anchor: " + anchor + ", rule " + rule;
  }
}
