"""A small threaded TCP proxy that counts connections, HTTP requests and bytes each way.

    python bench/peer/counting_proxy.py 127.0.0.1:<target-port>

Prints `port <n>` once it listens on 127.0.0.1:<n>. Each line on stdin is a command: `snap` prints
the counts so far as one JSON line, `quit` ends it. It runs in its own process so that its work
shares no interpreter lock with the lpj client it measures, and it stands in front of both peers,
so both pay its hop.

Requests are counted by following HTTP/1.1 framing on the client → server side (request line and
headers, then a Content-Length body or chunked body), so keep-alive and pipelined requests on one
connection are each counted; bytes are what crossed the proxy, headers included.
"""

from __future__ import annotations

import json
import socket
import sys
import threading

CHUNK = 256 * 1024


class Counts:
    """Totals over all connections, guarded by one lock (updated once per socket read)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.connections = 0
        self.requests = 0
        self.bytes_up = 0  # client → server
        self.bytes_down = 0  # server → client

    def snap(self) -> dict[str, int]:
        with self.lock:
            return {"connections": self.connections, "requests": self.requests,
                    "bytes_up": self.bytes_up, "bytes_down": self.bytes_down}


class RequestCounter:
    """Follows the request framing of one connection's client → server bytes."""

    HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, TRAILER = range(5)

    def __init__(self) -> None:
        self.buf = b""
        self.state = self.HEAD
        self.left = 0  # bytes still to skip in BODY or CHUNK_DATA

    def feed(self, data: bytes) -> int:
        """Consume `data`; returns how many requests began in it."""
        started = 0
        self.buf += data
        while self.buf:
            if self.state in (self.BODY, self.CHUNK_DATA):
                take = min(self.left, len(self.buf))
                self.buf = self.buf[take:]
                self.left -= take
                if self.left == 0:
                    self.state = self.HEAD if self.state == self.BODY else self.CHUNK_SIZE
                continue
            end = self.buf.find(b"\r\n\r\n" if self.state == self.HEAD else b"\r\n")
            if end < 0:
                break
            line, self.buf = self.buf[:end], self.buf[end + (4 if self.state == self.HEAD else 2):]
            if self.state == self.HEAD:
                started += 1
                length, chunked = _framing(line)
                self.state, self.left = ((self.CHUNK_SIZE, 0) if chunked
                                         else (self.BODY, length) if length else (self.HEAD, 0))
            elif self.state == self.CHUNK_SIZE:
                size = int(line.split(b";")[0].strip() or b"0", 16)
                self.state, self.left = (self.TRAILER, 0) if size == 0 else (self.CHUNK_DATA, size + 2)
            elif not line:  # TRAILER: the empty line ends the request
                self.state = self.HEAD
        return started


def _framing(head: bytes) -> tuple[int, bool]:
    length, chunked = 0, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    return length, chunked


def pipe(src: socket.socket, dst: socket.socket, counts: Counts, up: bool) -> None:
    counter = RequestCounter() if up else None
    try:
        while True:
            data = src.recv(CHUNK)
            if not data:
                break
            dst.sendall(data)
            started = counter.feed(data) if counter else 0
            with counts.lock:
                if up:
                    counts.bytes_up += len(data)
                    counts.requests += started
                else:
                    counts.bytes_down += len(data)
    except OSError:
        pass
    finally:
        # Half-close: the other direction may still be answering.
        for sock, how in ((dst, socket.SHUT_WR), (src, socket.SHUT_RD)):
            try:
                sock.shutdown(how)
            except OSError:
                pass


def serve(target: tuple[str, int], counts: Counts, listener: socket.socket) -> None:
    while True:
        client, _ = listener.accept()
        try:
            upstream = socket.create_connection(target)
        except OSError:
            client.close()
            continue
        for s in (client, upstream):
            # No Nagle on the hop: otherwise it adds the 40 ms delayed-ACK stalls neither peer has.
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with counts.lock:
            counts.connections += 1

        def run(c: socket.socket = client, u: socket.socket = upstream) -> None:
            down = threading.Thread(target=pipe, args=(u, c, counts, False), daemon=True)
            down.start()
            pipe(c, u, counts, True)
            down.join()
            c.close()
            u.close()

        threading.Thread(target=run, daemon=True).start()


def main() -> None:
    host, _, port = sys.argv[1].rpartition(":")
    counts = Counts()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(512)
    threading.Thread(target=serve, args=((host, int(port)), counts, listener), daemon=True).start()
    print(f"port {listener.getsockname()[1]}", flush=True)
    for line in sys.stdin:
        if line.strip() == "snap":
            print(json.dumps(counts.snap()), flush=True)
        elif line.strip() == "quit":
            break


if __name__ == "__main__":
    main()
