package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.DAY;
import static dev.crosscheck.normalise.CalendarWords.MONTH;
import static dev.crosscheck.normalise.CalendarWords.WEEKDAY_SHORT;
import static dev.crosscheck.normalise.CalendarWords.YEAR;
import static dev.crosscheck.normalise.CalendarWords.YEAR_ANY;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates that name a day: "May 6, 2025", "6 May", "2025-05-06", "Tuesday (May 06)", "05/06/2025". A
 * missing year comes from the tense around the date, or from the weekday standing next to it.
 */
final class CalendarDates {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String WEEKDAY_LEAD =
      "(?:(?<wd>" + WEEKDAY_SHORT + ")(?<open>,?\\s{1,2}|\\s?\\(\\s?)(?:the\\s)?)?";
  /** ", 2025", " 2025", " of 1995" ("July 4th of 1995"; "of" only before digits, not "of two thousand people"). */
  private static final String YEAR_AFTER = "(?:(?:(?:\\s?,)?\\s|-(?=\\d{4}\\b))(?:of\\s(?=\\d)|in\\s(?=\\d{4}\\b))?(?<y>" + YEAR_ANY + "))?";
  private static final Gated MONTH_DAY = Gated.of("\\b" + WEEKDAY_LEAD + "(?<m>" + MONTH
      + ")(?:\\s{1,2}|\\s?[-/]\\s?)(?:the\\s)?(?<d>" + DAY + ")(?!\\s?(?:%|per\\b|percent))"
      + YEAR_AFTER, FLAGS, CalendarWords.WEEKDAY_SHORT_OPENERS.or(CalendarWords.MONTH_OPENERS));
  private static final Gated DAY_MONTH = Gated.of("\\b(?<![$£€]\\s?)" + WEEKDAY_LEAD + "(?<d>" + DAY
      + ")\\s(?:of\\s)?(?<m>" + MONTH + ")" + YEAR_AFTER, FLAGS,
      CalendarWords.WEEKDAY_SHORT_OPENERS.or(CalendarWords.DAY_OPENERS))
      .near(Reach.to(CalendarWords.MONTH_OPENERS).across(CalendarWords.WEEKDAY_SHORT_OPENERS.words())
          .across(CalendarWords.DAY_WORDS).across("the", "of").acrossDigits().acrossMarks("("));
  /**
   * "Oct2", "Dec31 , 1994": a month name glued to its day (a weekday before it is not read here); not
   * inside a path ("/news/mar07/" is March 2007) nor with a leading zero.
   */
  private static final String GLUED_MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
      + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final Gated GLUED = Gated.of("(?<![\\w/.])(?<wd>(?!))?(?<open>(?!))?(?<m>" + GLUED_MONTH
      + ")(?<d>3[01]|[12]\\d|[1-9])(?![\\w%/])" + YEAR_AFTER, FLAGS, Openers.wordsOf(GLUED_MONTH));
  private static final Gated ISO = Gated.of(
      "(?<![\\w./-])(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\w]|[-/.]\\d)", Openers.NUMERALS)
      .near(Reach.to(Openers.chars("-/.")).acrossDigits());
  private static final Gated NUMERIC = Gated.of(
      "(?<![\\w./-])(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2})|,(?=\\d{4}\\b)(?<y4>\\d{4}))(?![\\w]|[-/.]\\d)",
      Openers.NUMERALS).near(Reach.to(Openers.chars("-/.")).acrossDigits());
  private static final Gated TEXT_YEAR = Gated.of("(?<![\\w$£€.,])(?:19|20)\\d\\d(?![\\w%]|[.,]\\d)",
      Openers.NUMERALS);

  private CalendarDates() {}

  static List<Expression> find(Passage passage) {
    List<Expression> found = new ArrayList<>();
    named(passage, MONTH_DAY, found);
    named(passage, DAY_MONTH, found);
    named(passage, GLUED, found);
    numeric(passage, ISO, found, true);
    numeric(passage, NUMERIC, found, false);
    return found;
  }

  private static void named(Passage passage, Gated pattern, List<Expression> found) {
    for (Matcher m : pattern.in(passage)) {
      int end = m.end();
      if (m.group("open") != null && m.group("open").contains("(")) {
        if (end < passage.text().length() && passage.text().charAt(end) == ')') {
          end++;
        } else {
          continue;
        }
      }
      Integer year = m.group("y") == null ? null : CalendarWords.year(m.group("y"));
      DayOfWeek weekday = m.group("wd") == null ? null : CalendarWords.weekday(m.group("wd"));
      Expression e = resolve(passage, m.start(), end, CalendarWords.month(m.group("m")),
          CalendarWords.day(m.group("d")), year, weekday);
      if (e != null) {
        found.add(e);
      }
    }
  }

