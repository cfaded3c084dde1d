package dev.crosscheck.segment;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts an article into sentences and finds its quotations. Each line is a paragraph; a sentence never
 * crosses a paragraph, and never ends inside a quotation (a quoted speech is part of the sentence that
 * attributes it). Runs in time linear in the text: one pass, no regular expressions.
 */
public final class Segmenter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "prof",
      "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "est", "dept", "univ", "mt", "ft", "hon");
  private static final int HEADING_MAX_WORDS = 16;
  /**
   * Longer than any sentence a newspaper prints (the seeds' longest is 342): a run of text with no sentence
   * end is cut into pieces of at most this many characters, so every claim's evidence stays readable and
   * work per sentence stays bounded.
   */
  public static final int MAX_SENTENCE_CHARS = 1_000;

  private Segmenter() {}

  public static Segmented segment(Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Quotation> quotations = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      paragraph(text, start, end, sentences, quotations);
      start = end + 1;
    }
    return new Segmented(article, sentences, quotations);
  }

  private static void paragraph(String text, int from, int to, List<Sentence> sentences, List<Quotation> quotations) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from >= to) {
      return;
    }
    List<Quotation> quotes = Quotations.in(text, from, to);
    quotations.addAll(quotes);
    List<Span> spans = new ArrayList<>();
    int sentenceStart = from;
    int q = 0;
    for (int i = from; i < to; i++) {
      while (q < quotes.size() && quotes.get(q).span().end() <= i) {
        q++;
      }
      boolean insideQuote = q < quotes.size() && quotes.get(q).span().start() <= i;
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      if (insideQuote && quotes.get(q).span().end() != i + 2) {
        continue; // a full stop inside a quotation ends the sentence only where the quotation ends too
      }
      int end = i + 1;
      while (end < to && "”\"’')]".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end < to && !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < to && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < to && !startsSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && abbreviationBefore(text, sentenceStart, i)) {
        continue;
      }
      spans.add(new Span(sentenceStart, end));
      sentenceStart = next;
      i = next - 1;
    }
    if (sentenceStart < to) {
      spans.add(new Span(sentenceStart, to));
    }
    spans = bounded(text, spans);
    boolean heading = spans.size() == 1 && isHeading(text, from, to);
    for (Span s : spans) {
      sentences.add(new Sentence(s, s.of(text), heading));
    }
  }

  /** The spans, each longer than {@link #MAX_SENTENCE_CHARS} cut at its last white space before the limit. */
  private static List<Span> bounded(String text, List<Span> spans) {
    if (spans.stream().allMatch(s -> s.end() - s.start() <= MAX_SENTENCE_CHARS)) {
      return spans;
    }
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      int start = s.start();
      while (s.end() - start > MAX_SENTENCE_CHARS) {
        int cut = start + MAX_SENTENCE_CHARS;
        int space = cut;
        while (space > start && !Character.isWhitespace(text.charAt(space))) {
          space--;
        }
        if (space > start) {
          cut = space;
        } else if (Character.isLowSurrogate(text.charAt(cut))) {
          cut--; // one unbroken word longer than the limit: cut it, but never inside a character
        }
        int end = cut;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        out.add(new Span(start, end));
        start = cut;
        while (start < s.end() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
      }
      if (start < s.end()) {
        out.add(new Span(start, s.end()));
      }
    }
    return out;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘'(".indexOf(c) >= 0;
  }

  /** True when the period at {@code dot} ends an abbreviation or an initial ("U.S.", "Mr.", "J."), not a sentence. */
  private static boolean abbreviationBefore(String text, int from, int dot) {
    int w = dot;
    while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, or the last letter of U.S.
    }
    if (word.contains(".") && word.replace(".", "").length() <= 3) {
      return true; // U.S, U.K, D.C
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** A paragraph of one short line with no closing punctuation, or a single question: a heading, not a claim. */
  private static boolean isHeading(String text, int from, int to) {
    char last = text.charAt(to - 1);
    int words = 1;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ' ') {
        words++;
      }
    }
    if (last == '?') {
      return words <= 25;
    }
    return words <= HEADING_MAX_WORDS && ".!\"”’:;)".indexOf(last) < 0;
  }
}
