package dev.crosscheck.normalise;

import java.time.DayOfWeek;
import java.util.Locale;
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
  static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b";
  static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)\\b";

  private CalendarWords() {}

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
    return Integer.parseInt(written.replaceAll("[^0-9]", ""));
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
    String w = written.toLowerCase(Locale.ROOT);
    if (w.startsWith("early") || w.startsWith("beginning") || w.startsWith("start")) {
      return "early";
    }
    if (w.startsWith("mid") || w.startsWith("middle")) {
      return "mid";
    }
    return "late";
  }
}
