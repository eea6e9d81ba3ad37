package dev.eventline.system;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads: what is left of it once functions and aggregations,
 * keywords, label matchers, grouping labels, durations, numbers, strings and Grafana's {@code
 * $variables} are taken out. Enough for the expressions of deploy/, not a PromQL parser: promtool
 * checks that they parse.
 */
final class PromqlNames {
  /** Followed by a list of label names in parentheses, which are not metrics. */
  private static final Set<String> GROUPING =
      Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

  private static final Set<String> KEYWORDS =
      Set.of("bool", "offset", "and", "or", "unless", "atan2", "inf", "nan");

  private static final Pattern NAME_MATCHER =
      Pattern.compile("__name__\\s*=\\s*[\"'`]([a-zA-Z_:][a-zA-Z0-9_:]*)[\"'`]");

  private final String text;
  private final Set<String> names = new TreeSet<>();
  private int at;

  private PromqlNames(String text) {
    this.text = text;
  }

  /** The metric names {@code expression} reads, in alphabetical order. */
  static Set<String> in(String expression) {
    PromqlNames reader = new PromqlNames(expression);
    reader.read();
    return reader.names;
  }

  private void read() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"' || c == '\'' || c == '`') {
        at = afterString(at);
      } else if (c == '{') {
        int end = after(at, '{', '}');
        Matcher name = NAME_MATCHER.matcher(text.substring(at, end));
        if (name.find()) {
          names.add(name.group(1));
        }
        at = end;
      } else if (c == '[') {
        at = after(at, '[', ']'); // a range or a subquery: durations and variables
      } else if (c == '$') {
        at = afterVariable(at + 1);
      } else if (Character.isDigit(c) || c == '.') {
        at = afterWord(at); // a number or a duration: 0.99, 1e3, 15m, 1h30m
      } else if (Character.isLetter(c) || c == '_' || c == ':') {
        word();
      } else {
        at++;
      }
    }
  }

  private void word() {
    int start = at;
    at = afterWord(at);
    String word = text.substring(start, at);
    String keyword = word.toLowerCase(Locale.ROOT);
    if (GROUPING.contains(keyword)) {
      int next = skipSpaces(at);
      if (next < text.length() && text.charAt(next) == '(') {
        at = after(next, '(', ')');
      }
    } else if (!KEYWORDS.contains(keyword) && !calls(at)) {
      names.add(word);
    }
  }

  /**
   * A function or an aggregation is followed by its arguments, or an aggregation by its grouping
   * first ({@code sum by (topic) (...)}); a metric name never is.
   */
  private boolean calls(int from) {
    int next = skipSpaces(from);
    if (next < text.length() && text.charAt(next) == '(') {
      return true;
    }
    String following = text.substring(next, afterWord(next)).toLowerCase(Locale.ROOT);
    return following.equals("by") || following.equals("without");
  }

  private int afterWord(int from) {
    int i = from;
    while (i < text.length()
        && (Character.isLetterOrDigit(text.charAt(i)) || "_:.".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  private int afterVariable(int from) {
    return from < text.length() && text.charAt(from) == '{'
        ? after(from, '{', '}')
        : afterWord(from);
  }

  private int skipSpaces(int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Just after the bracket that closes the one at {@code open}, strings inside skipped. */
  private int after(int open, char opening, char closing) {
    int depth = 0;
    int i = open;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = afterString(i);
        continue;
      }
      if (c == opening) {
        depth++;
      } else if (c == closing && --depth == 0) {
        return i + 1;
      }
      i++;
    }
    return i;
  }

  private int afterString(int open) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' && quote != '`' ? 2 : 1;
    }
    return i + 1;
  }
}
