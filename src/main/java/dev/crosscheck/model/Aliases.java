package dev.crosscheck.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The user's own aliases ({@code sources/aliases.json}): each entry names an entity and the other ways sources
 * write it. An alias claimed by two entries, or a chain of entries naming each other, is refused.
 */
public record Aliases(List<Aliases.Entry> entries) {
  public static final Aliases NONE = new Aliases(List.of());

  /** One entity and its other names. */
  public record Entry(String name, String kind, List<String> aliases) {
    public Entry {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("an entry has an empty name");
      }
      Entity.prefix(kind);
      aliases = List.copyOf(aliases);
    }
  }

  public Aliases {
    entries = List.copyOf(entries);
    Map<String, String> owner = new HashMap<>();
    Map<String, Entry> byName = new HashMap<>();
    for (Entry e : entries) {
      if (byName.put(key(e.name()), e) != null) {
        throw new IllegalArgumentException("'" + e.name() + "' has two entries");
      }
    }
    for (Entry e : entries) {
      for (String alias : e.aliases()) {
        String previous = owner.put(key(alias), e.name());
        if (previous != null && !previous.equals(e.name())) {
          throw new IllegalArgumentException("alias '" + alias + "' is claimed by both '" + previous + "' and '" + e.name() + "'");
        }
        Entry other = byName.get(key(alias));
        if (other != null && other != e) {
          throw new IllegalArgumentException(chain(e, byName) + ": an alias may not be another entry's name");
        }
      }
    }
  }

  /** "USMCA → CUSMA → USMCA": the path of names that alias each other, starting at {@code start}. */
  private static String chain(Entry start, Map<String, Entry> byName) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<String> path = new ArrayList<>();
    Entry at = start;
    while (at != null && seen.add(key(at.name()))) {
      path.add(at.name());
      Entry next = null;
      for (String a : at.aliases()) {
        Entry candidate = byName.get(key(a));
        if (candidate != null && candidate != at) {
          next = candidate;
          break;
        }
      }
      at = next;
    }
    boolean cycle = at != null;
    if (cycle) {
      path.add(at.name());
    }
    return (cycle ? "alias cycle: " : "alias chain: ") + String.join(" → ", path);
  }

  /** How names are compared: case, dots and apostrophe styles aside ("U.S." = "US"). */
  public static String key(String name) {
    return name.replace('’', '\'').replace(".", "").strip().toLowerCase(Locale.ROOT);
  }
}
