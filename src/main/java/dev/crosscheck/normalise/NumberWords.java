package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Numbers as news writes them: "1,300", "1.3", "twenty-five", "a dozen", "two thousand and five". */
final class NumberWords {
  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final Map<String, Long> SCALE = Map.of(
      "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
      "trillion", 1_000_000_000_000L);

  /** One number word; longer alternatives first so "seventeen" is not read as "seven". */
  static final String WORD = "(?:seventeen|thirteen|fourteen|fifteen|sixteen|eighteen|nineteen|eleven|twelve"
      + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|zero|one|two|three|four|five|six|seven"
      + "|eight|nine|ten|hundred|thousand|million|billion|trillion)";
  /** Spelled-out numbers: each repetition consumes a separator and a word, so matching stays linear. */
  static final String SPELLED = "(?:\\b(?:a\\s(?:dozen|hundred|thousand|million|billion)|dozen|"
      + WORD + "(?:(?: {0,3}- {0,3}| {1,3}| {1,3}and {1,3})" + WORD + "){0,8})s?\\b(?!-\\w))";
  /** Digits with optional thousands separators and decimals; bounded so long digit runs stay cheap. */
  static final String DIGITS_CORE = "(?:(?:\\d{1,3}(?:,\\d{3}){1,6}|\\d{1,15})(?:\\.\\d{1,12})?|\\.\\d{1,12})";
  static final String DIGITS = "(?:(?<![\\w.,%]|[A-Za-z]-)" + DIGITS_CORE + "(?![\\w]|[.,]\\d))";
  /** Either form. */
  static final String NUMBER = "(?:" + DIGITS + "|" + SPELLED + ")";

  private NumberWords() {}

  /** The value of a number written in digits or words; null when the words do not form a number. */
  static @Nullable BigDecimal value(String written) {
    String s = written.trim().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    if (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.') {
      try {
        return new BigDecimal(s.replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return spelled(s);
  }

  private static @Nullable BigDecimal spelled(String s) {
    String[] words = s.replace('-', ' ').replaceAll("(dozen|hundred|thousand|million|billion|trillion)s\\b", "$1")
        .split("\\s+");
    long total = 0;
    long current = 0;
    int lastSmall = -1;
    boolean any = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.equals("and") || (w.equals("a") && i == 0)) {
        if (w.equals("a")) {
          current = 1;
          lastSmall = 1;
        }
        continue;
      }
      if (w.equals("dozen")) {
        current = (current == 0 ? 1 : current) * 12;
        lastSmall = -1;
        any = true;
        continue;
      }
      Integer small = SMALL.get(w);
      if (small != null) {
        if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 == 0 && small < 10)) {
          return null;
        }
        current += small;
        lastSmall = small;
        any = true;
        continue;
      }
      Long scale = SCALE.get(w);
      if (scale == null) {
        return null;
      }
      current = (current == 0 ? 1 : current) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      lastSmall = -1;
      any = true;
    }
    return any ? BigDecimal.valueOf(total + current) : null;
  }

  /** A plain decimal string without exponent or trailing zeros: 6E+10 becomes "60000000000". */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
