package dev.crosscheck.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decades: "the 1990s", "the '70s", "the 70s", "the seventies", "this decade". A decade written without
 * its century is the latest one begun by the reference year ("the 70s" is the 1970s; in 2025 "the '20s"
 * is the 2020s), since news looks back; without a reference, "'00s" to "'10s" are this century's.
 */
final class Decades {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String PART = PeriodDates.PART;
  private static final String TENS = "(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)";
  private static final List<String> TENS_WORDS = List.of("tens", "twenties", "thirties", "forties", "fifties",
      "sixties", "seventies", "eighties", "nineties");
  /** "1990s", "'70s", and with "the" before it "70s"/"70's"; "70's" alone too (the apostrophe marks it). */
  private static final Gated DIGITS = Gated.of("(?<![\\w$£€.,'’])(?<the>the\\s)?" + PART
      + "(?:(?<full>1[5-9]\\d0|20\\d0)['’]?s|['’](?<short>\\d0)s|(?<bare>[1-9]0)(?<apos>['’])?s)\\b",
      FLAGS, PeriodDates.PART_OPENERS.or(Openers.NUMERALS).or(Openers.chars("'’")).or("the"))
      .near(Reach.to(Openers.words("s")).across(PeriodDates.PART_WORDS).acrossDigits().acrossMarks("'’")); // "1990s"
  private static final Gated WORDS = Gated.of("\\b(?<lead>the|in)\\s" + PART + "(?<w>" + TENS + ")\\b", FLAGS,
      Openers.words("the", "in")).near(Reach.to(Openers.wordsOf(TENS)).across(PeriodDates.PART_WORDS).across("in"));
  private static final Gated THIS = Gated.of("\\b(?:this|the\\scurrent)\\sdecade\\b", FLAGS,
      Openers.words("this", "the")).requiring(Openers.words("decade"));
  /** Before a decade of life, not of the calendar: "in her 70s", "men in their early twenties". */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "my", "your", "our");
  /** Weather: "highs in the 70s" are degrees. */
  private static final Pattern TEMPERATURE = Pattern.compile(
      "(?i)\\b(?:temperatures?|temps|highs?|lows?|degrees|fahrenheit|thermometers?)\\b[^.;]{0,20}\\z");

  private Decades() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : DIGITS.in(p)) {
      boolean bare = m.group("bare") != null;
      if (bare && m.group("the") == null && m.group("apos") == null || bare && !calendar(p.text(), m.start())) {
        continue;
      }
      // "the" belongs to the span only where it makes the date ("the 70s"), as before for "the 1970s"
      int start = !bare && m.group("the") != null ? m.end("the") : m.start();
      if (m.group("full") != null) {
        add(p, m, start, Integer.parseInt(m.group("full")), false, "decade", found);
      } else {
        int yy = Integer.parseInt(bare ? m.group("bare") : m.group("short"));
        add(p, m, start, century(p, yy) + yy, true, "decade", found);
      }
    }
    for (Matcher m : WORDS.in(p)) {
      if (!calendar(p.text(), m.start()) || m.group("lead").equalsIgnoreCase("in") && m.group("part") != null) {
        continue;
      }
      int yy = 10 * (TENS_WORDS.indexOf(m.group("w").toLowerCase(Locale.ROOT)) + 1);
      int start = m.group("lead").equalsIgnoreCase("in") ? m.start("w") : m.start();
      add(p, m, start, century(p, yy) + yy, true, "decade-words", found);
    }
    for (Matcher m : THIS.in(p)) {
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "XXX", Passage.NO_REFERENCE));
        continue;
      }
      int decade = p.anchor().getYear() / 10 * 10;
      found.add(p.relative(m.start(), m.end(), Timex.year(decade).substring(0, 3), interval(decade), "decade-this"));
    }
    return found;
  }

  /** @param centuryImplied whether the text left the century out, so the reference chose it */
  private static void add(Passage p, Matcher m, int start, int decade, boolean centuryImplied, String rule,
      List<Expression> found) {
    String part = CalendarWords.part(m.group("part"));
    DateInterval whole = interval(decade);
    String r = part == null ? rule : rule + "+" + part;
    String value = Timex.year(decade).substring(0, 3);
    boolean relative = centuryImplied && p.anchored();
    found.add(relative ? p.relative(start, m.end(), value, PeriodDates.narrowed(whole, part), r)
        : p.absolute(start, m.end(), value, PeriodDates.narrowed(whole, part), r));
  }

  private static DateInterval interval(int decade) {
    return new DateInterval(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 10, 1, 1));
  }

  /** The latest century in which that decade has begun by the reference year. */
  private static int century(Passage p, int yy) {
    if (!p.anchored()) {
      return yy < 20 ? 2000 : 1900;
    }
    int year = p.anchor().getYear();
    int century = year / 100 * 100;
    return century + yy <= year ? century : century - 100;
  }

  /** Not a decade of someone's life nor a temperature. */
  private static boolean calendar(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    String[] words = before.trim().split("[^A-Za-z]+");
    String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
    return !POSSESSIVES.contains(last) && !TEMPERATURE.matcher(before).find();
  }
}
