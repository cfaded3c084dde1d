package dev.crosscheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bad inputs that cannot be committed: too large, links, pipes, and names some systems cannot check out
 * (CON, a backslash). Made the same way on every run.
 */
final class BadInputs {
  private static final String[] WORDS = ("the harbour workers of Halifax met Prime Minister Mark Carney with the port "
      + "authority about 25 percent of the $60 billion in trade, and said on Tuesday May 6 that they would").split(" ");

  private BadInputs() {}

  static void generate(String name, Path ws, Path in, Path outside) throws IOException {
    Path sources = ws.resolve("sources");
    switch (name) {
      case "huge-article" -> prose(sources.resolve("huge.txt"), 50_000_000, true);
      case "huge-article-add" -> prose(in.resolve("huge.txt"), 50_000_000, true);
      case "long-line" -> prose(sources.resolve("line.txt"), 2_000_000, false);
      case "commas" -> Files.writeString(sources.resolve("ports.txt"),
          "The ports that reopened are " + "Halifax, ".repeat(10_000) + "and Saint John.\n");
      case "nested-html" -> nestedPage(in.resolve("page.html"), 20_000);
      case "page-too-many-elements" -> nestedPage(in.resolve("page.html"), 100_000);
      case "id-backslash" -> Files.writeString(sources.resolve("a\\b.txt"), "The harbour reopened on Monday.\n");
      case "reserved-con" -> Files.writeString(sources.resolve("CON.txt"), "The harbour reopened on Monday.\n");
      case "reserved-nul" -> Files.writeString(sources.resolve("nul.md"), "The harbour reopened on Monday.\n");
      case "reserved-com1" -> Files.writeString(sources.resolve("COM1.txt"), "The harbour reopened on Monday.\n");
      case "symlink-outside" -> Files.createSymbolicLink(sources.resolve("link.txt"),
          Files.writeString(outside.resolve("secret.txt"), "Private notes, not an article.\n"));
      case "symlink-meta-outside" -> {
        Files.delete(sources.resolve("good.meta.json"));
        Files.createSymbolicLink(sources.resolve("good.meta.json"),
            Files.writeString(outside.resolve("meta.json"), "{\"title\": \"Someone else's file\"}\n"));
      }
      case "named-pipe" -> mkfifo(sources.resolve("pipe.txt"));
      case "folder-as-source" -> Files.createDirectories(sources.resolve("folder.txt"));
      default -> {
        // the case's committed folder holds all it needs
      }
    }
  }

  /** {@code bytes} of words, in sentences or as one line with no sentence end at all. */
  private static void prose(Path file, int bytes, boolean sentences) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      int written = 0;
      for (int i = 0; written < bytes - 1; i++) {
        String word = WORDS[(i * 7 + i / WORDS.length) % WORDS.length];
        String sep = sentences && i % 20 == 19 ? ". " : i % 9 == 8 ? ", " : " ";
        String piece = (word + sep).length() + written < bytes ? word + sep : "x".repeat(bytes - 1 - written);
        w.write(piece);
        written += piece.length();
      }
      w.write('\n');
    }
  }

  /** A page whose article sits inside {@code depth} nested elements. */
  private static void nestedPage(Path file, int depth) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<!DOCTYPE html><html><head><title>Harbour reopens after strike</title></head><body>");
      for (int i = 0; i < depth; i++) {
        w.write("<div>");
      }
      for (int p = 0; p < 3; p++) {
        w.write("<p>The harbour reopened on Monday after a strike of twelve days, the port authority said in a "
            + "statement, and the first ships were unloaded within hours of the agreement being signed.</p>");
      }
      for (int i = 0; i < depth; i++) {
        w.write("</div>");
      }
      w.write("</body></html>\n");
    }
  }

  private static void mkfifo(Path path) throws IOException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException("mkfifo failed for " + path);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
