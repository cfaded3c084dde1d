package dev.crosscheck.normalise;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offsets in several units or from a named day: "1 month 21 days ago", "2 years, 1 month and 21 days
 * ago", "two days from tomorrow", "three weeks after today", "two days before yesterday". The finest
 * unit sets the grain, as for "N units ago": days or weeks give a day, months a month, years a year.
 */
final class Offsets {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  /** Each PART ends in one of these. */
  private static final Openers UNITS = Openers.words("day", "days", "week", "weeks", "month", "months", "year", "years");
  private static final String PART = "(?:" + NumberWords.NUMBER + "|an?)[\\s-](?:days?|weeks?|months?|years?)\\b";
  /**
   * A hedge before it is part of the span: "more than 2 weeks after today" is open after that day, "less
   * than 3 days after tomorrow" and "within 2 weeks from today" run up to it, and "for 3 days from today"
   * is the three days from today.
   */
  private static final Gated OFFSET = Gated.of("\\b(?:(?<hedge>more\\sthan|less\\sthan|within|for)\\s)?(?<parts>"
      + PART + "(?:(?:,\\s|\\s|,?\\sand\\s)" + PART + "){0,3})(?<comma>,)?\\s(?:(?<dir>ago|later|hence|from\\snow)"
      + "|(?<rel>from|after|before)\\s(?<day>today|tomorrow|tmrw|yesterday|now))\\b", FLAGS,
      NumberWords.OPENERS.or("more", "less", "within", "for", "a", "an"))
      .requiring(Openers.words("ago", "later", "hence", "from", "after", "before"))
      .near(Reach.to(UNITS).across(NumberWords.VOCABULARY).acrossDigits().across("a", "an", "more", "less", "than", "within",
          "for"));
  /** "within 5 years 1 month 12 days": the next such stretch from the reference date, like "within 5 years". */
  private static final Gated WITHIN = Gated.of("\\bwithin\\s(?:the\\s(?:next|upcoming|coming)\\s)?(?<parts>" + PART
      + "(?:(?:,\\s|\\s|,?\\sand\\s)" + PART + "){1,3})", FLAGS, Openers.words("within"))
      .near(Reach.to(UNITS).across(NumberWords.VOCABULARY).acrossDigits().across("a", "an", "within", "the", "next",
          "upcoming", "coming"));
  private static final Pattern ONE = Pattern.compile("(?<n>" + NumberWords.NUMBER + "|an?)[\\s-](?<unit>days?|weeks?"
      + "|months?|years?)\\b", FLAGS);

  /** "3 fridays from now", "2 thursdays ago": the nth such weekday after or before the reference. */
  private static final Gated WEEKDAYS = Gated.of("\\b(?<n>" + NumberWords.NUMBER + ")\\s(?<wd>mondays|tuesdays"
      + "|wednesdays|thursdays|fridays|saturdays|sundays)\\s(?<dir>from\\snow|ago|back|later|hence)\\b", FLAGS,
      NumberWords.OPENERS)
      .near(Reach.to(Openers.words("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"))
          .across(NumberWords.VOCABULARY).acrossDigits());
  /** "3 days after January 12th", "2 weeks before May 13 1999": an offset from a date found in the text. */
  private static final Pattern BEFORE_DATE = Pattern.compile("\\b(?<n>" + NumberWords.NUMBER + "|an?)\\s(?<unit>days?"
      + "|weeks?|months?|years?)\\s(?<dir>after|before|from)\\s\\z", FLAGS);
  private static final int LOOKBACK = 48;
  /** BEFORE_DATE's last word. */
  private static final Set<String> DIRECTIONS = Set.of("after", "before", "from");

  private Offsets() {}

