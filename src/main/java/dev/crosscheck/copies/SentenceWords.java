package dev.crosscheck.copies;

import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence as normalised words (lower case, apostrophes dropped, punctuation and typographic quote marks
 * ignored) with the hashes of its word runs. A word counts towards copying only outside quotation marks (a
 * quotation is evidence of its speaker, not of one outlet copying another), when it is not a capitalised
 * name or title inside the sentence (every outlet writes "Prime Minister Mark Carney" the same way) and when it
 * holds no digit (independent reports of one event share its numbers, dates and times).
 */
final class SentenceWords {
  final int source;
  final int index;
  final Sentence sentence;
  final String[] words;
  final boolean[] counted;
  final long[] runs;
  final Set<Long> distinctRuns;
  final int countedWords;

  private SentenceWords(int source, int index, Sentence sentence, List<String> words, List<Boolean> counted, int runLength) {
    this.source = source;
    this.index = index;
    this.sentence = sentence;
    this.words = words.toArray(String[]::new);
    this.counted = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      this.counted[i] = counted.get(i);
    }
    this.runs = new long[Math.max(0, words.size() - runLength + 1)];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = hash(this.words, i, runLength);
    }
    this.distinctRuns = new HashSet<>();
    for (long run : runs) {
      distinctRuns.add(run);
    }
    int n = 0;
    for (boolean c : this.counted) {
      n += c ? 1 : 0;
    }
    this.countedWords = n;
  }

  static SentenceWords of(Segmented doc, int source, int index, int runLength) {
    Sentence s = doc.sentences().get(index);
    String text = doc.text();
    List<String> words = new ArrayList<>();
    List<Boolean> counted = new ArrayList<>();
    int i = s.start();
    while (i < s.end()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder word = new StringBuilder();
      while (i < s.end() && (Character.isLetterOrDigit(text.charAt(i)) || isApostropheInWord(text, i, s.end()))) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          word.append(Character.toLowerCase(c));
        }
        i++;
      }
      boolean name = !words.isEmpty() && Character.isUpperCase(text.charAt(start));
      counted.add(!name && !hasDigit(word) && doc.quotationAt(start) == null);
      words.add(word.toString());
    }
    return new SentenceWords(source, index, s, words, counted, runLength);
  }

  private static boolean hasDigit(CharSequence word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  private static boolean isApostropheInWord(String text, int i, int end) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’') && i + 1 < end && Character.isLetter(text.charAt(i + 1));
  }

  /** FNV-1a over the words with a separator: 64 bits, so distinct runs practically never collide. */
  private static long hash(String[] words, int from, int length) {
    long h = 0xcbf29ce484222325L;
    for (int w = from; w < from + length; w++) {
      String word = words[w];
      for (int c = 0; c < word.length(); c++) {
        h = (h ^ word.charAt(c)) * 0x100000001b3L;
      }
      h = (h ^ 0x1f) * 0x100000001b3L;
    }
    return h;
  }
}
