package dev.crosscheck.extract;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.segment.Segmenter;
import java.util.List;

/** Runs one extractor over a text built by hand, as the pipeline would. */
final class ExtractionFixture {
  private ExtractionFixture() {}

  static List<Claim> extract(ClaimExtractor extractor, String text) {
    return extractor.extract(Segmenter.segment(Cleaner.clean(new Source(SourceMeta.bare("s"), text))));
  }
}
