#!/usr/bin/env bash
# Re-creates the browser bundle of JsSIP that the console's phone widget loads (docs/console.md, "Phone widget").
# npm publishes JsSIP only as CommonJS modules, so this fetches the pinned version from the npm registry, bundles it
# with esbuild into one IIFE exposing window.JsSIP, and writes it with its licence under the web application's
# resources. The output is committed: building and running Parley still needs only a JDK and Maven (no Node).
# Needs Node.js and npm, and network access to the npm registry. Re-run after changing the versions below.
set -euo pipefail
JSSIP_VERSION=3.10.1
ESBUILD_VERSION=0.19.12
cd "$(dirname "$0")"
out=../src/main/webapp/resources/jssip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    "jssip@$JSSIP_VERSION" "esbuild@$ESBUILD_VERSION")
printf 'window.JsSIP = require("jssip");\n' > "$work/entry.js"
mkdir -p "$out"
"$work/node_modules/.bin/esbuild" "$work/entry.js" --bundle --minify --format=iife --target=es2017 \
    --legal-comments=none \
    --banner:js="/* JsSIP $JSSIP_VERSION (MIT, see jssip-LICENSE.txt), bundled by web/jssip/build.sh */" \
    --outfile="$out/jssip.min.js"
cp "$work/node_modules/jssip/LICENSE" "$out/jssip-LICENSE.txt"
echo "JsSIP $JSSIP_VERSION written to $out"
