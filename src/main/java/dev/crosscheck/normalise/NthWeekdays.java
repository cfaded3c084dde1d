package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.MONTH;
import static dev.crosscheck.normalise.CalendarWords.WEEKDAY;
import static dev.crosscheck.normalise.CalendarWords.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The nth weekday or day of a month: "the first Monday of October", "the last Friday in March 2014",
 * "the second Monday of next month", "the second last Friday of May", "the last day of October 2015",
 * "the third day of October". A month without a year is read like a bare month (by tense).
 */
final class NthWeekdays {
  private static final Gated NTH = Gated.of("\\b(?:the\\s)?(?<ord>first|second|third|fourth|fifth|last|1st"
      + "|2nd|3rd|4th|5th)\\s(?<fromEnd>last\\s)?(?<wd>" + WEEKDAY + "|day\\b)\\s(?:of|in)\\s(?:(?<m>" + MONTH + ")(?:,?\\s(?<y>" + YEAR + "))?"
      + "|(?:the\\s)?(?:(?<rel>this|next|last|previous|current|coming)\\s)?month\\b)", Pattern.CASE_INSENSITIVE,
      Openers.words("the", "first", "second", "third", "fourth", "fifth", "last").or(Openers.NUMERALS))
      .near(Reach.to(Openers.wordsOf(WEEKDAY).or("day"))
          .across("the", "first", "second", "third", "fourth", "fifth", "last", "st", "nd", "rd", "th").acrossDigits());

  private NthWeekdays() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : NTH.in(p)) {
      String ord = m.group("ord").toLowerCase(Locale.ROOT);
      int n = ord.equals("last") ? -1 : nth(ord);
      if (m.group("fromEnd") != null) {
        n = ord.equals("last") ? 0 : -n; // "the second last Friday of May"; "last last" is no count
      }
      if (n == 0) {
        continue;
      }
      boolean anyDay = m.group("wd").equalsIgnoreCase("day");
      YearMonth month = month(p, m);
      if (anyDay) {
        if (month != null && Math.abs(n) <= month.lengthOfMonth()) {
          LocalDate date = n > 0 ? month.atDay(n) : month.atEndOfMonth().plusDays(n + 1L);
          found.add(m.group("y") != null ? p.absolute(m.start(), m.end(), date.toString(), DateInterval.day(date), "nth-day")
              : p.relative(m.start(), m.end(), date.toString(), DateInterval.day(date), "nth-day"));
        }
        continue;
      }
      DayOfWeek weekday = CalendarWords.weekday(m.group("wd"));
      if (month == null) {
        String mm = m.group("m") == null ? "XX" : String.format("%02d", CalendarWords.month(m.group("m")));
        found.add(p.unresolved(m.start(), m.end(), "XXXX-" + mm + "-WXX-" + weekday.getValue() + "-#" + n,
            Passage.NO_REFERENCE));
        continue;
      }
      LocalDate date = n < 0 ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekday)).plusWeeks(n + 1L)
          : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
      if (!YearMonth.from(date).equals(month)) {
        continue; // no fifth Friday this month
      }
      boolean named = m.group("y") != null;
      found.add(named ? p.absolute(m.start(), m.end(), date.toString(), DateInterval.day(date), "nth-weekday")
          : p.relative(m.start(), m.end(), date.toString(), DateInterval.day(date), "nth-weekday"));
    }
    return found;
  }

  private static int nth(String ord) {
    return switch (ord) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      default -> 5;
    };
  }

  private static @Nullable YearMonth month(Passage p, Matcher m) {
    if (m.group("y") != null) {
      return YearMonth.of(CalendarWords.year(m.group("y")), CalendarWords.month(m.group("m")));
    }
    if (!p.anchored()) {
      return null;
    }
    YearMonth here = YearMonth.from(p.anchor());
    if (m.group("m") == null) {
      String rel = m.group("rel") == null ? "this" : m.group("rel").toLowerCase(Locale.ROOT);
      return here.plusMonths(rel.equals("next") || rel.equals("coming") ? 1
          : rel.equals("last") || rel.equals("previous") ? -1 : 0);
    }
    return Timex.month(CalendarWords.month(m.group("m")), p.anchor(), p.tense(m.start(), m.end()));
  }
}
