package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Quarters and halves of a year: "Q3 2016", "the third quarter of 2016", "2016 Q3", "3rd qtr", "H1
 * 2016", "the second half of this year". A quarter without a year takes the tense's direction from the
 * reference (the next third quarter in a future sentence). Halves need a year: "the first half" alone is
 * as often a match as a year.
 */
final class Quarters {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String ORD = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
  private static final Set<String> ORD_WORDS = Set.of("first", "second", "third", "fourth", "st", "nd", "rd", "th");
  private static final String YEAR_AFTER = "(?:,?\\s(?:of\\s)?(?:(?<y>" + CalendarWords.YEAR_ANY + ")|(?<rel>this|next|last)\\syear\\b))";
  private static final Gated QUARTER = Gated.of("\\b(?:the\\s)?(?:(?<ord>" + ORD + ")\\s(?:quarter|qtr)\\b"
      + "|Q(?<q>[1-4])\\b)" + YEAR_AFTER + "?", FLAGS,
      Openers.words("the", "first", "second", "third", "fourth", "q").or(Openers.NUMERALS))
      .near(Reach.to(Openers.words("quarter", "qtr", "q")).across(ORD_WORDS).across("the").acrossDigits());
  private static final Gated HALF = Gated.of("\\b(?:the\\s)?(?:(?<ord>first|second|1st|2nd)\\shalf|H(?<h>[12]))"
      + YEAR_AFTER, FLAGS, Openers.words("the", "first", "second", "h").or(Openers.NUMERALS))
      .near(Reach.to(Openers.words("half", "h")).across("the", "first", "second", "st", "nd").acrossDigits());
  private static final Gated YEAR_FIRST = Gated.of("(?<![\\w.-])(?<y>" + YEAR.replace("\\b", "")
      + ")(?:\\s?|-)(?:(?<kind>Q|H)(?<n>[1-4])\\b|(?:the\\s)?(?<ord>" + ORD + ")\\s(?<word>quarter|qtr|half)\\b)", FLAGS,
      Openers.NUMERALS)
      .near(Reach.to(Openers.words("q", "h", "quarter", "qtr", "half")).across(ORD_WORDS).across("the").acrossDigits());

  /** "the past two quarters", "the next 7 quarters": whole quarters before or after the current one. */
  private static final Gated QUARTER_SPAN = Gated.of("\\b(?<rel>last|past|previous|next|coming|upcoming)\\s(?<n>"
      + NumberWords.NUMBER + ")\\s(?:quarters|qtrs)\\b", FLAGS,
      Openers.words("last", "past", "previous", "next", "coming", "upcoming")).requiring(Openers.words("quarters", "qtrs"));

  private Quarters() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : QUARTER.in(p)) {
      int q = m.group("q") != null ? Integer.parseInt(m.group("q")) : ordinal(m.group("ord"));
      add(p, m.start(), m.end(), year(p, m, m.start(), m.end(), 3 * q - 2), m.group("y") != null, q, 3, found);
    }
    for (Matcher h : HALF.in(p)) {
      int n = h.group("h") != null ? Integer.parseInt(h.group("h")) : ordinal(h.group("ord"));
      add(p, h.start(), h.end(), year(p, h, h.start(), h.end(), 6 * n - 5), h.group("y") != null, n, 6, found);
    }
    spans(p, found);
    for (Matcher y : YEAR_FIRST.in(p)) {
      boolean half = "h".equalsIgnoreCase(y.group("kind")) || "half".equalsIgnoreCase(y.group("word"));
      int n = y.group("n") != null ? Integer.parseInt(y.group("n")) : ordinal(y.group("ord"));
      if (half && n > 2) {
        continue;
      }
      add(p, y.start(), y.end(), CalendarWords.year(y.group("y")), true, n, half ? 6 : 3, found);
    }
    return found;
  }

  private static void spans(Passage p, List<Expression> found) {
    for (Matcher m : QUARTER_SPAN.in(p)) {
      Long n = RelativeDates.count(m.group("n"));
      if (n == null || n < 1 || n > 40) {
        continue;
      }
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      boolean back = rel.equals("last") || rel.equals("past") || rel.equals("previous");
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "(XXXX-XX-01,XXXX-XX-01,P" + 3 * n + "M)", Passage.NO_REFERENCE));
        continue;
      }
      java.time.LocalDate current = p.anchor().withDayOfMonth(1).withMonth((p.anchor().getMonthValue() - 1) / 3 * 3 + 1);
      java.time.LocalDate start = back ? current.minusMonths(3 * n) : current.plusMonths(3);
      java.time.LocalDate end = start.plusMonths(3 * n);
      found.add(p.relative(m.start(), m.end(), "(" + start + "," + end + ",P" + 3 * n + "M)",
          new DateInterval(start, end), back ? "quarters-past" : "quarters-next"));
    }
  }

  private static int ordinal(String written) {
    return switch (written.toLowerCase(Locale.ROOT).charAt(0)) {
      case 'f', '1' -> written.toLowerCase(Locale.ROOT).startsWith("fo") ? 4 : 1;
      case 's', '2' -> 2;
      case 't', '3' -> 3;
      default -> 4;
    };
  }

  /** The year named, or the one "this/next/last year" or the tense points to; null without a reference. */
  private static @Nullable Integer year(Passage p, Matcher m, int start, int end, int firstMonth) {
    if (m.group("y") != null) {
      return CalendarWords.year(m.group("y"));
    }
    if (!p.anchored()) {
      return null;
    }
    int here = p.anchor().getYear();
    if (m.group("rel") != null) {
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      return here + (rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
    }
    LocalDate first = LocalDate.of(here, firstMonth, 1);
    return switch (p.tense(start, end)) {
      case PAST -> first.isAfter(p.anchor()) ? here - 1 : here;
      case FUTURE -> first.isBefore(p.anchor()) && !sameQuarter(first, p.anchor()) ? here + 1 : here;
      default -> here;
    };
  }

  private static boolean sameQuarter(LocalDate first, LocalDate anchor) {
    return !anchor.isBefore(first) && anchor.isBefore(first.plusMonths(3));
  }

  private static void add(Passage p, int start, int end, @Nullable Integer year, boolean named, int n,
      int months, List<Expression> found) {
    String code = (months == 3 ? "-Q" : "-H") + n;
    if (year == null) {
      found.add(p.unresolved(start, end, "XXXX" + code, Passage.NO_REFERENCE));
      return;
    }
    LocalDate first = LocalDate.of(year, months * (n - 1) + 1, 1);
    DateInterval interval = new DateInterval(first, first.plusMonths(months));
    String rule = months == 3 ? "quarter" : "half-year";
    found.add(named ? p.absolute(start, end, Timex.year(year) + code, interval, rule)
        : p.relative(start, end, Timex.year(year) + code, interval, rule + "-relative"));
  }
}
