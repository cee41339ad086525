"""Is a process still running? Used to tell stale locks, recovery copies and temporary files
from those of a Parcours that is still at work. No Qt.
"""

import os
import sys
from pathlib import Path
from typing import Any


def pid_alive(pid: int) -> bool:
    """True when a process ``pid`` exists on this computer."""
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it belongs to someone else
    except OSError:
        return True
    return _not_zombie(pid)


def _not_zombie(pid: int) -> bool:
    # A killed child not yet reaped by its parent still answers kill(pid, 0).
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    return stat[stat.rfind(")") + 2 :][:1] != "Z"


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    still_active, access_denied = 259, 5
    kernel: Any = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel.GetLastError() == access_denied)  # it exists, it is not ours
    try:
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == still_active
    finally:
        kernel.CloseHandle(handle)


def process_start(pid: int) -> str:
    """The start time of process ``pid`` in clock ticks since boot (Linux), else ""."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else ""


def boot_id() -> str:
    """This boot of the machine (Linux), so that pids from before a restart are not trusted."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip()
    except OSError:
        return ""
