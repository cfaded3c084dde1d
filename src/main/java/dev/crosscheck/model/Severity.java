package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding deserves an editor's attention. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
