#!/usr/bin/env bash
# WsisBot beside the Bot Framework JS SDK's echo bot (bench/sdk-echo: botbuilder 4.23.3, CloudAdapter with auth off,
# a turn counter in ConversationState on MemoryStorage, express), under the same load, one after the other:
#  - WsisBot: the Release build of src/Bot in its own process on a fresh SQLite file, rate limits lifted, exactly as
#    bench/load.sh --channel connector starts it (a full knowledge turn; state, transcript and reply durable in SQLite);
#  - the SDK bot: node in its own process, on loopback, port from PORT;
#  - the load: bench/WsisBot.LoadBench in a third process, --channel connector --url --pid: N conversations POSTing
#    Bot Connector activities to /api/messages (the same questions, FR/EN rotating), replies POSTed by the bot to the
#    bench's loopback sink (serviceUrl). Latency is POST start → HTTP answer; both bots answer after their reply reached
#    the sink.
# Each bot is started just before its run and stopped after it. Prints bot | turns/s | p50 | p99 | CPU | peak memory
# and the ratio WsisBot/SDK.
#   bench/sdk-compare.sh [--conversations 50] [--warmup 20] [--seconds 15] [--sdk-first]
set -euo pipefail
cd "$(dirname "$0")/.."

conversations=50 warmup=20 seconds=15 order="wsisbot sdk"
while [ $# -gt 0 ]; do
  case $1 in
    --conversations) conversations=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --sdk-first) order="sdk wsisbot"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

[ -d bench/sdk-echo/node_modules/botbuilder ] || npm ci --prefix bench/sdk-echo --no-audit --no-fund
dotnet build src/Bot -c Release -nologo -v quiet >/dev/null
dotnet build bench/WsisBot.LoadBench -c Release -nologo -v quiet >/dev/null

work=$(mktemp -d)
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap 'stop; rm -rf "$work"' EXIT

# Waits until $1 answers (any HTTP status unless $2 = -f).
ready() {
  for _ in $(seq 1 120); do
    curl -s ${2:-} -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "not ready: $1" >&2; exit 1
}

start_wsisbot() {
  port=5401
  ConnectionStrings__WsisBot="Data Source=$work/wsisbot.db" \
  Clock__Now=2026-03-03T09:00:00Z \
  RateLimits__ConversationTurnsPerSecond=1000 RateLimits__ConversationBurst=1000 \
  RateLimits__ClientRequestsPerSecond=100000 RateLimits__ClientBurst=100000 \
  Logging__LogLevel__Default=Error \
    dotnet src/Bot/bin/Release/net10.0/WsisBot.Bot.dll --contentRoot "$PWD/src/Bot" --urls "http://127.0.0.1:$port" >"$work/wsisbot.log" 2>&1 &
  pid=$!
  ready "http://127.0.0.1:$port/healthz" -f
  database=(--database "$work/wsisbot.db")
}

start_sdk() {
  port=5402
  PORT=$port NODE_ENV=production node bench/sdk-echo/index.js >"$work/sdk.log" 2>&1 &
  pid=$!
  ready "http://127.0.0.1:$port/api/messages"
  database=()
}

for bot in $order; do
  "start_$bot"
  echo "== $bot (pid $pid, http://127.0.0.1:$port), idle working set $(awk '/VmRSS/ {printf "%d MiB", $2/1024}' /proc/$pid/status); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet bench/WsisBot.LoadBench/bin/Release/net10.0/WsisBot.LoadBench.dll --channel connector \
    --url "http://127.0.0.1:$port" --pid "$pid" "${database[@]}" \
    --conversations "$conversations" --warmup "$warmup" --seconds "$seconds" | tee "$work/$bot.txt"
  stop
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# One row from a LoadBench report.
row() {
  awk -v name="$1" '
    /^sustained/ { tps = $2 }
    /^latency/ { for (i = 1; i <= NF; i++) { if ($i == "p50") p50 = $(i + 1); if ($i == "p99") p99 = $(i + 1) } }
    /^errors/ { errors = $2 }
    /^CPU/ { cores = $3; perturn = $6; sub(/^\(/, "", perturn); clients = $13 }
    /^peak working set/ { peak = $4 " " $5 }
    END { printf "| %s | %s | %s ms | %s ms | %s cores (%s ms/turn) | %s cores | %s | %s |\n", name, tps, p50, p99, cores, perturn, clients, peak, errors }
  ' "$2"
}
value() { awk -v key="$2" '$1 == key { print $2 }' "$1"; }
p99() { grep -o 'p99 [0-9.]*' "$1" | cut -d' ' -f2; }

echo
echo "| bot | turns/s | p50 | p99 | bot CPU | load generator CPU | peak working set | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
row "WsisBot (knowledge turn, SQLite)" "$work/wsisbot.txt"
row "SDK echo bot (botbuilder 4.23.3, MemoryStorage)" "$work/sdk.txt"
awk -v w="$(value "$work/wsisbot.txt" sustained)" -v s="$(value "$work/sdk.txt" sustained)" \
    -v wp="$(p99 "$work/wsisbot.txt")" -v sp="$(p99 "$work/sdk.txt")" \
  'BEGIN { printf "\nWsisBot/SDK: %.2f× the turns/s; p99 %s ms against %s ms (%s)\n", w / s, wp, sp, (wp + 0 < sp + 0 ? "WsisBot lower" : "WsisBot not lower") }'
