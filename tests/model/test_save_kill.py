"""A save killed at any moment leaves the map whole: the old version or the new one.

A child process saves a large map (2,000 touchpoints, 2.6 MB) over and over,
alternating between two versions, and is killed with SIGKILL at a random moment;
after each kill the file must be exactly one of the two versions. The child calls
``savefile.write_file`` with the serialised bytes, which is what ``fileformat.save``
does after serialising (so the child starts in a tenth of a second and spends its
time saving). 40 kills for a plain file and 20 for a hard-linked one by default;
``PARCOURS_KILL_RUNS=400`` runs more.
"""

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.model import fileformat
from app.model.savefile import finish_interrupted_save, write_file

ROOT = Path(__file__).parents[2]

RUNS = int(os.environ.get("PARCOURS_KILL_RUNS", "40"))

SAVER = """
import sys
from pathlib import Path
from app.model.savefile import write_file
path, old, new = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()
print("saving", flush=True)
while True:
    write_file(path, new)
    write_file(path, old)
"""

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def big_map(touchpoints: int, personas: int) -> Any:
    """scripts/make_big_map.py's stress map."""
    spec = importlib.util.spec_from_file_location("make_big_map", ROOT / "scripts/make_big_map.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.big_map(touchpoints, personas)


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two versions of a 2,000-touchpoint map, as files of bytes."""
    folder = tmp_path_factory.mktemp("versions")
    doc = big_map(2000, 8)
    old = fileformat.dumps(doc)
    doc.title = "Stress map, second version"
    doc.touchpoints[1000].title = "Changed in the second version"
    new = fileformat.dumps(doc)
    assert len(old) > 2_000_000 and old != new
    (folder / "old").write_bytes(old)
    (folder / "new").write_bytes(new)
    return folder / "old", folder / "new"


def kill_while_saving(path: Path, versions: tuple[Path, Path], rng: random.Random) -> None:
    """Start a child saving ``path`` in a loop; SIGKILL it at a random moment; reap it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", SAVER, str(path), *map(str, versions)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"saving\n"
        time.sleep(rng.uniform(0.0, 0.15))
        assert child.poll() is None, "the saving child stopped by itself"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)  # reaped: its pid is no longer alive
        if child.stdout is not None:
            child.stdout.close()


def temps(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


def test_a_save_killed_at_random_moments_always_leaves_the_old_or_the_new_map(
    tmp_path: Path, versions: tuple[Path, Path]
) -> None:
    old, new = (v.read_bytes() for v in versions)
    path = tmp_path / "big.journey"
    path.write_bytes(old)
    rng = random.Random(9)
    seen = {"old": 0, "new": 0, "temporary file left": 0}

    for run in range(RUNS):
        kill_while_saving(path, versions, rng)
        on_disk = path.read_bytes()
        assert on_disk in (old, new), f"kill {run + 1}: the file is neither version"
        seen["old" if on_disk == old else "new"] += 1
        left = temps(tmp_path)
        assert len(left) <= 1, f"kill {run + 1}: temporary files pile up: {left}"
        seen["temporary file left"] += len(left)

    write_file(path, old)  # the next save cleans up after the dead one
    assert temps(tmp_path) == []
    assert fileformat.loads(old).title != fileformat.loads(new).title
    print(f"{RUNS} kills: {seen}")


def test_a_hard_linked_map_killed_while_saving_keeps_its_link_and_is_whole_once_finished(
    tmp_path: Path, versions: tuple[Path, Path]
) -> None:
    old, new = (v.read_bytes() for v in versions)
    path = tmp_path / "big.journey"
    twin = tmp_path / "twin.journey"
    path.write_bytes(old)
    os.link(path, twin)
    rng = random.Random(11)
    seen = {"old": 0, "new": 0, "half-rewritten": 0, "finished from the ready copy": 0}

    for run in range(max(1, RUNS // 2)):
        kill_while_saving(path, versions, rng)
        seen["half-rewritten"] += twin.read_bytes() not in (old, new)
        if finish_interrupted_save(path):  # what the editor does before opening a file
            seen["finished from the ready copy"] += 1
        on_disk = twin.read_bytes()
        assert on_disk in (old, new), f"kill {run + 1}: the file is neither version"
        seen["old" if on_disk == old else "new"] += 1
        assert os.stat(path).st_ino == os.stat(twin).st_ino
        assert temps(tmp_path) == []

    print(f"{max(1, RUNS // 2)} kills of a hard-linked map: {seen}")
