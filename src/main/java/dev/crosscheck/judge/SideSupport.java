package dev.crosscheck.judge;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Says which side of a disagreement is better supported: the value whose supporters are more trusted (its fact
 * confidence in {@link TruthDiscovery}). Only a note and a number per side: the finding stays as it is.
 */
final class SideSupport {
  /** A value this long (a quotation) is named by its sources instead. */
  private static final int LONG_VALUE = 40;

  private SideSupport() {}

  static List<Finding> annotate(List<Finding> findings, TruthDiscovery.Result truth, CopiedPassages copies) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Map<String, Double> support = truth.support().get(f.id());
      out.add(support == null ? f : f.withSupport(support, List.of(note(f, support, copies))));
    }
    return out;
  }

  private static String note(Finding f, Map<String, Double> support, CopiedPassages copies) {
    List<String> values = support.keySet().stream()
        .sorted(Comparator.comparing((String v) -> -support.get(v)).thenComparing(v -> v)).toList();
    double best = support.get(values.get(0));
    double next = support.get(values.get(1));
    List<String> sides = new ArrayList<>();
    for (String v : values) {
      List<Cited> side = f.claims().stream().filter(c -> c.value().equals(v)).toList();
      int voices = Corroboration.voices(side, copies).size();
      sides.add(label(v, side) + " (confidence " + support.get(v) + ", " + voices + " independent voice" + (voices == 1 ? "" : "s") + ")");
    }
    if (best == next) {
      return "no side better supported: " + String.join(", ", sides);
    }
    return "better supported: " + sides.get(0) + " over " + String.join(", ", sides.subList(1, sides.size()));
  }

  /** A short value as it is; a long one (a quotation) by its first words and its sources. */
  private static String label(String value, List<Cited> side) {
    if (value.length() <= LONG_VALUE) {
      return value;
    }
    int cut = value.lastIndexOf(' ', LONG_VALUE);
    return "“" + value.substring(0, cut > 0 ? cut : LONG_VALUE) + "…” in "
        + Corroboration.names(side.stream().map(Cited::source).distinct().sorted().toList());
  }
}
