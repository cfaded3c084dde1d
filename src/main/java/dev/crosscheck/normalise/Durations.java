package dev.crosscheck.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths of time ("five years", "a month", "eight-year") and repetitions ("every week", "annually"). */
final class Durations {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final Gated DURATION = Gated.of("\\b(?<n>" + NumberWords.NUMBER
      + "|a|an|several|a\\sfew|few|a\\scouple\\sof|couple\\sof)[\\s-](?<unit>years?|months?|weeks?|days?|hours?"
      + "|minutes?|seconds?|decades?|centuries|century|quarters?|nights?)\\b(?![\\s-]old)", FLAGS,
      NumberWords.OPENERS.or("a", "an", "several", "few", "couple"))
      .near(Reach.to(Openers.words("day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
          "decades", "night", "nights", "hour", "hours", "minute", "minutes", "second", "seconds", "century", "centuries", "quarter",
          "quarters")).across(NumberWords.VOCABULARY).acrossDigits().across("a", "an", "several", "few", "couple", "of"));
  private static final Pattern ORDINAL_AFTER = Pattern.compile("(?:\\s{1,3}|-)(?!(?:ago|later|earlier|before|after|or"
      + "|and|longer|more|less|than|when|while|too|in|on|at|to|for|of|the|as|so|then|until)\\b)[a-z]");
  private static final Gated SET = Gated.of("\\b(?:(?:every|each)\\s(?<unit>day|week|month|year|quarter)"
      + "|(?<adverb>daily|weekly|monthly|annually|yearly|quarterly))\\b", FLAGS,
      Openers.words("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "quarterly"));

  /** A lower-case "daily" before a capitalised name is the paper: "the conservative daily Eleftheros Typos". */
  private static final Pattern PAPER_NAME_AFTER = Pattern.compile("(?-i: [A-Z][a-z])");

  private Durations() {}

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : DURATION.in(p)) {
      String w = m.group("n").toLowerCase(Locale.ROOT);
      if (w.equals("a") && m.group("unit").equalsIgnoreCase("second")
          && ORDINAL_AFTER.matcher(p.text()).region(m.end(), p.text().length()).lookingAt()) {
        continue; // "a second round", "a second time": the ordinal, not a length
      }
      boolean vague = w.contains("few") || w.equals("several");
      Long n = vague ? null : RelativeDates.count(w);
      if (n == null && !vague || m.group("unit").toLowerCase(Locale.ROOT).startsWith("night")
          && (vague || n < 2 && !Character.isDigit(w.charAt(0)))) {
        continue; // "one night at a party" is a time, not a length
      }
      // "two nights" in a hotel or a cell is two days
      String unit = RelativeDates.singular(m.group("unit")).replace("centurie", "century").replace("night", "day");
      String value = vague ? timex("X", unit) : timex(n, unit);
      found.add(p.temporal(m.start(), m.end(), ExpressionType.DURATION, value, vague ? "duration-vague" : "duration"));
    }
    for (Matcher s : SET.in(p)) {
      if (s.group("adverb") != null && (TitleWords.inTitle(p.text(), s.start(), s.end(), true)
          || s.group("adverb").matches("(?i)daily|weekly")
              && PAPER_NAME_AFTER.matcher(p.text()).region(s.end(), p.text().length()).lookingAt())) {
        continue; // "the Daily News", "Us Weekly", "the daily Eleftherotypia": a paper
      }
      String unit = s.group("unit") != null ? s.group("unit").toLowerCase(Locale.ROOT)
          : switch (s.group("adverb").toLowerCase(Locale.ROOT)) {
            case "daily" -> "day";
            case "weekly" -> "week";
            case "monthly" -> "month";
            case "quarterly" -> "quarter";
            default -> "year";
          };
      found.add(p.temporal(s.start(), s.end(), ExpressionType.SET, timex(1, unit), "set"));
    }
    return found;
  }

  /** TIMEX3 duration: P5Y, P2W, P3M, PT4H; decades and centuries in years, quarters in months. */
  static String timex(Object count, String unit) {
    String n = String.valueOf(count);
    boolean known = !n.equals("X");
    return switch (unit) {
      case "decade" -> "P" + (known ? String.valueOf(10 * Long.parseLong(n)) : "X") + "0Y".substring(known ? 1 : 0);
      case "century" -> "P" + (known ? String.valueOf(100 * Long.parseLong(n)) : "X") + "00Y".substring(known ? 2 : 0);
      case "quarter" -> "P" + (known ? String.valueOf(3 * Long.parseLong(n)) : "X") + "M";
      case "hour" -> "PT" + n + "H";
      case "minute" -> "PT" + n + "M";
      case "second" -> "PT" + n + "S";
      default -> "P" + n + unit.substring(0, 1).toUpperCase(Locale.ROOT);
    };
  }
}
