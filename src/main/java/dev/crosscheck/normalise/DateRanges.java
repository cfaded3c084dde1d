package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.DAY;
import static dev.crosscheck.normalise.CalendarWords.MONTH;
import static dev.crosscheck.normalise.CalendarWords.YEAR;

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
 * Ranges of dates: "from 4 to 22 January", "November 19-20", "2014–2018", "from Oct. 2 to October 22".
 * The value is written as Recognizers-Text writes a range, "(2014-01-01,2018-01-01,P4Y)", the second
 * date being the start of the last day, month or year named; the interval includes that last one, since
 * "2014–2018" in a news story includes 2018.
 */
final class DateRanges {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String TO = "\\s?(?:-|–|—|to|till|until|through|thru|and)\\s?";
  private static final String LEAD = "(?:(?<lead>from|between)\\s)?";
  private static final Openers LEAD_OPENERS = Openers.words("from", "between");
  /** "between the 9th and the 17th of April": "the" only after a lead, so a match still starts at one. */
  private static final String LEAD_THE = "(?:(?<lead>from|between)\\s(?:the\\s)?)?";
  private static final Gated DAYS_THEN_MONTH = Gated.of("\\b" + LEAD_THE + "(?<d1>" + DAY + ")(?<to>" + TO + ")(?:the\\s)?(?<d2>"
      + DAY + ")\\s(?:of\\s)?(?<m>" + MONTH + ")(?:,?\\s(?<y>" + CalendarWords.YEAR_ANY + "))?", FLAGS,
      LEAD_OPENERS.or(CalendarWords.DAY_OPENERS))
      .near(Reach.to(CalendarWords.MONTH_OPENERS).across(CalendarWords.DAY_WORDS).across("from", "between", "to", "till",
          "until", "through", "thru", "and", "of", "the").acrossDigits().acrossMarks("–—"));
  private static final Gated MONTH_THEN_DAYS = Gated.of("\\b" + LEAD + "(?<m>" + MONTH + ")\\s(?:the\\s)?(?<d1>" + DAY
      + ")(?<to>" + TO + ")(?:the\\s)?(?<d2>" + DAY + ")(?!\\s?(?:of\\s)?" + MONTH + ")(?:,?\\s(?<y>" + CalendarWords.YEAR_ANY + "))?", FLAGS,
      LEAD_OPENERS.or(CalendarWords.MONTH_OPENERS));
  /** "from 4 to January 22, 1995", "from 02 to April 07": the month is named once, with the last day. */
  private static final Gated DAY_TO_MONTH_DAY = Gated.of("\\b(?<lead>from|between)\\s(?<d1>" + DAY + ")(?<to>" + TO
      + ")(?<m>" + MONTH + ")\\s(?<d2>" + DAY + ")(?:,?\\s(?<y>" + CalendarWords.YEAR_ANY + "))?", FLAGS, LEAD_OPENERS);
  /** "November between 19 and 20", "Feb between 2-7 2018". */
  private static final Gated MONTH_BETWEEN_DAYS = Gated.of("\\b(?<m>" + MONTH + ")\\s(?<lead>between)\\s(?<d1>" + DAY
      + ")(?<to>" + TO + ")(?<d2>" + DAY + ")(?:,?\\s(?<y>" + CalendarWords.YEAR_ANY + "))?", FLAGS,
      CalendarWords.MONTH_OPENERS).requiring(Openers.words("between"));
  /** "10/1/2018-10/7/2018", "5/1-5/7, 2020", "between 10/1-11/7": month first, as a lone "4/22" is read. */
  private static final Gated NUMERIC = Gated.of("(?<![\\w./-])" + LEAD + "(?<m1>\\d{1,2})/(?<d1>\\d{1,2})(?:/(?<y1>\\d{4}))?"
      + "\\s?[-–]\\s?(?<m2>\\d{1,2})/(?<d2>\\d{1,2})(?:/(?<y2>\\d{4})|,\\s(?<y3>\\d{4}))?(?![\\w]|[-/.,]\\d)", FLAGS,
      LEAD_OPENERS.or(Openers.NUMERALS)).near(Reach.to(Openers.chars("/")).across("from", "between").acrossDigits());
  private static final Gated DAYS_THIS_MONTH = Gated.of("\\b" + LEAD + "(?<d1>" + DAY + ")(?<to>" + TO + ")(?<d2>"
      + DAY + ")\\s(?:of\\s|in\\s)?(?<rel>this|next|last)\\smonth\\b", FLAGS,
      LEAD_OPENERS.or(CalendarWords.DAY_OPENERS))
      .requiring(Openers.words("month"));
  private static final Gated YEARS = Gated.of("(?<![\\w.,$-])" + LEAD
      + "(?<y1>(?:1[5-9]|20)\\d\\d)(?<to>\\s?[-–~]\\s?)(?<y2>(?:1[5-9]|20)\\d\\d)(?![\\w-]|[.,]\\d|\\s(?:season|campaign)\\b)", FLAGS,
      LEAD_OPENERS.or(Openers.NUMERALS)).near(Reach.to(Openers.chars("-–~")).across("from", "between").acrossDigits());
  private static final Gated MONTHS = Gated.of("\\b" + LEAD + "(?<m1>" + MONTH + ")(?<to>" + TO + ")(?<m2>" + MONTH
      + ")(?!\\s?\\d{1,2}(?!\\d))(?:,?\\s(?:in\\s|of\\s)?(?<y>" + CalendarWords.YEAR_ANY + "))?", FLAGS,
      LEAD_OPENERS.or(CalendarWords.MONTH_OPENERS));
  private static final Pattern GAP = Pattern.compile("\\A(?:\\s?(?:-|–|—)\\s?|\\s(?:to|till|until|through|thru|and)\\s)\\z",
      FLAGS);
  private static final Pattern LEAD_BEFORE = Pattern.compile("(?:from|between)\\s\\z", FLAGS);

