package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule over the aligned claims and returns the findings, contradictions first, then by id. */
public final class Judge {
  static final List<Rule> RULES = List.of(new RoleStatusRule(), new QuoteRule(), new EventDateRule(), new EventUpdateRule(),
      new QuantityRule());

  public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::kind).thenComparing(Finding::id);

  private Judge() {}

  public static List<Finding> judge(List<ClaimGroup> groups) {
    Map<String, Finding> byId = new LinkedHashMap<>();
    for (Rule rule : RULES) {
      for (Finding f : rule.judge(groups)) {
        Finding clash = byId.putIfAbsent(f.id(), f);
        if (clash != null && !clash.equals(f)) {
          throw new IllegalStateException("two findings share id " + f.id() + ": " + clash.summary() + " / " + f.summary());
        }
      }
    }
    List<Finding> findings = new ArrayList<>(byId.values());
    findings.sort(REPORT_ORDER);
    return findings;
  }
}
