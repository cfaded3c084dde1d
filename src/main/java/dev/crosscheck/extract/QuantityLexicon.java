package dev.crosscheck.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The shipped words of quantity claims ({@code quantities.tsv}): synonyms and plurals of what is taxed, shared,
 * paid or counted, each with one canonical key; and the places of the entity gazetteer with their demonyms, so
 * "Canadian autos" is known to name cars from Canada.
 */
final class QuantityLexicon {
  private static final QuantityLexicon SHIPPED = new QuantityLexicon();

  private final Map<String, String> byRoleAndForm = new HashMap<>();
  private final Map<String, List<String>> formsByRole = new HashMap<>();
  /** Place and organisation names and demonyms as written ("U.S.", "Canadian") → canonical name. */
  private final Map<String, String> places = new HashMap<>();
  private final Pattern place;

  private QuantityLexicon() {
    for (String[] cols : rows("quantities.tsv")) {
      String canonical = cols[0].strip();
      String role = cols[1].strip();
      List<String> forms = new ArrayList<>(List.of(canonical));
      if (cols.length > 2 && !cols[2].isBlank()) {
        forms.addAll(List.of(cols[2].strip().split("\\|")));
      }
      for (String form : forms) {
        for (String variant : variants(form.toLowerCase(Locale.ROOT))) {
          byRoleAndForm.putIfAbsent(role + "\t" + variant, canonical);
          formsByRole.computeIfAbsent(role, k -> new ArrayList<>()).add(variant);
        }
      }
    }
    for (String[] cols : rows("/dev/crosscheck/resolve/gazetteer.tsv")) {
      if (!cols[1].strip().equals("place")) {
        continue; // an organisation imposes and holds, but is no origin or destination of goods
      }
      places.put(cols[0].strip(), cols[0].strip());
      if (cols.length > 2 && !cols[2].isBlank()) {
        for (String alias : cols[2].strip().split("\\|")) {
          places.put(alias, cols[0].strip());
        }
      }
    }
    List<String> names = new ArrayList<>(places.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    place = Pattern.compile("(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
  }

  static QuantityLexicon shipped() {
    return SHIPPED;
  }

  /** The canonical key of a phrase in a role ("autos" as a target → "cars"), or null when unknown. */
  @Nullable String canonical(String role, String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    return byRoleAndForm.get(role + "\t" + p);
  }

  /** A regex alternation of every form of a role, longest first, for matching in text. */
  String alternation(String role) {
    List<String> forms = new ArrayList<>(formsByRole.getOrDefault(role, List.of()));
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return String.join("|", forms.stream().distinct().map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).toList());
  }

  /** The most words any form of a role has ("lost their lives": 3). */
  int maxWords(String role) {
    int most = 0;
    for (String form : formsByRole.getOrDefault(role, List.of())) {
      most = Math.max(most, form.strip().split("\\s+").length);
    }
    return most;
  }

  /** The last word of every form of a role, lower case ("lost their lives": "lives"). */
  Set<String> lastWords(String role) {
    Set<String> words = new HashSet<>();
    for (String form : formsByRole.getOrDefault(role, List.of())) {
      String[] parts = form.strip().split("\\s+");
      words.add(parts[parts.length - 1]);
    }
    return words;
  }

  /** The canonical place a name or demonym stands for ("U.S." → "United States"), or null. */
  @Nullable String place(String surface) {
    return places.get(surface.strip());
  }

  /** The lower-case key of the place a name stands for ("the U.S." → "united states"), a sentence's full stop aside. */
  @Nullable String placeKey(String name) {
    String n = Names.trim(name.strip());
    String found = place(n);
    if (found == null && n.endsWith(".")) {
      found = place(n.substring(0, n.length() - 1));
    }
    return found == null ? null : found.toLowerCase(Locale.ROOT);
  }

  /** A regex matching any place name or demonym, case-sensitively. */
  Pattern placePattern() {
    return place;
  }

  /** The word and its plural or singular, so the lexicon need not list both. */
  static List<String> variants(String word) {
    List<String> out = new ArrayList<>(List.of(word));
    if (word.endsWith("ies") && word.length() > 4) {
      out.add(word.substring(0, word.length() - 3) + "y");
    } else if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      out.add(word.substring(0, word.length() - 1));
    } else if (!word.endsWith("s")) {
      out.add(word.endsWith("y") && !word.endsWith("ey") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
    }
    return out;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : ShippedTable.lines(QuantityLexicon.class, resource)) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }
}
