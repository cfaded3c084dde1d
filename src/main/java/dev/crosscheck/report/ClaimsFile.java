package dev.crosscheck.report;

import dev.crosscheck.extract.Extraction;
import dev.crosscheck.model.Claim;
import java.util.List;

/**
 * The content of {@code claims/<source-id>.json}: one source's claims in text order.
 *
 * @param extractor the extraction version that produced them
 */
public record ClaimsFile(String schema, String source, String extractor, List<Claim> claims) {
  /** Version 2: a claim's {@code entity} is an entity id ({@code person:mark-carney}), no longer a name key. */
  public static final String SCHEMA = "crosscheck-claims/2";

  public ClaimsFile {
    claims = List.copyOf(claims);
  }

  public static ClaimsFile of(String source, List<Claim> claims) {
    return new ClaimsFile(SCHEMA, source, Extraction.VERSION, claims);
  }
}
