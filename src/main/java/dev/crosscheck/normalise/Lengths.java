package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lengths that {@link Durations} does not read: decimals ("3.5 years", "3.5years"), halves and quarters
 * ("two and a half days", "one and a quarter year", "a year and a half"), weekends ("three weekends",
 * `P3WE` as Recognizers-Text writes it), "all day/week/month/year", and the fortnight ("a fortnight" is
 * `P2W`; "in a fortnight" the day two weeks on; "the next/past fortnight" the two weeks from/to the reference).
 */
final class Lengths {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String UNIT = "(?<unit>years?|months?|weeks?|days?|hours?|decades?)\\b(?![\\s-]old\\b|-)"
      + "(?<ago>\\sago\\b)?";
  private static final List<String> UNIT_WORDS = List.of("year", "years", "month", "months", "week", "weeks", "day",
      "days", "hour", "hours", "decade", "decades");
  /** "two and a half", "a year and a quarter": tried only where a number leads to "half" or "quarter". */
  private static final Reach FRACTION = Reach.to(Openers.words("half", "quarter")).across(NumberWords.VOCABULARY)
      .acrossDigits().across("and", "a", "an");
  private static final Gated DECIMAL = Gated.of("(?<![\\w.,$£€])(?<n>\\d{1,3}\\.\\d{1,3})[\\s-]?" + UNIT, FLAGS,
      Openers.NUMERALS);
  private static final Gated AND_FRACTION = Gated.of("\\b(?<n>" + NumberWords.NUMBER + ")\\sand\\s(?:a\\s)?"
      + "(?<f>half|quarter)[\\s-]" + UNIT, FLAGS, NumberWords.OPENERS).near(FRACTION);
  private static final Gated UNIT_AND_FRACTION = Gated.of("\\b(?<n>" + NumberWords.NUMBER + "|a|an)\\s" + UNIT
      + "\\sand\\s(?:a\\s)?(?<f>half|quarter)\\b(?![\\s-](?:of|a|an|the|years?|months?|weeks?|days?|hours?|decades?)\\b)",
      FLAGS, NumberWords.OPENERS.or("a", "an")).near(FRACTION.across(UNIT_WORDS));
  private static final Gated WEEKENDS = Gated.of("\\b(?<n>" + NumberWords.NUMBER + ")\\sweekends\\b", FLAGS,
      NumberWords.OPENERS).requiring(Openers.words("weekends"));
  private static final Gated ALL = Gated.of("\\ball\\s(?<unit>day|week|month|year)(?:\\slong)?\\b(?![-'’]\\w)", FLAGS,
      Openers.words("all"));
  private static final Gated FORTNIGHT = Gated.of("\\b(?:(?<in>in|within)\\s)?(?:(?<rel>the\\snext|the\\spast|the\\slast"
      + "|next|past|last)\\s|(?<n>a|one|two|three|four|" + "\\d{1,2})\\s)fortnights?\\b(?!-\\w|['’](?!s\\stime\\b)\\w)(?<ago>\\sago\\b)?", FLAGS,
      Openers.words("in", "within", "the", "next", "past", "last", "a", "one", "two", "three", "four")
          .or(Openers.NUMERALS)).requiring(Openers.words("fortnight", "fortnights"));