  private DateRanges() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    dayRanges(p, DAYS_THEN_MONTH, found);
    dayRanges(p, MONTH_THEN_DAYS, found);
    dayRanges(p, DAYS_THIS_MONTH, found);
    dayRanges(p, DAY_TO_MONTH_DAY, found);
    dayRanges(p, MONTH_BETWEEN_DAYS, found);
    NumericRanges.find(p, NUMERIC, found);
    months(p, found);
    for (Matcher m : YEARS.in(p)) {
      int y1 = Integer.parseInt(m.group("y1"));
      int y2 = CalendarWords.year(m.group("y2"));
      if (y1 < y2 && led(m)) {
        found.add(range(p, m.start(), m.end(), LocalDate.of(y1, 1, 1), LocalDate.of(y2, 1, 1),
            LocalDate.of(y2 + 1, 1, 1), "P" + (y2 - y1) + "Y", "year-range"));
      }
    }
    return found;
  }

  /**
   * "from May to September", "jan-feb 2017", "nov-feb 2017": a year named at the end belongs to the
   * last month, and the first month is the latest one not after it; without a year the first month is
   * read by tense and the last is the first one not before it.
   */
  private static void months(Passage p, List<Expression> found) {
    for (Matcher m : MONTHS.in(p)) {
      String first = m.group("m1");
      String last = m.group("m2");
      boolean verbLike = first.equals("may") || first.equals("march") || last.equals("may") || last.equals("march");
      if (!led(m) || verbLike && m.group("y") == null && m.group("lead") == null) {
        continue; // "they march to May Day" needs a lead or a year
      }
      int m1 = CalendarWords.month(first);
      int m2 = CalendarWords.month(last);
      YearMonth start;
      YearMonth end;
      if (m.group("y") != null) {
        end = YearMonth.of(CalendarWords.year(m.group("y")), m2);
        start = YearMonth.of(end.getYear() - (m1 > m2 ? 1 : 0), m1);
      } else if (p.anchored()) {
        start = byTense(p, m, m1, m2);
        end = YearMonth.of(start.getYear() + (m2 < m1 ? 1 : 0), m2);
      } else {
        found.add(p.unresolved(m.start(), m.end(), String.format("(XXXX-%02d-01,XXXX-%02d-01,P%dM)", m1, m2,
            (m2 - m1 + 12) % 12), Passage.NO_REFERENCE));
        continue;
      }
      if (!start.isBefore(end)) {
        continue;
      }
      long months = ChronoUnit.MONTHS.between(start, end);
      found.add(range(p, m.start(), m.end(), start.atDay(1), end.atDay(1), end.plusMonths(1).atDay(1),
          "P" + months + "M", m.group("y") != null ? "month-range" : "month-range-tense"));
    }
  }

  /**
   * The first month of a range the tense points to: in a future sentence the earliest range that has not
   * ended by the reference month, in a past one the latest that has begun, else the one that starts in
   * the reference year.
   */
  private static YearMonth byTense(Passage p, Matcher m, int m1, int m2) {
    YearMonth now = YearMonth.from(p.anchor());
    int span = (m2 - m1 + 12) % 12;
    Tense tense = p.tense(m.start(), m.end());
    if (tense != Tense.PAST && tense != Tense.FUTURE) {
      return YearMonth.of(now.getYear(), m1);
    }
    for (int k = -1; k <= 1; k++) {
      YearMonth start = YearMonth.of(now.getYear() + (tense == Tense.PAST ? -k : k), m1);
      boolean fits = tense == Tense.FUTURE ? !start.plusMonths(span).isBefore(now) : !start.isAfter(now);
      if (fits) {
        return start;
      }
    }
    return YearMonth.of(now.getYear(), m1);
  }

  /** "4 and 22 January" needs "between"; the other joiners stand alone. */
  private static boolean led(Matcher m) {
    return m.group("lead") != null || !m.group("to").trim().equalsIgnoreCase("and");
  }

  private static void dayRanges(Passage p, Gated pattern, List<Expression> found) {
    for (Matcher m : pattern.in(p)) {
      int d1 = CalendarWords.day(m.group("d1"));
      int d2 = CalendarWords.day(m.group("d2"));
      if (d1 >= d2 || !led(m)) {
        continue;
      }
      YearMonth month = month(p, m, d1);
      if (month == null) {
        if (!p.anchored() && pattern != DAYS_THIS_MONTH) {
          int mo = CalendarWords.month(m.group("m"));
          found.add(p.unresolved(m.start(), m.end(),
              String.format("(XXXX-%02d-%02d,XXXX-%02d-%02d,P%dD)", mo, d1, mo, d2, d2 - d1), Passage.NO_REFERENCE));
        }
        continue;
      }
      if (d2 > month.lengthOfMonth()) {
        continue;
      }
      boolean relative = pattern == DAYS_THIS_MONTH;
      LocalDate first = month.atDay(d1);
      LocalDate last = month.atDay(d2);
      found.add(range(p, m.start(), m.end(), first, last, last.plusDays(1), "P" + (d2 - d1) + "D",
          relative ? "day-range-relative" : m.group("y") != null ? "day-range" : "day-range-tense"));
    }
  }

  private static @Nullable YearMonth month(Passage p, Matcher m, int d1) {
    if (m.pattern() == DAYS_THIS_MONTH.pattern()) {
      if (!p.anchored()) {
        return null;
      }
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      return YearMonth.from(p.anchor()).plusMonths(rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
    }
    int mo = CalendarWords.month(m.group("m"));
    if (m.group("y") != null) { // only the patterns with a named month have a year group
      return YearMonth.of(CalendarWords.year(m.group("y")), mo);
    }
    if (!p.anchored() || d1 > java.time.Month.of(mo).maxLength()) {
      return null;
    }
    LocalDate start = Timex.monthDay(MonthDay.of(mo, d1), p.anchor(), p.tense(m.start(), m.end()));
    return start == null ? null : YearMonth.from(start);
  }

  /**
   * Joins two dates already found into one range when only "to", "-", "until" (or "and" after
   * "between") stands between them: "from Oct. 2 to October 22", "from 2014 to 2018".
   */
  static List<Expression> join(String text, List<Expression> sorted) {
    List<Expression> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Expression a = sorted.get(i);
      Expression joined = i + 1 < sorted.size() ? joined(text, a, sorted.get(i + 1)) : null;
      if (joined != null) {
        out.add(joined);
        i++;
      } else {
        out.add(a);
      }
    }
    return inWeek(text, out);
  }

  /** "next week between Wednesday and Friday", "this week from Tue to Thur": the weekdays of that week. */
  private static List<Expression> inWeek(String text, List<Expression> sorted) {
    List<Expression> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Expression a = sorted.get(i);
      Expression b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (b != null && a.value().matches("\\d{4}-W\\d\\d") && a.interval() instanceof DateInterval week
          && week.start() != null && b.trace().rule().matches("range:weekday-[a-z]+\\+weekday-[a-z]+")
          && b.interval() instanceof DateInterval days && days.start() != null && days.end() != null
          && text.substring(a.end(), b.start()).equals(" ")) {
        LocalDate first = week.start().plusDays(days.start().getDayOfWeek().getValue() - 1);
        LocalDate last = week.start().plusDays(days.end().minusDays(1).getDayOfWeek().getValue() - 1);
        if (first.isBefore(last)) {
          out.add(new Expression(text.substring(a.start(), b.end()), a.start(), b.end(), ExpressionType.DATE,
              "(" + first + "," + last + ",P" + ChronoUnit.DAYS.between(first, last) + "D)",
              new DateInterval(first, last.plusDays(1)), null, null,
              new Trace(a.trace().rule() + "+weekdays", a.trace().anchor())));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static @Nullable Expression joined(String text, Expression a, Expression b) {
    if (a.type() != ExpressionType.DATE || b.type() != ExpressionType.DATE
        || !(a.interval() instanceof DateInterval ia0) || !(b.interval() instanceof DateInterval ib0)
        || ia0.start() == null || ia0.end() == null || ib0.start() == null || ib0.end() == null
        || a.value().startsWith("(") || b.value().startsWith("(")) {
      return null;
    }
    String gap0 = text.substring(a.end(), b.start());
    boolean weekday = a.trace().rule().contains("weekday") || b.trace().rule().contains("weekday");
    boolean ledByWord = LEAD_BEFORE.matcher(text.substring(Math.max(0, a.start() - 8), a.start())).find();
    if (weekday && (!ledByWord || !gap0.matches("\\s(?:to|till|until|through|thru|and)\\s"))) {
      return null; // "this Friday-Jun-15" is one day written twice; "postponed Monday to Oct. 5" no range
    }
    DateInterval ia = yearFromEnd(a, ia0, b, ib0);
    DateInterval ib = weekdayAfter(a, ia, b, ib0);
    if (!ia.start().isBefore(ib.start())) {
      return null;
    }
    String gap = gap0;
    if (gap.matches("(?i)\\s(?:to|till|until|through|thru|and)\\sthe\\s") && a.value().length() == 10 && b.value().length() == 10
        && !a.trace().rule().startsWith("day-")) {
      gap = gap.substring(0, gap.length() - 4); // "from 26 June to the 28th of June": days that name their month
    }
    if (!GAP.matcher(gap).find()) {
      return null;
    }
    Matcher lead = LEAD_BEFORE.matcher(text.substring(Math.max(0, a.start() - 8), a.start()));
    boolean led = lead.find();
    if (gap.trim().equalsIgnoreCase("and") && (!led || !lead.group().toLowerCase(java.util.Locale.ROOT).startsWith("between"))) {
      return null;
    }
    int start = led ? a.start() - (lead.end() - lead.start()) : a.start();
    String duration = a.value().length() == 4 && b.value().length() == 4
        ? "P" + (ib.start().getYear() - ia.start().getYear()) + "Y"
        : a.value().length() <= 7 && b.value().length() <= 7
            ? "P" + ChronoUnit.MONTHS.between(ia.start(), ib.start()) + "M"
            : "P" + ChronoUnit.DAYS.between(ia.start(), ib.start()) + "D";
    String value = "(" + ia.start() + "," + ib.start() + "," + duration + ")";
    return new Expression(text.substring(start, b.end()), start, b.end(), ExpressionType.DATE, value,
        new DateInterval(ia.start(), ib.end()), null, null,
        new Trace("range:" + a.trace().rule() + "+" + b.trace().rule(), a.trace().anchor()));
  }

  /**
   * "Nov 18-Dec 19, 2015", "Nov-Feb 5th, 2017": a year written once, at the end, belongs to the first date
   * too, which is then the latest such day or month not after the last.
   */
  private static DateInterval yearFromEnd(Expression a, DateInterval ia, Expression b, DateInterval ib) {
    String rule = a.trace().rule();
    boolean tensed = rule.startsWith("monthday-") || rule.equals("month-past") || rule.equals("month-future")
        || rule.equals("month-same-year");
    if (!tensed || b.trace().anchor() != null || b.value().length() < 7 || b.value().contains("X")) {
      return ia;
    }
    LocalDate first = ia.start();
    if (a.value().length() == 7) {
      YearMonth ym = YearMonth.of(ib.start().getYear(), first.getMonthValue());
      ym = ym.atDay(1).isAfter(ib.start()) ? ym.minusYears(1) : ym;
      return Timex.monthInterval(ym);
    }
    MonthDay md = MonthDay.from(first);
    LocalDate same = Timex.valid(ib.start().getYear(), md);
    LocalDate day = same != null && !same.isAfter(ib.start()) ? same : Timex.valid(ib.start().getYear() - 1, md);
    return day == null ? ia : DateInterval.day(day);
  }

  /** "from next Monday to Friday": a bare weekday after a day is the first such weekday after it. */
  private static DateInterval weekdayAfter(Expression a, DateInterval ia, Expression b, DateInterval ib) {
    String rule = b.trace().rule();
    boolean bare = rule.equals("weekday-past") || rule.equals("weekday-future") || rule.equals("weekday-nearest");
    if (!bare || ib.start().isAfter(ia.start()) || a.value().length() != 10) {
      return ib;
    }
    LocalDate day = ia.start().with(java.time.temporal.TemporalAdjusters.next(ib.start().getDayOfWeek()));
    return DateInterval.day(day);
  }

  static Expression range(Passage p, int start, int end, LocalDate first, LocalDate lastStart,
      LocalDate endExclusive, String duration, String rule) {
    String value = "(" + first + "," + lastStart + "," + duration + ")";
    DateInterval interval = new DateInterval(first, endExclusive);
    return p.anchored() && !rule.equals("year-range") && !rule.equals("day-range") && !rule.equals("month-range")
        && !rule.equals("numeric-range")
        ? p.relative(start, end, value, interval, rule) : p.absolute(start, end, value, interval, rule);
  }
}
