package dev.crosscheck.resolve;

import dev.crosscheck.extract.Names;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The full names of people in the corpus, per source and overall. A surname takes the one full name it ends
 * with, first within its own source, then across all sources; two candidates leave it apart rather than guess.
 * Names are indexed by their last word, so a look-up costs the same however many people the corpus names.
 */
final class People {
  private final Map<String, Index> bySource = new HashMap<>();
  private final Index all = new Index();

  /** Full names by key, and the keys of the full names ending with each last word. */
  private static final class Index {
    final Map<String, String> names = new HashMap<>();
    final Map<String, TreeSet<String>> byLastWord = new HashMap<>();

    void add(String key, String name) {
      // the fullest spelling names the person, whichever source came first: "Richard M. Nixon" over "Richard Nixon"
      names.merge(key, name, People::fuller);
      byLastWord.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new TreeSet<>()).add(key);
    }

    /** The key of the one full name ending with {@code surnameKey}, or null. */
    @Nullable String expand(String surnameKey) {
      TreeSet<String> keys = byLastWord.get(surnameKey);
      return keys == null || keys.size() != 1 ? null : keys.first();
    }
  }

  /** Notes a full name ("Mark Carney") written in {@code source}; a single word is no full name and is ignored. */
  void add(String source, String name) {
    String clean = Names.trim(name);
    if (!clean.contains(" ")) {
      return;
    }
    String key = withoutMiddleInitials(Names.key(clean));
    bySource.computeIfAbsent(source, k -> new Index()).add(key, clean);
    all.add(key, clean);
  }

  /** The full name {@code name} stands for in {@code source}: itself when it is one, null when unknown or ambiguous. */
  @Nullable String fullName(String source, String name) {
    String clean = Names.stripPossessive(name.strip());
    String key = withoutMiddleInitials(Names.key(clean));
    if (clean.contains(" ")) {
      return all.names.getOrDefault(key, clean);
    }
    Index own = bySource.get(source);
    String found = own == null ? null : own.expand(key);
    if (found == null) {
      found = all.expand(key);
    }
    // spelled as the corpus spells it most fully: "Nixon" is "Richard M. Nixon" even where a source wrote "Richard Nixon"
    return found == null ? null : all.names.get(found);
  }

  /** "richard m. nixon" → "richard nixon": a middle initial is left out or not as a writer pleases. */
  static String withoutMiddleInitials(String key) {
    if (key.indexOf('.') < 0) {
      return key;
    }
    String[] words = key.split(" ");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      boolean initial = words[i].length() == 2 && words[i].charAt(1) == '.';
      if (!initial || i == words.length - 1) {
        out.append(' ').append(words[i]);
      }
    }
    return out.toString();
  }

  /** Of two spellings of one name, the longer; between equally long ones, the first in natural order. */
  private static String fuller(String a, String b) {
    int byLength = Integer.compare(b.length(), a.length());
    return byLength < 0 || byLength == 0 && a.compareTo(b) <= 0 ? a : b;
  }
}
