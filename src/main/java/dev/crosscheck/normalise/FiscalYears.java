package dev.crosscheck.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fiscal, school and calendar years ("fiscal 2019", "FY2019", "FY 2016-17", "last fiscal year", "the
 * 2018-19 school year", "this calendar year"). A fiscal or school year is named by the year it ends in
 * ("FY 2016-17" is FY17, `FY2017`), as Recognizers-Text writes it; its months depend on who keeps it, so it
 * has no interval and agrees only with the same fiscal year, never with the calendar year.
 */
final class FiscalYears {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String KIND = "(?<kind>fiscal|financial|school|academic|calendar)";
  private static final String YEARS = "(?<y>1[5-9]\\d\\d|20\\d\\d)(?:[-/–](?<y2>\\d{2}|20\\d\\d))?(?![\\w%$£€]|[-/.,]\\d)";
  /** "fiscal 2019", "fiscal year 2018", "financial year 2019/20", "calendar year 2008". */
  private static final Gated NAMED = Gated.of("\\b" + KIND + "[\\s-](?:year\\s)?" + YEARS, FLAGS,
      Openers.words("fiscal", "financial", "school", "academic", "calendar"));
  /** "FY2019", "FY 2016-17", "FY'18", "SY18", "CY2008". */
  private static final Gated SHORT = Gated.of("\\b(?<abbr>fy|sy|cy)\\s?['’]?(?<y>\\d{2}|1[5-9]\\d\\d|20\\d\\d)"
      + "(?:[-/–](?<y2>\\d{2}|20\\d\\d))?(?![\\w%$£€]|[-/.,]\\d)", FLAGS, Openers.words("fy", "sy", "cy"));
  /** "the 2018-19 school year", "the 2019 fiscal year". */
  private static final Gated BEFORE = Gated.of("(?<![\\w$£€.,/-])" + YEARS + "\\s" + KIND + "[\\s-]year\\b", FLAGS,
      Openers.NUMERALS);
  /** "last fiscal year", "this school year", "the current financial year", "fiscal year" alone. */
  private static final Gated RELATIVE = Gated.of("\\b(?:(?<rel>last|this|next|current|previous|past|coming)\\s)?"
      + KIND + "[\\s-]year\\b(?![\\s-](?:\\d|of\\b|to\\sdate|ending|ended|begin|start))", FLAGS,
      Openers.words("last", "this", "next", "current", "previous", "past", "coming", "fiscal", "financial", "school",
          "academic", "calendar"));

  private FiscalYears() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Gated pattern : List.of(NAMED, SHORT, BEFORE)) {
      for (Matcher m : pattern.in(p)) {
        String kind = pattern == SHORT ? abbreviation(m.group("abbr")) : m.group("kind").toLowerCase(Locale.ROOT);
        Integer year = endYear(m.group("y"), m.group("y2"));
        if (year == null) {
          continue;
        }
        found.add(named(p, m.start(), m.end(), kind, year));
      }
    }
    for (Matcher m : RELATIVE.in(p)) {
      String kind = m.group("kind").toLowerCase(Locale.ROOT);
      String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
      if (rel == null) {
        if (kind.equals("fiscal")) {
          found.add(p.unresolved(m.start(), m.end(), "FYXXXX", "unresolved-anaphoric"));
        }
        continue;
      }
      int shift = switch (rel) {
        case "last", "previous", "past" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
      String prefix = prefix(kind);
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), prefix + "XXXX", Passage.NO_REFERENCE));
        continue;
      }
      int year = p.anchor().getYear() + shift;
      String rule = (prefix.isEmpty() ? "calendar" : prefix.equals("FY") ? "fiscal" : "school") + "-year-"
          + (shift < 0 ? "last" : shift > 0 ? "next" : "this");
      found.add(prefix.isEmpty()
          ? p.relative(m.start(), m.end(), Timex.year(year), Timex.yearInterval(year), rule)
          : p.relative(m.start(), m.end(), prefix + year, null, rule));
    }
    return found;
  }

  private static Expression named(Passage p, int start, int end, String kind, int year) {
    String prefix = prefix(kind);
    return prefix.isEmpty()
        ? p.absolute(start, end, Timex.year(year), Timex.yearInterval(year), "calendar-year")
        : new Expression(p.text().substring(start, end), start, end, ExpressionType.DATE, prefix + year, null, null,
            null, Trace.of(prefix.equals("FY") ? "fiscal-year" : "school-year"));
  }

  private static String abbreviation(String abbr) {
    return switch (abbr.toLowerCase(Locale.ROOT)) {
      case "fy" -> "fiscal";
      case "sy" -> "school";
      default -> "calendar";
    };
  }

  private static String prefix(String kind) {
    return switch (kind) {
      case "fiscal", "financial" -> "FY";
      case "school", "academic" -> "SY";
      default -> "";
    };
  }

  /** The year a fiscal year ends in: "2016-17" is 2017; a second year that does not follow the first is no year. */
  private static @Nullable Integer endYear(String first, @Nullable String second) {
    int y = first.length() == 2 ? 2000 + Integer.parseInt(first) : Integer.parseInt(first);
    if (first.length() == 2 && y >= 2050) {
      y -= 100;
    }
    if (second == null) {
      return y;
    }
    int end = second.length() == 2 ? y / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (end == y - 99) {
      end += 100; // "1999-00"
    }
    return end == y + 1 ? end : null;
  }
}
