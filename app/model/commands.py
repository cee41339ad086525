"""Edit commands: every change to a document is one of these.

A command refers to elements by id and remembers list positions, so that
undoing after a delete-and-recreate still finds the right element and puts it
back where it was. Commands group into a :class:`Transaction`, which is one
undo step. ``apply`` and ``revert`` return the :class:`Change` events views use
to update only what changed.

The primitives (:class:`AddElement`, :class:`RemoveElement`,
:class:`MoveElement`, :class:`Reorder`, :class:`SetFields`) work on any element
kind; a reorder of any size (a card dragged across the map, a phase moved) is
one :class:`Reorder`, never one move per shifted element. The
functions at the bottom build the transactions an editor needs, keeping
references consistent (deleting a phase deletes its cards, deleting a persona
clears its scores, ...).
"""

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, cast

from pydantic import BaseModel, ValidationError, create_model

from app.model.document import (
    CustomChannel,
    Element,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Phase,
    StickyNote,
    Touchpoint,
    position_of,
)
from app.model.errors import InputError, problems_from_pydantic
from app.model.text import QT_TRANSLATE_NOOP, number_text, translate

Collection = Literal["phases", "lanes", "personas", "metrics", "channels", "touchpoints", "notes"]
COLLECTIONS: tuple[Collection, ...] = (
    "phases",
    "lanes",
    "personas",
    "metrics",
    "channels",
    "touchpoints",
    "notes",
)
MAP: Literal["map"] = "map"
"""The ``collection`` of changes to the map's own fields (title, author, ...)."""

AnyElement = Phase | Lane | Persona | Metric | CustomChannel | Touchpoint | StickyNote

_NOUN: dict[str, str] = {
    "phases": QT_TRANSLATE_NOOP("CommandNoun", "phase"),
    "lanes": QT_TRANSLATE_NOOP("CommandNoun", "lane"),
    "personas": QT_TRANSLATE_NOOP("CommandNoun", "persona"),
    "metrics": QT_TRANSLATE_NOOP("CommandNoun", "metric"),
    "channels": QT_TRANSLATE_NOOP("CommandNoun", "channel"),
    "touchpoints": QT_TRANSLATE_NOOP("CommandNoun", "card"),
    "notes": QT_TRANSLATE_NOOP("CommandNoun", "sticky note"),
    "map": QT_TRANSLATE_NOOP("CommandNoun", "map"),
}
"""What an undo step calls an element (French adds the article: "la phase")."""


def _noun(collection: str) -> str:
    return translate("CommandNoun", _NOUN[collection])


@dataclass(frozen=True)
class Change:
    """What a command did to one element; views update only the elements named."""

    kind: Literal["added", "removed", "updated", "moved"]
    collection: Collection | Literal["map"]
    element_id: str
    fields: frozenset[str] = frozenset()
    """The fields an ``updated`` change touched; empty means unknown (anything may have)."""


class Command(ABC):
    """A reversible edit. ``apply`` then ``revert`` leaves the document as it was."""

    label: str

    @abstractmethod
    def apply(self, doc: JourneyMap) -> list[Change]:
        """Make the change; return what changed."""

    @abstractmethod
    def revert(self, doc: JourneyMap) -> list[Change]:
        """Undo the change made by the last ``apply``; return what changed."""


def _items(doc: JourneyMap, collection: Collection) -> list[Any]:
    return cast(list[Any], getattr(doc, collection))


_last_index: dict[str, int] = {}
"""Where each recently looked-up element was: checked before use, so never wrong, only fast."""


def index_of(items: Sequence[Any], element_id: str) -> int:
    """The position of element ``element_id`` in ``items`` (KeyError when absent)."""
    # Typing in a field looks the same card up on every keystroke, apply and undo:
    # remembering where it was keeps that from scanning a map of 10,000 cards each time.
    hint = _last_index.get(element_id)
    if hint is not None and hint < len(items) and items[hint].id == element_id:
        return hint
    i = position_of(items, element_id)  # where the previous search ended first
    if len(_last_index) >= 4096:
        _last_index.clear()
    _last_index[element_id] = i
    return i


def _display_name(element: Any) -> str:
    if isinstance(element, StickyNote):
        first = element.text.splitlines()[0] if element.text else ""
        return first if len(first) <= 40 else first[:39] + "…"
    return str(getattr(element, "title", None) or getattr(element, "name", ""))


