package dev.crosscheck.normalise;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Month, weekday and season names as news writes them, with their regex fragments. */
final class CalendarWords {
  /** Full names, or abbreviations that may carry a dot ("Oct."); a full name's dot ends the sentence. */
  static final String MONTH = "(?:(?:january|february|march|april|may|june|july|august|september|october"
      + "|november|december)\\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?)";
  static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b";
  static final String WEEKDAY_SHORT = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\b\\.?";
  static final String SEASON = "(?:spring|summer|autumn|fall|winter)\\b";
  static final String DAY = "(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b|" + ordinalDays() + ")";
  /** A year next to a month or day may be any four digits; a year alone must look like one (PeriodDates). */
  static final String YEAR = "(?:1\\d{3}|20\\d\\d)\\b";
  private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
  private static final String TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
      + "|nineteen)";
  private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  /**
   * A year said aloud: "nineteen seventy-eight", "nineteen oh one", "seventeen hundred thirty three", "two
   * thousand and eighteen".
   */
  static final String YEAR_SPOKEN = "(?:(?:seventeen|eighteen|nineteen|twenty)[\\s-](?:hundred(?:\\s(?:and\\s)?(?:" + TEENS
      + "|" + TENS + "(?:[\\s-]" + UNITS + ")?|" + UNITS + ")\\b)?|(?:oh|zero)[\\s-]" + UNITS
      + "|" + TEENS + "|" + TENS + "(?:[\\s-]" + UNITS + ")?)|two\\sthousand(?:\\s(?:and\\s)?(?:" + TEENS + "|" + TENS
      + "(?:[\\s-]" + UNITS + ")?|" + UNITS + "))?)\\b";
  /** A year next to a month, day, season or quarter, in digits or said aloud. */
  static final String YEAR_ANY = "(?:" + YEAR + "|" + YEAR_SPOKEN + ")";
  static final Openers MONTH_OPENERS = Openers.wordsOf(MONTH);
  static final Openers WEEKDAY_SHORT_OPENERS = Openers.wordsOf(WEEKDAY_SHORT);
  private static final List<String> ORDINAL_DAYS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
  /** Where an ordinal day in words can start ("first", "twenty-first", "thirtieth"). */
  static final Openers ORDINAL_DAY_OPENERS = Openers.words(ORDINAL_DAYS.toArray(String[]::new))
      .or("twenty", "thirty", "thirtieth");
  /** Every word a DAY can hold (for a {@link Reach}): ordinal days, their parts and the suffixes of "21st". */
  static final Set<String> DAY_WORDS = Stream.concat(ORDINAL_DAYS.stream(), Stream.of("twenty", "thirty", "thirtieth",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "st", "nd", "rd", "th"))
      .collect(Collectors.toUnmodifiableSet());
  /** Where a DAY can start: digits or an ordinal day in words. */
  static final Openers DAY_OPENERS = ORDINAL_DAY_OPENERS.or(Openers.NUMERALS);

  private CalendarWords() {}

  /** The year in digits or words ("nineteen seventy-eight" is 1978). */
  static int year(String written) {
    // a spoken year may be broken over two lines ("two\nthousand and fifteen"): its words, one space apart
    String w = written.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w);
    }
    if (w.startsWith("two thousand")) {
      return java.util.Objects.requireNonNull(NumberWords.value(w), w).intValue();
    }
    String[] parts = w.split("[\\s-]", 2);
    int century = java.util.Objects.requireNonNull(NumberWords.value(parts[0]), w).intValue();
    String rest = parts[1].replaceFirst("^(?:oh|zero)[\\s-]", "").replaceFirst("^hundred(?:\\s(?:and\\s)?)?", "");
    return century * 100 + (rest.isEmpty() ? 0 : java.util.Objects.requireNonNull(NumberWords.value(rest), w).intValue());
  }

  /** 1..12 for a month name or abbreviation. */
  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "").trim();
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (n.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  static DayOfWeek weekday(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "").trim();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, Math.min(3, n.length())))) {
        return d;
      }
    }
    throw new IllegalArgumentException("not a weekday: " + name);
  }

  static int day(String written) {
    String w = written.toLowerCase(Locale.ROOT).replace('-', ' ').trim();
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w.replaceAll("[^0-9]", ""));
    }
    int tens = w.startsWith("twenty ") ? 20 : w.startsWith("thirty ") ? 30 : 0;
    String unit = tens == 0 ? w : w.substring(7);
    if (unit.equals("twentieth")) {
      return 20;
    }
    if (unit.equals("thirtieth")) {
      return 30;
    }
    int cardinal = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine").indexOf(unit);
    if (tens > 0 && cardinal >= 0) {
      return tens + cardinal + 1; // "May twenty one": compounds only, "May one" is too often a verb and a count
    }
    return tens + ORDINAL_DAYS.indexOf(unit) + 1;
  }

  /** "first" to "thirty-first"; compound forms first so "twenty-first" is not read as "twenty". */
  private static String ordinalDays() {
    return "(?:(?:twenty|thirty)[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
        + "|twenty[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b(?![\\s-](?:hundred|thousand|million|billion))"
        + "|thirty[\\s-]one\\b(?![\\s-](?:hundred|thousand|million|billion))"
        + "|thirtieth|twentieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
        + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)\\b";
  }

  /** TIMEX3 season code. */
  static String season(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "autumn", "fall" -> "FA";
      default -> "WI";
    };
  }

  /** "early", "mid", "late" from the words news uses for parts of a period; null for none. */
  static @Nullable String part(@Nullable String written) {
    if (written == null) {
      return null;
    }
    String w = written.toLowerCase(Locale.ROOT).replaceFirst("^the\\s", "");
    if (w.startsWith("early") || w.startsWith("beginning") || w.startsWith("start")) {
      return "early";
    }
    if (w.startsWith("mid") || w.startsWith("middle")) {
      return "mid";
    }
    return "late";
  }
}
