package dev.crosscheck.model;

import java.util.Objects;

/**
 * One side of a finding: the claim, where it stands in its source, and the normalised value compared.
 *
 * @param end exclusive
 */
public record Cited(String claim, String source, String evidence, int start, int end, String value) {
  public Cited {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(value, "value");
  }

  public static Cited of(Claim claim) {
    Evidence e = claim.evidence();
    return new Cited(claim.id(), claim.source(), e.text(), e.start(), e.end(), claim.value());
  }
}
