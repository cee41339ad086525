"""The baselines: the same work done the plainest way with the same libraries.

``B_scene`` is a QGraphicsScene with one rectangle item per card and one path item
per persona curve in a 1920×1080 view; ``B_move`` moves one of its items and
repaints; ``B_curves`` rebuilds the persona paths and repaints; ``B_dump`` is
``json.dumps`` + write + fsync; ``B_pdf`` draws the layout's rectangles, text lines
and paths with plain reportlab calls, embedding the bundled TTF; ``B_png`` renders
``B_scene`` at 2× in bands, compressed into a PNG. (``B_qt`` and ``B_parse`` run in
child processes: see :mod:`benchmarks.child`.)

The geometry of ``B_scene`` follows the editor's (a 188-unit column per card,
168×116 cards in three lanes, an emotion lane below), so both draw about as much.
"""

import io
import json
import os
import struct
import time
import zlib
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView

COLUMN = 188.0
LEFT = 176.0
TOP = 60.0
CARD_W, CARD_H, LANE_H = 168.0, 116.0, 140.0
PLOT_TOP, PLOT_H = 1060.0, 200.0
HEIGHT = 1370.0
VIEW_SIZE = (1920, 1080)
ZOOM = 0.6
"""The zoom a big map opens at in the editor (``READABLE_ZOOM``): the same area is painted."""


def settle(rounds: int = 2) -> None:
    """Process every pending event, and those they post in turn (``rounds`` deep).

    In-process figures and baselines share one event loop: what a step posts must run
    within that step, not in the next one's time.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        reached: list[bool] = []
        QTimer.singleShot(0, partial(reached.append, True))  # after what is queued now
        while not reached:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        # What an event loop does between events, and processEvents() alone never does.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fit_viewport(window: Any, view: QGraphicsView) -> None:
    """Resize ``window`` so that ``view``'s viewport is exactly :data:`VIEW_SIZE`.

    The editor and ``B_scene`` then paint the same area (the editor's docks and
    toolbars around its canvas come on top).
    """
    for _ in range(2):  # scroll bars may come or go with the size
        viewport = view.viewport().size()
        window.resize(
            window.width() + VIEW_SIZE[0] - viewport.width(),
            window.height() + VIEW_SIZE[1] - viewport.height(),
        )
        settle()


def journey_order(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The touchpoints of a parsed file, grouped by phase, in list order within a phase."""
    journey = data["journey"]
    rank = {phase["id"]: i for i, phase in enumerate(journey["phases"])}
    indexed = list(enumerate(journey["touchpoints"]))
    indexed.sort(key=lambda pair: (rank.get(pair[1]["phase_id"], len(rank)), pair[0]))
    return [tp for _, tp in indexed]


