package dev.crosscheck.report;

import dev.crosscheck.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The four report files a check writes, by name, each rendered when asked for (the longest first). */
public final class ReportFiles {
  private ReportFiles() {}

  public static Map<String, Supplier<byte[]>> of(Report report) {
    Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
    files.put("report.html", () -> utf8(HtmlReport.render(report)));
    files.put("report.md", () -> utf8(MarkdownReport.render(report)));
    files.put("report.json", () -> Json.prettyBytes(report));
    files.put("report.csv", () -> utf8(CsvReport.render(report)));
    return files;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
