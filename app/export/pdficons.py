"""The app's small SVG icons, drawn as vector shapes on a reportlab canvas (no Qt).

Only the subset of SVG the bundled icons use is understood: ``circle``, ``ellipse``,
``rect``, ``line``, ``polyline``, ``polygon``, ``path`` and ``g``, with the full path
grammar and the fill/stroke presentation attributes (also inside ``style``).
Anything else raises ``ValueError`` so that a new icon cannot silently lose parts.
"""

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen import canvas as pdfcanvas

from app.resources import ICONS

Op = tuple[str, tuple[float, ...]]
"""One path operation in SVG units: ("M", (x, y)), ("L", (x, y)), ("C", (6 floats)), ("Z", ())."""

CURRENT = "currentColor"
_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
_STYLE = ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "fill-rule")
_IGNORED = {"title", "desc", "metadata", "defs"}
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_SEPARATORS = " \t\r\n,"
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


@dataclass(frozen=True)
class Shape:
    """One filled and/or stroked outline, in SVG user units.

    Attributes:
        ops: The outline, made only of moves, lines, cubic Béziers and closes.
        fill: "#rrggbb", ``CURRENT`` or None (not filled).
        stroke: Like ``fill``, for the outline.
        width: Stroke width in SVG units.
        cap: PDF line cap (0 butt, 1 round, 2 square).
        join: PDF line join (0 miter, 1 round, 2 bevel).
        even_odd: True for ``fill-rule="evenodd"``; SVG's default is nonzero.
    """

    ops: tuple[Op, ...]
    fill: str | None
    stroke: str | None
    width: float
    cap: int
    join: int
    even_odd: bool


@dataclass(frozen=True)
class Icon:
    """A parsed SVG: its viewBox (x, y, width, height) and its shapes in painting order."""

    view_box: tuple[float, float, float, float]
    shapes: tuple[Shape, ...]


class _Scanner:
    """Reads numbers and arc flags off a path's data, skipping separators."""

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in _SEPARATORS:
            self.pos += 1

    def number(self) -> float:
        self.skip()
        match = _NUMBER.match(self.text, self.pos)
        if match is None:
            raise ValueError(f"number expected at {self.pos} in path {self.text!r}")
        self.pos = match.end()
        return float(match.group())

    def flag(self) -> float:
        self.skip()
        if self.pos >= len(self.text) or self.text[self.pos] not in "01":
            raise ValueError(f"arc flag expected at {self.pos} in path {self.text!r}")
        self.pos += 1
        return float(self.text[self.pos - 1])


def arc_to_curves(x1: float, y1: float, arc: Sequence[float]) -> list[tuple[float, ...]]:
    """Convert an SVG elliptical arc to cubic Béziers (SVG 1.1 F.6.5, segments of ≤ 90°).

    Args:
        x1: Where the arc starts.
        y1: Where the arc starts.
        arc: The absolute arguments of an ``A`` command: rx, ry, x-axis rotation (degrees),
            large-arc flag, sweep flag, x, y.

    Returns:
        Control points (c1x, c1y, c2x, c2y, x, y) per segment; a straight line when a radius
        is zero (as a degenerate cubic) and nothing when both ends coincide.
    """
    rx, ry, angle, x2, y2 = abs(arc[0]), abs(arc[1]), arc[2], arc[5], arc[6]
    large, sweep = arc[3] != 0, arc[4] != 0
    if (x1, y1) == (x2, y2):
        return []
    if rx == 0 or ry == 0:
        return [(x1, y1, x2, y2, x2, y2)]
    phi = math.radians(angle % 360)
    cos, sin = math.cos(phi), math.sin(phi)
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    xp, yp = cos * dx + sin * dy, -sin * dx + cos * dy
    scale = (xp / rx) ** 2 + (yp / ry) ** 2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    num = (rx * ry) ** 2 - (rx * yp) ** 2 - (ry * xp) ** 2
    den = (rx * yp) ** 2 + (ry * xp) ** 2
    coef = math.sqrt(max(0.0, num / den)) * (-1 if large == sweep else 1)
    cxp, cyp = coef * rx * yp / ry, -coef * ry * xp / rx
    cx = cos * cxp - sin * cyp + (x1 + x2) / 2
    cy = sin * cxp + cos * cyp + (y1 + y2) / 2
    ux, uy = (xp - cxp) / rx, (yp - cyp) / ry
    vx, vy = (-xp - cxp) / rx, (-yp - cyp) / ry
    start = math.atan2(uy, ux)
    delta = math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    count = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / count
    k = 4 / 3 * math.tan(step / 4)

    def point(ex: float, ey: float) -> tuple[float, float]:
        return cx + rx * cos * ex - ry * sin * ey, cy + rx * sin * ex + ry * cos * ey

    curves: list[tuple[float, ...]] = []
    for i in range(count):
        a, b = start + i * step, start + (i + 1) * step
        c1 = point(math.cos(a) - k * math.sin(a), math.sin(a) + k * math.cos(a))
        c2 = point(math.cos(b) + k * math.sin(b), math.sin(b) - k * math.cos(b))
        end = (x2, y2) if i == count - 1 else point(math.cos(b), math.sin(b))
        curves.append((*c1, *c2, *end))
    return curves


