package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.DAY;
import static dev.crosscheck.normalise.CalendarWords.MONTH;
import static dev.crosscheck.normalise.CalendarWords.WEEKDAY_SHORT;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates that name a day without its month, and numeric dates without a year: "on the 27th", "Thursday
 * the 21st", "the 20th of next month", "4/22", "11/2016". The month comes from the reference date and
 * the tense, as for a month-day without a year.
 */
final class DayDates {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String NOT_A_MONTH_AFTER = "(?!\\s?,?\\s?(?:of\\s)?" + MONTH + ")";
  private static final String ORDINAL = "(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b|" + DAY + ")";
  /** "Thursday the 21st", "Tuesday 19th": the weekday picks the month. */
  private static final Gated WEEKDAY_DAY = Gated.of("\\b(?<wd>" + WEEKDAY_SHORT + ")\\s(?:the\\s(?<d>"
      + DAY + ")|(?<d2>(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b))" + NOT_A_MONTH_AFTER, FLAGS,
          CalendarWords.WEEKDAY_SHORT_OPENERS);
  /** "on the 27th", "for the 27", "the week of the 18th": a preposition and "the" make a bare day a date. */
  private static final Gated THE_DAY = Gated.of("\\b(?:on|for|by|until|till|since|from|before|after|week\\sof)\\s"
      + "(?<the>the\\s(?<d>" + DAY + "))" + NOT_A_MONTH_AFTER, FLAGS, Openers.words("on", "for", "by", "until",
          "till", "since", "from", "before", "after", "week"))
      .near(Reach.to(CalendarWords.DAY_OPENERS).across("on", "for", "by", "until", "till", "since", "from", "before",
          "after", "week", "of", "the"));
  /** Words that may follow a bare "the 27th" date; any other word makes it an ordinal ("the 21st century"). */
  private static final Pattern AFTER_DAY = Pattern.compile("\\A(?:\\s*\\z|\\s?(?:[,;:!?)]|\\.(?!\\d))|\\s(?:of|and|or|at|in|when"
      + "|to|till|until|through|because|but|with|as|after|before|we|i|he|she|they)\\b)", FLAGS);
  private static final Gated DAY_OF_MONTH = Gated.of("\\b(?:the\\s)?(?<d>" + ORDINAL + ")(?:\\sday)?(?:\\sof|(?<=\\d(?:st|nd|rd|th)))\\s" // "the 21st this month", not "the third this month"
      + "(?:the\\s)?(?<rel>this|next|last|previous|current|coming)\\smonth\\b", FLAGS,
      CalendarWords.DAY_OPENERS.or("the"))
      .requiring(Openers.words("month"));
  /** What follows a fraction, not a date: "1/2 liter", "3 1/2-inch", "1/4 inch/year", "2 1/2 years". */
  private static final String FRACTION_UNIT = "[\\s-]?(?:inch(?:es)?|feet|foot|ft|miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?"
      + "|yards?|cups?|lit(?:er|re)s?|gallons?|pounds?|lbs?|ounces?|oz|kg|tons?|tonnes?|hours?|hrs?|minutes?|mins?"
      + "|seconds?|days?|weeks?|months?|years?|quarters?|innings|laps?|points?|percent|per\\s?cent|times|stars?)\\b";
  /**
   * "4/22", "22/04": month first unless the first number cannot be a month. Not "1/5 of", "3 1/2", "1/2 liter",
   * "odds of 2/1" (fractions and odds), nor the idiom "24/7" (all the time).
   */
  private static final Gated SLASH = Gated.of(
      "(?<![\\w./-])(?<!\\d\\s)(?<!odds\\s)(?<!odds\\sof\\s)(?!24/7\\b)(?<a>\\d{1,2})/(?<b>\\d{1,2})"
      + "(?![\\w]|[/.,-]\\d|\\s?(?:of|th)\\b|" + FRACTION_UNIT + ")", Pattern.CASE_INSENSITIVE, Openers.NUMERALS)
      .near(Reach.to(Openers.chars("/")).acrossDigits());
  /** "11/2016", "2016/11", "2016-11": a month of a year (not "the 2010-11 season"). */
  private static final Gated YEAR_MONTH = Gated.of("(?<![\\w./-])(?:(?<y>(?:19|20)\\d\\d)(?<sep>[-/])"
      + "(?<m>0?[1-9]|1[0-2])|(?<m2>0?[1-9]|1[0-2])/(?<y2>(?:19|20)\\d\\d))(?![\\w]|[/.-]\\d|\\s(?:season|campaign"
      + "|school|academic|fiscal|financial|budget|term|session|period)\\b)", FLAGS, Openers.NUMERALS)
      .near(Reach.to(Openers.chars("-/")).acrossDigits());
  /**
   * "2016 - 11", "11-2016", "11 / 2016": looser separators only where nothing follows but punctuation or the
   * end ("in 2015 - 12 people died" is no month).
   */
  private static final Gated YEAR_MONTH_LOOSE = Gated.of("(?<![\\w./-])(?:(?<y>(?:19|20)\\d\\d) ?[-/] ?"
      + "(?<m>0?[1-9]|1[0-2])|(?<m2>0?[1-9]|1[0-2]) ?[-/] ?(?<y2>(?:19|20)\\d\\d))(?!\\s*[\\w$%£€-]|[/.,]\\d)", FLAGS,
      Openers.NUMERALS).near(Reach.to(Openers.chars("-/")).acrossDigits());

