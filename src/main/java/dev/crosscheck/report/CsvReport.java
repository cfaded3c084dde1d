package dev.crosscheck.report;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Review;
import dev.crosscheck.model.ReviewDecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV for a spreadsheet: one row per finding (RFC 4180), then one per stale review decision.
 * Each side of the evidence gets its own columns, as many sides as the widest finding has.
 */
public final class CsvReport {
  private static final List<String> COLUMNS = List.of("id", "kind", "rule", "severity", "confidence", "entity", "slot",
      "values", "sources", "summary", "review", "reviewer", "reviewed at", "note");
  private static final List<String> SIDE = List.of("source", "value", "start", "end", "evidence");

  private CsvReport() {}

  public static String render(Report report) {
    int sides = report.findings().stream().mapToInt(f -> f.claims().size()).max().orElse(0);
    List<String> header = new ArrayList<>(COLUMNS);
    for (int i = 1; i <= sides; i++) {
      for (String column : SIDE) {
        header.add("side " + i + " " + column);
      }
    }
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      printer.printRecord(header);
      for (Finding f : report.findings()) {
        printer.printRecord(row(f));
      }
      for (ReviewDecision d : report.staleReviews()) {
        printer.printRecord(cells(d.finding(), "", "", "", "", "", "", "", "",
            "a decision on a finding no source supports any more", "stale (" + d.decision().label() + ")",
            d.reviewer(), d.at(), d.note()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  private static List<String> row(Finding f) {
    Review r = f.review();
    ReviewDecision d = r.decision();
    List<String> row = new ArrayList<>(cells(f.id(), f.kind().label(), f.rule(), f.severity().label(),
        String.valueOf(f.confidence()), f.entity(), f.slot(), String.join(" | ", f.values()), String.join(" ", f.sources()),
        f.summary(), r.status().label(), d == null ? "" : d.reviewer(), d == null ? "" : d.at(), d == null ? "" : d.note()));
    for (Cited c : f.claims()) {
      row.addAll(cells(c.source(), c.value(), String.valueOf(c.start()), String.valueOf(c.end()), c.evidence()));
    }
    return row;
  }

  private static List<String> cells(String... values) {
    return java.util.Arrays.stream(values).map(CsvReport::inert).toList();
  }

  /** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with a quote: text. */
  static String inert(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