def parse_path(data: str) -> list[Op]:
    """Parse SVG path data into absolute moves, lines, cubic Béziers and closes.

    Raises:
        ValueError: On an unknown command, a path not starting with a move, or bad numbers.
    """
    scan, ops = _Scanner(data), list[Op]()
    x = y = start_x = start_y = 0.0
    control = (0.0, 0.0)  # last C/S or Q/T control point, for S and T to reflect
    previous, command, closed = "", "", False
    while True:
        scan.skip()
        if scan.pos >= len(data):
            return ops
        if data[scan.pos].isalpha():
            command = data[scan.pos]
            scan.pos += 1
        elif command in ("", "Z", "z") or data[scan.pos] not in "+-.0123456789":
            raise ValueError(f"unexpected {data[scan.pos]!r} at {scan.pos} in path {data!r}")
        upper, (dx, dy) = command.upper(), (x, y) if command.islower() else (0.0, 0.0)
        if upper not in _ARITY or (not ops and upper != "M"):
            raise ValueError(f"unsupported path command {command!r} in {data!r}")
        if upper == "A":
            a = [scan.number(), scan.number(), scan.number(), scan.flag(), scan.flag()]
            a += [scan.number() + dx, scan.number() + dy]
        elif upper in ("H", "V"):
            a = [scan.number() + (dx if upper == "H" else dy)]
        else:
            a = [scan.number() + (dx, dy)[i % 2] for i in range(_ARITY[upper])]
        if closed and upper != "M" and upper != "Z":
            ops.append(("M", (x, y)))  # drawing on after a close starts a new subpath
        closed = False
        if upper == "M":
            x, y = start_x, start_y = a[0], a[1]
            ops.append(("M", (x, y)))
            command = "l" if command == "m" else "L"  # further pairs are implicit lines
        elif upper == "Z":
            ops.append(("Z", ()))
            x, y, closed = start_x, start_y, True
        elif upper in ("L", "H", "V"):
            x = a[0] if upper in ("L", "H") else x
            y = a[1] if upper == "L" else a[0] if upper == "V" else y
            ops.append(("L", (x, y)))
        elif upper in ("C", "S", "Q", "T"):
            if upper in ("S", "T"):  # smooth: the first control point mirrors the last one
                smooth = previous in (("C", "S") if upper == "S" else ("Q", "T"))
                a = [2 * x - control[0], 2 * y - control[1], *a] if smooth else [x, y, *a]
            if upper in ("C", "S"):
                ops.append(("C", tuple(a)))
                control, x, y = (a[2], a[3]), a[4], a[5]
            else:  # quadratic: raise the degree to a cubic
                qx, qy, ex, ey = a
                c1 = (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y))
                ops.append(("C", (*c1, ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey)))
                control, x, y = (qx, qy), ex, ey
        else:
            ops.extend(("C", curve) for curve in arc_to_curves(x, y, a))
            x, y = a[5], a[6]
        previous = upper


def _colour(value: str) -> str | None:
    if value in ("none", CURRENT):
        return None if value == "none" else CURRENT
    if not re.fullmatch(r"#(?:[0-9a-fA-F]{3}){1,2}", value):
        raise ValueError(f"unsupported colour {value!r}")
    return ("#" + "".join(c * 2 for c in value[1:]) if len(value) == 4 else value).lower()


