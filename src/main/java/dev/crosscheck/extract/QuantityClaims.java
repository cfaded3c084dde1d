package dev.crosscheck.extract;

import dev.crosscheck.extract.QuantityHolders.Holder;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.normalise.Expression;
import dev.crosscheck.normalise.ExpressionType;
import dev.crosscheck.normalise.NumberInterval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Quantity claims: a percentage, amount of money or count, with what it measures, of what, whose and when. "Trump
 * imposed a 25% tariff on all steel and aluminum imports" gives two claims, Trump's tariff rate on steel and on
 * aluminum; "75% of its exports go to the US" gives Canada's share of exports going to the United States. A
 * number whose measure cannot be told makes no claim: a false contradiction costs more than a missed claim.
 *
 * <p>Everything the rule needs is written into the claim's value and attributes (interval bounds, unit,
 * currency, measure, target, period), because claims of unchanged sources are read back from their files.
 */
final class QuantityClaims implements ClaimExtractor {
  // compiled once: these are asked of every candidate count
  private static final Pattern DETERMINER = Pattern.compile("(?:the|a|an|all|some|his|her)\\s");
  private static final Pattern HOLDS_FUNCTION_WORD = Pattern.compile("(?i).*\\b(?:of|in|for|to|and|the|a)\\s.*");
  private static final Pattern HOLDS_DIGIT = Pattern.compile(".*\\d.*");
  static final String KIND = "quantity";
  static final String TARIFF_RATE = "tariff rate";
  /** A tariff with no named imposer keeps the one of a tariff this many sentences earlier in its paragraph. */
  private static final int CARRY = 2;

  private final QuantityLexicon lexicon = QuantityLexicon.shipped();
  private final QuantityHolders holders = new QuantityHolders(lexicon);
  private final QuantityTargets targets = new QuantityTargets(lexicon);
  private final Pattern levyAfter;
  private final Pattern levyBefore;
  private final Pattern shareOf;
  private final Pattern moneyBefore;
  private final Pattern moneyAfter;
  private final Pattern countAfter;
  private final Pattern countBefore;
  private final String countVerbs;
  /** The most words a match of {@link #levyBefore}, {@link #moneyBefore} or {@link #countBefore} spans. */
  private final int levyWords;
  private final int moneyWords;
  private final int countWords;
  /** The last word of every {@link #countBefore} verb, lower case. */
  private final Set<String> countLastWords;
  private static final Pattern TRADE_VOLUME = Pattern.compile(
      "^\\s+(?:worth\\s+)?(?:of|in)\\s+(?:two-way\\s+|bilateral\\s+|cross-border\\s+)?(?:goods|trade|goods and services)"
          + "\\b(?=.*\\b(?:exchanged|traded|trade)\\b)");
  private static final Pattern DESTINATION = Pattern.compile(
      "^\\s+(?:\\p{Ll}+\\s+){0,2}?(?:to|with)\\s+(?:the\\s+)?(?<name>\\p{Lu}[\\p{L}.]*(?:[ ]\\p{Lu}[\\p{L}.]*){0,2})");
  private static final Pattern RELIES_ON = Pattern.compile(
      "(?:relies|rely|relied|depends|depend|depended)\\s+on\\s+(?:the\\s+)?(?<name>\\p{Lu}[\\p{L}.]*(?:[ ]\\p{Lu}[\\p{L}.]*){0,2})"
          + "\\s+for\\s+$");
  /** The most words a match of {@link #RELIES_ON} spans: the verb, "on", "the", three of a name and "for". */
  private static final int RELIES_ON_WORDS = 7;
  private static final Pattern SHARE_VIA = Pattern.compile("^\\s+(?:through|via|from)\\s+(?<via>exports|imports|trade)\\b");
  private static final Pattern MODALITY = Pattern.compile("(?i)(?<![\\p{L}])(?:(?<planned>plans?\\s+to|planned|planning"
      + "|proposed|proposes?\\s+to|intends?\\s+to|threaten(?:s|ed)?\\s+to|vowed\\s+to|will|would\\s+impose)"
      + "|(?<expected>expected\\s+to|set\\s+to|likely\\s+to|poised\\s+to|due\\s+to)"
      + "|(?<hedged>could|may|might|would|reportedly|possibly|considering|weighing))(?![\\p{L}])");
  /** Verbs before a count besides the outcomes: "left 3 dead". */
  private static final String COUNT_VERBS = "left|leaving|kill|injure|arrest|evacuate";
  private static final String MODIFIERS = "(?:(?:new|additional|further|retaliatory|reciprocal|blanket|sweeping|"
      + "across-the-board|import|counter|punitive|\\p{Lu}[\\p{L}.\\-]*)\\s+){0,3}";

