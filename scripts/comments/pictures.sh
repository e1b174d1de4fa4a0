#!/bin/sh
# Pictures of memgate's PR comment for docs/: a leak, a leak with its cause and fix, a pass, an
# inconclusive and an error, rendered from scripts/comments/samples.ts as GitHub renders comments
# (GFM, Mermaid) and screenshot with headless Chromium (Debian's `chromium` package), then trimmed
# with ImageMagick. Mermaid is not a dependency: `npm install --prefix /tmp/m mermaid@11` and pass
# /tmp/m/node_modules/mermaid/dist/mermaid.min.js.
#
# Usage: [CONVERT=/usr/bin/convert] scripts/comments/pictures.sh MERMAID_JS OUT_DIR [before REF]
#   with `before REF`, the renderer is REF's src/ (the comment before this change), named *-before.png
set -eu
mermaid=$(realpath "$1")
out=$(realpath -m "$2")
mode=${3:-after}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$mode" = before ]; then
  mkdir -p "$work/tree"
  git -C "$root" archive "$4" src | tar -x -C "$work/tree"
  cp -r "$root/scripts" "$root/tsconfig.json" "$work/tree/"
  ln -s "$root/node_modules" "$work/tree/node_modules"
  tree="$work/tree"
  suffix=-before
else
  tree=$root
  suffix=
fi
# The before tree's types may not know the newer fields samples.ts sets: emit anyway.
(cd "$tree" && npx tsc -p scripts/comments/tsconfig.json --outDir "$work/js" --noEmitOnError false >/dev/null) || true
node "$work/js/scripts/comments/samples.js" "$work/md" "$mode"
node "$root/scripts/comments/render.mjs" "$work/md" "$mermaid"
mkdir -p "$out"
for page in "$work"/md/*.html; do
  name=$(basename "$page" .html)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --allow-file-access-from-files --virtual-time-budget=5000 --window-size=800,4000 \
    --screenshot="$work/$name.png" "file://$page" >/dev/null 2>&1
  # Trimmed to the comment, halved, in few colours: small enough for the README.
  "${CONVERT:-convert}" "$work/$name.png" -trim +repage -bordercolor white -border 8 -resize 60% -colors 64 "$out/comment-$name$suffix.png"
done
ls -l "$out"
