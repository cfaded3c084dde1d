package dev.crosscheck.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and halves of a year named by a possessive or by "of the year": "next year's first quarter",
 * "last year's second half", "2019's third quarter", "the first quarter of the year" (the reference's
 * year), "the second half of last year". Values as {@link Quarters} writes them: `2019-Q1`, `2018-H2`.
 */
final class YearParts {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String ORD = "(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-](?<u>quarter|half)\\b";
  private static final Gated POSSESSIVE = Gated.of("(?:\\b(?<rel>last|this|next)\\syear|(?<![\\w$£€.,/-])(?<y>1[5-9]\\d\\d|20\\d\\d))"
      + "['’]s\\s" + ORD, FLAGS, Openers.words("last", "this", "next").or(Openers.NUMERALS));
  private static final Gated OF_THE_YEAR = Gated.of("\\bthe\\s" + ORD + "\\sof\\s(?<rel>the|this|last|next)\\syear\\b"
      + "(?<y>(?!))?(?![-'’]\\w|\\s(?:\\d|of\\b))", FLAGS, Openers.words("the"));

  /** "Q1-2019", "H2-2020": the hyphenated form of "Q1 2019". */
  private static final Gated HYPHENATED = Gated.of("\\b(?<u>[qh])(?<n>[1-4])-(?<y>1[5-9]\\d\\d|20\\d\\d)\\b(?![-/.]\\d)",
      FLAGS, Openers.words("q", "h"));

  private YearParts() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : HYPHENATED.in(p)) {
      boolean half = m.group("u").equalsIgnoreCase("h");
      int n = Integer.parseInt(m.group("n"));
      if (!half || n <= 2) {
        found.add(part(p, m, Integer.parseInt(m.group("y")), n, half));
      }
    }
    for (Gated pattern : List.of(POSSESSIVE, OF_THE_YEAR)) {
      for (Matcher m : pattern.in(p)) {
        boolean half = m.group("u").equalsIgnoreCase("half");
        int n = ordinal(m.group("ord").toLowerCase(Locale.ROOT), half ? 2 : 4);
        if (n > (half ? 2 : 4)) {
          continue; // "the third half"
        }
        if (m.group("y") == null && !p.anchored()) {
          found.add(p.unresolved(m.start(), m.end(), "XXXX" + (half ? "-H" : "-Q") + n, Passage.NO_REFERENCE));
          continue;
        }
        int year;
        if (m.group("y") != null) {
          year = Integer.parseInt(m.group("y"));
        } else {
          String rel = m.group("rel").toLowerCase(Locale.ROOT);
          year = p.anchor().getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        }
        found.add(part(p, m, year, n, half));
      }
    }
    return found;
  }

  private static Expression part(Passage p, Matcher m, int year, int n, boolean half) {
    int months = half ? 6 : 3;
    LocalDate start = LocalDate.of(year, (n - 1) * months + 1, 1);
    DateInterval interval = new DateInterval(start, start.plusMonths(months));
    String value = year + (half ? "-H" : "-Q") + n;
    String rule = (half ? "half" : "quarter") + "-of-year";
    return m.group("y") != null ? p.absolute(m.start(), m.end(), value, interval, rule)
        : p.relative(m.start(), m.end(), value, interval, rule);
  }

  private static int ordinal(String ord, int last) {
    return switch (ord) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      default -> last; // "final", "last"
    };
  }
}
