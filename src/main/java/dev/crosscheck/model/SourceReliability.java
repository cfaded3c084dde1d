package dev.crosscheck.model;

import java.util.Objects;

/**
 * How far a source's claims are borne out by independent sources (see docs/judging.md, "Source reliability").
 *
 * @param score 0 to 1; {@code 0.5} (neutral) when none of its claims was compared with another source's
 * @param basis one line on how the score came about, e.g. "agrees with independent sources on 7 of 9 compared facts; 5 iterations"
 * @param compared how many of its facts were compared with other sources'
 * @param agreed how many of those at least one independent source shares
 */
public record SourceReliability(String source, double score, String basis, int compared, int agreed) {
  public SourceReliability {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(basis, "basis");
    if (score < 0 || score > 1 || compared < 0 || agreed < 0 || agreed > compared) {
      throw new IllegalArgumentException("bad reliability for " + source + ": " + score + ", " + agreed + " of " + compared);
    }
  }
}
