package dev.crosscheck.resolve;

import dev.crosscheck.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Set;

/** Collects, per entity id, its name, kind, the ways sources wrote it and which sources did. */
final class EntityTable {
  /** Hash sets: most adds repeat what is there, and {@link Entity} sorts them once. */
  private record Row(String name, String kind, Set<String> aliases, Set<String> sources) {}

  private final Map<String, Row> rows = new HashMap<>();
  /** Ids by kind and name: every mention and claim asks, and most ask for an entity already seen. */
  private final Map<String, Map<String, String>> ids = new HashMap<>();

  /** Records that {@code source} wrote {@code surface} for the entity; returns the entity's id. */
  String add(String kind, String name, String surface, String source) {
    String id = ids.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(name, n -> Entity.idOf(kind, n));
    Row row = rows.computeIfAbsent(id, k -> new Row(name, kind, new HashSet<>(), new HashSet<>()));
    row.aliases().add(surface);
    row.sources().add(source);
    return id;
  }

  List<Entity> entities() {
    List<Entity> out = new ArrayList<>(rows.size());
    new TreeMap<>(rows).forEach((id, r) -> out.add(new Entity(id, r.name(), r.kind(), List.copyOf(r.aliases()), List.copyOf(r.sources()))));
    return out;
  }
}
