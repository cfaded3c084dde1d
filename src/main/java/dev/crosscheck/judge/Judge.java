package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule over the aligned claims and returns the findings, contradictions first, then by id. */
public final class Judge {
  static final List<Rule> RULES = List.of(new RoleStatusRule(), new QuoteRule(), new EventDateRule(), new EventUpdateRule(),
      new QuantityRule(), new StatementRule());

  public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::kind).thenComparing(Finding::id);

  private Judge() {}

  /**
   * The findings with copies counted as one voice and each side of a disagreement's support, and every
   * source's reliability (see {@link Corroboration}, {@link TruthDiscovery}).
   */
  public static Judgement judge(List<ClaimGroup> groups, CopiedPassages copies, List<String> sourceIds) {
    // a statement agreement that rests on copied text is one voice repeating itself: no agreement at all
    List<Finding> findings = Corroboration.weigh(judge(groups), copies).stream()
        .filter(f -> !(f.rule().equals(StatementRule.ID) && f.kind() == dev.crosscheck.model.FindingKind.AGREEMENT
            && f.voices() < 2))
        .toList();
    TruthDiscovery.Result truth = TruthDiscovery.run(findings, copies, sourceIds);
    return new Judgement(SideSupport.annotate(findings, truth, copies), truth.sources());
  }

  public static List<Finding> judge(List<ClaimGroup> groups) {
    Map<String, Finding> byId = new LinkedHashMap<>();
    // the rules read the groups independently: run them on all cores, then take their findings in rule order
    List<List<Finding>> byRule = RULES.parallelStream().map(rule -> rule.judge(groups)).toList();
    for (List<Finding> found : byRule) {
      for (Finding f : found) {
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
