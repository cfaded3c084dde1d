package dev.crosscheck.normalise.conformance;

import java.util.ArrayList;
import java.util.List;

/** Pass/fail counts of one conformance suite; out-of-scope cases are counted apart, never as passes. */
final class Tally {
  private final String suite;
  private int passed;
  private int failed;
  private int outOfScope;
  private final List<String> failures = new ArrayList<>();

  Tally(String suite) {
    this.suite = suite;
  }

  void outOfScope() {
    outOfScope++;
  }

  void record(boolean pass, String input, String detail) {
    if (pass) {
      passed++;
    } else {
      failed++;
      failures.add(input + "  ->  " + detail);
    }
  }

  double rate() {
    int inScope = passed + failed;
    return inScope == 0 ? 0 : (double) passed / inScope;
  }

  List<String> failures() {
    return failures;
  }

  String summary() {
    return String.format(java.util.Locale.ROOT, "%s: %d/%d in scope passed (%.1f%%), %d out of scope",
        suite, passed, passed + failed, 100 * rate(), outOfScope);
  }
}
