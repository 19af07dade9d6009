"""The disk filling up during an ingest: a file-size limit (RLIMIT_FSIZE, as `ulimit -f` sets)
far below what the batch needs. The ingest must stop with a clear error, the store must stay
intact (integrity check, the articles of earlier runs all there) and usable: the same ingest,
run again without the limit, completes and stores every article once."""
import resource

from faults import *

binary()
with temp_dir() as tmp:
    db = f"{tmp}/store.db"
    status, _, err = ingest(db, ARTICLES[:1])
    check(status == 0, f"first ingest stores one article (status {status}) {err[-300:]}")
    before = article_count(db)

    limit = 64 * 1024  # bytes any one file may grow to: the write-ahead log outgrows it at once
    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    status, _, err = ingest(db, ARTICLES[1:], preexec_fn=small_disk)
    expect_clear_error(status, err, "ingest on a full disk", statuses=(2,))
    check("disk" in err.lower() or "full" in err.lower(), f"the error names the disk: {err.strip()[-200:]!r}")

    check(integrity(db) == "ok", "the store passes SQLite's integrity check")
    check(article_count(db) >= before, "no stored article was lost")
    status, out, err = run(["stories", "--db", db])
    check(status == 0, f"the store still answers `stories` (status {status}) {err[-300:]}")

    status, _, err = ingest(db, ARTICLES[1:])
    check(status == 0, f"the ingest run again without the limit completes (status {status}) {err[-300:]}")
    check(article_count(db) == len(ARTICLES), f"every article stored once ({article_count(db)} of {len(ARTICLES)})")
finish()