class AddElement(Command):
    """Insert a new element at ``index`` (the end when ``None``)."""

    def __init__(
        self,
        collection: Collection,
        element: AnyElement,
        index: int | None = None,
        label: str | None = None,
    ) -> None:
        self.collection = collection
        self.element = element.model_copy(deep=True)
        self.index = index
        self._at = -1
        """Where ``apply`` put the element (checked before ``revert`` uses it)."""
        self.label = label or translate("Commands", "Add {noun} '{name}'").format(
            noun=_noun(collection), name=_display_name(element)
        )

    def apply(self, doc: JourneyMap) -> list[Change]:
        items = _items(doc, self.collection)
        index = len(items) if self.index is None else min(self.index, len(items))
        items.insert(index, self.element.model_copy(deep=True))
        self._at = index
        return [Change("added", self.collection, self.element.id)]

    def revert(self, doc: JourneyMap) -> list[Change]:
        items = _items(doc, self.collection)
        # Where it went, unless something moved it since: undoing a paste of 10,000 cards
        # (10,000 of these, last first) would otherwise scan the map once per card.
        at = self._at
        if not (0 <= at < len(items) and items[at].id == self.element.id):
            at = index_of(items, self.element.id)
        del items[at]
        return [Change("removed", self.collection, self.element.id)]


class RemoveElement(Command):
    """Remove an element, remembering it and its position for undo."""

    def __init__(self, collection: Collection, element_id: str, label: str | None = None) -> None:
        self.collection = collection
        self.element_id = element_id
        self.label = label or translate("Commands", "Delete {noun}").format(noun=_noun(collection))
        self._removed: Any = None
        self._index = -1

    def apply(self, doc: JourneyMap) -> list[Change]:
        items = _items(doc, self.collection)
        self._index = index_of(items, self.element_id)
        self._removed = items.pop(self._index)
        return [Change("removed", self.collection, self.element_id)]

    def revert(self, doc: JourneyMap) -> list[Change]:
        _items(doc, self.collection).insert(self._index, self._removed)
        return [Change("added", self.collection, self.element_id)]


class MoveElement(Command):
    """Move an element to ``index`` in its list (the index it has afterwards)."""

    def __init__(
        self, collection: Collection, element_id: str, index: int, label: str | None = None
    ) -> None:
        self.collection = collection
        self.element_id = element_id
        self.index = index
        self.label = label or translate("Commands", "Move {noun}").format(noun=_noun(collection))
        self._old_index = -1

    def apply(self, doc: JourneyMap) -> list[Change]:
        items = _items(doc, self.collection)
        self._old_index = index_of(items, self.element_id)
        element = items.pop(self._old_index)
        items.insert(max(0, min(self.index, len(items))), element)
        return [Change("moved", self.collection, self.element_id)]

    def revert(self, doc: JourneyMap) -> list[Change]:
        items = _items(doc, self.collection)
        element = items.pop(index_of(items, self.element_id))
        items.insert(self._old_index, element)
        return [Change("moved", self.collection, self.element_id)]


class Reorder(Command):
    """Put the elements of a collection in a new order (cards, phases, lanes, ...): one step.

    ``new_order`` lists every element id of the collection. Only the span
    between the first and the last position that changes is remembered, so
    applying and reverting cost what the reorder changed, not the size of the
    map. Each returns one ``moved`` change per element whose position changed.
    """

    def __init__(
        self, collection: Collection, new_order: Sequence[str], label: str | None = None
    ) -> None:
        self.collection = collection
        self.new_order = tuple(new_order)
        self.label = label or translate("Commands", "Move {noun}").format(noun=_noun(collection))
        self._start = 0
        self._old: tuple[str, ...] = ()
        self._new: tuple[str, ...] = ()

    def apply(self, doc: JourneyMap) -> list[Change]:
        items = _items(doc, self.collection)
        order = self.new_order
        if len(items) != len(order):
            raise ValueError(f"{self.collection}: a new order of {len(order)} ids for {len(items)}")
        start, end = 0, len(order)
        while start < end and items[start].id == order[start]:
            start += 1
        while end > start and items[end - 1].id == order[end - 1]:
            end -= 1
        self._start = start
        self._old = tuple(item.id for item in items[start:end])
        self._new = order[start:end]
        return self._place(items, self._old, self._new)

    def revert(self, doc: JourneyMap) -> list[Change]:
        return self._place(_items(doc, self.collection), self._new, self._old)

    def _place(
        self, items: list[Any], before: tuple[str, ...], window: tuple[str, ...]
    ) -> list[Change]:
        """Put the span this reorder touches, ids ``before`` now, in the order ``window``."""
        start, end = self._start, self._start + len(window)
        by_id = {item.id: item for item in items[start:end]}
        if len(by_id) != len(window) or len(set(window)) != len(window):
            raise ValueError(f"{self.collection}: the new order is not a reordering")
        items[start:end] = [by_id[element_id] for element_id in window]  # KeyError: unknown id
        return [
            Change("moved", self.collection, element_id)
            for element_id, was in zip(window, before, strict=True)
            if element_id != was
        ]


