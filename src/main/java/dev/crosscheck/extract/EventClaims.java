package dev.crosscheck.extract;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.normalise.DateInterval;
import dev.crosscheck.normalise.Expression;
import dev.crosscheck.normalise.ExpressionType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dated event claims: who did what, with whom, when, and the event's state at publication time ("Carney
 * will travel to Washington next Tuesday to meet US President Donald Trump": a meeting of Mark Carney and
 * Donald Trump, planned, on 2025-05-06).
 *
 * <p>The event types are {@link EventTypes}. A date belongs to the trigger nearest to it in the sentence;
 * "two weeks after X" and "the day after X" date X from the other event's date; "after X on April 28"
 * dates the first event from April 28 on. Without a subject the sentence names plainly (a person, a
 * pronoun with one possible referent, "the two leaders" after an event of two people) no claim is made.
 */
final class EventClaims implements ClaimExtractor {
  static final String KIND = "event";

  /** "the two leaders", "both leaders": the two people of the event the source last spoke of. */
  private static final Pattern PAIR = Pattern.compile("(?i)\\b(?:the two leaders|both leaders|the leaders|the pair)\\b");
  private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she|his|her)\\b");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      ",\\s+|;\\s*|\\s+(?:that|when|after|before|while|because|since|though|although|until)\\s+");
  private static final Pattern SHIFT = Pattern.compile(
      "(?i)(?<amount>the day|the next day|a day|a week|a month|\\w+ (?:days?|weeks?|months?)) after\\s+[^,;]*$");
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s+after\\s+");
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:will|would|plans? to|planned to|intends? to|going to|(?:is|are) (?:due|set|scheduled|expected) to|"
          + "upcoming|in the coming days)\\b|’ll\\b");
  private static final Pattern HAPPENED = Pattern.compile(
      "(?i)\\b(?:occurred|took place|was held|were held|landed|arrived|has met|have met|had met)\\b");
  private static final Pattern UNCONFIRMED = Pattern.compile(
      "(?i)\\b(?:(?:exact |the )?date (?:of the (?:meeting|visit) )?(?:has|had) not (?:yet )?been (?:confirmed|announced|set)"
          + "|(?:has|had) not (?:yet )?(?:confirmed|announced|set) a date for the (?:meeting|visit))");
  private static final int CLAUSE_PENALTY = 200;

  @Override
  public String kind() {
    return KIND;
  }

  /** A trigger found in a sentence, with what the sentence says around it. */
  /** An event word found in a sentence: its type, the words as written, and the slot they give. */
  private record Trigger(EventTypes.Type type, String text, String slot, int start, int end) {}

  @Override
  public List<Claim> extract(Reading reading) {
    Segmented article = reading.article();
    LocalDate published = article.article().meta().published();
    Actors actors = new Actors(reading.names());
    List<Claim> claims = new ArrayList<>();
    String[] lastPair = null;
    String[] lastMeeting = null;
    for (Sentence sentence : article.sentences()) {
      if (sentence.heading() || sentence.text().strip().endsWith("?")) {
        actors.read(article, sentence);
        continue;
      }
      List<Trigger> triggers = triggers(article, sentence);
      List<Expression> dates = reading.expressionsWithin(sentence.start(), sentence.end()).stream()
          .filter(e -> e.type() == ExpressionType.DATE && e.interval() instanceof DateInterval
              && !e.value().endsWith("_REF")).toList(); // "recently", "now" say nothing about which day
      List<DateInterval> assigned = assign(article.text(), triggers, dates);
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        DateInterval when = assigned.get(i);
        if (when == null) {
          when = derived(article.text(), sentence, triggers, assigned, dates, i, published);
        }
        String[] who = participants(article, sentence, t, actors, lastPair);
        if (who == null) {
          continue;
        }
        if (t.type().symmetric()) {
          lastPair = who;
        }
        if (t.type() == EventTypes.MEETING) {
          lastMeeting = who;
        }
        claims.add(claim(article, sentence, t, who, when, state(article.text(), sentence, t, when, published)));
      }
      Matcher unconfirmed = UNCONFIRMED.matcher(article.text()).region(sentence.start(), sentence.end());
      if (lastMeeting != null && mayBeUnconfirmed(sentence.text()) && unconfirmed.find()) {
        Trigger t = new Trigger(EventTypes.MEETING, unconfirmed.group(), EventTypes.MEETING.name(), unconfirmed.start(),
            unconfirmed.end());
        claims.add(claim(article, sentence, t, lastMeeting, null, "unconfirmed"));
      }
      actors.read(article, sentence);
    }
    return claims;
  }

  /** Every match of {@link #UNCONFIRMED} holds "date" and "has not"/"had not" (ASCII, any case): most sentences neither. */
  private static boolean mayBeUnconfirmed(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return lower.contains("date") && (lower.contains("has not ") || lower.contains("had not "));
  }

  private static List<Trigger> triggers(Segmented article, Sentence sentence) {
    List<Trigger> found = new ArrayList<>();
    boolean[] cued = EventTypes.cued(sentence.text());
    for (int k = 0; k < EventTypes.ALL.size(); k++) {
      EventTypes.Type type = EventTypes.ALL.get(k);
      if (!cued[k]) {
        continue;
      }
      Matcher m = type.trigger().matcher(article.text()).region(sentence.start(), sentence.end());
      while (m.find()) {
        if (article.quotationAt(m.start()) == null) {
          found.add(new Trigger(type, m.group(), type.slot(m), m.start(), m.end()));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // one trigger per place: "face-to-face meeting" is one meeting
    List<Trigger> distinct = new ArrayList<>();
    for (Trigger t : found) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1).end() <= t.start()) {
        distinct.add(t);
      }
    }
    return distinct;
  }

  /** Each date goes to the nearest trigger; a trigger keeps the nearest of the dates it was given. */
  private static List<DateInterval> assign(String text, List<Trigger> triggers, List<Expression> dates) {
    List<DateInterval> out = new ArrayList<>();
    int[] best = new int[triggers.size()];
    Expression[] chosen = new Expression[triggers.size()];
    java.util.Arrays.fill(best, Integer.MAX_VALUE);
    for (Expression d : dates) {
      int nearest = -1;
      int distance = Integer.MAX_VALUE;
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        int gap = d.start() >= t.end() ? d.start() - t.end() : t.start() - d.end();
        String between = d.start() >= t.end() ? text.substring(t.end(), d.start()) : text.substring(d.end(), t.start());
        if (between.contains(",") || between.contains(";")) {
          gap += CLAUSE_PENALTY; // a date is read with its own clause first
        }
        if (gap < distance) {
          distance = gap;
          nearest = i;
        }
      }
      if (nearest >= 0 && distance < best[nearest]) {
        best[nearest] = distance;
        chosen[nearest] = d;
      }
    }
    for (Expression e : chosen) {
      out.add(e == null ? null : (DateInterval) e.interval());
    }
    return out;
  }

  /** A date from another event of the sentence: "two weeks after X", "X … after Y on April 28". */
  private static @Nullable DateInterval derived(String text, Sentence sentence, List<Trigger> triggers,
      List<DateInterval> assigned, List<Expression> dates, int i, @Nullable LocalDate published) {
    Trigger t = triggers.get(i);
    if (i > 0 && assigned.get(i - 1) != null) {
      Matcher shift = SHIFT.matcher(text.substring(triggers.get(i - 1).end(), t.start()));
      if (shift.find()) {
        return shifted(assigned.get(i - 1), shift.group("amount"), dates);
      }
    }
    if (i + 1 < triggers.size() && assigned.get(i + 1) != null && published != null) {
      String between = text.substring(t.end(), triggers.get(i + 1).start());
      if (AFTER.matcher(between.replaceFirst("^[^,;]*?(?=\\s+after\\s)", "")).find() && !between.contains(",")) {
        LocalDate from = assigned.get(i + 1).start();
        LocalDate until = published.plusDays(1);
        return from != null && from.isBefore(until) ? new DateInterval(from, until) : null;
      }
    }
    return null;
  }

  /** The other event's date moved back by the amount, widened when the amount is a round figure. */
  private static @Nullable DateInterval shifted(DateInterval anchor, String amount, List<Expression> dates) {
    if (anchor.start() == null || anchor.end() == null) {
      return null;
    }
    String a = amount.toLowerCase(Locale.ROOT);
    Period back;
    int slack;
    if (a.endsWith("day")) {
      back = Period.ofDays(1);
      slack = 0;
    } else {
      int n = count(a.substring(0, a.indexOf(' ')));
      if (n <= 0) {
        return null;
      }
      if (a.contains("week")) {
        back = Period.ofWeeks(n);
        slack = 3;
      } else if (a.contains("month")) {
        back = Period.ofMonths(n);
        slack = 15;
      } else {
        back = Period.ofDays(n);
        slack = n > 2 ? 1 : 0;
      }
    }
    return new DateInterval(anchor.start().minus(back).minusDays(slack), anchor.end().minus(back).plusDays(slack));
  }

  private static int count(String word) {
    return switch (word) {
      case "a", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "few", "several" -> -1;
      default -> word.matches("\\d{1,3}") ? Integer.parseInt(word) : -1;
    };
  }

  /** The subject and, for an event of two people, the other one; null when the sentence does not say. */
  private static String @Nullable [] participants(Segmented article, Sentence sentence, Trigger t, Actors actors,
      String @Nullable [] lastPair) {
    String text = article.text();
    int clauseStart = clauseStart(text, sentence, t.start());
    String clause = text.substring(clauseStart, t.start());
    String subject;
    Matcher pair = PAIR.matcher(clause);
    if (t.type().symmetric() && pair.find()) {
      return lastPair;
    }
    if (clause.startsWith("who ") || clause.startsWith("which ")) {
      subject = actors.lastPersonBefore(article, sentence, clauseStart);
    } else {
      subject = actors.lastPersonIn(article, clauseStart, t.start());
      Matcher pronoun = PRONOUN.matcher(clause);
      int lastPronoun = -1;
      while (pronoun.find()) {
        lastPronoun = pronoun.start();
      }
      // "Trump congratulated Carney on his election win": a pronoun after the names is theirs to resolve
      if (lastPronoun >= 0 && (subject == null || clause.lastIndexOf(subject) < lastPronoun)) {
        subject = pronounReferent(article, sentence, clauseStart + lastPronoun, actors);
      } else if (subject == null && t.type().noun(t.text())) {
        // "Carney, who …, landed in Washington for an important sit-down with Trump": the sentence's subject
        subject = actors.firstPerson(article, sentence, t.start());
      }
    }
    if (subject == null) {
      return null;
    }
    if (!t.type().symmetric()) {
      return new String[] {subject};
    }
    String other = actors.firstPersonAfter(article, t.end(), Math.min(sentence.end(), t.end() + 48));
    if (other == null) {
      other = actors.conjoinedBefore(article, clauseStart, t.start(), subject);
    }
    return other == null || Names.key(other).equals(Names.key(subject)) ? null : new String[] {subject, other};
  }

  /** "he" is the one person named earlier in the sentence, or the one the source last spoke of; else no one. */
  private static @Nullable String pronounReferent(Segmented article, Sentence sentence, int limit, Actors actors) {
    List<String> named = actors.peopleIn(article, sentence.start(), limit);
    if (named.size() > 1) {
      return null;
    }
    return named.size() == 1 ? named.get(0) : actors.last();
  }

  private static int clauseStart(String text, Sentence sentence, int at) {
    Matcher m = CLAUSE_BREAK.matcher(text).region(sentence.start(), at);
    int start = sentence.start();
    while (m.find()) {
      start = m.end();
    }
    return start;
  }

  private static String state(String text, Sentence sentence, Trigger t, @Nullable DateInterval when,
      @Nullable LocalDate published) {
    String clause = text.substring(sentence.start(), t.end());
    if (FUTURE.matcher(clause).find()
        || when != null && published != null && when.start() != null && when.start().isAfter(published)) {
      return "planned";
    }
    if (t.type().past().matcher(t.text()).find()
        || HAPPENED.matcher(text.substring(sentence.start(), sentence.end())).find()
        || when != null && published != null && when.end() != null && !when.end().isAfter(published)) {
      return "happened"; // an event dated before publication, with nothing saying it is still to come
    }
    return "unknown";
  }

  private static Claim claim(Segmented article, Sentence sentence, Trigger t, String[] who,
      @Nullable DateInterval when, String state) {
    TreeMap<String, String> attributes = new TreeMap<>();
    attributes.put("state", state);
    attributes.put(Stance.ANCHOR, Integer.toString(t.start()));
    attributes.put("trigger", t.text());
    attributes.put("repeatable", Boolean.toString(t.type().repeatable()));
    if (state.equals("unconfirmed")) {
      attributes.put(Stance.MODALITY, "asserted");
    }
    LocalDate published = article.article().meta().published();
    if (published != null) {
      attributes.put("published", published.toString());
    }
    String before = article.text().substring(Math.max(sentence.start(), t.start() - 24), t.start()).toLowerCase(Locale.ROOT);
    if (before.matches("(?s).*\\bfirst\\b[^,.;]*")) {
      attributes.put("ordinal", "first");
    }
    if (who.length > 1) {
      attributes.put("with", who[1]);
    }
    String value = "undated";
    if (when != null) {
      value = EventDates.render(when);
      if (when.start() != null) {
        attributes.put("from", when.start().toString());
      }
      if (when.end() != null) {
        attributes.put("until", when.end().toString());
      }
    }
    String slot = t.slot();
    Evidence evidence = Evidence.of(article.id(), article.text(), sentence.span());
    return new Claim("", KIND, article.id(), evidence, who[0], Names.key(who[0]), slot, value, attributes);
  }
}
