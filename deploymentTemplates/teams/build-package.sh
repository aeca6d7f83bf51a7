#!/usr/bin/env bash
# Builds the Microsoft Teams app package (a zip to upload in the Teams admin center or the Developer Portal).
#
#   deploymentTemplates/teams/build-package.sh <botAppId> <botHostName> [out.zip]
#
# botAppId     the bot's Microsoft App Id (MicrosoftAppId; output botAppId of the Bicep deployment);
#              it becomes both the Teams app id and bots[0].botId.
# botHostName  the Web App's host name (output webAppHostName), added to validDomains.
# out.zip      default: artifacts/teams/wsisbot-teams.zip under the repository root.
#
# Substitutes {{MICROSOFT_APP_ID}} and {{BOT_HOST_NAME}} in manifest.json and zips it with the icons and the
# French strings at the zip's root. The zip is byte-for-byte reproducible (sorted entries, fixed timestamps).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
usage() { echo "usage: $0 <botAppId> <botHostName> [out.zip]" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage

app_id="$1"
host="$2"
out="${3:-$here/../../artifacts/teams/wsisbot-teams.zip}"

if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "botAppId must be a GUID, not '$app_id'." >&2; exit 2
fi
if ! [[ "$host" =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]]; then
  echo "botHostName must be a host name such as wsisbot.azurewebsites.net, not '$host'." >&2; exit 2
fi

mkdir -p "$(dirname "$out")"
python3 - "$here" "$app_id" "$host" "$out" <<'PY'
import json, sys, zipfile

here, app_id, host, out = sys.argv[1:]
with open(f"{here}/manifest.json", encoding="utf-8") as f:
    manifest = f.read().replace("{{MICROSOFT_APP_ID}}", app_id.lower()).replace("{{BOT_HOST_NAME}}", host.lower())
if "{{" in manifest:
    sys.exit("manifest.json still holds a placeholder after substitution.")
json.loads(manifest)  # fail here, not in Teams, if the result is not JSON

entries = {"manifest.json": manifest.encode("utf-8")}
for name in ("color.png", "fr.json", "outline.png"):
    with open(f"{here}/{name}", "rb") as f:
        entries[name] = f.read()

with zipfile.ZipFile(out, "w") as z:
    for name in sorted(entries):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, entries[name])
print(out)
PY
