package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CrossCheck;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportTest {
  private static Report check(String a, String b) {
    return CrossCheck.check(List.of(new Source(SourceMeta.bare("a"), a), new Source(SourceMeta.bare("b"), b))).report();
  }

  @Test
  void oneRowPerFindingThatASpreadsheetReadsBackCellForCell() throws IOException {
    String a = "Former Mayor Ana Silva said, \"We will build, \"\"quoted\"\", and\nnever stop.\"\n";
    Report report = check(a, "Mayor Ana Silva spoke on Monday.");
    String csv = CsvReport.render(report);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(csv)).getRecords();
    assertThat(rows).hasSize(report.findings().size()).isNotEmpty();
    CSVRecord row = rows.get(0);
    assertThat(row.get("kind")).isEqualTo("contradiction");
    assertThat(row.get("review")).isEqualTo("open");
    assertThat(row.get("values")).isEqualTo("current | former");
    assertThat(row.get("side 1 source")).isEqualTo("a");
    assertThat(row.get("side 1 evidence")).isEqualTo(report.findings().get(0).claims().get(0).evidence());
    assertThat(csv).contains("\r\n");
  }

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsText() throws IOException {
    Report report = check("=HYPERLINK(\"http://evil\") Former Mayor Ana Silva spoke.",
        "@SUM(1) Mayor Ana Silva spoke on Monday.");
    String csv = CsvReport.render(report);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(csv)).getRecords();
    assertThat(rows.get(0).get("side 1 evidence")).startsWith("'=HYPERLINK(");
    assertThat(rows.get(0).get("side 2 evidence")).startsWith("'@SUM(1)");
    for (String cell : List.of("-1", "+1", "=1", "@a", "\tx")) {
      assertThat(CsvReport.inert(cell)).startsWith("'");
    }
    assertThat(CsvReport.inert("Mayor")).isEqualTo("Mayor");
  }
}
