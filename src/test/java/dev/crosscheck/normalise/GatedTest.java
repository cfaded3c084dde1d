package dev.crosscheck.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every gated pattern finds in real text exactly what a plain search of the whole text finds: openers,
 * required words and reaches only skip attempts that cannot match. A word added to a pattern but not to
 * its openers or reach fails here (if the texts below hold it) instead of silently losing matches.
 */
class GatedTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Forms at the edges of what openers and reaches list: glued, apostrophes, signs, symbols, capitals. */
  private static final String EDGES = """
      He stayed for 3 days, starting from next Monday. For 1 week, from 20th dec; w/c Feb 4, 2 weeks before May 13 1999.
      Prices rose approx. 5 million, ~20%, more than 60 billion, 7percent, -5, (-3.5), well-known, a dozen, A hundred.
      the 1stweek of May, the '70s, the ’80s, 70's, in the early 1980s, A$5, USD5 million, 5 US$, $.5, Rs. 500, 30 MUSD.
      2013Q1, 2013-H2, H1 2016, in the last 3years, a couple of weeks ago, 1,000,000.5 days, 2 years, 1 month and 21 days ago.
      Tuesday (May 06), Tue, 6 May, from 4 to January 22, 1995, 10/1/2018-10/7/2018, 1990 – 2000, from 1990 ~ 1995, 4-5 Jan.
      in nineteen eighty-four, the twenty-tens, the two thousands, thirty-five-year-old, 1234 years old, 3 fridays from now.
      """;

  @Test
  void gatedPatternsFindWhatAWholeTextSearchFinds() throws Exception {
    List<String> texts = texts();
    List<Gated> patterns = patterns();
    assertTrue(patterns.size() > 50, "found only " + patterns.size() + " gated patterns");
    for (String text : texts) {
      for (String variant : List.of(text, text.toUpperCase(Locale.ROOT))) {
        Passage passage = new Passage(variant, null);
        for (Gated gated : patterns) {
          assertEquals(wholeText(gated, variant), spans(gated, passage), () -> "pattern "
              + gated.pattern().pattern().substring(0, Math.min(120, gated.pattern().pattern().length())));
        }
      }
    }
  }

  private static List<String> wholeText(Gated gated, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = gated.pattern().matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> spans(Gated gated, Passage passage) {
    List<String> out = new ArrayList<>();
    for (Matcher m : gated.in(passage)) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<Gated> patterns() throws Exception {
    List<Gated> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(Gated.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("dev/crosscheck/normalise"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class")) {
          continue;
        }
        Class<?> c = Class.forName("dev.crosscheck.normalise." + name.substring(0, name.length() - 6));
        for (Field f : c.getDeclaredFields()) {
          if (f.getType() == Gated.class && Modifier.isStatic(f.getModifiers())) {
            f.setAccessible(true);
            out.add((Gated) f.get(null));
          }
        }
      }
    }
    return out;
  }

  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    out.add(EDGES);
    for (String dir : List.of("sources", "src/test/resources/ecbplus/sources")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(Files.readString(file));
        }
      }
    }
    StringBuilder conformance = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/conformance"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.toString();
        if (name.endsWith(".json")) {
          JSON.readTree(file.toFile()).forEach(c -> conformance.append(c.path("Input").asText()).append('\n'));
        } else if (name.endsWith(".jsonl")) {
          for (String line : Files.readAllLines(file)) {
            JsonNode c = line.isBlank() ? null : JSON.readTree(line);
            if (c != null) {
              conformance.append(c.path("input").asText()).append('\n');
            }
          }
        }
      }
    }
    out.add(conformance.toString());
    return out;
  }
}
