package dev.crosscheck.cli;

import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.store.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists the sources: id, outlet, publication date, words, and how many cleaning notes each has.")
final class SourcesCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<Article> articles = SourceFiles.readAll(new Workspace(workspace.path()).sources()).stream()
        .map(Cleaner::clean)
        .sorted(Comparator.comparing(Article::id))
        .toList();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "OUTLET", "PUBLISHED", "WORDS", "NOTES"});
    for (Article a : articles) {
      SourceMeta m = a.meta();
      String date = m.published() == null ? "-" : m.published() + (m.estimated() ? " (estimated)" : "");
      rows.add(new String[] {a.id(), Objects.requireNonNullElse(m.outlet(), "-"), date,
          String.valueOf(AddCommand.words(a.text())), String.valueOf(a.notes().size())});
    }
    PrintWriter out = spec.commandLine().getOut();
    print(rows, out);
    out.printf("%d source%s%n", articles.size(), articles.size() == 1 ? "" : "s");
    out.flush();
    return Main.OK;
  }

  /** Left-aligned text columns, right-aligned number columns (the last two). */
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
        line.append(i >= row.length - 2 ? pad + cell : cell + pad).append(i < row.length - 1 ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