class SetFields(Command):
    """Change some fields of one element (or of the map itself, with ``collection="map"``).

    The new values are validated against the element's model when the command
    is made, so a bad value never reaches the document: it raises
    :class:`InputError` naming the field. Only the fields set are validated,
    unless a rule of the model relates several fields (a lane's kind and
    settings), when the whole element is.
    """

    def __init__(
        self,
        collection: Collection | Literal["map"],
        element_id: str,
        changes: dict[str, Any],
        doc: JourneyMap,
        label: str | None = None,
    ) -> None:
        self.collection = collection
        self.element_id = element_id
        element = self._element(doc)
        model = type(element)
        checker = _field_checker(model, frozenset(changes))
        try:
            if checker is None:
                checked: BaseModel = model.model_validate({**element.model_dump(), **changes})
            else:
                checked = checker.model_validate(changes)
        except ValidationError as error:
            raise InputError(None, problems_from_pydantic(error.errors())) from None
        self.new = {name: getattr(checked, name) for name in changes}
        self.old: dict[str, Any] = {}
        naming = "title" if hasattr(element, "title") else "name"
        self._renamed = (
            _display_name(element) if label is None and set(changes) == {naming} else None
        )
        """The old name when this step renames its element (its label follows the typing)."""
        if label is not None:
            self.label = label
        elif self._renamed is not None:
            self.label = self._rename_label()
        else:
            self.label = translate("Commands", "Edit {noun} '{name}'").format(
                noun=_noun(collection), name=_display_name(element)
            )

    def _rename_label(self) -> str:
        return translate("Commands", "Rename {noun} '{name}' to '{new}'").format(
            noun=_noun(self.collection), name=self._renamed, new=next(iter(self.new.values()))
        )

    def _element(self, doc: JourneyMap) -> BaseModel:
        if self.collection == MAP:
            return doc
        items = _items(doc, self.collection)
        return cast(BaseModel, items[index_of(items, self.element_id)])

    def apply(self, doc: JourneyMap) -> list[Change]:
        element = self._element(doc)
        self.old = {name: deepcopy(getattr(element, name)) for name in self.new}
        for name, value in self.new.items():
            setattr(element, name, deepcopy(value))
        return [Change("updated", self.collection, self.element_id, frozenset(self.new))]

    def revert(self, doc: JourneyMap) -> list[Change]:
        element = self._element(doc)
        for name, value in self.old.items():
            setattr(element, name, deepcopy(value))
        return [Change("updated", self.collection, self.element_id, frozenset(self.old))]

    def merge(self, later: "SetFields") -> bool:
        """Absorb ``later`` (typing in the same fields of the same element) into this step."""
        if (later.collection, later.element_id, set(later.new)) != (
            self.collection,
            self.element_id,
            set(self.new),
        ):
            return False
        self.new = later.new
        if self._renamed is not None:
            self.label = self._rename_label()  # to the whole new name, not its first letter
        return True


@cache
def _field_checker(model: type[BaseModel], names: frozenset[str]) -> type[BaseModel] | None:
    """A model of only the fields ``names`` of ``model``, to validate an edit of those fields.

    It keeps the fields' types and constraints and the rule every element has
    (texts must be writable), so its errors read exactly as the whole model's.
    None when ``model`` has rules of its own that may relate several fields:
    then the whole element is validated.
    """
    if not issubclass(model, Element) or _has_own_rules(model):
        return None
    fields: dict[str, Any] = {
        name: (info.annotation, info) for name, info in model.model_fields.items() if name in names
    }
    return create_model(model.__name__, __base__=Element, __module__=model.__module__, **fields)


