package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When an event happened or will happen. Sources whose dates overlap agree ("next Tuesday" and "Tuesday
 * (May 06)"); a once-only event (taking an office, winning an election) given disjoint dates is a
 * contradiction, within one source too. An event that can recur (a call, a meeting) on disjoint dates may
 * be two events, so it contradicts only when both sides call it the first.
 */
final class EventDateRule implements Rule {
  static final String ID = "event-date";
  /** Further apart than this, a once-only event is more likely to be another term or election than an error. */
  private static final long HORIZON_DAYS = 365;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> judge(List<ClaimGroup> groups) {
    List<Finding> findings = new ArrayList<>();
    for (ClaimGroup g : ClaimGroup.ofKind(groups, EventDate.KIND)) {
      List<EventDate> dated = g.claims().stream().map(EventDate::of).filter(e -> e.firm() && e.dated()).toList();
      List<EventDate> clashing = clashing(dated);
      if (!clashing.isEmpty()) {
        findings.add(contradiction(g, clashing));
        continue;
      }
      for (List<EventDate> occasion : occasions(dated)) {
        if (occasion.stream().map(EventDate::source).distinct().count() > 1) {
          findings.add(agreement(g, occasion));
        }
      }
    }
    return findings;
  }

  /**
   * The dates of a once-only event (or of what two sources both call the first) when they fall on more than
   * one occasion less than a horizon apart; else none.
   */
  private static List<EventDate> clashing(List<EventDate> dated) {
    List<EventDate> comparable = dated.stream().filter(e -> !e.repeatable() || e.first()).toList();
    List<List<EventDate>> apart = sweep(comparable);
    for (int i = 1; i < apart.size(); i++) {
      if (start(apart.get(i)).toEpochDay() - end(apart.get(i - 1)).toEpochDay() <= HORIZON_DAYS) {
        return comparable;
      }
    }
    return List.of();
  }

  /** Precise dates grouped into occasions: an agreement needs each side to name a day, a week or a month. */
  private static List<List<EventDate>> occasions(List<EventDate> dated) {
    return sweep(dated.stream().filter(EventDate::precise).toList());
  }

  /**
   * Dates grouped so that each group shares at least one day: sorted by start, each joins the current group
   * while it overlaps every date already in it. Linear after the sort.
   */
  private static List<List<EventDate>> sweep(List<EventDate> dated) {
    List<EventDate> sorted = new ArrayList<>(dated);
    sorted.sort(Comparator.comparing(EventDateRule::from).thenComparing(EventDateRule::until)
        .thenComparing(EventDate::source).thenComparing(EventDate::value));
    List<List<EventDate>> out = new ArrayList<>();
    List<EventDate> current = new ArrayList<>();
    LocalDate hi = null;
    for (EventDate e : sorted) {
      if (!current.isEmpty() && from(e).isBefore(hi)) {
        current.add(e);
        hi = until(e).isBefore(hi) ? until(e) : hi;
        continue;
      }
      if (!current.isEmpty()) {
        out.add(current);
      }
      current = new ArrayList<>(List.of(e));
      hi = until(e);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static LocalDate from(EventDate e) {
    return e.from() == null ? LocalDate.MIN : e.from();
  }

  private static LocalDate until(EventDate e) {
    return e.until() == null ? LocalDate.MAX : e.until();
  }

  private static LocalDate start(List<EventDate> occasion) {
    return occasion.stream().map(EventDateRule::from).max(Comparator.naturalOrder()).orElseThrow();
  }

  private static LocalDate end(List<EventDate> occasion) {
    return occasion.stream().map(EventDateRule::until).min(Comparator.naturalOrder()).orElseThrow();
  }

  private static Finding contradiction(ClaimGroup g, List<EventDate> sides) {
    List<Claim> cited = Findings.firstPerSourceAndValue(sides.stream().map(EventDate::claim).toList());
    Map<String, List<Claim>> byValue = new TreeMap<>();
    cited.forEach(c -> byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c));
    List<String> parts = new ArrayList<>();
    byValue.forEach((value, claims) -> parts.add(value + " in " + Findings.sourceList(claims)));
    boolean itself = cited.stream().map(Claim::source).distinct().count() < cited.size();
    String summary = "Sources disagree on " + when(g) + ": " + String.join("; ", parts)
        + (itself ? " (a source contradicts itself)" : "");
    // a date worked out from "two weeks after" or "last month" is less sure than one stated outright
    double confidence = cited.stream().allMatch(c -> EventDate.of(c).day()) ? 0.85 : 0.7;
    return Findings.of(FindingKind.CONTRADICTION, ID, Severity.HIGH, confidence, summary, g.entity(), g.slot(), cited);
  }

  private static Finding agreement(ClaimGroup g, List<EventDate> occasion) {
    List<Claim> cited = Findings.firstPerSourceAndValue(occasion.stream().map(EventDate::claim).toList());
    long sources = cited.stream().map(Claim::source).distinct().count();
    List<String> parts = new ArrayList<>();
    Map<String, List<Claim>> byValue = new TreeMap<>();
    cited.forEach(c -> byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c));
    byValue.forEach((value, claims) -> parts.add(value + " in " + Findings.sourceList(claims)));
    String summary = sources + " sources agree on " + when(g) + ": " + String.join("; ", parts);
    return Findings.of(FindingKind.AGREEMENT, ID, Severity.INFO, byValue.size() == 1 ? 0.9 : 0.75, summary,
        g.entity(), g.slot(), cited);
  }

  /** "when Mark Carney took office as prime minister", "the date of the meeting of Donald Trump and Mark Carney". */
  static String when(ClaimGroup g) {
    String what = what(g);
    return what.startsWith("the ") ? "the date of " + what : "when " + what;
  }

  /** "Mark Carney took office as prime minister", "the meeting of Donald Trump and Mark Carney". */
  static String what(ClaimGroup g) {
    String who = Findings.displayName(g.claims());
    String other = Findings.longest(g.claims().stream().map(x -> x.attribute("with")));
    String event = g.slot().contains(" with ") ? g.slot().substring(0, g.slot().indexOf(" with ")) : g.slot();
    if (other.isEmpty()) {
      return who + " " + event;
    }
    return "the " + event + " of " + who + " and " + other;
  }
}
