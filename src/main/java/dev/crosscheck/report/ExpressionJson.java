package dev.crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.crosscheck.normalise.DateInterval;
import dev.crosscheck.normalise.Expression;
import dev.crosscheck.normalise.Interval;
import dev.crosscheck.normalise.NumberInterval;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How an expression is written as JSON: TIMEX strings for temporal values, numbers for quantities,
 * and an interval whose missing bound means open (dates) or infinite (numbers).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "start", "end", "type", "value", "unit", "currency", "interval", "trace"})
public record ExpressionJson(String text, int start, int end, String type, Object value, @Nullable String unit,
    @Nullable String currency, @Nullable Object interval, TraceJson trace) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"rule", "anchor"})
  record TraceJson(String rule, @Nullable String anchor) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"start", "end"})
  record DatesJson(@Nullable String start, @Nullable String end) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"lo", "loInclusive", "hi", "hiInclusive"})
  record NumbersJson(@Nullable BigDecimal lo, @Nullable Boolean loInclusive, @Nullable BigDecimal hi,
      @Nullable Boolean hiInclusive) {}

  public static ExpressionJson of(Expression e) {
    Object value = e.type().isTemporal() ? e.value() : new BigDecimal(e.value());
    return new ExpressionJson(e.text(), e.start(), e.end(), e.type().label(), value, e.unit(), e.currency(),
        interval(e.interval()), new TraceJson(e.trace().rule(), e.trace().anchor()));
  }

  private static @Nullable Object interval(@Nullable Interval interval) {
    if (interval instanceof DateInterval d) {
      return new DatesJson(d.start() == null ? null : d.start().toString(), d.end() == null ? null : d.end().toString());
    }
    if (interval instanceof NumberInterval n) {
      return new NumbersJson(n.lo(), n.lo() == null ? null : n.loClosed(), n.hi(), n.hi() == null ? null : n.hiClosed());
    }
    return null;
  }
}
