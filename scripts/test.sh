#!/usr/bin/env bash
# What `npm test` runs: a PostgreSQL server and chromium for the tests, the typecheck, then vitest.
# Arguments go to vitest (`npm test -- server/store`). The PostgreSQL tests are never skipped:
# if no server can be had, the run fails with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pg_out=$(bash scripts/ensure-postgres.sh); then
  echo "npm test: no PostgreSQL server for the tests (see the message above)." >&2
  exit 1
fi
TEST_DATABASE_URL=$(tail -n 1 <<<"$pg_out")
if [[ ! $TEST_DATABASE_URL =~ ^postgres(ql)?:// ]]; then
  echo "npm test: scripts/ensure-postgres.sh printed no connection URL (last line: '$TEST_DATABASE_URL')" >&2
  exit 1
fi
export TEST_DATABASE_URL

# The task pane's browser tests drive Debian's chromium; never skipped either.
if ! chromium_out=$(bash scripts/ensure-chromium.sh); then
  echo "npm test: no chromium for the task pane's browser tests (see the message above)." >&2
  exit 1
fi
CHROMIUM_PATH=$(tail -n 1 <<<"$chromium_out")
export CHROMIUM_PATH

npx tsc --noEmit
npx vitest run "$@"