def _has_own_rules(model: type[BaseModel]) -> bool:
    """Whether ``model`` checks more than each field alone (and the rule every element has)."""
    own, common = model.__pydantic_decorators__, Element.__pydantic_decorators__
    return (
        model.model_config != Element.model_config
        or bool(own.field_validators or own.validators or own.root_validators)
        or own.model_validators.keys() != common.model_validators.keys()
    )


class Transaction(Command):
    """Several commands applied as one undo step, reverted in reverse order.

    When a command fails part-way, the ones already applied are reverted, so
    the document is never left half-edited.
    """

    def __init__(self, label: str, commands: Iterable[Command]) -> None:
        self.label = label
        self.commands = list(commands)

    def apply(self, doc: JourneyMap) -> list[Change]:
        changes: list[Change] = []
        done: list[Command] = []
        try:
            for command in self.commands:
                changes += command.apply(doc)
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.revert(doc)
            raise
        return changes

    def revert(self, doc: JourneyMap) -> list[Change]:
        changes: list[Change] = []
        for command in reversed(self.commands):
            changes += command.revert(doc)
        return changes


class ReplaceDocument(Command):
    """Swap the whole content of the map for ``replacement``'s (Reload from disk).

    The map object stays the same (views keep their reference); undo puts the
    previous content back, so the user's edits are never lost by a reload.
    """

    def __init__(self, replacement: JourneyMap, label: str = "") -> None:
        self.label = label or translate("Commands", "Reload from disk")
        self.replacement = replacement.model_copy(deep=True)
        self._previous: JourneyMap | None = None

    def apply(self, doc: JourneyMap) -> list[Change]:
        self._previous = doc.model_copy(deep=True)
        return _swap_content(doc, self.replacement)

    def revert(self, doc: JourneyMap) -> list[Change]:
        assert self._previous is not None, "revert before apply"
        return _swap_content(doc, self._previous)


def _swap_content(doc: JourneyMap, source: JourneyMap) -> list[Change]:
    """Give ``doc`` a deep copy of every field of ``source``; report what differs by id."""
    changes: list[Change] = []
    for collection in COLLECTIONS:
        before = [item.id for item in _items(doc, collection)]
        after = [item.id for item in _items(source, collection)]
        had, has = set(before), set(after)
        changes += [Change("removed", collection, i) for i in before if i not in has]
        changes += [Change("added", collection, i) for i in after if i not in had]
        changes += [Change("updated", collection, i) for i in after if i in had]
    for name in type(doc).model_fields:
        setattr(doc, name, deepcopy(getattr(source, name)))
    return [*changes, Change("updated", MAP, doc.id)]


# -- the editing vocabulary ------------------------------------------------------------


def add(
    doc: JourneyMap, collection: Collection, element: AnyElement, index: int | None = None
) -> Command:
    """Add ``element`` (a Phase, Lane, Persona, ...) to ``collection`` at ``index``."""
    del doc  # accepted for a uniform signature; adding needs nothing from the map
    return AddElement(collection, element, index)


def remove(doc: JourneyMap, collection: Collection, element_id: str) -> Transaction:
    """Delete an element and whatever refers to it, as one undo step.

    A phase or a card lane takes its cards with it; a persona its scores; a
    metric its values and lanes; a custom channel is cleared from cards and
    personas.
    """
    element = _items(doc, collection)[index_of(_items(doc, collection), element_id)]
    label = translate("Commands", "Delete {noun} '{name}'").format(
        noun=_noun(collection), name=_display_name(element)
    )
    steps: list[Command] = []
    if collection == "phases":
        steps += _remove_cards(doc, [t.id for t in doc.touchpoints if t.phase_id == element_id])
    elif collection == "lanes":
        steps += _remove_cards(doc, [t.id for t in doc.touchpoints if t.lane_id == element_id])
    elif collection == "personas":
        for tp in doc.touchpoints:
            if element_id in tp.emotions:
                emotions = {k: v for k, v in tp.emotions.items() if k != element_id}
                steps.append(SetFields("touchpoints", tp.id, {"emotions": emotions}, doc))
    elif collection == "metrics":
        for tp in doc.touchpoints:
            if element_id in tp.metrics:
                metrics = {k: v for k, v in tp.metrics.items() if k != element_id}
                steps.append(SetFields("touchpoints", tp.id, {"metrics": metrics}, doc))
        steps += [
            RemoveElement("lanes", lane.id) for lane in doc.lanes if lane.metric_id == element_id
        ]
    elif collection == "touchpoints":
        steps += _remove_cards(doc, [element_id])[:-1]  # its notes; the card itself is below
    elif collection == "channels":
        steps += [
            SetFields("touchpoints", tp.id, {"channel": None}, doc)
            for tp in doc.touchpoints
            if tp.channel == element_id
        ]
        for persona in doc.personas:
            if element_id in persona.preferred_channels:
                kept = [c for c in persona.preferred_channels if c != element_id]
                steps.append(SetFields("personas", persona.id, {"preferred_channels": kept}, doc))
    steps.append(RemoveElement(collection, element_id))
    return Transaction(label, steps)


