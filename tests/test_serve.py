"""`tactful serve` really serves: pages, static files, the API and the WebSocket."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    var = tmp_path_factory.mktemp("serve")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["TACTFUL_VAR_DIR"] = str(var)
    tactful = [sys.executable, "-m", "tactful.cli"]
    subprocess.run([*tactful, "migrate", "-v0"], env=env, check=True, timeout=180)
    subprocess.run([*tactful, "createadmin", "--username", "root", "--password",
                    "a-long-pass-123"], env=env, check=True, timeout=60)
    port = free_port()
    log = open(Path(var) / "serve.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen([*tactful, "serve", "--port", str(port), "--log-level",
                                "warning"], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90  # a loaded CI machine starts slowly
        while True:
            try:
                urllib.request.urlopen(f"{base}/login/", timeout=5)
                break
            except OSError:  # refused, reset or timed out while the server starts
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("tactful serve did not start: "
                                + (Path(var) / "serve.log").read_text())
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(10)
        log.close()


def test_pages_static_files_and_the_api_are_served(server: str) -> None:
    assert urllib.request.urlopen(f"{server}/login/", timeout=30).status == 200
    css = urllib.request.urlopen(f"{server}/static/web/desk.css", timeout=30)
    assert css.status == 200 and b"--accent" in css.read()
    assert urllib.request.urlopen(f"{server}/api/v1/docs", timeout=30).status == 200
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{server}/api/v1/conversations", timeout=30)
    assert info.value.code == 401


def test_the_websocket_refuses_anonymous_visitors(server: str) -> None:
    import asyncio

    import websockets

    async def connect() -> int | None:
        url = server.replace("http://", "ws://") + "/ws/desk/"
        try:
            async with websockets.connect(url, origin=server) as ws:
                await ws.recv()
        except websockets.ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None
        except websockets.InvalidStatus as refused:
            return refused.response.status_code
        return None

    # Its own thread: a browser test in the same worker may keep an event loop running here.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(asyncio.run, connect()).result(30) in (403, 4403)
