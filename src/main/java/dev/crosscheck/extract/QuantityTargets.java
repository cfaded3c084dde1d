package dev.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a tariff is on: "on all steel and aluminum imports" → steel, aluminum; "targeted cars and parts" → cars,
 * auto parts; "on Canadian autos" → cars from Canada; "on China" → goods from China. A list gives one target per
 * item; an item the lexicon does not know stays as its own word, so it aligns only with itself.
 */
final class QuantityTargets {
  /** A canonical target and, when stated, where the goods come from ("canada", "not united states"). */
  record Target(String key, String origin) {
    Target {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(origin, "origin");
    }
  }

  private static final Pattern INTRO = Pattern.compile(
      "^\\s*(?:on|against|targeting|targeted|targets|covering|covered|hitting|hit|for|applied\\s+to|imposed\\s+on)\\s+");
  /** Where a target phrase ends: punctuation other than a list comma, or a word that starts a new clause. */
  private static final Pattern STOP = Pattern.compile(
      "\\.(?=\\s+\\p{Lu}|\\s*$)|[;:()\\[\\]\"“”—–]|\\s-\\s|\\s(?:that|which|who|from|effective|starting|in|by|to|as|after|because|while|with|"
          + "under|over|if|unless|until|beginning|since|at|into|would|will|could|was|were|is|are|has|have|had|"
          + "hitting|threatening|citing|amid|despite|but|worth)\\s");
  private static final Pattern FROM = Pattern.compile("^\\s*from\\s+(?:the\\s+)?(?<place>\\p{Lu}[\\p{L}.]*(?:[ ]\\p{Lu}[\\p{L}.]*){0,2})");
  private static final Pattern LIST = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*");
  private static final Set<String> DROPPED = Set.of("all", "the", "some", "most", "certain", "many", "various", "other",
      "imported", "foreign", "key", "major", "a", "an", "its", "their", "his", "her", "these", "those", "select",
      "selected", "any", "every", "such", "more", "new", "further", "additional", "incoming", "finished");
  private static final Set<String> NOT_TARGETS = Set.of("everything", "anything", "them", "it", "us", "him", "her",
      "countries", "country", "nations", "nation", "allies", "partners", "imports", "exports", "top", "time", "part",
      "parts", "which", "that", "this", "day", "days", "week", "year", "years", "month", "months", "basis", "average");
  private static final Pattern MADE = Pattern.compile("^(?<non>non-)?(?<place>\\S+?)(?:[- ](?:made|produced|built|manufactured|"
      + "origin|sourced))?$");

  private final QuantityLexicon lexicon;

  QuantityTargets(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The targets of a levy, read from the words after it; empty when none can be told. */
  List<Target> after(String text) {
    Matcher intro = INTRO.matcher(text);
    if (!intro.lookingAt()) { // anchored (^): as find(), at one position only
      return List.of();
    }
    String rest = text.substring(intro.end());
    Matcher stop = STOP.matcher(rest);
    int end = stop.find() ? stop.start() : rest.length();
    String phrase = rest.substring(0, end);
    String origin = "";
    Matcher from = FROM.matcher(rest.substring(end));
    if (from.lookingAt() && lexicon.placeKey(from.group("place")) != null) {
      origin = lexicon.placeKey(from.group("place"));
    }
    List<Target> out = new ArrayList<>();
    String[] items = LIST.split(phrase.strip());
    boolean vehicles = false;
    for (String item : items) {
      Target t = item(item, origin);
      if (t == null) {
        break; // "steel, aluminum, and automobiles, actions that …": the list ends at the first non-target
      }
      if (t.key().equals("parts") || t.key().equals("part")) {
        if (!vehicles) {
          break;
        }
        t = new Target("auto parts", t.origin()); // "cars and parts": the parts are car parts
      }
      vehicles |= t.key().equals("cars");
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** One list item: determiners and origin words peeled off, the rest looked up; null when it names no target. */
  private Target item(String raw, String fallbackOrigin) {
    List<String> words = new ArrayList<>(List.of(raw.strip().split("\\s+")));
    String origin = fallbackOrigin;
    while (!words.isEmpty() && DROPPED.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    String place = originOf(words);
    if (place != null) {
      origin = place;
      if (words.isEmpty()) {
        return new Target("goods", origin); // "tariffs on China"
      }
    }
    while (words.size() > 1 && words.get(words.size() - 1).matches("(?i)imports|goods|products|exports")
        && lexicon.canonical("target", String.join(" ", words)) == null) {
      words.remove(words.size() - 1); // "steel imports" → steel
    }
    String phrase = String.join(" ", words);
    if (!phrase.matches("[\\p{L}][\\p{L} -]*") || words.size() > 3) {
      return null;
    }
    String known = lexicon.canonical("target", phrase);
    if (known != null) {
      return new Target(known, origin);
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (words.size() > 1 || !phrase.equals(lower) || NOT_TARGETS.contains(lower)) {
      return lower.equals("parts") ? new Target("parts", origin) : null; // unknown phrases are too loose to align on
    }
    return new Target(QuantityLexicon.variants(lower).stream().filter(v -> !v.endsWith("s") || v.endsWith("ss"))
        .findFirst().orElse(lower), origin);
  }

  /** Removes leading origin words ("Canadian", "non-U.S. produced", "Chinese-made") and returns the place. */
  private String originOf(List<String> words) {
    String first = words.get(0);
    String two = words.size() > 1 ? first + " " + words.get(1) : "";
    for (String candidate : new String[] {two, first}) {
      if (candidate.isEmpty()) {
        continue;
      }
      Matcher m = MADE.matcher(candidate);
      if (!m.matches()) {
        continue;
      }
      String place = lexicon.place(m.group("place"));
      if (place == null) {
        continue;
      }
      words.subList(0, candidate.equals(two) ? 2 : 1).clear();
      String key = place.toLowerCase(Locale.ROOT);
      return m.group("non") != null ? "not " + key : key;
    }
    return null;
  }
}
