package dev.crosscheck.report;

import dev.crosscheck.extract.Extraction;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.normalise.Normaliser;
import java.util.List;

/**
 * The content of {@code claims/<source-id>.json}: one source's claims in text order.
 *
 * @param extractor the extraction version that produced them
 * @param contentHash the fingerprint of the source's text, metadata and the extractor and normaliser
 *     versions: while it matches, a check reuses these claims and expressions instead of reading the source again
 * @param expressions the dates and quantities found in the source's cleaned text, normalised against its
 *     publication date, each with the trace of the rule that resolved it
 */
public record ClaimsFile(String schema, String source, String extractor, String contentHash, List<Claim> claims,
    List<ExpressionJson> expressions) {
  /**
   * Version 3: each claim carries W3C Web Annotation selectors for its evidence (version 2: a claim's
   * {@code entity} is an entity id, no longer a name key).
   */
  public static final String SCHEMA = "crosscheck-claims/3";

  public ClaimsFile {
    claims = List.copyOf(claims);
    expressions = List.copyOf(expressions);
  }

  public static ClaimsFile of(String source, String contentHash, List<Claim> claims, List<ExpressionJson> expressions) {
    return new ClaimsFile(SCHEMA, source, Extraction.VERSION, contentHash, claims, expressions);
  }

  /** The fingerprint that decides whether a source must be read again. */
  public static String contentHash(Source source) {
    SourceMeta m = source.meta();
    return com.google.common.hash.Hashing.sha256().hashString(String.join("\u001f", SCHEMA, Extraction.VERSION,
        Normaliser.VERSION, m.id(), String.valueOf(m.title()), String.valueOf(m.outlet()), String.valueOf(m.url()),
        String.valueOf(m.published()), String.valueOf(m.estimated()), String.valueOf(m.basis()), source.text()),
        java.nio.charset.StandardCharsets.UTF_8).toString();
  }
}
