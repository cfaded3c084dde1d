package dev.crosscheck.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday written next to the day it names, "Friday 5/12", "this Friday, May 12", "Jul 18, Fri", is
 * one date: the day's. Found apart, the weekday would resolve on its own and claim a second day. "the
 * week of October 6th" is likewise one expression: the ISO week holding that day.
 */
final class WeekdayDates {
  private static final Pattern GAP = Pattern.compile("\\A,?\\s{1,2}\\z");
  private static final Pattern WEEK_OF = Pattern.compile("(?:\\bthe\\s)?\\bweek\\sof\\s(?:the\\s)?\\z",
      Pattern.CASE_INSENSITIVE);

  private WeekdayDates() {}

  static List<Expression> join(String text, List<Expression> sorted) {
    List<Expression> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Expression a = sorted.get(i);
      if (i + 1 < sorted.size()) {
        Expression b = sorted.get(i + 1);
        Expression joined = isWeekday(a) && isDay(b) ? joined(text, a, b, b)
            : isDay(a) && isWeekday(b) ? joined(text, a, b, a) : null;
        if (joined != null) {
          out.add(joined);
          i++;
          continue;
        }
      }
      out.add(weekOf(text, a));
    }
    return out;
  }

  /** "the week of October 6th" is the ISO week holding that day. */
  private static Expression weekOf(String text, Expression e) {
    if (!isDay(e) || !(e.interval() instanceof DateInterval d) || d.start() == null) {
      return e;
    }
    int from = Math.max(0, e.start() - 16);
    Matcher m = WEEK_OF.matcher(text.substring(from, e.start()));
    if (!m.find()) {
      return e;
    }
    int start = from + m.start();
    return new Expression(text.substring(start, e.end()), start, e.end(), ExpressionType.DATE, Timex.week(d.start()),
        Timex.weekInterval(d.start()), null, null, new Trace("week-of+" + e.trace().rule(), e.trace().anchor()));
  }

  private static boolean isWeekday(Expression e) {
    return e.type() == ExpressionType.DATE && e.trace().rule().startsWith("weekday-")
        && !e.trace().rule().equals("weekday-date-agreement");
  }

  private static boolean isDay(Expression e) {
    return e.type() == ExpressionType.DATE && e.value().length() == 10 && !e.trace().rule().startsWith("weekday-")
        && e.value().matches("(?:\\d{4}|XXXX)-\\d\\d-\\d\\d");
  }

  private static @org.jspecify.annotations.Nullable Expression joined(String text, Expression a, Expression b, Expression day) {
    if (!GAP.matcher(text.substring(a.end(), b.start())).find()) {
      return null;
    }
    String rule = day.trace().rule() + "+weekday";
    if (day.interval() instanceof DateInterval d && d.start() != null && a.interval() instanceof DateInterval w
        && w.start() != null && !d.start().getDayOfWeek().equals(w.start().getDayOfWeek())) {
      rule = day.trace().rule() + "+weekday-mismatch"; // kept, and said: the text contradicts itself
    }
    return new Expression(text.substring(a.start(), b.end()), a.start(), b.end(), ExpressionType.DATE, day.value(),
        day.interval(), null, null, new Trace(rule, day.trace().anchor()));
  }
}
