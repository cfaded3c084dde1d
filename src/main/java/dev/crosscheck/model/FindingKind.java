package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a finding says about the claims it groups, in the order reports show them. */
public enum FindingKind {
  CONTRADICTION("contradiction"),
  QUOTE_MISMATCH("quote-mismatch"),
  UPDATE("update"),
  AGREEMENT("agreement");

  private final String label;

  FindingKind(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public static FindingKind fromLabel(String label) {
    for (FindingKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown finding kind '" + label + "'");
  }
}
