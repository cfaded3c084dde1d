package dev.crosscheck.model;

import java.util.Objects;

/** A source as it was read from the workspace: metadata and the text exactly as stored. */
public record Source(SourceMeta meta, String text) {
  public Source {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
  }

  public String id() {
    return meta.id();
  }
}
