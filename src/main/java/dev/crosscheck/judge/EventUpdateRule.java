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
import java.util.Optional;
import java.util.function.Predicate;

/**
 * News that moved on between publication dates, shown apart from contradictions: a date "not yet confirmed"
 * in an earlier article and announced in a later one; an event upcoming in one and reported as held in a
 * later one (published on or after the day it was planned for).
 */
final class EventUpdateRule implements Rule {
  static final String ID = "event-update";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> judge(List<ClaimGroup> groups) {
    List<Finding> findings = new ArrayList<>();
    for (ClaimGroup g : ClaimGroup.ofKind(groups, EventDate.KIND)) {
      List<EventDate> firm = g.claims().stream().map(EventDate::of).filter(e -> e.firm() && e.published() != null).toList();
      announced(g, firm).ifPresent(findings::add);
      held(g, firm).ifPresent(findings::add);
    }
    return findings;
  }

  /** "has not confirmed a date" in earlier sources, a day given by later ones. */
  private static Optional<Finding> announced(ClaimGroup g, List<EventDate> firm) {
    List<EventDate> open = of(firm, e -> e.state().equals("unconfirmed"));
    if (open.isEmpty()) {
      return Optional.empty();
    }
    LocalDate earliest = open.stream().map(EventDate::published).min(Comparator.naturalOrder()).orElseThrow();
    List<EventDate> later = of(firm, e -> e.day() && e.published().isAfter(earliest) && !e.state().equals("happened"));
    if (later.isEmpty()) {
      return Optional.empty();
    }
    List<EventDate> before = of(open, e -> e.published().isBefore(later.get(0).published()));
    String summary = "The date of " + EventDateRule.what(g) + " was not confirmed in " + described(before)
        + "; it is given as " + later.get(0).value() + " in " + described(later);
    return Optional.of(update(g, before, later, summary));
  }

  /** Upcoming in earlier sources, held according to a source published on or after its planned day. */
  private static Optional<Finding> held(ClaimGroup g, List<EventDate> firm) {
    List<EventDate> done = of(firm, e -> e.state().equals("happened"));
    if (done.isEmpty()) {
      return Optional.empty();
    }
    LocalDate reported = done.stream().map(EventDate::published).max(Comparator.naturalOrder()).orElseThrow();
    List<EventDate> planned = of(firm, e -> e.state().equals("planned") && e.published().isBefore(reported)
        && (e.from() == null || !e.from().isAfter(reported)));
    List<EventDate> after = of(done, e -> e.published().equals(reported));
    if (planned.isEmpty()) {
      return Optional.empty();
    }
    String summary = EventDateRule.what(g).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + EventDateRule.what(g).substring(1) + " is upcoming in " + described(planned) + " and reported as held in "
        + described(after);
    return Optional.of(update(g, planned, after, summary));
  }

  private static Finding update(ClaimGroup g, List<EventDate> earlier, List<EventDate> later, String summary) {
    List<Claim> cited = new ArrayList<>();
    cited.addAll(Findings.firstPerSourceAndValue(earlier.stream().map(EventDate::claim).toList()));
    cited.addAll(Findings.firstPerSourceAndValue(later.stream().map(EventDate::claim).toList()));
    return Findings.of(FindingKind.UPDATE, ID, Severity.LOW, 0.7, summary, g.entity(), g.slot(),
        Findings.firstPerSourceAndValue(cited));
  }

  /** "000 (published 2025-05-02), 004 (published 2025-05-02)". */
  private static String described(List<EventDate> claims) {
    return String.join(", ", claims.stream().map(e -> e.source() + " (published " + e.published() + ")").distinct().sorted().toList());
  }

  private static List<EventDate> of(List<EventDate> claims, Predicate<EventDate> keep) {
    return claims.stream().filter(keep).toList();
  }
}
