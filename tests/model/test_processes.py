"""Telling a running Parcours from one that is gone (locks, recovery copies, temporary files)."""

import os
import socket
import subprocess
import sys
import time

import pytest

from app.model.processes import pid_alive, process_start


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="zombies are read from /proc")
def test_a_killed_process_not_yet_reaped_counts_as_gone() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert pid_alive(child.pid)
        child.kill()
        deadline = time.monotonic() + 5
        while pid_alive(child.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        # The parent has not waited for it: kill(pid, 0) still succeeds on the zombie.
        os.kill(child.pid, 0)
        assert not pid_alive(child.pid)
    finally:
        child.kill()
        child.wait()


def test_a_recovery_copy_of_a_killed_editor_is_offered_even_before_it_is_reaped() -> None:
    from app.ui.autosave import owner_alive

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    details = {
        "pid": child.pid,
        "host": socket.gethostname(),
        "started": process_start(child.pid) or None,
    }
    try:
        assert owner_alive(details)
        child.kill()
        deadline = time.monotonic() + 5
        while owner_alive(details) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not owner_alive(details)
    finally:
        child.wait()


def test_this_process_is_alive_and_has_a_start_time() -> None:
    assert pid_alive(os.getpid())
    if sys.platform.startswith("linux"):
        assert process_start(os.getpid()).isdigit()
