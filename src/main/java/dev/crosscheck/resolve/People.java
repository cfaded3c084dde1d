package dev.crosscheck.resolve;

import dev.crosscheck.extract.Names;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The full names of people in the corpus, per source and overall. A surname takes the one full name it ends
 * with, first within its own source, then across all sources; two candidates leave it apart rather than guess.
 */
final class People {
  private final Map<String, TreeMap<String, String>> bySource = new HashMap<>();
  private final TreeMap<String, String> all = new TreeMap<>();

  /** Notes a full name ("Mark Carney") written in {@code source}; a single word is no full name and is ignored. */
  void add(String source, String name) {
    String clean = Names.trim(name);
    if (!clean.contains(" ")) {
      return;
    }
    String key = Names.key(clean);
    bySource.computeIfAbsent(source, k -> new TreeMap<>()).putIfAbsent(key, clean);
    all.putIfAbsent(key, clean);
  }

  /** The full name {@code name} stands for in {@code source}: itself when it is one, null when unknown or ambiguous. */
  @Nullable String fullName(String source, String name) {
    String clean = Names.stripPossessive(name.strip());
    String key = Names.key(clean);
    if (clean.contains(" ")) {
      return all.getOrDefault(key, clean);
    }
    String found = expand(key, bySource.getOrDefault(source, new TreeMap<>()));
    return found != null ? found : expand(key, all);
  }

  private static @Nullable String expand(String surnameKey, TreeMap<String, String> names) {
    String found = null;
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (e.getKey().endsWith(" " + surnameKey)) {
        if (found != null) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }
}
