package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One real-world referent the sources talk about: a person, an organisation, a place or an agreement.
 *
 * @param id a stable slug of the kind and canonical name ({@code person:donald-trump}), never an order-dependent counter
 * @param name the canonical name
 * @param kind {@code person}, {@code organisation}, {@code place} or {@code agreement}
 * @param aliases every other way the sources wrote it, sorted
 * @param sources the ids of the sources that mention it, sorted
 */
public record Entity(String id, String name, String kind, List<String> aliases, List<String> sources) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!id.startsWith(prefix(kind) + ":")) {
      throw new IllegalArgumentException("entity id " + id + " does not match its kind " + kind);
    }
    TreeSet<String> others = new TreeSet<>(aliases);
    others.remove(name);
    aliases = List.copyOf(others);
    sources = List.copyOf(new TreeSet<>(sources));
  }

  /** The id prefix of a kind: "organisation" is shortened to "org". */
  public static String prefix(String kind) {
    return switch (kind) {
      case "person", "place", "agreement" -> kind;
      case "organisation" -> "org";
      default -> throw new IllegalArgumentException("unknown entity kind '" + kind
          + "' (known: person, organisation, place, agreement)");
    };
  }

  /** The id an entity of this kind and canonical name gets: "Prime Minister’s Office" → org:prime-ministers-office. */
  public static String idOf(String kind, String name) {
    String folded = APOSTROPHES_AND_DOTS.matcher(MARKS.matcher(
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("")).replaceAll("")
        .toLowerCase(java.util.Locale.ROOT);
    String slug = ENDS.matcher(NON_SLUG.matcher(folded).replaceAll("-")).replaceAll("");
    return prefix(kind) + ":" + slug;
  }

  // compiled once: resolution asks for an id for every mention and claim
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern APOSTROPHES_AND_DOTS = java.util.regex.Pattern.compile("[’'.]");
  private static final java.util.regex.Pattern NON_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final java.util.regex.Pattern ENDS = java.util.regex.Pattern.compile("^-|-$");
}
