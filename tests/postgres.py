"""A throwaway PostgreSQL server on loopback for the tests that need one.

``DOSSIER_TEST_POSTGRES_URL`` names a server to use instead. Otherwise the server binaries
from Debian's packages (`apt-get install postgresql`; `.ci/run` installs them) are started in
a temporary folder, as the `postgres` user when the tests run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class NoPostgres(RuntimeError):
    """No PostgreSQL server can be started here (the message says why)."""


def _bin(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        raise NoPostgres(f"no {name}: install Debian's postgresql package")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL of an empty database on a fresh server; stop it afterwards."""
    if url := os.environ.get("DOSSIER_TEST_POSTGRES_URL"):
        yield url
        return
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise NoPostgres("running as root without runuser to start postgres as another user")
        shutil.chown(folder, user="postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()

    def run(*command: str) -> None:
        result = subprocess.run([*as_user, *command], capture_output=True, text=True, check=False)
        if result.returncode:
            raise NoPostgres(f"{Path(command[0]).name} failed: {result.stderr.strip()[-300:]}")

    try:
        run(_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "dossier", "--no-sync")
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(folder / "log")
        run(_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", log, "-w", "start")
        try:
            run(_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "dossier", "dossier")
            yield f"postgresql://dossier@127.0.0.1:{port}/dossier"
        finally:
            run(_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