  /** Joins "3 days after" to the day that follows it, once dates are found. */
  static List<Expression> fromDates(String text, List<Expression> sorted) {
    List<Expression> out = new ArrayList<>(sorted.size());
    for (Expression e : sorted) {
      Expression joined = null;
      if (e.type() == ExpressionType.DATE && e.value().length() == 10 && e.interval() instanceof DateInterval d
          && d.start() != null && wordBefore(text, e.start(), DIRECTIONS, false)) {
        int from = Math.max(0, e.start() - LOOKBACK);
        Matcher m = BEFORE_DATE.matcher(text.substring(from, e.start()));
        Long n = m.find() ? RelativeDates.count(m.group("n")) : null;
        if (n != null) {
          String unit = RelativeDates.singular(m.group("unit"));
          LocalDate date = RelativeDates.shift(d.start(), unit, "before".equalsIgnoreCase(m.group("dir")) ? -n : n);
          int start = from + m.start();
          joined = new Expression(text.substring(start, e.end()), start, e.end(), ExpressionType.DATE, date.toString(),
              DateInterval.day(date), null, null, new Trace("offset-from-date+" + e.trace().rule(), e.trace().anchor()));
        }
      }
      while (joined != null && !out.isEmpty() && out.get(out.size() - 1).end() > joined.start()) {
        out.remove(out.size() - 1); // the count was read as a duration; the offset replaces it
      }
      out.add(joined == null ? e : joined);
    }
    return out;
  }

