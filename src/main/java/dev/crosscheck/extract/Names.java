package dev.crosscheck.extract;

import java.util.Locale;
import java.util.Set;

/** How person names are read from capitalised words and turned into comparable keys. */
public final class Names {
  /** Capitalised words that end a name rather than continue it. */
  private static final Set<String> NOT_NAME = Set.of(
      "The", "A", "An", "And", "Or", "But", "In", "On", "At", "Of", "For", "To", "With", "Who", "Was", "Is", "Has",
      "Had", "Will", "Would", "Said", "Says", "This", "That", "He", "She", "It", "They", "We", "I", "His", "Her",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "Office", "Administration", "Government", "House", "Party", "While", "When", "After", "Before", "Since",
      "Although", "Though", "As", "If", "Despite", "During", "Yet", "Still", "However", "Meanwhile", "Instead",
      "Even", "So", "Then", "Now", "Both", "Neither", "Either", "Many", "Some", "Several", "Observers", "Lately");

  /** A capitalised word, or an initial before another ("George W. Bush"). */
  private static final String WORD = "(?:\\p{Lu}\\.(?=[ ]\\p{Lu})|\\p{Lu}[\\p{L}’'\\-]*)";
  private static final java.util.regex.Pattern TRAILING_INITIALS = java.util.regex.Pattern.compile("(?:[ ]\\p{Lu}\\.)+$");
  /** A regex for one to three capitalised words. */
  public static final String PATTERN = WORD + "(?:[ ]" + WORD + "){0,2}";

  private Names() {}

  /** The words of a matched name up to the first one that cannot be part of it; "" when none can. */
  public static String trim(String matched) {
    StringBuilder out = new StringBuilder();
    for (String word : matched.split(" ")) {
      String w = stripPossessive(word);
      if (NOT_NAME.contains(w) || w.isEmpty()) {
        if (out.length() == 0 && w.equals(word)) {
          continue; // "While Trump": a sentence's first word is capitalised without being a name
        }
        break;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
      if (!w.equals(word)) {
        break; // "Trump's plan": the possessive ends the name
      }
    }
    // a name cut short after an initial ("George H. W." of "George H. W. Bush") ends at its last whole word
    String name = out.toString();
    return name.endsWith(".") ? TRAILING_INITIALS.matcher(name).replaceFirst("") : name;
  }

  public static String stripPossessive(String word) {
    if (word.endsWith("’s") || word.endsWith("'s")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("’") || word.endsWith("'")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Whether a word belongs to a shipped title or jurisdiction ("Prime", "Minister", "U.S."), so it starts no name. */
  public static boolean isTitleWord(String word) {
    return Titles.shipped().words().contains(word);
  }

  /** The comparable key of a name: lower case, typographic apostrophes made plain. */
  public static String key(String name) {
    return name.replace('’', '\'').toLowerCase(Locale.ROOT).strip();
  }
}
