"""User settings: a pydantic model persisted through QSettings as one JSON value.

The window's frame reads the few settings it needs without pydantic
(``app.ui.frame_settings``), so that it is painted before the model is imported."""

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator
from PySide6.QtCore import QCoreApplication, QStandardPaths

from app.export.formats import export_formats
from app.export.options import ExportOptions, Orientation, PageLayout, Paper, TilePaper
from app.model.templates import LANGUAGES, TEMPLATES
from app.ui.frame_settings import store as _store

MAX_RECENT = 10


class ExportChoices(BaseModel):
    """The Export dialog's last choices, offered again next time."""

    format: str = "pdf"
    """The extension of an export format (app.export.formats): pdf, png, svg, csv, mmd."""
    layout: PageLayout = "fit"
    paper: Paper = ExportOptions.paper
    orientation: Orientation = "landscape"
    tile_paper: TilePaper = ExportOptions.tile_paper
    appendix: bool = True
    scale: float = Field(default=2.0, ge=0.25, le=8.0)
    dpi: float | None = None
    transparent: bool = False
    redact: bool = False
    notes: bool = False
    folder: str = ""

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        extensions = [f.extension for f in export_formats()]
        if value not in extensions:
            raise ValueError(f"{value!r} is not one of {', '.join(extensions)}")
        return value


class Settings(BaseModel):
    """What Parcours remembers between sessions."""

    recent_files: list[str] = Field(default_factory=list, title="Recently opened maps")
    last_file: str | None = Field(default=None, title="The map open when Parcours last closed")
    theme: Literal["system", "light", "dark", "high-contrast"] = Field(
        default="system", title="Colour theme"
    )
    ui_language: Literal["system", "en", "fr"] = Field(
        default="system", title="Interface language (system: follow the system's language)"
    )
    geometry: str = Field(default="", title="Main window geometry (base64)")
    panels: str = Field(default="", title="Where the panels are and which are shown (base64)")
    export: ExportChoices = Field(default_factory=ExportChoices, title="Last export choices")
    autosave_seconds: int = Field(
        default=30, ge=5, le=3600, title="Seconds between a change and its recovery copy"
    )
    keep_backup: bool = Field(
        default=False, title="Keep the previous version beside the file as a backup"
    )
    default_template: str = Field(
        default="five-phases", title="The template of a new map (File ▸ New, start-up)"
    )
    default_map_language: Literal["interface", "en", "fr"] = Field(
        default="interface", title="The language of a new map (interface: the interface's)"
    )
    present_from_first_phase: bool = Field(
        default=False, title="Presentations start at the first phase (else where the last stopped)"
    )
    present_overview: bool = Field(default=False, title="Presentations start with the whole map")
    present_high_contrast: bool = Field(
        default=False, title="Presentations start in black on white for projectors"
    )

    @field_validator("default_template")
    @classmethod
    def _known_template(cls, value: str) -> str:
        # A template that no longer exists: the usual one, not the loss of every setting.
        return value if value in TEMPLATES else "five-phases"

    def new_map_language(self, interface_language: str) -> str:
        """The language of a new map: the chosen one, or the interface's."""
        if self.default_map_language == "interface":
            return interface_language if interface_language in LANGUAGES else "en"
        return self.default_map_language

    def remember(self, path: str) -> None:
        """Put ``path`` first in the recent files."""
        self.recent_files = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT]
        self.last_file = path


def data_folder() -> Path:
    """Parcours' per-user data folder (recovery copies, crash reports): Qt's AppDataLocation,
    which follows ``XDG_DATA_HOME`` on Linux; the same folder before a QApplication exists."""
    if QCoreApplication.instance() is not None:
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(generic) / "Parcours" / "Parcours"  # organisation / application, as app.py sets


def load_settings() -> Settings:
    """The saved settings; defaults when none are saved or they cannot be read."""
    raw = _store().value("settings", "")
    if not isinstance(raw, str) or not raw:
        return Settings()
    try:
        return Settings.model_validate_json(raw)
    except ValidationError:
        return Settings()


def save_settings(settings: Settings) -> None:
    """Persist ``settings``."""
    store = _store()
    store.setValue("settings", settings.model_dump_json())
    store.sync()
