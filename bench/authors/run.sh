#!/bin/sh
# The author standing the pipeline, preview and backlog read (Authors.standings): per author, the history before the
# set counted once plus one running (window) pass over the set (per-author.sql, what the service runs), against a
# count of each comment's history apart (per-comment.sql, the first version); same rows out. On 1,000,000 comments by
# 10,000 authors (one with ~50,000): a pipeline batch (newest 256) and a preview window (newest 10,000); then 10,000
# waiting comments by one author (a backlog replay). Needs a PostgreSQL server:
#   PGHOST=127.0.0.1 PGUSER=postgres sh bench/authors/run.sh
set -e
cd "$(dirname "$0")"
db=parley_authors_bench
psql -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -d $db -q -f data.sql
psql -d $db -q -c "INSERT INTO comments (site_id, author, status) SELECT 2, 'author', 'held' FROM generate_series(1, 10000)" \
  -c "VACUUM ANALYZE comments"
time_of() { psql -d $db -f "$1" | sed -n 's/.*Execution Time: \([0-9.]*\) ms.*/\1/p'; }
for set in "newest 256|WHERE site_id = 1 ORDER BY id DESC LIMIT 256|256" "newest 10000|WHERE site_id = 1 ORDER BY id DESC LIMIT 10000|10000" \
           "one author 10000|WHERE site_id = 2|10000"; do
  name=${set%%|*}; rest=${set#*|}; where=${rest%|*}; n=${rest#*|}
  for q in per-author per-comment; do
    sed "s/ORDER BY id DESC LIMIT 256/$where/; s/ARRAY\[256\]/ARRAY[$n]/" $q.sql > /tmp/$db-$q.sql
  done
  a=$(time_of /tmp/$db-per-author.sql); b=$(time_of /tmp/$db-per-comment.sql)
  echo "$name: per-author ${a} ms  per-comment ${b} ms  ratio $(echo "$b / $a" | bc -l | cut -c1-5)x  load $(cut -d' ' -f1-3 /proc/loadavg)"
done
psql -d postgres -qc "DROP DATABASE $db"
