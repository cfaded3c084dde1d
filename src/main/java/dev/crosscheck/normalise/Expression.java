package dev.crosscheck.normalise;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date, duration or quantity found in text, with its exact value.
 *
 * @param text exactly {@code source.substring(start, end)}
 * @param end exclusive
 * @param value a TIMEX3 string for temporal types ("2025-05-06", "P5Y", "PAST_REF", "XXXX-05-06"); for
 *     quantities the stated number as a plain decimal ("60000000000", "25")
 * @param interval what the value allows, for comparison; null when it cannot be known (unresolved)
 * @param unit "percent", "percentage-point", "dollar", "euro", "years-old"...; null for plain numbers
 * @param currency ISO 4217 code when stated or implied by the symbol; null for a bare "$"
 */
public record Expression(
    String text,
    int start,
    int end,
    ExpressionType type,
    String value,
    @Nullable Interval interval,
    @Nullable String unit,
    @Nullable String currency,
    Trace trace) {

  public Expression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(trace, "trace");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad offsets [" + start + ", " + end + ") for \"" + text + "\"");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException("blank value for \"" + text + "\"");
    }
    if (type.isTemporal() && interval instanceof NumberInterval) {
      throw new IllegalArgumentException("temporal \"" + text + "\" with a number interval");
    }
    if (!type.isTemporal() && interval instanceof DateInterval) {
      throw new IllegalArgumentException("quantity \"" + text + "\" with a date interval");
    }
  }

  public int length() {
    return end - start;
  }

  /** True when the value depends on a reference date that was missing or could not be used. */
  public boolean unresolved() {
    return type == ExpressionType.DATE && interval == null;
  }

  /** The same expression found at another position (used when a stage merges pieces). */
  Expression spanning(String source, int newStart, int newEnd) {
    return new Expression(
        source.substring(newStart, newEnd), newStart, newEnd, type, value, interval, unit, currency, trace);
  }

  /** "next Tuesday → 2025-05-06 (anchor: published 2025-05-02, rule weekday-next)". */
  public String describe() {
    return text + " → " + value + " (" + trace.describe() + ")";
  }
}
