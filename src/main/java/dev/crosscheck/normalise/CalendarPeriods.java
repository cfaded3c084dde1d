package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.MONTH;
import static dev.crosscheck.normalise.CalendarWords.YEAR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months written with their year in other orders ("2016 November", "dec/2018", "June next year") and
 * the rest of a period ("the rest of the week": from the reference to the period's last day).
 */
final class CalendarPeriods {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final Gated YEAR_THEN_MONTH = Gated.of("(?<![\\w.,$-])(?<y>" + YEAR + ")\\s?,?\\s(?<m>" + MONTH
      + ")(?!\\s?\\d)", FLAGS, Openers.NUMERALS).near(Reach.to(CalendarWords.MONTH_OPENERS).acrossDigits());
  private static final Gated MONTH_SLASH_YEAR = Gated.of("\\b(?<m>" + MONTH + ")(?:[-/]|\\s,\\s)(?<y>" + YEAR + ")",
      FLAGS, CalendarWords.MONTH_OPENERS);
  /** "the week after next", "the year after next": two units on. */
  private static final Gated AFTER_NEXT = Gated.of("\\bthe\\s(?<unit>week|month|year)\\safter\\s(?:the\\s)?next\\b",
      FLAGS, Openers.words("the")).near(Reach.to(Openers.words("week", "month", "year")).across("the"));
  private static final Gated MONTH_REL_YEAR = Gated.of("\\b(?<m>" + MONTH + ")\\s(?:of\\s)?(?<rel>next|last|this)"
      + "\\syear\\b", FLAGS, CalendarWords.MONTH_OPENERS)
      .requiring(Openers.words("year"));
  private static final Gated REST_OF = Gated.of("\\b(?:the\\s)?(?:rest|remainder|remaining(?=\\sof))\\s(?:of\\s)?(?:the\\s|this\\s|my\\s|current\\s)?"
      + "(?<unit>week|month|year)\\b", FLAGS, Openers.words("the", "rest", "remainder", "remaining"))
      .near(Reach.to(Openers.words("rest", "remainder", "remaining")).across("the"));

  /** Decades said aloud: "the nineteen seventies", "the twenty-tens", "the two thousands", "the noughties". */
  private static final Gated SPOKEN_DECADE = Gated.of("\\b(?:the\\s)?(?:(?<c>eighteen|nineteen|twenty)[\\s-]"
      + "(?<t>tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|two\\sthousand(?<tens>\\sand\\stens)?s?"
      + "(?<=s)|(?<nought>noughties))\\b", FLAGS,
      Openers.words("the", "eighteen", "nineteen", "twenty", "two", "noughties"))
      .near(Reach.to(Openers.words("tens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
          "nineties", "thousand", "thousands", "noughties")).across("the", "eighteen", "nineteen", "twenty", "two"));
  /**
   * "in nineteen twenty-eight": a year said aloud stands alone only after "in", and not "two thousand ...",
   * which is a count as often ("in two thousand homes"), unless an "and" follows it ("in two thousand and
   * fifteen"); no noun may follow ("in two thousand and ten cases" is a count).
   */
  private static final Gated SPOKEN_YEAR = Gated.of("\\bin\\s(?<y>(?!two\\sthousand(?!\\sand\\s))" + CalendarWords.YEAR_SPOKEN
      + ")(?![\\s-](?!(?:and|or|but|when|after|before|until|as|while|to|in|on|at|with|from|the)\\b)\\w)", FLAGS,
      Openers.words("in")).near(Reach.to(Openers.words("seventeen", "eighteen", "nineteen", "twenty", "two")).across("in"));
  private static final List<String> TENS = List.of("tens", "twenties", "thirties", "forties", "fifties", "sixties",
      "seventies", "eighties", "nineties");

  private CalendarPeriods() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Gated pattern : List.of(YEAR_THEN_MONTH, MONTH_SLASH_YEAR)) {
      for (Matcher m : pattern.in(p)) {
        String name = m.group("m");
        if (name.equalsIgnoreCase("may") && pattern == YEAR_THEN_MONTH) {
          continue; // "in 2016 May was" runs a year into a sentence more often than it names a month
        }
        YearMonth ym = YearMonth.of(CalendarWords.year(m.group("y")), CalendarWords.month(name));
        found.add(p.absolute(m.start(), m.end(), Timex.month(ym), Timex.monthInterval(ym), "month-year"));
      }
    }
    for (Matcher r : MONTH_REL_YEAR.in(p)) {
      int month = CalendarWords.month(r.group("m"));
      String rel = r.group("rel").toLowerCase(Locale.ROOT);
      if (!p.anchored()) {
        found.add(p.unresolved(r.start(), r.end(), String.format("XXXX-%02d", month), Passage.NO_REFERENCE));
        continue;
      }
      YearMonth ym = YearMonth.of(p.anchor().getYear() + (rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0), month);
      found.add(p.relative(r.start(), r.end(), Timex.month(ym), Timex.monthInterval(ym), "month-relative-year"));
    }
    for (Matcher dec : SPOKEN_DECADE.in(p)) {
      int decade = dec.group("c") != null
          ? (dec.group("c").equalsIgnoreCase("twenty") ? 2000 : dec.group("c").equalsIgnoreCase("nineteen") ? 1900 : 1800)
              + 10 * (TENS.indexOf(dec.group("t").toLowerCase(Locale.ROOT)) + 1)
          : dec.group("tens") != null ? 2010 : 2000;
      found.add(p.absolute(dec.start(), dec.end(), Timex.year(decade).substring(0, 3),
          new DateInterval(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 10, 1, 1)), "decade-spoken"));
    }
    for (Matcher y : SPOKEN_YEAR.in(p)) {
      int year = CalendarWords.year(y.group("y"));
      found.add(p.absolute(y.start("y"), y.end(), Timex.year(year), Timex.yearInterval(year), "year-spoken"));
    }
    for (Matcher after : AFTER_NEXT.in(p)) {
      String unit = after.group("unit").toLowerCase(Locale.ROOT);
      if (!p.anchored()) {
        found.add(p.unresolved(after.start(), after.end(), unit.equals("year") ? "XXXX" : unit.equals("month")
            ? "XXXX-XX" : "XXXX-WXX", Passage.NO_REFERENCE));
        continue;
      }
      LocalDate d = RelativeDates.shift(p.anchor(), unit, 2);
      found.add(switch (unit) {
        case "week" -> p.relative(after.start(), after.end(), Timex.week(d), Timex.weekInterval(d), "week-after-next");
        case "month" -> p.relative(after.start(), after.end(), Timex.month(YearMonth.from(d)),
            Timex.monthInterval(YearMonth.from(d)), "month-after-next");
        default -> p.relative(after.start(), after.end(), Timex.year(d.getYear()), Timex.yearInterval(d.getYear()),
            "year-after-next");
      });
    }
    for (Matcher rest : REST_OF.in(p)) {
      String unit = rest.group("unit").toLowerCase(Locale.ROOT);
      if (!p.anchored()) {
        found.add(p.unresolved(rest.start(), rest.end(), "(XXXX-XX-XX,XXXX-XX-XX,PXD)", Passage.NO_REFERENCE));
        continue;
      }
      LocalDate a = p.anchor();
      LocalDate last = switch (unit) {
        case "week" -> a.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        case "month" -> a.with(TemporalAdjusters.lastDayOfMonth());
        default -> a.with(TemporalAdjusters.lastDayOfYear());
      };
      found.add(p.relative(rest.start(), rest.end(), "(" + a + "," + last + ",P" + ChronoUnit.DAYS.between(a, last) + "D)",
          new DateInterval(a, last.plusDays(1)), "rest-of-" + unit));
    }
    return found;
  }
}
