package dev.crosscheck.extract;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role claims from a title standing before a name: "now-former U.S. President Donald Trump" says Donald
 * Trump's office is president (of the United States) and that he no longer holds it.
 *
 * <p>The value compared is the status, {@code current} or {@code former}; words like "newly elected" or
 * "acting" are kept as modifiers. "then-President X" says nothing about today, so it makes no claim.
 */
final class RoleClaims implements ClaimExtractor {
  private static final Pattern FORMER = Pattern.compile(".*\\b(former|late)\\b.*");
  static final String KIND = "role";
  private static final String MODIFIER =
      "(?:now[- ]former|former|ex-|late|then-|outgoing|incoming|acting|interim|newly[- ]elected|newly[- ]appointed|"
          + "sitting|current)";
  private static final Pattern ENDING_ACT = Pattern.compile(
      "(?i)\\b(?:fired|ousted|sacked|dismissed|replaced|succeeded|impeached|defeated|unseated|toppled|deposed)\\s+$");
  private final Pattern pattern;
  private final Titles titles = Titles.shipped();
  /** The last word of every title, lower case, with the space a match needs after it: most sentences hold none. */
  private final List<String> titleEnds;
  /** The words of {@link #titleEnds} without their space, by their last character, shortest first. */
  private final Map<Character, List<String>> endsByLastChar = new HashMap<>();
  /** {@link #endsByLastChar} for ASCII characters, asked before every space of every sentence. */
  private final List<List<String>> endsByAsciiLastChar = new ArrayList<>();
  private static final int ASCII = 128;
  /** {@link #startsByChar} for ASCII characters. */
  private final List<List<String>> startsByAsciiChar = new ArrayList<>();
  /** The jurisdictions and plain titles by their first character, as they may start a match. */
  private final Map<Character, List<String>> startsByChar;
  /** How each {@link #MODIFIER} begins, matched ignoring case. */
  private static final List<String> MODIFIER_STARTS = List.of("now", "former", "ex-", "late", "then-", "outgoing",
      "incoming", "acting", "interim", "newly", "sitting", "current");
  private static final String MODIFIER_INITIALS = "nfeltoiasc";

  RoleClaims() {
    titleEnds = titles.forms().stream().map(f -> f.substring(f.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT) + " ")
        .distinct().sorted().toList();
    for (String end : titleEnds.stream().sorted(java.util.Comparator.comparingInt(String::length)).toList()) {
      String word = end.substring(0, end.length() - 1);
      endsByLastChar.computeIfAbsent(word.charAt(word.length() - 1), k -> new ArrayList<>()).add(word);
    }
    for (char c = 0; c < ASCII; c++) {
      endsByAsciiLastChar.add(endsByLastChar.getOrDefault(c, List.of()));
    }
    startsByChar = new HashMap<>();
    for (String form : titles.startForms()) {
      startsByChar.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
    }
    for (char c = 0; c < ASCII; c++) {
      startsByAsciiChar.add(startsByChar.getOrDefault(c, List.of()));
    }
    pattern = Pattern.compile(
        "(?<![\\p{L}\\p{N}.’'-])"
            + "(?<mods>(?:(?i:" + MODIFIER + ")[ ]?)*)"
            + "(?:(?<jur>" + titles.jurisdictionAlternation() + ")[ ])?"
            + "(?:(?<qual>\\p{Lu}\\p{Ll}+)[ ](?<qtitle>" + titles.qualifiedAlternation() + ")"
            + "|(?<title>" + titles.titleAlternation() + "))"
            + "[ ](?<name>" + Names.PATTERN + ")");
  }

  /** The status as the title words give it: now-former, former, incoming, outgoing, acting, newly elected or current. */
  static String status(String mods, String compared) {
    String words = mods.replace('-', ' ');
    for (String word : List.of("now former", "incoming", "outgoing", "acting", "interim", "newly elected",
        "newly appointed", "late")) {
      if (words.contains(word)) {
        return word.equals("now former") ? "now-former" : word;
      }
    }
    return compared;
  }

