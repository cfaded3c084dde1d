package dev.crosscheck.extract;

import dev.crosscheck.normalise.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a statement: how a sentence is cut into words, and how an object's words are normalised. */
final class StatementWords {
  private static final String INNER = "’'.-";
  static final Set<String> STOP = Set.of("a", "an", "the", "this", "that", "these", "those", "its", "his", "her",
      "their", "our", "my", "your", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "as", "is",
      "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could",
      "should", "may", "might", "can", "must", "shall", "not", "no", "never", "also", "it", "he", "she", "they", "we",
      "i", "you", "them", "him", "us", "who", "which", "what", "there", "than", "then", "so", "such", "very", "just",
      "only", "about", "into", "onto", "upon", "out", "up", "off", "over", "more", "most", "some", "any", "all", "both",
      "each", "other", "own", "same", "s", "n't", "now", "still", "already", "reportedly", "allegedly", "if", "whether",
      "said", "says", "say", "saying", "told", "reporters", "journalists", "yesterday", "today");

  private static final int MAX_OBJECT_WORDS = 20;

  private StatementWords() {}

  /** A word of a sentence with its offsets in the cleaned text. */
  record Token(String text, int start, int end, String lower) {
    Token(String text, int start, int end) {
      this(text, start, end, text.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /** Words: runs of letters and digits, with inner apostrophes, dots and hyphens ("U.S", "didn't", "Canada-U.S"). */
  static List<Token> tokens(String text, int from, int to, int max) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to && out.size() < max) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < to && (Character.isLetterOrDigit(text.charAt(i))
          || INNER.indexOf(text.charAt(i)) >= 0 && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
      }
      out.add(new Token(text.substring(start, i), start, i));
    }
    return out;
  }

  /**
   * The object's words as compared: dates and quantities as their normalised values, names as written with
   * their words joined by '_' (resolution turns them into entity ids), other words lower case and lemmatised,
   * stop words dropped.
   */
  static List<String> object(Reading reading, String text, int from, int to) {
    List<Expression> expressions = reading.expressionsWithin(from, to);
    List<String> out = new ArrayList<>();
    int e = 0;
    List<Token> tokens = tokens(text, from, to, Integer.MAX_VALUE);
    StringBuilder name = new StringBuilder();
    int nameEnd = -1;
    for (Token t : tokens) {
      while (e < expressions.size() && expressions.get(e).end() <= t.start()) {
        e++;
      }
      if (e < expressions.size() && expressions.get(e).start() <= t.start()) {
        flush(name, out);
        Expression x = expressions.get(e);
        String value = (x.value() + (x.unit() == null ? "" : x.unit())).toLowerCase(Locale.ROOT);
        if (out.isEmpty() || !out.get(out.size() - 1).equals(value)) {
          out.add(value);
        }
        continue;
      }
      if (t.capitalised() && !STOP.contains(t.lower())) {
        if (name.length() > 0 && t.start() == nameEnd + 1 && text.charAt(nameEnd) == ' ') {
          name.append('_'); // "Donald Trump" is one name
        } else {
          flush(name, out);
        }
        name.append(Names.stripPossessive(t.text()));
        nameEnd = t.end();
        continue;
      }
      flush(name, out);
      String w = Names.stripPossessive(t.lower());
      if (negation(w) && !t.capitalised()) { // "No. 1 Tar Heels" negates nothing
        out.add("not"); // kept: "the man was not armed" must not agree with "the man was armed"
      } else if (!STOP.contains(w) && !StatementClaims.DETERMINERS.contains(w)) {
        Verbs.Verb v = Verbs.of(w);
        out.add(v != null ? v.lemma() : singular(w));
      }
    }
    flush(name, out);
    return out.size() > MAX_OBJECT_WORDS ? List.copyOf(out.subList(0, MAX_OBJECT_WORDS)) : out;
  }

  /** not, never, no, none, n't, cannot, and any word ending in n't ("didn't"). */
  private static boolean negation(String w) {
    return w.equals("not") || w.equals("never") || w.equals("no") || w.equals("none") || w.equals("n't")
        || w.equals("cannot") || w.length() > 3 && w.endsWith("n't");
  }

  private static void flush(StringBuilder name, List<String> out) {
    if (name.length() > 0) {
      out.add(name.toString());
      name.setLength(0);
    }
  }

  /** "tariffs" → "tariff", "cities" → "city"; "news", "bus", "crisis" stay. */
  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !w.endsWith("ews")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