def remove_touchpoints(doc: JourneyMap, touchpoint_ids: Sequence[str]) -> Transaction:
    """Delete several cards as one undo step."""
    if len(touchpoint_ids) == 1:
        label = translate("Commands", "Delete '{title}'").format(
            title=doc.touchpoint(touchpoint_ids[0]).title
        )
    else:
        label = translate("Commands", "Delete {n} cards").format(n=number_text(len(touchpoint_ids)))
    return Transaction(label, _remove_cards(doc, touchpoint_ids))


def _remove_cards(doc: JourneyMap, touchpoint_ids: Sequence[str]) -> list[Command]:
    # A note stuck to a card is about that card: it goes with it (and comes back on undo).
    gone = set(touchpoint_ids)
    notes: list[Command] = [
        RemoveElement("notes", note.id) for note in doc.notes if note.attached_to in gone
    ]
    return notes + [RemoveElement("touchpoints", tid) for tid in touchpoint_ids]


def move(doc: JourneyMap, collection: Collection, element_id: str, index: int) -> Command:
    """Reorder: put an element at ``index`` of its list (phases, lanes, personas...)."""
    items = _items(doc, collection)
    order = [item.id for item in items]
    old_index = index_of(items, element_id)
    element = items[old_index]
    del order[old_index]
    order.insert(max(0, min(index, len(order))), element_id)
    return Reorder(
        collection,
        order,
        translate("Commands", "Move {noun} '{name}'").format(
            noun=_noun(collection), name=_display_name(element)
        ),
    )


def edit(
    doc: JourneyMap, collection: Collection | Literal["map"], element_id: str, **changes: Any
) -> SetFields:
    """Change fields of an element (``collection="map"`` and any id for the map itself)."""
    return SetFields(collection, element_id, changes, doc)


def move_touchpoints(
    doc: JourneyMap,
    touchpoint_ids: Sequence[str],
    phase_id: str,
    lane_id: str,
    before_id: str | None = None,
) -> Transaction:
    """Move cards into a phase and lane, just before card ``before_id`` (or at the phase's end).

    The moved cards keep their relative journey order and end up next to each
    other. One undo step, labelled after the card when there is one.
    """
    doc.phase(phase_id)
    if doc.lane(lane_id).kind != "touchpoints":
        raise ValueError(translate("Commands", "cards can only be placed in a touchpoint lane"))
    moving = set(touchpoint_ids)
    ordered = _in_journey_order(doc, [tp for tp in doc.touchpoints if tp.id in moving])
    if len(ordered) == 1:
        label = translate("Commands", "Move '{title}'").format(title=ordered[0].title)
    else:
        label = translate("Commands", "Move {n} cards").format(n=number_text(len(ordered)))

    steps: list[Command] = []
    for tp in ordered:
        if (tp.phase_id, tp.lane_id) != (phase_id, lane_id):
            steps.append(
                SetFields("touchpoints", tp.id, {"phase_id": phase_id, "lane_id": lane_id}, doc)
            )

    current = [tp.id for tp in doc.touchpoints]
    others = [tp for tp in doc.touchpoints if tp.id not in moving]
    insert_at = _insertion_index(doc, others, phase_id, before_id)
    final = [tp.id for tp in others]
    final[insert_at:insert_at] = [tp.id for tp in ordered]
    if final != current:
        steps.append(Reorder("touchpoints", final))
    return Transaction(label, steps)


