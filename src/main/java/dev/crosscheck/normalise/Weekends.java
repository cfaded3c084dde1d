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
  /**
   * "that day", "the same week", "later that month": the period of a date written before, which {@link Anaphora}
   * looks up. Not "that day care", "that year-end", nor "said that day ..." (a clause, not a date).
   */
  private static final Gated SAME = Gated.of("\\b(?:(?<mod>later|earlier)\\s(?:in\\s)?)?(?:that(?:\\ssame)?|the\\ssame)"
      + "\\s(?<unit>weekend|week|month|year|day)\\b(?!-\\w|['’](?!s\\b)\\w|\\s(?:care|trips?|jobs?|school|pass(?:es)?"
      + "|labou?rers?|trad(?:ers?|ing)|shifts?)\\b|\\s(?:after|by)\\s(?:day|week|month|year)\\b)", FLAGS, Openers.words("that", "the", "later", "earlier"))
      .requiring(Openers.words("weekend", "week", "month", "year", "day"))
      .near(Reach.to(Openers.words("weekend", "week", "month", "year", "day"))
          .across("that", "the", "same", "later", "earlier", "in"));
  /** "that" after these opens a clause ("he said that day trips ..."), not a date. */
  private static final Pattern CLAUSE_THAT = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|believes?|believed|thinks?"
      + "|thought|announced|reported|claims?|claimed|knows?|knew|shows?|showed|hopes?|hoped|fears?|feared|expects?"
      + "|expected|noted|added|means|meant|argued|insisted|warned|ruled|found|decided|so|such|now)\\s+$");

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
      String unit = m.group("unit").toLowerCase(Locale.ROOT);
      if (m.group("mod") == null && m.group().regionMatches(true, 0, "that", 0, 4) && CLAUSE_THAT.matcher(p.text())
          .region(Math.max(0, m.start() - 40), m.start()).find()) {
        continue;
      }
      String timex = switch (unit) {
        case "weekend" -> "XXXX-WXX-WE";
        case "week" -> "XXXX-WXX";
        case "month" -> "XXXX-XX";
        case "day" -> "XXXX-XX-XX";
        default -> "XXXX";
      };
      found.add(p.unresolved(m.start(), m.end(), timex, "unresolved-anaphoric"));
    }
    return found;
  }
}