def _geometry(tag: str, element: ET.Element) -> list[Op]:
    def num(name: str, default: float = 0.0) -> float:
        value = element.get(name)
        return default if value is None else _Scanner(value.removesuffix("px")).number()

    if tag == "path":
        return parse_path(element.get("d", ""))
    if tag in ("circle", "ellipse"):
        rx = num("r") if tag == "circle" else num("rx")
        ry = num("r") if tag == "circle" else num("ry")
        cx, cy = num("cx"), num("cy")
        if rx <= 0 or ry <= 0:
            return []
        return parse_path(
            f"M{cx + rx} {cy}A{rx} {ry} 0 0 1 {cx} {cy + ry}A{rx} {ry} 0 0 1 "
            f"{cx - rx} {cy}A{rx} {ry} 0 0 1 {cx} {cy - ry}A{rx} {ry} 0 0 1 "
            f"{cx + rx} {cy}Z"
        )
    if tag == "rect":
        x, y, w, h = num("x"), num("y"), num("width"), num("height")
        rx, ry = num("rx", -1.0), num("ry", -1.0)  # either one defaults to the other
        rx, ry = (rx if rx >= 0 else max(ry, 0.0)), (ry if ry >= 0 else max(rx, 0.0))
        rx, ry = min(rx, w / 2), min(ry, h / 2)
        arc = f"A{rx} {ry} 0 0 1"
        if w <= 0 or h <= 0:
            return []
        return parse_path(
            f"M{x + rx} {y}H{x + w - rx}{arc} {x + w} {y + ry}V{y + h - ry}{arc} {x + w - rx} "
            f"{y + h}H{x + rx}{arc} {x} {y + h - ry}V{y + ry}{arc} {x + rx} {y}Z"
        )
    if tag == "line":
        return parse_path(f"M{num('x1')} {num('y1')}L{num('x2')} {num('y2')}")
    if tag in ("polyline", "polygon"):
        points = element.get("points", "").strip()
        return parse_path(f"M{points}" + ("Z" if tag == "polygon" else "")) if points else []
    raise ValueError(f"unsupported SVG element <{tag}>")


def _walk(element: ET.Element, inherited: dict[str, str], shapes: list[Shape]) -> None:
    tag = element.tag.rpartition("}")[2]
    if tag in _IGNORED:
        return
    if element.get("transform"):
        raise ValueError(f"unsupported transform on <{tag}>")
    style = dict(inherited)
    style.update((k, v.strip()) for k, v in element.attrib.items() if k in _STYLE)
    for declaration in element.get("style", "").split(";"):
        key, _, value = declaration.partition(":")
        if key.strip() in _STYLE:
            style[key.strip()] = value.strip()
    if tag in ("svg", "g"):
        for child in element:
            _walk(child, style, shapes)
        return
    ops = _geometry(tag, element)
    if ops:
        shapes.append(
            Shape(
                ops=tuple(ops),
                fill=_colour(style.get("fill", "#000000")),
                stroke=_colour(style.get("stroke", "none")),
                width=_Scanner(style.get("stroke-width", "1")).number(),
                cap=_CAPS[style.get("stroke-linecap", "butt")],
                join=_JOINS[style.get("stroke-linejoin", "miter")],
                even_odd=style.get("fill-rule") == "evenodd",
            )
        )


def parse_svg(text: str) -> Icon:
    """Parse an icon's SVG source.

    Raises:
        ValueError: On anything this module cannot draw faithfully.
    """
    root = ET.fromstring(text)
    scan = _Scanner(root.get("viewBox") or f"0 0 {root.get('width')} {root.get('height')}")
    view_box = (scan.number(), scan.number(), scan.number(), scan.number())
    shapes: list[Shape] = []
    _walk(root, {}, shapes)
    return Icon(view_box, tuple(shapes))


@lru_cache(maxsize=128)
def load_icon(name: str) -> Icon | None:
    """The parsed ``app/data/icons/<name>.svg``, or None when there is no such icon."""
    path = (ICONS / f"{name}.svg").resolve()
    if not path.is_relative_to(ICONS.resolve()) or not path.is_file():
        return None
    return parse_svg(path.read_text(encoding="utf-8"))


def draw_icon(
    canvas: pdfcanvas.Canvas, name: str, x: float, y: float, size: float, colour: str
) -> bool:
    """Draw ``app/data/icons/<name>.svg`` into a square of the current coordinate system.

    The PDF exporter draws with y pointing down, like SVG, so the icon is only translated
    and scaled (uniformly, centred, as SVG's default ``xMidYMid meet``); strokes scale too.

    Args:
        canvas: The reportlab canvas, with its y-down layout transform in place.
        name: The icon's path below app/data/icons, without ".svg" (e.g. "faces/positive").
        x: Left edge of the square.
        y: Top edge of the square.
        size: Side of the square.
        colour: "#rrggbb", used wherever the SVG says ``currentColor``.

    Returns:
        False when there is no such icon (nothing is drawn).
    """
    icon = load_icon(name)
    if icon is None:
        return False
    _draw(canvas, icon, x, y, size, colour)
    return True


@lru_cache(maxsize=32)
def _parsed(svg: str) -> Icon | None:
    try:
        return parse_svg(svg)
    except (ValueError, ET.ParseError):
        return None


