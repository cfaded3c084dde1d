package dev.crosscheck;

import dev.crosscheck.model.Segmented;
import dev.crosscheck.resolve.Mention;
import java.util.List;
import java.util.Objects;

/**
 * What the per-source stages before extraction made of one source: its cleaned and segmented text and the
 * mentions entity resolution found in it. All of it depends only on the source (its text and metadata, named
 * by {@code contentHash}), the code and the user's aliases, so a later check may reuse it for an unchanged source.
 */
public record PreparedSource(String contentHash, Segmented segmented, List<Mention> mentions) {
  /** Bump when cleaning, segmentation or mention finding changes what they produce: cached results are dropped. */
  public static final String VERSION = "1";

  public PreparedSource {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(segmented, "segmented");
    mentions = List.copyOf(mentions);
    for (Mention m : mentions) {
      if (!m.source().equals(segmented.id())) {
        throw new IllegalArgumentException("mention of " + m.source() + " kept with source " + segmented.id());
      }
    }
  }
}
