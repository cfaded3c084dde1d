package dev.crosscheck.judge;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.CopiedPassage;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts the independent voices behind each finding: sources whose cited claims lie in one copied passage
 * (syndicated or lightly edited text) are one voice, not several. An agreement that is only one voice is
 * kept, says so, and loses half its confidence; nothing is dropped.
 */
public final class Corroboration {
  /** An agreement resting on one voice keeps this share of its confidence. */
  static final double ONE_VOICE_FACTOR = 0.5;

  private Corroboration() {}

  public static List<Finding> weigh(List<Finding> findings, CopiedPassages copies) {
    // each finding is weighed on its own: on all cores, in the findings' order
    return findings.parallelStream().map(f -> weigh(f, copies)).toList();
  }

  private static Finding weigh(Finding f, CopiedPassages copies) {
    List<List<String>> voices = voices(f.claims(), copies);
    List<String> notes = new ArrayList<>();
    for (List<String> voice : voices) {
      long values = f.claims().stream().filter(c -> voice.contains(c.source())).map(Cited::value).distinct().count();
      if (voice.size() > 1 && values > 1) {
        notes.add(names(voice) + " share this passage but not its values: one text was edited");
      } else if (voice.size() > 1) {
        notes.add(names(voice) + " share this passage: counted as one voice");
      }
    }
    double confidence = f.confidence();
    if (f.kind() == FindingKind.AGREEMENT && voices.size() == 1 && f.sources().size() > 1) {
      confidence = Math.round(confidence * ONE_VOICE_FACTOR * 100) / 100.0;
      notes.add("only one independent voice: the agreement rests on copied text, not on corroboration");
    }
    return notes.isEmpty() ? f : f.withVoices(voices.size(), confidence, notes);
  }

  /**
   * The independent voices among the sources of {@code claims}: sources are joined when a claim of one and a
   * claim of the other lie in one copied passage. Each voice is a sorted list of source ids; voices are sorted.
   */
  public static List<List<String>> voices(List<Cited> claims, CopiedPassages copies) {
    Map<String, String> parent = new TreeMap<>();
    claims.forEach(c -> parent.put(c.source(), c.source()));
    Map<String, List<Span>> spans = new TreeMap<>();
    claims.forEach(c -> spans.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(new Span(c.start(), c.end())));
    Map<String, List<Span>> byId = new java.util.HashMap<>(spans); // looked up once per passage: no string ordering
    // through each source's passages, never through all pairs of claims
    spans.forEach((source, mine) -> {
      for (CopiedPassage p : copies.involving(source)) {
        boolean first = p.sourceA().equals(source);
        Span here = first ? p.spanA() : p.spanB();
        Span there = first ? p.spanB() : p.spanA();
        List<Span> theirs = byId.get(first ? p.sourceB() : p.sourceA());
        if (theirs != null && mine.stream().anyMatch(here::overlaps) && theirs.stream().anyMatch(there::overlaps)) {
          union(parent, p.sourceA(), p.sourceB());
        }
      }
    });
    Map<String, TreeSet<String>> byRoot = new TreeMap<>();
    for (String source : parent.keySet()) {
      byRoot.computeIfAbsent(find(parent, source), k -> new TreeSet<>()).add(source);
    }
    return byRoot.values().stream().map(List::copyOf).sorted(java.util.Comparator.comparing(v -> v.get(0))).toList();
  }

  /** "000 and 004", "000, 002 and 004". */
  static String names(List<String> sources) {
    if (sources.size() == 1) {
      return sources.get(0);
    }
    return String.join(", ", sources.subList(0, sources.size() - 1)) + " and " + sources.get(sources.size() - 1);
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) > 0 ? ra : rb, ra.compareTo(rb) > 0 ? rb : ra);
    }
  }
}
