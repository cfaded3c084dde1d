package dev.crosscheck.report;

import static dev.crosscheck.report.SourceLabels.orDash;
import static dev.crosscheck.report.SourceLabels.published;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.CopiedPassage;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Note;
import dev.crosscheck.model.Entity;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.SourceSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The report as Markdown for a journalist to skim: contradictions first, each side quoted and attributed. */
public final class MarkdownReport {
  private static final Map<FindingKind, String> HEADINGS = Map.of(
      FindingKind.CONTRADICTION, "Contradictions",
      FindingKind.QUOTE_MISMATCH, "Quote mismatches",
      FindingKind.UPDATE, "Updates",
      FindingKind.AGREEMENT, "Agreements");

  private MarkdownReport() {}

  public static String render(Report report) {
    Map<String, SourceSummary> sources = report.sources().stream()
        .collect(Collectors.toMap(SourceSummary::id, Function.identity()));
    StringBuilder md = new StringBuilder();
    md.append("# Consistency report\n\n");
    md.append(report.sources().size()).append(" sources · ")
        .append(count(report, FindingKind.CONTRADICTION, "contradiction")).append(" · ")
        .append(count(report, FindingKind.QUOTE_MISMATCH, "quote mismatch")).append(" · ")
        .append(count(report, FindingKind.UPDATE, "update")).append(" · ")
        .append(count(report, FindingKind.AGREEMENT, "agreement")).append("\n\n");
    sourcesTable(md, report.sources());
    md.append("## Who is who\n\n").append(whoIsWho(report.entities())).append('\n');
    for (FindingKind kind : FindingKind.values()) {
      List<Finding> findings = report.findings().stream().filter(f -> f.kind() == kind && !dismissed(f)).toList();
      long dismissedOfKind = report.findings().stream().filter(f -> f.kind() == kind && dismissed(f)).count();
      md.append("## ").append(HEADINGS.get(kind)).append(" (").append(findings.size())
          .append(dismissedOfKind == 0 ? "" : "; " + dismissedOfKind + " dismissed, listed below").append(")\n\n");
      if (findings.isEmpty()) {
        md.append("None.\n\n");
      }
      int n = 1;
      for (Finding f : findings) {
        finding(md, n++, f, sources);
      }
    }
    MarkdownReviews.dismissedAndStale(md, report);
    if (!report.uncorroborated().isEmpty()) {
      md.append("## Uncorroborated\n\nClaims only one source makes (not findings): ");
      md.append(report.uncorroborated().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(", "))).append(".\n\n");
    }
    copiedPassages(md, report.copied());
    cleaningNotes(md, report.sources());
    return md.toString();
  }

  private static String count(Report report, FindingKind kind, String noun) {
    long n = report.count(kind);
    return n + " " + noun + (n == 1 ? "" : (noun.endsWith("h") ? "es" : "s"));
  }

  private static void sourcesTable(StringBuilder md, List<SourceSummary> sources) {
    md.append("## Sources\n\n| id | outlet | title | published | words | claims | reliability |\n"
        + "|---|---|---|---|---|---|---|\n");
    for (SourceSummary s : sources) {
      md.append("| ").append(cell(s.id())).append(" | ").append(cell(orDash(s.outlet()))).append(" | ")
          .append(cell(orDash(s.title()))).append(" | ").append(published(s)).append(" | ").append(s.words())
          .append(" | ").append(s.claims()).append(" | ").append(String.format(java.util.Locale.ROOT, "%.2f", s.reliability()))
          .append(" (").append(cell(s.reliabilityBasis())).append(") |\n");
    }
    md.append("\nReliability: how far independent sources bear out what each source says (truth discovery after "
        + "TruthFinder; copies vote once; 0.5 is neutral). It says which side of a disagreement is better supported "
        + "and never hides a finding.\n\n");
  }

  /** The entities as a Markdown table: id, kind, name, the other ways sources wrote it, and which sources did. */
  public static String whoIsWho(List<Entity> entities) {
    if (entities.isEmpty()) {
      return "None.\n";
    }
    StringBuilder md = new StringBuilder("| id | kind | name | also written | sources |\n|---|---|---|---|---|\n");
    for (Entity e : entities) {
      md.append("| `").append(code(e.id())).append("` | ").append(e.kind()).append(" | ").append(cell(e.name()))
          .append(" | ").append(cell(e.aliases().isEmpty() ? "—" : String.join("; ", e.aliases()))).append(" | ")
          .append(cell(String.join(", ", e.sources()))).append(" |\n");
    }
    return md.toString();
  }

  private static void finding(StringBuilder md, int n, Finding f, Map<String, SourceSummary> sources) {
    md.append("### ").append(n).append(". ").append(text(f.summary())).append("\n\n");
    md.append("`").append(f.id()).append("` · rule `").append(f.rule()).append("` · severity ")
        .append(f.severity().label()).append(" · confidence ").append(f.confidence()).append(" · compared: ")
        .append(f.values().stream().map(v -> "`" + code(v) + "`").collect(Collectors.joining(" vs "))).append("\n\n");
    md.append("Review: ").append(MarkdownReviews.status(f)).append("\n\n");
    for (String note : f.notes()) {
      md.append("*").append(text(note)).append(".*\n\n");
    }
    for (Cited c : f.claims()) {
      SourceSummary s = sources.get(c.source());
      md.append("- **").append(text(c.source())).append("**");
      if (s != null && (s.outlet() != null || s.published() != null)) {
        md.append(" (").append(text(orDash(s.outlet()))).append(", ").append(published(s)).append(")");
      }
      md.append(" → `").append(code(c.value())).append("`, chars ").append(c.start()).append("–").append(c.end())
          .append(":\n  > ").append(text(c.evidence()).replace("\n", "\n  > ")).append('\n');
    }
    md.append('\n');
  }

  private static boolean dismissed(Finding f) {
    return f.review().status() == dev.crosscheck.model.Review.Status.DISMISSED;
  }

  private static void copiedPassages(StringBuilder md, List<CopiedPassage> copied) {
    md.append("## Copied passages\n\nText two sources share beyond quoting the same words (claims in it count as one "
        + "voice): ");
    if (copied.isEmpty()) {
      md.append("none.\n\n");
      return;
    }
    md.append(copied.size()).append(".\n\n");
    for (CopiedPassage p : copied) {
      md.append("- **").append(text(p.sourceA())).append("** chars ").append(p.spanA().start()).append("–")
          .append(p.spanA().end()).append(" and **").append(text(p.sourceB())).append("** chars ")
          .append(p.spanB().start()).append("–").append(p.spanB().end()).append(", ").append(p.sharedWords())
          .append(" words shared:\n  > ").append(text(p.textA()).replace("\n", "\n  > ")).append("\n\n  > ")
          .append(text(p.textB()).replace("\n", "\n  > ")).append('\n');
    }
    md.append('\n');
  }

  private static void cleaningNotes(StringBuilder md, List<SourceSummary> sources) {
    md.append("## Cleaning notes\n\n");
    boolean any = false;
    for (SourceSummary s : sources) {
      for (Note note : s.notes()) {
        any = true;
        md.append("- ").append(text(s.id()));
        if (note.line() > 0) {
          md.append(" line ").append(note.line());
        }
        md.append(": ").append(text(note.message())).append('\n');
      }
    }
    md.append(any ? "\n" : "None.\n");
  }

  /** Source text shown as text: no HTML a Markdown viewer would render, no accidental emphasis or links. */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '*', '_', '`', '[', ']', '#', '|' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String cell(String s) {
    return text(s).replace("\n", " ");
  }

  static String code(String s) {
    return s.replace("`", "'").replace("\n", " ");
  }
}
