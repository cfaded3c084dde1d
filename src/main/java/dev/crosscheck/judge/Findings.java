package dev.crosscheck.judge;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Fingerprint;
import dev.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Builds findings with ids fingerprinted from stable facts only: kind, rule, entity, slot, values, sources. */
final class Findings {
  private Findings() {}

  static Finding of(FindingKind kind, String rule, Severity severity, double confidence, String summary,
      String entity, String slot, List<Claim> claims) {
    List<Claim> cited = new ArrayList<>(claims);
    cited.sort(Comparator.comparing(Claim::source).thenComparingInt(c -> c.evidence().start()).thenComparing(Claim::id));
    List<String> values = List.copyOf(new TreeSet<>(cited.stream().map(Claim::value).toList()));
    List<String> sources = cited.stream().map(Claim::source).distinct().sorted().toList();
    String id = kind.label() + "-" + Fingerprint.of(Stream.concat(
        Stream.of(kind.label(), rule, entity, slot, String.join("\u001e", values)), sources.stream()).toArray(String[]::new));
    return new Finding(id, kind, rule, severity, confidence, summary, entity, slot, values,
        cited.stream().map(Cited::of).toList());
  }

  /** The first claim of each source for each value: one line of evidence per side and source is enough. */
  static List<Claim> firstPerSourceAndValue(List<Claim> claims) {
    Map<String, Claim> first = new LinkedHashMap<>();
    for (Claim c : claims) {
      first.putIfAbsent(c.source() + "\u001f" + c.value(), c);
    }
    return List.copyOf(first.values());
  }

  /** How the entity is best named in a summary: the longest way a source wrote it. */
  static String displayName(List<Claim> claims) {
    return longest(claims.stream().map(Claim::subject));
  }

  /** The longest of the ways sources wrote a name (the most complete), ties broken by text; "" when none. */
  static String longest(Stream<String> names) {
    return names.filter(n -> !n.isEmpty()).max(Comparator.comparingInt(String::length)
        .thenComparing(Comparator.reverseOrder())).orElse("");
  }

  static String sourceList(List<Claim> claims) {
    return String.join(", ", claims.stream().map(Claim::source).distinct().sorted().toList());
  }
}
