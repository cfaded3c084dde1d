package dev.crosscheck.normalise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the words around an expression speak of the past or the future. The verb cue nearest
 * to the expression within its sentence wins; cues after the expression count at a small penalty,
 * because news puts the governing verb first ("announced Friday", "will travel ... next Tuesday").
 */
public final class TenseDetector {
  private static final int WINDOW = 160;
  private static final double FOLLOWING_PENALTY = 1.5;
  private static final int AUXILIARY_REACH = 3;
  private static final Pattern WORD = Pattern.compile("[A-Za-z’']+");

  private static final Set<String> FUTURE = Set.of(
      "will", "'ll", "’ll", "shall", "won't", "won’t", "would", "going", "plans", "plan", "planning",
      "due", "scheduled", "expected", "set", "upcoming", "coming", "intends", "aims", "tomorrow");
  private static final Set<String> PAST = Set.of(
      "was", "were", "had", "did", "said", "told", "spoke", "met", "made", "took", "came", "went", "won",
      "became", "held", "gave", "left", "saw", "got", "began", "sent", "wrote", "ran", "led", "hit",
      "fell", "rose", "sold", "bought", "paid", "put", "lost", "thought", "felt", "kept", "ago",
      "yesterday", "earlier", "wasn't", "weren't", "didn't", "hadn't");
  private static final Set<String> PRESENT = Set.of("is", "are", "says", "say", "am", "now", "today");
  /** Words ending in -ed that are not past-tense verbs in news prose. */
  private static final Set<String> NOT_PAST = Set.of(
      "need", "needed", "speed", "feed", "seed", "indeed", "united", "based", "hundred", "bed", "red",
      "shed", "proceed", "exceed", "succeed", "expected", "scheduled", "planned", "proposed", "elected",
      "embed", "breed", "greed", "deed", "weed", "bleed", "related", "limited", "detailed", "advanced");

  private TenseDetector() {}

  /** The tense governing text[start, end), judged from its sentence. */
  public static Tense around(String text, int start, int end) {
    int from = sentenceStart(text, start);
    int to = sentenceEnd(text, end);
    Tense best = Tense.UNKNOWN;
    double bestDistance = Double.MAX_VALUE;
    Matcher words = WORD.matcher(text).region(from, to);
    int index = 0;
    int lastFuture = -AUXILIARY_REACH - 1;
    while (words.find()) {
      index++;
      Tense cue = cue(words.group());
      if (cue == Tense.FUTURE) {
        lastFuture = index;
      } else if (cue == Tense.PAST && index - lastFuture <= AUXILIARY_REACH) {
        cue = Tense.FUTURE; // "will be held": the participle belongs to the future auxiliary
      }
      if (words.end() > start && words.start() < end) {
        continue;
      }
      if (cue == Tense.UNKNOWN) {
        continue;
      }
      double distance = words.end() <= start
          ? start - words.end()
          : (words.start() - end) * FOLLOWING_PENALTY;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = cue;
      }
    }
    return best;
  }

  /** The tense a single word signals, UNKNOWN when it signals none. */
  static Tense cue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (FUTURE.contains(w) || w.endsWith("'ll") || w.endsWith("’ll")) {
      return Tense.FUTURE;
    }
    if (PAST.contains(w)) {
      return Tense.PAST;
    }
    if (PRESENT.contains(w)) {
      return Tense.PRESENT;
    }
    if (w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
      return Tense.PAST;
    }
    return Tense.UNKNOWN;
  }

  private static int sentenceStart(String text, int start) {
    int limit = Math.max(0, start - WINDOW);
    for (int i = start - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && !abbreviationEndsAt(text, i))) {
        return i + 1;
      }
    }
    return limit;
  }

  private static int sentenceEnd(String text, int end) {
    int limit = Math.min(text.length(), end + WINDOW);
    for (int i = end; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && !abbreviationEndsAt(text, i))) {
        return i;
      }
    }
    return limit;
  }

  /** "Oct." or "U.S." do not end a sentence: a short word before the dot. */
  private static boolean abbreviationEndsAt(String text, int dot) {
    int i = dot - 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    int letters = dot - 1 - i;
    return text.charAt(dot) == '.' && letters >= 1 && letters <= 3
        && Character.isUpperCase(text.charAt(i + 1));
  }
}