  /**
   * Whether one of these words (lower case), a comma if {@code comma} allows one, and one whitespace
   * character end just before {@code at}: a cheap test made before a pattern ending so is searched for.
   */
  static boolean wordBefore(String text, int at, Set<String> words, boolean comma) {
    if (at < 2 || " \t\n\u000B\f\r".indexOf(text.charAt(at - 1)) < 0) {
      return false;
    }
    int end = comma && text.charAt(at - 2) == ',' ? at - 2 : at - 1;
    int start = end;
    while (start > 0 && (text.charAt(start - 1) | 0x20) >= 'a' && (text.charAt(start - 1) | 0x20) <= 'z') {
      start--;
    }
    return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static void weekdays(Passage p, List<Expression> found) {
    for (Matcher m : WEEKDAYS.in(p)) {
      Long n = RelativeDates.count(m.group("n"));
      if (n == null || n < 1 || n > 52) {
        continue;
      }
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-XX-XX", Passage.NO_REFERENCE));
        continue;
      }
      java.time.DayOfWeek wd = CalendarWords.weekday(m.group("wd"));
      boolean back = m.group("dir").equalsIgnoreCase("ago") || m.group("dir").equalsIgnoreCase("back");
      LocalDate first = back ? p.anchor().with(java.time.temporal.TemporalAdjusters.previous(wd))
          : p.anchor().with(java.time.temporal.TemporalAdjusters.next(wd));
      LocalDate date = first.plusWeeks(back ? 1 - n : n - 1);
      found.add(p.relative(m.start(), m.end(), date.toString(), DateInterval.day(date),
          "nth-weekday-" + (back ? "ago" : "from-now")));
    }
  }

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    weekdays(p, found);
    for (Matcher m : OFFSET.in(p)) {
      List<long[]> parts = parts(m.group("parts"));
      String hedge = m.group("hedge") == null ? null : m.group("hedge").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (parts == null || parts.size() < 2 && m.group("day") == null && hedge == null
          || m.group("comma") != null && !"for".equals(hedge)) {
        continue; // one unit and "ago" is RelativeDates' "N units ago"
      }
      boolean back = "ago".equalsIgnoreCase(m.group("dir")) || "before".equalsIgnoreCase(m.group("rel"));
      if (hedge != null && m.group("day") == null || "for".equals(hedge) && back) {
        continue; // a hedge is read only with a named day; "for two days before today" is no span we read
      }
      int grain = parts.stream().mapToInt(a -> (int) a[1]).min().orElse(0);
      String rule = "offset-" + (m.group("day") != null ? m.group("rel").toLowerCase(Locale.ROOT) + "-"
          + m.group("day").toLowerCase(Locale.ROOT) : "compound");
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), grain >= 2 ? "XXXX" : grain == 1 ? "XXXX-XX" : "XXXX-XX-XX",
            Passage.NO_REFERENCE));
        continue;
      }
      LocalDate base = start(p.anchor(), m.group("day"));
      LocalDate date = shifted(base, parts, back);
      if (hedge != null) {
        found.add(hedged(p, m, hedge, base, date, back, parts, rule));
        continue;
      }
      found.add(switch (grain) {
        case 0 -> p.relative(m.start(), m.end(), date.toString(), DateInterval.day(date), rule);
        case 1 -> p.relative(m.start(), m.end(), Timex.month(YearMonth.from(date)),
            Timex.monthInterval(YearMonth.from(date)), rule);
        default -> p.relative(m.start(), m.end(), Timex.year(date.getYear()), Timex.yearInterval(date.getYear()), rule);
      });
    }
    for (Matcher m : WITHIN.in(p)) {
      List<long[]> parts = parts(m.group("parts"));
      if (parts == null) {
        continue;
      }
      String duration = duration(parts);
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "(XXXX-XX-XX,XXXX-XX-XX," + duration + ")", Passage.NO_REFERENCE));
        continue;
      }
      LocalDate a = p.anchor();
      LocalDate end = shifted(a, parts, false);
      found.add(p.relative(m.start(), m.end(), "(" + a + "," + end + "," + duration + ")",
          new DateInterval(a, end.plusDays(1)), "span-next"));
    }
    return found;
  }

  /**
   * "more than N after X" is open after the day it names (its value stays that day, as for "after
   * 2016"); "more than N before X" is open before it; "less than"/"within N after X" and "for N from X"
   * run from X up to that day, written as Recognizers-Text writes a range.
   */
  private static Expression hedged(Passage p, Matcher m, String hedge, LocalDate base, LocalDate date, boolean back,
      List<long[]> parts, String rule) {
    if (hedge.equals("more than")) {
      DateInterval open = back ? new DateInterval(null, date) : new DateInterval(date.plusDays(1), null);
      return p.relative(m.start(), m.end(), date.toString(), open, rule + "+more-than");
    }
    String duration = duration(parts);
    LocalDate first = back ? date.plusDays(1) : base;
    LocalDate end = back ? base.plusDays(1) : date;
    String value = back ? "(" + date + "," + base + "," + duration + ")" : "(" + base + "," + date + "," + duration + ")";
    return p.relative(m.start(), m.end(), value, new DateInterval(first, end),
        rule + (hedge.equals("for") ? "+for" : "+less-than"));
  }

  private static LocalDate shifted(LocalDate from, List<long[]> parts, boolean back) {
    LocalDate date = from;
    for (long[] part : parts) {
      long n = back ? -part[0] : part[0];
      date = switch ((int) part[1]) {
        case 0 -> part[2] == 7 ? date.plusWeeks(n) : date.plusDays(n);
        case 1 -> date.plusMonths(n);
        default -> date.plusYears(n);
      };
    }
    return date;
  }

  /** "P5Y1M12D", "P2W": the parts in the order written. */
  private static String duration(List<long[]> parts) {
    StringBuilder out = new StringBuilder("P");
    for (long[] part : parts) {
      out.append(part[0]).append(part[1] == 2 ? "Y" : part[1] == 1 ? "M" : part[2] == 7 ? "W" : "D");
    }
    return out.toString();
  }

  private static LocalDate start(LocalDate anchor, String day) {
    if (day == null) {
      return anchor;
    }
    return switch (day.toLowerCase(Locale.ROOT)) {
      case "tomorrow", "tmrw" -> anchor.plusDays(1);
      case "yesterday" -> anchor.minusDays(1);
      default -> anchor;
    };
  }

  /** Each part as {count, grain (0 day or week, 1 month, 2 year), days per unit}; null if a count is not one. */
  private static List<long[]> parts(String written) {
    List<long[]> out = new ArrayList<>();
    Matcher m = ONE.matcher(written);
    while (m.find()) {
      Long n = RelativeDates.count(m.group("n"));
      if (n == null) {
        return null;
      }
      String unit = RelativeDates.singular(m.group("unit"));
      out.add(switch (unit) {
        case "day" -> new long[] {n, 0, 1};
        case "week" -> new long[] {n, 0, 7};
        case "month" -> new long[] {n, 1, 30};
        default -> new long[] {n, 2, 365};
      });
    }
    return out;
  }
}
