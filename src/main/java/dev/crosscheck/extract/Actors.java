package dev.crosscheck.extract;

import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tracks who a source is talking about, sentence by sentence, so "he added" can be given a name. A person is
 * a run of two or three capitalised words with no title, place or organisation word in it ("Laura Dawson"),
 * or later the last word of such a name alone ("Dawson").
 */
final class Actors {
  /**
   * Up to six capitalised words, so titles before a name ("US President Donald Trump") can be peeled off. The
   * definition: {@link NameRuns} finds the same runs by a scan.
   */
  static final Pattern NAME = Pattern.compile(
      "(?<![\\p{L}’'])\\p{Lu}[\\p{L}’'.\\-]*(?:[ ]\\p{Lu}[\\p{L}’'.\\-]*){0,5}");
  /** Words of organisations and places that look like names. */
  private static final Set<String> NOT_PERSON = Set.of(
      "White", "House", "United", "States", "Office", "Party", "Liberal", "Liberals", "Conservative", "Conservatives",
      "National", "Post", "Oval", "Associated", "Press", "Department", "State", "Street", "Ministry", "Parliament",
      "Congress", "Senate", "Bank", "Government", "Administration", "Commission", "Coalition", "Agreement", "Fox",
      "Business", "Network", "News", "Free", "Trade", "North", "South", "East", "West", "New", "Cabinet", "Supreme",
      "Court", "European", "Union", "Council", "Reuters", "Bloomberg", "Future", "Borders", "Canada", "America",
      "Washington", "Ottawa", "Ontario", "Mexico", "China", "Ukraine", "Vatican", "G7", "NATO", "Kudlow", "Buy",
      "Canadians", "Americans", "Relations");
  private static final Set<String> OBJECT_MARKERS = Set.of(
      "with", "to", "by", "for", "from", "of", "about", "against", "at", "on", "both", "and", "or", "than", "meet",
      "met", "called", "congratulated", "told", "thanked", "succeeded", "replaced", "under", "between", "like");
  private static final Pattern GOVERNED = Pattern.compile("\\s+(?:\\p{Ll}+ly\\s+)?(?:(?:with|to)\\s+)?");
  private static final Set<String> TITLE_WORDS = Titles.shipped().words();

  private final SentenceNames names;
  private final Set<String> fullNames = new HashSet<>();
  private final Set<String> surnames = new HashSet<>();
  private @Nullable String last;

  Actors() {
    this(new SentenceNames());
  }

  /** Tracking that shares its article's names with the other extractors' trackers. */
  Actors(SentenceNames names) {
    this.names = names;
  }

  /** The most recent person the source spoke of, or null. */
  @Nullable String last() {
    return last;
  }

  void mentioned(String person) {
    String name = person.contains("’s ") ? person : withoutTitles(person);
    if (!name.isEmpty()) {
      remember(name);
      last = name;
    }
  }

  /** Notes the first person a sentence names (outside its quotations) as the one it speaks of. */
  void read(Segmented article, Sentence sentence) {
    List<SentenceNames.Named> runs = names.in(article, sentence);
    String first = firstPerson(article, runs);
    if (first != null) {
      last = first;
    }
    for (SentenceNames.Named run : runs) {
      if (run.words() >= 2 && run.plain()) {
        remember(run); // so a later "Trump" is known to be a person
      }
    }
  }

  /** The first person named in the sentence before {@code limit}, outside quotations, or null. */
  @Nullable String firstPerson(Segmented article, Sentence sentence, int limit) {
    if (limit >= sentence.end()) {
      return firstPerson(article, names.in(article, sentence)); // the runs of the whole sentence, found once
    }
    List<SentenceNames.Named> runs = new java.util.ArrayList<>();
    NameRuns m = new NameRuns(article.text(), sentence.start(), Math.max(sentence.start(), limit));
    while (m.find()) {
      runs.add(SentenceNames.Named.of(article, m.start(), m.group()));
    }
    return firstPerson(article, runs);
  }

  private @Nullable String firstPerson(Segmented article, List<SentenceNames.Named> runs) {
    for (SentenceNames.Named run : runs) {
      if (run.subject() && run.plain()
          && (run.words() >= 2 || surnames.contains(run.name()) || fullNames.contains(run.name()))) {
        remember(run);
        return run.name();
      }
    }
    return null;
  }

