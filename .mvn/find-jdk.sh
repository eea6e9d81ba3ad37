# Finds a JDK >= 21 and exports JAVA_HOME; sourced by ./mvnw, ./eventline and .ci/run (POSIX sh).
# Order: $JAVA_HOME, the java on $PATH, then the newest JDK in the system JVM directory
# (/usr/lib/jvm on Linux, /Library/Java/JavaVirtualMachines on macOS, or $EVENTLINE_JVM_DIR).
# When none fits it prints one line saying what to install and exits with status 1.

eventline_jdk_feature() {
  # Prints the feature version (17, 21, 25...) of the JDK at $1, or nothing when $1 is not a JDK.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
  fi
}

eventline_jdk_fits() {
  eventline_jdk_version=$(eventline_jdk_feature "$1")
  [ -n "$eventline_jdk_version" ] && [ "$eventline_jdk_version" -ge 21 ]
}

eventline_find_jdk() (
  set +f
  if [ -n "${JAVA_HOME-}" ] && eventline_jdk_fits "$JAVA_HOME"; then
    printf '%s\n' "$JAVA_HOME"
    return 0
  fi
  path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$path_java" ]; then
    path_home=$(dirname "$(dirname "$(readlink -f "$path_java")")")
    if eventline_jdk_fits "$path_home"; then
      printf '%s\n' "$path_home"
      return 0
    fi
  fi
  best_home=
  best_version=0
  if [ -n "${EVENTLINE_JVM_DIR-}" ]; then
    candidates="$EVENTLINE_JVM_DIR/*"
  else
    candidates="/usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home"
  fi
  # shellcheck disable=SC2086 # unquoted on purpose: the globs expand here
  for candidate in $candidates; do
    [ -d "$candidate" ] && [ ! -L "$candidate" ] || continue
    version=$(eventline_jdk_feature "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best_home=$candidate
      best_version=$version
    fi
  done
  [ -n "$best_home" ] || return 1
  printf '%s\n' "$best_home"
)

if EVENTLINE_JAVA_HOME=$(eventline_find_jdk); then
  JAVA_HOME=$EVENTLINE_JAVA_HOME
  export JAVA_HOME
else
  echo "eventline: no JDK 21 or newer found (checked JAVA_HOME, PATH and ${EVENTLINE_JVM_DIR:-the system JVM directory}); install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, and set JAVA_HOME." >&2
  exit 1
fi