class BareScene:
    """``B_scene``: rectangles and persona paths in a shown 1920×1080 view."""

    def __init__(self, data: dict[str, Any]) -> None:
        journey = data["journey"]
        self.order = journey_order(data)
        self.personas = [p["id"] for p in journey["personas"]]
        self.colours = {p["id"]: p.get("colour", "#336699") for p in journey["personas"]}
        card_lanes = [lane["id"] for lane in journey["lanes"] if lane["kind"] == "touchpoints"]
        row = {lane_id: i for i, lane_id in enumerate(card_lanes)}
        self.scene = QGraphicsScene()
        width = LEFT + COLUMN * max(1, len(self.order)) + 24
        self.scene.setSceneRect(0, 0, width, HEIGHT)
        self.scene.setBackgroundBrush(QColor("white"))
        pen, brush = QPen(QColor("#555555")), QBrush(QColor("#f2f4f8"))
        self.cards: list[QGraphicsRectItem] = []
        for i, tp in enumerate(self.order):
            x = LEFT + i * COLUMN + 10
            y = TOP + row.get(tp["lane_id"], 0) * LANE_H + 12
            self.cards.append(self.scene.addRect(QRectF(x, y, CARD_W, CARD_H), pen, brush))
        self.scores = [dict(tp.get("emotions", {})) for tp in self.order]
        self.curves: dict[str, QGraphicsPathItem] = {}
        for persona in self.personas:
            curve_pen = QPen(QColor(self.colours[persona]), 2)
            self.curves[persona] = self.scene.addPath(self.path(persona), curve_pen)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.view.resize(*VIEW_SIZE)
        self.view.scale(ZOOM, ZOOM)
        self.view.show()
        fit_viewport(self.view, self.view)
        self.view.centerOn(0, 0)
        self.moves = 0

    def path(self, persona: str) -> QPainterPath:
        """The persona's curve through its scores, column by column."""
        path = QPainterPath()
        started = False
        for i, scores in enumerate(self.scores):
            value = scores.get(persona)
            if value is None:
                continue
            point = QPointF(LEFT + i * COLUMN + COLUMN / 2, PLOT_TOP + (2 - value) * PLOT_H / 4)
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        return path

    def paint(self) -> None:
        """What every step ends with: pending events, then the viewport painted."""
        settle()
        self.view.viewport().repaint()

    def centre_on_card(self, index: int) -> QGraphicsRectItem:
        """Scroll to card ``index`` and return its item."""
        item = self.cards[index]
        self.view.centerOn(item.rect().center())
        self.paint()
        return item

    def move_step(self, item: QGraphicsRectItem) -> float:
        """``B_move``: one ``setPos`` and the repaint; seconds."""
        self.moves += 1
        start = time.perf_counter()
        item.setPos(7 * (self.moves % 40), 3 * (self.moves % 7))
        self.paint()
        return time.perf_counter() - start

    def curves_step(self, index: int) -> float:
        """``B_curves``: change one score, rebuild every persona path, repaint; seconds."""
        self.moves += 1
        start = time.perf_counter()
        persona = self.personas[0]
        self.scores[index][persona] = (self.moves % 9) / 2 - 2
        for persona_id, item in self.curves.items():
            item.setPath(self.path(persona_id))
        self.paint()
        return time.perf_counter() - start

    def close(self) -> None:
        """Let the view and scene go."""
        self.view.close()
        self.view.deleteLater()
        self.scene.deleteLater()


def dump_step(data: dict[str, Any], path: Path) -> float:
    """``B_dump``: ``json.dumps`` as the file format writes it, write, fsync; seconds."""
    start = time.perf_counter()
    text = json.dumps(data, indent=2, ensure_ascii=False)
    with open(path, "wb") as out:
        out.write(text.encode("utf-8"))
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - start


# -- B_pdf ------------------------------------------------------------------------------


