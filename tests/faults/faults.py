"""What the fault tests share: running the storyline binary, and telling a clear error from a crash.

A clear error is an exit status of 1 or 2 with a message on stderr that starts with "storyline";
a crash is a signal, a sanitizer report or a status the commands never use.
"""
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

SOURCE = pathlib.Path(__file__).resolve().parents[2]
CORPUS = SOURCE / "examples" / "corpus"
# Small articles of the example corpus, in two languages.
ARTICLES = [CORPUS / name for name in (
    "coastal-wire-2026-03-10-plant-blast.txt",
    "harbor-ledger-2026-03-13-rally-toll-five.txt",
    "diario-marejada-2026-03-14-valvula-corroida.txt",
    "onda-salina-2026-03-13-quinta-victima.html",
)]
# No test waits forever on a hung binary; this is a guard, not a measure of speed.
GUARD_SECONDS = 600

failures = []


def binary():
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} PATH_TO_STORYLINE")
    return sys.argv[1]


def run(args, preexec_fn=None, stdin=None):
    """Runs storyline with `args`; returns (status, stdout, stderr) as text."""
    env = dict(os.environ, STORYLINE_RESOURCES=str(SOURCE / "resources"))
    done = subprocess.run([binary(), *map(str, args)], capture_output=True, env=env, input=stdin,
                          preexec_fn=preexec_fn, timeout=GUARD_SECONDS)
    return (done.returncode, done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"))


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures.append(what)


def crashed(status, err):
    return status < 0 or status > 2 or "Sanitizer" in err or "runtime error:" in err


def expect_clear_error(status, err, what, statuses=(1, 2)):
    check(not crashed(status, err), f"{what}: no crash (status {status})")
    check(status in statuses, f"{what}: exits {'/'.join(map(str, statuses))} (got {status})")
    check(err.startswith("storyline"), f"{what}: says what is wrong: {err.strip()[:200]!r}")


def ingest(db, inputs, preexec_fn=None):
    return run(["ingest", "--db", db, "--jobs", "1", *inputs], preexec_fn=preexec_fn)


def article_count(db):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def integrity(db):
    with sqlite3.connect(db) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def temp_dir():
    return tempfile.TemporaryDirectory(prefix="storyline-fault-")


def finish():
    if failures:
        print(f"{len(failures)} check(s) failed", flush=True)
        sys.exit(1)
    print("all checks passed", flush=True)
