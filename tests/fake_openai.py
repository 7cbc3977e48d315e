"""A scripted OpenAI-compatible chat server, so LLM tests exercise the real HTTP client.

Tests push the replies they want (text, an HTTP error, or a delay) and then read back the
request bodies the client sent. It listens on 127.0.0.1 on a free port and serves both plain
and streamed (SSE) ``/v1/chat/completions``.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Reply:
    text: str = ""
    status: int = 200
    delay: float = 0.0
    drip: float = 0.0  # seconds between streamed pieces
    cut: bool = False  # the stream stops mid-answer: no finish reason, no [DONE]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    fake: FakeOpenAI


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("fake openai: " + format, *args)

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        with fake._lock:
            fake.requests.append(body)
            fake._in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake._in_flight)
        try:
            reply = fake._replies.get_nowait()
        except queue.Empty:
            reply = _Reply("no scripted reply", status=500)
        try:
            if reply.delay and fake._closing.wait(reply.delay):
                return
            if reply.status != 200:
                self._json(reply.status, {"error": {"message": reply.text, "type": "server_error"}})
            elif body.get("stream"):
                self._sse(body.get("model", "fake"), reply)
            else:
                self._json(200, _completion(body.get("model", "fake"), reply.text))
        except (BrokenPipeError, ConnectionResetError):
            log.debug("fake openai: client went away")
        finally:
            with fake._lock:
                fake._in_flight -= 1

    def _json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _sse(self, model: str, reply: _Reply) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        text = reply.text
        pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
        deltas = [{"role": "assistant", "content": ""}, *({"content": p} for p in pieces)]
        for delta in deltas:
            if reply.drip and self.server.fake._closing.wait(reply.drip):
                return
            self._event(_chunk(model, delta, None))
        if reply.cut:
            self.close_connection = True
            return
        self._event(_chunk(model, {}, "stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def _event(self, payload: dict) -> None:
        self.wfile.write(b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n")
        self.wfile.flush()


def _completion(model: str, text: str) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(model: str, delta: dict, finish: str | None) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


class FakeOpenAI:
    """Context manager: ``with FakeOpenAI() as fake: fake.push_text("…"); … fake.url``."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self._replies: queue.Queue[_Reply] = queue.Queue()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._in_flight = 0
        self.max_in_flight = 0  # most requests ever handled at the same time
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def __enter__(self) -> FakeOpenAI:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{port}/v1"
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-openai", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def push_text(self, text: str) -> None:
        self._replies.put(_Reply(text))

    def push_error(self, status: int = 500, message: str = "internal error") -> None:
        self._replies.put(_Reply(message, status=status))

    def push_delay(self, seconds: float, text: str = "") -> None:
        self._replies.put(_Reply(text, delay=seconds))

    def push_drip(self, text: str, seconds_between: float) -> None:
        """Stream ``text`` slowly: every piece arrives well within a per-read timeout."""
        self._replies.put(_Reply(text, drip=seconds_between))

    def push_cut(self, text: str) -> None:
        """Stream ``text`` and then drop the connection without finishing the answer."""
        self._replies.put(_Reply(text, cut=True))

    def user_message(self, i: int = -1) -> str:
        """The last (or i-th) request's user message content."""
        msgs = self.requests[i]["messages"]
        return next(m["content"] for m in msgs if m["role"] == "user")

    def system_message(self, i: int = -1) -> str:
        msgs = self.requests[i]["messages"]
        return next(m["content"] for m in msgs if m["role"] == "system")
