package dev.crosscheck.extract;

import java.util.List;
import java.util.Map;

/**
 * Classes of predicates that say the same thing, so "X said", "X stated" and "X told" align, and "met" with
 * "held talks". Small on purpose: a verb absent from the table is its own class, which can only miss a
 * paraphrase, never join two different statements.
 */
final class Predicates {
  private static final Map<String, String> CLASS = Map.ofEntries(
      Map.entry("state", "say"), Map.entry("tell", "say"), Map.entry("add", "say"), Map.entry("note", "say"),
      Map.entry("explain", "say"), Map.entry("comment", "say"),
      Map.entry("slap", "impose"), Map.entry("levy", "impose"),
      Map.entry("slay", "kill"), Map.entry("murder", "kill"),
      Map.entry("detain", "arrest"), Map.entry("apprehend", "arrest"),
      Map.entry("wound", "injure"),
      Map.entry("sack", "fire"), Map.entry("dismiss", "fire"),
      Map.entry("quit", "resign"),
      Map.entry("acquire", "buy"), Map.entry("purchase", "buy"),
      Map.entry("unveil", "launch"), Map.entry("introduce", "launch"),
      Map.entry("strike", "hit"), Map.entry("rock", "hit"),
      Map.entry("nominate", "appoint"),
      Map.entry("slam", "criticize"), Map.entry("criticise", "criticize"));

  /** Verbs whose object names the act: "held talks with X" is "met X". */
  private static final Map<String, List<String>> LIGHT = Map.of("hold", List.of("talk", "meeting"));

  private Predicates() {}

  /** The class a predicate lemma belongs to, given the first words of its object. */
  static String classOf(String lemma, List<String> object) {
    List<String> act = LIGHT.get(lemma);
    if (act != null && !object.isEmpty() && act.contains(object.get(0))) {
      return "meet";
    }
    return CLASS.getOrDefault(lemma, lemma);
  }
}
