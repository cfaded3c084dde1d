package dev.crosscheck.normalise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weeks numbered within a named year ("week 27 of 2020", "week 53 of last year", "the third week next
 * year": ISO weeks, as "the third week of 2017" is) and the working week ("this working week", "next
 * workweek": the ISO week). A bare "week 10" stays out: in news it is as often a sports week.
 */
final class NumberedWeeks {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String YEAR = "(?:(?<y>1[5-9]\\d\\d|20\\d\\d)\\b|(?<rel>last|this|next)\\syear\\b)";
  private static final Gated WEEK_OF_YEAR = Gated.of("\\bweek\\s(?<n>\\d{1,2})\\sof\\s(?:the\\s)?" + YEAR, FLAGS,
      Openers.words("week"));
  private static final Gated NTH_WEEK_REL_YEAR = Gated.of("\\bthe\\s(?<ord>first|second|third|fourth|fifth|last)\\sweek\\s"
      + "(?<rel>last|this|next)\\syear\\b(?<y>(?!))?", FLAGS, Openers.words("the"));
  private static final Gated WORKING_WEEK = Gated.of("\\b(?<rel>this|next|last)\\s(?:working\\sweek|work\\s?week)\\b", FLAGS,
      Openers.words("this", "next", "last"));
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth");

  private NumberedWeeks() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : WEEK_OF_YEAR.in(p)) {
      Integer year = PartsOfYear.year(p, m);
      if (year != null) {
        add(p, found, m, year, Integer.parseInt(m.group("n")), "week-of-year");
      } else if (!p.anchored() && m.group("rel") != null) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-WXX", Passage.NO_REFERENCE));
      }
    }
    for (Matcher m : NTH_WEEK_REL_YEAR.in(p)) {
      Integer year = PartsOfYear.year(p, m);
      if (year == null) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-WXX", Passage.NO_REFERENCE));
        continue;
      }
      String ord = m.group("ord").toLowerCase(Locale.ROOT);
      int n = ord.equals("last") ? (int) LocalDate.of(year, 7, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()
          : ORDINALS.indexOf(ord) + 1;
      add(p, found, m, year, n, "nth-week-of-year");
    }
    for (Matcher m : WORKING_WEEK.in(p)) {
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-WXX", Passage.NO_REFERENCE));
        continue;
      }
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      LocalDate day = p.anchor().plusWeeks(rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
      found.add(p.relative(m.start(), m.end(), Timex.week(day), Timex.weekInterval(day), "working-week-" + rel));
    }
    return found;
  }


  private static void add(Passage p, List<Expression> found, Matcher m, int year, int week, String rule) {
    LocalDate mid = LocalDate.of(year, 7, 1);
    if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return;
    }
    LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String value = Timex.week(monday);
    DateInterval interval = Timex.weekInterval(monday);
    found.add(m.group("rel") == null ? p.absolute(m.start(), m.end(), value, interval, rule)
        : p.relative(m.start(), m.end(), value, interval, rule));
  }
}
