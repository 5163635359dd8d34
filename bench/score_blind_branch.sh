#!/bin/sh
# Score a blind half kept on its own branch (issue 13: the corpus README's rounds) with the reader
# at REV, without merging it: a scratch worktree at REV gets the branch's blind/ files, and
# bench/import_quality.py --half blind --details writes its table to OUT.
#   bench/score_blind_branch.sh blind5 HEAD /tmp/blind5.txt
set -e
BRANCH=$1; REV=${2:-HEAD}; OUT=${3:-/tmp/$1.txt}
ROOT=$(git rev-parse --show-toplevel)
SCRATCH=$(mktemp -d)/tree
git -C "$ROOT" worktree add -q --detach "$SCRATCH" "$REV"
trap 'git -C "$ROOT" worktree remove --force "$SCRATCH"' EXIT
ln -s "$ROOT/.venv" "$SCRATCH/.venv"
rm -rf "$SCRATCH/tests/import_corpus/real/blind"
git -C "$ROOT" archive "$BRANCH" tests/import_corpus/real/blind | tar -x -C "$SCRATCH"
cd "$SCRATCH" && PYTHONPATH="$SCRATCH" .venv/bin/python bench/import_quality.py --half blind --details > "$OUT" 2>&1
grep "all fields" "$OUT"
