package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.MONTH;
import static dev.crosscheck.normalise.CalendarWords.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Weeks named by their place: "the first week of October 2014", "the last week of 2015", "the third
 * last week of 2018", "the second week of next month". A week of a month is one of its full Monday-to-
 * Sunday weeks (the first starts on its first Monday); a week of a year is its ISO week. Values are ISO
 * weeks ("2014-W41").
 */
final class WeeksOf {
  private static final Gated WEEK_OF = Gated.of("\\b(?:the\\s)?(?<ord>first|second|third|fourth|fifth|1st|2nd"
      + "|3rd|4th|5th)?\\s?(?<last>last\\s)?week\\s(?:of|in)\\s(?:(?<m>" + MONTH + ")(?:,?\\s(?<y>" + CalendarWords.YEAR_ANY + "))?"
      + "|(?<y2>" + CalendarWords.YEAR_ANY + ")|(?:the\\s)?(?<rel>this|next|last|current)\\s(?<unit>month|year))", Pattern.CASE_INSENSITIVE,
      Openers.words("the", "first", "second", "third", "fourth", "fifth", "last",
          "week").or(Openers.NUMERALS).orSpaceBefore("last", "week"))
      .near(Reach.to(Openers.words("week", "stweek", "ndweek", "rdweek", "thweek")) // "1stweek": \\s? may be empty
          .across("the", "first", "second", "third", "fourth", "fifth", "last", "st", "nd", "rd", "th").acrossDigits());

  private WeeksOf() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : WEEK_OF.in(p)) {
      if (m.group("ord") == null && m.group("last") == null) {
        continue; // "week of October 6" is CalendarDates' date; only numbered weeks here
      }
      int n = m.group("ord") == null ? 1 : nth(m.group("ord"));
      boolean fromEnd = m.group("last") != null;
      boolean ofYear = m.group("y2") != null || "year".equalsIgnoreCase(m.group("unit"));
      LocalDate monday = ofYear ? inYear(p, m, n, fromEnd) : inMonth(p, m, n, fromEnd);
      if (monday == null) {
        continue;
      }
      String value = String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
          monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      DateInterval interval = new DateInterval(monday, monday.plusDays(7));
      boolean named = m.group("y") != null || m.group("y2") != null;
      found.add(named ? p.absolute(m.start(), m.end(), value, interval, "week-of")
          : p.relative(m.start(), m.end(), value, interval, "week-of"));
    }
    return found;
  }

  private static int nth(String ord) {
    return switch (ord.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      default -> 5;
    };
  }

  private static @Nullable LocalDate inYear(Passage p, Matcher m, int n, boolean fromEnd) {
    int year;
    if (m.group("y2") != null) {
      year = CalendarWords.year(m.group("y2"));
    } else if (p.anchored()) {
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      year = p.anchor().getYear() + (rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
    } else {
      return null;
    }
    LocalDate firstMonday = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate lastMonday = LocalDate.of(year, 12, 28).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return fromEnd ? lastMonday.minusWeeks(n - 1L) : firstMonday.plusWeeks(n - 1L);
  }

  private static @Nullable LocalDate inMonth(Passage p, Matcher m, int n, boolean fromEnd) {
    YearMonth month;
    if (m.group("y") != null) {
      month = YearMonth.of(CalendarWords.year(m.group("y")), CalendarWords.month(m.group("m")));
    } else if (!p.anchored()) {
      return null;
    } else if (m.group("m") != null) {
      month = Timex.month(CalendarWords.month(m.group("m")), p.anchor(), p.tense(m.start(), m.end()));
    } else {
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      month = YearMonth.from(p.anchor()).plusMonths(rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
    }
    LocalDate monday = fromEnd
        ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6).minusWeeks(n - 1L)
        : month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
    return YearMonth.from(monday).equals(month) ? monday : null;
  }
}
