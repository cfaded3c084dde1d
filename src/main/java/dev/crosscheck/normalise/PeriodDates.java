package dev.crosscheck.normalise;

import static dev.crosscheck.normalise.CalendarWords.MONTH;
import static dev.crosscheck.normalise.CalendarWords.SEASON;
import static dev.crosscheck.normalise.CalendarWords.YEAR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Dates coarser than a day: "in March", "late last July", "May 2010", "In 2025", "the 1990s", "last summer". */
final class PeriodDates {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  static final String PART = "(?:(?<part>early|mid|late|the\\send\\sof|the\\sbeginning\\sof|the\\sstart\\sof"
      + "|end\\sof|beginning\\sof|start\\sof|the\\smiddle\\sof)(?:\\s|-))?";
  static final Openers PART_OPENERS = Openers.words("early", "mid", "late", "the", "end", "beginning",
      "start", "last", "next", "this", "past", "coming");
  /** Every word a PART can hold. */
  static final Set<String> PART_WORDS = Set.of("early", "mid", "late", "the", "end", "beginning", "start", "of", "middle");
  private static final String REL = "(?:(?<rel>last|next|this|past|coming)\\s)?";
  private static final Gated MONTH_PERIOD = Gated.of("\\b" + PART + REL + "(?<m>" + MONTH
      + ")(?:,?\\s(?:of\\s|in\\s(?=\\d{4}\\b))?(?<y>" + CalendarWords.YEAR_ANY + "))?", FLAGS,
      PART_OPENERS.or(CalendarWords.MONTH_OPENERS))
      .near(Reach.to(CalendarWords.MONTH_OPENERS).across(PART_WORDS).across("last", "next", "this", "past", "coming"));
  private static final Gated YEAR_ALONE = Gated.of(
      "(?<![\\w$£€.,/-])" + PART + "(?:(?<!(?:fiscal|financial|school|academic|tax|model)\\s)(?:the\\s)?(?:calendar\\s)?year\\s)?(?<y>(?:1[5-9]\\d\\d|20\\d\\d)\\b)(?![%/-]|[.,]\\d)"
      + "(?:\\s(?-i:A\\.D\\.|AD\\b|C\\.E\\.|CE\\b))?", FLAGS, // "2014 AD", not "the 2016 ad campaign"
      PART_OPENERS.or(Openers.NUMERALS).or("year", "calendar"))
      .near(Reach.to(Openers.NUMERALS).across(PART_WORDS).across("calendar", "year"));
  private static final Gated CENTURY = Gated.of("\\b(?:the\\s)?" + PART
      + "(?<n>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
      + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
      + "|twentieth|twenty-first|twenty-second)(?:\\s{1,3}|-)century\\b", FLAGS,
      PART_OPENERS.or(Openers.NUMERALS).or(CalendarWords.ORDINAL_DAY_OPENERS).or("the"))
      .requiring(Openers.words("century"));
  private static final Gated SEASONS = Gated.of("\\b" + PART + REL + "(?<s>" + SEASON
      + ")(?:\\s(?:of\\s)?(?<y>" + CalendarWords.YEAR_ANY + "))?", FLAGS, PART_OPENERS.or(Openers.wordsOf(SEASON)))
      .near(Reach.to(Openers.wordsOf(SEASON)).across(PART_WORDS).across("last", "next", "this", "past", "coming"));
  /** Words before a bare month or season that show it is a date ("in March", not "march on"). */
  private static final Set<String> LEADS = Set.of("in", "since", "by", "until", "till", "through",
      "during", "of", "from", "before", "after", "to", "between", "and", "or", "last", "next", "this",
      "early", "late", "mid", "the", "throughout", "over", "on", "around", "for");
  /**
   * "The March of 50 protesters", "the March on Washington": after "the" and before a preposition, the noun.
   * Still dates: "the March of this year", "the March to May period" (ranges are found apart), "the March jobs report".
   */
  private static final Pattern MARCH_NOUN_AFTER = Pattern.compile("(?i)\\s+(?:of|on|to|through|against|for|from|across"
      + "|into|towards?|past|around)\\s+(?!(?:this|last|next|that|each|every|the\\ssame|" + MONTH + ")\\b|(?:1[5-9]|20)\\d\\d\\b|['’]\\d\\d\\b)");
  private static final Pattern DIMENSION_BEFORE = Pattern.compile("(?i)\\d\\s?(?:(?:pixels?|px|feet|ft|inches|cm|mm"
      + "|met(?:er|re)s?|miles?|km|yards?)\\sby|x|×)\\s?$");
  private static final Pattern FALL_VERB_AFTER = Pattern.compile("\\s+(?:back|off|to|within|short|into|from|down|apart"
      + "|behind|below|under|out|through|victim|prey|silent|ill|asleep|sharply|steeply|further|again|was|in(?!\\s(?:19|20)\\d\\d)"
      + "|of(?!\\s(?:19|20)\\d\\d|\\s(?:this|last|next|that)\\b))\\b");
  private static final Pattern NOT_A_YEAR_AFTER = Pattern.compile(
      "\\s?(?:%|per\\s?cent|percent|million|billion|thousand|people|persons|times|[a-z]+s\\b)");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
      "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
      "twenty-second");

  private PeriodDates() {}

  static List<Expression> find(Passage passage) {
    List<Expression> found = new ArrayList<>();
    months(passage, found);
    years(passage, found);
    centuries(passage, found);
    seasons(passage, found);
    return found;
  }

  private static void months(Passage p, List<Expression> found) {
    for (Matcher m : MONTH_PERIOD.in(p)) {
      String name = m.group("m");
      boolean bare = m.group("y") == null && m.group("rel") == null && m.group("part") == null;
      if (bare && !bareMonthIsDate(p.text(), m.start(), name) || name.equals("may") && m.group("y") == null) {
        continue; // "this may take longer": lower-case "may" without a year is the verb
      }
      if (m.group("y") == null && m.group("rel") == null && name.length() <= 4
          && !Character.isUpperCase(name.charAt(0))) {
        continue;
      }
      int month = CalendarWords.month(name);
      String part = CalendarWords.part(m.group("part"));
      String suffix = part == null ? "" : "+" + part;
      if (m.group("y") != null) {
        YearMonth ym = YearMonth.of(CalendarWords.year(m.group("y")), month);
        found.add(p.absolute(m.start(), m.end(), Timex.month(ym), narrowed(Timex.monthInterval(ym), part),
            "month-year" + suffix));
        continue;
      }
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), String.format("XXXX-%02d", month), Passage.NO_REFERENCE));
        continue;
      }
      String rel = lower(m.group("rel"));
      YearMonth now = YearMonth.from(p.anchor());
      YearMonth ym;
      String rule;
      if (rel != null && !rel.equals("this")) {
        boolean back = rel.equals("last") || rel.equals("past");
        ym = YearMonth.of(now.getYear(), month);
        if (back && !ym.isBefore(now)) {
          ym = ym.minusYears(1);
        } else if (!back && !ym.isAfter(now)) {
          ym = ym.plusYears(1);
        }
        rule = back ? "month-last" : "month-next";
      } else {
        Tense tense = rel == null ? p.tense(m.start(), m.end()) : Tense.PRESENT;
        ym = Timex.month(month, p.anchor(), tense);
        rule = switch (tense) {
          case PAST -> "month-past";
          case FUTURE -> "month-future";
          default -> "month-same-year";
        };
      }
      found.add(p.relative(m.start(), m.end(), Timex.month(ym), narrowed(Timex.monthInterval(ym), part),
          rule + suffix));
    }
  }

  /** A bare month name is a date when capitalised, and "May"/"March" also need a lead word ("in May"). */
  private static boolean bareMonthIsDate(String text, int start, String name) {
    if (!Character.isUpperCase(name.charAt(0)) || name.length() <= 4 && !name.equalsIgnoreCase("may")
        && !name.equalsIgnoreCase("june") && !name.equalsIgnoreCase("july")) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("may") || lower.equals("march")) {
      String lead = previousWord(text, start);
      return LEADS.contains(lead) && !(lead.equals("the") && MARCH_NOUN_AFTER.matcher(text)
          .region(start + name.length(), text.length()).lookingAt());
    }
    return true;
  }

  private static void years(Passage p, List<Expression> found) {
    for (Matcher m : YEAR_ALONE.in(p)) {
      if (!isYear(p.text(), m.start("y"), m.end("y"))) {
        continue;
      }
      int year = CalendarWords.year(m.group("y"));
      String part = CalendarWords.part(m.group("part"));
      found.add(p.absolute(m.start(), m.end(), Timex.year(year), narrowed(Timex.yearInterval(year), part),
          part == null ? "year" : "year+" + part));
    }
  }

  /** A four-digit number is a year unless a unit or a counted noun follows it ("2000 soldiers"). */
  static boolean isYear(String text, int start, int end) {
    if (end - start != 4 || !text.substring(start, end).chars().allMatch(Character::isDigit)) {
      return false;
    }
    int value = Integer.parseInt(text.substring(start, end));
    if (value < 1500 || value > 2099) {
      return false;
    }
    if (DIMENSION_BEFORE.matcher(text).region(Math.max(0, start - 30), start).find()) {
      return false; // "2880 pixels by 1800", "2560 x 1600": a size
    }
    Matcher after = NOT_A_YEAR_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
    return !after.lookingAt() || LEADS.contains(previousWord(text, start));
  }

  private static void centuries(Passage p, List<Expression> found) {
    for (Matcher m : CENTURY.in(p)) {
      String n = m.group("n").toLowerCase(Locale.ROOT);
      int century = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n.replaceAll("\\D", ""))
          : ORDINALS.indexOf(n) + 1;
      if (century < 1 || century > 22) {
        continue;
      }
      int first = (century - 1) * 100;
      String part = CalendarWords.part(m.group("part"));
      DateInterval whole = new DateInterval(LocalDate.of(first, 1, 1), LocalDate.of(first + 100, 1, 1));
      found.add(p.absolute(m.start(), m.end(), String.format("%02d", century - 1), narrowed(whole, part),
          part == null ? "century" : "century+" + part));
    }
  }

  private static void seasons(Passage p, List<Expression> found) {
    for (Matcher m : SEASONS.in(p)) {
      String rel = lower(m.group("rel"));
      String code = CalendarWords.season(m.group("s"));
      String part = CalendarWords.part(m.group("part"));
      String suffix = part == null ? "" : "+" + part;
      if (m.group("y") != null) {
        int year = CalendarWords.year(m.group("y"));
        found.add(p.absolute(m.start(), m.end(), Timex.year(year) + "-" + code,
            narrowed(Timex.seasonInterval(year, code), part), "season-year" + suffix));
        continue;
      }
      if (rel == null && part == null && (!LEADS.contains(previousWord(p.text(), m.start()))
          || TitleWords.inTitle(p.text(), m.start("s"), m.end("s"), true) || fallIsNoSeason(p.text(), m))) {
        continue; // "the Winter Meetings", "the Arab Spring", "to fall back", "a fall in prices"
      }
      if (!p.anchored()) {
        found.add(p.unresolved(m.start(), m.end(), "XXXX-" + code, Passage.NO_REFERENCE));
        continue;
      }
      Tense tense = rel == null ? p.tense(m.start(), m.end())
          : rel.equals("last") || rel.equals("past") ? Tense.PAST
          : rel.equals("this") ? Tense.PRESENT : Tense.FUTURE;
      int year = seasonYear(p.anchor(), code, tense);
      found.add(p.relative(m.start(), m.end(), Timex.year(year) + "-" + code,
          narrowed(Timex.seasonInterval(year, code), part), "season-" + tense.name().toLowerCase(Locale.ROOT)
              + suffix));
    }
  }

  /** A lower-case "fall" is the verb or the noun (a drop, a tumble) before these words, or after "to" and a word. */
  private static boolean fallIsNoSeason(String text, Matcher m) {
    if (!m.group("s").equals("fall")) {
      return false;
    }
    String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
    if (FALL_VERB_AFTER.matcher(rest).lookingAt()) {
      return true;
    }
    return previousWord(text, m.start()).equals("to") && rest.matches("(?s)\\s+[a-z].*")
        && !rest.matches("(?s)\\s+(?:and|or|season|semester|term)\\b.*");
  }

  /** Past seasons have ended before the anchor, future ones start after it, present ones contain it. */
  private static int seasonYear(LocalDate anchor, String code, Tense tense) {
    int year = anchor.getYear();
    for (int y = year - 1; y <= year + 1; y++) {
      DateInterval s = Timex.seasonInterval(y, code);
      if (tense == Tense.PRESENT && !anchor.isBefore(s.start()) && anchor.isBefore(s.end())) {
        return y;
      }
    }
    if (tense == Tense.PAST) {
      return Timex.seasonInterval(year, code).end().isAfter(anchor) ? year - 1 : year;
    }
    if (tense == Tense.FUTURE) {
      return Timex.seasonInterval(year, code).start().isAfter(anchor) ? year : year + 1;
    }
    return year;
  }

  static DateInterval narrowed(DateInterval whole, @Nullable String part) {
    return part == null ? whole : Timex.part(whole, part);
  }

  private static @Nullable String lower(@Nullable String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  static String previousWord(String text, int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1)) && end - begin < 20) {
      begin--;
    }
    return text.substring(begin, end).toLowerCase(Locale.ROOT);
  }
}
