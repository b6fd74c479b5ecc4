#!/bin/sh
# Generates Parley's shipped English prompts: 8 kHz mono G.711 µ-law WAVs in
# ejb/src/main/resources/org/parley/media/shipped/, one per line of prompts.txt ("name|text"), plus "tone" (a sine
# beep) and "ringback". Needs Debian's espeak-ng and sox. Re-run it after changing prompts.txt or the voice, and commit the WAVs.
# Usage: ejb/src/main/sounds/make-prompts.sh   (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/org/parley/media/shipped"
voice=${PARLEY_PROMPT_VOICE:-en-us}
speed=${PARLEY_PROMPT_SPEED:-150}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# speech: espeak-ng at 22.05 kHz, then sox: high-pass (hum-free on phones), level to -3 dBFS, its own band-limited
# rate conversion to 8 kHz, µ-law
grep -v '^#' "$here/prompts.txt" | grep -v '^$' | while IFS='|' read -r name text; do
    espeak-ng -v "$voice" -s "$speed" -w "$tmp/speech.wav" "$text"
    sox "$tmp/speech.wav" -r 8000 -c 1 -e u-law -b 8 "$out/$name.wav" highpass 120 norm -3 pad 0.1 0.2
    echo "$name"
done

# tone: a 1 kHz sine beep, 0.4 s, with 10 ms fades so it does not click
sox -n -r 8000 -c 1 -e u-law -b 8 "$out/tone.wav" synth 0.4 sine 1000 vol -6dB fade t 0.01 0.4 0.01 pad 0.1 0.1
echo tone
# ringback: the North American ringing tone (440 Hz + 480 Hz, 2 s on, 4 s off), one cycle; a queue loops it while an
# agent rings (ringingMode ringback)
sox -n -r 8000 -c 1 -e u-law -b 8 "$out/ringback.wav" synth 2 sine 440 synth 2 sine mix 480 vol -13dB \
    fade t 0.01 2 0.01 pad 0 4
echo ringback
# the library reads the names of the shipped sounds from this index
ls "$out" | sed -n 's/\.wav$//p' > "$out/index.txt"
