package dev.crosscheck.bench;

import dev.crosscheck.Pipeline;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentences made to hurt a regular expression or a quadratic loop: one unit repeated into one sentence with
 * no end. Checking one 4× longer must take about 4× as long, never 16×.
 */
public final class PathologicalInputs {
  /** Each unit, repeated, makes one input; named for what it stresses. */
  public static final Map<String, String> UNITS = units();

  private PathologicalInputs() {}

  private static Map<String, String> units() {
    Map<String, String> u = new LinkedHashMap<>();
    u.put("commas", "Halifax, ");
    u.put("ones", "1 1 1 ");
    u.put("digit run", "1");
    u.put("grouped digits", "1,000,");
    u.put("dotted digits", "1.");
    u.put("capitalised words", "Prime Minister Mark ");
    u.put("nested quotes", "\u201c\u2018");
    u.put("straight quotes", "\" ");
    u.put("money", "$1 ");
    u.put("dates", "May 6, ");
    u.put("number words", "one hundred and ");
    u.put("relative dates", "two weeks ago and ");
    u.put("initials", "J. ");
    return java.util.Collections.unmodifiableMap(u); // in this order in the table
  }

  /** A source of about {@code chars} characters: the unit repeated inside one sentence. */
  public static Source source(String unit, int chars) {
    String repeated = UNITS.get(unit).repeat(Math.max(1, chars / UNITS.get(unit).length()));
    return new Source(new SourceMeta("pathological", null, null, null, LocalDate.of(2025, 5, 2), false, null),
        "The ports said " + repeated + " on Monday.\n");
  }

  /** One Markdown table row per unit: seconds to check {@code chars} characters and 4× as many, and the ratio. */
  public static List<String> measure(int chars) {
    Pipeline.run(List.of(source("commas", chars))); // warm the JIT so the first row is not the slowest
    return UNITS.keySet().stream().map(unit -> {
      double once = seconds(source(unit, chars));
      double four = seconds(source(unit, chars * 4));
      return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.1f |", unit, once, four, four / once);
    }).toList();
  }

  private static double seconds(Source source) {
    long start = System.nanoTime();
    Pipeline.run(List.of(source));
    return (System.nanoTime() - start) / 1e9;
  }
}
