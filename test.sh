#!/usr/bin/env bash
# Runs every test of WsisBot on a fresh machine: installs what the tests need first
# (npm packages for the web chat page, Debian's chromium for browser tests, maildev for e-mail tests, axe-core
# for the accessibility audits).
set -euo pipefail
cd "$(dirname "$0")"

# tests/tools: maildev (the real SMTP server the escalation tests send to), adaptivecards, axe-core; again when the lock changed.
if [ ! -f tests/tools/node_modules/.package-lock.json ] || [ tests/tools/package-lock.json -nt tests/tools/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
fi

dotnet tool restore >/dev/null
if [ ! -x /usr/bin/chromium ]; then
  # The browser tests drive Debian's Chromium (Playwright cannot download a browser here).
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
dotnet build WsisBot.sln -c Release -warnaserror -nologo -v quiet

results=$(mktemp -d)
status=0
run_tests() { dotnet test "$@" -c Release --no-build --nologo --logger "trx" --results-directory "$results" || status=$?; }
# The browser tests run after the others, not beside them: Chromium, five bots and the other assemblies' bots
# sharing 2 cores once made a page load outlast its timeout.
run_tests WsisBot.sln --filter "FullyQualifiedName!~WsisBot.Browser.Tests"
run_tests tests/WsisBot.Browser.Tests

# The evaluation set through the whole bot over HTTP; exits non-zero when a target is missed.
dotnet run --project tests/WsisBot.Evaluation -c Release --no-build || status=$?

# One closing line any CI reads: "N passed, N failed".
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters"); f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then status=1; fi
exit "$status"