  /** "2019-sep-1", "31/Oct/1974", "05-aug-2016", "16. Nov. 2016": a month name between numbers. */
  private static final Gated NAMED_NUMERIC = Gated.of("(?<![\\w./-])(?:(?<y>\\d{4})(?<s1>[-/])(?<m>" + MONTH
      + ")\\k<s1>(?<d>\\d{1,2})|(?<d2>\\d{1,2})(?<s2>[-/])(?<m2>" + MONTH + ")\\k<s2>(?<y2>\\d{4}|\\d{2})"
      + "|(?<d3>\\d{1,2})\\.\\s(?<m3>" + MONTH + ")\\s(?<y3>" + CalendarWords.YEAR + "))(?![\\w]|[-/.]\\d)", FLAGS,
      Openers.NUMERALS).near(Reach.to(CalendarWords.MONTH_OPENERS).acrossDigits().acrossMarks("/"));

  private DayDates() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    weekdayDays(p, found);
    theDays(p, found);
    daysOfMonth(p, found);
    slashes(p, found);
    yearMonths(p, found);
    namedNumeric(p, found);
    return found;
  }

  private static void weekdayDays(Passage p, List<Expression> found) {
    for (Matcher m : WEEKDAY_DAY.in(p)) {
      int day = CalendarWords.day(m.group("d") != null ? m.group("d") : m.group("d2"));
      DayOfWeek weekday = CalendarWords.weekday(m.group("wd"));
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), String.format("XXXX-XX-%02d", day), Passage.NO_REFERENCE));
        continue;
      }
      LocalDate best = null;
      YearMonth here = YearMonth.from(p.anchor());
      Tense tense = p.tense(m.start(), m.end());
      for (int k = -12; k <= 12; k++) {
        YearMonth ym = here.plusMonths(k);
        if (day <= ym.lengthOfMonth() && (tense == Tense.FUTURE && ym.atDay(day).isBefore(p.anchor())
            || tense == Tense.PAST && ym.atDay(day).isAfter(p.anchor()))) {
          continue; // "we will meet Thu 15th" is the coming one, "met on Thursday the 15th" the last
        }
        if (day <= ym.lengthOfMonth() && ym.atDay(day).getDayOfWeek() == weekday && (best == null
            || Math.abs(ChronoUnit.DAYS.between(p.anchor(), ym.atDay(day)))
                < Math.abs(ChronoUnit.DAYS.between(p.anchor(), best)))) {
          best = ym.atDay(day);
        }
      }
      if (best != null) {
        found.add(p.relative(m.start(), m.end(), best.toString(), DateInterval.day(best), "weekday-day-agreement"));
      }
    }
  }

  private static void theDays(Passage p, List<Expression> found) {
    for (Matcher m : THE_DAY.in(p)) {
      String written = m.group("d");
      boolean ordinal = !Character.isDigit(written.charAt(written.length() - 1));
      String after = p.text().substring(m.end(), Math.min(p.text().length(), m.end() + 20));
      if (!AFTER_DAY.matcher(after).find() || !ordinal && !after.matches("(?s)\\A(?:\\s*\\z|\\s?(?:[,;:!?)]|\\.(?!\\d)).*)")) {
        continue; // "on the 27 members" is a count, "the 21st century" an ordinal, "by the 7.6 quake" a decimal
      }
      found.add(inMonth(p, m.start("the"), m.end(), CalendarWords.day(written), null));
    }
  }

  private static void daysOfMonth(Passage p, List<Expression> found) {
    for (Matcher m : DAY_OF_MONTH.in(p)) {
      int offset = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
        case "next", "coming" -> 1;
        case "last", "previous" -> -1;
        default -> 0;
      };
      found.add(inMonth(p, m.start(), m.end(), CalendarWords.day(m.group("d")), offset));
    }
  }

  /**
   * A day of an unnamed month: of the month {@code offset} from the reference when given, else the
   * occurrence the tense points to (the latest on or before the reference in a past sentence).
   */
  private static Expression inMonth(Passage p, int start, int end, int day, @Nullable Integer offset) {
    if (!p.anchored()) {
      return p.unresolved(start, end, String.format("XXXX-XX-%02d", day), Passage.NO_REFERENCE);
    }
    YearMonth here = YearMonth.from(p.anchor());
    if (offset != null) {
      YearMonth ym = here.plusMonths(offset);
      if (day > ym.lengthOfMonth()) {
        return p.unresolved(start, end, ym + String.format("-%02d", day), "unresolved-no-such-day");
      }
      return p.relative(start, end, ym.atDay(day).toString(), DateInterval.day(ym.atDay(day)), "day-of-month");
    }
    Tense tense = p.tense(start, end);
    LocalDate best = null;
    for (int k = -1; k <= 1; k++) {
      YearMonth ym = here.plusMonths(k);
      if (day > ym.lengthOfMonth()) {
        continue;
      }
      LocalDate c = ym.atDay(day);
      boolean fits = switch (tense) {
        case PAST -> !c.isAfter(p.anchor()) && (best == null || c.isAfter(best));
        case FUTURE -> !c.isBefore(p.anchor()) && (best == null || c.isBefore(best));
        default -> best == null || Math.abs(ChronoUnit.DAYS.between(p.anchor(), c))
            < Math.abs(ChronoUnit.DAYS.between(p.anchor(), best));
      };
      if (fits) {
        best = c;
      }
    }
    if (best == null) {
      return p.unresolved(start, end, String.format("XXXX-XX-%02d", day), "unresolved-no-such-day");
    }
    String rule = switch (tense) {
      case PAST -> "day-past";
      case FUTURE -> "day-future";
      default -> "day-nearest";
    };
    return p.relative(start, end, best.toString(), DateInterval.day(best), rule);
  }

  private static void slashes(Passage p, List<Expression> found) {
    for (Matcher m : SLASH.in(p)) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      int month = a > 12 ? b : a;
      int day = a > 12 ? a : b;
      if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
        continue;
      }
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), String.format("XXXX-%02d-%02d", month, day), Passage.NO_REFERENCE));
        continue;
      }
      Tense tense = p.tense(m.start(), m.end());
      LocalDate date = Timex.monthDay(java.time.MonthDay.of(month, day), p.anchor(), tense);
      if (date != null) {
        found.add(p.relative(m.start(), m.end(), date.toString(), DateInterval.day(date),
            "numeric-monthday-" + (tense == Tense.PAST ? "past" : tense == Tense.FUTURE ? "future" : "nearest")));
      }
    }
  }

  private static void namedNumeric(Passage p, List<Expression> found) {
    for (Matcher m : NAMED_NUMERIC.in(p)) {
      String g = m.group("y") != null ? "" : m.group("y2") != null ? "2" : "3";
      String y = m.group("y" + g);
      int year = y.length() == 2 ? (Integer.parseInt(y) < 50 ? 2000 : 1900) + Integer.parseInt(y) : Integer.parseInt(y);
      int month = CalendarWords.month(m.group("m" + g));
      int day = Integer.parseInt(m.group("d" + g));
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        continue;
      }
      LocalDate date = LocalDate.of(year, month, day);
      found.add(p.absolute(m.start(), m.end(), date.toString(), DateInterval.day(date), "date"));
    }
  }

  private static void yearMonths(Passage p, List<Expression> found) {
    for (Matcher m : YEAR_MONTH.in(p)) {
      found.add(yearMonth(p, m));
    }
    for (Matcher m : YEAR_MONTH_LOOSE.in(p)) {
      found.add(yearMonth(p, m));
    }
  }

  private static Expression yearMonth(Passage p, Matcher m) {
    boolean yearFirst = m.group("y") != null;
    YearMonth ym = YearMonth.of(Integer.parseInt(yearFirst ? m.group("y") : m.group("y2")),
        Integer.parseInt(yearFirst ? m.group("m") : m.group("m2")));
    return p.absolute(m.start(), m.end(), Timex.month(ym), Timex.monthInterval(ym), "numeric-month");
  }
}