  /**
   * "fired president Billy King", "replaced Prime Minister X": the title is the one held until that act, so
   * it says nothing about today, like "then-".
   */
  private static boolean endedByAct(String text, int titleStart) {
    String before = text.substring(Math.max(0, titleStart - 24), titleStart);
    return ENDING_ACT.matcher(before).find();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Claim> extract(Reading reading) {
    Segmented article = reading.article();
    String text = article.text();
    List<Claim> claims = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    for (Sentence sentence : article.sentences()) {
      int lastTitle = sentence.heading() ? -1 : lastTitleEnd(sentence.text());
      // a match holds a title's last word at or after its start: none can start after the last one
      int last = Math.min(sentence.end() - 1, sentence.start() + lastTitle);
      for (int at = sentence.start(); at <= last; at++) {
        if (!mayStart(text, at, sentence.start())) {
          continue;
        }
        m.region(at, sentence.end());
        if (m.lookingAt()) {
          Claim claim = claim(article, sentence, m);
          if (claim != null) {
            claims.add(claim);
          }
          at = m.end() - 1; // as find() would: the next match starts after this one
        }
      }
    }
    return claims;
  }

  /**
   * Where in the sentence the last title-ending word ({@link #titleEnds}) begins, -1 when none does: most sentences
   * hold none. Where lower case changes the text's length, offsets cannot be told: the sentence's length.
   */
  private int lastTitleEnd(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    int last = -1;
    // each title end is a word and a space: from the last space back, the first space one ends at holds the last
    for (int space = lower.lastIndexOf(' '); space > 0 && last < 0; space = lower.lastIndexOf(' ', space - 1)) {
      char before = lower.charAt(space - 1);
      List<String> words = before < ASCII ? endsByAsciiLastChar.get(before) : endsByLastChar.getOrDefault(before, List.of());
      for (String word : words) {
        if (lower.startsWith(word, space - word.length())) {
          last = space - word.length(); // the shortest first: of those ending here, it starts last
          break;
        }
      }
    }
    return last >= 0 && lower.length() != sentence.length() ? sentence.length() : last;
  }

  /**
   * Whether a match of {@link #pattern} can start at {@code at}: its lookbehind holds and a modifier, a
   * jurisdiction, a title or a capitalised qualifier starts there. Trying the pattern's long alternations only
   * where one can is what makes reading titles cheap.
   */
  private boolean mayStart(String text, int at, int regionStart) {
    if (at > regionStart) {
      char before = text.charAt(at - 1);
      if (Character.isLetter(before) || number(before) || before == '.' || before == '’' || before == '\'' || before == '-') {
        return false; // (?<![\p{L}\p{N}.’'-]), which sees nothing before the sentence
      }
    }
    char c = text.charAt(at);
    if (Character.getType(c) == Character.UPPERCASE_LETTER || Character.isSurrogate(c)) {
      return true;
    }
    for (String form : c < ASCII ? startsByAsciiChar.get(c) : startsByChar.getOrDefault(c, List.of())) {
      if (text.startsWith(form, at)) {
        return true;
      }
    }
    if (c >= 128 || MODIFIER_INITIALS.indexOf(c | 0x20) < 0) {
      return false; // the modifiers' case is ignored for ASCII letters only
    }
    for (String modifier : MODIFIER_STARTS) {
      if (text.regionMatches(true, at, modifier, 0, modifier.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean number(char c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private Claim claim(Segmented article, Sentence sentence, Matcher m) {
    String name = Names.trim(m.group("name"));
    String mods = m.group("mods").strip().toLowerCase(Locale.ROOT);
    String title = m.group("title") != null ? m.group("title") : m.group("qtitle");
    // the words Names.trim peeled before the name: "Constable" of "spokesman Constable Tim Fanning"
    int peeled = m.group("name").indexOf(name);
    // "General Manager A. J. Smith": a capitalised title right before an occupation is part of a longer title
    boolean longerTitle = peeled > 0 && Character.isUpperCase(title.charAt(0));
    Titles.Office office = titles.office(title);
    if (name.isEmpty() || peeled < 0 || longerTitle || office == null || mods.contains("then-")
        || endedByAct(article.text(), m.start())) {
      return null;
    }
    String qualifier = m.group("qual");
    String slot = office.canonical();
    if (office.qualified()) {
      if (qualifier == null) {
        return null; // "leader Pierre Poilievre": leader of what is not said
      }
      slot = qualifier.toLowerCase(Locale.ROOT) + " " + slot;
    }
    TreeMap<String, String> attributes = new TreeMap<>();
    String status = FORMER.matcher(mods).matches() || mods.contains("ex-") ? "former" : "current";
    attributes.put("status", status(mods, status));
    if (article.article().meta().published() != null) {
      attributes.put("asOf", article.article().meta().published().toString()); // the status is true as of this date
    }
    attributes.put("office", slot);
    attributes.put("title", title);
    if (m.group("jur") != null) {
      attributes.put("jurisdiction", titles.jurisdiction(m.group("jur")));
    }
    if (!mods.isEmpty()) {
      attributes.put("modifiers", mods.replaceAll("\\s+", " "));
    }
    int mentionEnd = m.start("name") + peeled + name.length();
    attributes.put("mention", article.text().substring(m.start(), mentionEnd));
    attributes.put("mentionStart", Integer.toString(m.start()));
    attributes.put("mentionEnd", Integer.toString(mentionEnd));
    attributes.put("voice", article.quotationAt(m.start()) == null ? "source" : "quoted");
    // a title is presupposed, not asserted: "could" or "not" elsewhere in the sentence does not touch it
    attributes.put(Stance.MODALITY, "asserted");
    Evidence evidence = Evidence.of(article.id(), article.text(), sentence.span());
    return new Claim("", KIND, article.id(), evidence, name, Names.key(name), slot, status, attributes);
  }
}
