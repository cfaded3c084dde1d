package dev.crosscheck.resolve;

import dev.crosscheck.extract.ShippedTable;
import dev.crosscheck.extract.Names;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions without a model: known names from the lexicon, "<Name>’s office", and runs of capitalised
 * words once the titles before them are peeled off. Headings are skipped: title case there says nothing.
 */
final class MentionFinder {
  private static final Pattern CAPITALISED_RUN = Pattern.compile(
      "(?<![\\p{L}\\p{N}’'.-])" + word() + "(?:[ ]" + word() + ")*");
  /** A word of a name, as {@link #nameShaped} reads it without a regex (every word of every run is asked). */
  static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}’'\\-]*|\\p{Lu}\\.");
  /** "NBC" in "NBC News": part of an organisation's name, never of a person's. {@link #acronym} reads it. */
  static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Pattern OFFICE_OF = Pattern.compile(
      "(?<![\\p{L}])(?<owner>\\p{Lu}\\p{Ll}[\\p{L}\\-]*(?:[ ]\\p{Lu}\\p{Ll}[\\p{L}\\-]*){0,2})[’']s office\\b");
  /** Last words that make a capitalised run an organisation rather than a person. */
  private static final Set<String> ORGANISATION_WORDS = Set.of("Office", "Department", "Ministry", "Party", "Press",
      "Commission", "Council", "Committee", "Agency", "Bank", "University", "Center", "Centre", "Institute",
      "Association", "Times", "Post", "News", "Group", "Corporation", "Company", "Court", "Parliament", "Senate",
      "Magazine", "Network", "Coalition", "Alliance", "Chamber", "Federation", "Pictures", "Studios", "Records",
      "School", "Society", "Guild", "Organization", "Organisation", "Programme", "Program", "Conference", "Foundation", "Club", "Police", "Service", "Board", "Fund", "Union", "Forum",
      "Navy", "Army", "Survey", "Telecom", "Airlines", "Airways", "Motors", "Entertainment", "Technologies",
      "Devices", "Systems", "Foods", "Brothers", "Herald", "Tribune", "Journal", "Record", "Reporter", "Hospital",
      "Church", "Project", "Watch", "Bureau", "Awards", "Inc", "Corp", "Ltd", "Authority", "Ministries");
  /** Last words that make a capitalised run a place. */
  private static final Set<String> PLACE_WORDS = Set.of("Road", "Street", "Avenue", "Boulevard", "Ranch", "Camp",
      "Ridge", "River", "Lake", "Mountain", "Mountains", "County", "Park", "Island", "Islands", "Bay", "Valley",
      "Beach", "Square", "Bridge", "Airport", "Hill", "Province", "State", "City", "Gulf",
      "Coast");
  /**
   * First words of places ("South Sudan", "East Flatbush", "Southern Iran", "New Orleans", "Los Angeles"): a run of
   * two or more words starting with one is a place, not a person, unless its last word says otherwise.
   */
  private static final Set<String> PLACE_OPENERS = Set.of("North", "South", "East", "West", "Northern", "Southern",
      "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Lower", "Upper", "New",
      "Los", "Las", "San", "Santa", "Fort", "Port", "Mount");
  /** The plural nicknames of sports teams ("Chiefs"), shipped in {@code team-nicknames.tsv}. */
  private static final Set<String> TEAM_NICKNAMES = lines("team-nicknames.tsv");
  private static final Set<String> AGREEMENT_WORDS = Set.of("Agreement", "Treaty", "Accord", "Accords", "Pact");
  private static final int MAX_NAME_WORDS = 3;

  private MentionFinder() {}

  /** A capitalised word, or an initial ("J.") but never a sentence's full stop. */
  private static String word() {
    return "\\p{Lu}(?:\\.(?=[ ]\\p{Lu})|[\\p{L}’'\\-]*)";
  }

  static List<Mention> find(Segmented article, Lexicon lexicon) {
    List<Mention> mentions = new ArrayList<>();
    String text = article.text();
    // every match of OFFICE_OF holds these words: without them the pattern need not be tried at all
    boolean offices = text.contains("’s office") || text.contains("'s office");
    for (Sentence sentence : article.sentences()) {
      if (sentence.heading()) {
        continue;
      }
      List<Span> taken = new ArrayList<>();
      Matcher office = OFFICE_OF.matcher(text).region(sentence.start(), sentence.end());
      while (offices && office.find()) {
        String owner = Names.trim(office.group("owner"));
        if (!owner.isEmpty()) {
          int start = office.end() - owner.length() - "’s office".length();
          add(mentions, taken, text, start, office.end(), Mention.Kind.OFFICE, article.id());
        }
      }
      if (lexicon.indexed()) {
        knownNames(text, sentence, lexicon, taken, mentions, article.id());
      } else {
        Matcher known = lexicon.pattern().matcher(text).region(sentence.start(), sentence.end());
        while (known.find()) {
          Lexicon.Known k = lexicon.lookup(known.group());
          if (k != null) {
            add(mentions, taken, text, known.start(), known.end(), Mention.kindOf(k.kind()), article.id());
          }
        }
      }
      Matcher run = CAPITALISED_RUN.matcher(text);
      // the run's pattern tried only at a capital after no letter, digit or joiner: what find() would try there
      for (int at = sentence.start(); at < sentence.end(); at++) {
        if (Character.getType(text.codePointAt(at)) != Character.UPPERCASE_LETTER
            || at > sentence.start() && joinsWord(text.charAt(at - 1), "’'.-")) {
          continue;
        }
        run.region(at, sentence.end());
        if (run.lookingAt()) {
          names(run.start(), run.group(), text, taken, mentions, article.id());
          at = run.end() - 1;
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return List.copyOf(mentions);
  }

  /**
   * The lexicon's names in one sentence, as {@code lexicon.pattern()} finds them, but trying at each position only
   * the surfaces that start with its character, and only where no letter or digit comes before.
   */
  private static void knownNames(String text, Sentence sentence, Lexicon lexicon, List<Span> taken, List<Mention> out,
      String source) {
    Map<Character, Matcher> matchers = new HashMap<>();
    for (int at = sentence.start(); at < sentence.end(); at++) {
      char c = text.charAt(at);
      Pattern starting = lexicon.startingWith(c);
      if (starting == null || at > sentence.start() && joinsWord(text.charAt(at - 1), "")) {
        continue;
      }
      Matcher m = matchers.computeIfAbsent(c, k -> starting.matcher(text)).region(at, sentence.end());
      if (m.lookingAt()) {
        Lexicon.Known k = lexicon.lookup(m.group());
        if (k != null) {
          add(out, taken, text, m.start(), m.end(), Mention.kindOf(k.kind()), source);
        }
        at = m.end() - 1;
      }
    }
  }

  /**
   * Whether {@code before} (a UTF-16 unit, as a look-behind of one character sees it) is a letter, a digit or
   * one of {@code joiners}: then a name cannot start right after it.
   */
  private static boolean joinsWord(char before, String joiners) {
    return switch (Character.getType(before)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> joiners.indexOf(before) >= 0;
    };
  }

  /** Splits a capitalised run into names around the words that are titles or already known. */
  private static void names(int runStart, String run, String text, List<Span> taken, List<Mention> out, String source) {
    int at = runStart;
    List<int[]> words = new ArrayList<>();
    for (String w : run.split(" ")) {
      words.add(new int[] {at, at + w.length()});
      at += w.length() + 1;
    }
    // "Today Apple", "Considering Lionsgate": a sentence's opening word is no part of the name after it
    int i = Names.opener(Names.stripPossessive(run.substring(0, words.get(0)[1] - runStart))) ? 1 : 0;
    while (i < words.size()) {
      int from = i;
      int last = -1;
      // a title word starts no name but may sit inside one ("Free Trade Commission")
      while (i < words.size() && (nameWord(text, words.get(i), taken) || last >= 0 && titleWord(text, words.get(i), taken))) {
        if (nameWord(text, words.get(i), taken) || last == i - 1 && surname(text, words, i, taken)) {
          last = i;
        }
        i++;
      }
      if (last >= 0) {
        name(text, words.get(from)[0], words.get(last)[1], taken, out, source);
      }
      if (i == from) {
        i++;
      }
    }
  }

  /**
   * "Billy King", "Aaron Judge": a title that is also a surname, right after a name and ending the run, is the
   * surname (before a name, "King Abdullah", it stays a title).
   */
  private static boolean surname(String text, List<int[]> words, int i, List<Span> taken) {
    int[] word = words.get(i);
    return Names.SURNAME_TITLES.contains(Names.stripPossessive(text.substring(word[0], word[1])))
        && (i + 1 == words.size() || !nameWord(text, words.get(i + 1), taken));
  }

  private static boolean nameWord(String text, int[] word, List<Span> taken) {
    String w = text.substring(word[0], word[1]);
    Span span = new Span(word[0], word[1]);
    String bare = Names.stripPossessive(w);
    return (nameShaped(bare) || acronym(bare)) && !Names.isTitleWord(w)
        && taken.stream().noneMatch(span::overlaps);
  }

  /** Whether all of {@code w} is what {@link #NAME_WORD} matches: "Carney", "O’Neil", or an initial, "J.". */
  static boolean nameShaped(String w) {
    if (w.isEmpty() || Character.getType(w.codePointAt(0)) != Character.UPPERCASE_LETTER) {
      return false;
    }
    int i = Character.charCount(w.codePointAt(0));
    if (i + 1 == w.length() && w.charAt(i) == '.') {
      return true;
    }
    if (i >= w.length() || Character.getType(w.codePointAt(i)) != Character.LOWERCASE_LETTER) {
      return false;
    }
    for (i += Character.charCount(w.codePointAt(i)); i < w.length(); i += Character.charCount(w.codePointAt(i))) {
      int cp = w.codePointAt(i);
      if (!Character.isLetter(cp) && cp != '’' && cp != '\'' && cp != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether all of {@code w} is what {@link #ACRONYM} matches: two or more capitals. */
  static boolean acronym(String w) {
    int capitals = 0;
    for (int i = 0; i < w.length(); i += Character.charCount(w.codePointAt(i))) {
      if (Character.getType(w.codePointAt(i)) != Character.UPPERCASE_LETTER) {
        return false;
      }
      capitals++;
    }
    return capitals >= 2;
  }

  private static boolean titleWord(String text, int[] word, List<Span> taken) {
    Span span = new Span(word[0], word[1]);
    return Names.isTitleWord(text.substring(word[0], word[1])) && taken.stream().noneMatch(span::overlaps);
  }

  private static void name(String text, int start, int end, List<Span> taken, List<Mention> out, String source) {
    String name = Names.trim(text.substring(start, end));
    if (name.isEmpty()) {
      return;
    }
    int from = text.indexOf(name, start);
    String[] words = name.split(" ");
    if (from < 0 || words.length > MAX_NAME_WORDS || words[words.length - 1].endsWith(".")) {
      return;
    }
    Mention.Kind kind = kindOf(words);
    boolean acronym = java.util.Arrays.stream(words).anyMatch(MentionFinder::acronym);
    if (acronym && kind == Mention.Kind.PERSON || words.length == 1 && kind != Mention.Kind.PERSON && !team(name)) {
      return; // an unknown acronym names no one we can tell apart; "Commission" alone says not which
    }
    add(out, taken, text, from, from + name.length(), kind, source);
  }

  /**
   * What a name's words make it: an agreement, an organisation or a team by its last word, a place by its last
   * word or a first word of regions ("South Sudan"), else a person.
   */
  static Mention.Kind kindOf(String[] words) {
    String last = words[words.length - 1];
    if (last.endsWith(".")) {
      last = last.substring(0, last.length() - 1); // "Richmond Hill." as a sentence's end left it
    }
    if (AGREEMENT_WORDS.contains(last)) {
      return Mention.Kind.AGREEMENT;
    }
    if (ORGANISATION_WORDS.contains(last) || TEAM_NICKNAMES.contains(last)) {
      return Mention.Kind.ORGANISATION;
    }
    return PLACE_WORDS.contains(last) || words.length > 1 && PLACE_OPENERS.contains(words[0]) ? Mention.Kind.PLACE
        : Mention.Kind.PERSON;
  }

  /** Whether {@code name} ends with a team's nickname ("Kansas City Chiefs", "Chiefs"). */
  static boolean team(String name) {
    return TEAM_NICKNAMES.contains(name.substring(name.lastIndexOf(' ') + 1));
  }

  private static Set<String> lines(String resource) {
    return ShippedTable.lines(MentionFinder.class, resource).stream().map(String::strip)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static void add(List<Mention> out, List<Span> taken, String text, int start, int end, Mention.Kind kind,
      String source) {
    Span span = new Span(start, end);
    if (taken.stream().anyMatch(span::overlaps)) {
      return;
    }
    taken.add(span);
    out.add(new Mention(text.substring(start, end), start, end, kind, source));
  }
}
