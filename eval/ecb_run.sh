#!/usr/bin/env bash
# Checks every ECB+ cluster workspace on its own and tallies the findings by kind and rule.
# usage: eval/ecb_run.sh OUT_DIR   (after eval/ecb_clusters.py ../shared/eval/ecbplus-news-clusters OUT_DIR)
set -euo pipefail
root=$(cd "$1" && pwd)
jar=$(cd "$(dirname "$0")/.." && pwd)/target/crosscheck.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
for c in $(cd "$root" && ls -d */ | tr -d /); do
  (cd "$root/$c" && rm -rf claims reports .crosscheck && java -XX:TieredStopAtLevel=1 -jar "$jar" check --quiet >/dev/null 2>"$root/$c.err") \
    || echo "FAIL $c: $(cat "$root/$c.err")"
done
python3 - "$root" <<'PY'
import collections, glob, json, sys
tally = collections.Counter()
for f in glob.glob(sys.argv[1] + '/*/reports/report.json'):
    for x in json.load(open(f, encoding='utf-8'))['findings']:
        tally[(x['kind'], x['rule'])] += 1
for (kind, rule), n in sorted(tally.items()):
    print(f'{n:5d}  {kind:15s} {rule}')
print(f'{sum(tally.values()):5d}  findings')
PY
