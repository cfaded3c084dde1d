package dev.crosscheck.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The shipped gazetteer of titles that stand before names, and of words that say whose office it is. */
final class Titles {
  record Office(String canonical, boolean qualified) {}

  private final Map<String, Office> offices = new HashMap<>();
  private final Map<String, String> jurisdictions = new HashMap<>();
  private final Set<String> words;

  private static final Titles SHIPPED = new Titles();

  static Titles shipped() {
    return SHIPPED;
  }

  private Titles() {
    for (String[] row : rows("titles.tsv")) {
      Office office = new Office(row[1], row.length > 2 && row[2].equals("qualified"));
      offices.put(row[0], office);
      // "prime minister Mark Carney" is as good as "Prime Minister Mark Carney"; "pm" is not "PM"
      if (row[0].length() > 3 && Character.isUpperCase(row[0].charAt(0))) {
        offices.putIfAbsent(row[0].toLowerCase(java.util.Locale.ROOT), office);
      }
    }
    for (String[] row : rows("jurisdictions.tsv")) {
      jurisdictions.put(row[0], row[1]);
    }
    words = collectWords();
  }

  Office office(String surface) {
    return offices.get(surface);
  }

  String jurisdiction(String surface) {
    return jurisdictions.get(surface);
  }

  /** A regex alternation of the plain title forms, longest first so "Deputy Press Secretary" beats "Press Secretary". */
  String titleAlternation() {
    return alternation(offices.entrySet().stream().filter(e -> !e.getValue().qualified()).map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet()));
  }

  /** Titles that need the word before them to say which office ("Conservative leader"). */
  String qualifiedAlternation() {
    return alternation(offices.entrySet().stream().filter(e -> e.getValue().qualified()).map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet()));
  }

  /** The forms a role match can start with: every jurisdiction and every title not needing a qualifier before it. */
  Set<String> startForms() {
    Set<String> forms = new HashSet<>(jurisdictions.keySet());
    offices.forEach((form, office) -> {
      if (!office.qualified()) {
        forms.add(form);
      }
    });
    return forms;
  }

  /** Every surface form of every title, as matched. */
  Set<String> forms() {
    return Set.copyOf(offices.keySet());
  }

  /** Every word that occurs in a title or a jurisdiction: such a word does not start a person's name. */
  Set<String> words() {
    return words;
  }

  private Set<String> collectWords() {
    Set<String> all = new HashSet<>();
    for (String form : offices.keySet()) {
      all.addAll(List.of(form.split(" ")));
    }
    for (String form : jurisdictions.keySet()) {
      all.addAll(List.of(form.split(" ")));
    }
    return Set.copyOf(all);
  }

  String jurisdictionAlternation() {
    return alternation(jurisdictions.keySet());
  }

  private static String alternation(Set<String> forms) {
    List<String> sorted = new ArrayList<>(new HashSet<>(forms));
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return String.join("|", sorted.stream().map(Pattern::quote).toList());
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : ShippedTable.lines(Titles.class, resource)) {
      rows.add(line.strip().split("\t"));
    }
    return rows;
  }
}
