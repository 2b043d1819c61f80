#!/usr/bin/env bash
# snapshot.sh jobs|resumes OUT: eval-jobs --errors on the corpus and every unseen-postings set, or
# eval-unseen on every unseen-N resume set, concatenated into OUT ("=== <set>" before each). Compare two
# snapshots with compare.py. Do not edit src while one runs: each set is read by the code of its moment.
set -u
cd "$(dirname "$0")/../.."
kind=$1; out=$2; : > "$out"
if [ "$kind" = jobs ]; then
  for d in corpus $(ls -d test/fixtures/unseen-postings* | sort -V); do
    echo "=== $d" >> "$out"
    if [ "$d" = corpus ]; then npx tsx scripts/eval-jobs.ts --errors >> "$out" 2>&1; else npx tsx scripts/eval-jobs.ts --set "$d" --errors >> "$out" 2>&1; fi
  done
else
  for d in $(ls -d test/fixtures/unseen test/fixtures/unseen-[0-9]* | sort -V); do
    echo "=== $d" >> "$out"
    npx tsx scripts/eval-unseen.ts --set "$d" >> "$out" 2>&1
  done
fi