  QuantityClaims() {
    String levy = lexicon.alternation("levy");
    levyAfter = Pattern.compile("^[\\s-]*(?<adj>" + MODIFIERS + ")(?<levy>" + levy + ")(?![\\p{L}])");
    levyBefore = Pattern.compile("(?i)(?<levy>" + levy + ")\\s+(?:rate\\s+)?(?:of|at|to)\\s+$");
    shareOf = Pattern.compile("^\\s+of\\s+(?<poss>(?:(?:its|their|the country[’']s|the nation[’']s)|"
        + "\\p{Lu}[\\p{L}.\\-]*(?:[ ]\\p{Lu}[\\p{L}.\\-]*){0,2}[’']s)\\s+)?(?:(?:total|overall|entire|annual)\\s+)?"
        + "(?<adj>\\p{Ll}[\\p{Ll}-]*\\s+)?(?<base>(?i:" + lexicon.alternation("base") + "))(?![\\p{L}])");
    String money = lexicon.alternation("money");
    moneyBefore = Pattern.compile("(?i)(?<m>" + money + ")\\s+(?:of|worth|totall?ing|amounting\\s+to|valued\\s+at|"
        + "reached|hit|stood\\s+at|at)\\s+$");
    moneyAfter = Pattern.compile("^\\s+(?<adj>(?:[\\p{L}.\\-]+\\s+){0,2}?)(?<m>" + money + ")(?![\\p{L}])");
    String outcome = lexicon.alternation("outcome");
    countAfter = Pattern.compile("^\\s+(?:(?:more|other|additional|further)\\s+)?(?<noun>\\p{Ll}[\\p{Ll}-]*)"
        + "(?:\\s+(?:were|was|have\\s+been|had\\s+been|are|is|being|reportedly|who\\s+were|who\\s+had\\s+been|have|had)){0,2}"
        + "\\s*(?<outcome>" + outcome + ")?(?![\\p{L}])");
    countVerbs = outcome + "|" + COUNT_VERBS;
    countBefore = Pattern.compile("(?i)(?<outcome>" + countVerbs + ")\\s+$");
    levyWords = lexicon.maxWords("levy") + 2;
    moneyWords = lexicon.maxWords("money") + 2;
    countWords = Math.max(1, lexicon.maxWords("outcome"));
    countLastWords = new HashSet<>(lexicon.lastWords("outcome"));
    countLastWords.addAll(List.of(COUNT_VERBS.split("\\|")));
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Claim> extract(Reading reading) {
    Segmented article = reading.article();
    List<Claim> claims = new ArrayList<>();
    Holder lastImposer = null;
    int lastImposerSentence = -CARRY - 1;
    List<Sentence> sentences = article.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (sentence.heading() || sentence.text().strip().endsWith("?")) {
        continue;
      }
      if (i > 0 && article.text().substring(sentences.get(i - 1).end(), sentence.start()).contains("\n")) {
        lastImposerSentence = -CARRY - 1; // a new paragraph: an earlier imposer no longer carries
      }
      List<Expression> within = reading.expressionsWithin(sentence.start(), sentence.end());
      for (Expression e : within) {
        Measured m = switch (e.type()) {
          case PERCENT -> percent(article, sentence, e);
          case MONEY -> money(article, sentence, e);
          case NUMBER -> count(article, sentence, e);
          default -> null;
        };
        if (m == null || m.targets.isEmpty()) {
          continue;
        }
        Holder holder = m.holder;
        if (holder == null && m.measure.equals(TARIFF_RATE) && i - lastImposerSentence <= CARRY && lastImposer != null) {
          holder = new Holder(lastImposer.surface(), "earlier sentence");
        }
        if (holder == null) {
          continue;
        }
        if (m.measure.equals(TARIFF_RATE)) {
          lastImposer = holder;
          lastImposerSentence = i;
        }
        for (QuantityTargets.Target t : m.targets) {
          claims.add(claim(article, sentence, e, m, holder, t, within));
        }
      }
    }
    return claims;
  }

  /** What a number measures, read from the words around it. */
  private record Measured(String measure, List<QuantityTargets.Target> targets, @Nullable Holder holder) {
    Measured {
      Objects.requireNonNull(measure, "measure");
      targets = List.copyOf(targets);
    }
  }

