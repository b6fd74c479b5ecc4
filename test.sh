#!/usr/bin/env bash
# Runs every test (README, "Quick start", second command). On a fresh Debian/Ubuntu machine with only a JDK, Maven
# and root, it first installs what the tests need and starts PostgreSQL; then it runs `mvn verify` with any
# arguments given (e.g. ./test.sh -pl src-test -am -Dit.test=SippRegistrationIT -Dtest=none
# -Dsurefire.failIfNoSpecifiedTests=false).
set -euo pipefail
cd "$(dirname "$0")"

# What the tests run, one line each: a command they need, then the Debian package that provides it.
# A new test that needs another program adds its line here (CI runs this same script).
REQUIRED='
sipp          sip-tester
baresip       baresip
linphonec     linphone-cli
chromium      chromium
chromedriver  chromium-driver
pg_isready    postgresql-client
mvn           maven
'

missing=()
while read -r command package; do
  [ -n "$command" ] || continue
  command -v "$command" >/dev/null 2>&1 || missing+=("$package")
done <<< "$REQUIRED"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=no
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" = no ]; then
    as_root apt-get update -qq
    apt_updated=yes
  fi
  echo "Installing: $*"
  as_root apt-get install -y -qq --no-install-recommends "$@"
}

if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
fi

# PostgreSQL on 127.0.0.1:5432, user postgres without password (trust): each run creates and drops its own databases.
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql
    for hba in /etc/postgresql/*/main/pg_hba.conf; do
      # a database server for tests only: loopback connections are trusted
      as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
    done
  fi
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p 5432 -q && break
    sleep 1
  done
  pg_isready -h 127.0.0.1 -p 5432
fi

exec mvn --batch-mode verify "$@"
