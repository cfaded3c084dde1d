package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates that only mean something against the reference date: "today", "last month", "earlier this week",
 * "two weeks ago", "within the next week", "in the coming days", "recently". Without a reference they
 * stay unresolved, with X's where the value would be.
 */
final class RelativeDates {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String COUNT = "(?<n>" + NumberWords.NUMBER + "|a|an|a\\sfew|few|several|a\\scouple\\sof|couple\\sof)";
  private static final Openers COUNT_OPENERS = NumberWords.OPENERS.or("a", "an", "few", "several", "couple");
  private static final String UNIT = "(?<unit>days?|weeks?|months?|years?|decades?)\\b";
  /** A count and then a unit: what stands before the unit in "a couple of weeks", "two weeks ago". */
  private static final Reach COUNTED_UNIT = Reach.to(Openers.wordsOf(UNIT)).across(NumberWords.VOCABULARY)
      .acrossDigits().across("a", "an", "few", "several", "couple", "of");
  private static final Gated DEICTIC = Gated.of(
      "\\b(?:the\\sday\\sbefore\\syesterday|the\\sday\\safter\\s(?:tomorrow|tmrw)|today|tonight|yesterday|tomorrow|tmrw)\\b",
      FLAGS, Openers.words("the", "today", "tonight", "yesterday", "tomorrow", "tmrw"))
      .near(Reach.to(Openers.words("today", "tonight", "yesterday", "tomorrow", "tmrw")).across("the", "day", "before", "after"));
  private static final Pattern SHOW_AFTER = Pattern.compile("(?-i:\\s(?:show|Show|programme|Programme))\\b");
  private static final String THIS_UNITS = "(?:week|weekend|month|year|quarter|qtr|yr)\\b";
  /** An implicit "this" ("the end of the year", "earlier in the week") is not read before a year or "of". */
  private static final String NOT_NAMED_AFTER = "(?!-|\\s(?:\\d|of\\b))";
  private static final Gated THIS_UNIT = Gated.of("\\b(?:(?:(?<mod>earlier|later)\\s(?:in\\s)?|(?<part>early|mid|late"
      + "|(?:the\\s)?(?:end|beginning|start|middle)\\sof)[\\s-])?(?:the\\s)?"
      + "(?<rel>this|last|next|past|previous|coming|upcoming|current)\\s(?<unit>" + THIS_UNITS + ")"
      + "|(?<mod2>earlier|later)\\sin\\sthe\\s(?<unit2>" + THIS_UNITS + ")" + NOT_NAMED_AFTER
      + "|(?<part2>(?:the\\s)?(?:end|beginning|start|middle)\\sof)\\s(?:the\\s)?(?<unit3>" + THIS_UNITS + ")"
      + NOT_NAMED_AFTER + ")", FLAGS, Openers.words("earlier", "later", "early", "mid", "late", "the", "end",
      "beginning", "start", "middle", "this", "last", "next", "past", "previous", "coming", "upcoming", "current"))
      .near(Reach.to(Openers.wordsOf(THIS_UNITS)).across("earlier", "later", "in", "early", "mid", "late", "the", "end",
          "beginning", "start", "middle", "of", "this", "last", "next", "past", "previous", "coming", "upcoming", "current"));
  private static final Gated AGO = Gated.of("\\b" + COUNT + "[\\s-]" + UNIT
      + "\\s(?<dir>ago|from\\snow|from\\stoday|hence|later|earlier(?!\\sthan\\b))\\b", FLAGS, COUNT_OPENERS)
      .requiring(Openers.words("ago", "from", "hence", "later", "earlier")).near(COUNTED_UNIT);
  private static final Gated SPAN = Gated.of("\\b(?:(?<lead>in|within|over|during|for)\\s)?(?:the\\s)?"
      + "(?:(?<rel>next|coming|upcoming|past|last|previous)\\s)?(?:" + COUNT + "\\s|(?<glued>\\d{1,3})(?=(?:day|week|month|year)))?"
      + "(?:(?<rel2>next|coming|upcoming|past|previous)\\s)?" + UNIT, FLAGS,
          COUNT_OPENERS.or(Openers.wordsOf(UNIT)).or("in", "within", "over", "during", "for", "the", "next",
          "coming", "upcoming", "past", "last", "previous"))
      .near(COUNTED_UNIT.across("in", "within", "over", "during", "for", "the", "next", "coming", "upcoming", "past",
          "last", "previous"));
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Gated IN_UNITS = Gated.of("\\bin\\s(?<n>" + NumberWords.NUMBER + "|a|an)\\s"
      + UNIT + "(?!\\s(?:ago|of|time))", FLAGS, Openers.words("in"))
      .near(COUNTED_UNIT.across("in"));
  private static final Gated REFS = Gated.of("\\b(?<present>right\\snow|now|currently|at\\spresent|nowadays"
      + "|these\\sdays|at\\sthe\\smoment)\\b|\\b(?<past>recently|previously|formerly|in\\sthe\\spast|lately)\\b"
      + "|\\b(?<future>soon|shortly|in\\sthe\\s(?:near\\s)?future)\\b", FLAGS,
      Openers.words("right", "now", "currently", "at", "nowadays", "these", "recently", "previously", "formerly",
          "in", "lately", "soon", "shortly"))
      .near(Reach.to(Openers.words("now", "currently", "present", "nowadays", "days", "moment", "recently", "previously",
          "formerly", "past", "lately", "soon", "shortly", "future")).across("right", "at", "these", "the", "in", "near"));
  private static final Gated ANAPHORIC = Gated.of("\\bthe\\s(?:(?:next|following|previous)\\s(?<u1>day|week|month|year)"
      + "|(?<u2>day|week|month|year)\\s(?:after|before))\\b", FLAGS, Openers.words("the"))
      .near(Reach.to(Openers.words("day", "week", "month", "year")).across("the", "next", "following", "previous"));

