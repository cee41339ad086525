"""A persona's card: its picture (or initials) and a short summary, like the PDF appendix's."""

import base64
import html

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.model.document import Persona

AVATAR_SIZE = 56


def initials(name: str) -> str:
    """One or two letters standing for a name ("Léa Moreau" -> "LM")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def _text_colour(background: str) -> QColor:
    colour = QColor(background)
    light = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#1a1a1a") if light > 150 else QColor("white")


def avatar_pixmap(persona: Persona, size: int = AVATAR_SIZE, ratio: float = 2.0) -> QPixmap:
    """The persona's picture in a circle, or its initials on its colour when it has none."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    picture = QPixmap()
    if persona.avatar is not None:
        picture.loadFromData(base64.b64decode(persona.avatar.data))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QRectF(1, 1, size - 2, size - 2)
    if not picture.isNull():
        clip = QPainterPath()
        clip.addEllipse(circle)
        painter.setClipPath(clip)
        side = min(picture.width(), picture.height())
        source = QRectF((picture.width() - side) / 2, (picture.height() - side) / 2, side, side)
        painter.drawPixmap(circle, picture, source)
        painter.setClipping(False)
        painter.setPen(QPen(QColor(persona.colour), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(persona.colour))
        painter.drawEllipse(circle)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(int(size * 0.36))
        painter.setFont(font)
        painter.setPen(_text_colour(persona.colour))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(persona.name))
    painter.end()
    return pixmap


class PersonaCard(QFrame):
    """A small persona card, like the PDF appendix's: picture, name, role, quote, goals."""

    MAX_ITEMS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("persona_preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.avatar = QLabel(self)
        self.avatar.setObjectName("persona_avatar")
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setObjectName("persona_card_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def show_persona(self, persona: Persona | None) -> None:
        """Show ``persona``'s card, or a hint when the map has none."""
        if persona is None:
            self.avatar.clear()
            self.avatar.setAccessibleName("")
            self.text.setText(
                html.escape(
                    QCoreApplication.translate(
                        "PersonasPanel", "No persona yet: add one to draw its emotion curve."
                    )
                )
            )
            return
        self.avatar.setPixmap(avatar_pixmap(persona))
        self.avatar.setAccessibleName(
            QCoreApplication.translate("PersonasPanel", "Picture of {name}").format(
                name=persona.name
            )
            if persona.avatar is not None
            else QCoreApplication.translate("PersonasPanel", "Initials of {name}").format(
                name=persona.name
            )
        )
        self.text.setText(self._html(persona))

    def _html(self, persona: Persona) -> str:
        parts = [f'<b style="color:{persona.colour}">{html.escape(persona.name)}</b>']
        facts = [
            persona.role,
            QCoreApplication.translate("PersonasPanel", "{age} years old").format(age=persona.age)
            if persona.age is not None
            else "",
            persona.location,
        ]
        line = " · ".join(fact for fact in facts if fact)
        if line:
            parts.append(html.escape(line))
        if persona.quote:
            parts.append(f"<i>“{html.escape(persona.quote)}”</i>")
        for title, values in (
            (QCoreApplication.translate("PersonasPanel", "Goals"), persona.goals),
            (QCoreApplication.translate("PersonasPanel", "Challenges"), persona.challenges),
        ):
            values = [v for v in values if v.strip()]
            if not values:
                continue
            shown = [f"• {html.escape(v)}" for v in values[: self.MAX_ITEMS]]
            if len(values) > self.MAX_ITEMS:
                shown.append(
                    QCoreApplication.translate("PersonasPanel", "and {n} more").format(
                        n=len(values) - self.MAX_ITEMS
                    )
                )
            parts.append(f"<b>{html.escape(title)}</b><br>" + "<br>".join(shown))
        return "<br>".join(parts)
