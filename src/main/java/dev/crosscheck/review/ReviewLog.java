package dev.crosscheck.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.crosscheck.model.Decision;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Review;
import dev.crosscheck.model.ReviewDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The decisions reviewers made, one per finding id, as {@code reports/reviews.json} holds them: a check never
 * writes it, it only attaches the decisions to the findings it produced.
 */
@JsonPropertyOrder({"schema", "decisions"})
public record ReviewLog(String schema, List<ReviewDecision> decisions) {
  public static final String SCHEMA_PREFIX = "crosscheck-reviews/";
  public static final int VERSION = 1;
  public static final String SCHEMA = SCHEMA_PREFIX + VERSION;
  public static final ReviewLog EMPTY = new ReviewLog(SCHEMA, List.of());

  public ReviewLog {
    Objects.requireNonNull(schema, "schema");
    decisions = decisions.stream().sorted(Comparator.comparing(ReviewDecision::finding)).toList();
    Set<String> ids = new HashSet<>();
    for (ReviewDecision d : decisions) {
      if (!ids.add(d.finding())) {
        throw new IllegalArgumentException("two decisions on finding " + d.finding());
      }
    }
  }

  /**
   * This log with a decision on {@code finding}, replacing the one that applied to it (made on its id, or on an
   * earlier id of the same loose key, which the new decision supersedes).
   */
  public ReviewLog decide(Finding finding, Decision decision, String reviewer, String at, String note) {
    List<ReviewDecision> next = new ArrayList<>(without(finding));
    next.add(new ReviewDecision(finding.id(), LooseKey.of(finding), decision, reviewer, at, note));
    return new ReviewLog(SCHEMA, next);
  }

  /** This log without the decision that applied to {@code finding}: it is open again. */
  public ReviewLog reopen(Finding finding) {
    return new ReviewLog(SCHEMA, without(finding));
  }

  /** This log without the decision made on {@code findingId} (a stale one, whose finding is gone). */
  public ReviewLog forget(String findingId) {
    return new ReviewLog(SCHEMA, decisions.stream().filter(d -> !d.finding().equals(findingId)).toList());
  }

  private List<ReviewDecision> without(Finding finding) {
    ReviewDecision applied = finding.review().decision();
    return decisions.stream().filter(d -> !d.finding().equals(finding.id())
        && (applied == null || !d.finding().equals(applied.finding()))).toList();
  }

  /**
   * The report with each finding's review status: the decision made on its id, else the latest one made on a
   * finding with its loose key. Decisions that reach no finding are the report's stale reviews.
   */
  public Report attach(Report report) {
    Map<String, ReviewDecision> byId = new HashMap<>();
    Map<String, ReviewDecision> byKey = new LinkedHashMap<>();
    for (ReviewDecision d : decisions) {
      byId.put(d.finding(), d);
    }
    Set<String> current = new HashSet<>();
    report.findings().forEach(f -> current.add(f.id()));
    // a decision whose finding still exists keeps to it; only orphaned ones may move by key, the latest winning
    decisions.stream().filter(d -> !current.contains(d.finding()))
        .sorted(Comparator.comparing(ReviewDecision::at).thenComparing(ReviewDecision::finding))
        .forEach(d -> byKey.put(d.key(), d));
    Set<String> used = new HashSet<>();
    List<Finding> reviewed = new ArrayList<>();
    for (Finding f : report.findings()) {
      ReviewDecision exact = byId.get(f.id());
      ReviewDecision loose = exact == null ? byKey.get(LooseKey.of(f)) : null;
      if (exact != null) {
        used.add(exact.finding());
        reviewed.add(f.withReview(Review.of(exact, "id")));
      } else if (loose != null) {
        used.add(loose.finding());
        reviewed.add(f.withReview(Review.of(loose, "key")));
      } else {
        reviewed.add(f.withReview(Review.OPEN));
      }
    }
    List<ReviewDecision> stale = decisions.stream().filter(d -> !used.contains(d.finding())).toList();
    return report.withReviews(reviewed, stale);
  }
}
