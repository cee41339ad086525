"""The Export dialog: choices, a live preview of the first page, and export off the UI thread."""

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.export.formats import Format, dialog_filter, export_formats, format_for_extension
from app.export.options import PAPERS, TILE_PAPERS, ExportOptions
from app.export.result import Cancelled, ExportResult
from app.model.document import JourneyMap
from app.model.errors import InputError
from app.model.fileformat import atomic_write
from app.model.text import QT_TRANSLATE_NOOP
from app.ui.settings import ExportChoices

FORMATS = tuple((f.extension, f.name) for f in export_formats())
"""(extension, name) of each format the dialog offers, from the format registry."""
FORMAT_NAMES = (
    QT_TRANSLATE_NOOP("ExportDialog", "PDF document"),
    QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
    QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing"),
    QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet"),
    QT_TRANSLATE_NOOP("ExportDialog", "Mermaid journey"),
)
"""The registry's format names (app/export/formats.py), translated where the dialog shows them."""
LAYOUTS = (
    ("fit", QT_TRANSLATE_NOOP("ExportDialog", "Fit on one sheet")),
    ("poster", QT_TRANSLATE_NOOP("ExportDialog", "Poster at natural size")),
    ("tiles", QT_TRANSLATE_NOOP("ExportDialog", "Tiles to assemble into a wall poster")),
    ("slides", QT_TRANSLATE_NOOP("ExportDialog", "Slides, each phase large enough to project")),
)
ORIENTATIONS = (
    ("landscape", QT_TRANSLATE_NOOP("ExportDialog", "Landscape")),
    ("portrait", QT_TRANSLATE_NOOP("ExportDialog", "Portrait")),
)
DPIS = (150, 300, 600)
PREVIEW_DELAY_MS = 350


def export_format(kind: str) -> Format:
    """The registry's format for the dialog's ``kind`` (its extension: pdf, png, svg, csv, mmd)."""
    found = format_for_extension(kind)
    if found is None or found.writer is None:
        raise ValueError(
            QCoreApplication.translate(
                "ExportDialog", "Parcours cannot export to .{kind} files"
            ).format(kind=kind)
        )
    return found


def run_export(
    doc: JourneyMap,
    kind: str,
    options: ExportOptions,
    progress: Callable[[float], bool] | None = None,
) -> ExportResult:
    """Export ``doc`` as ``kind`` (pdf, png, svg, csv, mmd). Safe to call from a worker thread."""
    return export_format(kind).write(doc, options, progress)


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)


def _show_progress(progress: QProgressDialog, fraction: float) -> None:
    """A fraction done, in thousandths: from the first that is more than nothing, a figure."""
    if progress.maximum() == 0 and fraction > 0:
        progress.setRange(0, 1000)
    if progress.maximum():
        progress.setValue(int(fraction * 1000))


class Job(QRunnable):
    """Runs an export on the thread pool; ``cancel()`` stops it at its next progress report."""

    def __init__(self, doc: JourneyMap, kind: str, options: ExportOptions) -> None:
        super().__init__()
        self.doc, self.kind, self.options = doc, kind, options
        self.signals = _Signals()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, fraction: float) -> bool:
        self.signals.progress.emit(fraction)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = run_export(self.doc, self.kind, self.options, self._progress)
        except Cancelled:
            self.signals.failed.emit("")
        except (InputError, OSError, ValueError) as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug: say so rather than leave the dialog waiting forever
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "ExportDialog",
                    "An unexpected error stopped the export ({error}). Nothing was written.",
                ).format(error=error)
            )
        else:
            self.signals.finished.emit(result)


def preview_image(doc: JourneyMap, kind: str, options: ExportOptions) -> QImage | str:
    """The first page (PDF) or the image (PNG, SVG) small, or a sentence saying why not."""
    if export_format(kind).kind in ("csv", "mermaid"):
        return QCoreApplication.translate(
            "ExportDialog", "No picture for this format: it is text, for a spreadsheet or Mermaid."
        )
    if kind in ("png", "svg"):
        from app.export import raster

        small = ExportOptions(**{**options.__dict__, "scale": 0.5, "dpi": None})
        return QImage.fromData(raster.export_png(doc, small).data)
    if shutil.which("pdftoppm") is None:
        return QCoreApplication.translate(
            "ExportDialog",
            "The PDF preview needs poppler-utils (pdftoppm); the export itself does not.",
        )
    from app.export.pdf import export_pdf

    data = export_pdf(doc, ExportOptions(**{**options.__dict__, "appendix": False})).data
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "preview.pdf"
        source.write_bytes(data)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "40",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(source),
                str(Path(folder) / "page"),
            ],
            check=True,
            timeout=60,
        )
        return QImage(str(Path(folder) / "page.png"))