  /** A name after "with", "to", "both" … is an object or one of several, not the one the sentence is about. */
  static boolean objectPosition(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return OBJECT_MARKERS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** "Deputy Press Secretary Anna Kelly" → "Anna Kelly". */
  static String withoutTitles(String name) {
    List<String> words = List.of(name.split(" "));
    int i = 0;
    // "Maybe President Obama": a sentence's opening word before a title is peeled with it
    while (i < words.size() - 1 && (Names.isTitleWord(words.get(i)) || NOT_PERSON.contains(words.get(i))
        || Names.opener(words.get(i)))) {
      i++;
    }
    return String.join(" ", words.subList(i, words.size()));
  }

  private boolean isPerson(String name) {
    String[] words = name.split(" ");
    return plain(words) && (words.length >= 2 || surnames.contains(name) || fullNames.contains(name));
  }

  /** Whether no word is a title or a word of places and organisations. */
  static boolean plain(String[] words) {
    for (String w : words) {
      if (NOT_PERSON.contains(w) || TITLE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private void remember(SentenceNames.Named run) {
    if (run.words() >= 2) {
      fullNames.add(run.name());
      surnames.add(run.last());
    } else if (!NOT_PERSON.contains(run.name())) {
      fullNames.add(run.name());
    }
  }

  private void remember(String name) {
    String[] words = name.split(" ");
    if (words.length >= 2) {
      fullNames.add(name);
      surnames.add(words[words.length - 1]);
    } else if (!NOT_PERSON.contains(name)) {
      fullNames.add(name);
    }
  }

  /** The last person named in [from, to), outside quotations and not after "with", "to"…; possessives count. */
  @Nullable String lastPersonIn(Segmented article, int from, int to) {
    List<String> people = peopleIn(article, from, to, true);
    return people.isEmpty() ? null : people.get(people.size() - 1);
  }

  /** The last person named in the sentence before {@code limit} ("Carney, who …"). */
  @Nullable String lastPersonBefore(Segmented article, Sentence sentence, int limit) {
    return lastPersonIn(article, sentence.start(), limit);
  }

  /** The distinct people named in [from, to), outside quotations, in text order. */
  List<String> peopleIn(Segmented article, int from, int to) {
    return peopleIn(article, from, to, false);
  }

  private List<String> peopleIn(Segmented article, int from, int to, boolean subjectsOnly) {
    List<String> found = new java.util.ArrayList<>();
    NameRuns m = new NameRuns(article.text(), from, Math.max(from, to));
    while (m.find()) {
      if (article.quotationAt(m.start()) != null || subjectsOnly && objectPosition(article.text(), m.start())) {
        continue;
      }
      String name = Names.trim(withoutTitles(m.group()));
      if (!name.isEmpty() && isPerson(name) && !found.contains(name)) {
        remember(name);
        found.add(name);
      }
    }
    return found;
  }

  /** The first person named in [from, to) ("meet US President Donald Trump" → Donald Trump), or null. */
  @Nullable String firstPersonAfter(Segmented article, int from, int to) {
    NameRuns m = new NameRuns(article.text(), from, Math.max(from, to));
    // only a name the event word governs: "meet X", "met personally with X", "spoke to X"; not "met in Key Biscayne"
    if (m.find() && article.quotationAt(m.start()) == null
        && GOVERNED.matcher(article.text().substring(from, m.start())).matches()) {
      String name = Names.trim(withoutTitles(m.group().replaceAll("(?<=\\p{Ll})\\.$", "")));
      return !name.isEmpty() && isPerson(name) ? name : null;
    }
    return null;
  }

  /** In "Trump and Carney spoke", the one of the two that is not {@code subject}. */
  @Nullable String conjoinedBefore(Segmented article, int from, int to, String subject) {
    List<String> people = peopleIn(article, from, to);
    String joined = article.text().substring(from, to);
    for (String p : people) {
      if (!p.equals(subject) && (joined.contains(p + " and ") || joined.contains(" and " + p))) {
        return p;
      }
    }
    return null;
  }
}
