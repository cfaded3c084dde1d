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
      "Even", "So", "Then", "Now", "Both", "Neither", "Either", "Many", "Some", "Several", "Observers", "Lately",
      "People");
  /**
   * Words that open sentences but never name anyone ("Today Apple said", "Considering Lionsgate’s offer"): skipped
   * at a run's start only, so "USA Today" keeps its last word. First names ("Will", "Hope", "Chase", "Mark", "Grace")
   * are left out on purpose; adverbs in -ly are read by {@link #adverb} rather than listed.
   */
  private static final Set<String> OPENERS = Set.of(
      "Today", "Tonight", "Yesterday", "Tomorrow", "Maybe", "Perhaps", "Likely", "Here", "There", "Also", "Again",
      "Already", "Only", "Just", "Soon", "Later", "Earlier", "Last", "Next", "Every", "Each", "Other", "Another",
      "Such", "Most", "Few", "All", "Any", "Never", "Always", "Often", "Sometimes", "Indeed", "Thus", "Therefore",
      "Hence", "Besides", "Moreover", "Furthermore", "Nonetheless", "Nevertheless", "Otherwise", "Overall",
      "Together", "Please", "Why", "How", "Where", "Which", "Whose", "Whom", "What", "Whether", "Because", "Unless",
      "Until", "Once", "Upon", "Within", "Without", "Across", "Among", "Amid", "Against", "Along", "Around",
      "Behind", "Beyond", "Between", "Under", "Over", "Through", "Throughout", "Toward", "Towards", "Via", "From",
      "By", "Like", "Unlike", "Except", "Including", "According", "Following", "Regarding", "Considering",
      "Describing", "Joining", "Knowing", "Losing", "Speaking", "Asked", "Told", "Given", "Based", "Born", "Two",
      "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands", "Our",
      "Their", "Its", "My", "Your", "These", "Those", "You", "Us", "Not", "No", "Nor", "Yes", "Oh", "Well");
  /**
   * Occupations and forms of address written before a name ("Coach Sean Payton", "Undersheriff Larry Waldie",
   * "Mr LaRue"): peeled off like titles, but they name no office, so they make no role claims ({@code titles.tsv}
   * holds those). A lone one names no one ("General Manager").
   */
  private static final Set<String> ROLE_WORDS = Set.of(
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Doctor", "Professor", "Prof.", "Rev.",
      "Reverend", "Pastor", "Coach", "Manager", "Owner", "Director", "Producer", "Sheriff", "Undersheriff",
      "Constable", "Const.", "Inspector", "Insp.", "Detective", "Officer", "Sergeant", "Sgt.", "Lieutenant", "Lt.",
      "Captain", "Capt.", "Commander", "Commodore", "Prosecutor", "Attorney", "Lawyer", "Judge", "Coroner",
      "Referee", "Receptionist", "Actress", "Actor", "Comedian", "Quarterback", "Fullback", "Linebacker",
      "Cornerback", "Kicker", "Receiver", "Englishman", "Englishwoman");

  /** Titles that are also surnames ("Billy King", "Aaron Judge"): after a first name they end it. */
  public static final Set<String> SURNAME_TITLES = Set.of("King", "Prince", "Judge");

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
      if (out.length() == 0 && w.equals(word) && (opener(w) || ROLE_WORDS.contains(w))) {
        continue; // "Today Apple", "Coach Sean Payton": neither word is part of the name
      }
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

  /**
   * Whether {@code word}, first in a run, opens a sentence rather than a name: a listed opener, an adverb
   * ("Currently", "Ironically"), or a word whose part after a hyphen is lower case ("Sixteen-year-old",
   * "Top-ranked", "Half-brother"), which a name's parts never are.
   */
  public static boolean opener(String word) {
    if (OPENERS.contains(word) || adverb(word)) {
      return true;
    }
    int hyphen = word.indexOf('-');
    return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /**
   * An adverb in -ly long enough not to be a first name: "Currently", "Typically", "Purportedly" but not "Kelly",
   * "Billy", "Emily", "Beverly" or "McNally" (the endings below are those of adverbs made from adjectives and participles).
   */
  private static boolean adverb(String word) {
    return word.length() >= 7 && (word.endsWith("ally") || word.endsWith("ently") || word.endsWith("antly")
        || word.endsWith("ately") || word.endsWith("edly") || word.endsWith("ously") || word.endsWith("ively")
        || word.endsWith("ibly") || word.endsWith("ably")) && word.chars().skip(1).noneMatch(Character::isUpperCase);
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

  /**
   * Whether a word belongs to a shipped title or jurisdiction ("Prime", "Minister", "U.S.") or is an occupation
   * written before a name ("Coach"), so it starts no name.
   */
  public static boolean isTitleWord(String word) {
    return Titles.shipped().words().contains(word) || ROLE_WORDS.contains(word);
  }

  /** The comparable key of a name: lower case, typographic apostrophes made plain. */
  public static String key(String name) {
    return name.replace('’', '\'').toLowerCase(Locale.ROOT).strip();
  }
}
