"""`parcours export --notes`: sticky notes go into an export only when asked."""

from pathlib import Path

import pytest

from app.cli import main
from app.export.embed import read_export
from app.model import fileformat
from app.model.document import StickyNote
from app.resources import sample_map


def test_export_leaves_notes_out_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = fileformat.load(sample_map("en"))
    doc.notes.append(StickyNote(text="Ask the shop", x=300, y=1600))
    source = tmp_path / "map.journey"
    fileformat.save(doc, source)
    assert fileformat.load(source).notes == doc.notes  # and `validate` accepts the map:
    assert main(["validate", str(source)]) == 0
    for flag, expected in (([], []), (["--notes"], doc.notes)):
        target = tmp_path / f"map{len(flag)}.pdf"
        assert main(["export", str(source), "-o", str(target), *flag]) == 0
        assert read_export(target).notes == expected
    capsys.readouterr()
