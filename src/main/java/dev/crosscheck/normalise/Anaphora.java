package dev.crosscheck.normalise;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates that count from the date written before them, as HeidelTime reads them in news: "He left on Monday.
 * The day after, he resigned." is the Tuesday after that Monday. The anchor is the last date expression
 * before the anaphor, at most {@link #MAX_SENTENCE_BREAKS} sentence breaks back, on the same side of a
 * quotation mark, not in a line without a full stop (a headline or dateline), and of a grain fine enough
 * (a day for "the next day", a day or month for "the following month"). Anything else, or a last date
 * that is unresolved or vague, leaves the expression as the recognisers made it.
 */
final class Anaphora {
  /** The anchor stands in the same sentence or in one of the two before it. */
  static final int MAX_SENTENCE_BREAKS = 2;
  private static final String UNIT = "(?:day|week|month|year)";
  /** The whole text of an expression that points back; "the next week/month/year" are left to the reference. */
  private static final Pattern FORM = Pattern.compile("(?i)(?:(?<mod>later|earlier)\\s(?:in\\s)?)?"
      + "(?:that|that\\ssame|the\\ssame)\\s(?<same>" + UNIT + ")"
      + "|the\\s(?<rel>next(?=\\sday)|following|previous)\\s(?<unit1>" + UNIT + ")"
      + "|the\\s(?<unit2>" + UNIT + ")\\s(?<dir>after|before)"
      + "|(?<n>\\S+(?:\\s\\S+){0,3}?)[\\s-](?<unit3>" + UNIT + ")s?\\s(?<dir3>later|earlier)");
  /** What may follow "the day after"/"the day before" with no argument ("the day after the election"). */
  private static final Pattern BARE_END = Pattern.compile("\\s*(?:$|[,.;:!?)\\]\"”’'—–]|--|\\s+-\\s|\\n|\\s+(?:and|but)\\b)");
  /** "the next day or two", "the following day of talks", "the same day as the vote", "the same day that ...". */
  private static final Pattern ARGUMENT_AFTER = Pattern.compile("(?i)\\s+(?:(?:of|or|after|before|as|that|when|in\\s+which"
      + "|on\\s+which)\\b|in\\s+(?-i:[A-Z0-9]))");
  /** "over the next day", "within the following year": a span from the reference, not a date counted back. */
  private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:over|within|for|during|throughout)\\s+$");
  /** "September of that year", "April 18 of that year": part of the date before it, not counted from it. */
  private static final Pattern OF_BETWEEN = Pattern.compile("(?i)\\s+of\\s+");
  /** A sentence ends at . ! ? before a capital, digit or opening quote, or at a line break. */
  private static final Pattern BREAK = Pattern.compile("[.!?][\"”’')]*\\s+(?=[\"“‘'(`]*[A-Z0-9])|\\s*\\n\\s*");
  /** Words whose full stop ends no sentence: titles, initials, abbreviated months. */
  private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:\\b(?:mr|mrs|ms|dr|st|jr|sr|gov|sen|rep|gen|lt|col"
      + "|sgt|capt|prof|rev|no|inc|co|corp|ltd|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\\b[A-Z]|\\.[a-z])$");
  /** "a few days later" names no number of days: left as the recognisers read it. */
  private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:few|several|couple)\\b");
  private static final Pattern LINE_END = Pattern.compile("[.!?][\"”’')]*\\s*$");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEARISH = Pattern.compile("\\d{4}(?:-.*)?");

  private Anaphora() {}

  /** The expressions in order, each anaphor that has a usable anchor resolved against it. */
  static List<Expression> resolve(String text, List<Expression> found) {
    List<Expression> out = new ArrayList<>(found);
    int lastDate = -1;
    for (int i = 0; i < out.size(); i++) {
      Expression e = out.get(i);
      if (e.type() != ExpressionType.DATE) {
        continue;
      }
      Expression anchor = lastDate < 0 ? null : out.get(lastDate);
      lastDate = i;
      if (anchor == null) {
        continue;
      }
      Matcher form = FORM.matcher(e.text());
      if (!form.matches() || !pointsBack(text, e, form) || !reachable(text, anchor, e)) {
        continue;
      }
      Expression resolved = against(text, e, form, anchor);
      if (resolved != null) {
        out.set(i, resolved);
      }
    }
    return List.copyOf(out);
  }

  /** False for the forms with an argument or a span reading, which are not counted from a date before. */
  private static boolean pointsBack(String text, Expression e, Matcher form) {
    if (form.group("dir") != null && !BARE_END.matcher(text).region(e.end(), text.length()).lookingAt()) {
      return false; // "the day after the election", "the day before he resigned"
    }
    if (form.group("n") != null) {
      return RelativeDates.count(form.group("n")) != null && !VAGUE.matcher(form.group("n")).find();
    }
    if (ARGUMENT_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) {
      return false;
    }
    return !SPAN_BEFORE.matcher(text.substring(Math.max(0, e.start() - 20), e.start())).find();
  }

  /** Close enough, in the same voice, in a line that is a sentence, and not the date this one modifies. */
  private static boolean reachable(String text, Expression anchor, Expression e) {
    String between = text.substring(anchor.end(), e.start());
    if (OF_BETWEEN.matcher(between).matches() || quotes(between) % 2 != 0 || breaks(text, anchor.end(), e.start())
        > MAX_SENTENCE_BREAKS) {
      return false;
    }
    int lineBreak = between.indexOf('\n');
    return lineBreak < 0 || LINE_END.matcher(between).region(0, lineBreak).find();
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        n++;
      } else if ((c == '`' || c == '\'') && i + 1 < s.length() && s.charAt(i + 1) == c) {
        n++; // `` and '' as ECB+ and LaTeX write quotation marks
        i++;
      }
    }
    return n;
  }

  private static int breaks(String text, int from, int to) {
    Matcher m = BREAK.matcher(text).region(from, to);
    int n = 0;
    while (m.find()) {
      if (text.charAt(m.start()) == '.' && m.group().indexOf('\n') < 0
          && ABBREVIATION.matcher(text).region(Math.max(0, m.start() - 5), m.start()).find()) {
        continue;
      }
      n++;
    }
    return n;
  }

  /** The anaphor resolved against the anchor's date, or null when the anchor is too coarse or vague. */
  private static @Nullable Expression against(String text, Expression e, Matcher form, Expression anchor) {
    if (!(anchor.interval() instanceof DateInterval span) || span.start() == null || span.end() == null) {
      return null;
    }
    String value = anchor.value();
    boolean day = DAY.matcher(value).matches() && span.end().equals(span.start().plusDays(1));
    boolean week = WEEK.matcher(value).matches() && span.end().equals(span.start().plusWeeks(1));
    boolean month = MONTH.matcher(value).matches()
        && YearMonth.from(span.start()).equals(YearMonth.from(span.end().minusDays(1)));
    boolean year = YEARISH.matcher(value).matches() && span.start().getYear() == span.end().minusDays(1).getYear();
    LocalDate first = span.start();
    String trace = "\"" + anchor.text() + "\" → " + value;
    if (form.group("n") != null) {
      long n = RelativeDates.count(form.group("n"));
      String unit = form.group("unit3").toLowerCase(Locale.ROOT);
      boolean later = form.group("dir3").equalsIgnoreCase("later");
      boolean fine = unit.equals("year") ? year : unit.equals("month") ? day || month : day;
      if (!fine) {
        return null;
      }
      LocalDate date = RelativeDates.shift(first, unit, later ? n : -n);
      String rule = "anaphoric-" + unit + "s-" + (later ? "later" : "earlier");
      return switch (unit) {
        case "year" -> at(e, Timex.year(date.getYear()), Timex.yearInterval(date.getYear()), rule, trace);
        case "month" -> at(e, Timex.month(YearMonth.from(date)), Timex.monthInterval(YearMonth.from(date)), rule, trace);
        default -> at(e, date.toString(), DateInterval.day(date), rule, trace);
      };
    }
    String unit = firstOf(form, "same", "unit1", "unit2").toLowerCase(Locale.ROOT);
    String rel = form.group("same") != null ? "same"
        : form.group("dir") != null ? form.group("dir").toLowerCase(Locale.ROOT)
        : form.group("rel").equalsIgnoreCase("previous") ? "before" : "after";
    int shift = rel.equals("after") ? 1 : rel.equals("before") ? -1 : 0;
    String mod = form.group("mod") == null ? null : form.group("mod").toLowerCase(Locale.ROOT);
    String rule = "anaphoric-" + unit + "-" + rel + (mod == null ? "" : "+" + mod);
    switch (unit) {
      case "day" -> {
        if (!day) {
          return null;
        }
        LocalDate date = first.plusDays(shift);
        return at(e, date.toString(), DateInterval.day(date), rule, trace);
      }
      case "week" -> {
        if (!day && !week) {
          return null;
        }
        LocalDate d = first.plusWeeks(shift);
        return at(e, Timex.week(d), narrowed(Timex.weekInterval(d), mod, day ? first : null), rule, trace);
      }
      case "month" -> {
        if (!day && !month) {
          return null;
        }
        YearMonth ym = YearMonth.from(first).plusMonths(shift);
        return at(e, Timex.month(ym), narrowed(Timex.monthInterval(ym), mod, day ? first : null), rule, trace);
      }
      default -> {
        if (!year) {
          return null;
        }
        int y = first.getYear() + shift;
        return at(e, Timex.year(y), narrowed(Timex.yearInterval(y), mod, day || month ? first : null), rule, trace);
      }
    }
  }

  /** "later that week" after a Monday is the rest of that week; "earlier that month" the part up to the day. */
  private static DateInterval narrowed(DateInterval whole, @Nullable String mod, @Nullable LocalDate anchorDay) {
    if (mod == null || anchorDay == null || whole.start() == null || whole.end() == null
        || anchorDay.isBefore(whole.start()) || !anchorDay.isBefore(whole.end())) {
      return whole;
    }
    if (mod.equals("later")) {
      LocalDate next = anchorDay.plusDays(1);
      return next.isBefore(whole.end()) ? new DateInterval(next, whole.end()) : whole;
    }
    return ChronoUnit.DAYS.between(whole.start(), anchorDay) > 0 ? new DateInterval(whole.start(), anchorDay.plusDays(1))
        : whole;
  }

  private static Expression at(Expression e, String value, DateInterval interval, String rule, String anchor) {
    return new Expression(e.text(), e.start(), e.end(), ExpressionType.DATE, value, interval, null, null,
        new Trace(rule, anchor));
  }

  private static String firstOf(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("none of " + String.join(", ", groups) + " matched");
  }
}
