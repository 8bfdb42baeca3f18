"""The faulty proxy cuts only where it is told to: a complete answer from a server that closes
its end arrives whole, however slowly the client reads it."""

from __future__ import annotations

import socket
import threading
import time

from faulty_proxy import FaultyProxy


def test_a_server_closing_after_a_complete_answer_is_passed_on_as_a_polite_end() -> None:
    answer = b"x" * 500_000
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = listener.accept()
        conn.sendall(answer)
        conn.close()  # as uvicorn does with a keep-alive connection gone idle

    threading.Thread(target=serve, daemon=True).start()
    proxy = FaultyProxy(listener.getsockname()[1], rate=0.0)
    try:
        client = socket.socket()
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a slow, small reader
        client.connect(("127.0.0.1", proxy.port))
        time.sleep(0.5)  # the server is long done; much of the answer waits in the proxy
        received = bytearray()
        while chunk := client.recv(65536):
            received += chunk
        client.close()
    finally:
        proxy.close()
        listener.close()
    # An RST here would have made the kernel drop what the proxy still held for the client.
    assert bytes(received) == answer
