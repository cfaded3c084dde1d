package dev.crosscheck.normalise;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import dev.crosscheck.model.ReferenceDate;

/**
 * The text being normalised, the date its relative expressions are anchored to, if known, and where its
 * words stand (so each pattern is tried only where it can start).
 */
record Passage(String text, @Nullable ReferenceDate reference, WordIndex index) {
  static final String NO_REFERENCE = "unresolved-no-reference";

  Passage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(index, "index");
  }

  Passage(String text, @Nullable ReferenceDate reference) {
    this(text, reference, new WordIndex(Objects.requireNonNull(text, "text")));
  }

  Tense tense(int start, int end) {
    return TenseDetector.around(text, start, end);
  }

  /** The reference date; only call after checking {@link #anchored()}. */
  LocalDate anchor() {
    return Objects.requireNonNull(reference, "reference").date();
  }

  boolean anchored() {
    return reference != null;
  }

  /** A date whose text fixes it completely, so no anchor is named. */
  Expression absolute(int start, int end, String value, DateInterval interval, String rule) {
    return new Expression(text.substring(start, end), start, end, ExpressionType.DATE, value, interval,
        null, null, Trace.of(rule));
  }

  /** A date found relative to the reference date; the trace names it. */
  Expression relative(int start, int end, String value, @Nullable DateInterval interval, String rule) {
    return new Expression(text.substring(start, end), start, end, ExpressionType.DATE, value, interval,
        null, null, new Trace(rule, Objects.requireNonNull(reference, "reference").describe()));
  }

  /** A date that needs an anchor it does not have: X's stand for what cannot be known. */
  Expression unresolved(int start, int end, String timex, String rule) {
    return new Expression(text.substring(start, end), start, end, ExpressionType.DATE, timex, null,
        null, null, Trace.of(rule));
  }

  Expression temporal(int start, int end, ExpressionType type, String value, String rule) {
    return new Expression(text.substring(start, end), start, end, type, value, null, null, null,
        Trace.of(rule));
  }
}
