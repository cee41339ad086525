"""The journey scene: items for a layout, updated item by item after each command."""

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.export.qt.text import QtMeasure
from app.export.qt.theme import LIGHT, Theme
from app.layout import layout as compute_layout
from app.layout.curves import forget_smoothed_paths
from app.layout.engine import LayoutOptions
from app.layout.incremental import Delta, relayout
from app.layout.model import Layout
from app.layout.text import Wrapper
from app.model.commands import Change
from app.model.document import JourneyMap
from app.model.fileformat import collector_paused
from app.ui.canvas.items import (
    BoxItem,
    CardItem,
    CurveItem,
    EmotionLaneItem,
    FrameworkLaneItem,
    IndicatorItem,
    LaneItem,
    MetricLaneItem,
    NoteItem,
    PhaseItem,
)

MARGIN = 48.0
FREEZE_AFTER = 500
"""Maps of this many cards are frozen after opening (``MainWindow.set_document``), and an
update that gives this many cards new boxes freezes them (``apply``)."""


class JourneyScene(QGraphicsScene):
    """Draws a map's layout; ``sync`` applies a new layout touching only what changed."""

    def __init__(self, theme: Theme = LIGHT, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.measure = Wrapper(QtMeasure())
        self.layout: Layout | None = None
        self.hidden_personas: set[str] = set()
        self.current_persona_id: str | None = None
        """The persona a click in the emotion lane scores (the one chosen in the Personas panel)."""
        self.cards: dict[str, CardItem] = {}
        self.phases: dict[str, PhaseItem] = {}
        self.lanes: dict[str, LaneItem] = {}
        self.framework: dict[str, FrameworkLaneItem] = {}
        self.emotion: dict[str, EmotionLaneItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.metrics: dict[str, MetricLaneItem] = {}
        self.notes: dict[str, NoteItem] = {}
        self.indicator = IndicatorItem(theme)
        self.addItem(self.indicator)
        self.cache_lanes = False
        """Framework and metric lanes keep what they showed as pixmaps (see ``set_cached``)."""
        self.cache_curves = False
        """Persona curves keep what they showed as pixmaps (see ``set_cached``)."""
        self.setBackgroundBrush(theme.background)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # -- building and updating ----------------------------------------------------------

    def show_document(self, doc: JourneyMap) -> Layout:
        """Lay out ``doc`` and bring the items up to date with it."""
        result = compute_layout(doc, self.measure, LayoutOptions())
        self.sync(result)
        return result

    def apply(self, doc: JourneyMap, changes: list[Change]) -> Layout:
        """Bring the items up to date with ``doc`` after a command reported ``changes``.

        Only the pieces the changes touch are laid out again (see
        :func:`app.layout.incremental.relayout`) and only their items are updated;
        anything the shortcuts do not cover is laid out and synced in full.
        """
        if self.layout is None:
            return self.show_document(doc)
        # A move across the map gives thousands of columns new boxes: without a pause, the
        # collector would rescan every box made so far several times over (a third of the
        # time of such an edit on a 10,000-card map). It resumes when the update is done.
        with collector_paused():
            result, delta = relayout(self.layout, doc, changes, self.measure, LayoutOptions())
            if delta.full or not self._patch(result, delta):
                self.sync(result)
        renewed = len(result.slots) if delta.full else len(delta.cards)
        if renewed >= FREEZE_AFTER and gc.isenabled():
            # The window freezes a map of 500 cards or more and its layout after opening it
            # (gc.freeze): the boxes that replaced hundreds of them are as long-lived, so what
            # lives now is frozen too, else the collector rescans them all soon after (180 ms
            # at 10,000 cards). Boxes hold no cycles: those a later edit replaces are still
            # freed at once; the next open unfreezes everything (MainWindow.set_document).
            # (Not while the collector is paused: the window then waits for the previous map
            # to go before it freezes.)
            gc.freeze()
        return result

    def _patch(self, result: Layout, delta: Delta) -> bool:
        """Update just the items ``delta`` names; False when that is not enough (sync instead)."""
        by_card = result.cards_by_id()  # one lookup table for thousands of cards after a move
        table = self.cards
        cards = [(table.get(t), by_card.get(t)) for t in delta.cards]
        going = [item for item, box in cards if item is not None and box is None]
        runs = [(self.framework.get(lane_id), span, boxes) for lane_id, span, boxes in delta.texts]
        bars = [(self.metrics.get(lane_id), span, boxes) for lane_id, span, boxes in delta.bars]
        curves = [(self.curves.get(p), p) for p in delta.curves]
        phases = [(self.phases.get(p), result.phase(p)) for p in delta.phases]
        lanes = [(self.lanes.get(lane_id), result.lane(lane_id)) for lane_id in delta.lanes]
        if any(item is None for item, _, _ in (*runs, *bars)):
            return False
        if any(item is None for item, _ in (*curves, *phases, *lanes)):
            return False
        if delta.resized and not self._resized(result):
            return False
        old = self.layout
        self.layout = result
        for phase_item, phase_box in phases:
            assert phase_item is not None
            phase_item.set_box(phase_box)
        for band_item, band_box in lanes:
            assert band_item is not None
            band_item.set_box(band_box)
        colours = {p.phase_id: p.colour for p in result.phases} if cards else {}
        slot = result.slot
        moved = delta.moved
        if going:
            with self._losing(going):
                for item in going:
                    del table[item.element_id]
                    self.removeItem(item)
        for card_item, box in cards:
            if box is None:
                continue  # gone (removed above), or a card in a collapsed lane
            if card_item is None:  # a new card
                card_item = table[box.touchpoint_id] = CardItem(
                    box, self.theme, colours[slot(box.touchpoint_id).phase_id]
                )
                self.addItem(card_item)
                continue
            if box.touchpoint_id in moved:
                card_item.move_box(box)  # only moved: its pixmap is kept
            else:
                card_item.set_box(box)
            # A card moved to another phase shows that phase's colour.
            card_item.set_accent(colours[slot(box.touchpoint_id).phase_id])
        for lane_item, span, boxes in (*runs, *bars):
            assert lane_item is not None
            lane_item.replace_span(span, list(boxes))
        by_persona = {c.persona_id: c for c in result.curves}
        for curve_item, persona_id in curves:
            assert curve_item is not None
            curve_item.set_curve(by_persona[persona_id], delta.curve_span)
        if delta.notes:
            self._sync_notes(result)
        if old is None or (result.width, result.height) != (old.width, old.height):
            self._set_scene_rect(result)
        return True

    @contextmanager
    def _losing(self, going: Iterable[QGraphicsItem]) -> Iterator[None]:
        """Remove ``going`` from the scene inside the block: if some were selected, they
        are unselected first, quietly, and the selection changes once, after the block
        (Qt would say so once per selected item removed)."""
        selected = [item for item in going if item.isSelected()]
        if selected:
            with self.one_selection_change(announce=False):
                for item in selected:
                    item.setSelected(False)
        yield
        if selected:
            self.selectionChanged.emit()

    def _sync_notes(self, result: Layout) -> None:
        wanted = {n.note_id: n for n in result.notes}
        theme = self.theme
        with self._losing([item for k, item in self.notes.items() if k not in wanted]):
            self._sync(self.notes, wanted, lambda _, box: NoteItem(box, theme), BoxItem.set_box)

    def _resized(self, result: Layout) -> bool:
        """The lanes' contents and scales follow the map's new width (False, with nothing
        changed: an item is missing, sync instead)."""
        lanes = {lane.lane_id: lane for lane in result.lanes}
        scales = [(self.emotion.get(s.lane_id), s) for s in result.scales]
        if any(item is None for item, _ in scales) or len(scales) != len(self.emotion):
            return False
        if not lanes.keys() >= self.framework.keys() | self.metrics.keys():
            return False
        for item, scale in scales:
            assert item is not None
            item.set_scale(scale, lanes[scale.lane_id].header)
        for lane_id, framework_item in self.framework.items():
            framework_item.set_band(lanes[lane_id].band)
        for lane_id, metric_item in self.metrics.items():
            metric_item.set_band(lanes[lane_id].content)
        return True

    def _set_scene_rect(self, result: Layout) -> None:
        self.setSceneRect(
            QRectF(-MARGIN, -MARGIN, result.width + 2 * MARGIN, result.height + 2 * MARGIN)
        )

    def sync(self, result: Layout) -> None:
        """Make the items show ``result``: add, update or remove only what differs."""
        # Selected cards and notes about to go are unselected first, quietly: Qt would say
        # "selection changed" once per selected item removed (undoing a paste of 10,000
        # cards made every listener read the selection 10,000 times: over a minute).
        going = []
        if self.selectedItems():  # else nothing to look for (most relayouts)
            going = [
                item
                for table, kept in (
                    (self.cards, {c.touchpoint_id for c in result.cards}),
                    (self.notes, {n.note_id for n in result.notes}),
                )
                for key, item in table.items()
                if key not in kept and item.isSelected()
            ]
        with self._losing(going):  # "changed" once, when the items show ``result``
            self._sync_items(result)

    def _sync_items(self, result: Layout) -> None:
        theme = self.theme
        phase_colour = {p.phase_id: p.colour for p in result.phases}
        slot_phase = {s.touchpoint_id: s.phase_id for s in result.slots}
        self._sync(
            self.phases,
            {p.phase_id: p for p in result.phases},
            lambda _, box: PhaseItem(box, theme),
            BoxItem.set_box,
        )
        self._sync(
            self.lanes,
            {lane.lane_id: lane for lane in result.lanes},
            lambda _, box: LaneItem(box, theme),
            BoxItem.set_box,
        )

        def make_card(_: str, box: Any) -> CardItem:
            return CardItem(box, theme, phase_colour[slot_phase[box.touchpoint_id]])

        def update_card(item: Any, box: Any) -> None:
            item.set_box(box)
            item.set_accent(phase_colour[slot_phase[box.touchpoint_id]])

        self._sync(self.cards, {c.touchpoint_id: c for c in result.cards}, make_card, update_card)

        texts: dict[str, list[Any]] = {}
        for box in result.framework:
            texts.setdefault(box.lane_id, []).append(box)
        frameworks = {
            lane.lane_id: (texts.get(lane.lane_id, []), lane.band)
            for lane in result.lanes
            if lane.kind == "framework" and not lane.collapsed
        }
        self._sync(
            self.framework,
            frameworks,
            lambda lane_id, v: self._cached(
                FrameworkLaneItem(lane_id, v[0], v[1], theme), self.cache_lanes
            ),
            lambda item, v: item.set_boxes(*v),
        )
        headers = {lane.lane_id: lane.header for lane in result.lanes}
        self._sync(
            self.emotion,
            {s.lane_id: s for s in result.scales},
            lambda _, s: EmotionLaneItem(s, headers[s.lane_id], theme),
            lambda item, s: item.set_scale(s, headers[s.lane_id]),
        )
        self._sync(
            self.curves,
            {c.persona_id: c for c in result.curves},
            lambda _, c: self._cached(CurveItem(c, theme), self.cache_curves),
            CurveItem.set_curve,
        )
        for persona_id, curve in self.curves.items():
            curve.setVisible(persona_id not in self.hidden_personas)
        bars: dict[str, list[Any]] = {}
        for bar in result.bars:
            bars.setdefault(bar.lane_id, []).append(bar)
        metric_lanes = {
            lane.lane_id: (
                bars.get(lane.lane_id, []),
                result.metric_plots[lane.lane_id],
                lane.content,
            )
            for lane in result.lanes
            if lane.kind == "metric" and lane.lane_id in result.metric_plots
        }
        self._sync(
            self.metrics,
            metric_lanes,
            lambda lane_id, v: self._cached(
                MetricLaneItem(lane_id, v[0], v[1], v[2], theme), self.cache_lanes
            ),
            lambda item, v: item.set_bars(*v),
        )
        self._sync_notes(result)
        self.layout = result
        self._set_scene_rect(result)

    def _sync(
        self,
        items: dict[str, Any],
        wanted: dict[str, Any],
        make: Callable[[str, Any], QGraphicsItem],
        update: Callable[[Any, Any], None],
    ) -> None:
        for element_id in [key for key in items if key not in wanted]:
            self.removeItem(items.pop(element_id))
        for element_id, value in wanted.items():
            item = items.get(element_id)
            if item is None:
                item = items[element_id] = make(element_id, value)
                self.addItem(item)
            else:
                update(item, value)

    def set_cached(self, lanes: bool, curves: bool) -> None:
        """Whether long items are painted once into pixmaps and then copied.

        Cards always are. Framework and metric lanes (``lanes``) and persona curves
        (``curves``) are long and cost the most to draw (texts, dashed curves); cached,
        a repaint that does not change them copies pixmaps of their part in view. Qt
        keeps those pixmaps per view in ``QPixmapCache``: the view that turns this on
        makes sure the cache can hold them (:meth:`JourneyView.budget_caches`), else
        they would be drawn again at every repaint, slower than without a cache.
        Exports never paint these items, only the layout.
        """
        if lanes != self.cache_lanes:
            self.cache_lanes = lanes
            for table in (self.framework, self.metrics):
                for item in table.values():
                    self._cached(item, lanes)
        if curves != self.cache_curves:
            self.cache_curves = curves
            for curve in self.curves.values():
                self._cached(curve, curves)

    @staticmethod
    def _cached(item: QGraphicsItem, on: bool) -> Any:
        mode = QGraphicsItem.CacheMode
        item.setCacheMode(mode.DeviceCoordinateCache if on else mode.NoCache)
        return item

    def start_over(self) -> None:
        """Forget the map shown so far: its items, its layout and the caches made for it.

        Called before another map (or the same file again) is shown, so that a long-lived
        editor holds one map's items and layout pieces, not one more set per map opened
        (an item whose box is unchanged keeps its old box object, so the boxes of a
        reopened map would otherwise sit beside the ones the items hold).
        """
        self.clearSelection()
        for table in self._tables():
            for item in table.values():
                self.removeItem(item)
            table.clear()
        self.layout = None
        self.measure = Wrapper(QtMeasure())
        forget_smoothed_paths()

    def _tables(self) -> tuple[dict[str, Any], ...]:
        """Every table of items, one per kind of thing the map shows."""
        return (
            self.cards,
            self.phases,
            self.lanes,
            self.framework,
            self.emotion,
            self.curves,
            self.metrics,
            self.notes,
        )

    # -- lookups ------------------------------------------------------------------------

    def item_for(self, element_id: str) -> QGraphicsItem | None:
        """The item that shows an element: a card, phase, lane or persona curve."""
        for table in (self.cards, self.phases, self.lanes, self.curves, self.notes):
            item = table.get(element_id)
            if item is not None:
                return item
        return None

    def selected_touchpoints(self) -> list[str]:
        """Ids of the selected cards, in journey order."""
        ids = {item.element_id for item in self.selectedItems() if isinstance(item, CardItem)}
        if self.layout is None:
            return []
        return [s.touchpoint_id for s in self.layout.slots if s.touchpoint_id in ids]

    def selected_notes(self) -> list[str]:
        """Ids of the selected sticky notes."""
        return [i.element_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def select_only(self, ids: Iterable[str]) -> None:
        """Select exactly the cards (or sticky notes) of ``ids`` (one selection change)."""
        wanted = set(ids)
        with self.one_selection_change():
            for element_id, item in self.cards.items():
                item.setSelected(element_id in wanted)
            for element_id, note in self.notes.items():
                note.setSelected(element_id in wanted)

    @contextmanager
    def one_selection_change(self, announce: bool = True) -> Iterator[None]:
        """Items (un)selected inside the block make one ``selectionChanged``, after it.

        Qt emits it once per item whose selection changes, and each listener reads the
        whole selection: selecting all 10,000 cards of a map took a minute. Only
        (un)select items inside the block: the scene's other signals are held back too.
        ``announce=False``: the caller emits it itself, later.
        """
        before = self.selectedItems()
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            # Qt drops unselected items from its list of selected ones only when asked for
            # it: removing one still listed would say "selection changed" again.
            after = self.selectedItems()
            self.blockSignals(blocked)
        changed = len(after) != len(before) or set(after) != set(before)
        if announce and not blocked and changed:
            self.selectionChanged.emit()

    def scoring_persona(self, doc: JourneyMap) -> str | None:
        """Whom a click in the emotion lane scores: the current persona if shown, else the first."""
        shown = [p.id for p in doc.personas if p.id not in self.hidden_personas]
        if self.current_persona_id in shown:
            return self.current_persona_id
        # A hidden curve would change out of sight: the first shown persona is scored instead.
        return shown[0] if shown else None

    def set_persona_visible(self, persona_id: str, visible: bool) -> None:
        """Show or hide a persona's curve (a view setting, not an edit)."""
        if visible:
            self.hidden_personas.discard(persona_id)
        else:
            self.hidden_personas.add(persona_id)
        item = self.curves.get(persona_id)
        if item is not None:
            item.setVisible(visible)

    def set_theme(self, theme: Theme) -> None:
        """Repaint everything in another palette."""
        self.theme = theme
        self.setBackgroundBrush(theme.background)
        self.indicator.theme = theme
        for table in self._tables():
            for item in table.values():
                item.set_theme(theme)