  private @Nullable Measured percent(Segmented article, Sentence s, Expression e) {
    if (!"percent".equals(e.unit())) {
      return null;
    }
    String text = article.text();
    String after = text.substring(e.end(), s.end());
    String before = text.substring(s.start(), e.start());
    Matcher levy = levyAfter.matcher(after);
    Matcher levyAhead = LastWords.matcher(levyBefore, before, levyWords);
    if (levy.lookingAt()) { // the patterns read after a number are anchored (^): as find(), at one position only
      List<QuantityTargets.Target> ts = targets.after(after.substring(levy.end()));
      return new Measured(TARIFF_RATE, ts, holders.find(article, s, e.start(), levy.group("adj")));
    }
    if (levyAhead.find()) {
      List<QuantityTargets.Target> ts = targets.after(after);
      String words = before.substring(0, levyAhead.start());
      String adjectives = words.substring(Math.max(0, words.length() - 24)); // "U.S. tariffs of 10%": whose is just before
      return new Measured(TARIFF_RATE, ts, holders.find(article, s, s.start() + levyAhead.start(), adjectives));
    }
    Matcher share = shareOf.matcher(after);
    if (!share.lookingAt()) {
      return null;
    }
    String base = lexicon.canonical("base", share.group("base"));
    String adj = share.group("adj") == null ? "" : share.group("adj").strip() + " ";
    if (base == null || DETERMINER.matcher(adj).matches()) {
      return null;
    }
    String measure = "share of " + adj + base;
    String rest = after.substring(share.end());
    Matcher via = SHARE_VIA.matcher(rest);
    if (via.lookingAt()) {
      measure += " via " + via.group("via");
    }
    Holder holder = null;
    int possAt = e.end() + share.start("poss");
    if (share.group("poss") != null) {
      holder = holders.find(article, s, possAt + share.group("poss").length(), "");
    }
    if (holder == null) {
      // with no possessor, only a subject right before says whose share it is: "a deficit that totalled 13.6
      // percent of output" far after "The EU and IMF aid" is not the EU's
      holder = holders.subjectRightBefore(article, s, e.start(), "sends|sent|ships|shipped|exports|exported|spends|spent|"
          + "devotes|devoted|derives|derived|gets|got|accounts\\s+for|accounted\\s+for");
    }
    String destination = "";
    Matcher dest = DESTINATION.matcher(rest);
    Matcher relies = LastWords.matcher(RELIES_ON, before, RELIES_ON_WORDS);
    String named = dest.lookingAt() ? dest.group("name") : relies.find() ? relies.group("name") : null;
    if (named != null && lexicon.placeKey(named) != null) {
      destination = lexicon.placeKey(named);
    }
    return new Measured(measure, List.of(new QuantityTargets.Target(destination, "")), holder);
  }

  private @Nullable Measured money(Segmented article, Sentence s, Expression e) {
    String text = article.text();
    String after = text.substring(e.end(), s.end());
    String before = text.substring(s.start(), e.start());
    Matcher ahead = LastWords.matcher(moneyBefore, before, moneyWords);
    Matcher behind = moneyAfter.matcher(after);
    String measure;
    Holder holder;
    int restFrom = 0;
    if (ahead.find()) {
      measure = lexicon.canonical("money", ahead.group("m"));
      holder = holders.find(article, s, s.start() + ahead.start(), "");
    } else if (behind.lookingAt() && !HOLDS_FUNCTION_WORD.matcher(behind.group("adj")).matches()) {
      measure = lexicon.canonical("money", behind.group("m"));
      holder = holders.find(article, s, e.start(), behind.group("adj"));
      restFrom = behind.end();
    } else if (TRADE_VOLUME.matcher(after).lookingAt()) {
      measure = "trade volume";
      holder = holders.find(article, s, e.start(), "");
    } else {
      return null;
    }
    if (measure == null) {
      return null;
    }
    String target = "";
    Matcher with = DESTINATION.matcher(after.substring(restFrom));
    if (measure.startsWith("trade") && with.lookingAt() && lexicon.placeKey(with.group("name")) != null) {
      target = lexicon.placeKey(with.group("name"));
    }
    return new Measured(measure, List.of(new QuantityTargets.Target(target, "")), holder);
  }

