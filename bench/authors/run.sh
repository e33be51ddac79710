#!/bin/sh
# The author standing the pipeline reads for a batch of 256 (Authors.standings): the history counted once per author in
# the batch (per-author.sql, what the service runs) against once per comment (per-comment.sql, the first version),
# side by side on 1,000,000 comments by 10,000 authors, one of them with ~50,000. Needs a PostgreSQL server:
#   PGHOST=127.0.0.1 PGUSER=postgres sh bench/authors/run.sh
set -e
cd "$(dirname "$0")"
psql -d postgres -qc "DROP DATABASE IF EXISTS parley_authors_bench" -c "CREATE DATABASE parley_authors_bench"
psql -d parley_authors_bench -q -f data.sql
for i in 1 2 3; do
  a=$(psql -d parley_authors_bench -f per-author.sql | sed -n 's/.*Execution Time: \([0-9.]*\) ms.*/\1/p')
  b=$(psql -d parley_authors_bench -f per-comment.sql | sed -n 's/.*Execution Time: \([0-9.]*\) ms.*/\1/p')
  echo "per-author ${a} ms  per-comment ${b} ms  ratio $(echo "$b / $a" | bc -l | cut -c1-4)x  load $(cut -d' ' -f1-3 /proc/loadavg)"
done
psql -d postgres -qc "DROP DATABASE parley_authors_bench"
