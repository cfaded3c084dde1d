package dev.crosscheck.normalise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** TIMEX3 values and their day intervals, one calendar grain at a time. */
final class Timex {
  private Timex() {}

  static String year(int year) {
    if (year >= 1000 && year <= 9999) {
      return Integer.toString(year); // what the format gives, without parsing it for every year in a text
    }
    return String.format(Locale.ROOT, "%04d", year);
  }

  static DateInterval yearInterval(int year) {
    return new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  static String month(YearMonth month) {
    return month.toString();
  }

  static DateInterval monthInterval(YearMonth month) {
    return new DateInterval(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  static String week(LocalDate day) {
    return String.format(Locale.ROOT, "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static DateInterval weekInterval(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DateInterval(monday, monday.plusDays(7));
  }

  /** Meteorological seasons of the northern hemisphere; winter runs into the next year. */
  static DateInterval seasonInterval(int year, String code) {
    int firstMonth = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    LocalDate start = LocalDate.of(year, firstMonth, 1);
    return new DateInterval(start, start.plusMonths(3));
  }

  /** "early" is the first third of the interval, "mid" the middle third, "late" the last third. */
  static DateInterval part(DateInterval whole, String part) {
    LocalDate start = whole.start();
    LocalDate end = whole.end();
    if (start == null || end == null) {
      return whole;
    }
    long days = ChronoUnit.DAYS.between(start, end);
    long third = Math.max(1, days / 3);
    return switch (part) {
      case "early" -> new DateInterval(start, start.plusDays(third));
      case "mid" -> new DateInterval(start.plusDays(third), end.minusDays(third));
      case "late" -> new DateInterval(end.minusDays(third), end);
      default -> whole;
    };
  }

  /** The occurrence of a month-day the tense points to: past ones on or before the anchor, and so on. */
  static @Nullable LocalDate monthDay(MonthDay monthDay, LocalDate anchor, Tense tense) {
    LocalDate same = valid(anchor.getYear(), monthDay);
    LocalDate before = valid(anchor.getYear() - 1, monthDay);
    LocalDate after = valid(anchor.getYear() + 1, monthDay);
    return switch (tense) {
      case PAST -> same != null && !same.isAfter(anchor) ? same : before;
      case FUTURE -> same != null && !same.isBefore(anchor) ? same : after;
      default -> nearest(anchor, before, same, after);
    };
  }

  /** The month a bare month name means: past ones up to the anchor's month, unknown ones in its year. */
  static YearMonth month(int month, LocalDate anchor, Tense tense) {
    YearMonth same = YearMonth.of(anchor.getYear(), month);
    YearMonth now = YearMonth.from(anchor);
    return switch (tense) {
      case PAST -> same.isAfter(now) ? same.minusYears(1) : same;
      case FUTURE -> same.isBefore(now) ? same.plusYears(1) : same;
      default -> same;
    };
  }

  static @Nullable LocalDate valid(int year, MonthDay monthDay) {
    return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
  }

  private static @Nullable LocalDate nearest(LocalDate anchor, @Nullable LocalDate... candidates) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (LocalDate c : candidates) {
      if (c == null) {
        continue;
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(anchor, c));
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }
}
