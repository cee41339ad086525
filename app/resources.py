"""Where the bundled resources (icons, samples, fonts) live."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLES = RESOURCES / "samples"
ICONS = RESOURCES / "icons"
FONTS = RESOURCES / "fonts"


def sample_map(language: str = "en") -> Path:
    """The sample map shown on first launch, in ``language`` (English when missing)."""
    path = SAMPLES / f"guitar-purchase.{language}.journey"
    return path if path.exists() else SAMPLES / "guitar-purchase.en.journey"
