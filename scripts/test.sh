#!/usr/bin/env bash
# The README's test command: build (a type check too), then the whole jest suite on SQLite,
# then again on MySQL/MariaDB when MYSQL_URL is set. Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
# The type check covers the tests too; the build (what npm start and the image run) leaves them out.
npm run typecheck --silent && npm run build --silent || { echo "build failed"; echo "total: 0 passed, 1 failed"; exit 1; }
out=$(mktemp -d)
status=0
run_leg() {
  local leg=$1; shift
  echo "=== $leg leg ==="
  env "$@" npx jest --json --outputFile="$out/$leg.json" "${JEST_ARGS[@]}" || status=1
}
JEST_ARGS=("$@")
run_leg sqlite -u MYSQL_URL
if [ -n "${MYSQL_URL:-}" ]; then
  run_leg mysql MYSQL_URL="$MYSQL_URL"
else
  echo "(MYSQL_URL is not set: the MySQL leg was not run)"
fi
node -e '
  const fs = require("fs"); let p = 0, f = 0;
  for (const leg of ["sqlite", "mysql"]) {
    const file = process.argv[1] + "/" + leg + ".json";
    if (!fs.existsSync(file)) continue;
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const failedSuites = r.numRuntimeErrorTestSuites || 0;
    console.log(leg + ": " + r.numPassedTests + " passed, " + (r.numFailedTests + failedSuites) + " failed");
    p += r.numPassedTests; f += r.numFailedTests + failedSuites;
  }
  console.log("total: " + p + " passed, " + f + " failed");
' "$out"
rm -rf "$out"
exit $status
