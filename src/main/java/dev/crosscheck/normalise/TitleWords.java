package dev.crosscheck.normalise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date words inside a title, which name a paper, a show or an event, not a date: "USA Today", "World News
 * Tonight", "the Daily News", "Us Weekly", "the Winter Meetings", "the Arab Spring". A title here is a
 * title-case word next to another capitalised word that is not a preposition or a calendar word
 * ("In Spring", "Today Obama said" stay dates).
 */
final class TitleWords {
  private static final Pattern WORD_BEFORE = Pattern.compile("(?<w>[A-Z][A-Za-z.&'’-]*) $");
  private static final Pattern WORD_AFTER = Pattern.compile(" (?<w>[A-Z][A-Za-z&'’-]*)");
  /** Capitalised words that lead a date rather than name something: sentence-initial prepositions, months. */
  private static final Set<String> NOT_TITLE = Set.of("in", "on", "by", "since", "this", "last", "next", "early", "late",
      "mid", "the", "a", "an", "until", "through", "during", "from", "before", "after", "over", "for", "of", "and", "or",
      "to", "at", "every", "each", "i", "but", "so", "that", "it", "its", "then", "now", "all", "only",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight");

  private TitleWords() {}

  /** True when the word at [start, end) is title case and stands next to a capitalised word of a name. */
  static boolean inTitle(String text, int start, int end, boolean lookAfter) {
    if (!isTitleCase(text, start, end)) {
      return false;
    }
    Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, start - 30), start);
    if (before.find() && !NOT_TITLE.contains(before.group("w").toLowerCase(Locale.ROOT))) {
      return true;
    }
    Matcher after = WORD_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30));
    return lookAfter && after.lookingAt() && !NOT_TITLE.contains(after.group("w").toLowerCase(Locale.ROOT));
  }

  private static boolean isTitleCase(String text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return false; // "TODAY" in a line of capitals says nothing about titles
      }
    }
    return true;
  }
}
