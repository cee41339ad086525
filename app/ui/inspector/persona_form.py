"""The form of one persona: who they are, their channels, and how their curve looks."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.errors import InputError
from app.model.palette import PERSONA_DASH_NAMES, PERSONA_MARKERS, persona_dash_name, persona_style
from app.model.text import QT_TRANSLATE_NOOP
from app.ui import questions
from app.ui.inspector.avatar import avatar_image, load_avatar
from app.ui.inspector.channels import ChannelChecklist
from app.ui.inspector.editing import Context
from app.ui.inspector.form import Form
from app.ui.inspector.widgets import ChoiceCombo, ColourButton, NumberSpin
from app.ui.personas_panel import look_name

TEXTS = {
    "not_stated": QT_TRANSLATE_NOOP("Inspector", "Not stated"),
    "default": QT_TRANSLATE_NOOP("Inspector", "Default ({name})"),
    "choose": QT_TRANSLATE_NOOP("Inspector", "Choose picture…"),
    "remove": QT_TRANSLATE_NOOP("Inspector", "Remove picture"),
    "no_picture": QT_TRANSLATE_NOOP("Inspector", "No picture"),
    "pictures": QT_TRANSLATE_NOOP("Inspector", "Pictures (*.png *.jpg *.jpeg)"),
    "dialog": QT_TRANSLATE_NOOP("Inspector", "Choose a picture of {name}"),
    "name_taken": QT_TRANSLATE_NOOP("Inspector", "Another persona is already called “{name}”."),
    "picture_set": QT_TRANSLATE_NOOP("Inspector", "Set picture of {name}"),
    "picture_removed": QT_TRANSLATE_NOOP("Inspector", "Remove picture of {name}"),
}
THUMBNAIL = 64


def _t(key: str, **values: Any) -> str:
    """The text ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


def _label(name: str) -> str:
    """A marker's or line style's name in the interface language ("Circle", "Cercle")."""
    return look_name(name)


class PersonaForm(Form):
    """Edits one persona."""

    collection = "personas"

    def __init__(self, context: Context, element_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, element_id, parent)
        self.add_text("name", check=self._check_name)
        self.add_text("role")
        self._loading = False
        self.age = NumberSpin(self)
        self.age.setObjectName("age")
        self.age.setRange(-1, 150)
        self.age.setSpecialValueText(_t("not_stated"))
        self.age.setKeyboardTracking(False)
        self.age.valueChanged.connect(self._age_changed)
        self.add_row("age", self.age)
        self.add_text("location")
        self.add_text("quote", multiline=True)
        self.add_list("goals")
        self.add_list("challenges")
        self.add_list("interests")
        self.add_text("buying_behaviour", multiline=True)
        self.channels = ChannelChecklist(self)
        self.channels.chosen.connect(lambda keys: self.set(preferred_channels=keys))
        self.add_row("preferred_channels", self.channels)
        self.colour = ColourButton("colour", self)
        self.colour.colour_chosen.connect(lambda colour: self.set(colour=colour))
        self.add_row("colour", self.colour)
        self.marker = ChoiceCombo("marker", [], self)
        self.marker.chosen.connect(lambda value: self.set(marker=value))
        self.add_row("marker", self.marker)
        self.dash = ChoiceCombo("dash", [], self)
        self.dash.chosen.connect(lambda value: self.set(dash=value))
        self.add_row("dash", self.dash)
        self.add_row("avatar", self._avatar_row())

    def _avatar_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = QLabel(row)
        self.picture.setObjectName("avatar")
        self.picture.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.picture)
        buttons = QVBoxLayout()
        self.choose_button = QPushButton(_t("choose"), row)
        self.choose_button.setObjectName("choose_picture")
        self.choose_button.clicked.connect(self.choose_picture)
        self.remove_button = QPushButton(_t("remove"), row)
        self.remove_button.setObjectName("remove_picture")
        self.remove_button.clicked.connect(self.remove_picture)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return row

    def refresh_more(self, element: Any) -> None:
        doc = self.context.doc
        index = [p.id for p in doc.personas].index(element.id)
        age = -1 if element.age is None else element.age
        if self.age.value() != age:
            self._loading = True
            self.age.setValue(age)
            self._loading = False
        self.channels.show_channels(doc, element.preferred_channels)
        self.colour.set_colour(element.colour)
        default_marker = persona_style(index)[1]
        self.marker.set_choices(
            [(_t("default", name=_label(default_marker)), None)]
            + [(_label(m), m) for m in PERSONA_MARKERS]
        )
        self.marker.show_value(element.marker)
        self.dash.set_choices(
            [(_t("default", name=_label(persona_dash_name(index))), None)]
            + [(_label(d), d) for d in PERSONA_DASH_NAMES]
        )
        self.dash.show_value(element.dash)
        if element.avatar is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(_t("no_picture"))
        else:
            pixmap = QPixmap.fromImage(avatar_image(element.avatar))
            self.picture.setPixmap(
                pixmap.scaled(
                    THUMBNAIL,
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_button.setEnabled(element.avatar is not None)

    def _check_name(self, text: str) -> str | None:
        name = text.strip().casefold()
        for persona in self.context.doc.personas:
            if persona.id != self.element_id and persona.name.casefold() == name:
                return _t("name_taken", name=text.strip())
        return None

    def _age_changed(self, value: int) -> None:
        if not self._loading:
            age = None if value < 0 else value
            self.context.set_fields(self.collection, self.element_id, {"age": age}, typing=True)

    def choose_picture(self) -> None:
        """Ask for a PNG or JPEG picture of the persona."""
        path = questions.ask_file(self, _t("dialog", name=self.element().name), _t("pictures"))
        if path is not None:
            self.set_picture_from(str(path))

    def set_picture_from(self, path: str) -> bool:
        """Use the picture at ``path`` (made small enough to store); one undo step."""
        try:
            avatar = load_avatar(path)
        except InputError as error:
            self.context.status.emit(error.describe())
            return False
        name = self.element().name
        return self.context.set_fields(
            self.collection, self.element_id, {"avatar": avatar}, label=_t("picture_set", name=name)
        )

    def remove_picture(self) -> None:
        """Drop the persona's picture."""
        label = _t("picture_removed", name=self.element().name)
        self.context.set_fields(self.collection, self.element_id, {"avatar": None}, label=label)
