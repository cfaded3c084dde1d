package dev.crosscheck.resolve;

import dev.crosscheck.extract.ShippedTable;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Offices and the broader offices they are a kind of (deputy press secretary ⊂ press secretary ⊂
 * spokesperson), shipped in {@code offices.tsv}. Role claims are compared at the broadest office, so compatible
 * titles for one person land in one group and never contradict each other.
 */
public final class TitleHierarchy {
  private static final TitleHierarchy SHIPPED = new TitleHierarchy(read("offices.tsv"));

  private final Map<String, String> broader;

  TitleHierarchy(Map<String, String> broader) {
    this.broader = Map.copyOf(broader);
    for (String office : broader.keySet()) {
      broadest(office); // fails fast on a cycle in the resource
    }
  }

  public static TitleHierarchy shipped() {
    return SHIPPED;
  }

  /** The broadest office {@code office} is a kind of; the office itself when nothing is broader. */
  public String broadest(String office) {
    Set<String> seen = new LinkedHashSet<>();
    String at = office;
    while (broader.containsKey(at)) {
      if (!seen.add(at)) {
        throw new IllegalStateException("title hierarchy has a cycle: " + String.join(" ⊂ ", seen));
      }
      at = broader.get(at);
    }
    return at;
  }

  private static Map<String, String> read(String resource) {
    Map<String, String> rows = new HashMap<>();
    for (String line : ShippedTable.lines(TitleHierarchy.class, resource)) {
      String[] cols = line.strip().split("\t");
      rows.put(cols[0], cols[1]);
    }
    return rows;
  }
}
