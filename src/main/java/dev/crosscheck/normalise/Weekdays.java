package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays without a date: "Friday", "next Tuesday", "last Tuesday", "this Friday", "Tuesday next week".
 * "next Tuesday" is the first Tuesday after the reference date, as news uses it: on a Friday it is the
 * coming Tuesday, four days later, not the Tuesday of the following week.
 */
final class Weekdays {
  /**
   * Abbreviations that are not also English words: "Sat", "Sun" and "Wed" are left out ("the Sun
   * reported", "they wed in June"). The dot of "Fri." is left to the sentence.
   */
  private static final String ABBREVIATED = "(?:mon|tues|tue|thurs|thur|thu|fri)\\b";
  private static final Gated WEEKDAYS = Gated.of("\\b(?:(?:this\\s(?=past\\s|upcoming\\s|coming\\s))?(?<rel>last|next|this|coming|upcoming|past)\\s"
      + "|(?<lead>next|last|this)\\sweek(?:'s)?\\s(?:on\\s)?)?(?<wd>" + WEEKDAY + "|" + ABBREVIATED
      + ")(?:(?:,?\\s|\\sof\\s)(?<week>next|last|this)\\sweek\\b|(?<afterNext>\\safter\\snext\\b))?",
      Pattern.CASE_INSENSITIVE, Openers.wordsOf(WEEKDAY + "|" + ABBREVIATED).or("last", "next", "this", "coming",
          "past", "upcoming"));

  /** Named days that are not the nearest such weekday: "Patch Tuesday" (each month's second), "Black Friday". */
  private static final Pattern NAMED_DAY = Pattern.compile("\\b(?:Patch|Super|Black|Cyber|Good|Ash|Bloody|Easter|Palm"
      + "|Holy|Maundy|Shrove|Fat|Giving|Whit|Remembrance|Mothering|Selection|Bowl|Oscars?)\\s+$");
  /** Papers and shows named after a day: "the Sunday Times", "Saturday Night Live", "the Mail on Sunday". */
  private static final Pattern TITLE_AFTER = Pattern.compile("\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post"
      + "|Independent|Mail|Tribune|Night\\s+(?:Live|Football|Lights|Raw))\\b");
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:Mail|Independent|Observer|Telegraph|Express|Post"
      + "|Times|Star)\\s+on\\s+$");

  private Weekdays() {}

  private static boolean named(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 20), start);
    return NAMED_DAY.matcher(before).find() || TITLE_BEFORE.matcher(before).find()
        || TITLE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 25)).lookingAt();
  }

  static List<Expression> find(Passage p) {
    List<Expression> found = new ArrayList<>();
    for (Matcher m : WEEKDAYS.in(p)) {
      if (named(p.text(), m.start("wd"), m.end("wd"))) {
        continue;
      }
      DayOfWeek day = CalendarWords.weekday(m.group("wd"));
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-WXX-" + day.getValue(), Passage.NO_REFERENCE));
        continue;
      }
      // "this past Wednesday" is "past Wednesday"; "this upcoming Friday" is "coming Friday"
      String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT).replace("upcoming", "coming");
      String weekWord = m.group("week") != null ? m.group("week") : m.group("lead");
      String week = weekWord == null ? null : weekWord.toLowerCase(Locale.ROOT);
      LocalDate anchor = p.anchor();
      LocalDate date;
      String rule;
      if (m.group("afterNext") != null) {
        date = anchor.with(TemporalAdjusters.next(day)).plusWeeks(1); // "Friday after next": a week after next Friday
        rule = "weekday-after-next";
      } else if (week != null) {
        int shift = week.equals("next") ? 1 : week.equals("last") ? -1 : 0;
        date = anchor.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .with(TemporalAdjusters.nextOrSame(day));
        rule = "weekday-of-" + week + "-week";
      } else if (rel != null) {
        switch (rel) {
          case "next", "coming" -> {
            date = anchor.with(TemporalAdjusters.next(day));
            rule = "weekday-next";
          }
          case "last", "past" -> {
            date = anchor.with(TemporalAdjusters.previous(day));
            rule = "weekday-last";
          }
          default -> {
            date = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day));
            rule = "weekday-this";
          }
        }
      } else {
        Tense tense = p.tense(m.start(), m.end());
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
        switch (tense) {
          case PAST -> {
            date = before;
            rule = "weekday-past";
          }
          case FUTURE -> {
            date = after;
            rule = "weekday-future";
          }
          default -> {
            boolean pastIsNearer = anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay();
            date = pastIsNearer ? before : after;
            rule = "weekday-nearest";
          }
        }
      }
      found.add(p.relative(m.start(), m.end(), date.toString(), DateInterval.day(date), rule));
    }
    return found;
  }
}
