#!/bin/sh
# Builds the libFuzzer harnesses with clang (ASan + UBSan) in a build folder of their own
# and runs each for FUZZ_SECONDS (default 30), seeded from the fixtures, the hostile set
# and the shared corpus. Crashes are written to $FUZZ_BUILD/artifacts; exit 1 if any.
# Usage: tests/fuzz/run_fuzzers.sh   (FUZZ_SECONDS, FUZZ_BUILD, FIXTURE_DIR overridable)
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
SECONDS_EACH=${FUZZ_SECONDS:-30}
OUT=${FUZZ_BUILD:-$SRC/build-fuzz}
FIXTURES=${FIXTURE_DIR:-$SRC/build/fixtures}
CORPUS=$SRC/../shared/corpus

cmake -S "$SRC" -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCKPT_FUZZ=ON -DCKPT_WITH_TORCH=OFF -DCKPT_BUILD_TESTS=OFF >/dev/null
cmake --build "$OUT" -j"${JOBS:-2}" --target fuzzers

SEEDS=$OUT/seeds
rm -rf "$SEEDS"
/usr/bin/python3 "$SRC/tests/fixtures/make_hostile.py" "$OUT/hostile"
set -- "$OUT/hostile"
[ -d "$FIXTURES" ] && set -- "$@" "$FIXTURES"
[ -d "$CORPUS" ] && set -- "$@" "$CORPUS"
/usr/bin/python3 "$SRC/tests/fuzz/make_seeds.py" "$SEEDS" "$@"
# Inputs that once failed (tests/fuzz/regressions/<fuzzer>-...) are seeds of their fuzzer.
for f in "$SRC"/tests/fuzz/regressions/fuzz_*; do
    [ -e "$f" ] || continue
    name=$(basename "$f" | sed 's/^fuzz_\([a-z]*\)-.*/\1/')
    cp "$f" "$SEEDS/$name/"
done

mkdir -p "$OUT/artifacts"
status=0
# zipdiff (ours against miniz's rules) mutates the zip seeds.
mkdir -p "$SEEDS/zipdiff" && cp "$SEEDS"/zip/* "$SEEDS/zipdiff/" 2>/dev/null || true
# ziprules (miniz's reading against zipfile's) too.
mkdir -p "$SEEDS/ziprules" && cp "$SEEDS"/zip/* "$SEEDS/ziprules/" 2>/dev/null || true
for name in unpickler zip zipdiff ziprules legacy safetensors npy open; do
    mkdir -p "$OUT/corpus/$name"
    # Dictionaries: zip signatures, and pickle opcodes with the text spellings CPython reads.
    dict=
    case $name in zip | zipdiff | ziprules) dict=-dict=$SRC/tests/fuzz/zip.dict ;; unpickler | legacy | open) dict=-dict=$SRC/tests/fuzz/pickle.dict ;; esac
    # Small inputs mutate faster; zips need room for a directory and a few records.
    maxlen=65536
    [ "$name" = zip ] || [ "$name" = zipdiff ] || [ "$name" = ziprules ] && maxlen=262144
    echo "== fuzz_$name for ${SECONDS_EACH}s"
    # -rss_limit_mb: the resource limits must hold under ASan too; -timeout: no input may hang.
    if ! "$OUT/bin/fuzz_$name" "$OUT/corpus/$name" "$SEEDS/$name" $dict \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=25 -max_len="$maxlen" \
        -print_final_stats=1 -artifact_prefix="$OUT/artifacts/fuzz_$name-" 2>"$OUT/fuzz_$name.log"; then
        status=1
        echo "fuzz_$name FAILED: see $OUT/fuzz_$name.log and $OUT/artifacts/"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|ERROR" "$OUT/fuzz_$name.log" || true
done
exit $status
