"""Edit ▸ Preferences: the settings a user chooses, one tab per topic.

Each page is a function that adds its rows to a form and returns a function copying the page's
choices into a :class:`Settings`; a later page (language, theme, templates) is one more entry in
:data:`PAGES`. Nothing changes until OK, and OK changes the given Settings object in place, so a
running autosave reads the new interval the next time it starts its countdown.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


TEXT = {
    "window": "Preferences",
    "saving": "Saving",
    "autosave": "Recovery copy after",
    "autosave_tip": "How long after a change Parcours writes a recovery copy of an unsaved map "
    "(in its data folder, never over your file).",
    "seconds": " s",
    "keep_backup": "Keep the previous version as a backup beside the file",
    "keep_backup_tip": "When saving, the version on disk is kept beside the map as a backup.",
}

Apply = Callable[[Settings], None]
Page = Callable[[QFormLayout, Settings], Apply]


def saving_page(form: QFormLayout, settings: Settings) -> Apply:
    """Autosave interval and backups."""
    limits = Settings.model_fields["autosave_seconds"].metadata
    low = next((m.ge for m in limits if getattr(m, "ge", None) is not None), 5)
    high = next((m.le for m in limits if getattr(m, "le", None) is not None), 3600)
    seconds = QSpinBox()
    seconds.setObjectName("autosave_seconds")
    seconds.setRange(int(low), int(high))
    seconds.setSuffix(_tr(TEXT["seconds"]))
    seconds.setValue(settings.autosave_seconds)
    seconds.setToolTip(_tr(TEXT["autosave_tip"]))
    backup = QCheckBox(_tr(TEXT["keep_backup"]))
    backup.setObjectName("keep_backup")
    backup.setChecked(settings.keep_backup)
    backup.setToolTip(_tr(TEXT["keep_backup_tip"]))
    form.addRow(_tr(TEXT["autosave"]), seconds)
    form.addRow(backup)

    def apply(chosen: Settings) -> None:
        chosen.autosave_seconds = seconds.value()
        chosen.keep_backup = backup.isChecked()

    return apply


PAGES: list[tuple[str, Page]] = [("saving", saving_page)]
"""(name, page) pairs; the tab title is ``TEXT[name]`` and the tab's objectName ``page:<name>``."""


class PreferencesDialog(QDialog):
    """The user's choices, applied to ``settings`` on OK; Cancel changes nothing."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(_tr(TEXT["window"]))
        self.settings = settings
        self.initial = settings.model_copy(deep=True)
        self.draft = settings.model_copy(deep=True)
        self.tabs = QTabWidget()
        self.applies: list[Apply] = []
        for name, page in PAGES:
            widget = QWidget()
            widget.setObjectName(f"page:{name}")
            self.applies.append(page(QFormLayout(widget), self.draft))
            self.tabs.addTab(widget, _tr(TEXT[name]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs)
        column.addWidget(buttons)

    def accept(self) -> None:
        """Copy the changed choices into the settings (validated), then close."""
        for apply in self.applies:
            apply(self.draft)
        checked = Settings.model_validate(self.draft.model_dump())
        for name in type(checked).model_fields:
            if getattr(checked, name) != getattr(self.initial, name):  # only what the user chose
                setattr(self.settings, name, getattr(checked, name))
        super().accept()
