#!/bin/sh
# Writes src/fonts/: Titillium Web (SIL OFL 1.1, from Bootstrap Italia's package) in the weights the
# style sheets use (400, 400 italic, 600, 700), each cut in two WOFF2 files by
# Google Fonts' unicode ranges: "latin" (Italian, English, the punctuation the dictionaries use)
# and "latin-ext" (č, š, ž of Slovene and other comune names), which a browser downloads only for
# a page holding such a letter. Run by hand when the font changes; needs fontTools with brotli
# (Debian: apt-get install python3-fonttools python3-brotli). The output is committed.
set -eu
cd "$(dirname "$0")/.."
SRC=node_modules/bootstrap-italia/dist/fonts/Titillium_Web
OUT=src/fonts
LATIN='U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
LATIN_EXT='U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
mkdir -p "$OUT"
cp "$SRC/OFL.txt" "$OUT/OFL.txt"
for pair in regular:400 italic:400-italic 600:600 700:700; do
  source=${pair%%:*}
  name=${pair#*:}
  for subset in latin latin-ext; do
    ranges=$LATIN
    [ "$subset" = latin-ext ] && ranges=$LATIN_EXT
    /usr/bin/python3 -m fontTools.subset "$SRC/titillium-web-v10-latin-ext_latin-$source.ttf" \
      --unicodes="$ranges" --layout-features='*' --flavor=woff2 \
      --output-file="$OUT/titillium-web-$name-$subset.woff2"
  done
done
