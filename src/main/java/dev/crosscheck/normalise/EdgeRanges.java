package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.MONTH;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ranges between points of periods: "between the end of 2007 and the end of 2008", "from the middle of
 * March to the end of September", "between now and November 15th", "from March to date", "from this May
 * to Oct 2020", "between 2015 June and 2018 May". "the end of 2007" as a bound is the point where 2007
 * ends (2008-01-01), "the middle of" the period's middle day, "now" and "date" the reference. The value is
 * written as Recognizers-Text writes it, `(2008-01-01,2009-01-01,P12M)`: months between the two points
 * when neither is a day, else days. A plain last bound is included whole, as in other ranges.
 */
final class EdgeRanges {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)\\b";
  private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b";
  /** "2018 May" only where nothing follows that could make May a name ("in 2018 May said"). */
  private static final String YEAR_MONTH = YEAR + "\\s(?:(?!may\\b)" + MONTH + "|may(?=\\s?(?:[.,;:!?)]|$)|\\s(?:and|to|until|till|through)\\s))";
  private static final String PERIOD = "(?:(?:this|last|next)\\s)?" + MONTH + "(?:,?\\s(?:of\\s)?" + YEAR + ")?|" + YEAR
      + "|(?:the|this|last|next)\\s(?:year|month)\\b";
  private static final String BOUND = "(?:now\\b|date\\b|(?:the\\s)?(?:end|start|beginning|middle)\\sof\\s(?:" + PERIOD
      + ")|" + MONTH + "\\s" + DAY + "(?:,?\\s" + YEAR + ")?|" + DAY + "\\s(?:of\\s)?" + MONTH + "(?:,?\\s" + YEAR + ")?|"
      + YEAR_MONTH + "|" + PERIOD + ")";
  private static final Gated RANGE = Gated.of("\\b(?:from\\s(?<a1>" + BOUND + ")\\s(?:to|until|till|through)\\s(?<b1>"
      + BOUND + ")|between\\s(?<a2>" + BOUND + ")\\sand\\s(?<b2>" + BOUND + "))", FLAGS, Openers.words("from", "between"));
  private static final Pattern PARTS = Pattern.compile("(?:(?<edge>end|start|beginning|middle)\\sof\\s)?"
      + "(?:(?<rel>this|last|next|the)\\s)?(?:(?<unit>year|month)|(?<y1>" + YEAR + ")\\s(?<m1>" + MONTH + ")|(?<m2>" + MONTH
      + ")\\s(?<d2>" + DAY + ")(?:,?\\s(?<y2>" + YEAR + "))?|(?<d3>" + DAY + ")\\s(?:of\\s)?(?<m3>" + MONTH + ")(?:,?\\s(?<y3>"
      + YEAR + "))?|(?<m4>" + MONTH + ")(?:,?\\s(?:of\\s)?(?<y4>" + YEAR + "))?|(?<y5>" + YEAR + "))", FLAGS);

  private static final Pattern EDGE = Pattern.compile("(?:the\\s)?(?:end|start|beginning|middle)\\sof\\s");
  private static final Pattern VERB_MONTH = Pattern.compile("\\b(?:may|march)\\b");

  /** One side of a range: the period it names, the point it stands for, and what reading it needed. */
  private record Bound(LocalDate from, LocalDate to, LocalDate point, boolean special, boolean byDay,
      @Nullable Integer month, boolean yearKnown, boolean deictic) {}

  private EdgeRanges() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : RANGE.in(p)) {
      boolean from = m.group("a1") != null;
      String a = from ? m.group("a1") : m.group("a2");
      String b = from ? m.group("b1") : m.group("b2");
      Expression e = range(p, m.start(), m.end(), a, b);
      if (e != null) {
        found.add(e);
      }
    }
    return found;
  }

  private static @Nullable Expression range(Passage p, int start, int end, String a, String b) {
    if (VERB_MONTH.matcher(a).find() || VERB_MONTH.matcher(b).find()) {
      return null; // "between now and may": a lower-case "may" or "march" is the verb
    }
    String first = a.toLowerCase(Locale.ROOT);
    String last = b.toLowerCase(Locale.ROOT);
    if (first.equals("date") || last.equals("now")) {
      return null;
    }
    Bound lastBound = bound(p, start, end, last, true, null);
    Bound firstBound = bound(p, start, end, first, false, lastBound);
    if (firstBound == null || lastBound == null) {
      return null;
    }
    if (!lastBound.yearKnown()) {
      if (firstBound.month() == null && !firstBound.deictic()) {
        return null; // "from the end of 2007 to March": which March is not said
      }
      lastBound = shiftAfter(lastBound, firstBound); // the first such month from the first bound on
    }
    if (!firstBound.special() && !lastBound.special()) {
      return null; // plain dates on both sides are DateRanges' business
    }
    LocalDate s = firstBound.point();
    LocalDate e = lastBound.point();
    boolean edge = EDGE.matcher(last).lookingAt();
    LocalDate intervalEnd = edge ? lastBound.point() : lastBound.to();
    if (!s.isBefore(e)) {
      return null;
    }
    String duration = firstBound.byDay() || lastBound.byDay()
        ? "P" + ChronoUnit.DAYS.between(s, e) + "D"
        : "P" + ChronoUnit.MONTHS.between(YearMonth.from(s), YearMonth.from(e)) + "M";
    String value = "(" + s + "," + e + "," + duration + ")";
    DateInterval interval = new DateInterval(s, intervalEnd);
    return p.anchored() ? p.relative(start, end, value, interval, "edge-range")
        : p.absolute(start, end, value, interval, "edge-range");
  }

  /** A month the text gives no year for, taken as the first such month from the first bound's on. */
  private static Bound shiftAfter(Bound last, Bound first) {
    int years = 0;
    while (last.from().plusYears(years).isBefore(first.from())) {
      years++;
    }
    int y = years;
    return new Bound(last.from().plusYears(y), last.to().plusYears(y), last.point().plusYears(y), last.special(),
        last.byDay(), last.month(), true, false);
  }

  /** The bound's period and point; null when it needs a reference the passage lacks or names no date. */
  private static @Nullable Bound bound(Passage p, int start, int end, String text, boolean isLast,
      @Nullable Bound lastBound) {
    if (text.equals("now") || text.equals("date")) {
      if (!p.anchored()) {
        return null;
      }
      LocalDate a = p.anchor();
      return new Bound(a, a.plusDays(1), a, true, true, null, true, true);
    }
    Matcher m = PARTS.matcher(text.replaceFirst("^the\\s", ""));
    if (!m.matches()) {
      return null;
    }
    String edge = m.group("edge");
    String rel = m.group("rel");
    boolean special = edge != null || rel != null && !rel.equals("the") || m.group("y1") != null;
    LocalDate from;
    LocalDate to;
    boolean byDay = false;
    Integer month = null;
    boolean yearKnown = true;
    if (m.group("unit") != null) {
      if (!p.anchored() || edge == null) {
        return null;
      }
      int shift = rel == null || rel.equals("the") || rel.equals("this") ? 0 : rel.equals("last") ? -1 : 1;
      if (m.group("unit").equals("year")) {
        from = LocalDate.of(p.anchor().getYear() + shift, 1, 1);
        to = from.plusYears(1);
      } else {
        from = p.anchor().withDayOfMonth(1).plusMonths(shift);
        to = from.plusMonths(1);
      }
    } else if (m.group("y1") != null || m.group("m4") != null) {
      month = CalendarWords.month(m.group("y1") != null ? m.group("m1") : m.group("m4"));
      String y = m.group("y1") != null ? m.group("y1") : m.group("y4");
      YearMonth ym;
      if (y != null) {
        ym = YearMonth.of(Integer.parseInt(y), month);
      } else if (rel != null && !rel.equals("the")) {
        if (!p.anchored()) {
          return null;
        }
        YearMonth now = YearMonth.from(p.anchor());
        ym = YearMonth.of(now.getYear(), month);
        if (rel.equals("last") && !ym.isBefore(now)) {
          ym = ym.minusYears(1);
        } else if (rel.equals("next") && !ym.isAfter(now)) {
          ym = ym.plusYears(1);
        }
      } else if (isLast || lastBound != null && lastBound.yearKnown() && lastBound.month() != null) {
        if (isLast && !p.anchored()) {
          return null;
        }
        // a first month without a year takes the last bound's year, or the year before if it would follow it
        ym = isLast ? YearMonth.from(p.anchor()).withMonth(month) : YearMonth.of(lastBound.from().getYear(), month);
        if (!isLast && ym.atDay(1).isAfter(lastBound.from())) {
          ym = ym.minusYears(1);
        }
        yearKnown = !isLast;
      } else {
        if (!p.anchored()) {
          return null;
        }
        ym = Timex.month(month, p.anchor(), lastBound != null && lastBound.deictic() ? Tense.PAST : p.tense(start, end));
      }
      from = ym.atDay(1);
      to = ym.plusMonths(1).atDay(1);
    } else if (m.group("y5") != null) {
      from = LocalDate.of(Integer.parseInt(m.group("y5")), 1, 1);
      to = from.plusYears(1);
    } else {
      boolean monthFirst = m.group("m2") != null;
      month = CalendarWords.month(monthFirst ? m.group("m2") : m.group("m3"));
      int day = CalendarWords.day(monthFirst ? m.group("d2") : m.group("d3"));
      String y = monthFirst ? m.group("y2") : m.group("y3");
      LocalDate date;
      if (y != null) {
        int year = Integer.parseInt(y);
        date = YearMonth.of(year, month).isValidDay(day) ? LocalDate.of(year, month, day) : null;
      } else {
        if (!p.anchored() || !isLast) {
          return null;
        }
        date = YearMonth.of(2000, month).isValidDay(day)
            ? Timex.monthDay(MonthDay.of(month, day), p.anchor(), Tense.FUTURE) : null;
      }
      if (date == null) {
        return null;
      }
      from = date;
      to = date.plusDays(1);
      byDay = true;
    }
    LocalDate point = edge == null ? from : switch (edge.toLowerCase(Locale.ROOT)) {
      case "end" -> to;
      case "middle" -> from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
      default -> from;
    };
    return new Bound(from, to, point, special, byDay, month, yearKnown, false);
  }
}
