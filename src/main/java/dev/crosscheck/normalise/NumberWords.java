package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as news writes them: "1,300", "1.3", "twenty-five", "a dozen", "4 thousand 3 hundred and 21",
 * "three crore", "minus five point five". The patterns here find runs of number tokens; whether a run
 * is one number is {@link NumberGrammar}'s call, and a run that is not is split into the numbers it holds.
 */
final class NumberWords {
  /** One number word; longer alternatives first so "seventeen" is not read as "seven". */
  static final List<String> WORDS = List.of("zero", "nought", "naught", "nil", "one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
      "trillions", "lakh", "lakhs", "lac", "lacs", "lkh", "lkhs", "crore", "crores", "krore", "krores", "koti");
  /** One number word, as a trie: a longer word is tried before its prefix ("seventeen" before "seven"). */
  static final String WORD = Alternatives.trie(WORDS);
  /** Words that continue a number but never start one. */
  private static final String CONTINUATION = "(?:dozens?|dzs|dozs|quarter|point|bn|mn|tn|bln|tln|mil|cr)";
  /**
   * A decimal comma, only where it cannot be a thousands comma or a list: after dotted thousands
   * ("1.111,11") or with exactly two decimals ("5,00"). "1,3" stays unread: as often "pages 1,3".
   */
  private static final String DECIMAL_COMMA = "(?:\\d{1,3}(?:\\.\\d{3}){1,6},\\d{1,2}|\\d{1,12},\\d{2})(?!\\d|[.,]\\d)";
  /** Digits with optional thousands separators (commas, spaces, Indian lakh grouping) and decimals. */
  static final String DIGITS_CORE = "(?:" + DECIMAL_COMMA + "|(?:\\d{1,3}(?:,\\d{3}){1,6}|\\d{1,3}(?:[ \u00a0\u2009\u202f]\\d{3}){1,6}(?![\\d,])"
      + "|\\d{1,2}(?:,\\d{2}){1,4},\\d{3}|\\d{1,15})(?:\\.\\d{1,12})?|\\.\\d{1,12})";
  /** A glued short scale, case-sensitive where lower case would be a unit: "1.2M", "10k", "1MM", "2mil". */
  /** Case-sensitive even inside case-insensitive patterns: a glued "m" is metres as often as millions. */
  private static final String GLUED_SCALE = "(?-i:MM|mil|bln|tln|bn|mn|tn|[kKMGbB])";
  /**
   * A short scale after a space ("2.33 k", "1,674.5 G"), only after digits and only in the cases that are
   * not units: lower-case "m" and "g" are metres and grams, "l" litres.
   */
  private static final String SPACED_SCALE = "(?<=\\d {1,3})(?-i:MM|[kKMG])\\b";
  /** Digits glued to a slash ("4/22", "24/7") are dates or ratios, never a count on their own. */
  static final String DIGITS = "(?:(?<![\\w.,%/]|[A-Za-z]-)" + DIGITS_CORE + "(?![\\w]|[.,/]\\d))";
  private static final String DIGITS_SCALED = "(?:(?<![\\w.,%/]|[A-Za-z]-)" + DIGITS_CORE + GLUED_SCALE + "\\b)";
  /** The words after which "a" or "an" starts a number (HEAD): "a dozen", "a hundred". */
  private static final String[] SCALED_BY_A = {"half", "quarter", "dozen", "hundred", "thousand", "million", "billion",
      "trillion", "lakh", "crore"};
  private static final String HEAD = "(?:" + DIGITS_SCALED + "|" + DIGITS + "|\\b" + WORD + "\\b|\\bhalf\\b"
      + "|\\ban?(?=\\s(?:" + String.join("|", SCALED_BY_A) + ")\\b)|\\bquarter\\b"
      + "|\\bpoint(?= {1,3}\\d))"; // "point 77"; not "at one point two men", where "point" is a noun
  /**
   * A run is only entered at its first token: without this, every token of a long run would start a
   * new attempt that scans to the run's end, which is quadratic on pathological input.
   */
  private static final String NOT_MID_RUN = "(?!(?<=[ -])(?<=(?:\\d|\\b" + WORD + ")(?: {1,3}|-)))";
  private static final String JOINER = "(?: {0,3}- {0,3}| {1,3}| {1,3}and {1,3}| {1,3}a {1,3})";
  private static final String TAIL = "(?:" + DIGITS_SCALED + "|" + DIGITS + "|\\b" + WORD + "\\b|\\b" + CONTINUATION + "\\b"
      + "|" + SPACED_SCALE + ")";
  /**
   * A run of number tokens, optionally signed by "minus"/"negative". Each repetition consumes a joiner
   * and a token, and tokens cannot contain joiners, so matching stays linear.
   */
  static final String NUMBER = "(?:(?=[-\\w.])(?:\\b(?:minus|negative)\\s{1,3})?" + NOT_MID_RUN + HEAD + "(?:" + JOINER + TAIL + "){0,11})";
  /** Spelled-out numbers only (for ages such as "sixty-year-old"). */
  static final String SPELLED = "(?:\\b" + WORD + "(?:(?: {0,3}- {0,3}| {1,3}| {1,3}and {1,3})" + WORD + "){0,8}\\b)";
  /** Where a NUMBER can start: a number word, a sign word, "a"/"an"/"half"/"quarter"/"point", a digit or "." */
  static final Openers OPENERS = Openers.words(WORDS)
      .or("minus", "negative", "half", "quarter", "point").or(Openers.NUMERALS).or(Openers.DECIMAL_POINTS)
      .or(Openers.wordBefore("a", SCALED_BY_A)).or(Openers.wordBefore("an", SCALED_BY_A));
  static final Openers SPELLED_OPENERS = Openers.words(WORDS);
  /** Every word a NUMBER can hold (for a {@link Reach}): keep in step with HEAD, JOINER, TAIL and the scales. */
  static final Set<String> VOCABULARY = Stream.concat(WORDS.stream(), Stream.of("dozen", "dozens", "dzs", "dozs",
      "quarter", "point", "bn", "mn", "tn", "bln", "tln", "mil", "cr", "minus", "negative", "half", "a", "an", "and",
      "mm", "k", "m", "g", "b")).collect(Collectors.toUnmodifiableSet());
  private static final Pattern TOKEN = Pattern.compile(DIGITS_CORE + GLUED_SCALE + "?|[A-Za-z]+");