class PreviewJob(QRunnable):
    """Makes a preview on the thread pool."""

    def __init__(self, doc: JourneyMap, kind: str, options: ExportOptions, serial: int) -> None:
        super().__init__()
        self.doc, self.kind, self.options, self.serial = doc, kind, options, serial
        self.signals = _Signals()

    def run(self) -> None:
        try:
            image = preview_image(self.doc, self.kind, self.options)
        except Exception as error:  # the preview is a convenience: never let it break the dialog
            image = QCoreApplication.translate("ExportDialog", "No preview: {error}").format(
                error=error
            )
        self.signals.finished.emit((self.serial, image))


class ExportDialog(QDialog):
    """Choose what to export and how; see the first page; export with progress and Cancel."""

    exported = Signal(str)

    def __init__(
        self,
        doc: JourneyMap,
        choices: ExportChoices,
        default_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc.model_copy(deep=True)  # the map as it is now; edits go on meanwhile
        self.choices = choices
        self.default_name = default_name
        self.pool = QThreadPool.globalInstance()
        self._serial = 0
        self._job: Job | None = None
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_preview)
        self.retranslate()
        self._load(choices)
        self._changed()

    # -- the form ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.format = QComboBox()
        for key, name in FORMATS:
            self.format.addItem(name, key)
        self.layout_box = QComboBox()
        for key, _label in LAYOUTS:
            self.layout_box.addItem("", key)
        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        self.orientation = QComboBox()
        for key, _label in ORIENTATIONS:
            self.orientation.addItem("", key)
        self.tile_paper = QComboBox()
        self.tile_paper.addItems(TILE_PAPERS)
        self.appendix = QCheckBox()
        self.scale = QDoubleSpinBox(minimum=0.25, maximum=8.0, singleStep=0.5, suffix=" ×")
        self.dpi = QComboBox()
        self.dpi.addItem("", None)
        for value in DPIS:
            self.dpi.addItem("", float(value))
        self.transparent = QCheckBox()
        self.redact = QCheckBox()
        self.sticky_notes = QCheckBox()
        self.sticky_notes.setObjectName("notes")
        self.sticky_notes.setEnabled(bool(self.doc.notes))
        self.personas = self._checklist([(p.id, p.name) for p in self.doc.personas])
        self.lanes = self._checklist([(lane.id, lane.name) for lane in self.doc.lanes])
        self.labels = {
            key: QLabel()
            for key in (
                "format",
                "layout",
                "paper",
                "orientation",
                "tile_paper",
                "size",
                "scale",
                "personas",
                "lanes",
            )
        }

        form = QFormLayout()
        form.addRow(self.labels["format"], self.format)
        self.pdf_group = QGroupBox()
        pdf = QFormLayout(self.pdf_group)
        pdf.addRow(self.labels["layout"], self.layout_box)
        pdf.addRow(self.labels["paper"], self.paper)
        pdf.addRow(self.labels["orientation"], self.orientation)
        pdf.addRow(self.labels["tile_paper"], self.tile_paper)
        pdf.addRow(self.appendix)
        self.png_group = QGroupBox()
        png = QFormLayout(self.png_group)
        png.addRow(self.labels["size"], self.dpi)
        png.addRow(self.labels["scale"], self.scale)
        png.addRow(self.transparent)
        self.share_group = share = QGroupBox()
        share_form = QFormLayout(share)
        share_form.addRow(self.labels["personas"], self.personas)
        share_form.addRow(self.labels["lanes"], self.lanes)
        share_form.addRow(self.redact)
        share_form.addRow(self.sticky_notes)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.pdf_group)
        left.addWidget(self.png_group)
        left.addWidget(share)
        self.preview = QLabel(
            QCoreApplication.translate("ExportDialog", "Preparing the preview…"),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.preview.setMinimumSize(420, 320)
        self.preview.setWordWrap(True)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.notes = QLabel(wordWrap=True)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.notes)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(buttons)
        for widget in (
            self.format,
            self.layout_box,
            self.paper,
            self.orientation,
            self.tile_paper,
            self.dpi,
        ):
            widget.currentIndexChanged.connect(self._changed)
        for box in (self.appendix, self.transparent, self.redact, self.sticky_notes):
            box.toggled.connect(self._changed)
        self.scale.valueChanged.connect(self._changed)
        self.personas.itemChanged.connect(self._changed)
        self.lanes.itemChanged.connect(self._changed)

    def retranslate(self) -> None:
        """Set every text of the dialog in the interface language (again after a switch)."""
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export"))
        for index, (_key, name) in enumerate(FORMATS):
            self.format.setItemText(index, QCoreApplication.translate("ExportDialog", name))
        for index, (_key, label) in enumerate(LAYOUTS):
            self.layout_box.setItemText(index, QCoreApplication.translate("ExportDialog", label))
        for index, (_key, label) in enumerate(ORIENTATIONS):
            self.orientation.setItemText(index, QCoreApplication.translate("ExportDialog", label))
        self.dpi.setItemText(
            0, QCoreApplication.translate("ExportDialog", "Scale (pixels per map unit)")
        )
        for index, value in enumerate(DPIS, start=1):
            self.dpi.setItemText(
                index,
                QCoreApplication.translate("ExportDialog", "{dpi} dpi on the chosen paper").format(
                    dpi=value
                ),
            )
        self.appendix.setText(
            QCoreApplication.translate(
                "ExportDialog", "Appendix: persona cards, a table per phase and insights"
            )
        )
        self.transparent.setText(
            QCoreApplication.translate("ExportDialog", "Transparent background")
        )
        self.redact.setText(
            QCoreApplication.translate(
                "ExportDialog", "Redacted, for outside the team (no quotes, personas renamed)"
            )
        )
        self.sticky_notes.setText(QCoreApplication.translate("ExportDialog", "Show sticky notes"))
        self.sticky_notes.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                "Sticky notes are left out of exports (and of the map they carry) "
                "unless this is on.",
            )
        )
        labels = {
            "format": QCoreApplication.translate("ExportDialog", "Format"),
            "layout": QCoreApplication.translate("ExportDialog", "Layout"),
            "paper": QCoreApplication.translate("ExportDialog", "Paper"),
            "orientation": QCoreApplication.translate("ExportDialog", "Orientation"),
            "tile_paper": QCoreApplication.translate("ExportDialog", "Tile sheets"),
            "size": QCoreApplication.translate("ExportDialog", "Size"),
            "scale": QCoreApplication.translate("ExportDialog", "Scale"),
            "personas": QCoreApplication.translate("ExportDialog", "Personas"),
            "lanes": QCoreApplication.translate("ExportDialog", "Lanes"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.pdf_group.setTitle(QCoreApplication.translate("ExportDialog", "Pages"))
        self.png_group.setTitle(QCoreApplication.translate("ExportDialog", "Image"))
        self.share_group.setTitle(QCoreApplication.translate("ExportDialog", "What to share"))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", "Export…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _checklist(entries: list[tuple[str, str]]) -> QListWidget:
        widget = QListWidget()
        widget.setMaximumHeight(110)
        for element_id, name in entries:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, element_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            widget.addItem(item)
        return widget

    def _load(self, c: ExportChoices) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(c.format)))
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(c.layout)))
        self.paper.setCurrentText(c.paper)
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(c.orientation)))
        self.tile_paper.setCurrentText(c.tile_paper)
        self.appendix.setChecked(c.appendix)
        self.scale.setValue(c.scale)
        self.dpi.setCurrentIndex(max(0, self.dpi.findData(c.dpi)))
        self.transparent.setChecked(c.transparent)
        self.redact.setChecked(c.redact)
        self.sticky_notes.setChecked(c.notes)

    def kind(self) -> str:
        """The chosen format: pdf, png, svg, csv or mmd."""
        return str(self.format.currentData())

    def options(self) -> ExportOptions:
        """The choices as export options."""
        return ExportOptions(
            personas=_checked(self.personas),
            lanes=_checked(self.lanes),
            redact=self.redact.isChecked(),
            appendix=self.appendix.isChecked(),
            layout=self.layout_box.currentData(),
            paper=self.paper.currentText(),  # type: ignore[arg-type]
            orientation=self.orientation.currentData(),
            tile_paper=self.tile_paper.currentText(),  # type: ignore[arg-type]
            scale=self.scale.value() if self.kind() == "png" else 1.0,
            dpi=self.dpi.currentData(),
            transparent=self.transparent.isChecked(),
            notes=self.sticky_notes.isChecked(),
        )

    def remembered(self) -> ExportChoices:
        """The choices to offer next time."""
        o = self.options()
        return ExportChoices(
            format=self.kind(),
            layout=o.layout,
            paper=o.paper,
            orientation=o.orientation,
            tile_paper=o.tile_paper,
            appendix=o.appendix,
            scale=self.scale.value(),
            dpi=o.dpi,
            transparent=o.transparent,
            redact=o.redact,
            notes=o.notes,
            folder=self.choices.folder,
        )

    # -- preview ----------------------------------------------------------------------------

    def _changed(self) -> None:
        kind = self.kind()
        self.pdf_group.setEnabled(kind == "pdf")
        self.png_group.setEnabled(kind in ("png", "svg"))
        self.scale.setEnabled(kind == "png" and self.dpi.currentData() is None)
        self.dpi.setEnabled(kind == "png")
        self.tile_paper.setEnabled(self.layout_box.currentData() == "tiles")
        self.paper.setEnabled(
            self.layout_box.currentData() == "fit" or self.dpi.currentData() is not None
        )
        self._timer.start()

    def _start_preview(self) -> None:
        self._serial += 1
        self.preview.setText(QCoreApplication.translate("ExportDialog", "Updating the preview…"))
        job = PreviewJob(self.doc, self.kind(), self.options(), self._serial)
        job.signals.finished.connect(self._show_preview)
        self.pool.start(job)

    def _show_preview(self, payload: tuple[int, QImage | str]) -> None:
        serial, image = payload
        if serial != self._serial:
            return  # an older preview: the choices changed since
        if isinstance(image, str) or image.isNull():
            self.preview.setText(
                image
                if isinstance(image, str)
                else QCoreApplication.translate("ExportDialog", "No preview.")
            )
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(pixmap)

    # -- exporting ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask where to write the export, then run it."""
        kind = self.kind()
        folder = self.choices.folder or str(Path.home())
        chosen = export_format(kind)
        suggested = str(Path(folder) / f"{self.default_name}.{kind}")
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportDialog", "Export"),
            suggested,
            dialog_filter([chosen.kind]),
        )
        if path:
            if not path.lower().endswith(chosen.suffixes):
                path += chosen.suffixes[0]
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export to ``path`` on a worker thread, with a progress bar and Cancel."""
        self.choices.folder = str(path.parent)
        job = Job(self.doc, self.kind(), self.options())
        progress = QProgressDialog(
            QCoreApplication.translate("ExportDialog", "Exporting {name}…").format(name=path.name),
            QCoreApplication.translate("ExportDialog", "Cancel"),
            0,
            1000,
            self,
        )
        bar = QProgressBar(progress)
        # "%p" is the number: French writes "42 %".
        bar.setFormat(QCoreApplication.translate("ExportDialog", "%p%"))
        progress.setBar(bar)
        progress.setRange(0, 0)  # busy until the first report: preparing shows no figure
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(lambda fraction: _show_progress(progress, fraction))
        job.signals.finished.connect(lambda result: self._finished(path, result, progress))
        job.signals.failed.connect(lambda message: self._failed(message, progress))
        self._job = job
        self.export_button.setEnabled(False)
        self.pool.start(job)

    def _finished(self, path: Path, result: ExportResult, progress: QProgressDialog) -> None:
        progress.reset()
        self.export_button.setEnabled(True)
        try:
            atomic_write(path, result.data)
        except OSError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ExportDialog", "The export failed"),
                f"{path}: {error.strerror or error}",
            )
            return
        if result.notes:
            QMessageBox.information(
                self,
                QCoreApplication.translate("ExportDialog", "Exported, with a note"),
                "\n\n".join(result.notes),
            )
        self.exported.emit(str(path))
        self.accept()

    def _failed(self, message: str, progress: QProgressDialog) -> None:
        progress.reset()
        self.export_button.setEnabled(True)
        if message:
            QMessageBox.warning(
                self, QCoreApplication.translate("ExportDialog", "The export failed"), message
            )


def _checked(widget: QListWidget) -> frozenset[str] | None:
    ids = [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]
    return None if len(ids) == widget.count() else frozenset(ids)
