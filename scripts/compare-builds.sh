#!/usr/bin/env bash
# Compares two builds of the site page for page, for a change that should publish the same site
# (a refactor): every file but the hashed assets, with hashed asset names and the CSP hashes of
# inline scripts that name them made alike. Build both with the same BUILD_DAY; the files stamped
# with the build's time (security.txt's Expires, releases.json's generatedAt, the calendar's
# DTSTAMP) differ by that stamp only. Usage: scripts/compare-builds.sh OLD_BUILD NEW_BUILD
set -euo pipefail
old=$1
new=$2
same() {
  sed -E "s/'sha256-[A-Za-z0-9+\/=]+'/'sha256-X'/g; s/\.[0-9a-f]{8,}\.(js|css)/.HASH.\1/g" "$1"
}
status=0
while IFS= read -r file; do
  if [ ! -f "$new/$file" ]; then
    echo "only in $old: $file"
    status=1
  elif ! cmp -s <(same "$old/$file") <(same "$new/$file"); then
    echo "differs: $file"
    status=1
  fi
done < <(cd "$old" && find . -type f ! -path './assets/*' | sort)
while IFS= read -r file; do
  [ -f "$old/$file" ] || { echo "only in $new: $file"; status=1; }
done < <(cd "$new" && find . -type f ! -path './assets/*' | sort)
exit "$status"
