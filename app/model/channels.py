"""The catalogue of built-in channels, with their English and French names.

A touchpoint's ``channel`` is either one of these keys or the id of a custom
channel stored in the map.
"""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.model.text import speaks_french


@dataclass(frozen=True)
class BuiltinChannel:
    """A channel every map knows: a stable key, names in each language, an icon name."""

    key: str
    en: str
    fr: str
    icon: str
    aliases: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        """The channel's name in ``language`` (English when not French)."""
        return self.fr if speaks_french(language) else self.en


BUILTIN_CHANNELS: tuple[BuiltinChannel, ...] = (
    BuiltinChannel("website", "Website", "Site web", "globe", ("web", "site", "site internet")),
    BuiltinChannel(
        "email", "E-mail", "E-mail", "mail", ("email", "mail", "courriel", "newsletter")
    ),
    BuiltinChannel(
        "social_media",
        "Social media",
        "Réseaux sociaux",
        "share",
        ("social", "social networks", "social network", "réseau social"),
    ),
    BuiltinChannel("phone", "Phone", "Téléphone", "phone", ("telephone", "phone call", "appel")),
    BuiltinChannel(
        "loyalty_programme",
        "Loyalty programme",
        "Programme de fidélité",
        "award",
        ("loyalty program", "loyalty"),
    ),
    BuiltinChannel(
        "paid_ads",
        "Paid ads",
        "Publicité payante",
        "megaphone",
        ("ads", "advertising", "advert", "publicité", "pub"),
    ),
    BuiltinChannel(
        "physical_store",
        "Physical store",
        "Magasin physique",
        "store",
        ("store", "shop", "boutique", "magasin", "in store"),
    ),
    BuiltinChannel("chatbot", "Chatbot", "Chatbot", "bot", ("bot", "chat", "live chat")),
    BuiltinChannel(
        "call_centre",
        "Call centre",
        "Centre d'appels",
        "headset",
        ("call center", "centre d’appels", "service client", "customer service"),
    ),
    BuiltinChannel("reviews", "Reviews", "Avis clients", "star", ("review", "avis", "ratings")),
    BuiltinChannel(
        "word_of_mouth",
        "Word of mouth",
        "Bouche-à-oreille",
        "users",
        ("bouche à oreille", "friends", "referral"),
    ),
    BuiltinChannel(
        "mobile_app",
        "Mobile app",
        "Application mobile",
        "smartphone",
        ("app", "application", "appli"),
    ),
    BuiltinChannel(
        "search_engine",
        "Search engine",
        "Moteur de recherche",
        "search",
        ("search", "google", "seo", "recherche"),
    ),
    BuiltinChannel("delivery", "Delivery", "Livraison", "truck", ("shipping", "parcel", "colis")),
    BuiltinChannel("events", "Events", "Événements", "calendar", ("event", "événement", "salon")),
)

BUILTIN_BY_KEY: dict[str, BuiltinChannel] = {c.key: c for c in BUILTIN_CHANNELS}


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of ``text`` for name matching.

    Remembered: pasting 10,000 cards matches each card's persona and channel names
    against the map's, the same few names over and over. Long texts searched once each
    (the find bar's) go to :func:`fold_text`, which keeps nothing.
    """
    return fold_text(text)


def fold_text(text: str) -> str:
    """:func:`fold`, without remembering: plain ASCII text only needs its case and spacing
    folded; other text loses its accents in one ``str.translate``, not character by
    character (the find bar folds every text of the map at each key)."""
    if text.isascii():
        bare = text.lower()  # casefold, NFKD and accents change nothing else in ASCII
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        bare = decomposed.translate(_combining_marks()).replace("’", "'")
    bare = bare.replace("-", " ").replace("_", " ")
    return " ".join(bare.split())


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """``str.translate`` table deleting every combining character (accents and the like).

    Made at the first text that needs it (a few ms): every combining character of this
    Python's Unicode lies below U+20000 (``tests/model/test_fold.py`` checks all of them).
    """
    return {code: None for code in range(COMBINING_BELOW) if unicodedata.combining(chr(code))}


COMBINING_BELOW = 0x20000


_BY_FOLDED_NAME: dict[str, str] = {}
for _channel in BUILTIN_CHANNELS:
    for _name in (_channel.key, _channel.en, _channel.fr, *_channel.aliases):
        _BY_FOLDED_NAME.setdefault(fold(_name), _channel.key)


def builtin_channel_for_name(name: str) -> str | None:
    """The key of the built-in channel called ``name`` in English or French, if any."""
    return _BY_FOLDED_NAME.get(fold(name))


def channel_icon(channel: str | None) -> str:
    """The icon of a channel under app/data/icons: built-in channels have their own."""
    return f"channels/{channel}" if channel in BUILTIN_BY_KEY else "channels/custom"
