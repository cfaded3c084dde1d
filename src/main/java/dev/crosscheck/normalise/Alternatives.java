package dev.crosscheck.normalise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An alternation of words written as a trie ({@code "s(?:even(?:teen)?|ix)"}), so the regex engine compares
 * a character or two where a flat {@code "seventeen|seven|six|..."} tries every word at every position.
 * It matches the same strings; where one word is a prefix of another the longer is tried first.
 */
final class Alternatives {
  private Alternatives() {}

  static String trie(Collection<String> words) {
    for (String w : words) {
      if (!w.matches("[a-z]+")) {
        throw new IllegalArgumentException("a trie word is lower-case ASCII letters: " + w);
      }
    }
    return "(?:" + branch(List.copyOf(words)) + ")";
  }

  private static String branch(List<String> words) {
    boolean ends = words.contains("");
    Map<Character, List<String>> byFirst = words.stream().filter(w -> !w.isEmpty())
        .collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.mapping(w -> w.substring(1),
            Collectors.toList())));
    if (byFirst.isEmpty()) {
      return "";
    }
    String children = byFirst.entrySet().stream().map(e -> e.getKey() + branch(e.getValue()))
        .collect(Collectors.joining("|"));
    boolean group = byFirst.size() > 1 || ends;
    return group ? "(?:" + children + ")" + (ends ? "?" : "") : children;
  }
}
