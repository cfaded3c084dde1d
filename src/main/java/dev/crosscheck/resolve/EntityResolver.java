package dev.crosscheck.resolve;

import dev.crosscheck.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives each claim's subject the key of the real-world entity it names, so "Trump" and "Donald Trump" align.
 * A short name takes the full name it ends with, first within its own source, then across all sources;
 * where two different full names end with it, it stays apart rather than guessing.
 */
public final class EntityResolver {
  private static final String OFFICE_OF = "’s ";

  private EntityResolver() {}

  public static List<Claim> resolve(List<Claim> claims) {
    Map<String, Set<String>> fullNamesBySource = new HashMap<>();
    Set<String> allFullNames = new TreeSet<>();
    for (Claim c : claims) {
      String name = personPart(c.entity());
      if (name.contains(" ")) {
        fullNamesBySource.computeIfAbsent(c.source(), k -> new TreeSet<>()).add(name);
        allFullNames.add(name);
      }
    }
    List<Claim> resolved = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      String person = personPart(c.entity());
      String full = expand(person, fullNamesBySource.getOrDefault(c.source(), Set.of()));
      if (full == null) {
        full = expand(person, allFullNames);
      }
      String entity = full == null ? c.entity() : c.entity().replace(person, full);
      resolved.add(entity.equals(c.entity()) ? c : c.withEntity(entity));
    }
    return resolved;
  }

  /** "carney’s office" → "carney"; a plain name is returned as it is. */
  private static String personPart(String entity) {
    String e = entity.replace('\'', '’');
    int i = e.indexOf(OFFICE_OF);
    return i < 0 ? entity : entity.substring(0, i);
  }

  private static String expand(String shortName, Set<String> fullNames) {
    if (shortName.contains(" ")) {
      return null;
    }
    String found = null;
    for (String full : fullNames) {
      if (full.endsWith(" " + shortName)) {
        if (found != null) {
          return null;
        }
        found = full;
      }
    }
    return found;
  }
}
