package dev.crosscheck.extract;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.normalise.Expression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Statement claims for what no other claim kind reads: the main clause of a sentence as subject, predicate and
 * object ("Police arrested the suspect on Friday" → police | arrest | suspect 2024-03-08). The predicate is a
 * verb lemma ({@link Verbs}) mapped to a class of synonyms ({@link Predicates}); the object is normalised text:
 * lower case, stop words dropped, names kept for resolution, dates and quantities replaced by their values.
 *
 * <p>Conservative by design: only a sentence that starts with its subject (after an opening phrase ending in a
 * comma) and holds no quotation makes a claim; questions, headings, pronouns with no single referent ("it",
 * "they", or "he" after two people) and objects of fewer than two words make none. Sentences that an event,
 * quantity or quote claim already reads are left to those ({@link #uncovered}).
 */
final class StatementClaims implements ClaimExtractor {
  static final String KIND = "statement";
  /** {@code name}: the resolver looks up the mention there; {@code pronoun}: the person the subject names; else a phrase. */
  static final String SUBJECT_KIND = "subjectKind";
  private static final int MAX_SUBJECT_WORDS = 6;
  /** Longer than this, a "sentence" is text the segmenter had to cut (no full stop for 1,000 characters) or a list. */
  private static final int MAX_SENTENCE = 400;
  private static final int MIN_OBJECT_WORDS = 2;
  /** The object ends at a clause break: one of these marks, " - ", or one of {@link #OBJECT_END_WORDS} between spaces. */
  private static final String OBJECT_END_MARKS = ",;:()[]—–";
  private static final List<String> OBJECT_END_WORDS = List.of("but", "while", "because", "although", "though",
      "whereas", "after", "before", "when", "as", "according to", "who", "which");
  private static final Pattern OPENING = Pattern.compile(
      "^(?:(?:But|And|So|Yet|However|Meanwhile|Also|Still|Now|Then|Later|Earlier|Instead|Separately)\\s*,?\\s+"
          + "|(?:On|In|At|During|After|Before|Since|Last|Earlier|Later|Early|By|Following|Over|Under)\\b[^,;:]{0,60},\\s+)");
  /** A sentence opening with a subordinate clause puts its main clause after it: not read. */
  private static final Pattern SUBORDINATE = Pattern.compile(
      "^(?:Though|Although|While|When|Whenever|If|As|Because|Whether|Unless|Once|Until|Despite|With|Without|Amid|"
          + "Given|Unlike|Like|Where|Whereas|To|For|From|Not|Only|Asked|According)\\b");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
  /** "…, police said." or "…, according to the union.": whom the sentence credits, read after its claim. */
  private static final Pattern CREDITED = Pattern.compile(
      "[,;]\\s+(?:according to\\s+(?<to>[^,.;]{2,60}?)|(?<who>[\\p{L}’'. -]{2,60}?)\\s+(?:said|says|told [\\p{L}]+|"
          + "reported|added|stated|claimed|confirmed)|(?:said|says)\\s+(?<after>[^,.;]{2,60}?))\\s*[.!]?\\s*$");
  /** How far from a sentence's end a credit ("…, the California Highway Patrol said.") is looked for. */
  private static final int TAIL = 90;
  private static final Set<String> AUXILIARY = Set.of("be", "have", "do");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "can", "may", "might", "must",
      "shall", "wo", "ca");
  private static final Set<String> BETWEEN = Set.of("not", "never", "also", "still", "already", "reportedly",
      "allegedly", "just", "now", "later", "previously", "again", "recently", "officially", "formally", "finally",
      "initially", "been", "being", "be", "have", "has", "had", "n't", "then", "even", "only", "repeatedly");
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this",
      "that", "these", "those", "my", "your", "some", "any", "no", "every", "each");
  private static final Set<String> NO_REFERENT = Set.of("it", "they", "we", "i", "you", "this", "that", "these",
      "those", "there", "here", "who", "what", "which", "one", "some", "many", "all", "each", "both", "none",
      "another", "others", "someone", "everyone", "nobody", "something", "such", "most", "few");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "where", "when", "whom", "if");

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * Who the source spoke of before a sentence, read only when a pronoun asks: tracking every sentence's people
   * is most of this extractor's cost, and most sentences have no pronoun subject.
   */
  private static final class Lookback {
    private final Segmented article;
    private final Actors actors;
    private int read;
    private int upTo;

    Lookback(Segmented article, SentenceNames names) {
      this.article = article;
      this.actors = new Actors(names);
    }

    Lookback before(int sentence) {
      upTo = sentence;
      return this;
    }

    Actors actors() {
      while (read < upTo) {
        actors.read(article, article.sentences().get(read++));
      }
      return actors;
    }
  }

  /** Where the main verb group stands: its first word, its main verb's last word, the predicate it gives. */
  private record Predicate(int first, int last, String lemma, boolean passive) {}

  @Override
  public List<Claim> extract(Reading reading) {
    Segmented article = reading.article();
    Lookback actors = new Lookback(article, reading.names());
    List<Claim> claims = new ArrayList<>();
    Sentence previous = null;
    List<Quotation> quotations = article.quotations();
    int q = 0;
    for (int i = 0; i < article.sentences().size(); i++) {
      Sentence sentence = article.sentences().get(i);
      while (q < quotations.size() && quotations.get(q).span().end() <= sentence.start()) {
        q++; // sentences and quotations are both in text order: one pass over each
      }
      boolean quoted = q < quotations.size() && quotations.get(q).span().start() < sentence.end();
      if (!sentence.heading() && !sentence.text().strip().endsWith("?") && !quoted && !quoteMarks(sentence.text())
          && sentence.text().length() <= MAX_SENTENCE) {
        Claim c = claim(reading, sentence, previous, actors.before(i));
        if (c != null) {
          claims.add(c);
        }
      }
      previous = sentence;
    }
    return claims;
  }

  /**
   * The claims with every statement claim dropped whose sentence an event, quantity or quote claim cites: those
   * kinds read the sentence more closely. Role claims (titles before names) leave a sentence's statement alone.
   */
  static List<Claim> uncovered(List<Claim> claims) {
    Set<Integer> covered = new HashSet<>();
    for (Claim c : claims) {
      if (!c.kind().equals(KIND) && !c.kind().equals(RoleClaims.KIND)) {
        covered.add(c.start());
      }
    }
    List<Claim> kept = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      if (!c.kind().equals(KIND) || !covered.contains(c.start())) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Quotation marks the segmenter did not pair still mean someone else's words are in the sentence. */
  private static boolean quoteMarks(String t) {
    return t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('”') >= 0 || t.contains("``") || t.contains("''");
  }

  private @Nullable Claim claim(Reading reading, Sentence sentence, @Nullable Sentence previous, Lookback actors) {
    Segmented article = reading.article();
    String text = article.text();
    if (SUBORDINATE.matcher(sentence.text().stripLeading()).lookingAt()) { // anchored: as find(), without trying every position
      return null;
    }
    Matcher opening = OPENING.matcher(sentence.text());
    int from = sentence.start() + (opening.lookingAt() ? opening.end() : 0);
    // the verb group starts within the first few words and is at most five long: no need to read further
    List<StatementWords.Token> tokens = StatementWords.tokens(text, from, sentence.end(), MAX_SUBJECT_WORDS + 6);
    Predicate p = predicate(text, tokens);
    if (p == null || p.first() == 0 || p.first() > MAX_SUBJECT_WORDS) {
      return null;
    }
    List<StatementWords.Token> subjectWords = tokens.subList(0, p.first());
    String subject = subject(article, sentence, previous, subjectWords, actors);
    if (subject == null) {
      return null;
    }
    int objectStart = tokens.get(p.last()).end();
    int objectEnd = objectEnd(text, objectStart, sentence.end());
    List<String> object = StatementWords.object(reading, text, objectStart, objectEnd);
    if (object.size() < MIN_OBJECT_WORDS) {
      return null;
    }
    TreeMap<String, String> attributes = new TreeMap<>();
    attributes.put(Stance.ANCHOR, Integer.toString(tokens.get(p.first()).start()));
    attributes.put("predicate", p.lemma());
    attributes.put("object", text.substring(objectStart, objectEnd).strip());
    List<StatementWords.Token> core = core(subjectWords);
    attributes.put("subjectStart", Integer.toString(core.get(0).start()));
    attributes.put("subjectEnd", Integer.toString(core.get(core.size() - 1).end()));
    // a run of capitalised words, maybe after "former": "Trudeau’s relationship with Trump" is about a relationship
    int firstCapital = 0;
    while (firstCapital < core.size() && !core.get(firstCapital).capitalised()) {
      firstCapital++;
    }
    boolean named = firstCapital < core.size() && core.subList(firstCapital, core.size()).stream()
        .allMatch(t -> t.capitalised() && !t.lower().endsWith("'s"));
    boolean pronoun = core.size() == 1 && (core.get(0).lower().equals("he") || core.get(0).lower().equals("she"));
    attributes.put(SUBJECT_KIND, pronoun ? "pronoun" : named ? "name" : "phrase");
    String entity = phrase(core); // until resolution gives a name its id
    String slot = Predicates.classOf(p.lemma(), object) + (p.passive() ? " (passive)" : "");
    attributes.put(Stance.ATTRIBUTION, attribution(sentence.text()));
    Evidence evidence = Evidence.of(article.id(), text, sentence.span());
    return new Claim("", KIND, article.id(), evidence, subject, entity, slot, String.join(" ", object), attributes);
  }

  /**
   * "…, police said." gives {@code said: police}; a sentence with no credit after its claim and no "according
   * to" is the outlet's own (the predicate is the clause's first verb, so no "X said" stands before it).
   */
  private static String attribution(String sentence) {
    String tail = sentence.substring(Math.max(0, sentence.length() - TAIL));
    Matcher credited = CREDITED.matcher(tail);
    // every credit starts with a comma or semicolon: without one the pattern need not be tried
    if ((tail.indexOf(',') >= 0 || tail.indexOf(';') >= 0) && credited.find()) {
      String who = credited.group("to") != null ? "according-to: " + credited.group("to")
          : "said: " + (credited.group("who") != null ? credited.group("who") : credited.group("after"));
      return who.strip();
    }
    boolean elsewhere = sentence.contains("ccording to") || sentence.contains("citing") || sentence.contains("reported by");
    return elsewhere ? "" : "outlet"; // "" leaves it to Stance
  }

  /** The first verb group of the clause, or null when a clause break or a relative word comes first. */
  private static @Nullable Predicate predicate(String text, List<StatementWords.Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      StatementWords.Token t = tokens.get(i);
      if (i > 0 && breaks(text, tokens.get(i - 1).end(), t.start())) {
        return null; // "Smith, 45, was …": an apposition is not read
      }
      String w = t.lower();
      if (RELATIVE.contains(w) && i > 0) {
        return null;
      }
      if (i > 0 && t.capitalised()) {
        continue; // "the United States": a capitalised word inside a clause is a name, never its verb
      }
      boolean modal = MODALS.contains(w) || MODALS.contains(contracted(w));
      Verbs.Verb v = modal ? null : Verbs.of(contracted(w));
      if (!modal && (v == null || !finite(v, tokens, i))) {
        continue;
      }
      return group(tokens, i, modal ? null : v);
    }
    return null;
  }

  /** "didn't" → "did", "won't" → "wo": the auxiliary of a negative contraction. */
  private static String contracted(String w) {
    return w.endsWith("n't") ? w.substring(0, w.length() - 3) : w;
  }

  /** Whether a verb form can be the clause's finite verb here, given the word before it. */
  private static boolean finite(Verbs.Verb v, List<StatementWords.Token> tokens, int i) {
    String before = i == 0 ? "" : tokens.get(i - 1).lower();
    return switch (v.form()) {
      // "the newly elected leader": a participle after a determiner (and its adverb) describes a noun
      case PAST, PAST_OR_PARTICIPLE -> !DETERMINERS.contains(before)
          && !(before.endsWith("ly") && i > 1 && DETERMINERS.contains(tokens.get(i - 2).lower()));
      // "the company plans", never "the plans"
      case PRESENT -> i > 0 && !DETERMINERS.contains(before);
      // "Officials say", "Police believe": a plural subject; "the plan" is a noun
      case BASE -> i > 0 && (before.endsWith("s") && !before.endsWith("ss") || before.equals("police")
          || before.equals("people")) && !DETERMINERS.contains(before) && !AUXILIARY.contains(v.lemma());
      case PARTICIPLE, GERUND -> false;
    };
  }

  /** The verb group from word {@code i}: auxiliaries and adverbs, then the main verb when there is one. */
  private static Predicate group(List<StatementWords.Token> tokens, int i, Verbs.@Nullable Verb first) {
    String lemma = first == null ? "" : first.lemma();
    int last = i;
    boolean passive = false;
    boolean auxiliary = first == null || AUXILIARY.contains(lemma);
    if (auxiliary) {
      for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
        String w = tokens.get(j).lower();
        Verbs.Verb v = Verbs.of(w);
        if (w.equals("been") || w.equals("be") || w.equals("being")) {
          lemma = "be";
          last = j;
          continue;
        }
        if (BETWEEN.contains(w) || w.endsWith("ly") && w.length() > 4) {
          continue;
        }
        if (v == null && unlisted(w, lemma)) {
          v = new Verbs.Verb(Verbs.guess(w), w.endsWith("ed") ? Verbs.Form.PAST_OR_PARTICIPLE : Verbs.Form.BASE);
        }
        if (v != null && !v.lemma().equals("be")) {
          boolean participle = v.form() == Verbs.Form.PARTICIPLE || v.form() == Verbs.Form.PAST_OR_PARTICIPLE;
          passive = lemma.equals("be") && participle;
          lemma = v.lemma();
          last = j;
        }
        break;
      }
    }
    if (lemma.isEmpty()) {
      lemma = "be"; // a modal with no verb after it we know: read as a state
    }
    return new Predicate(i, last, lemma, passive);
  }

  /**
   * Whether a word the lexicon does not list is still the main verb: after "did", "will" or "could" the next word
   * is ("did not mention"); after "is" or "has" only an "-ed" word is ("has downplayed"), else it is a complement.
   */
  private static boolean unlisted(String w, String auxiliary) {
    if (StatementWords.STOP.contains(w) || DETERMINERS.contains(w) || !w.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return auxiliary.isEmpty() || auxiliary.equals("do") || w.endsWith("ed") && w.length() > 4;
  }

  private static boolean breaks(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–') {
        return true;
      }
    }
    return false;
  }

  /** The subject as it will be shown: a name without its titles, a pronoun's one referent, or the phrase. */
  private static @Nullable String subject(Segmented article, Sentence sentence, @Nullable Sentence previous,
      List<StatementWords.Token> words, Lookback lookback) {
    String first = words.get(0).lower();
    if (words.size() == 1 && (first.equals("he") || first.equals("she"))) {
      Actors actors = lookback.actors();
      if (previous == null || actors.peopleIn(article, previous.start(), previous.end()).size() > 1) {
        return null; // two people named just before: "he" could be either
      }
      return actors.last();
    }
    if (NO_REFERENT.contains(first) || POSSESSIVES.contains(first)) {
      return null;
    }
    for (StatementWords.Token t : words) {
      String w = t.lower();
      if (RELATIVE.contains(w) || w.equals("he") || w.equals("she") || w.endsWith("'s") && words.indexOf(t) == 0
          && words.size() > 1 && !t.capitalised()) {
        return null;
      }
    }
    List<StatementWords.Token> kept = core(words);
    if (kept.isEmpty()) {
      return null;
    }
    return article.text().substring(kept.get(0).start(), kept.get(kept.size() - 1).end());
  }

  /** The subject's words without a leading determiner or adverbs after it ("Carney also"). */
  private static List<StatementWords.Token> core(List<StatementWords.Token> words) {
    int from = 0;
    int to = words.size();
    while (to > from && (BETWEEN.contains(words.get(to - 1).lower()) || words.get(to - 1).lower().endsWith("ly"))) {
      to--;
    }
    if (from < to && DETERMINERS.contains(words.get(from).lower())) {
      from++;
    }
    return words.subList(from, to);
  }

  /** A phrase subject as compared: lower case, determiners dropped, plurals made singular. */
  private static String phrase(List<StatementWords.Token> words) {
    List<String> out = new ArrayList<>();
    for (StatementWords.Token t : words) {
      String w = Names.stripPossessive(t.lower());
      if (!DETERMINERS.contains(w)) {
        out.add(StatementWords.singular(w));
      }
    }
    return String.join(" ", out);
  }

  private static int objectEnd(String text, int from, int sentenceEnd) {
    int end = clauseBreak(text, from, sentenceEnd);
    while (end > from && ".!? ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** The first clause break in [from, to), else {@code to}: a scan, as the object of every sentence is cut. */
  private static int clauseBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (OBJECT_END_MARKS.indexOf(c) >= 0 || c == ' ' && k + 3 <= to && text.startsWith("- ", k + 1)) {
        return k;
      }
      if (space(c)) {
        for (String w : OBJECT_END_WORDS) {
          int after = k + 1 + w.length();
          if (after < to && text.startsWith(w, k + 1) && space(text.charAt(after))) {
            return k;
          }
        }
      }
    }
    return to;
  }

  /** What a regex's {@code \s} matches. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