  private static void numeric(Passage passage, Gated pattern, List<Expression> found, boolean iso) {
    for (Matcher m : pattern.in(passage)) {
      int year;
      int month;
      int day;
      if (iso) {
        year = CalendarWords.year(m.group("y"));
        month = Integer.parseInt(m.group("m"));
        day = Integer.parseInt(m.group("d"));
      } else {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean dayFirst = a > 12;
        month = dayFirst ? b : a;
        day = dayFirst ? a : b;
        String y = m.group("y") != null ? m.group("y") : m.group("y4"); // "08/12,2015"
        year = y.length() == 4 ? Integer.parseInt(y) : twoDigitYear(Integer.parseInt(y));
      }
      Expression e = resolve(passage, m.start(), m.end(), month, day, year, null);
      if (e != null) {
        found.add(e);
      }
    }
  }

  /** Two-digit years: 00-49 are this century, 50-99 the last (Recognizers-Text does the same). */
  private static int twoDigitYear(int yy) {
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }

  private static @Nullable Expression resolve(Passage passage, int start, int end, int month, int day,
      @Nullable Integer year, @Nullable DayOfWeek weekday) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (year != null) {
      try {
        LocalDate date = LocalDate.of(year, month, day);
        String rule = weekday != null && date.getDayOfWeek() != weekday ? "date-weekday-mismatch" : "date";
        return passage.absolute(start, end, date.toString(), DateInterval.day(date), rule);
      } catch (DateTimeException e) {
        return null;
      }
    }
    if (day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    MonthDay monthDay = MonthDay.of(month, day);
    if (weekday != null) {
      Expression agreed = byWeekday(passage, start, end, monthDay, weekday);
      if (agreed != null) {
        return agreed;
      }
    }
    if (!passage.anchored()) {
      return passage.unresolved(start, end, String.format("XXXX-%02d-%02d", month, day), Passage.NO_REFERENCE);
    }
    Tense tense = passage.tense(start, end);
    LocalDate date = Timex.monthDay(monthDay, passage.anchor(), tense);
    if (date == null) {
      return null;
    }
    String rule = switch (tense) {
      case PAST -> "monthday-past";
      case FUTURE -> "monthday-future";
      default -> "monthday-nearest";
    };
    return passage.relative(start, end, date.toString(), DateInterval.day(date), rule);
  }

  /**
   * The year a weekday and a month-day agree on: with a reference, the agreeing year nearest to it
   * within a year either side; without one, the only agreeing year among the years the text names.
   */
  private static @Nullable Expression byWeekday(
      Passage passage, int start, int end, MonthDay monthDay, DayOfWeek weekday) {
    if (passage.anchored()) {
      LocalDate anchor = passage.anchor();
      LocalDate best = null;
      for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
        LocalDate candidate = Timex.valid(y, monthDay);
        if (candidate != null && candidate.getDayOfWeek() == weekday && (best == null
            || Math.abs(ChronoUnit.DAYS.between(anchor, candidate))
                < Math.abs(ChronoUnit.DAYS.between(anchor, best)))) {
          best = candidate;
        }
      }
      return best == null ? null
          : passage.relative(start, end, best.toString(), DateInterval.day(best), "weekday-date-agreement");
    }
    TreeSet<Integer> agreeing = new TreeSet<>();
    for (Matcher years : TEXT_YEAR.in(passage)) {
      int y = Integer.parseInt(years.group());
      LocalDate candidate = Timex.valid(y, monthDay);
      if (candidate != null && candidate.getDayOfWeek() == weekday) {
        agreeing.add(y);
      }
    }
    if (agreeing.size() != 1) {
      return passage.unresolved(start, end,
          String.format("XXXX-%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth()),
          agreeing.isEmpty() ? Passage.NO_REFERENCE : "unresolved-weekday-fits-several-years");
    }
    LocalDate date = monthDay.atYear(agreeing.first());
    return new Expression(passage.text().substring(start, end), start, end, ExpressionType.DATE,
        date.toString(), DateInterval.day(date), null, null,
        new Trace("weekday-date-agreement", "year " + agreeing.first() + " named in the text"));
  }
}
