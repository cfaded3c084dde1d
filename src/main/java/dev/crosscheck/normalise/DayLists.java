package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.MONTH;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Days listed with one month: "on 18 and 19 June", "18, 19 and 20 June", "June 18 and 19". Each listed
 * day is a date in the month named once (the day that carries the month is read as usual), so "18" is
 * June 18, not a count of 18. The days are a list, not a range: "18 and 20 June" says nothing of the 19th.
 */
final class DayLists {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)\\b";
  /** "18, 19 and 20 June 2018": the listed days before the one that carries the month. */
  private static final Gated BEFORE_MONTH = Gated.of("(?<![\\w$£€.,/:-])(?<days>" + DAY + "(?:,\\s?" + DAY + "){0,5}),?\\s(?:and|&)\\s"
      + DAY + "\\s(?:of\\s)?(?<m>" + MONTH + ")(?:,?\\s(?<y>" + YEAR + "))?", FLAGS, Openers.NUMERALS);
  /** "June 18 and 19", "June 18, 19 and 20, 2018": the days after the one that carries the month. */
  private static final Gated AFTER_MONTH = Gated.of("\\b(?<m>" + MONTH + ")\\s" + DAY + "(?<days>(?:,\\s?" + DAY
      + "){0,5},?\\s(?:and|&)\\s" + DAY + ")(?![\\w%$£€-]|[.,:]\\d)(?:,?\\s(?<y>" + YEAR + "))?(?=\\s?(?:[.,;:!?)]|$)|\\s(?:and|when"
      + "|to|in|at|after|before|that|which|but|or|as|for|with|by|from|until)\\b)", FLAGS, CalendarWords.MONTH_OPENERS);
  private static final Pattern DAY_AT = Pattern.compile(DAY);

  private DayLists() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : BEFORE_MONTH.in(p)) {
      listed(p, m, m.start("days"), m.end("days"), found);
    }
    for (Matcher m : AFTER_MONTH.in(p)) {
      listed(p, m, m.start("days"), m.end("days"), found);
    }
    return found;
  }

  private static void listed(Passage p, Matcher m, int from, int to, List<Expression> found) {
    String name = m.group("m");
    if (!Character.isUpperCase(name.charAt(0))) {
      return; // "18 and 19 may" is a verb as often
    }
    int month = CalendarWords.month(name);
    Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
    Matcher d = DAY_AT.matcher(p.text()).region(from, to);
    while (d.find()) {
      int day = Integer.parseInt(d.group().replaceAll("\\D", ""));
      Expression e = day(p, d.start(), d.end(), month, day, year, m.start(), m.end());
      if (e != null) {
        found.add(e);
      }
    }
  }

  private static @Nullable Expression day(Passage p, int start, int end, int month, int day, @Nullable Integer year,
      int listStart, int listEnd) {
    if (!YearMonth.of(2000, month).isValidDay(day)) {
      return null;
    }
    if (year != null) {
      if (!YearMonth.of(year, month).isValidDay(day)) {
        return null;
      }
      LocalDate date = LocalDate.of(year, month, day);
      return p.absolute(start, end, date.toString(), DateInterval.day(date), "day-in-list");
    }
    if (!p.anchored()) {
      return p.unresolved(start, end, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), Passage.NO_REFERENCE);
    }
    LocalDate date = Timex.monthDay(MonthDay.of(month, day), p.anchor(), p.tense(listStart, listEnd));
    return date == null ? null : p.relative(start, end, date.toString(), DateInterval.day(date), "day-in-list");
  }
}
