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
import org.jspecify.annotations.Nullable;

/**
 * A person given the same office by several sources: all the same status is an agreement; current in one
 * place and former in another is a contradiction, within one source or across sources, unless a source
 * reports the change: someone else took the office after every "current" source was published and before
 * every "former" one, which makes it an update.
 */
final class RoleStatusRule implements Rule {
  static final String ID = "role-status";
  private static final String TOOK_OFFICE = "took office as ";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> judge(List<ClaimGroup> groups) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<EventDate>> successions = successions(groups);
    for (ClaimGroup g : ClaimGroup.ofKind(groups, "role")) {
      List<Claim> cited = Findings.firstPerSourceAndValue(g.claims());
      Map<String, List<Claim>> byStatus = byStatus(cited);
      if (byStatus.size() > 1) {
        // a title inside a quotation is the speaker's word when they spoke, maybe years before: no side in a dispute
        List<Claim> ownVoice = cited.stream().filter(c -> !c.attribute("voice").equals("quoted")).toList();
        if (byStatus(ownVoice).size() == 1) {
          cited = ownVoice;
          byStatus = byStatus(ownVoice);
        }
      }
      String who = Findings.displayName(g.claims());
      Finding change = byStatus.size() == 2 && byStatus.containsKey("current") && byStatus.containsKey("former")
          ? change(g, byStatus.get("current"), byStatus.get("former"), successions.getOrDefault(g.slot(), List.of()))
          : null;
      if (change != null) {
        findings.add(change);
      } else if (byStatus.size() > 1) {
        List<String> sides = new ArrayList<>();
        byStatus.forEach((status, claims) -> sides.add(status + " in " + Findings.sourceList(claims)));
        String summary = "Sources disagree on whether " + who + " holds the office of " + g.slot() + ": "
            + String.join("; ", sides);
        findings.add(Findings.of(FindingKind.CONTRADICTION, ID, Severity.HIGH, 0.8, summary, g.entity(), g.slot(), cited));
      } else if (sources(cited) > 1) {
        String status = byStatus.keySet().iterator().next();
        String summary = sources(cited) + " sources agree that " + who + " is " + (status.equals("former") ? "a former " : "")
            + g.slot() + ": " + Findings.sourceList(cited);
        findings.add(Findings.of(FindingKind.AGREEMENT, ID, Severity.INFO, 0.9, summary, g.entity(), g.slot(), cited));
      }
    }
    return findings;
  }

  /** How many sources the cited claims come from (quoted titles set aside, fewer than the group's). */
  private static long sources(List<Claim> cited) {
    return cited.stream().map(Claim::source).distinct().count();
  }

  private static Map<String, List<Claim>> byStatus(List<Claim> claims) {
    Map<String, List<Claim>> byStatus = new TreeMap<>();
    for (Claim c : claims) {
      byStatus.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c);
    }
    return byStatus;
  }

  /** Who took which office, and when, from the event claims: office → dated "took office" claims. */
  private static Map<String, List<EventDate>> successions(List<ClaimGroup> groups) {
    Map<String, List<EventDate>> byOffice = new TreeMap<>();
    for (ClaimGroup g : ClaimGroup.ofKind(groups, EventDate.KIND)) {
      if (g.slot().startsWith(TOOK_OFFICE)) {
        for (Claim c : g.claims()) {
          EventDate e = EventDate.of(c);
          if (e.firm() && e.from() != null && e.state().equals("happened")) {
            byOffice.computeIfAbsent(g.slot().substring(TOOK_OFFICE.length()), k -> new ArrayList<>()).add(e);
          }
        }
      }
    }
    return byOffice;
  }

  /** An update when another person's taking of the office falls between the "current" and "former" sources. */
  private static @Nullable Finding change(ClaimGroup g, List<Claim> current, List<Claim> former, List<EventDate> taken) {
    LocalDate lastCurrent = latest(current);
    LocalDate firstFormer = earliest(former);
    if (lastCurrent == null || firstFormer == null || !lastCurrent.isBefore(firstFormer)) {
      return null;
    }
    for (EventDate e : taken) {
      if (!e.claim().entity().equals(g.entity()) && !e.from().isBefore(lastCurrent) && e.from().isBefore(firstFormer)) {
        List<Claim> cited = new ArrayList<>(current);
        cited.addAll(former);
        cited.add(e.claim());
        String summary = Findings.displayName(g.claims()) + " is " + g.slot() + " in " + Findings.sourceList(current)
            + " (published by " + lastCurrent + ") and former " + g.slot() + " in " + Findings.sourceList(former)
            + " (published from " + firstFormer + "); " + e.claim().subject() + " took the office " + e.value()
            + " according to " + e.source();
        return Findings.of(FindingKind.UPDATE, ID, Severity.LOW, 0.7, summary, g.entity(), g.slot(), cited);
      }
    }
    return null;
  }

  /** The latest publication date of the claims; null when one of them has none. */
  private static @Nullable LocalDate latest(List<Claim> claims) {
    return extreme(claims, Comparator.naturalOrder());
  }

  /** The earliest publication date of the claims; null when one of them has none. */
  private static @Nullable LocalDate earliest(List<Claim> claims) {
    return extreme(claims, Comparator.reverseOrder());
  }

  /** The greatest date by {@code order}; null when a claim has no date, since then nothing can be said. */
  private static @Nullable LocalDate extreme(List<Claim> claims, Comparator<LocalDate> order) {
    LocalDate out = null;
    for (Claim c : claims) {
      LocalDate d = asOf(c);
      if (d == null) {
        return null;
      }
      out = out == null || order.compare(d, out) > 0 ? d : out;
    }
    return out;
  }

  private static @Nullable LocalDate asOf(Claim c) {
    String at = c.attribute("asOf");
    return at.isEmpty() ? null : LocalDate.parse(at);
  }
}
