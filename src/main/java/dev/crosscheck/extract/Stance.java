package dev.crosscheck.extract;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a claim is credited to and how firmly it is stated, read from the words around its evidence.
 *
 * <p>Attribution: {@code outlet} (the article's own voice), {@code quoted} (inside quotation marks),
 * {@code according-to: X} or {@code said: X}. Modality: {@code question}, {@code negated}, {@code hedged}
 * ("could", "is likely to"), {@code expected} ("is expected to", "is due to"), {@code planned} ("will",
 * "plans to"), {@code reported} (credited to someone else) or {@code asserted}. Rules compare firm
 * claims only: a hedged or negated claim never makes a contradiction.
 */
final class Stance {
  static final String ATTRIBUTION = "attribution";
  static final String MODALITY = "modality";
  /** The offset of a claim's predicate in the cleaned text, set by extractors that know it. */
  static final String ANCHOR = "anchor";
  private static final int PREDICATE = 24;

  private static final Pattern ACCORDING_TO = Pattern.compile(
      "(?i:according to|(?<citing>citing)|as reported by)\\s+(?<who>(?:an?\\s+|the\\s+)?[^,.;:“”\"]{2,60}?)(?=[,.;:]|$| that )");
  // "citing border concerns" gives a reason, "citing officials" a source: only a name or a source noun credits
  private static final Pattern CITED_SOURCE = Pattern.compile(
      "(?:an?\\s+|the\\s+)?(?:\\p{Lu}|(?i:(?:\\w+\\s+){0,2}(?:officials?|sources?|people familiar|reports?|data|"
          + "documents?|statements?|spokes(?:man|woman|person)|aides?|analysts?|experts?|study|survey|poll|figures|"
          + "filings?|records?|estimates?)\\b))");
  private static final Pattern SAID = Pattern.compile(
      "(?<who>(?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'.-]*(?:’s office|'s office)?|[Hh]e|[Ss]he|[Tt]hey)"
          + "\\s+(?:(?:has|had|have)\\s+)?(?:said|says|told|tells|stated|states|confirmed|confirms|announced|announces|"
          + "added|noted|warned|claimed|claims|reported|reports|wrote|posted)\\b");
  // a cue must stand within a few words before the evidence to govern it
  private static final int REACH = 48;
  private static final Pattern NEGATED = Pattern.compile(
      "(?i)\\b(?:not|never|no longer|neither|nor)\\b|n[’']t\\b");
  private static final Pattern HEDGED = Pattern.compile(
      // "may" in lower case only: "in May 2023" is a month
      "\\bmay\\b|(?i)\\b(?:could|might|would|possibly|perhaps|likely|unlikely|probably|reportedly|appears? to|seems? to|"
          + "is said to|are said to|potential(?:ly)?|rumou?red)\\b");
  private static final Pattern EXPECTED = Pattern.compile(
      "(?i)\\b(?:(?:is|are|was|were)\\s+(?:expected|due|set|scheduled|slated)\\s+to|upcoming|expects? to)\\b");
  private static final Pattern PLANNED = Pattern.compile(
      "(?i)\\b(?:will|shall|plans? to|planned to|intends? to|going to|is to|are to|promised to|pledged to)\\b|’ll\\b");

  /**
   * Words one of which every match of the pattern holds, in lower case: most claims have no cue, and a search for
   * a word is far cheaper than trying a pattern at every character.
   */
  private static final List<String> NEGATED_WORDS = List.of("not", "never", "no longer", "neither", "nor", "n't", "n’t");
  private static final List<String> HEDGED_WORDS = List.of("may", "could", "might", "would", "possibly", "perhaps",
      "likely", "probably", "reportedly", "appear", "seem", "said to", "potential", "rumo");
  private static final List<String> EXPECTED_WORDS = List.of("expect", "due", "set", "scheduled", "slated", "upcoming");
  private static final List<String> PLANNED_WORDS = List.of("will", "shall", "plan", "intend", "going to", "is to",
      "are to", "promised to", "pledged to", "’ll");

  private Stance() {}

  private static boolean mayHold(String lower, List<String> words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The claim with {@code attribution} and {@code modality} set, unless its extractor already set them. */
  static Claim of(Claim claim, Segmented article) {
    int anchor = anchor(claim);
    Sentence sentence = article.sentenceAt(anchor);
    String attribution = claim.attribute(ATTRIBUTION);
    String modality = claim.attribute(MODALITY);
    if (attribution.isEmpty()) {
      attribution = attribution(anchor, claim, article, sentence);
    }
    if (modality.isEmpty()) {
      modality = modality(anchor, article.text(), sentence, attribution);
    }
    return claim.withAttribute(ATTRIBUTION, attribution).withAttribute(MODALITY, modality);
  }

  /**
   * Where the claim's predicate stands: its {@code anchor} attribute (or a role claim's mention) when set,
   * else the start of its evidence. Cues are read in the clause before it.
   */
  private static int anchor(Claim claim) {
    for (String name : new String[] {ANCHOR, "mentionStart"}) {
      String at = claim.attribute(name);
      if (!at.isEmpty()) {
        return Integer.parseInt(at);
      }
    }
    return claim.start();
  }

  private static String attribution(int anchor, Claim claim, Segmented article, Sentence sentence) {
    Quotation q = article.quotationAt(anchor);
    if (q != null) {
      return "quoted";
    }
    if (sentence == null) {
      return "outlet";
    }
    Matcher according = ACCORDING_TO.matcher(sentence.text());
    while (according.find()) {
      if (according.group("citing") == null || CITED_SOURCE.matcher(according.group("who")).lookingAt()) {
        return "according-to: " + according.group("who").strip();
      }
    }
    // only a "said" before the claim governs it: "Carney announced that …", not "… Kelly said"
    Matcher said = SAID.matcher(sentence.text()).region(0, anchor - sentence.start());
    if (said.find()) {
      return "said: " + said.group("who").strip();
    }
    return "outlet";
  }

  private static String modality(int anchor, String articleText, Sentence sentence, String attribution) {
    if (sentence == null) {
      return "asserted";
    }
    String text = sentence.text();
    if (text.strip().endsWith("?")) {
      return "question";
    }
    int at = anchor - sentence.start();
    String before = text.substring(Math.max(0, at - REACH), Math.max(0, at));
    // the predicate's own words count too ("has not been confirmed")
    String predicate = articleText.substring(anchor, Math.min(sentence.end(), anchor + PREDICATE));
    String scope = clauseTail(before) + " " + predicate;
    String lower = scope.toLowerCase(Locale.ROOT);
    if (mayHold(lower, NEGATED_WORDS) && NEGATED.matcher(scope).find()) {
      return "negated";
    }
    if (mayHold(lower, HEDGED_WORDS) && HEDGED.matcher(scope).find()) {
      return "hedged";
    }
    if (mayHold(lower, EXPECTED_WORDS) && EXPECTED.matcher(scope).find()) {
      return "expected";
    }
    if (mayHold(lower, PLANNED_WORDS) && PLANNED.matcher(scope).find()) {
      return "planned";
    }
    return attribution.equals("outlet") || attribution.equals("quoted") ? "asserted" : "reported";
  }

  /** The words before the evidence back to the last clause break, so a cue in another clause is not read. */
  private static String clauseTail(String before) {
    int cut = Math.max(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')),
        Math.max(before.lastIndexOf(" but "), before.lastIndexOf(" though ")));
    return cut < 0 ? before : before.substring(cut + 1);
  }
}
