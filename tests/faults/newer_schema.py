"""A SQLite store migrated by a newer storyline, opened by this older one: every command refuses
it, naming the version, and the store's files are left byte for byte as they were."""
import hashlib
import os
import sqlite3

from faults import *


def snapshot(folder):
    return {name: hashlib.sha256(open(os.path.join(folder, name), "rb").read()).hexdigest()
            for name in sorted(os.listdir(folder))}


binary()
with temp_dir() as tmp:
    db = f"{tmp}/store.db"
    status, _, err = ingest(db, ARTICLES[:1])
    check(status == 0, f"ingest makes a store (status {status}) {err[-300:]}")
    with sqlite3.connect(db) as con:  # what a future migration would leave
        con.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
        con.execute("INSERT INTO schema_migrations(version, name) VALUES (99, 'from a newer storyline')")
    con.close()
    before = snapshot(tmp)
    for args in (["stories", "--db", db], ["claims", "--db", db], ["search", "fire", "--db", db],
                 ["report", "--db", db], ["ingest", "--db", db, ARTICLES[1]], ["serve", "--db", db, "--port", "0"]):
        status, _, err = run(args)
        expect_clear_error(status, err, f"`{args[0]}` on a newer store", statuses=(2,))
        check("newer storyline" in err and "99" in err, f"`{args[0]}` names the newer version: {err.strip()[:200]!r}")
        check(snapshot(tmp) == before, f"`{args[0]}` changed nothing in the store's folder")
finish()
