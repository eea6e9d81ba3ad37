package dev.eventline.cli.status;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a status frame: a title beside its column headers, then rows, each a label (under the
 * title), cells (under the headers) and perhaps a note after them; or a title and one sentence.
 */
final class Section {
  private static final String INDENT = "  ";
  private static final String GAP = "   ";

  private final String title;
  private final List<String> headers;
  private final List<Row> rows = new ArrayList<>();

  private record Row(String label, List<String> cells, String note) {}

  private Section(String title, List<String> headers) {
    this.title = title;
    this.headers = headers;
  }

  static Section table(String title, String... headers) {
    return new Section(title, List.of(headers));
  }

  /** A section that is its title and {@code sentence}, on one line. */
  static Section saying(String title, String sentence) {
    return new Section(title, List.of(sentence));
  }

  Section row(String label, List<String> cells) {
    return row(label, cells, "");
  }

  Section row(String label, List<String> cells, String note) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.size() + " cells under " + headers.size() + " headers");
    }
    rows.add(new Row(label, List.copyOf(cells), note));
    return this;
  }

  /** How wide the label column must be for this section's title and labels. */
  int labelWidth() {
    int width = title.length();
    for (Row row : rows) {
      width = Math.max(width, INDENT.length() + row.label().length());
    }
    return width;
  }

  void print(StringBuilder out, int labelWidth) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (Row row : rows) {
        widths[i] = Math.max(widths[i], row.cells().get(i).length());
      }
    }
    line(out, pad(title, labelWidth), headers, widths, "");
    for (Row row : rows) {
      line(out, pad(INDENT + row.label(), labelWidth), row.cells(), widths, row.note());
    }
  }

  private static void line(
      StringBuilder out, String label, List<String> cells, int[] widths, String note) {
    StringBuilder line = new StringBuilder(label);
    for (int i = 0; i < cells.size(); i++) {
      line.append(GAP).append(pad(cells.get(i), widths[i]));
    }
    if (!note.isEmpty()) {
      line.append(GAP).append(note);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
