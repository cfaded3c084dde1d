package dev.crosscheck.extract;

import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whose quantity a sentence states: the possessor before the measure ("Trump’s 25 per cent tariffs", "Canada’s
 * exports"), a place adjective ("U.S. tariffs", "Canadian investment"), the antecedent of "its" (a place: "Canada,
 * which relies on … its GDP"), or the subject named before it ("Trump imposed a 25% tariff").
 */
final class QuantityHolders {
  /** What may stand between a subject and its count's verb, per verb list (a few, fixed by the callers). */
  private static final java.util.Map<String, Pattern> VERBS_ONLY = new java.util.concurrent.ConcurrentHashMap<>();
  /** Who holds a quantity, as written, and how that was read. */
  record Holder(String surface, String basis) {
    Holder {
      Objects.requireNonNull(surface, "surface");
      Objects.requireNonNull(basis, "basis");
    }
  }

  private static final Pattern NAME = Pattern.compile(
      "(?<![\\p{L}\\p{N}.’'-])\\p{Lu}[\\p{L}.’'\\-]*(?:[ ]\\p{Lu}[\\p{L}.’'\\-]*){0,3}");
  private static final Pattern POSSESSIVE = Pattern.compile(
      "(?<![\\p{L}.])(?<name>\\p{Lu}[\\p{L}.\\-]*(?:[ ]\\p{Lu}[\\p{L}.\\-]*){0,2})(?:[’']s|(?<=s)[ ]?[’'])\\s+$");
  private static final Pattern PRONOUN = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:its|their|the country[’']s|the nation[’']s)\\s+$");
  private static final Pattern WHICH = Pattern.compile(
      "(?<![\\p{L}.])(?<name>\\p{Lu}[\\p{L}.\\-]*(?:[ ]\\p{Lu}[\\p{L}.\\-]*){0,2}),?\\s+(?:which|that)\\s");
  /** Words after which a name is an object or a place of action, not the one acting. */
  private static final Set<String> OBJECT_MARKERS = Set.of(
      "on", "to", "from", "with", "for", "by", "against", "between", "than", "of", "in", "at", "into", "over", "under",
      "about", "and", "or", "off", "behind", "toward", "towards", "like", "including", "across", "within", "as", "via", "among",
      "after", "before", "during", "since", "through", "beyond", "near", "outside", "inside", "without", "targeting");
  /** Verbs whose first name after them is the one given something: "offered Teixeira", "signed free agent Brand". */
  private static final Pattern GIVING = Pattern.compile("(?i)(?<![\\p{L}])(?:offered|offer|offers|made|make|makes|signed|"
      + "sign|signs|re-signed|gave|give|gives|paid|pay|pays|awarded|handed|promised|sent|told|hit|struck|rocked|"
      + "neighbouring|neighboring|getting|get|got|acquire|acquired|acquiring|buy|bought|buying)(?:\\s+[^\\s,.;:]+){0,3}\\s+$");
  private static final Set<String> NOT_HOLDER = Set.of("Soon", "Later", "Earlier", "Still", "Also", "Meanwhile",
      "Last", "Next", "This", "That", "These", "Those", "Police", "Staff", "Media", "Press", "Army",
      "Out", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Twenty",
      "According", "Dozens", "Hundreds", "Thousands", "Millions", "Each", "All", "Most", "Half", "Its", "Their", "Our", "My", "Your", "His", "Her", "It", "We");

  /** ", the Most Valuable Player of the 2007 World Series,": names and function words only, no verb. */
  private static final Pattern APPOSITION = Pattern.compile(
      ",\\s+(?:the|a|an|his|her|its|their)(?:\\s+(?:\\p{Lu}\\S*|\\d+|of|the|and|for|in|former|new|then))+\\s*");
  private static final String AUXILIARIES = "has|have|had|will|would|could|may|might|to|be|been|is|was|were|are|it|they|"
      + "plans|planned|plan|expects|expected|intends|intended|also|already|reportedly|then|now|later|set|going|not|"
      + "said\\s+it|says\\s+it|said\\s+they|say\\s+they";  // "HP said it would": it is HP

  private final QuantityLexicon lexicon;

  QuantityHolders(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The holder of a measure whose phrase starts at {@code at} in {@code sentence}: a possessor or pronoun right
   * before it, else a place adjective inside {@code adjectives}, else the subject named earlier in the sentence.
   */
  @Nullable Holder find(Segmented article, Sentence sentence, int at, String adjectives) {
    String text = article.text();
    String before = text.substring(sentence.start(), at);
    Matcher possessive = POSSESSIVE.matcher(before);
    if (possessive.find()) {
      String name = Names.trim(possessive.group("name"));
      String withoutTitles = Actors.withoutTitles(name);
      return withoutTitles.isEmpty() ? null : new Holder(withoutTitles, "possessive");
    }
    if (PRONOUN.matcher(before).find()) {
      String antecedent = antecedent(article, sentence, at);
      return antecedent == null ? null : new Holder(antecedent, "antecedent");
    }
    Matcher adjective = lexicon.placePattern().matcher(adjectives);
    if (adjective.find() && (adjective.start() == 0 || !Character.isLetter(adjectives.charAt(adjective.start() - 1)))) {
      return new Holder(adjective.group(), "adjective");
    }
    String subject = subject(article, sentence, at, false);
    return subject == null ? null : new Holder(subject, "subject");
  }

  /** The place "its" refers to: "X, which …", else the last place named before it that is not an object. */
  @Nullable String antecedent(Segmented article, Sentence sentence, int at) {
    String before = article.text().substring(sentence.start(), at);
    Matcher which = WHICH.matcher(before);
    String found = null;
    while (which.find()) {
      String name = Names.trim(which.group("name"));
      if (lexicon.place(name) != null || isOrganisation(name)) {
        found = name;
      }
    }
    return found != null ? found : subject(article, sentence, at, true);
  }

  /**
   * The last name before {@code at} in the sentence that is not an object ("on the U.S.", "with Canada"), not a
   * possessor of something else, and not inside a quotation the quantity is outside of.
   */
  @Nullable String subject(Segmented article, Sentence sentence, int at, boolean placesOnly) {
    String text = article.text();
    Quotation around = article.quotationAt(at);
    Matcher m = NAME.matcher(text).region(sentence.start(), at);
    String found = null;
    while (m.find()) {
      Quotation quote = article.quotationAt(m.start());
      if (quote != null && quote != around) {
        continue;
      }
      String raw = m.group();
      String name = Names.trim(raw);
      if (name.isEmpty() || NOT_HOLDER.contains(name) || objectPosition(text, m.start() + raw.indexOf(name))
          || aside(text, sentence.start(), m.start(), at)) {
        continue;
      }
      int nameEnd = m.start() + raw.indexOf(name) + name.length();
      if (nameEnd < text.length() && (text.charAt(nameEnd) == '’' || text.charAt(nameEnd) == '\'')) {
        continue; // "Trump’s policies": a possessor, not the one acting
      }
      String person = Actors.withoutTitles(name);
      boolean isPlace = lexicon.place(person) != null || isOrganisation(person);
      if (placesOnly && !isPlace) {
        continue;
      }
      if (!isPlace && !person.contains(" ") && m.start() == sentence.start() && !namedMidSentence(text, person)
          && (person.endsWith("s") || !Character.isLowerCase(nextLetter(text, nameEnd)))) {
        continue; // "Analysts say", "However,": a capitalised first word is not surely a name
      }
      if (lexicon.place(person) != null && !person.equals(lexicon.place(person)) && Character.isLowerCase(
          nextLetter(text, nameEnd))) {
        continue; // "Canadian officials": a demonym before a noun is an adjective, not the subject
      }
      found = person;
    }
    return found;
  }

  /** A name in parentheses or in an apposition (", the MVP of the 2007 World Series,") is said of someone else. */
  private static boolean aside(String text, int sentenceStart, int nameStart, int at) {
    String before = text.substring(sentenceStart, nameStart);
    if (before.lastIndexOf('(') > before.lastIndexOf(')')) {
      return true;
    }
    int comma = before.lastIndexOf(',');
    int close = text.indexOf(',', nameStart);
    if (comma < 0 || close < 0 || close >= at) {
      return false;
    }
    String segment = text.substring(sentenceStart + comma, close);
    return APPOSITION.matcher(segment).matches();
  }

  private static char nextLetter(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() ? text.charAt(i) : '.';
  }

  private static boolean isOrganisation(String name) {
    return name.matches("\\p{Lu}{2,}") || name.endsWith(" Inc.") || name.endsWith(" Corp.");
  }

  private static boolean namedMidSentence(String text, String word) {
    Matcher m = Pattern.compile("[\\p{Ll},;] " + Pattern.quote(word) + "(?![\\p{L}])").matcher(text);
    return m.find();
  }

  /** A name after "on", "with", "on the" … is an object or a place of action. */
  private static boolean objectPosition(String text, int at) {
    String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT).strip();
    String[] words = before.split("[\\s]+");
    if (words.length == 0 || words[words.length - 1].isEmpty()) {
      return false;
    }
    String last = words[words.length - 1];
    int at2 = words.length - 1;
    if ((last.equals("the") || last.equals("a")) && words.length > 1) {
      last = words[--at2];
    }
    if ((last.equals("and") || last.equals("or")) && at2 > 0 && words[at2 - 1].endsWith(",")) {
      return false; // ", and Stefanski expected …": a new clause, its subject
    }
    return OBJECT_MARKERS.contains(last) || GIVING.matcher(text.substring(Math.max(0, at - 60), at)).find();
  }

  /**
   * The subject named just before {@code at} with only auxiliaries and the given verbs between: "HP will cut",
   * "the quake killed"; never "Lang said", whose count is what he reports, nor "devastated Indian Ocean community".
   */
  @Nullable Holder subjectRightBefore(Segmented article, Sentence sentence, int at, String verbs) {
    String subject = subject(article, sentence, at, false);
    if (subject == null) {
      return null;
    }
    String text = article.text();
    int end = text.lastIndexOf(subject, at);
    String between = end < 0 ? "," : text.substring(end + subject.length(), at);
    Pattern verbsOnly = VERBS_ONLY.computeIfAbsent(verbs,
        v -> Pattern.compile("(?i)(?:\\s+(?:" + AUXILIARIES + "|" + v + ")){0,5}\\s+"));
    return verbsOnly.matcher(between).matches() ? new Holder(subject, "subject") : null;
  }
}
