package dev.crosscheck.extract;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Segmented;
import java.util.List;

/**
 * Reads one kind of claim from a segmented article. Implementations are pure and independent: a new claim
 * kind is a new implementation listed in {@link Extraction#EXTRACTORS}. Ids are assigned afterwards by
 * {@link Extraction}, so an extractor may leave them empty.
 */
public interface ClaimExtractor {
  /** The claim kind this extractor produces, e.g. {@code role}. */
  String kind();

  List<Claim> extract(Reading reading);
}
