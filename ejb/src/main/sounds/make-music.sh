#!/bin/sh
# Generates Parley's default music on hold ("moh-default"): synthesised by sox, so Parley may redistribute it (no
# recording, no sample, no third-party composition: a I–vi–IV–V progression in C, plucked arpeggios over soft sine
# pads). 8 kHz mono G.711 µ-law, about 38 s, and it loops without a seam (no fade at either end; its last chord,
# G, leads back to its first, C). Needs Debian's sox. Re-run after a change and commit the WAV.
# Usage: ejb/src/main/sounds/make-music.sh   (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/org/parley/media/shipped/moh-default.wav"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rate=16000
beat=0.3   # one arpeggio note; 8 notes = one chord of 2.4 s

# chord name: pad notes (low), arpeggio notes (8, up and down)
chord() {
    name=$1; pad=$2; arp=$3; n=0
    for note in $arp; do
        sox -n -r $rate -c 1 "$tmp/$name-note$n.wav" synth $beat pluck "$note" vol 0.5 fade 0 $beat 0.05
        n=$((n + 1))
    done
    sox "$tmp/$name"-note?.wav "$tmp/$name-arp.wav"
    len=$(soxi -D "$tmp/$name-arp.wav")
    # shellcheck disable=SC2086
    sox -n -r $rate -c 1 "$tmp/$name-pad.wav" synth "$len" $pad vol 0.12 fade q 0.3 "$len" 0.3
    sox -m "$tmp/$name-arp.wav" "$tmp/$name-pad.wav" "$tmp/$name.wav"
}

chord C  "sine C3 sine E3 sine G3" "C4 E4 G4 C5 E5 C5 G4 E4"
chord Am "sine A2 sine C3 sine E3" "A3 C4 E4 A4 C5 A4 E4 C4"
chord F  "sine F2 sine A2 sine C3" "F3 A3 C4 F4 A4 F4 C4 A3"
chord G  "sine G2 sine B2 sine D3" "G3 B3 D4 G4 B4 G4 D4 B3"
chord Em "sine E2 sine G2 sine B2" "E3 G3 B3 E4 G4 E4 B3 G3"
chord Dm "sine D3 sine F3 sine A3" "D4 F4 A4 D5 F5 D5 A4 F4"

# four phrases of four chords, the last one turning back to the first
sox "$tmp/C.wav" "$tmp/Am.wav" "$tmp/F.wav" "$tmp/G.wav" \
    "$tmp/C.wav" "$tmp/Em.wav" "$tmp/F.wav" "$tmp/G.wav" \
    "$tmp/Am.wav" "$tmp/F.wav" "$tmp/C.wav" "$tmp/G.wav" \
    "$tmp/F.wav" "$tmp/Dm.wav" "$tmp/G.wav" "$tmp/G.wav" "$tmp/all.wav"
sox "$tmp/all.wav" -r 8000 -c 1 -e u-law -b 8 "$out" highpass 150 norm -6
soxi -D "$out"
# the library reads the names of the shipped sounds from this index
ls "$(dirname "$out")" | sed -n 's/\.wav$//p' > "$(dirname "$out")/index.txt"
