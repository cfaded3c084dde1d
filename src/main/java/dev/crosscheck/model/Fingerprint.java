package dev.crosscheck.model;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Short stable ids made from facts: the same facts give the same id on every machine and run. */
public final class Fingerprint {
  private Fingerprint() {}

  /** The first 12 hex digits of the SHA-256 of the parts joined by a separator no part contains. */
  public static String of(String... parts) {
    String joined = String.join("\u001f", parts);
    return Hashing.sha256().hashString(joined, StandardCharsets.UTF_8).toString().substring(0, 12);
  }
}