def _in_journey_order(doc: JourneyMap, cards: list[Touchpoint]) -> list[Touchpoint]:
    """``cards`` (in list order) sorted as :meth:`JourneyMap.touchpoints_in_journey_order` would."""
    rank = {phase.id: i for i, phase in enumerate(doc.phases)}
    return sorted(cards, key=lambda tp: rank.get(tp.phase_id, len(rank)))  # stable


def _insertion_index(
    doc: JourneyMap, cards: Sequence[Touchpoint], phase_id: str, before_id: str | None
) -> int:
    """Where in ``cards`` a card goes: before card ``before_id``, else after its phase's cards."""
    if before_id is not None:
        for i, tp in enumerate(cards):
            if tp.id == before_id:
                return i
    # After the last card that is not in a later phase; searched from the end, so a
    # drop in one of the last phases of a big map looks at a few cards only.
    later = {phase.id for phase in doc.phases[index_of(doc.phases, phase_id) + 1 :]}
    for i in range(len(cards) - 1, -1, -1):
        if cards[i].phase_id not in later:
            return i + 1
    return 0


def add_touchpoint(
    doc: JourneyMap, touchpoint: Touchpoint, before_id: str | None = None, lane_name: str = ""
) -> AddElement:
    """Add a card in its phase, just before card ``before_id`` (or at the phase's end)."""
    index = _insertion_index(doc, doc.touchpoints, touchpoint.phase_id, before_id)
    if lane_name:
        label = translate("Commands", "Add card in '{lane}'").format(lane=lane_name)
    else:
        label = translate("Commands", "Add card '{title}'").format(title=touchpoint.title)
    return AddElement("touchpoints", touchpoint, index, label)


def duplicate_touchpoints(
    doc: JourneyMap, touchpoint_ids: Sequence[str]
) -> tuple[Transaction, list[str]]:
    """Copy cards (fresh ids), each copy right after its original; one undo step.

    Returns the transaction and the copies' ids, in journey order.
    """
    wanted = set(touchpoint_ids)
    ordered = [tp for tp in doc.touchpoints_in_journey_order() if tp.id in wanted]
    order = [tp.id for tp in doc.touchpoints]
    steps: list[Command] = []
    copies: list[str] = []
    for tp in ordered:
        copy = Touchpoint.model_validate(tp.model_dump(exclude={"id"}))  # a fresh id
        index = order.index(tp.id) + 1
        order.insert(index, copy.id)
        steps.append(AddElement("touchpoints", copy, index))
        copies.append(copy.id)
    if len(ordered) == 1:
        label = translate("Commands", "Duplicate '{title}'").format(title=ordered[0].title)
    else:
        label = translate("Commands", "Duplicate {n} cards").format(n=number_text(len(ordered)))
    return Transaction(label, steps), copies


def set_emotion(
    doc: JourneyMap, touchpoint_id: str, persona_id: str, value: float | None
) -> SetFields:
    """Set (or clear, with ``None``) a persona's feeling at a touchpoint."""
    tp = doc.touchpoint(touchpoint_id)
    label = translate("Commands", "Change {persona}'s feeling at '{title}'").format(
        persona=doc.persona(persona_id).name, title=tp.title
    )
    return _set_entry(doc, tp, "emotions", persona_id, value, label)


def set_metric(
    doc: JourneyMap, touchpoint_id: str, metric_id: str, value: float | None
) -> SetFields:
    """Set (or clear, with ``None``) a metric's value at a touchpoint."""
    tp = doc.touchpoint(touchpoint_id)
    label = translate("Commands", "Change {metric} at '{title}'").format(
        metric=doc.metric(metric_id).name, title=tp.title
    )
    return _set_entry(doc, tp, "metrics", metric_id, value, label)


def _set_entry(
    doc: JourneyMap,
    tp: Touchpoint,
    field: Literal["emotions", "metrics"],
    key: str,
    value: float | None,
    label: str,
) -> SetFields:
    entries = dict(getattr(tp, field))
    if value is None:
        entries.pop(key, None)
    else:
        entries[key] = value
    return SetFields("touchpoints", tp.id, {field: entries}, doc, label)
