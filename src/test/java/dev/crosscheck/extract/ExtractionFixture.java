package dev.crosscheck.extract;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.normalise.Normaliser;
import dev.crosscheck.segment.Segmenter;
import java.time.LocalDate;
import java.util.List;

/** Runs one extractor over a text built by hand, as the pipeline would. */
final class ExtractionFixture {
  private ExtractionFixture() {}

  static List<Claim> extract(ClaimExtractor extractor, String text) {
    return extract(extractor, text, SourceMeta.bare("s"));
  }

  /** The same, for a source published on {@code published}, so relative dates resolve. */
  static List<Claim> extract(ClaimExtractor extractor, String text, LocalDate published) {
    return extract(extractor, text, new SourceMeta("s", null, null, null, published, false, null));
  }

  private static List<Claim> extract(ClaimExtractor extractor, String text, SourceMeta meta) {
    Segmented article = Segmenter.segment(Cleaner.clean(new Source(meta, text)));
    return extractor.extract(new Reading(article, Normaliser.find(article.text(), meta.reference())));
  }

  /** The extractor's claims with attribution and modality set, as {@link Extraction} gives them. */
  static List<Claim> extractWithStance(ClaimExtractor extractor, String text, LocalDate published) {
    SourceMeta meta = new SourceMeta("s", null, null, null, published, false, null);
    Segmented article = Segmenter.segment(Cleaner.clean(new Source(meta, text)));
    return extractor.extract(new Reading(article, Normaliser.find(article.text(), meta.reference()))).stream()
        .map(c -> Stance.of(c, article)).toList();
  }
}
