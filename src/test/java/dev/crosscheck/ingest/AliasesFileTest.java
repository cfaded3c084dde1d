package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.BadInputException;
import dev.crosscheck.model.Aliases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasesFileTest {
  private static final Path FILE = Path.of("sources", "aliases.json");
  @TempDir Path dir;

  @Test
  void aValidFileGivesItsEntriesInOrder() {
    Aliases a = AliasesFile.parse(FILE, """
        {"aliases": [
          {"name": "USMCA", "kind": "agreement", "aliases": ["CUSMA", "T-MEC"]},
          {"name": "Ana Silva", "kind": "person", "aliases": ["the Iron Mayor"]}
        ]}
        """);
    assertThat(a.entries()).containsExactly(
        new Aliases.Entry("USMCA", "agreement", List.of("CUSMA", "T-MEC")),
        new Aliases.Entry("Ana Silva", "person", List.of("the Iron Mayor")));
  }

  @Test
  void noFileMeansNoAliasesAndTheSeedFileIsValid() throws IOException {
    assertThat(AliasesFile.read(dir)).isEqualTo(Aliases.NONE);
    assertThat(AliasesFile.read(Path.of("sources")).entries()).extracting(Aliases.Entry::name).contains("USMCA");
  }

  @Test
  void malformedJsonNamesTheFileAndThePlace() {
    assertThatThrownBy(() -> AliasesFile.parse(FILE, "{\"aliases\": [}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(FILE + ": malformed JSON at line 1");
  }

  @Test
  void wrongShapesAreRefusedWithWhatWasExpected() {
    assertThatThrownBy(() -> AliasesFile.parse(FILE, "[]")).hasMessageContaining("expected {\"aliases\"");
    assertThatThrownBy(() -> AliasesFile.parse(FILE, "{\"aliases\": [{\"name\": \"X\", \"kind\": \"thing\", \"aliases\": []}]}"))
        .hasMessageContaining("unknown entity kind 'thing'");
    assertThatThrownBy(() -> AliasesFile.parse(FILE, "{\"aliases\": [{\"name\": \"X\", \"kind\": \"place\", \"alias\": []}]}"))
        .hasMessageContaining("unknown field 'alias'");
    assertThatThrownBy(() -> AliasesFile.parse(FILE, "{\"aliases\": [{\"name\": \"\", \"kind\": \"place\", \"aliases\": []}]}"))
        .hasMessageContaining("entry 1 name must be a non-empty string");
  }

  @Test
  void anAliasClaimedByTwoEntitiesNamesBoth() {
    assertThatThrownBy(() -> AliasesFile.parse(FILE, """
        {"aliases": [
          {"name": "Ana Silva", "kind": "person", "aliases": ["the mayor"]},
          {"name": "Rui Costa", "kind": "person", "aliases": ["The Mayor"]}
        ]}
        """)).isInstanceOf(BadInputException.class)
        .hasMessage(FILE + ": alias 'The Mayor' is claimed by both 'Ana Silva' and 'Rui Costa'");
  }

  @Test
  void aCycleOfEntriesNamingEachOtherIsRefused() {
    assertThatThrownBy(() -> AliasesFile.parse(FILE, """
        {"aliases": [
          {"name": "USMCA", "kind": "agreement", "aliases": ["CUSMA"]},
          {"name": "CUSMA", "kind": "agreement", "aliases": ["USMCA"]}
        ]}
        """)).isInstanceOf(BadInputException.class)
        .hasMessage(FILE + ": alias cycle: USMCA → CUSMA → USMCA: an alias may not be another entry's name");
  }

  @Test
  void theAliasesFileIsNeverReadAsASource() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a.txt"), "Ana Silva spoke.");
    Files.writeString(dir.resolve("aliases.json"), "{\"aliases\": []}");
    assertThat(SourceFiles.readAll(dir)).extracting(s -> s.id()).containsExactly("a");
  }
}
