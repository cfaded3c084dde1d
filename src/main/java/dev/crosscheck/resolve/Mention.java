package dev.crosscheck.resolve;

import java.util.Objects;

/**
 * A stretch of a source that names someone or something, with its character offsets in the cleaned text.
 *
 * @param kind what the words look like they name; {@code OFFICE} is a reference through an office
 *     ("Carney’s office", "the prime minister") that resolution turns into an organisation or a person
 */
public record Mention(String text, int start, int end, Kind kind, String source) {
  public enum Kind {
    PERSON, ORGANISATION, PLACE, AGREEMENT, OFFICE;

    /** The entity kind a mention of this kind names; an office reference names an organisation until resolved. */
    String entityKind() {
      return switch (this) {
        case PERSON -> "person";
        case PLACE -> "place";
        case AGREEMENT -> "agreement";
        case ORGANISATION, OFFICE -> "organisation";
      };
    }
  }

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("mention '" + text + "' does not fit [" + start + ", " + end + ")");
    }
  }

  static Kind kindOf(String entityKind) {
    return switch (entityKind) {
      case "person" -> Kind.PERSON;
      case "place" -> Kind.PLACE;
      case "agreement" -> Kind.AGREEMENT;
      default -> Kind.ORGANISATION;
    };
  }
}
