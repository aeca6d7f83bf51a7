#!/usr/bin/env bash
# The load benchmark with the bot in its own process(es), so that its CPU and memory are its own: starts N instances
# of the Release build on one fresh SQLite file, waits until they are ready, drives them with bench/WsisBot.LoadBench
# (--url/--pid; Direct Line unless --channel connector), then stops them. Extra arguments go to the load bench.
#   bench/load.sh [--instances N] [--channel directline|connector] [--conversations 50 --seconds 20 …]
# Environment variables given to this script (DOTNET_gcServer=0, …) reach the bot processes.
set -euo pipefail
cd "$(dirname "$0")/.."

instances=1
if [ "${1:-}" = "--instances" ]; then instances=$2; shift 2; fi

dotnet build src/Bot -c Release -nologo -v quiet >/dev/null
dotnet build bench/WsisBot.LoadBench -c Release -nologo -v quiet >/dev/null

work=$(mktemp -d)
pids=(); urls=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap stop EXIT

for i in $(seq 1 "$instances"); do
  port=$((5400 + i))
  ConnectionStrings__WsisBot="Data Source=$work/wsisbot.db" \
  Clock__Now=2026-03-03T09:00:00Z \
  DirectLine__ActivitiesPerSecondPerConversation=1000 \
  DirectLine__ActivityBurstPerConversation=1000 \
  DirectLine__RequestsPerSecondPerClient=100000 \
  RateLimits__ConversationTurnsPerSecond=1000 RateLimits__ConversationBurst=1000 \
  RateLimits__ClientRequestsPerSecond=100000 RateLimits__ClientBurst=100000 \
  Logging__LogLevel__Default=Error \
    dotnet src/Bot/bin/Release/net10.0/WsisBot.Bot.dll --contentRoot "$PWD/src/Bot" --urls "http://127.0.0.1:$port" >"$work/bot$i.log" 2>&1 &
  pids+=($!); urls+=("http://127.0.0.1:$port")
  # One at a time: the first creates the database.
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
    sleep 0.5
  done
done

echo "idle working set: $(for p in "${pids[@]}"; do awk '/VmRSS/ {printf "%d MiB ", $2/1024}' /proc/$p/status; done)"
dotnet bench/WsisBot.LoadBench/bin/Release/net10.0/WsisBot.LoadBench.dll \
  --url "$(IFS=,; echo "${urls[*]}")" --pid "$(IFS=,; echo "${pids[*]}")" --database "$work/wsisbot.db" "$@"
