package dev.crosscheck.cli;

import dev.crosscheck.model.Words;
import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.store.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists the sources: id, outlet, publication date, words, claims (as of the last check; - when "
        + "not checked since it changed) and how many cleaning notes each has.")
final class SourcesCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = new Workspace(workspace.path());
    List<Source> sources = SourceFiles.readAll(ws.sources());
    Map<String, ClaimsFile> checked = ws.previousClaims();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "OUTLET", "PUBLISHED", "WORDS", "CLAIMS", "NOTES"});
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      Article a = Cleaner.clean(source);
      SourceMeta m = a.meta();
      String date = m.published() == null ? "-" : m.published() + (m.estimated() ? " (estimated)" : "");
      ClaimsFile last = checked.get(source.id());
      String claims = last != null && last.contentHash().equals(ClaimsFile.contentHash(source))
          ? String.valueOf(last.claims().size()) : "-";
      rows.add(new String[] {a.id(), Objects.requireNonNullElse(m.outlet(), "-"), date,
          String.valueOf(Words.count(a.text())), claims, String.valueOf(a.notes().size())});
    }
    List<String[]> articles = rows.subList(1, rows.size());
    PrintWriter out = spec.commandLine().getOut();
    print(rows, out);
    out.printf("%d source%s%n", articles.size(), articles.size() == 1 ? "" : "s");
    out.flush();
    return Main.OK;
  }

  /** Left-aligned text columns, right-aligned number columns (the last three). */
  private static void print(List<String[]> rows, PrintWriter out) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i >= row.length - 3 ? pad + cell : cell + pad).append(i < row.length - 1 ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
