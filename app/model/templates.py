"""Starting points for a new map, in English and French.

``parcours new --template NAME --lang en|fr`` and File > New use these.
"""

from dataclasses import dataclass

from app.model.document import FRAMEWORK_FIELDS, FrameworkField, JourneyMap, Lane, Persona, Phase
from app.model.palette import LANE_COLOURS, persona_colour, phase_colour
from app.model.text import speaks_french

LANGUAGES: tuple[str, ...] = ("en", "fr")


@dataclass(frozen=True)
class Template:
    """A named starting point: its phases in each language."""

    name: str
    title: dict[str, str]
    phases: dict[str, tuple[tuple[str, str], ...]]
    """Per language: (phase name, what happens in it)."""


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "blank",
            {"en": "Blank map", "fr": "Carte vierge"},
            # One phase and one card lane: enough to start adding cards and structure.
            {"en": (("Phase 1", ""),), "fr": (("Phase 1", ""),)},
        ),
        Template(
            "five-phases",
            {"en": "Five-phase customer journey", "fr": "Parcours client en cinq phases"},
            {
                "en": (
                    ("Awareness", "The customer notices a need and looks for information."),
                    ("Consideration", "The customer actively evaluates offers and alternatives."),
                    ("Purchase", "The customer acts: buys or signs up."),
                    ("Retention", "The customer keeps using the product and buys again."),
                    ("Advocacy", "The customer recommends, reviews and helps others."),
                ),
                "fr": (
                    ("Sensibilisation", "Le client prend conscience d'un besoin et s'informe."),
                    (
                        "Considération",
                        "Le client compare activement les offres et les alternatives.",
                    ),
                    ("Achat", "Le client passe à l'action : il achète ou s'inscrit."),
                    ("Fidélisation", "Le client continue d'utiliser le produit et rachète."),
                    ("Recommandation", "Le client recommande, laisse un avis et aide les autres."),
                ),
            },
        ),
        Template(
            "three-phases",
            {"en": "Before, during and after purchase", "fr": "Avant, pendant et après l'achat"},
            {
                "en": (
                    ("Before purchase", "Discovering the need and the offer."),
                    ("During purchase", "Choosing, buying and paying."),
                    ("After purchase", "Using, getting support, coming back."),
                ),
                "fr": (
                    ("Avant l'achat", "Découverte du besoin et de l'offre."),
                    ("Pendant l'achat", "Choix, achat et paiement."),
                    ("Après l'achat", "Utilisation, assistance, retour."),
                ),
            },
        ),
        Template(
            "four-steps",
            {"en": "Four-step purchase journey", "fr": "Parcours d'achat en quatre étapes"},
            {
                "en": (
                    ("Need & information search", "The customer recognises a need and searches."),
                    ("Comparing solutions", "The customer weighs the options."),
                    ("Decision", "The customer chooses and buys."),
                    (
                        "Post-purchase loyalty",
                        "The customer's experience decides whether they stay.",
                    ),
                ),
                "fr": (
                    (
                        "Besoin et recherche d'information",
                        "Le client identifie un besoin et s'informe.",
                    ),
                    ("Comparaison des solutions", "Le client pèse les options."),
                    ("Décision", "Le client choisit et achète."),
                    ("Fidélisation après l'achat", "L'expérience décide si le client reste."),
                ),
            },
        ),
    )
}

_LANE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "touchpoints": "Touchpoints",
        "emotion": "Emotions",
        "actions": "Actions",
        "motivation": "Motivation",
        "questions": "Questions",
        "pain_points": "Pain points",
        "opportunities": "Opportunities",
        "quotes": "Quotes",
        "description": "Description",
    },
    "fr": {
        "touchpoints": "Points de contact",
        "emotion": "Émotions",
        "actions": "Actions",
        "motivation": "Motivation",
        "questions": "Questions",
        "pain_points": "Points de friction",
        "opportunities": "Opportunités",
        "quotes": "Verbatims",
        "description": "Description",
    },
}

DEFAULT_FRAMEWORK_LANES: tuple[FrameworkField, ...] = (
    "actions",
    "motivation",
    "questions",
    "pain_points",
    "opportunities",
)
_PERSONA_NAME = {"en": "Main customer", "fr": "Client principal"}


def lane_name(kind_or_field: str, language: str) -> str:
    """The default name of a lane kind or framework field in ``language``."""
    return _LANE_NAMES["fr" if speaks_french(language) else "en"][kind_or_field]


def default_lanes(language: str) -> list[Lane]:
    """The lanes a new map starts with: cards, the journey framework, emotions."""
    assert set(DEFAULT_FRAMEWORK_LANES) <= set(FRAMEWORK_FIELDS)
    lanes = [
        Lane(
            kind="touchpoints",
            name=lane_name("touchpoints", language),
            colour=LANE_COLOURS["touchpoints"],
        )
    ]
    lanes += [
        Lane(
            kind="framework",
            field=field,
            name=lane_name(field, language),
            colour=LANE_COLOURS["framework"],
        )
        for field in DEFAULT_FRAMEWORK_LANES
    ]
    lanes.append(
        Lane(kind="emotion", name=lane_name("emotion", language), colour=LANE_COLOURS["emotion"])
    )
    return lanes


def new_map(template: str = "five-phases", language: str = "en") -> JourneyMap:
    """A new map from ``template`` in ``language`` (``en`` or ``fr``), with fresh ids.

    Raises ``KeyError`` for an unknown template or language.
    """
    chosen = TEMPLATES[template]
    if language not in LANGUAGES:
        raise KeyError(language)
    return JourneyMap(
        title=chosen.title[language],
        language=language,
        phases=[
            Phase(name=phase_name, description=text, colour=phase_colour(i))
            for i, (phase_name, text) in enumerate(chosen.phases[language])
        ],
        lanes=default_lanes(language)[:1] if template == "blank" else default_lanes(language),
        personas=[Persona(name=_PERSONA_NAME[language], colour=persona_colour(0))],
    )
