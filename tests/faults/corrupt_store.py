"""A damaged store file: random bytes, a truncated file, pages overwritten in the middle, and rows
whose stored analysis is not an analysis. Every command must end with a clear error or a right
answer, never with a crash."""
import random
import shutil
import sqlite3

from faults import *

COMMANDS = (["stories"], ["claims"], ["search", "fire"], ["report"], ["ingest", ARTICLES[3]])


def damaged_copies(good, tmp):
    """(name, path) of each damaged copy of the store file `good`."""
    data = open(good, "rb").read()
    rng = random.Random(16)
    page = 4096
    copies = {
        "random bytes": bytes(rng.randrange(256) for _ in range(len(data))),
        "truncated to half": data[: len(data) // 2],
        "header only": data[:100],
        "pages overwritten": bytearray(data),
        "zeroed middle": bytearray(data),
    }
    for start in range(2 * page, len(data), page):  # a scribble inside every page after the first two
        copies["pages overwritten"][start + 40 : start + 120] = bytes(rng.randrange(256) for _ in range(80))
    middle = len(data) // 2
    copies["zeroed middle"][middle - page : middle + page] = bytes(2 * page)
    for name, content in copies.items():
        path = f"{tmp}/{name.replace(' ', '-')}.db"
        open(path, "wb").write(bytes(content))
        yield name, path
    # A sound SQLite file whose rows a hand (or another program) got wrong.
    for name, sql in (
        ("analysis not JSON", "UPDATE articles SET analysis = '{\"sentences\": [1, 2'"),
        ("analysis of the wrong shape", "UPDATE articles SET analysis = '{\"sentences\": \"many\", \"dates\": {}}'"),
        ("spans past the text", "UPDATE articles SET text = 'short'"),
        ("story record not JSON", "UPDATE stories SET record = 'not json'"),
    ):
        path = f"{tmp}/{name.replace(' ', '-')}.db"
        shutil.copy(good, path)
        with sqlite3.connect(path) as con:
            con.execute(sql)
        con.close()
        yield name, path


binary()
with temp_dir() as tmp:
    good = f"{tmp}/good.db"
    status, _, err = ingest(good, ARTICLES[:3])
    check(status == 0, f"ingest makes a store (status {status}) {err[-300:]}")
    with sqlite3.connect(good) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for name, path in damaged_copies(good, tmp):
        for command in COMMANDS:
            args = [*command[:1], "--db", path, *command[1:]]
            status, _, err = run(args)
            what = f"{name}: `{command[0]}`"
            check(not crashed(status, err), f"{what}: no crash (status {status}) {err.strip()[-300:]!r}")
            if status != 0:
                check(err.startswith("storyline") and len(err.strip()) > 12, f"{what}: a clear error: {err.strip()[:160]!r}")
        if name in ("random bytes", "truncated to half", "header only"):
            status, _, err = run(["stories", "--db", path])
            check(status == 2, f"{name}: refused (status {status})")
finish()
