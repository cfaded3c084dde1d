package dev.crosscheck.normalise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.normalise.Expression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads the copied spec files from the classpath, and the span rule all suites share. */
final class Specs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Specs() {}

  static String resource(String path) {
    try (InputStream in = Objects.requireNonNull(Specs.class.getResourceAsStream("/conformance/" + path), path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode array(String path) {
    try {
      return JSON.readTree(resource(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> lines(String path) {
    List<JsonNode> records = new ArrayList<>();
    for (String line : resource(path).split("\n")) {
      if (!line.isBlank()) {
        try {
          records.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return records;
  }

  /**
   * Spans agree when the texts are equal ignoring case, outer spaces and a leading preposition or
   * article, which the other projects sometimes include and we never do ("on Friday" vs "Friday"), and
   * ours may also start with a hedge ("about $14 million") that theirs leaves out.
   */
  static boolean sameSpan(Expression ours, String theirs) {
    String b = bare(theirs);
    return bare(ours.text()).equals(b)
        || ours.trace().rule().contains("+") && bare(ours.text()).endsWith(" " + b); // our span keeps the hedge

  }

  static String bare(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return t.replaceFirst("^(?:on|in|at|the|for|of) ", "").replaceFirst("^the ", "").replaceAll("[.!?,]$", "");
  }
}
