package dev.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aNewFileIsReadableByOthersAndNoTempFileIsLeft() throws IOException {
    Path file = dir.resolve("claims").resolve("a.json");
    AtomicFiles.writeRegenerable(file, "{}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(file)).isEqualTo("{}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.json");
    }
  }

  @Test
  void aReplacedFileKeepsItsOwnPermissions() throws IOException {
    Path file = dir.resolve("reviews.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
  }

  @Test
  void anUnchangedFileIsNotWrittenAgain() throws IOException {
    Path file = dir.resolve("report.md");
    byte[] content = "# Report\n".getBytes(StandardCharsets.UTF_8);
    assertThat(AtomicFiles.writeIfChanged(file, content)).isTrue();
    Object inode = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    assertThat(AtomicFiles.writeIfChanged(file, content)).isFalse();
    assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(inode);
    assertThat(AtomicFiles.writeIfChanged(file, "# Other\n".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(Files.readString(file)).isEqualTo("# Other\n");
  }
}
