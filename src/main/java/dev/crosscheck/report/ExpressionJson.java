package dev.crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
    @Nullable String currency,
    // read back as a tree, not a map, so its fields keep their order when a cached file is written again
    @JsonDeserialize(as = JsonNode.class) @Nullable Object interval,
    TraceJson trace) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"rule", "anchor"})
  public record TraceJson(String rule, @Nullable String anchor) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"start", "end"})
  record DatesJson(@Nullable String start, @Nullable String end) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"lo", "loInclusive", "hi", "hiInclusive"})
  record NumbersJson(@Nullable BigDecimal lo, @Nullable Boolean loInclusive, @Nullable BigDecimal hi,
      @Nullable Boolean hiInclusive) {}

  public static ExpressionJson of(Expression e) {
    Object value = e.type().isTemporal() ? e.value() : plain(new BigDecimal(e.value()));
    return new ExpressionJson(e.text(), e.start(), e.end(), e.type().label(), value, e.unit(), e.currency(),
        interval(e.interval()), new TraceJson(e.trace().rule(), e.trace().anchor()));
  }

  /** 144000000.0 and 144000000 are one number: written without trailing zeros, as a cached file reads back. */
  private static @Nullable BigDecimal plain(@Nullable BigDecimal n) {
    return n == null ? null : n.stripTrailingZeros();
  }

  private static @Nullable Object interval(@Nullable Interval interval) {
    if (interval instanceof DateInterval d) {
      return new DatesJson(d.start() == null ? null : d.start().toString(), d.end() == null ? null : d.end().toString());
    }
    if (interval instanceof NumberInterval n) {
      return new NumbersJson(plain(n.lo()), n.lo() == null ? null : n.loClosed(), plain(n.hi()),
          n.hi() == null ? null : n.hiClosed());
    }
    return null;
  }
}
