package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a run of number tokens ("4", "thousand", "3", "hundred", "and", "21") as one value, or says it
 * is not one number. It is a small state machine over what came last, so "two two" and "twenty thirty"
 * are rejected (the caller then splits them) while "three crore twelve lakh" and "two hundred point
 * seventy-one" are read the way people say them.
 */
final class NumberGrammar {
  /** Compiled once: these run for every number token read. */
  private static final Pattern SHORT_DIGITS = Pattern.compile("\\d{1,12}");
  private static final Pattern GROUP_SPACES = Pattern.compile("[ \u00a0\u2009\u202f]");
  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("naught", 0), Map.entry("nil", 0),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

  /** What the previous token was; it decides what may follow. */
  private enum Last { START, A, UNIT, TEEN, TENS, DIGITS, HUNDRED, SCALE, DOZEN, AND, FRACTION, DECIMAL, ZERO }

  /** "1.111,11" and "5,00": the comma is the decimal point (NumberWords only lets these shapes through). */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}|\\d+,\\d{2}");

  private NumberGrammar() {}

  /** The value of the whole token run, or null when the run is not one number. */
  static @Nullable BigDecimal read(List<String> raw) {
    List<String> tokens = raw.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    int i = 0;
    BigDecimal sign = BigDecimal.ONE;
    if (!tokens.isEmpty() && (tokens.get(0).equals("minus") || tokens.get(0).equals("negative"))) {
      sign = BigDecimal.ONE.negate();
      i = 1;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal hundreds = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    BigDecimal lastScale = null;
    Last last = Last.START;
    for (; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("and")) {
        if (last != Last.HUNDRED && last != Last.SCALE) {
          return null;
        }
        last = Last.AND;
        continue;
      }
      if (t.equals("a") || t.equals("an")) {
        if (last != Last.START && last != Last.FRACTION) {
          return null;
        }
        if (last == Last.START) {
          current = BigDecimal.ONE;
        }
        last = Last.A;
        continue;
      }
      if (t.equals("point")) {
        if (!(last == Last.START || last == Last.UNIT || last == Last.TEEN || last == Last.TENS || last == Last.ZERO || last == Last.HUNDRED
            || last == Last.DIGITS && current.scale() <= 0)) {
          return null;
        }
        int end = decimals(tokens, i + 1);
        if (end == i + 1) {
          return null;
        }
        current = current.add(new BigDecimal("0." + digits(tokens.subList(i + 1, end))));
        i = end - 1;
        last = Last.DECIMAL;
        continue;
      }
      BigDecimal scale = scale(t);
      if (scale != null) {
        if (last == Last.START && !t.equals("hundred") || last == Last.AND) {
          return null;
        }
        if (t.equals("hundred")) {
          if (!(last == Last.START || last == Last.A || last == Last.UNIT || last == Last.TEEN || last == Last.TENS
              || last == Last.DIGITS && current.compareTo(BigDecimal.valueOf(total.signum() == 0 ? 1000 : 100)) < 0)
              || hundreds.signum() != 0) {
            return null;
          }
          hundreds = hundreds.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale));
          current = BigDecimal.ZERO;
          last = Last.HUNDRED;
          continue;
        }
        if (last == Last.SCALE && lastScale != null && scale.compareTo(lastScale) <= 0) {
          return null;
        }
        BigDecimal group = hundreds.add(current);
        if (group.signum() == 0 && last != Last.SCALE) {
          return null;
        }
        if (lastScale != null && scale.compareTo(lastScale) > 0) {
          total = total.add(group).multiply(scale);
        } else {
          total = total.add(group.multiply(scale));
        }
        lastScale = scale;
        hundreds = BigDecimal.ZERO;
        current = BigDecimal.ZERO;
        last = Last.SCALE;
        continue;
      }
      if (t.equals("dozen") || t.equals("dozens") || t.equals("dzs") || t.equals("dozs")) {
        if (last == Last.AND || last == Last.SCALE || last == Last.DOZEN || last == Last.DECIMAL || last == Last.ZERO) {
          return null;
        }
        if (current.signum() != 0) {
          current = current.multiply(BigDecimal.valueOf(12));
        } else if (hundreds.signum() != 0) {
          hundreds = hundreds.multiply(BigDecimal.valueOf(12));
        } else {
          current = BigDecimal.valueOf(12);
        }
        last = Last.DOZEN;
        continue;
      }
      if (t.equals("half") || t.equals("quarter") || t.equals("quarters")) {
        BigDecimal part = t.equals("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
        if (last == Last.START || last == Last.A) {
          current = part;
        } else if (last == Last.UNIT && t.equals("quarters")) {
          current = current.multiply(part);
        } else {
          return null;
        }
        last = Last.FRACTION;
        continue;
      }
      if (last == Last.FRACTION) {
        return null; // "half" counts only before a scale or "a dozen": "half a dozen", "half million"
      }
      Integer small = SMALL.get(t);
      if (small != null) {
        if (small == 0) {
          if (last != Last.START) {
            return null;
          }
          last = Last.ZERO;
          continue;
        }
        if (last == Last.UNIT && small >= 20 && small % 10 == 0 && i == firstNumber(tokens) + 1) {
          // "one twenty two" is how people say 122: a leading unit before tens stands for its hundreds
          hundreds = current.multiply(BigDecimal.valueOf(100));
          current = BigDecimal.ZERO;
          last = Last.HUNDRED;
        }
        boolean fresh = last == Last.START || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND;
        boolean unitAfterTens = small < 10 && last == Last.TENS;
        if (!fresh && !unitAfterTens) {
          return null;
        }
        current = current.add(BigDecimal.valueOf(small));
        last = small < 10 ? Last.UNIT : small < 20 || small % 10 != 0 ? Last.TEEN : Last.TENS;
        continue;
      }
      BigDecimal d = digitsValue(t);
      if (d == null) {
        return null;
      }
      if (last != Last.START) {
        BigDecimal place = last == Last.HUNDRED || last == Last.AND && lastScale == null ? BigDecimal.valueOf(100)
            : lastScale;
        if (!(last == Last.HUNDRED || last == Last.SCALE || last == Last.AND) || d.scale() > 0 && d.stripTrailingZeros().scale() > 0
            || place == null || d.compareTo(place) >= 0 || d.signum() == 0) {
          return null;
        }
      }
      current = current.add(d);
      last = Last.DIGITS;
    }
    if (last == Last.START || last == Last.A || last == Last.AND || last == Last.FRACTION) {
      return null;
    }
    return sign.multiply(total.add(hundreds).add(current));
  }

  /** Where the number proper starts, after a sign word. */
  private static int firstNumber(List<String> tokens) {
    return !tokens.isEmpty() && (tokens.get(0).equals("minus") || tokens.get(0).equals("negative")) ? 1 : 0;
  }

  /** Where the digits after "point" end: digit words, "seventy-one", or a plain digit run. */
  private static int decimals(List<String> tokens, int from) {
    int i = from;
    while (i < tokens.size()) {
      String t = tokens.get(i);
      Integer small = SMALL.get(t);
      if (small == null && !SHORT_DIGITS.matcher(t).matches()) {
        break;
      }
      i++;
    }
    return i;
  }

  private static String digits(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Integer small = SMALL.get(w);
      if (small == null) {
        out.append(w);
      } else if (small >= 20 && small % 10 == 0 && i + 1 < words.size() && SMALL.getOrDefault(words.get(i + 1), 10) < 10
          && SMALL.getOrDefault(words.get(i + 1), 10) > 0) {
        out.append(small + SMALL.get(words.get(++i)));
      } else {
        out.append(small);
      }
    }
    return out.toString();
  }

  /** Digits with separators and an optional glued or spaced short scale: "1,234.5", "1.2M", "10k". */
  static @Nullable BigDecimal digitsValue(String token) {
    int end = token.length();
    while (end > 0 && Character.isLetter(token.charAt(end - 1))) {
      end--;
    }
    String written = token.substring(0, end);
    String number = GROUP_SPACES.matcher(DECIMAL_COMMA.matcher(written).matches()
        ? written.replace(".", "").replace(",", ".") : written.replace(",", "")).replaceAll("");
    if (number.isEmpty() || !Character.isDigit(number.charAt(number.length() - 1))) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(number);
      if (end == token.length()) {
        return v;
      }
      BigDecimal s = scale(token.substring(end));
      return s == null ? null : v.multiply(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Scale words and their short forms; lakh and crore are the Indian 10^5 and 10^7. */
  static @Nullable BigDecimal scale(String word) {
    String w = word.equals("M") || word.equals("MM") ? "million" : word.toLowerCase(Locale.ROOT);
    return switch (w) {
      case "hundred", "hundreds" -> BigDecimal.valueOf(100);
      case "thousand", "thousands", "k" -> BigDecimal.valueOf(1_000L);
      case "lakh", "lakhs", "lac", "lacs", "lkh", "lkhs" -> BigDecimal.valueOf(100_000L);
      case "million", "millions", "m", "mm", "mn", "mil" -> BigDecimal.valueOf(1_000_000L);
      case "crore", "crores", "cr", "koti", "krore", "krores" -> BigDecimal.valueOf(10_000_000L);
      // "g" (giga) arrives lower-cased from an upper-case "G": the patterns keep "10g" (grams) out of numbers
      case "billion", "billions", "b", "g", "bn", "bln" -> BigDecimal.valueOf(1_000_000_000L);
      case "trillion", "trillions", "tn", "tln" -> BigDecimal.valueOf(1_000_000_000_000L);
      default -> null;
    };
  }
}
