"""Build the sample map "Buying a first guitar online" in English and French.

Both languages come from ONE structure below, in which every text is an
``(English, French)`` pair, so the two files always have the same shape: the
same ids, phases, lanes, personas, touchpoints, scores and figures. Ids are
derived from stable keys and the dates are fixed, so running this again gives
the same bytes.

Usage::

    python scripts/make_samples.py [OUTPUT_FOLDER]

OUTPUT_FOLDER defaults to ``app/data/samples``; the files written are
``guitar-purchase.en.journey`` and ``guitar-purchase.fr.journey``.
"""

import argparse
import sys
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.model import fileformat
from app.model.channels import BUILTIN_BY_KEY
from app.model.document import (
    CustomChannel,
    Evidence,
    FrameworkField,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Opportunity,
    Persona,
    Phase,
    Priority,
    Touchpoint,
)
from app.model.integrity import integrity_problems
from app.model.palette import LANE_COLOURS, persona_colour, phase_colour
from app.model.templates import lane_name

Text = tuple[str, str]
"""A text in (English, French)."""

LANGUAGES: tuple[str, ...] = ("en", "fr")
SAMPLE_NAME = "guitar-purchase"
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "app" / "data" / "samples"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "guitar-purchase.samples.parcours")
CREATED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
MODIFIED = datetime(2025, 3, 17, 16, 30, tzinfo=UTC)


