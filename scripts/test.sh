#!/usr/bin/env bash
# The README's test command: build (a type check too), then the whole jest suite on SQLite,
# then again on MySQL/MariaDB when MYSQL_URL is set. Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
# The type check covers the tests too; the build (what npm start and the image run) leaves them out.
npm run typecheck --silent && npm run build --silent || { echo "build failed"; echo "total: 0 passed, 1 failed"; exit 1; }
out=$(mktemp -d)
status=0
# Tests run in a random order within each file, so a test that leans on another's leftovers fails.
# The seed is printed; JEST_SEED=<seed> npm test replays that order on both legs.
seed=${JEST_SEED:-$(( (RANDOM << 15 | RANDOM) % 2147483647 ))}
echo "jest --randomize --seed=$seed (replay: JEST_SEED=$seed npm test)"
run_leg() {
  local leg=$1; shift
  echo "=== $leg leg (seed $seed) ==="
  env "$@" npx jest --randomize --seed="$seed" --json --outputFile="$out/$leg.json" "${JEST_ARGS[@]}" || status=1
}
JEST_ARGS=("$@")
run_leg sqlite -u MYSQL_URL
if [ -n "${MYSQL_URL:-}" ]; then
  run_leg mysql MYSQL_URL="$MYSQL_URL"
else
  echo "(MYSQL_URL is not set: the MySQL leg was not run)"
fi
echo "seed: $seed"
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
