package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person given the same office by several sources: all the same status is an agreement; current in one
 * place and former in another is a contradiction, within one source or across sources.
 */
final class RoleStatusRule implements Rule {
  static final String ID = "role-status";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> judge(List<ClaimGroup> groups) {
    List<Finding> findings = new ArrayList<>();
    for (ClaimGroup g : groups) {
      if (!g.kind().equals("role")) {
        continue;
      }
      List<Claim> cited = Findings.firstPerSourceAndValue(g.claims());
      Map<String, List<Claim>> byStatus = new TreeMap<>();
      for (Claim c : cited) {
        byStatus.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c);
      }
      String who = Findings.displayName(g.claims());
      if (byStatus.size() > 1) {
        List<String> sides = new ArrayList<>();
        byStatus.forEach((status, claims) -> sides.add(status + " in " + Findings.sourceList(claims)));
        String summary = "Sources disagree on whether " + who + " holds the office of " + g.slot() + ": "
            + String.join("; ", sides);
        findings.add(Findings.of(FindingKind.CONTRADICTION, ID, Severity.HIGH, 0.8, summary, g.entity(), g.slot(), cited));
      } else if (g.sourceCount() > 1) {
        String status = byStatus.keySet().iterator().next();
        String summary = g.sourceCount() + " sources agree that " + who + " is " + (status.equals("former") ? "a former " : "")
            + g.slot() + ": " + Findings.sourceList(cited);
        findings.add(Findings.of(FindingKind.AGREEMENT, ID, Severity.INFO, 0.9, summary, g.entity(), g.slot(), cited));
      }
    }
    return findings;
  }
}
