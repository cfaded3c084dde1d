package dev.crosscheck.report;

import dev.crosscheck.extract.Extraction;
import dev.crosscheck.model.Claim;
import dev.crosscheck.normalise.Expression;
import java.util.List;

/**
 * The content of {@code claims/<source-id>.json}: one source's claims in text order.
 *
 * @param extractor the extraction version that produced them
 * @param expressions the dates and quantities found in the source's cleaned text, normalised against its
 *     publication date, each with the trace of the rule that resolved it
 */
public record ClaimsFile(String schema, String source, String extractor, List<Claim> claims,
    List<ExpressionJson> expressions) {
  /** Version 2: a claim's {@code entity} is an entity id ({@code person:mark-carney}), no longer a name key. */
  public static final String SCHEMA = "crosscheck-claims/2";

  public ClaimsFile {
    claims = List.copyOf(claims);
    expressions = List.copyOf(expressions);
  }

  public static ClaimsFile of(String source, List<Claim> claims, List<Expression> expressions) {
    return new ClaimsFile(SCHEMA, source, Extraction.VERSION, claims, expressions.stream().map(ExpressionJson::of).toList());
  }
}
