"""Request bodies that are valid JSON (or nearly) but hostile: deep nesting, a 16 MB string,
invalid UTF-8 in strings, numbers out of range. Each is answered with a 4xx and a JSON error,
and the server goes on answering."""
from faults import *
from server import Server, request

binary()
depth = 100_000
cases = [
    ("arrays nested 100000 deep", b"[" * depth + b"]" * depth),
    ("objects nested 100000 deep", b'{"a":' * depth + b"1" + b"}" * depth),
    ("an article whose field nests 100000 deep", b'{"text": "A fire.", "byline": ' + b"[" * depth + b"]" * depth + b"}"),
    ("a 16 MB string", b'{"text": "' + b"a" * (16 << 20) + b'"}'),
    ("invalid UTF-8 in a string", b'{"text": "caf\xe9 \xff\xfe", "lang": "en"}'),
    ("a lone surrogate escape", b'{"text": "A fire \\ud800 at the mill.", "title": "\\udfff"}'),
    ("a number out of range", b'{"text": "A fire at the mill.", "published": 1e999}'),
    ("a huge integer as the id", b'{"id": 123456789012345678901234567890, "text": "A fire at the mill."}'),
    ("a negative number as the text", b'{"text": -1e308}'),
    ("null everywhere", b'{"id": null, "text": null, "html": null, "byline": [null, 1, {}]}'),
]
with temp_dir() as tmp:
    db = f"{tmp}/store.db"
    status, _, err = ingest(db, ARTICLES[:1])
    check(status == 0, f"ingest makes a store (status {status}) {err[-300:]}")
    with Server(db) as server:
        for name, body in cases:
            status, answer = request(server, body)
            check(status is not None and 400 <= status < 500, f"{name}: a 4xx (got {status})")
            check(isinstance(answer, dict) and isinstance(answer.get("error"), str),
                  f"{name}: a JSON error: {str(answer)[:200]}")
        status, answer = request(server, b'{"id": "after", "lang": "en", "text": "A fire at the mill burned for six hours on Monday."}')
        check(status == 201, f"the server still stores a sound article afterwards (got {status})")
        code, log = server.stop()
        check(code == 0, f"and stops cleanly (got {code})")
        check("Sanitizer" not in log and "runtime error:" not in log, "no sanitizer report in its log")
finish()
