package dev.crosscheck.normalise;

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
 * Stretches at either end of a named year, "the first 100 days of 2021", "the last 3 weeks of this year",
 * "the last four months of 2021" (weeks are ISO weeks), and "the third month of 2021".
 */
final class PartsOfYear {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String OF_YEAR = "\\sof\\s(?:(?<y>" + CalendarWords.YEAR + ")|(?<rel>this|last|next)\\syear\\b)";
  private static final Gated STRETCH = Gated.of("\\b(?:the\\s)?(?<pos>first|last)\\s(?<n>" + NumberWords.NUMBER
      + ")\\s(?<unit>days|weeks|months)" + OF_YEAR, FLAGS, Openers.words("the", "first", "last"))
      .requiring(Openers.words("days", "weeks", "months"))
      .near(Reach.to(Openers.words("days", "weeks", "months")).across(NumberWords.VOCABULARY).across("the", "first", "last")
          .acrossDigits());
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
  private static final Gated NTH_MONTH = Gated.of("\\b(?:the\\s)?(?<ord>first|second|third|fourth|fifth|sixth|seventh"
      + "|eighth|ninth|tenth|eleventh|twelfth|(?:1[0-2]|[1-9])(?:st|nd|rd|th))\\smonth" + OF_YEAR, FLAGS,
      Openers.words("the").or(Openers.words(ORDINALS)).or(Openers.NUMERALS)).requiring(Openers.words("month"));

  private PartsOfYear() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : STRETCH.in(p)) {
      Long n = RelativeDates.count(m.group("n"));
      String unit = RelativeDates.singular(m.group("unit"));
      Integer year = year(p, m);
      if (n == null || n < 1 || year == null) {
        continue;
      }
      boolean first = m.group("pos").equalsIgnoreCase("first");
      LocalDate start;
      LocalDate end;
      switch (unit) {
        case "day" -> {
          start = first ? LocalDate.of(year, 1, 1) : LocalDate.of(year + 1, 1, 1).minusDays(n);
          end = start.plusDays(n);
        }
        case "week" -> {
          LocalDate week1 = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          LocalDate nextWeek1 = LocalDate.of(year + 1, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          start = first ? week1 : nextWeek1.minusWeeks(n);
          end = start.plusWeeks(n);
        }
        default -> {
          start = first ? LocalDate.of(year, 1, 1) : LocalDate.of(year + 1, 1, 1).minusMonths(n);
          end = start.plusMonths(n);
        }
      }
      if (n > (unit.equals("day") ? 366 : unit.equals("week") ? 53 : 12)) {
        continue;
      }
      add(p, m, "(" + start + "," + end + "," + Durations.timex(n, unit) + ")", new DateInterval(start, end),
          (first ? "first-" : "last-") + unit + "s-of-year", found);
    }
    for (Matcher m : NTH_MONTH.in(p)) {
      String ord = m.group("ord").toLowerCase(Locale.ROOT);
      int month = Character.isDigit(ord.charAt(0)) ? Integer.parseInt(ord.replaceAll("\\D", "")) : ORDINALS.indexOf(ord) + 1;
      Integer year = year(p, m);
      if (year == null) {
        continue;
      }
      YearMonth ym = YearMonth.of(year, month);
      add(p, m, Timex.month(ym), Timex.monthInterval(ym), "nth-month-of-year", found);
    }
    return found;
  }

  /** The year a match names: its digits ("y"), else this, last or next year ("rel") from the anchor. */
  static @Nullable Integer year(Passage p, Matcher m) {
    if (m.group("y") != null) {
      return Integer.parseInt(m.group("y"));
    }
    if (!p.anchored()) {
      return null;
    }
    String rel = m.group("rel").toLowerCase(Locale.ROOT);
    return p.anchor().getYear() + (rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
  }

  private static void add(Passage p, Matcher m, String value, DateInterval interval, String rule,
      List<Expression> found) {
    found.add(m.group("y") != null ? p.absolute(m.start(), m.end(), value, interval, rule)
        : p.relative(m.start(), m.end(), value, interval, rule));
  }
}
