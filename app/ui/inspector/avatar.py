"""Persona pictures: read an image file into a small avatar stored in the map."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.model.document import AVATAR_MAX_BYTES, Avatar
from app.model.errors import InputError
from app.model.limits import MAX_FILE_BYTES, read_limited
from app.model.text import QT_TRANSLATE_NOOP

TEXTS = {
    "unreadable": QT_TRANSLATE_NOOP("Inspector", "Cannot read “{name}”: {reason}."),
    "not_a_picture": QT_TRANSLATE_NOOP(
        "Inspector", "“{name}” is not a PNG or JPEG picture Parcours can read."
    ),
    "too_big": QT_TRANSLATE_NOOP(
        "Inspector", "“{name}” stays above {limit} KiB even when made smaller."
    ),
}
AVATAR_SIDE = 512
"""The longest side of a stored avatar, in pixels."""
JPEG_QUALITY = 85


def _t(key: str, **values: object) -> str:
    """The sentence ``key`` of this module, translated and filled in."""
    return QCoreApplication.translate("Inspector", TEXTS[key]).format(**values)


def load_avatar(path: str | Path) -> Avatar:
    """The picture at ``path`` as an avatar: at most 512 px on its long side, PNG or JPEG.

    PNG is kept when it fits the size cap; otherwise the picture is stored as a
    JPEG (quality 85) on white. Raises :class:`InputError` with a sentence
    naming the file when it cannot be read or is not a picture.
    """
    path = Path(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES, "a picture")  # never read a huge file whole
    except OSError as error:
        raise InputError(None, _t("unreadable", name=path.name, reason=error.strerror)) from None
    image = QImage.fromData(QByteArray(raw))
    if image.isNull():
        raise InputError(None, _t("not_a_picture", name=path.name))
    if max(image.width(), image.height()) > AVATAR_SIDE:
        image = image.scaled(
            AVATAR_SIDE,
            AVATAR_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = _encode(image, "PNG")
    media_type = "image/png"
    if len(data) > AVATAR_MAX_BYTES:
        data = _encode(_on_white(image), "JPEG", JPEG_QUALITY)
        media_type = "image/jpeg"
    if len(data) > AVATAR_MAX_BYTES:
        raise InputError(None, _t("too_big", name=path.name, limit=AVATAR_MAX_BYTES // 1024))
    return Avatar.from_bytes(data, media_type)


def avatar_image(avatar: Avatar) -> QImage:
    """The picture an avatar holds (a null image if it cannot be decoded)."""
    return QImage.fromData(QByteArray.fromBase64(avatar.data.encode("ascii")))


def _encode(image: QImage, format_name: str, quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, format_name, quality)  # type: ignore[call-overload]  # stubs say bytes; str works
    return bytes(buffer.data().data())


def _on_white(image: QImage) -> QImage:
    # JPEG has no transparency: flatten onto white rather than black.
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat
