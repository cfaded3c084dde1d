package dev.crosscheck.normalise;

import java.util.Locale;

/** What kind of value an expression carries; dates to sets are TIMEX3 strings, the rest are numbers. */
public enum ExpressionType {
  DATE,
  DURATION,
  SET,
  TIME,
  PERCENT,
  MONEY,
  NUMBER;

  /** The lower-case name used in JSON output ("date", "money"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isTemporal() {
    return this == DATE || this == DURATION || this == SET || this == TIME;
  }
}