  private RelativeDates() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    deictic(p, found);
    thisUnit(p, found);
    ago(p, found);
    spans(p, found);
    inUnits(p, found);
    refs(p, found);
    anaphoric(p, found);
    return found;
  }

  private static void deictic(Passage p, List<Expression> found) {
    for (Matcher m : DEICTIC.in(p)) {
      String w = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      int shift = w.equals("the day before yesterday") ? -2 : w.startsWith("the day after") ? 2
          : w.equals("yesterday") ? -1 : w.startsWith("tom") || w.equals("tmrw") ? 1 : 0;
      if ((w.equals("today") || w.equals("tonight")) && (TitleWords.inTitle(p.text(), m.start(), m.end(), false)
          || SHOW_AFTER.matcher(p.text()).region(m.end(), p.text().length()).lookingAt())) {
        continue; // "USA Today", "Entertainment Tonight", "the Today programme": a paper or a show
      }
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-XX-XX", Passage.NO_REFERENCE));
        continue;
      }
      LocalDate date = p.anchor().plusDays(shift);
      found.add(p.relative(m.start(), m.end(), date.toString(), DateInterval.day(date), "deictic-day"));
    }
  }

  private static String firstOf(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("none of " + String.join(", ", groups) + " matched");
  }

  private static void thisUnit(Passage p, List<Expression> found) {
    for (Matcher m : THIS_UNIT.in(p)) {
      String rel = m.group("rel") == null ? "this" : m.group("rel").toLowerCase(Locale.ROOT);
      String unit = firstOf(m, "unit", "unit2", "unit3").toLowerCase(Locale.ROOT).replace("qtr", "quarter")
          .replace("yr", "year");
      String modWritten = m.group("mod") != null ? m.group("mod") : m.group("mod2");
      String mod = modWritten == null ? null : modWritten.toLowerCase(Locale.ROOT);
      int shift = switch (rel) {
        case "last", "past", "previous" -> -1;
        case "next", "coming", "upcoming" -> 1;
        default -> 0;
      };
      String rule = unit + "-" + (shift < 0 ? "last" : shift > 0 ? "next" : "this") + (mod == null ? "" : "-" + mod);
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), unresolvedTimex(unit), Passage.NO_REFERENCE));
        continue;
      }
      LocalDate a = p.anchor();
      String value;
      DateInterval interval;
      switch (unit) {
        case "week" -> {
          LocalDate day = a.plusWeeks(shift);
          value = Timex.week(day);
          interval = Timex.weekInterval(day);
        }
        case "weekend" -> {
          LocalDate saturday = a.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
          value = Timex.week(saturday) + "-WE";
          interval = new DateInterval(saturday, saturday.plusDays(2));
        }
        case "month" -> {
          YearMonth ym = YearMonth.from(a).plusMonths(shift);
          value = Timex.month(ym);
          interval = Timex.monthInterval(ym);
        }
        case "quarter" -> {
          LocalDate day = a.plusMonths(3L * shift);
          int q = day.get(IsoFields.QUARTER_OF_YEAR);
          value = Timex.year(day.getYear()) + "-Q" + q;
          LocalDate first = LocalDate.of(day.getYear(), 3 * q - 2, 1);
          interval = new DateInterval(first, first.plusMonths(3));
        }
        default -> {
          value = Timex.year(a.getYear() + shift);
          interval = Timex.yearInterval(a.getYear() + shift);
        }
      }
      String part = CalendarWords.part(m.group("part") != null ? m.group("part") : m.group("part2"));
      DateInterval narrowed = part == null ? modified(interval, mod, a) : Timex.part(interval, part);
      found.add(p.relative(m.start(), m.end(), value, narrowed, part == null ? rule : rule + "+" + part));
    }
  }

  /** "earlier this week" ends at the reference date; "later this week" starts after it. */
  private static DateInterval modified(DateInterval whole, @Nullable String mod, LocalDate anchor) {
    if (mod == null || whole.start() == null || whole.end() == null) {
      return whole;
    }
    if (mod.equals("earlier") && anchor.isAfter(whole.start()) && !anchor.isAfter(whole.end())) {
      return new DateInterval(whole.start(), anchor.plusDays(1).isBefore(whole.end()) ? anchor.plusDays(1) : whole.end());
    }
    if (mod.equals("later") && !anchor.isBefore(whole.start()) && anchor.plusDays(1).isBefore(whole.end())) {
      return new DateInterval(anchor.plusDays(1), whole.end());
    }
    return whole;
  }

  private static String unresolvedTimex(String unit) {
    return switch (unit) {
      case "week" -> "XXXX-WXX";
      case "weekend" -> "XXXX-WXX-WE";
      case "month" -> "XXXX-XX";
      case "quarter" -> "XXXX-QX";
      default -> "XXXX";
    };
  }

  private static void ago(Passage p, List<Expression> found) {
    List<Expression> counted = new ArrayList<>();
    counted(p, AGO, counted, (m, unit, n) -> {
      if (m.group("dir").equalsIgnoreCase("earlier")) { // "two days earlier" than a date before it: Anaphora
        return p.unresolved(m.start(), m.end(), unresolvedFor(unit), "unresolved-anaphoric");
      }
      if (m.group("dir").equalsIgnoreCase("later") && p.tense(m.start(), m.end()) == Tense.PAST) {
        // "three weeks later, he was placed on IR": later than a past event, never than the publication
        return p.unresolved(m.start(), m.end(), unresolvedFor(unit), "unresolved-anaphoric");
      }
      boolean back = m.group("dir").equalsIgnoreCase("ago");
      String rule = (back ? "ago-" : "from-now-") + unit;
      return atGrain(p, m.start(), m.end(), shift(p.anchor(), unit, back ? -n : n), unit, rule);
    });
    for (Expression e : counted) {
      found.add(e.text().regionMatches(true, e.length() - 7, "earlier", 0, 7)
          ? p.unresolved(e.start(), e.end(), e.value(), "unresolved-anaphoric") : e);
    }
  }

  /** Resolves a match that counts units from the anchor, once its count and unit are read. */
  private interface Offset {
    Expression at(Matcher m, String unit, long n);
  }

  /** Matches that count units from the anchor ("two weeks ago", "in 3 days"); unresolved without one. */
  private static void counted(Passage p, Gated pattern, List<Expression> found, Offset offset) {
    for (Matcher m : pattern.in(p)) {
      Long n = count(m.group("n"));
      if (n == null) {
        continue;
      }
      String unit = singular(m.group("unit"));
      found.add(p.anchored() ? offset.at(m, unit, n)
          : p.unresolved(m.start(), m.end(), unresolvedFor(unit), Passage.NO_REFERENCE));
    }
  }

  /** "four years ago" is a year, "a month ago" a month, "two weeks ago" a day: the unit sets the grain. */
  private static Expression atGrain(Passage p, int start, int end, LocalDate date, String unit, String rule) {
    return switch (unit) {
      case "year", "decade" -> p.relative(start, end, Timex.year(date.getYear()), Timex.yearInterval(date.getYear()), rule);
      case "month" -> p.relative(start, end, Timex.month(YearMonth.from(date)),
          Timex.monthInterval(YearMonth.from(date)), rule);
      default -> p.relative(start, end, date.toString(), DateInterval.day(date), rule);
    };
  }

  private static String unresolvedFor(String unit) {
    return switch (unit) {
      case "year", "decade" -> "XXXX";
      case "month" -> "XXXX-XX";
      default -> "XXXX-XX-XX";
    };
  }

  private static void spans(Passage p, List<Expression> found) {
    for (Matcher m : SPAN.in(p)) {
      String unit = m.group("unit").toLowerCase(Locale.ROOT);
      boolean plural = unit.endsWith("s");
      String written = m.group("n") != null ? m.group("n") : m.group("glued"); // "last 3year"
      boolean hasCount = written != null;
      if (!hasCount && !plural && m.group("lead") == null) {
        continue;
      }
      String relWord = m.group("rel") != null ? m.group("rel") : m.group("rel2"); // "the 5 upcoming years"
      if (m.group("rel") != null && m.group("rel2") != null) {
        continue;
      }
      if (!hasCount && POSSESSIVE.matcher(p.text()).region(m.end(), p.text().length()).lookingAt()) {
        continue; // "in last year's election" is last year, not the past twelve months
      }
      if (relWord == null && !"within".equalsIgnoreCase(m.group("lead"))) {
        continue; // "within 5 days" is the next five days; "for 5 days" is a duration
      }
      String rel = relWord == null ? "next" : relWord.toLowerCase(Locale.ROOT);
      boolean back = rel.equals("past") || rel.equals("last") || rel.equals("previous");
      Long n = hasCount ? count(written) : plural ? null : Long.valueOf(1);
      if (n == null) {
        refSpan(p, m, back, found);
        continue;
      }
      String single = singular(unit);
      String duration = Durations.timex(n, single);
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "(XXXX-XX-XX,XXXX-XX-XX," + duration + ")", Passage.NO_REFERENCE));
        continue;
      }
      LocalDate a = p.anchor();
      LocalDate start = back ? shift(a, single, -n) : a;
      LocalDate end = back ? a : shift(a, single, n);
      found.add(p.relative(m.start(), m.end(), "(" + start + "," + end + "," + duration + ")",
          new DateInterval(start, end.plusDays(1)), back ? "span-past" : "span-next"));
    }
  }

  /** "in the coming days", "in recent years": only the direction is known, so the interval is open. */
  private static void refSpan(Passage p, Matcher m, boolean back, List<Expression> found) {
    String value = back ? "PAST_REF" : "FUTURE_REF";
    if (!p.anchored()) {
      found.add(p.temporal(m.start(), m.end(), ExpressionType.DATE, value, Passage.NO_REFERENCE));
      return;
    }
    LocalDate a = p.anchor();
    found.add(p.relative(m.start(), m.end(), value,
        back ? new DateInterval(null, a.plusDays(1)) : new DateInterval(a, null), back ? "span-past-open" : "span-next-open"));
  }

  private static void inUnits(Passage p, List<Expression> found) {
    counted(p, IN_UNITS, found,
        (m, unit, n) -> atGrain(p, m.start(), m.end(), shift(p.anchor(), unit, n), unit, "in-" + unit + "s"));
  }

  private static void refs(Passage p, List<Expression> found) {
    for (Matcher m : REFS.in(p)) {
      String value = m.group("present") != null ? "PRESENT_REF" : m.group("past") != null ? "PAST_REF" : "FUTURE_REF";
      String rule = value.toLowerCase(Locale.ROOT).replace('_', '-');
      if (!p.anchored()) {
        found.add(p.temporal(m.start(), m.end(), ExpressionType.DATE, value, Passage.NO_REFERENCE));
        continue;
      }
      LocalDate a = p.anchor();
      DateInterval interval = switch (value) {
        case "PRESENT_REF" -> DateInterval.day(a);
        case "PAST_REF" -> new DateInterval(null, a.plusDays(1));
        default -> new DateInterval(a, null);
      };
      found.add(p.relative(m.start(), m.end(), value, interval, rule));
    }
  }

  /** "the day after" points at an event in the text, not at the publication date: left unresolved. */
  private static void anaphoric(Passage p, List<Expression> found) {
    for (Matcher m : ANAPHORIC.in(p)) {
      String unit = (m.group("u1") != null ? m.group("u1") : m.group("u2")).toLowerCase(Locale.ROOT);
      found.add(p.unresolved(m.start(), m.end(), unresolvedFor(unit), "unresolved-anaphoric"));
    }
  }

  static LocalDate shift(LocalDate anchor, String unit, long n) {
    return switch (unit) {
      case "day" -> anchor.plusDays(n);
      case "week" -> anchor.plusWeeks(n);
      case "month" -> anchor.plusMonths(n);
      case "decade" -> anchor.plusYears(10 * n);
      default -> anchor.plusYears(n);
    };
  }

  static String singular(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
  }

  /** A count in words; "few" and "several" are read as 3 and "a couple of" as 2 (documented guesses). */
  static @Nullable Long count(String written) {
    String w = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (w) {
      case "a", "an" -> {
        return 1L;
      }
      case "a few", "few", "several" -> {
        return 3L;
      }
      case "a couple of", "couple of" -> {
        return 2L;
      }
      default -> {
        BigDecimal v = NumberWords.value(w);
        if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(10_000)) > 0) {
          return null;
        }
        return v.longValueExact();
      }
    }
  }
}
