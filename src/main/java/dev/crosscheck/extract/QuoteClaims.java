package dev.crosscheck.extract;

import dev.crosscheck.model.Words;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Quote claims: the words inside quotation marks and who said them, when the sentence says so
 * ("…,” Carney said; Trump said, “…”; according to the PMO, … “…”). A pronoun speaker ("he added") is the
 * last named speaker in the same source. Quotations of fewer than four words are labels or scare quotes,
 * not statements, and make no claim.
 */
final class QuoteClaims implements ClaimExtractor {
  static final String KIND = "quote";
  static final String UNATTRIBUTED = "unattributed";
  private static final int MIN_WORDS = 4;
  private static final String VERBS = "said|says|added|adds|warned|stated|noted|told|wrote|writes|asked|explained|"
      + "insisted|argued|declared|continued|replied|posted|emphasized|emphasised|stressed|remarked|asserted|"
      + "cautioned|urged|claimed|announced|tweeted|recalled|acknowledged|conceded|admitted|predicted";
  private static final String SPEAKER = "(?:(?:the )?" + Names.PATTERN + "(?:[’']s (?:office|team|spokesperson|spokesman|spokeswoman))?"
      + "|[Hh]e|[Ss]he|[Tt]hey)";
  /** After the closing mark: ",” Carney said" or ",” said Carney". */
  private static final Pattern AFTER = Pattern.compile(
      "^\\s*(?:(?<s1>" + SPEAKER + ")[ ](?:had |has |also |then )?(?:" + VERBS + ")\\b"
          + "|(?:" + VERBS + ")[ ](?<s2>" + SPEAKER + ")\\b)");
  /** Before the opening mark: "Trump said Carney ", "Carney told him, ", "He added, ". */
  private static final Pattern BEFORE = Pattern.compile(
      "(?<s>" + SPEAKER + ")[ ](?:had |has |have |also |then |later |previously |again )?(?:" + VERBS + ")\\b");
  private static final Pattern PARTICIPLE = Pattern.compile(
      "\\b(?:saying|declaring|stating|adding|writing|noting|warning|asserting|insisting|arguing)\\b[^“\"”.]{0,80}$");
  private static final Pattern ACCORDING = Pattern.compile(
      "(?i:according to)[ ](?:(?:a|the) (?:statement|readout|report|release|post) (?:from|by|of) )?(?<s>" + SPEAKER + ")");
  private static final int MAX_GAP = 160;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Claim> extract(Reading reading) {
    Segmented article = reading.article();
    List<Claim> claims = new ArrayList<>();
    String text = article.text();
    Actors actors = new Actors(reading.names());
    List<Quotation> quotes = article.quotations();
    int q = 0;
    int previousQuoteEnd = -1;
    String previousSpeaker = null;
    for (Sentence sentence : article.sentences()) {
      if (sentence.heading()) {
        continue;
      }
      boolean spoke = false;
      while (q < quotes.size() && quotes.get(q).span().start() < sentence.end()) {
        Quotation quote = quotes.get(q++);
        Sentence last = article.sentenceAt(quote.span().end() - 1);
        if (quote.span().start() < sentence.start() || last == null) {
          continue;
        }
        Attribution who = attribute(article, sentence, last, quote, actors);
        boolean sameParagraph = previousQuoteEnd >= 0 && text.indexOf('\n', previousQuoteEnd) >= quote.span().start()
            || previousQuoteEnd >= 0 && text.indexOf('\n', previousQuoteEnd) < 0;
        if (who == null && previousSpeaker != null && sameParagraph) {
          who = new Attribution(previousSpeaker, "continued"); // a second quote in a paragraph keeps its speaker
        }
        previousSpeaker = who == null ? null : who.speaker;
        if (who != null) {
          actors.mentioned(who.speaker);
          spoke = true;
        }
        previousQuoteEnd = quote.span().end();
        if (Words.count(quote.words()) >= MIN_WORDS) {
          claims.add(claim(article, sentence, last, quote, who));
        }
      }
      if (!spoke) {
        actors.read(article, sentence); // a sentence that quotes someone is about its speaker
      }
    }
    return claims;
  }

  private record Attribution(String speaker, String how) {}

  private static Claim claim(Segmented article, Sentence first, Sentence last, Quotation quote, @Nullable Attribution who) {
    String speaker = who == null ? UNATTRIBUTED : who.speaker;
    TreeMap<String, String> attributes = new TreeMap<>();
    attributes.put("attribution", who == null ? "none" : who.how);
    // the quotation itself is what is claimed: the speaker said these words
    attributes.put(Stance.MODALITY, "asserted");
    attributes.put("quoteStart", Integer.toString(quote.inner().start()));
    attributes.put("quoteEnd", Integer.toString(quote.inner().end()));
    attributes.put("words", quote.words());
    Evidence evidence = Evidence.of(article.id(), article.text(), new Span(first.start(), last.end()));
    return new Claim("", KIND, article.id(), evidence, speaker, Names.key(speaker), "",
        QuoteWords.normalise(quote.words()), attributes);
  }

  private static @Nullable Attribution attribute(Segmented article, Sentence first, Sentence last, Quotation q,
      Actors actors) {
    String text = article.text();
    String before = text.substring(first.start(), q.span().start());
    String found = null;
    int limit = q.span().start(); // a pronoun's referent is named before the pronoun
    Matcher after = AFTER.matcher(text).region(q.span().end(), last.end());
    if (after.lookingAt()) { // anchored (^): as find(), at one position only
      found = clean(after.group("s1") != null ? after.group("s1") : after.group("s2"));
    }
    if (found == null) {
      Matcher according = ACCORDING.matcher(before);
      while (according.find()) {
        found = clean(according.group("s"));
      }
    }
    if (found == null) {
      Matcher verb = BEFORE.matcher(before);
      while (verb.find()) {
        String s = clean(verb.group("s"));
        if (s != null && before.length() - verb.end() <= MAX_GAP) {
          found = s;
          limit = first.start() + verb.start("s");
        }
      }
    }
    if (found == null && PARTICIPLE.matcher(before).find()) {
      // "Kelly sent the statement, asserting that “…”": the speaker is the sentence's subject
      String subject = actors.firstPerson(article, first, q.span().start());
      return subject == null ? null : new Attribution(subject, "subject");
    }
    if (found == null) {
      return null;
    }
    if (isPronoun(found)) {
      String sameSentence = actors.firstPerson(article, first, limit);
      String referent = sameSentence != null ? sameSentence : actors.last();
      return referent == null ? null : new Attribution(referent, "pronoun");
    }
    return new Attribution(Actors.withoutTitles(found), "named");
  }

  private static @Nullable String clean(@Nullable String speaker) {
    if (speaker == null) {
      return null;
    }
    String s = speaker.startsWith("the ") ? speaker.substring(4) : speaker;
    String[] parts = s.split("[’']s ", 2);
    String name = Names.trim(parts[0]);
    if (name.isEmpty()) {
      return isPronoun(s) ? s : null;
    }
    return parts.length == 2 ? name + "’s " + parts[1] : name;
  }

  private static boolean isPronoun(String s) {
    return s.equalsIgnoreCase("he") || s.equalsIgnoreCase("she") || s.equalsIgnoreCase("they");
  }
}
