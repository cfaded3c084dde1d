package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One side of a finding: the claim, where it stands in its source, and the normalised value compared.
 *
 * @param end exclusive
 * @param prefix the text just before the evidence (written within {@code selector}, not on its own)
 * @param suffix the text just after it
 */
public record Cited(String claim, String source, String evidence, int start, int end, String value,
    @JsonIgnore String prefix, @JsonIgnore String suffix) {
  /** A side without the text around its evidence. */
  public Cited(String claim, String source, String evidence, int start, int end, String value) {
    this(claim, source, evidence, start, end, value, "", "");
  }

  public Cited {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(value, "value");
  }

  public static Cited of(Claim claim) {
    Evidence e = claim.evidence();
    return new Cited(claim.id(), claim.source(), e.text(), e.start(), e.end(), claim.value(), e.prefix(), e.suffix());
  }

  /** Where the evidence stands, as W3C Web Annotation selectors (position, and quote with its context). */
  @JsonProperty("selector")
  public List<Selector> selector() {
    return new Evidence(source, start, end, evidence, prefix, suffix).selectors();
  }
}