def sid(kind: str, key: str) -> str:
    """The stable id of the sample element ``kind:key`` (the same in both languages)."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


# -- the structure ------------------------------------------------------------------

TITLE: Text = ("Buying a first guitar online", "Acheter sa première guitare en ligne")
DESCRIPTION: Text = (
    "Sample map: two customers buy a first guitar online, from the first ads to the review "
    "they leave. A slow site and a declined card at the cheapest shop send them to a second "
    "shop whose checkout works, which then delivers early and helps them start playing. "
    "Figures are illustrative.",
    "Carte d’exemple : deux clients achètent une première guitare en ligne, des premières "
    "publicités jusqu’à l’avis qu’ils laissent. Un site lent et une carte refusée dans la "
    "boutique la moins chère les envoient vers une deuxième boutique, dont le paiement "
    "fonctionne, qui livre en avance et les aide à débuter. Les chiffres sont fictifs.",
)
AUTHOR = "Parcours sample"

PHASES: tuple[tuple[str, Text, Text], ...] = (
    (
        "awareness",
        ("Awareness", "Sensibilisation"),
        (
            "The wish to play takes shape: friends talk about it, then guitar ads appear "
            "everywhere.",
            "L’envie de jouer prend forme : on en parle entre amis, puis les publicités de "
            "guitares s’affichent partout.",
        ),
    ),
    (
        "consideration",
        ("Consideration", "Considération"),
        (
            "Which guitar, at what price, from which shop? Rankings, video reviews, price "
            "comparisons and advice.",
            "Quelle guitare, à quel prix, dans quelle boutique ? Classements, tests vidéo, "
            "comparaison des prix et conseils.",
        ),
    ),
    (
        "purchase",
        ("Purchase", "Achat"),
        (
            "A slow site and a declined card at the cheapest shop; at the second shop, "
            "checkout just works.",
            "Un site lent et une carte refusée dans la boutique la moins chère ; dans la "
            "deuxième, le paiement passe sans accroc.",
        ),
    ),
    (
        "retention",
        ("Retention", "Fidélisation"),
        (
            "Early delivery, a personal note, easy returns, help with the first chords and a "
            "community.",
            "Livraison en avance, mot personnalisé, retours faciles, aide pour les premiers "
            "accords et communauté.",
        ),
    ),
    (
        "advocacy",
        ("Advocacy", "Recommandation"),
        (
            "Happy customers recommend the shop to those around them and leave a review.",
            "Les clients satisfaits recommandent la boutique à leur entourage et laissent un avis.",
        ),
    ),
)


@dataclass(frozen=True)
class MetricSpec:
    key: str
    name: Text
    unit: Text


METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("conversion", ("Conversion rate", "Taux de conversion"), ("%", "%")),
    MetricSpec("csat", ("Satisfaction (CSAT)", "Satisfaction (CSAT)"), ("/5", "/5")),
    MetricSpec("time", ("Time spent", "Temps passé"), ("min", "min")),
    MetricSpec("nps", ("Net Promoter Score", "Net Promoter Score"), ("pts", "pts")),
)

CUSTOM_CHANNELS: tuple[tuple[str, Text], ...] = (
    ("youtube", ("YouTube", "YouTube")),
    ("community", ("Online community", "Communauté en ligne")),
)


@dataclass(frozen=True)
class LaneSpec:
    key: str
    kind: LaneKind
    name: Text | None = None
    """None: the lane takes the default name of its kind or field."""
    field: FrameworkField | None = None
    metric: str | None = None


LANES: tuple[LaneSpec, ...] = (
    LaneSpec("digital", "touchpoints", ("Digital", "Numérique")),
    LaneSpec("people", "touchpoints", ("Human & physical", "Humain et physique")),
    LaneSpec("service", "touchpoints", ("Customer service", "Service client")),
    LaneSpec("emotion", "emotion"),
    LaneSpec("actions", "framework", field="actions"),
    LaneSpec("motivation", "framework", field="motivation"),
    LaneSpec("questions", "framework", field="questions"),
    LaneSpec("pain_points", "framework", field="pain_points"),
    LaneSpec("opportunities", "framework", field="opportunities"),
    LaneSpec("conversion", "metric", metric="conversion"),
    LaneSpec("csat", "metric", metric="csat"),
)


@dataclass(frozen=True)
class PersonaSpec:
    key: str
    name: str
    role: Text
    age: int
    location: Text
    quote: Text
    goals: tuple[Text, ...]
    challenges: tuple[Text, ...]
    interests: tuple[Text, ...]
    buying_behaviour: Text
    preferred_channels: tuple[str, ...]


PERSONAS: tuple[PersonaSpec, ...] = (
    PersonaSpec(
        key="lea",
        name="Léa Moreau",
        role=("Marketing project manager", "Cheffe de projet marketing"),
        age=34,
        location=("Lyon, France", "Lyon"),
        quote=(
            "I’ve been saying I’ll learn guitar for ten years. This time I’m doing it, as "
            "long as choosing one doesn’t take a degree.",
            "Ça fait dix ans que je dis que j’apprendrai la guitare. Cette fois, je m’y mets, "
            "à condition de ne pas devoir faire une thèse pour en choisir une.",
        ),
        goals=(
            ("Play a handful of songs by the summer", "Savoir jouer quelques morceaux d’ici l’été"),
            (
                "Buy a decent guitar for around €250, no more",
                "Acheter une guitare correcte pour 250 € environ, pas plus",
            ),
            (
                "Learn at her own pace, in the evenings and at weekends",
                "Apprendre à son rythme, le soir et le week-end",
            ),
        ),
        challenges=(
            (
                "Can’t tell a good guitar from a bad one",
                "Ne sait pas distinguer une bonne guitare d’une mauvaise",
            ),
            ("Little free time on weekday evenings", "Peu de temps libre le soir en semaine"),
            ("Distrusts sponsored “best of” lists", "Se méfie des classements sponsorisés"),
        ),
        interests=(
            ("Indie folk and singer-songwriters", "Folk indé et auteurs-compositeurs"),
            ("Running", "Course à pied"),
            ("Podcasts", "Podcasts"),
            ("Having friends round for dinner", "Recevoir des amis à dîner"),
        ),
        buying_behaviour=(
            "Researches on her phone in the evening and buys on her laptop. Reads reviews and "
            "watches videos before any purchase over €100. Leaves a shop at the first sign of "
            "friction.",
            "Se renseigne sur son téléphone le soir et achète sur son ordinateur. Lit des avis "
            "et regarde des vidéos avant tout achat de plus de 100 €. Quitte une boutique au "
            "moindre accroc.",
        ),
        preferred_channels=("social_media", "search_engine", "reviews", "mobile_app"),
    ),
    PersonaSpec(
        key="marc",
        name="Marc Girard",
        role=("Logistics manager", "Responsable logistique"),
        age=46,
        location=("Nantes, France", "Nantes"),
        quote=(
            "I don’t know the first thing about guitars. I just want Jade to have a good one "
            "for her birthday, without being ripped off.",
            "Je n’y connais rien en guitares. Je veux juste que Jade en ait une bonne pour son "
            "anniversaire, sans me faire avoir.",
        ),
        goals=(
            (
                "Have the guitar delivered before his daughter Jade’s 14th birthday, ten days away",
                "Recevoir la guitare avant les 14 ans de sa fille Jade, dans dix jours",
            ),
            (
                "Choose an instrument suited to a teenage beginner",
                "Choisir un instrument adapté à une débutante de 14 ans",
            ),
            ("Stay under €300, accessories included", "Ne pas dépasser 300 €, accessoires compris"),
        ),
        challenges=(
            (
                "No musical knowledge to judge quality",
                "Aucune connaissance musicale pour juger de la qualité",
            ),
            (
                "Worried about online payment security",
                "Inquiet pour la sécurité des paiements en ligne",
            ),
            (
                "Only has time to shop in the evening",
                "N’a le temps de faire ses achats que le soir",
            ),
        ),
        interests=(
            ("Cycling", "Vélo"),
            ("DIY", "Bricolage"),
            ("1980s rock", "Rock des années 80"),
            ("Sunday football with friends", "Foot entre amis le dimanche"),
        ),
        buying_behaviour=(
            "Compares prices carefully and likes to call someone before a big purchase. Pays "
            "by card on the family computer, then checks his banking app. Keeps every receipt.",
            "Compare les prix avec soin et aime appeler quelqu’un avant un achat important. "
            "Paie par carte sur l’ordinateur familial, puis vérifie l’appli de sa banque. "
            "Garde tous les justificatifs.",
        ),
        preferred_channels=("phone", "website", "email", "word_of_mouth"),
    ),
)


@dataclass(frozen=True)
class Card:
    """One touchpoint; ``channel`` is a built-in channel key or a CUSTOM_CHANNELS key."""

    key: str
    phase: str
    lane: str
    channel: str
    title: Text
    description: Text
    actions: tuple[Text, ...]
    motivation: Text
    questions: tuple[Text, ...] = ()
    pain_points: tuple[Text, ...] = ()
    opportunities: tuple[tuple[Priority, Text], ...] = ()
    quotes: tuple[Text, ...] = ()
    moment_of_truth: bool = False
    evidence: Evidence = "observed"
    metrics: Mapping[str, float] = field(default_factory=dict)
    emotions: Mapping[str, float] = field(default_factory=dict)


AWARENESS: tuple[Card, ...] = (
    Card(
        key="friends",
        phase="awareness",
        lane="people",
        channel="word_of_mouth",
        title=("Talking guitar with friends", "Discussion guitare entre amis"),
        description=(
            "Over dinner, a friend says she learnt guitar with online videos. Léa decides "
            "this is her year; at Marc’s, his daughter Jade asks for a guitar for her 14th "
            "birthday.",
            "Lors d’un dîner, une amie raconte qu’elle a appris la guitare avec des vidéos en "
            "ligne. Léa se dit que c’est le moment ; chez Marc, sa fille Jade réclame une "
            "guitare pour ses 14 ans.",
        ),
        actions=(
            ("Talks about learning an instrument", "Parle d’apprendre un instrument"),
            (
                "Asks friends which guitar they started on",
                "Demande à ses amis sur quelle guitare ils ont commencé",
            ),
        ),
        motivation=(
            "Finally learn to play, or make a teenager’s wish come true.",
            "Apprendre enfin à jouer, ou exaucer le souhait d’une adolescente.",
        ),
        questions=(
            ("Is it too late to start?", "Est-il trop tard pour commencer ?"),
            ("Acoustic, classical or electric?", "Folk, classique ou électrique ?"),
        ),
        pain_points=(
            ("Friends’ advice is contradictory", "Les conseils des amis se contredisent"),
        ),
        opportunities=(
            (
                "low",
                (
                    "Offer a “first guitar” guide that is easy to forward to friends",
                    "Proposer un guide « première guitare » facile à partager entre amis",
                ),
            ),
        ),
        quotes=(
            (
                "“I’ve been saying ‘one day I’ll learn guitar’ for ten years.” — Léa",
                "« Ça fait dix ans que je dis “un jour, j’apprendrai la guitare”. » — Léa",
            ),
        ),
        emotions={"lea": 1.0, "marc": 0.5},
    ),
    Card(
        key="ads",
        phase="awareness",
        lane="digital",
        channel="paid_ads",
        title=("Guitar ads on social media", "Publicités de guitares sur les réseaux"),
        description=(
            "In the days that follow, Instagram and Facebook show ad after ad for “the best "
            "guitar on the market”, some from shops the buyer has never heard of.",
            "Les jours suivants, Instagram et Facebook enchaînent les publicités pour « la "
            "meilleure guitare du marché », parfois de boutiques inconnues.",
        ),
        actions=(
            ("Scrolls past most of the ads", "Fait défiler la plupart des publicités"),
            ("Taps an ad for a beginner pack", "Clique sur une annonce pour un pack débutant"),
        ),
        motivation=(
            "Get a first idea of prices without effort.",
            "Se faire une première idée des prix sans effort.",
        ),
        questions=(
            (
                "Why am I seeing guitars everywhere all of a sudden?",
                "Pourquoi toutes ces guitares, tout à coup ?",
            ),
            (
                "Is a €99 pack good enough to learn on?",
                "Un pack à 99 € suffit-il pour apprendre ?",
            ),
        ),
        pain_points=(
            (
                "Every ad claims to be the best: none helps to choose",
                "Chaque annonce se dit la meilleure : aucune n’aide à choisir",
            ),
            (
                "The same ad comes back several times a day",
                "La même publicité revient plusieurs fois par jour",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "Point ads to a beginner’s buying guide rather than straight to a product",
                    "Faire pointer les publicités vers un guide d’achat pour débutants plutôt "
                    "que vers un produit",
                ),
            ),
            (
                "low",
                (
                    "Cap how often one person sees the same ad",
                    "Limiter le nombre d’affichages d’une même publicité par personne",
                ),
            ),
        ),
        quotes=(
            (
                "“My phone must have been listening: it was guitars everywhere.” — Marc",
                "« Mon téléphone a dû m’écouter : il n’y avait plus que des guitares. » — Marc",
            ),
        ),
        metrics={"conversion": 1.8},
        emotions={"lea": 0.0, "marc": -1.0},
    ),
)

CONSIDERATION: tuple[Card, ...] = (
    Card(
        key="blog",
        phase="consideration",
        lane="digital",
        channel="search_engine",
        title=("“10 best beginner guitars” posts", "Articles « 10 meilleures guitares »"),
        description=(
            "A search for “best guitar for beginners” leads to blog posts that rank ten "
            "models each. Léa reads three of them on her phone, on the bus.",
            "Une recherche « meilleure guitare pour débutant » mène à des articles de blog qui "
            "classent dix modèles chacun. Léa en lit trois sur son téléphone, dans le bus.",
        ),
        actions=(
            ("Searches “best guitar for beginners”", "Cherche « meilleure guitare pour débutant »"),
            ("Reads and compares three top-10 lists", "Lit et compare trois classements"),
            (
                "Notes the models that appear in every list",
                "Note les modèles cités dans toutes les listes",
            ),
        ),
        motivation=(
            "Narrow hundreds of models down to a shortlist she can trust.",
            "Réduire des centaines de modèles à une courte liste fiable.",
        ),
        questions=(
            ("Are these rankings paid for?", "Ces classements sont-ils sponsorisés ?"),
            (
                "What do “solid top” and “low action” mean?",
                "Que veulent dire « table massive » et « action basse » ?",
            ),
        ),
        pain_points=(
            ("Jargon everywhere", "Du jargon partout"),
            (
                "Affiliate links make the rankings hard to trust",
                "Les liens affiliés font douter des classements",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "Publish a plain-language glossary next to product specs",
                    "Publier un glossaire en langage simple à côté des caractéristiques",
                ),
            ),
            (
                "low",
                (
                    "Say openly which guides are sponsored",
                    "Indiquer clairement quels guides sont sponsorisés",
                ),
            ),
        ),
        quotes=(
            (
                "“Every list had the same three guitars, so I figured they had to be good.” — Léa",
                "« Les trois mêmes guitares revenaient dans chaque liste, je me suis dit "
                "qu’elles devaient être bonnes. » — Léa",
            ),
        ),
        metrics={"conversion": 22.0, "time": 12.0},
        emotions={"lea": 0.5, "marc": 0.0},
    ),
    Card(
        key="youtube",
        phase="consideration",
        lane="digital",
        channel="youtube",
        title=("YouTube reviews and sound tests", "Tests et démos sonores sur YouTube"),
        description=(
            "Reviewers play the shortlisted guitars one after another. Hearing them convinces "
            "more than any spec sheet; Marc watches with Jade and lets her choose.",
            "Des vidéastes jouent les guitares présélectionnées l’une après l’autre. Les "
            "entendre convainc plus que n’importe quelle fiche technique ; Marc regarde avec "
            "Jade et la laisse choisir.",
        ),
        actions=(
            (
                "Watches reviews of the three shortlisted models",
                "Regarde les tests des trois modèles retenus",
            ),
            ("Listens to sound tests on headphones", "Écoute les démos sonores au casque"),
            ("Reads the comments under the videos", "Lit les commentaires sous les vidéos"),
        ),
        motivation=(
            "See and hear the guitar played before paying for it.",
            "Voir et entendre la guitare avant de payer.",
        ),
        questions=(
            (
                "Will it sound like that in my hands?",
                "Sonnera-t-elle comme ça entre mes mains ?",
            ),
            ("Is the reviewer paid by the brand?", "Le vidéaste est-il payé par la marque ?"),
        ),
        pain_points=(
            (
                "Reviews are long and made for experienced players",
                "Les vidéos sont longues et s’adressent à des guitaristes confirmés",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "Embed short sound demos played by beginners on product pages",
                    "Intégrer de courtes démos jouées par des débutants sur les fiches produit",
                ),
            ),
        ),
        quotes=(
            (
                "“Jade picked the one that sounded ‘warmer’. I couldn’t hear the difference.” "
                "— Marc",
                "« Jade a choisi celle qui sonnait “plus chaud”. Moi, je n’entendais aucune "
                "différence. » — Marc",
            ),
        ),
        evidence="assumed",
        metrics={"time": 45.0},
        emotions={"lea": 1.5, "marc": 0.5},
    ),
    Card(
        key="compare",
        phase="consideration",
        lane="digital",
        channel="website",
        title=("Comparing prices across shops", "Comparaison des prix entre boutiques"),
        description=(
            "The chosen beginner folk guitar costs €229 to €259 depending on the shop, with "
            "different bundles and delivery fees. MegaSound is the cheapest; Fretline, a "
            "specialist music shop, comes second.",
            "La guitare folk choisie coûte de 229 € à 259 € selon les boutiques, avec des "
            "packs et des frais de livraison différents. MegaSound est la moins chère ; "
            "Fretline, une boutique spécialisée, arrive deuxième.",
        ),
        actions=(
            (
                "Opens the guitar on four shops’ sites",
                "Ouvre la fiche de la guitare dans quatre boutiques",
            ),
            (
                "Compares price, delivery fees and bundled accessories",
                "Compare prix, frais de livraison et accessoires inclus",
            ),
            (
                "Picks MegaSound, where it costs €20 less",
                "Choisit MegaSound, où elle coûte 20 € de moins",
            ),
        ),
        motivation=(
            "Get the best price without buying from an unknown shop.",
            "Obtenir le meilleur prix sans acheter dans une boutique inconnue.",
        ),
        questions=(
            (
                "Is the bag, tuner and strap bundle worth it?",
                "Le pack housse, accordeur et sangle vaut-il le coup ?",
            ),
            ("Which shop delivers fastest?", "Quelle boutique livre le plus vite ?"),
            (
                "Can it be returned if it doesn’t suit?",
                "Pourra-t-on la renvoyer si elle ne convient pas ?",
            ),
        ),
        pain_points=(
            (
                "Bundles make prices hard to compare",
                "Les packs rendent les prix difficiles à comparer",
            ),
            (
                "Delivery times are vague (“5 to 10 days”)",
                "Les délais de livraison sont flous (« 5 à 10 jours »)",
            ),
        ),
        opportunities=(
            (
                "high",
                (
                    "Show the total price with delivery and a delivery date on the product page",
                    "Afficher le prix total livraison comprise et une date de livraison sur la "
                    "fiche produit",
                ),
            ),
            (
                "medium",
                (
                    "Compare bundles in a simple table",
                    "Comparer les packs dans un tableau simple",
                ),
            ),
        ),
        quotes=(
            (
                "“Same guitar, four prices, four bundles. I needed a spreadsheet.” — Marc",
                "« Même guitare, quatre prix, quatre packs. Il m’aurait fallu un tableur. » — Marc",
            ),
        ),
        metrics={"conversion": 31.0, "time": 25.0},
        emotions={"lea": -0.5, "marc": -1.0},
    ),
    Card(
        key="adviser",
        phase="consideration",
        lane="service",
        channel="phone",
        title=("Calling a Fretline adviser", "Appel à un conseiller Fretline"),
        description=(
            "Unsure about the size, Marc calls Fretline. An adviser who plays explains that a "
            "full-size folk guitar suits a 14-year-old and suggests lighter strings. Marc "
            "still goes for the cheaper shop.",
            "Pas sûr de la taille, Marc appelle Fretline. Un conseiller, lui-même guitariste, "
            "lui explique qu’une folk taille adulte convient à 14 ans et conseille des cordes "
            "plus souples. Marc choisit malgré tout la boutique la moins chère.",
        ),
        actions=(
            ("Finds the number on the contact page", "Trouve le numéro sur la page contact"),
            (
                "Asks about size and strings for a 14-year-old",
                "Pose ses questions sur la taille et les cordes pour une ado de 14 ans",
            ),
            (
                "Decides to order from the cheaper shop anyway",
                "Décide tout de même de commander dans la boutique moins chère",
            ),
        ),
        motivation=(
            "Talk to someone who knows before spending €250 on a present.",
            "Parler à quelqu’un de compétent avant de dépenser 250 € pour un cadeau.",
        ),
        questions=(
            (
                "Is a full-size guitar too big for her?",
                "Une guitare taille adulte est-elle trop grande pour elle ?",
            ),
            (
                "Which strings will hurt her fingers least?",
                "Quelles cordes lui feront le moins mal aux doigts ?",
            ),
        ),
        pain_points=(
            (
                "Advice line open on weekdays only, 9 am to 6 pm",
                "Ligne de conseil ouverte en semaine seulement, de 9 h à 18 h",
            ),
            ("Four minutes on hold", "Quatre minutes d’attente"),
        ),
        opportunities=(
            (
                "high",
                (
                    "E-mail a summary of the advice with a link to the guitar",
                    "Envoyer par e-mail un résumé du conseil avec le lien vers la guitare",
                ),
            ),
            (
                "medium",
                (
                    "Offer call-backs in the evening and on Saturdays",
                    "Proposer des rappels le soir et le samedi",
                ),
            ),
        ),
        quotes=(
            (
                "“The guy knew his stuff and didn’t push. I should have ordered right then.” "
                "— Marc",
                "« Le conseiller connaissait son sujet sans jamais forcer la vente. J’aurais dû "
                "commander tout de suite. » — Marc",
            ),
        ),
        metrics={"csat": 4.7, "time": 9.0},
        emotions={"marc": 1.5},
    ),
)

PURCHASE: tuple[Card, ...] = (
    Card(
        key="slow_site",
        phase="purchase",
        lane="digital",
        channel="website",
        title=("Slow pages at MegaSound", "Pages très lentes chez MegaSound"),
        description=(
            "Every page of the cheapest shop takes six to eight seconds to load, the basket "
            "twice as long. The buyer keeps going for the price.",
            "Chaque page de la boutique la moins chère met six à huit secondes à s’afficher, le "
            "panier deux fois plus. L’acheteur persévère pour le prix.",
        ),
        actions=(
            (
                "Adds the guitar and the bundle to the basket",
                "Ajoute la guitare et le pack au panier",
            ),
            (
                "Creates an account, as there is no guest checkout",
                "Crée un compte, faute de commande sans inscription",
            ),
            ("Reloads the delivery page twice", "Recharge deux fois la page de livraison"),
        ),
        motivation=("Save €20 on the same guitar.", "Économiser 20 € sur la même guitare."),
        questions=(
            (
                "Has the page frozen or is it still loading?",
                "La page est-elle bloquée ou encore en chargement ?",
            ),
            ("Why do I need an account?", "Pourquoi faut-il créer un compte ?"),
        ),
        pain_points=(
            ("Pages take 6 to 8 s to load", "Pages qui mettent 6 à 8 s à s’afficher"),
            ("Account creation is compulsory", "Création de compte obligatoire"),
            (
                "The basket loses the bundle after a reload",
                "Le panier perd le pack après un rechargement",
            ),
        ),
        opportunities=(
            (
                "high",
                (
                    "Bring page load time under 2 seconds",
                    "Ramener le temps de chargement sous les 2 secondes",
                ),
            ),
            ("high", ("Allow guest checkout", "Permettre la commande sans compte")),
        ),
        quotes=(
            (
                "“I almost gave up at the delivery page. I stayed for the twenty euros.” — Léa",
                "« J’ai failli abandonner à la page de livraison. Je suis restée pour les vingt "
                "euros. » — Léa",
            ),
        ),
        metrics={"conversion": 46.0, "csat": 2.4, "time": 14.0},
        emotions={"lea": -1.0, "marc": -0.5},
    ),
    Card(
        key="card_error",
        phase="purchase",
        lane="digital",
        channel="website",
        title=("Card declined at MegaSound", "Carte refusée chez MegaSound"),
        description=(
            "After the bank’s security check, the page says “Payment error (code 05). Please "
            "try again later.” The basket is emptied, and nothing says whether the card was "
            "charged.",
            "Après la validation bancaire, la page affiche « Erreur de paiement (code 05). "
            "Veuillez réessayer plus tard. » Le panier est vidé, et rien n’indique si la carte "
            "a été débitée.",
        ),
        actions=(
            ("Tries the card a second time", "Retente le paiement avec la même carte"),
            (
                "Checks the banking app for a debit",
                "Vérifie dans l’appli de sa banque s’il y a eu un débit",
            ),
            (
                "Closes the tab and goes back to the price comparison",
                "Ferme l’onglet et revient à la comparaison des prix",
            ),
        ),
        motivation=(
            "Finish the purchase without paying twice.",
            "Finaliser l’achat sans payer deux fois.",
        ),
        questions=(
            ("Was my card charged?", "Ma carte a-t-elle été débitée ?"),
            (
                "Is the problem my card or the shop?",
                "Le problème vient-il de ma carte ou de la boutique ?",
            ),
            ("Who can I ask?", "À qui m’adresser ?"),
        ),
        pain_points=(
            ("A code instead of an explanation", "Un code au lieu d’une explication"),
            ("Basket emptied after the error", "Panier vidé après l’erreur"),
            (
                "No other way to pay and no one to contact",
                "Aucun autre moyen de paiement, personne à contacter",
            ),
        ),
        opportunities=(
            (
                "high",
                (
                    "Explain the failure in plain words and say whether the card was charged",
                    "Expliquer l’échec en clair et dire si la carte a été débitée",
                ),
            ),
            (
                "high",
                (
                    "Keep the basket and offer another way to pay (PayPal, bank transfer)",
                    "Conserver le panier et proposer un autre moyen de paiement (PayPal, virement)",
                ),
            ),
            (
                "medium",
                (
                    "Open a live chat when a payment fails",
                    "Ouvrir un chat en direct en cas d’échec du paiement",
                ),
            ),
        ),
        quotes=(
            (
                "“Code 05. What am I supposed to do with code 05?” — Léa",
                "« Code 05. Qu’est-ce que je suis censée faire d’un code 05 ? » — Léa",
            ),
            (
                "“I spent the evening checking my bank account.” — Marc",
                "« J’ai passé la soirée à surveiller mon compte en banque. » — Marc",
            ),
        ),
        moment_of_truth=True,
        metrics={"conversion": 38.0, "csat": 1.6, "time": 6.0},
        emotions={"lea": -1.5, "marc": -2.0},
    ),
    Card(
        key="checkout",
        phase="purchase",
        lane="digital",
        channel="website",
        title=("Smooth checkout at Fretline", "Paiement sans accroc chez Fretline"),
        description=(
            "The buyer turns to the second shop on the list. Pages load instantly, guest "
            "checkout takes four steps and the card goes through first time. Delivery is "
            "promised “within 7 days”.",
            "L’acheteur se rabat sur la deuxième boutique de sa liste. Les pages s’affichent "
            "instantanément, la commande sans compte tient en quatre étapes et la carte passe "
            "du premier coup. La livraison est annoncée « sous 7 jours ».",
        ),
        actions=(
            ("Orders as a guest", "Commande sans créer de compte"),
            (
                "Pays by card (Apple Pay and PayPal are offered too)",
                "Paie par carte (Apple Pay et PayPal sont aussi proposés)",
            ),
            (
                "Gets the confirmation e-mail within a minute",
                "Reçoit l’e-mail de confirmation en moins d’une minute",
            ),
        ),
        motivation=(
            "Get it done, with a shop that feels reliable.",
            "En finir, avec une boutique qui inspire confiance.",
        ),
        questions=(
            (
                "Will it arrive before the birthday?",
                "Arrivera-t-elle avant l’anniversaire ?",
            ),
            ("Is it worth the extra €20?", "Les 20 € de plus valent-ils le coup ?"),
        ),
        pain_points=(
            (
                "Delivery given as a range of days, not a date",
                "Délai de livraison donné sous forme de fourchette, sans date",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "Show an exact delivery date at checkout",
                    "Afficher une date de livraison précise au moment du paiement",
                ),
            ),
            (
                "low",
                (
                    "Offer gift wrapping and a gift message",
                    "Proposer un emballage cadeau et un message personnalisé",
                ),
            ),
        ),
        quotes=(
            (
                "“Four clicks and it was done. Why can’t every shop do that?” — Léa",
                "« Quatre clics et c’était réglé. Pourquoi toutes les boutiques ne font-elles "
                "pas pareil ? » — Léa",
            ),
        ),
        moment_of_truth=True,
        metrics={"conversion": 84.0, "csat": 4.6, "time": 4.0},
        emotions={"lea": 1.5, "marc": 0.5},
    ),
)

RETENTION: tuple[Card, ...] = (
    Card(
        key="delivery",
        phase="retention",
        lane="people",
        channel="delivery",
        title=("Guitar delivered in 3 days", "Guitare livrée en 3 jours"),
        description=(
            "Promised within a week, the guitar arrives three days after the order, well "
            "packed; a text message the day before gave a two-hour slot. For Marc, that is a "
            "week before Jade’s birthday.",
            "Annoncée sous une semaine, la guitare arrive trois jours après la commande, bien "
            "emballée ; un SMS la veille indiquait un créneau de deux heures. Pour Marc, c’est "
            "une semaine avant l’anniversaire de Jade.",
        ),
        actions=(
            ("Follows the parcel with the tracking link", "Suit le colis grâce au lien de suivi"),
            ("Takes delivery at home", "Réceptionne le colis à domicile"),
            ("Checks the box for damage", "Vérifie que le carton n’est pas abîmé"),
        ),
        motivation=(
            "Have the guitar in hand, undamaged, as soon as possible.",
            "Avoir la guitare en main, intacte, au plus vite.",
        ),
        questions=(
            (
                "Will someone be home to take the parcel?",
                "Y aura-t-il quelqu’un pour réceptionner le colis ?",
            ),
            (
                "Where can Marc hide it until the birthday?",
                "Où Marc va-t-il la cacher jusqu’à l’anniversaire ?",
            ),
        ),
        pain_points=(
            (
                "The box says “GUITAR” in big letters: so much for the surprise",
                "Le carton porte « GUITARE » en grosses lettres : adieu la surprise",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "Offer plain packaging for presents",
                    "Proposer un emballage neutre pour les cadeaux",
                ),
            ),
            (
                "low",
                (
                    "Let the customer choose the delivery day",
                    "Laisser le client choisir son jour de livraison",
                ),
            ),
        ),
        quotes=(
            (
                "“They said a week. It came in three days. I didn’t expect to be this happy "
                "about a parcel.” — Léa",
                "« On m’avait dit une semaine, elle est arrivée en trois jours. Je ne pensais "
                "pas être aussi contente pour un colis. » — Léa",
            ),
        ),
        moment_of_truth=True,
        metrics={"csat": 4.8},
        emotions={"lea": 2.0, "marc": 1.5},
    ),
    Card(
        key="note",
        phase="retention",
        lane="people",
        channel="delivery",
        title=("Thank-you note and easy returns", "Mot de remerciement et retours faciles"),
        description=(
            "In the box, a handwritten thank-you card, a spare set of strings and a leaflet "
            "on returns: 60 days, free, no questions asked.",
            "Dans le carton, une carte de remerciement manuscrite, un jeu de cordes de "
            "rechange et un dépliant sur les retours : 60 jours, gratuits, sans justification.",
        ),
        actions=(
            ("Reads the card", "Lit la carte"),
            (
                "Keeps the returns leaflet, just in case",
                "Garde le dépliant sur les retours, au cas où",
            ),
        ),
        motivation=(
            "Know the purchase can be undone if the guitar doesn’t suit.",
            "Savoir qu’on peut revenir sur l’achat si la guitare ne convient pas.",
        ),
        questions=(
            (
                "Can a guitar be returned once it has been played?",
                "Peut-on renvoyer une guitare sur laquelle on a déjà joué ?",
            ),
        ),
        opportunities=(
            (
                "low",
                (
                    "Add a QR code to a two-minute video on getting started",
                    "Ajouter un QR code vers une vidéo de deux minutes pour bien débuter",
                ),
            ),
        ),
        quotes=(
            (
                "“A handwritten card! For a €249 order. I took a photo of it.” — Léa",
                "« Une carte écrite à la main ! Pour une commande à 249 €. Je l’ai prise en "
                "photo. » — Léa",
            ),
        ),
        metrics={"csat": 4.9},
        emotions={"lea": 1.5, "marc": 1.5},
    ),
    Card(
        key="first_play",
        phase="retention",
        lane="digital",
        channel="mobile_app",
        title=("Tuning app and first chords", "Appli d’accordage et premiers accords"),
        description=(
            "The order e-mail links to Fretline’s free app: a tuner and ten beginner lessons. "
            "Jade tunes her guitar in minutes. Léa’s new strings keep going out of tune, and "
            "she wonders whether her guitar is faulty.",
            "L’e-mail de commande renvoie vers l’appli gratuite de Fretline : un accordeur et "
            "dix leçons pour débutants. Jade accorde sa guitare en quelques minutes. Les "
            "cordes neuves de Léa se désaccordent sans cesse, et elle se demande si sa guitare "
            "est défectueuse.",
        ),
        actions=(
            ("Installs the app and tunes the guitar", "Installe l’appli et accorde la guitare"),
            ("Follows lesson 1: three chords", "Suit la leçon 1 : trois accords"),
            ("Retunes every few minutes", "Réaccorde toutes les cinq minutes"),
        ),
        motivation=(
            "Play something, anything, on the very first evening.",
            "Jouer quelque chose, n’importe quoi, dès le premier soir.",
        ),
        questions=(
            ("Why won’t it stay in tune?", "Pourquoi ne tient-elle pas l’accord ?"),
            (
                "Is it normal for fingertips to hurt?",
                "Est-ce normal d’avoir mal au bout des doigts ?",
            ),
        ),
        pain_points=(
            (
                "Nobody says that new strings stretch for a few days",
                "Personne ne prévient que des cordes neuves se détendent pendant quelques jours",
            ),
            (
                "Sore fingertips after twenty minutes",
                "Bouts des doigts douloureux après vingt minutes",
            ),
        ),
        opportunities=(
            (
                "high",
                (
                    "Warn, in the app and in the box, that new strings take a few days to settle",
                    "Prévenir, dans l’appli et dans le carton, que des cordes neuves mettent "
                    "quelques jours à se stabiliser",
                ),
            ),
            (
                "medium",
                (
                    "Add a “first week” plan of short practice sessions",
                    "Ajouter un programme « première semaine » en séances courtes",
                ),
            ),
        ),
        quotes=(
            (
                "“I thought they’d sent me a dud. It was just the strings settling.” — Léa",
                "« J’ai cru qu’on m’avait envoyé une guitare défectueuse. C’étaient juste les "
                "cordes qui se détendaient. » — Léa",
            ),
        ),
        moment_of_truth=True,
        metrics={"csat": 3.4, "time": 40.0},
        emotions={"lea": -0.5, "marc": 1.0},
    ),
    Card(
        key="chat",
        phase="retention",
        lane="service",
        channel="chatbot",
        title=("Asking the chat about tuning", "Question au chat sur l’accordage"),
        description=(
            "Léa opens the chat on Fretline’s site. The bot recognises the question, explains "
            "that new strings stretch and hands over to someone from the customer success "
            "team, who sends a video on stretching strings.",
            "Léa ouvre le chat sur le site de Fretline. Le bot reconnaît la question, explique "
            "que des cordes neuves se détendent et passe le relais à une conseillère de "
            "l’équipe Customer Success, qui envoie une vidéo pour apprendre à étirer les "
            "cordes.",
        ),
        actions=(
            ("Describes the problem in the chat", "Décrit le problème dans le chat"),
            ("Watches the video and stretches the strings", "Regarde la vidéo et étire les cordes"),
        ),
        motivation=(
            "Know whether to send the guitar back or keep playing.",
            "Savoir s’il faut renvoyer la guitare ou continuer à jouer.",
        ),
        questions=(("Do I need to send it back?", "Faut-il la renvoyer ?"),),
        pain_points=(
            (
                "The bot asks for the order number before answering",
                "Le bot exige le numéro de commande avant de répondre",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "Answer common questions before asking for an order number",
                    "Répondre aux questions courantes avant de demander le numéro de commande",
                ),
            ),
        ),
        quotes=(
            (
                "“A real person answered in under ten minutes, on a Sunday.” — Léa",
                "« Une vraie personne m’a répondu en moins de dix minutes, un dimanche. » — Léa",
            ),
        ),
        metrics={"csat": 4.5, "time": 8.0},
        emotions={"lea": 1.0},
    ),
    Card(
        key="community",
        phase="retention",
        lane="digital",
        channel="community",
        title=("Joining the online community", "Arrivée dans la communauté en ligne"),
        description=(
            "Customers get access to Fretline’s forum: weekly beginner challenges, song "
            "requests and answers from the team. Léa posts her first recording; Marc can’t "
            "tell whether Jade, at 14, is allowed to join.",
            "Les clients ont accès au forum de Fretline : défis hebdomadaires pour débutants, "
            "demandes de morceaux et réponses de l’équipe. Léa y publie son premier "
            "enregistrement ; Marc ne sait pas si Jade, à 14 ans, a le droit de s’inscrire.",
        ),
        actions=(
            ("Creates a community profile", "Crée un profil sur la communauté"),
            ("Takes part in the weekly challenge", "Participe au défi de la semaine"),
        ),
        motivation=(
            "Keep going past the first weeks, with others at the same level.",
            "Tenir au-delà des premières semaines, avec d’autres du même niveau.",
        ),
        questions=(
            (
                "Is the forum suitable for a teenager?",
                "Le forum est-il adapté à une adolescente ?",
            ),
            ("Will beginners be laughed at?", "Les débutants vont-ils se faire moquer ?"),
        ),
        pain_points=(
            ("The minimum age is not stated", "L’âge minimum n’est indiqué nulle part"),
            (
                "Beginner threads are lost among expert discussions",
                "Les sujets pour débutants se perdent parmi les discussions d’experts",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "State the age rules and offer a moderated space for teenagers",
                    "Afficher les règles d’âge et proposer un espace modéré pour les ados",
                ),
            ),
            (
                "low",
                (
                    "Start a “first month” group for new customers",
                    "Créer un groupe « premier mois » pour les nouveaux clients",
                ),
            ),
        ),
        quotes=(
            (
                "“Twelve people liked my wobbly version of a song. That kept me practising.” — Léa",
                "« Douze personnes ont aimé ma version bancale d’un morceau. Ça m’a motivée à "
                "continuer. » — Léa",
            ),
        ),
        evidence="assumed",
        metrics={"conversion": 27.0, "csat": 4.3},
        emotions={"lea": 1.5, "marc": -0.5},
    ),
)

ADVOCACY: tuple[Card, ...] = (
    Card(
        key="recommend",
        phase="advocacy",
        lane="people",
        channel="word_of_mouth",
        title=("Recommending Fretline to friends", "Recommandation de Fretline à des proches"),
        description=(
            "Two months later, Léa plays a song at the dinner where it all began and tells "
            "everyone where she bought her guitar. Marc recommends the shop to a colleague "
            "whose son wants to learn the bass.",
            "Deux mois plus tard, Léa joue un morceau au dîner où tout a commencé et dit à "
            "tout le monde où elle a acheté sa guitare. Marc recommande la boutique à un "
            "collègue dont le fils veut apprendre la basse.",
        ),
        actions=(
            ("Plays for friends", "Joue devant ses amis"),
            (
                "Shares the shop’s link in a group chat",
                "Partage le lien de la boutique dans une conversation de groupe",
            ),
        ),
        motivation=(
            "Share a good find and spare friends the same hassle.",
            "Partager une bonne adresse et éviter la même galère aux autres.",
        ),
        questions=(
            ("Is there anything in it for my friends?", "Mes amis auront-ils un avantage ?"),
        ),
        pain_points=(("No referral offer to pass on", "Aucune offre de parrainage à transmettre"),),
        opportunities=(
            ("medium", ("Launch a referral programme", "Lancer un programme de parrainage")),
        ),
        quotes=(
            (
                "“Don’t bother with the cheap one, go to Fretline. Trust me.” — Léa",
                "« Laisse tomber la moins chère, va chez Fretline. Crois-moi. » — Léa",
            ),
        ),
        metrics={"nps": 58.0},
        emotions={"lea": 2.0, "marc": 1.5},
    ),
    Card(
        key="review",
        phase="advocacy",
        lane="digital",
        channel="reviews",
        title=("Writing a review", "Rédaction d’un avis"),
        description=(
            "Fretline asks for a review by e-mail three days after delivery. Léa waits until "
            "she can play a whole song; Marc replies straight away, on Jade’s behalf.",
            "Fretline demande un avis par e-mail trois jours après la livraison. Léa attend de "
            "savoir jouer un morceau en entier ; Marc répond tout de suite, au nom de Jade.",
        ),
        actions=(
            ("Opens the review request e-mail", "Ouvre l’e-mail de demande d’avis"),
            ("Rates the guitar and the service", "Note la guitare et le service"),
            ("Adds a photo", "Ajoute une photo"),
        ),
        motivation=(
            "Thank the shop and help the next beginner choose.",
            "Remercier la boutique et aider le prochain débutant à choisir.",
        ),
        questions=(
            (
                "Can you judge the sound after three days?",
                "Peut-on juger le son au bout de trois jours ?",
            ),
        ),
        pain_points=(
            (
                "The request comes too early to judge the guitar",
                "La demande arrive trop tôt pour juger la guitare",
            ),
            (
                "Reminders keep coming after the review is posted",
                "Les relances continuent après la publication de l’avis",
            ),
        ),
        opportunities=(
            (
                "medium",
                (
                    "Ask after three weeks, separately for the service and the guitar",
                    "Demander l’avis au bout de trois semaines, séparément pour le service et "
                    "pour la guitare",
                ),
            ),
            (
                "low",
                (
                    "Stop reminders once a review is posted",
                    "Arrêter les relances dès qu’un avis est publié",
                ),
            ),
        ),
        quotes=(
            (
                "“Five stars for the shop. The guitar gets four until I can play it properly.” "
                "— Léa",
                "« Cinq étoiles pour la boutique. La guitare en aura quatre, le temps que je "
                "sache en jouer. » — Léa",
            ),
        ),
        metrics={"conversion": 14.0, "csat": 4.4},
        emotions={"lea": 1.0, "marc": 1.0},
    ),
    Card(
        key="referral",
        phase="advocacy",
        lane="digital",
        channel="email",
        title=("Proposed: referral offer by e-mail", "Proposition : parrainage par e-mail"),
        description=(
            "Future state. A month after delivery, an e-mail gives the customer a link to "
            "share: friends get €15 off their first instrument, the customer a free set of "
            "strings.",
            "État futur. Un mois après la livraison, un e-mail fournit un lien à partager : "
            "les proches ont 15 € de réduction sur leur premier instrument, le client reçoit "
            "un jeu de cordes offert.",
        ),
        actions=(
            (
                "Forwards the link to a friend who wants to learn",
                "Transmet le lien à un proche qui veut apprendre",
            ),
        ),
        motivation=(
            "Turn spontaneous recommendations into a small reward for both sides.",
            "Transformer les recommandations spontanées en petit avantage pour chacun.",
        ),
        questions=(
            (
                "Does the offer apply to every instrument?",
                "L’offre vaut-elle pour tous les instruments ?",
            ),
        ),
        opportunities=(
            (
                "high",
                (
                    "Test the offer with customers who rated the service 5/5",
                    "Tester l’offre auprès des clients qui ont noté le service 5/5",
                ),
            ),
        ),
        evidence="proposed",
    ),
)

CARDS: tuple[Card, ...] = AWARENESS + CONSIDERATION + PURCHASE + RETENTION + ADVOCACY


# -- building the documents ---------------------------------------------------------

_FRENCH_SPACES = (
    (" ?", "\u00a0?"),
    (" !", "\u00a0!"),
    (" ;", "\u00a0;"),
    (" :", "\u00a0:"),
    ("« ", "«\u00a0"),
    (" »", "\u00a0»"),
    (" €", "\u00a0€"),
    (" %", "\u00a0%"),
)


def tr(text: Text, language: str) -> str:
    """``text`` in ``language``; French gets non-breaking spaces before ? ! ; : » € %."""
    if language == "en":
        return text[0]
    french = text[1]
    for plain, non_breaking in _FRENCH_SPACES:
        french = french.replace(plain, non_breaking)
    return french


def trs(texts: tuple[Text, ...], language: str) -> list[str]:
    return [tr(text, language) for text in texts]


def _phases(language: str) -> list[Phase]:
    return [
        Phase(
            id=sid("phase", key),
            name=tr(name, language),
            description=tr(description, language),
            colour=phase_colour(i),
        )
        for i, (key, name, description) in enumerate(PHASES)
    ]


def _lane(spec: LaneSpec, language: str) -> Lane:
    if spec.name is not None:
        name = tr(spec.name, language)
    elif spec.kind == "metric":
        metric = next(m for m in METRICS if m.key == spec.metric)
        name = tr(metric.name, language)
    else:
        name = lane_name(spec.field or spec.kind, language)
    return Lane(
        id=sid("lane", spec.key),
        kind=spec.kind,
        name=name,
        colour=LANE_COLOURS[spec.kind],
        field=spec.field,
        metric_id=sid("metric", spec.metric) if spec.metric is not None else None,
    )


def _persona(i: int, spec: PersonaSpec, language: str) -> Persona:
    return Persona(
        id=sid("persona", spec.key),
        name=spec.name,
        role=tr(spec.role, language),
        age=spec.age,
        location=tr(spec.location, language),
        quote=tr(spec.quote, language),
        goals=trs(spec.goals, language),
        challenges=trs(spec.challenges, language),
        interests=trs(spec.interests, language),
        buying_behaviour=tr(spec.buying_behaviour, language),
        preferred_channels=list(spec.preferred_channels),
        colour=persona_colour(i),
    )


def _channel_id(channel: str) -> str:
    if channel in BUILTIN_BY_KEY:
        return channel
    if any(key == channel for key, _ in CUSTOM_CHANNELS):
        return sid("channel", channel)
    raise KeyError(f"unknown channel {channel!r}")


def _touchpoint(card: Card, language: str) -> Touchpoint:
    return Touchpoint(
        id=sid("touchpoint", card.key),
        phase_id=sid("phase", card.phase),
        lane_id=sid("lane", card.lane),
        title=tr(card.title, language),
        channel=_channel_id(card.channel),
        description=tr(card.description, language),
        actions=trs(card.actions, language),
        motivation=tr(card.motivation, language),
        questions=trs(card.questions, language),
        pain_points=trs(card.pain_points, language),
        opportunities=[
            Opportunity(text=tr(text, language), priority=priority)
            for priority, text in card.opportunities
        ],
        quotes=trs(card.quotes, language),
        moment_of_truth=card.moment_of_truth,
        evidence=card.evidence,
        metrics={sid("metric", key): value for key, value in card.metrics.items()},
        emotions={sid("persona", key): value for key, value in card.emotions.items()},
    )


def build(language: str) -> JourneyMap:
    """The sample map in ``language`` (``en`` or ``fr``)."""
    if language not in LANGUAGES:
        raise KeyError(language)
    return JourneyMap(
        id=sid("map", language),
        title=tr(TITLE, language),
        description=tr(DESCRIPTION, language),
        author=AUTHOR,
        language=language,
        created=CREATED,
        modified=MODIFIED,
        phases=_phases(language),
        lanes=[_lane(spec, language) for spec in LANES],
        personas=[_persona(i, spec, language) for i, spec in enumerate(PERSONAS)],
        metrics=[
            Metric(id=sid("metric", m.key), name=tr(m.name, language), unit=tr(m.unit, language))
            for m in METRICS
        ],
        channels=[
            CustomChannel(id=sid("channel", key), name=tr(name, language))
            for key, name in CUSTOM_CHANNELS
        ],
        touchpoints=[_touchpoint(card, language) for card in CARDS],
    )


def sample_path(folder: Path, language: str) -> Path:
    """Where the sample in ``language`` goes inside ``folder``."""
    return folder / f"{SAMPLE_NAME}.{language}{fileformat.EXTENSION}"


def write_samples(folder: Path) -> list[Path]:
    """Build and save the sample in every language into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        doc = build(language)
        problems = integrity_problems(doc)
        if problems:
            raise ValueError(f"the {language} sample is not sound: {problems}")
        path = sample_path(folder, language)
        fileformat.save(doc, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "output",
        nargs="?",
        type=Path,
        default=DEFAULT_OUTPUT,
        help=f"folder to write the samples to (default: {DEFAULT_OUTPUT})",
    )
    args = parser.parse_args(argv)
    for path in write_samples(args.output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
