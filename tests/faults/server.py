"""A `storyline serve` process for the fault tests: started on a free port over a store, with a
write token, and stopped (killed if need be) when the test is done."""
import json
import os
import re
import signal
import socket
import subprocess

from faults import SOURCE, GUARD_SECONDS, binary

TOKEN = "fault-token"


class Server:
    def __init__(self, db):
        env = dict(os.environ, STORYLINE_RESOURCES=str(SOURCE / "resources"))
        self.process = subprocess.Popen([binary(), "serve", "--db", db, "--port", "0", "--write-token", TOKEN],
                                        stderr=subprocess.PIPE, env=env)
        self.log = []
        for line in self.process.stderr:  # the first line names the address
            line = line.decode("utf-8", "replace")
            self.log.append(line)
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if found:
                self.port = int(found.group(1))
                return
        raise RuntimeError("serve did not start: " + "".join(self.log))

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=GUARD_SECONDS)
        return sock

    def stop(self, sig=signal.SIGTERM):
        """Sends `sig`; returns the exit status and the rest of stderr."""
        self.process.send_signal(sig)
        return self.wait()

    def wait(self):
        try:
            rest = self.process.stderr.read().decode("utf-8", "replace")
            return self.process.wait(timeout=GUARD_SECONDS), "".join(self.log) + rest
        except subprocess.TimeoutExpired:
            self.process.kill()
            return None, "".join(self.log)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def post_head(length, path="/api/articles"):
    return (f"POST {path} HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {TOKEN}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n").encode()


def read_response(sock):
    """(status, headers text, body bytes) of one response on `sock`, read to the connection's end."""
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:  # closed with our unread bytes: what came before counts
            break
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/1.1 ") else None
    return status, head.decode("latin-1"), body


def request(server, body):
    """POSTs `body` (bytes) on a fresh connection; returns (status, parsed JSON or None)."""
    with server.connect() as sock:
        try:
            sock.sendall(post_head(len(body)) + body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer (413) before the whole body is sent
        status, head, answer = read_response(sock)
    try:
        parsed = json.loads(answer)
    except ValueError:
        parsed = None
    return status, parsed
