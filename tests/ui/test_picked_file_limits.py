"""A picture or an icon picked from disk is never read whole when it is far too large."""

from pathlib import Path

import pytest

from app.model.errors import InputError
from app.model.limits import MAX_FILE_BYTES
from app.ui.channel_palette import read_icon_file
from app.ui.inspector.avatar import load_avatar


def _sparse(path: Path) -> Path:
    with path.open("wb") as handle:  # no disk space used
        handle.truncate(MAX_FILE_BYTES + 1)
    return path


@pytest.mark.parametrize("reader", [load_avatar, read_icon_file])
def test_a_huge_file_is_refused_naming_it(reader, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _sparse(tmp_path / "holiday.png")
    with pytest.raises(InputError) as caught:
        reader(path)
    message = caught.value.describe()
    assert str(path) in message
    assert "too large" in message
