package dev.crosscheck.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A length of time that starts on a day found in the text: "for 1 week, from 20th dec", "a week starting
 * tomorrow", "3 days starting from next Monday", and a week named by its first day: "the week starting
 * February 4", "the week commencing 4 February", "w/c Feb 4". Each is written as Recognizers-Text writes
 * a range, "(2020-02-04,2020-02-11,P1W)", with the interval [first day, first day + length).
 */
final class SpanJoins {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final int LOOKBACK = 64;
  /** A bound word DateBounds already took into the date's span ("starting from next Monday"). */
  private static final Pattern BOUND_WORD = Pattern.compile(
      "\\A(?:starting|beginning)(?:\\s(?:on|from|in))?\\s", FLAGS);
  private static final String STARTING = "(?:starting|beginning|commencing)(?:\\s(?:on|from))?";
  private static final Pattern WEEK = Pattern.compile("(?:\\b(?:the\\s)?week\\s" + STARTING + "\\s|\\bw/c\\s)\\z", FLAGS);
  private static final Pattern WEEK_BEFORE_BOUND = Pattern.compile("\\b(?:the\\s)?week\\s\\z", FLAGS);
  private static final String COUNTED = "\\b(?<for>for\\s)?(?<n>" + NumberWords.NUMBER
      + "|an?)\\s(?<unit>days?|weeks?|months?|years?)";
  private static final Pattern LENGTH = Pattern.compile(COUNTED + ",?\\s(?:" + STARTING + "|(?<from>from))\\s\\z", FLAGS);
  private static final Pattern LENGTH_BEFORE_BOUND = Pattern.compile(COUNTED + ",?\\s\\z", FLAGS);
  /** The last word of LENGTH and WEEK ("w/c" ends in "c"). */
  private static final Set<String> STARTING_ENDS = Set.of("starting", "beginning", "commencing", "on", "from", "c");
  /** The last word of LENGTH_BEFORE_BOUND and WEEK_BEFORE_BOUND (a comma may follow it). */
  private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

  private SpanJoins() {}

  static List<Expression> apply(String text, List<Expression> sorted) {
    List<Expression> out = new ArrayList<>(sorted.size());
    for (Expression e : sorted) {
      Expression joined = e.type() == ExpressionType.DATE && DAY.matcher(e.value()).matches()
          && e.interval() instanceof DateInterval d && d.start() != null ? joined(text, e, d.start()) : null;
      while (joined != null && !out.isEmpty() && out.get(out.size() - 1).end() > joined.start()) {
        out.remove(out.size() - 1); // "1 week" was read as a duration; the span replaces it
      }
      out.add(joined == null ? e : joined);
    }
    return out;
  }

  private static @Nullable Expression joined(String text, Expression e, LocalDate first) {
    Matcher bound = BOUND_WORD.matcher(e.text());
    boolean wasBound = bound.find();
    int core = e.start() + (wasBound ? bound.end() : 0);
    boolean mayJoin = wasBound ? Offsets.wordBefore(text, e.start(), UNITS, true)
        : Offsets.wordBefore(text, core, STARTING_ENDS, false);
    if (!mayJoin) {
      return null; // the patterns below end in one of these words and a space
    }
    int from = Math.max(0, core - LOOKBACK);
    String before = text.substring(from, wasBound ? e.start() : core);
    Matcher length = (wasBound ? LENGTH_BEFORE_BOUND : LENGTH).matcher(before);
    if (!length.find()) {
      Matcher week = (wasBound ? WEEK_BEFORE_BOUND : WEEK).matcher(before);
      return week.find() ? span(text, e, from + week.start(), first, 1, "week", "week-starting") : null;
    }
    if (!wasBound && length.group("from") != null && length.group("for") == null) {
      return null; // "3 days from the 20th" without "for" is an offset, not a span
    }
    Long n = RelativeDates.count(length.group("n"));
    if (n == null || n < 1) {
      return null;
    }
    return span(text, e, from + length.start(), first, n, RelativeDates.singular(length.group("unit")), "span-from-day");
  }

  private static Expression span(String text, Expression e, int start, LocalDate first, long n, String unit,
      String rule) {
    LocalDate end = RelativeDates.shift(first, unit, n);
    String value = "(" + first + "," + end + "," + Durations.timex(n, unit) + ")";
    return new Expression(text.substring(start, e.end()), start, e.end(), ExpressionType.DATE, value,
        new DateInterval(first, end), null, null, new Trace(rule + "+" + e.trace().rule().replace("+since", ""), e.trace().anchor()));
  }
}
