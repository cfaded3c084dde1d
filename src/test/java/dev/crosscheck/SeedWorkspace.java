package dev.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A workspace made of copies of the seed sources, and what a check wrote into it, for tests of re-checks. */
public final class SeedWorkspace {
  private SeedWorkspace() {}

  /** Copies every file of {@code from} into {@code to} (made if missing). */
  public static void copySources(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  /** The repository's seed sources, copied into {@code dir}/sources. */
  public static void copySeeds(Path dir) throws IOException {
    copySources(Path.of("sources"), dir.resolve("sources"));
  }

  /** Every file of {@code claims/} and {@code reports/}, by folder and name. */
  public static Map<String, String> outputs(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String folder : new String[] {"claims", "reports"}) {
      try (Stream<Path> files = Files.list(dir.resolve(folder))) {
        for (Path f : files.toList()) {
          out.put(folder + "/" + f.getFileName(), Files.readString(f));
        }
      }
    }
    return out;
  }
}
