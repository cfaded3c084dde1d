package dev.crosscheck.resolve;

import dev.crosscheck.extract.ShippedTable;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Entity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names known before reading any source: the shipped gazetteer of countries, offices of state and agencies,
 * with the user's aliases laid over it (a user's entry wins over a shipped one that claims the same name).
 */
final class Lexicon {
  /** A known entity. */
  record Known(String name, String kind) {
    String id() {
      return Entity.idOf(kind, name);
    }
  }

  private static final List<Aliases.Entry> SHIPPED = readShipped("gazetteer.tsv");

  private final Map<String, Known> byKey = new HashMap<>();
  private final List<String> surfaces = new ArrayList<>();
  private final Pattern pattern;
  /** The surfaces by first character, in the same order, without the look-behind: tried only where one may start. */
  private final Map<Character, Pattern> byFirst = new HashMap<>();
  /** {@link #byFirst} for the characters below 256, looked up for every character of every sentence. */
  private final Pattern[] byLatinFirst = new Pattern[256];

  Lexicon(Aliases user) {
    add(SHIPPED);
    add(user.entries());
    surfaces.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", surfaces.stream().map(Pattern::quote).toList())
        + ")(?![\\p{L}\\p{N}])");
    if (surfaces.stream().noneMatch(String::isEmpty)) {
      Map<Character, List<String>> groups = new HashMap<>();
      for (String surface : surfaces) {
        groups.computeIfAbsent(surface.charAt(0), k -> new ArrayList<>()).add(surface);
      }
      groups.forEach((first, group) -> byFirst.put(first, Pattern.compile(
          "(?:" + String.join("|", group.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])")));
      byFirst.forEach((first, p) -> {
        if (first < byLatinFirst.length) {
          byLatinFirst[first] = p;
        }
      });
    }
  }

  /**
   * The surfaces that start with {@code first}, longest first, each followed by no letter or digit (the caller
   * checks the character before); null when none does. Null for every character when a surface is empty: then
   * only {@link #pattern()} finds what it finds.
   */
  @Nullable Pattern startingWith(char first) {
    return first < byLatinFirst.length ? byLatinFirst[first] : byFirst.get(first);
  }

  /** Whether {@link #startingWith} may be used in place of {@link #pattern()}. */
  boolean indexed() {
    return !byFirst.isEmpty() || surfaces.isEmpty();
  }

  private void add(List<Aliases.Entry> entries) {
    for (Aliases.Entry e : entries) {
      Known known = new Known(e.name(), e.kind());
      List<String> forms = new ArrayList<>(e.aliases());
      forms.add(e.name());
      for (String form : forms) {
        byKey.put(Aliases.key(form), known);
        surfaces.add(form);
      }
    }
  }

  /** Every known surface form, longest first, matched case-sensitively as whole words. */
  Pattern pattern() {
    return pattern;
  }

  /** The entity a name stands for, case, dots and apostrophe styles aside; null when unknown. */
  @Nullable Known lookup(String name) {
    return byKey.get(Aliases.key(name));
  }

  private static List<Aliases.Entry> readShipped(String resource) {
    List<Aliases.Entry> entries = new ArrayList<>();
    for (String line : ShippedTable.lines(Lexicon.class, resource)) {
      String[] cols = line.split("\t", -1);
      List<String> aliases = cols.length > 2 && !cols[2].isBlank() ? List.of(cols[2].strip().split("\\|")) : List.of();
      entries.add(new Aliases.Entry(cols[0].strip(), cols[1].strip(), aliases));
    }
    return entries;
  }
}
