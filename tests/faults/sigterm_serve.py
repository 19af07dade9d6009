"""SIGTERM to `storyline serve` while it answers: the request in flight (its body still arriving
when the signal comes) is answered in full, new connections are refused, and the process exits 0."""
import json
import time

from faults import *
from server import Server, post_head, read_response

binary()
with temp_dir() as tmp:
    db = f"{tmp}/store.db"
    status, _, err = ingest(db, ARTICLES[:1])
    check(status == 0, f"ingest makes a store (status {status}) {err[-300:]}")
    article = json.dumps({"id": "sigterm-1", "lang": "en", "published": "2026-03-11",
                          "text": open(ARTICLES[1], encoding="utf-8").read()}).encode()
    with Server(db) as server:
        sock = server.connect()
        half = len(article) // 2
        sock.sendall(post_head(len(article)) + article[:half])
        # Let the server take the connection and start reading the body: only then is it in flight.
        time.sleep(1.0)
        server.process.send_signal(15)
        time.sleep(0.5)
        sock.sendall(article[half:])
        answer_status, head, body = read_response(sock)
        sock.close()
        code, log = server.wait()
        check(answer_status == 201, f"the request in flight is answered 201 (got {answer_status}) {body[:200]!r}")
        try:
            answer = json.loads(body)
        except ValueError:
            answer = {}
        check(answer.get("added") == 1, f"and its article is stored: {answer}")
        check(code == 0, f"serve exits 0 after SIGTERM (got {code}) {log[-300:]!r}")
        check("stopping" in log, "serve says it is stopping")
        try:
            server.connect().close()
            refused = False
        except OSError:
            refused = True
        check(refused, "no one listens after the exit")
    check(article_count(db) == 2, "the store holds the article posted during the shutdown")
finish()