  private Lengths() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : DECIMAL.in(p)) {
      add(p, found, m, new BigDecimal(m.group("n")), "duration-decimal");
    }
    for (Gated pattern : List.of(AND_FRACTION, UNIT_AND_FRACTION)) {
      for (Matcher m : pattern.in(p)) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        Long count = n.equals("a") || n.equals("an") ? Long.valueOf(1) : RelativeDates.count(n);
        if (count == null) {
          continue;
        }
        BigDecimal fraction = m.group("f").equalsIgnoreCase("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
        add(p, found, m, BigDecimal.valueOf(count).add(fraction), "duration-fraction");
      }
    }
    for (Matcher m : WEEKENDS.in(p)) {
      Long count = RelativeDates.count(m.group("n").toLowerCase(Locale.ROOT));
      if (count != null && count > 1) {
        found.add(p.temporal(m.start(), m.end(), ExpressionType.DURATION, "P" + count + "WE", "duration-weekends"));
      }
    }
    for (Matcher m : ALL.in(p)) {
      found.add(p.temporal(m.start(), m.end(), ExpressionType.DURATION,
          Durations.timex(1, m.group("unit").toLowerCase(Locale.ROOT)), "duration-all"));
    }
    for (Matcher m : FORTNIGHT.in(p)) {
      Expression e = fortnight(p, m);
      if (e != null) {
        found.add(e);
      }
    }
    return found;
  }

  private static void add(Passage p, List<Expression> found, Matcher m, BigDecimal count, String rule) {
    String unit = RelativeDates.singular(m.group("unit").toLowerCase(Locale.ROOT));
    BigDecimal n = unit.equals("decade") ? count.multiply(BigDecimal.TEN) : count;
    if (m.group("ago") != null) {
      if (!unit.equals("hour")) {
        found.add(ago(p, m, n, unit, rule));
      }
      return;
    }
    String written = n.stripTrailingZeros().toPlainString();
    String value = switch (unit) {
      case "hour" -> "PT" + written + "H";
      case "decade" -> "P" + written + "Y";
      default -> "P" + written + unit.substring(0, 1).toUpperCase(Locale.ROOT);
    };
    found.add(p.temporal(m.start(), m.end(), ExpressionType.DURATION, value, rule));
  }

  /** "two and a half years ago": a month, the grain of the half; "3.5 days ago" a day. */
  private static Expression ago(Passage p, Matcher m, BigDecimal n, String unit, String rule) {
    boolean byMonth = unit.equals("year") || unit.equals("decade");
    if (!p.anchored()) {
      return p.unresolved(m.start(), m.end(), byMonth ? "XXXX-XX" : "XXXX-XX-XX", Passage.NO_REFERENCE);
    }
    String agoRule = "ago-" + rule.substring("duration-".length());
    if (byMonth) {
      long months = n.multiply(BigDecimal.valueOf(12)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
      java.time.YearMonth month = java.time.YearMonth.from(p.anchor()).minusMonths(months);
      return p.relative(m.start(), m.end(), Timex.month(month), Timex.monthInterval(month), agoRule);
    }
    BigDecimal perUnit = BigDecimal.valueOf(unit.equals("month") ? 30 : unit.equals("week") ? 7 : 1);
    long days = n.multiply(perUnit).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    LocalDate day = p.anchor().minusDays(days);
    return p.relative(m.start(), m.end(), day.toString(), DateInterval.day(day), agoRule);
  }

  private static @Nullable Expression fortnight(Passage p, Matcher m) {
    String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT).replace("the ", "");
    String in = m.group("in");
    if (rel == null) {
      String n = m.group("n").toLowerCase(Locale.ROOT);
      Long count = n.equals("a") ? Long.valueOf(1) : RelativeDates.count(n);
      if (count == null || count == 0) {
        return null;
      }
      int start = in == null ? m.start("n") : m.start();
      if (m.group("ago") != null && in == null) {
        if (!p.anchored()) {
          return p.unresolved(start, m.end(), "XXXX-XX-XX", Passage.NO_REFERENCE);
        }
        LocalDate day = p.anchor().minusWeeks(2 * count);
        return p.relative(start, m.end(), day.toString(), DateInterval.day(day), "ago-fortnight");
      }
      if (in == null || !n.equals("a") && !n.equals("one") || m.group("ago") != null) {
        return p.temporal(m.start("n"), m.end(), ExpressionType.DURATION, "P" + 2 * count + "W", "duration-fortnight");
      }
      if (!p.anchored()) {
        return p.unresolved(start, m.end(), "XXXX-XX-XX", Passage.NO_REFERENCE);
      }
      LocalDate day = p.anchor().plusWeeks(2);
      return in.equalsIgnoreCase("in") ? p.relative(start, m.end(), day.toString(), DateInterval.day(day), "in-fortnight")
          : p.relative(start, m.end(), "(" + p.anchor() + "," + day + ",P2W)", new DateInterval(p.anchor(), day.plusDays(1)),
              "span-next-fortnight");
    }
    int start = m.start();
    if (!p.anchored()) {
      return p.unresolved(start, m.end(), "(XXXX-XX-XX,XXXX-XX-XX,P2W)", Passage.NO_REFERENCE);
    }
    LocalDate a = p.anchor();
    return rel.equals("next")
        ? p.relative(start, m.end(), "(" + a + "," + a.plusWeeks(2) + ",P2W)", new DateInterval(a, a.plusWeeks(2).plusDays(1)),
            "span-next-fortnight")
        : p.relative(start, m.end(), "(" + a.minusWeeks(2) + "," + a + ",P2W)", new DateInterval(a.minusWeeks(2), a.plusDays(1)),
            "span-past-fortnight");
  }
}
