package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.BadInputException;
import dev.crosscheck.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTextAndSidecarSortedById() throws IOException {
    write("b.txt", "Second article.");
    write("a.md", "First article.");
    write("a.meta.json", "{\"title\": \"T\", \"outlet\": \"O\", \"published\": \"2025-05-02\", \"estimated\": true, \"basis\": \"why\"}");
    List<Source> sources = SourceFiles.readAll(dir);
    assertThat(sources).extracting(Source::id).containsExactly("a", "b");
    assertThat(sources.get(0).meta().published()).isEqualTo(LocalDate.of(2025, 5, 2));
    assertThat(sources.get(0).meta().estimated()).isTrue();
    assertThat(sources.get(1).meta().published()).isNull();
  }

  @Test
  void dropsAByteOrderMark() throws IOException {
    write("a.txt", "\uFEFFText.");
    assertThat(SourceFiles.readAll(dir).get(0).text()).isEqualTo("Text.");
  }

  @Test
  void refusesWhatItCannotRead() throws IOException {
    expect("empty.txt", new byte[0], "empty.txt: empty file");
    expect("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8), "blank.txt: file holds only white space");
    expect("bin.txt", new byte[] {'a', 0, 'b'}, "bin.txt: binary file");
    expect("latin.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9}, "latin.txt: not valid UTF-8 text");
    expect("wide.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, "wide.txt: UTF-16 text");
  }

  private void expect(String name, byte[] bytes, String message) throws IOException {
    Path file = write(name, bytes);
    assertThatThrownBy(() -> SourceFiles.read(dir, file)).isInstanceOf(BadInputException.class)
        .hasMessageContaining(message);
    Files.delete(file);
  }

  @Test
  void refusesBadMetadataNamingTheFile() throws IOException {
    write("a.txt", "Text.");
    String[][] cases = {
        {"{", "a.meta.json: malformed JSON"},
        {"[]", "a.meta.json: metadata must be a JSON object"},
        {"{\"published\": 2025}", "a.meta.json: published must be a string"},
        {"{\"published\": \"2025-02-30\"}", "a.meta.json: published '2025-02-30' is not a date"},
        {"{\"published\": \"20025-01-01\"}", "a.meta.json: published '20025-01-01' is not a date"},
        {"{\"estimated\": \"yes\", \"published\": \"2025-01-01\"}", "a.meta.json: estimated must be true or false"},
        {"{\"estimated\": true}", "a.meta.json: estimated is true but no published date is given"},
        {"{\"publisher\": \"x\"}", "a.meta.json: unknown field 'publisher'"},
    };
    for (String[] c : cases) {
      write("a.meta.json", c[0]);
      assertThatThrownBy(() -> SourceFiles.readAll(dir)).as(c[0]).isInstanceOf(BadInputException.class)
          .hasMessageContaining(c[1]);
    }
  }

  @Test
  void refusesUnsafeIdsAndLinksOutOfTheFolder() throws IOException {
    write("con.txt", "Text.");
    assertThatThrownBy(() -> SourceFiles.readAll(dir)).hasMessageContaining("reserved device name");
    Files.delete(dir.resolve("con.txt"));
    Path outside = Files.createTempFile("outside", ".txt");
    Files.writeString(outside, "Secret.");
    Files.createSymbolicLink(dir.resolve("link.txt"), outside);
    assertThatThrownBy(() -> SourceFiles.readAll(dir)).hasMessageContaining("link.txt: symbolic link points outside");
    Files.delete(outside);
  }

  @Test
  void aMissingFolderIsOneClearError() {
    assertThatThrownBy(() -> SourceFiles.readAll(dir.resolve("nope")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("nope: no sources folder");
  }
}