  /** A number found inside a run: its offsets in the text and its value. */
  record Found(int start, int end, BigDecimal value, boolean spelled) {}

  private NumberWords() {}

  /** The value of a number written in digits or words; null when the words do not form one number. */
  static @Nullable BigDecimal value(String written) {
    List<int[]> spans = tokens(written, 0, written.length());
    return NumberGrammar.read(texts(written, spans, 0, spans.size()));
  }

  /** Splits a run into numbers, longest first from the left: "20 and 25" is 20 and 25. */
  static List<Found> split(String text, int start, int end) {
    List<int[]> spans = tokens(text, start, end);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < spans.size()) {
      int best = -1;
      BigDecimal value = null;
      for (int j = spans.size(); j > i; j--) {
        BigDecimal v = NumberGrammar.read(texts(text, spans, i, j));
        if (v != null) {
          best = j;
          value = v;
          break;
        }
      }
      if (best < 0) {
        i++;
        continue;
      }
      int cut = cutBeforeAnd(text, spans, i, best);
      if (cut != best) {
        best = cut;
        value = NumberGrammar.read(texts(text, spans, i, best));
      }
      if (value != null) {
        int s = spans.get(i)[0];
        out.add(new Found(s, spans.get(best - 1)[1], value, Character.isLetter(text.charAt(s))));
      }
      i = best;
    }
    return out;
  }

  /** The longest number that ends the run ("20 and 25" ends with 25), or null. */
  static @Nullable Found last(String text, int start, int end) {
    List<int[]> spans = tokens(text, start, end);
    for (int i = 0; i < spans.size(); i++) {
      BigDecimal v = NumberGrammar.read(texts(text, spans, i, spans.size()));
      if (v != null) {
        int s = spans.get(i)[0];
        return new Found(s, spans.get(spans.size() - 1)[1], v, Character.isLetter(text.charAt(s)));
      }
    }
    return null;
  }

  /**
   * "one hundred and two hundred" reads greedily as 102 then 100; when the token after the number would
   * have continued a number, the "and" joined two numbers, so the first one ends before it.
   */
  private static int cutBeforeAnd(String text, List<int[]> spans, int from, int to) {
    if (to >= spans.size() || NumberGrammar.scale(token(text, spans.get(to))) == null) {
      return to;
    }
    for (int k = to - 1; k > from; k--) {
      if (token(text, spans.get(k)).equalsIgnoreCase("and")) {
        return k;
      }
    }
    return to;
  }

  private static List<int[]> tokens(String text, int start, int end) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static List<String> texts(String text, List<int[]> spans, int from, int to) {
    List<String> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(token(text, spans.get(i)));
    }
    return out;
  }

  private static String token(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }

  /** A plain decimal string without exponent or trailing zeros: 6E+10 becomes "60000000000". */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
