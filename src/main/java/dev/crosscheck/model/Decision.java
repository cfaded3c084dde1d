package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a reviewer decided about a finding: it stands (confirmed) or it does not (dismissed). */
public enum Decision {
  CONFIRMED("confirmed"),
  DISMISSED("dismissed");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  @JsonCreator
  public static Decision fromLabel(String label) {
    for (Decision d : values()) {
      if (d.label.equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown decision '" + label + "' (confirmed or dismissed)");
  }
}