  private @Nullable Measured count(Segmented article, Sentence s, Expression e) {
    if (e.unit() != null || !(e.interval() instanceof NumberInterval n) || n.lo() == null
        || n.lo().compareTo(BigDecimal.valueOf(2)) < 0 || !HOLDS_DIGIT.matcher(e.text()).matches()) {
      return null; // "one of the", "two leaders" and ages are no counts worth comparing
    }
    String text = article.text();
    Matcher after = countAfter.matcher(text.substring(e.end(), s.end()));
    if (!after.lookingAt()) {
      return null;
    }
    String noun = after.group("noun");
    String counted = lexicon.canonical("counted", noun);
    String outcome = after.group("outcome") != null ? lexicon.canonical("outcome", after.group("outcome")) : null;
    if (outcome == null) {
      String words = text.substring(s.start(), e.start());
      Matcher before = LastWords.matcher(countBefore, words, countWords);
      if (LastWords.lastWordEndsWithAny(words, countLastWords) && before.find()) {
        outcome = lexicon.canonical("outcome", before.group("outcome"));
      }
    }
    if (counted == null && lexicon.canonical("outcome", noun) != null) {
      outcome = lexicon.canonical("outcome", noun); // "12 deaths", "500 layoffs"
      counted = outcome.equals("cut") ? "jobs" : "people";
    }
    if (counted == null || outcome == null) {
      return null;
    }
    // whose count it is only when its subject stands right before it: "HP will cut 24,600 jobs"; a count "in Aceh"
    // is where, and places nest (a district's toll is not the province's)
    return new Measured("count of " + counted + " " + outcome, List.of(new QuantityTargets.Target("", "")),
        holders.subjectRightBefore(article, s, e.start(), countVerbs));
  }

  private Claim claim(Segmented article, Sentence s, Expression e, Measured m, Holder holder, QuantityTargets.Target t,
      List<Expression> within) {
    TreeMap<String, String> a = new TreeMap<>();
    NumberInterval n = (NumberInterval) e.interval();
    if (n.lo() != null) {
      a.put("lo", n.lo().toPlainString());
      a.put("lo-closed", Boolean.toString(n.loClosed()));
    }
    if (n.hi() != null) {
      a.put("hi", n.hi().toPlainString());
      a.put("hi-closed", Boolean.toString(n.hiClosed()));
    }
    if (e.unit() != null) {
      a.put("unit", e.unit());
    }
    if (e.currency() != null) {
      a.put("currency", e.currency());
    }
    String rule = e.trace().rule();
    int plus = rule.lastIndexOf('+');
    if (plus >= 0) {
      a.put("bound", rule.substring(plus + 1)); // about, nearly, above, at-least …
    }
    a.put("measure", m.measure);
    if (!t.key().isEmpty()) {
      a.put("target", t.key());
    }
    if (!t.origin().isEmpty()) {
      a.put("origin", t.origin());
    }
    a.put("holder", holder.surface());
    a.put("holder-basis", holder.basis());
    a.put("stated", e.text());
    a.put("voice", article.quotationAt(e.start()) == null ? "source" : "quoted");
    String period = period(within, e);
    String term = m.measure.equals("contract") ? term(within) : "";
    if (!term.isEmpty()) {
      a.put("term", term); // an eight-year deal and a seven-year deal are different deals
    }
    String modality = modality(article.text().substring(s.start(), e.start()));
    if (modality != null) {
      a.put("modality", modality);
    }
    String slot = m.measure + (t.key().isEmpty() ? "" : " [" + t.key() + "]") + (term.isEmpty() ? "" : " " + term);
    if (!period.isEmpty()) {
      // a tariff's date is when it was imposed, not a period it measures; a flow's period is part of what it is
      a.put(m.measure.equals(TARIFF_RATE) ? "date" : "period", period);
      if (!m.measure.equals(TARIFF_RATE)) {
        slot += " (" + period + ")";
      }
    }
    Evidence evidence = Evidence.of(article.id(), article.text(), s.span());
    return new Claim("", KIND, article.id(), evidence, holder.surface(), Names.key(holder.surface()), slot,
        value(e, n), a);
  }

  /** "25 percent", "(20, +inf) percent", "60000000000 dollar USD": the interval, its unit and currency. */
  static String value(Expression e, NumberInterval n) {
    String number = n.lo() != null && n.lo().equals(n.hi()) ? n.lo().toPlainString() : n.toString();
    return number + (e.unit() == null ? "" : " " + e.unit()) + (e.currency() == null ? "" : " " + e.currency());
  }

  /** The resolved date or period stated in the same sentence, if one; vague ones ("now", "recently") are none. */
  private static String period(List<Expression> within, Expression quantity) {
    List<String> found = new ArrayList<>();
    for (Expression d : within) {
      if (d.type() == ExpressionType.DATE && d.interval() != null && !d.value().endsWith("_REF")) {
        found.add(d.value());
      }
    }
    return found.size() == 1 ? found.get(0) : "";
  }

  /** The one duration a sentence states ("eight-year" → P8Y), if one. */
  private static String term(List<Expression> within) {
    List<String> found = within.stream().filter(d -> d.type() == ExpressionType.DURATION).map(Expression::value).toList();
    return found.size() == 1 ? found.get(0) : "";
  }

  private static @Nullable String modality(String before) {
    Matcher m = MODALITY.matcher(before);
    String found = null;
    while (m.find()) {
      found = m.group("planned") != null ? "planned" : m.group("expected") != null ? "expected" : "hedged";
    }
    return found;
  }
}