class PdfPrimitives:
    """What the fitted PDF page holds, as plain lists: rectangles, text lines, paths.

    Taken from the editor's layout once, before timing (``layout`` is an
    :class:`app.layout.model.Layout`); ``draw`` then only issues reportlab calls.
    A channel icon is drawn as its rectangle, a curve point's marker as a circle.
    """

    def __init__(self, layout: Any, page: tuple[float, float], font_path: Path) -> None:
        self.page = page
        self.font_path = font_path
        units = (layout.width + 48, layout.height + 48)
        self.scale = min(page[0] / units[0], page[1] / units[1])
        self.rects: list[tuple[float, float, float, float, str]] = []
        self.texts: list[tuple[float, float, float, str]] = []
        self.paths: list[tuple[str, list[tuple[float, ...]]]] = []
        self.markers: list[tuple[float, float, str]] = []
        for phase in layout.phases:
            self._rect(phase.header, phase.colour)
            self._text(phase.title)
        for lane in layout.lanes:
            self._rect(lane.content, "#fafafa")
            self._rect(lane.header, lane.colour)
            self._text(lane.title)
        for card in layout.cards:
            self._rect(card.rect, "#e0e0e0")  # its shadow
            self._rect(card.rect, "#ffffff")
            self._rect(card.icon, "#dddddd")
            self._text(card.channel)
            self._text(card.title)
            for badge in card.badges:
                self._rect(badge.rect, "#eeeeee")
        for box in layout.framework:
            self._text(box.text)
        for bar in layout.bars:
            self._rect(bar.rect, "#88aadd")
            self._text(bar.label)
        for curve in layout.curves:
            segments = [
                tuple(v for p in (s.start, s.control1, s.control2, s.end) for v in (p.x, p.y))
                for s in curve.segments
            ]
            self.paths.append((curve.colour, segments))
            self.markers += [(p.point.x, p.point.y, curve.colour) for p in curve.points]

    def _rect(self, rect: Any, colour: str) -> None:
        self.rects.append((rect.x, rect.y, rect.w, rect.h, colour))

    def _text(self, box: Any) -> None:
        for i, line in enumerate(box.lines):
            y = box.rect.y + (i + 0.8) * box.line_height
            self.texts.append((box.rect.x, y, box.style.size, line))

    def draw(self) -> bytes:
        """``B_pdf``: one page, plain reportlab calls, the bundled TTF embedded."""
        from reportlab.lib.colors import HexColor
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("BenchSans", str(self.font_path)))
        out = io.BytesIO()
        c = canvas.Canvas(out, pagesize=self.page)
        s, height = self.scale, self.page[1]

        def at(x: float, y: float) -> tuple[float, float]:
            return 24 * s + x * s, height - (24 * s + y * s)

        for x, y, w, h, colour in self.rects:
            c.setFillColor(HexColor(colour))
            left, top = at(x, y)
            c.rect(left, top - h * s, w * s, h * s, stroke=1, fill=1)
        c.setFillColor(HexColor("#222222"))
        for x, y, size, line in self.texts:
            c.setFont("BenchSans", size * s)
            c.drawString(*at(x, y), line)
        for colour, segments in self.paths:
            if not segments:
                continue
            c.setStrokeColor(HexColor(colour))
            path = c.beginPath()
            path.moveTo(*at(segments[0][0], segments[0][1]))
            for x0, y0, x1, y1, x2, y2, x3, y3 in segments:
                del x0, y0
                path.curveTo(*at(x1, y1), *at(x2, y2), *at(x3, y3))
            c.drawPath(path, stroke=1, fill=0)
        for x, y, colour in self.markers:
            c.setFillColor(HexColor(colour))
            c.circle(*at(x, y), 5 * s, stroke=1, fill=1)
        c.showPage()
        c.save()
        return out.getvalue()


# -- B_png ------------------------------------------------------------------------------


def png_bands(
    bare: BareScene, scale: float, band_bytes: int
) -> tuple[int, int, Iterator[memoryview]]:
    """``B_scene`` rendered at ``scale`` in bands of at most ``band_bytes`` (RGBA rows).

    Each band is read in place (no copy) and dropped before the next is drawn, so
    one band is the only uncompressed image in memory.
    """
    rect = bare.scene.sceneRect()
    width, height = round(rect.width() * scale), round(rect.height() * scale)
    rows = max(1, min(height, band_bytes // (width * 4)))

    def bands() -> Iterator[memoryview]:
        for top in range(0, height, rows):
            band_h = min(rows, height - top)
            image = QImage(width, band_h, QImage.Format.Format_RGBA8888)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            source = QRectF(0, top / scale, width / scale, band_h / scale)
            bare.scene.render(
                painter, QRectF(0, 0, width, band_h), source, Qt.AspectRatioMode.IgnoreAspectRatio
            )
            painter.end()
            yield memoryview(image.constBits())[: image.bytesPerLine() * band_h]
            del painter, image

    return width, height, bands()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_png(path: Path, width: int, height: int, bands: Iterator[memoryview]) -> None:
    """A plain streaming PNG writer (zlib, filter none), at the export's compression level.

    Rows go to the compressor straight from the band.
    """
    compressor = zlib.compressobj(6 if width * height < 50_000_000 else 1)
    row = width * 4
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)))
        for band in bands:
            data = b"".join(
                compressor.compress(b"\x00") + compressor.compress(band[i : i + row])
                for i in range(0, len(band), row)
            )
            if data:
                out.write(_chunk(b"IDAT", data))
        out.write(_chunk(b"IDAT", compressor.flush()))
        out.write(_chunk(b"IEND", b""))