def draw_svg_icon(
    canvas: pdfcanvas.Canvas, svg: str, x: float, y: float, size: float, colour: str
) -> bool:
    """Draw SVG markup (a custom channel's icon) like :func:`draw_icon`.

    Returns:
        False when the markup uses SVG this module cannot draw (nothing is drawn).
    """
    icon = _parsed(svg)
    if icon is None:
        return False
    _draw(canvas, icon, x, y, size, colour)
    return True


def _draw(
    canvas: pdfcanvas.Canvas, icon: Icon, x: float, y: float, size: float, colour: str
) -> None:
    bx, by, bw, bh = icon.view_box
    scale = size / max(bw, bh)
    fill_alpha, stroke_alpha, body = _operators(icon, colour)
    # One transform: translate to the square, centre, scale, move the viewBox's origin.
    left = x + (size - bw * scale) / 2 - bx * scale
    top = y + (size - bh * scale) / 2 - by * scale
    saved(canvas, f"{fp_str(scale, 0, 0, scale, left, top)} cm {body}", fill_alpha, stroke_alpha)


def saved(
    canvas: pdfcanvas.Canvas,
    code: str,
    fill_alpha: float | None = None,
    stroke_alpha: float | None = None,
) -> None:
    """Write the operators ``code`` between ``q`` and ``Q``, with these alphas in force.

    What ``saveState``, setting the alphas, drawing and ``restoreState`` write, with
    the canvas's record of the graphics state kept true: ``code`` changes nothing
    beyond the ``Q``. The alphas (set through an ExtGState, which the canvas tracks)
    are set only when they differ from the canvas's; then through the canvas, inside
    a saved state of its own.
    """
    state = canvas._extgstate  # noqa: SLF001 (the alphas in force, as the canvas records them)
    if (fill_alpha is None or state.getValue("ca") == fill_alpha) and (
        stroke_alpha is None or state.getValue("CA") == stroke_alpha
    ):
        canvas.addLiteral(f"q {code} Q")
        return
    canvas.saveState()
    if fill_alpha is not None:
        canvas.setFillAlpha(fill_alpha)
    if stroke_alpha is not None:
        canvas.setStrokeAlpha(stroke_alpha)
    canvas.addLiteral(code)
    canvas.restoreState()


def _operators(icon: Icon, colour: str) -> tuple[float | None, float | None, str]:
    """The icon's shapes in ``colour`` as PDF operators in viewBox units, made once.

    Returns the fill and stroke alphas its colours set last (None: none set) and the
    operators: colours, line widths, caps and joins, each outline and how it is
    painted — what drawing the shapes one by one on the canvas writes. The caller
    brackets them with ``q``/``Q``, so the canvas's own record of the graphics state
    stays true.
    """
    key = (id(icon), colour)
    found = _OPERATORS.get(key)
    if found is not None and found[0] is icon:
        return found[1]
    code: list[str] = []
    fill_alpha: float | None = None
    stroke_alpha: float | None = None
    for shape in icon.shapes:
        fill = colour if shape.fill == CURRENT else shape.fill
        stroke = (colour if shape.stroke == CURRENT else shape.stroke) if shape.width > 0 else None
        if fill is None and stroke is None:
            continue
        if fill is not None:
            rgb = HexColor(fill)
            code.append(f"{fp_str(rgb.red, rgb.green, rgb.blue)} rg")
            fill_alpha = rgb.alpha if rgb.alpha is not None else fill_alpha
        if stroke is not None:
            rgb = HexColor(stroke)
            code.append(f"{fp_str(rgb.red, rgb.green, rgb.blue)} RG")
            stroke_alpha = rgb.alpha if rgb.alpha is not None else stroke_alpha
            code.append(f"{fp_str(shape.width)} w {shape.cap} J {shape.join} j")
        path = ["n"]
        for op, args in shape.ops:
            path.append(f"{fp_str(*args)} {_PATH_CODES[op]}" if args else _PATH_CODES[op])
        code.append(" ".join(path))
        mode = pdfcanvas.FILL_EVEN_ODD if shape.even_odd else pdfcanvas.FILL_NON_ZERO
        code.append(pdfcanvas.PATH_OPS[int(stroke is not None), int(fill is not None), mode])
    result = (fill_alpha, stroke_alpha, " ".join(code))
    if len(_OPERATORS) >= _OPERATORS_KEPT:
        _OPERATORS.clear()
    _OPERATORS[key] = (icon, result)  # the icon is kept, so its id is not reused meanwhile
    return result


_PATH_CODES = {"M": "m", "L": "l", "C": "c", "Z": "h"}
_OPERATORS: dict[tuple[int, str], tuple[Icon, tuple[float | None, float | None, str]]] = {}
_OPERATORS_KEPT = 512
