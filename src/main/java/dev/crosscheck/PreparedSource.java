package dev.crosscheck;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.report.ExpressionJson;
import dev.crosscheck.resolve.Mention;
import java.util.List;
import java.util.Objects;

/**
 * What the per-source stages made of one source: its cleaned and segmented text, the mentions entity resolution
 * found in it, its normalised expressions and the claims extraction made of it, before resolution. All of it depends
 * only on the source (its text and metadata, named by {@code contentHash}), the code and the user's aliases, so a
 * later check may reuse it for an unchanged source and run only the stages that look across sources again (copies,
 * resolution, alignment, judging): what a source's claims resolve to never depends on an earlier check.
 */
public record PreparedSource(String contentHash, Segmented segmented, List<Mention> mentions, List<Claim> claims,
    List<ExpressionJson> expressions) {
  /** Bump when cleaning, segmentation or mention finding changes what they produce: cached results are dropped. */
  public static final String VERSION = "1";

  public PreparedSource {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(segmented, "segmented");
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
    expressions = List.copyOf(expressions);
    for (Mention m : mentions) {
      if (!m.source().equals(segmented.id())) {
        throw new IllegalArgumentException("mention of " + m.source() + " kept with source " + segmented.id());
      }
    }
    for (Claim c : claims) {
      if (!c.source().equals(segmented.id())) {
        throw new IllegalArgumentException("claim of " + c.source() + " kept with source " + segmented.id());
      }
    }
  }
}
