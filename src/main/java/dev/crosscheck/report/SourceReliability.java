package dev.crosscheck.report;

import dev.crosscheck.model.SourceSummary;
import java.lang.reflect.RecordComponent;
import org.jspecify.annotations.Nullable;

/**
 * RELIABILITY: a source's reliability as the report shows it, once {@link SourceSummary} has a
 * {@code reliability} component (being added in parallel). Until then there is none and the column is not shown.
 * After the merge, replace the lookup below with a plain call to {@code s.reliability()}.
 */
final class SourceReliability {
  private static final @Nullable RecordComponent COMPONENT = find();

  private SourceReliability() {}

  static @Nullable String of(SourceSummary s) {
    if (COMPONENT == null) {
      return null;
    }
    try {
      Object value = COMPONENT.getAccessor().invoke(s);
      return value == null ? null : value.toString();
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static @Nullable RecordComponent find() {
    for (RecordComponent c : SourceSummary.class.getRecordComponents()) {
      if (c.getName().equals("reliability")) {
        return c;
      }
    }
    return null;
  }
}
