package dev.crosscheck.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How two quotations of (possibly) one statement relate, word by word. The shorter is aligned inside the
 * longer (longest common subsequence of words); words of the longer one outside the aligned stretch only make
 * the shorter a partial quote, words missing or different inside it make the two versions differ. Words of
 * the shorter one outside the stretch mean it goes on to say something else: another remark.
 */
record QuoteComparison(Relation relation, List<String> dropped, List<String> added, int common) {
  enum Relation { IDENTICAL, PARTIAL, DIFFERENT_WORDS, UNRELATED }

  /** Quotes sharing fewer words than this, or less than this share of the shorter one, are different remarks. */
  static final int MIN_COMMON = 4;
  static final double MIN_SHARE = 0.6;
  private static final int MAX_WORDS = 400;
  /** "eleventh hour" and "11th hour" are one wording. */
  private static final Map<String, String> NUMBERS = numbers();
  private static final Pattern ISE = Pattern.compile("(?<=\\p{L}{3})is(e|ed|es|ing|ation|ations)$");
  private static final Pattern OUR = Pattern.compile("(?<=\\p{L}{2})our(s?)$");

  static QuoteComparison of(String a, String b) {
    if (a.equals(b)) { // the common case among copies: no spelling to compare
      return new QuoteComparison(Relation.IDENTICAL, List.of(), List.of(), a.split(" ").length);
    }
    String[] x = spelling(a.split(" "));
    String[] y = spelling(b.split(" "));
    if (x.length > MAX_WORDS || y.length > MAX_WORDS) {
      return new QuoteComparison(Relation.UNRELATED, List.of(), List.of(), 0);
    }
    boolean swap = x.length > y.length;
    String[] shorter = swap ? y : x;
    String[] longer = swap ? x : y;
    int[][] lcs = new int[shorter.length + 1][longer.length + 1];
    for (int i = shorter.length - 1; i >= 0; i--) {
      for (int j = longer.length - 1; j >= 0; j--) {
        lcs[i][j] = shorter[i].equals(longer[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int common = lcs[0][0];
    if (common < Math.min(MIN_COMMON, shorter.length) || common < MIN_SHARE * shorter.length) {
      return new QuoteComparison(Relation.UNRELATED, List.of(), List.of(), common);
    }
    // walk the alignment; only gaps between the first and last matched word count
    List<String> missingFromShorter = new ArrayList<>();
    List<String> extraInShorter = new ArrayList<>();
    List<String> pendingLonger = new ArrayList<>();
    List<String> pendingShorter = new ArrayList<>();
    int i = 0;
    int j = 0;
    boolean started = false;
    while (i < shorter.length && j < longer.length) {
      if (shorter[i].equals(longer[j])) {
        if (started) {
          missingFromShorter.addAll(pendingLonger);
          extraInShorter.addAll(pendingShorter);
        } else if (!pendingShorter.isEmpty()) {
          return new QuoteComparison(Relation.UNRELATED, List.of(), List.of(), common);
        }
        pendingLonger.clear();
        pendingShorter.clear();
        started = true;
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        pendingShorter.add(shorter[i]);
        i++;
      } else {
        pendingLonger.add(longer[j]);
        j++;
      }
    }
    // words of the shorter one past the common stretch: it goes on to say something else, another remark
    if (!pendingShorter.isEmpty() || i < shorter.length) {
      return new QuoteComparison(Relation.UNRELATED, List.of(), List.of(), common);
    }
    // "data centers" and "datacenters" are one wording
    if (String.join("", missingFromShorter).equals(String.join("", extraInShorter))) {
      missingFromShorter.clear();
      extraInShorter.clear();
    }
    // as many words changed as half the words kept: two remarks sharing common words, not one misquoted
    if (2 * (missingFromShorter.size() + extraInShorter.size()) >= common) {
      return new QuoteComparison(Relation.UNRELATED, List.of(), List.of(), common);
    }
    if (missingFromShorter.isEmpty() && extraInShorter.isEmpty()) {
      return new QuoteComparison(Relation.PARTIAL, List.of(), List.of(), common);
    }
    // dropped: words the longer (fuller) version has that the shorter lacks; added: the reverse
    return new QuoteComparison(Relation.DIFFERENT_WORDS, missingFromShorter, extraInShorter, common);
  }

  /**
   * Words as compared: British and American spellings ("realised", "realized") and a dropped possessive
   * apostrophe ("population's", "populations") are one word; the words shown stay as quoted.
   */
  private static String[] spelling(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String w = NUMBERS.getOrDefault(words[i], words[i]).replace("'", "");
      // the patterns only where their letters stand: most words hold neither
      String z = w.contains("is") ? ISE.matcher(w).replaceFirst("iz$1") : w;
      out[i] = z.contains("our") ? OUR.matcher(z).replaceFirst("or$1") : z;
    }
    return out;
  }

  private static Map<String, String> numbers() {
    String[] cardinal = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    String[] ordinal = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth"};
    Map<String, String> out = new HashMap<>();
    for (int n = 0; n < cardinal.length; n++) {
      out.put(cardinal[n], Integer.toString(n));
      String suffix = n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th";
      out.put(ordinal[n], n + suffix);
    }
    return Map.copyOf(out);
  }
}
