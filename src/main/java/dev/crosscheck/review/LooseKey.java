package dev.crosscheck.review;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Fingerprint;
import java.util.stream.Stream;

/**
 * A finding's identity without its sources or rule: kind, entity, slot and compared values. A finding whose id
 * changed because a source was added or removed keeps this key, so a decision made on the old id still applies.
 */
public final class LooseKey {
  private LooseKey() {}

  public static String of(Finding f) {
    return f.kind().label() + "~" + Fingerprint.of(Stream.concat(Stream.of(f.kind().label(), f.entity(), f.slot()),
        f.values().stream()).toArray(String[]::new));
  }
}
