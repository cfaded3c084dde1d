package dev.crosscheck.copies;

import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import java.util.Arrays;

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
  final boolean[] counted;
  /** The hash of the run starting at each word that has {@code runLength} words from it. */
  final long[] runs;
  /** {@link #runs} sorted, without repeats. */
  final long[] distinctRuns;
  final int countedWords;

  private SentenceWords(int source, int index, Sentence sentence, long[] wordHashes, boolean[] counted, int runLength) {
    this.source = source;
    this.index = index;
    this.sentence = sentence;
    this.counted = counted;
    this.runs = new long[Math.max(0, wordHashes.length - runLength + 1)];
    for (int i = 0; i < runs.length; i++) {
      long h = 0x9e3779b97f4a7c15L;
      for (int w = i; w < i + runLength; w++) {
        h = (h ^ wordHashes[w]) * 0x100000001b3L;
        h ^= h >>> 29;
      }
      runs[i] = h;
    }
    long[] sorted = runs.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    this.distinctRuns = Arrays.copyOf(sorted, n);
    int c = 0;
    for (boolean b : counted) {
      c += b ? 1 : 0;
    }
    this.countedWords = c;
  }

  static SentenceWords of(Segmented doc, int source, int index, int runLength) {
    Sentence s = doc.sentences().get(index);
    // the sentence's characters in an array: charAt on a text with curly quotes is a call per character until compiled
    char[] text = new char[s.end() - s.start()];
    doc.text().getChars(s.start(), s.end(), text, 0);
    long[] hashes = new long[16];
    boolean[] counted = new boolean[16];
    int words = 0;
    int i = 0;
    while (i < text.length) {
      if (!letterOrDigit(text[i])) {
        i++;
        continue;
      }
      int start = i;
      long h = 0xcbf29ce484222325L; // FNV-1a over the lower-cased letters and digits
      boolean digit = false;
      while (i < text.length && (letterOrDigit(text[i]) || isApostropheInWord(text, i))) {
        char c = text[i];
        if (letterOrDigit(c)) {
          h = (h ^ lowerCase(c)) * 0x100000001b3L;
          digit |= c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
        }
        i++;
      }
      if (words == hashes.length) {
        hashes = Arrays.copyOf(hashes, words * 2);
        counted = Arrays.copyOf(counted, words * 2);
      }
      boolean name = words > 0 && Character.isUpperCase(text[start]);
      counted[words] = !name && !digit && doc.quotationAt(s.start() + start) == null;
      hashes[words++] = h;
    }
    return new SentenceWords(source, index, s, Arrays.copyOf(hashes, words), Arrays.copyOf(counted, words), runLength);
  }

  /** {@link Character#isLetterOrDigit(char)}, without its table lookup for ASCII. */
  private static boolean letterOrDigit(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  private static char lowerCase(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  boolean holds(long run) {
    return Arrays.binarySearch(distinctRuns, run) >= 0;
  }

  private static boolean isApostropheInWord(char[] text, int i) {
    char c = text[i];
    return (c == '\'' || c == '’') && i + 1 < text.length && Character.isLetter(text[i + 1]);
  }
}
