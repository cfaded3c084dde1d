package dev.crosscheck.normalise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the weekend" ("over the weekend", "at the weekend"), "the weekend after next", "year to date", and
 * periods that point at an event in the text ("that weekend", "the same week"), which stay unresolved like
 * "the day after".
 */
final class Weekends {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  /** "the weekend" as a modifier of a noun that names no weekend in particular is left alone. */
  private static final Gated THE_WEEKEND = Gated.of("\\bthe\\sweekend(?<after>\\safter\\s(?:the\\s)?next)?\\b"
      + "(?![-'’]\\w|\\s(?:edition|editions|shift|shifts|getaway|getaways|warriors?|papers?|show|shows|programmes?"
      + "|programs?|schedule|crowds?|break|breaks|rates?|service|services|jobs?|trips?|market|markets)\\b)",
      FLAGS, Openers.words("the"))
      .requiring(Openers.words("weekend")).near(Reach.to(Openers.words("weekend")).across("the"));
  private static final Gated SAME = Gated.of("\\b(?:that|the\\ssame)\\s(?<unit>weekend|week|month|year)\\b"
      + "(?![-'’]\\w)", FLAGS, Openers.words("that", "the"))
      .requiring(Openers.words("weekend", "week", "month", "year"))
      .near(Reach.to(Openers.words("weekend", "week", "month", "year")).across("that", "the", "same"));

  /** "the year to date", "year-to-date": this year up to the reference date. */
  private static final Gated TO_DATE = Gated.of("\\b(?<unit>year|month)[\\s-]to[\\s-]date\\b", FLAGS,
      Openers.words("year", "month"));

  private Weekends() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : THE_WEEKEND.in(p)) {
      boolean afterNext = m.group("after") != null;
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-WXX-WE", Passage.NO_REFERENCE));
        continue;
      }
      Tense tense = afterNext ? Tense.FUTURE : p.tense(m.start(), m.end());
      LocalDate saturday = p.anchor().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
      String rule;
      if (afterNext) {
        saturday = saturday.plusWeeks(2);
        rule = "weekend-after-next";
      } else if (tense == Tense.PAST) {
        // "over the weekend" in a past sentence is the last weekend begun by the reference date
        saturday = p.anchor().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        rule = "weekend-past";
      } else {
        rule = tense == Tense.FUTURE ? "weekend-future" : "weekend-this";
      }
      found.add(p.relative(m.start(), m.end(), Timex.week(saturday) + "-WE",
          new DateInterval(saturday, saturday.plusDays(2)), rule));
    }
    for (Matcher m : TO_DATE.in(p)) {
      boolean year = m.group("unit").equalsIgnoreCase("year");
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), year ? "XXXX" : "XXXX-XX", Passage.NO_REFERENCE));
        continue;
      }
      LocalDate a = p.anchor();
      LocalDate first = year ? a.withDayOfYear(1) : a.withDayOfMonth(1);
      found.add(p.relative(m.start(), m.end(), year ? Timex.year(a.getYear()) : Timex.month(java.time.YearMonth.from(a)),
          new DateInterval(first, a.plusDays(1)), year ? "year-to-date" : "month-to-date"));
    }
    for (Matcher m : SAME.in(p)) {
      String timex = switch (m.group("unit").toLowerCase(Locale.ROOT)) {
        case "weekend" -> "XXXX-WXX-WE";
        case "week" -> "XXXX-WXX";
        case "month" -> "XXXX-XX";
        default -> "XXXX";
      };
      found.add(p.unresolved(m.start(), m.end(), timex, "unresolved-anaphoric"));
    }
    return found;
  }
}
