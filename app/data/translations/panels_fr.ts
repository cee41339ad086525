<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChannelPalette</name>
    <message>
        <source>Add Channel…</source>
        <translation>Ajouter un canal…</translation>
    </message>
    <message>
        <source>Add a channel of your own to this map, with an optional SVG icon</source>
        <translation>Ajouter un canal à vous sur cette carte, avec une icône SVG si vous le souhaitez</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <source>Name of the channel:</source>
        <translation>Nom du canal :</translation>
    </message>
    <message>
        <source>Choose an SVG icon for “{name}” (Cancel: the generic icon)</source>
        <translation>Choisir une icône SVG pour « {name} » (Annuler : l’icône générique)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename channel</source>
        <translation>Renommer le canal</translation>
    </message>
    <message>
        <source>Change Icon…</source>
        <translation>Changer l’icône…</translation>
    </message>
    <message>
        <source>Use the Generic Icon</source>
        <translation>Utiliser l’icône générique</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Drag a channel onto a card lane to add a card with that channel</source>
        <translation>Faites glisser un canal sur une ligne de cartes pour ajouter une carte avec ce canal</translation>
    </message>
    <message>
        <source>Added the channel “{name}”.</source>
        <translation>Canal « {name} » ajouté.</translation>
    </message>
    <message>
        <source>This map already has a channel called “{name}”.</source>
        <translation>Cette carte a déjà un canal nommé « {name} ».</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
        <source>{file} is {size} KiB; an icon may be at most {limit} KiB.</source>
        <translation>{file} pèse {size} Kio ; une icône ne peut dépasser {limit} Kio.</translation>
    </message>
    <message>
        <source>{file} is not an SVG image.</source>
        <translation>{file} n’est pas une image SVG.</translation>
    </message>
    <message>
        <source>A channel name must be 1 to 500 characters long.</source>
        <translation>Le nom d’un canal doit compter de 1 à 500 caractères.</translation>
    </message>
    <message>
        <source>Deleted the channel “{name}”; its cards now have no channel.</source>
        <translation>Canal « {name} » supprimé ; ses cartes n’ont plus de canal.</translation>
    </message>
    <message>
        <source>Select cards to give them this channel, or drag it onto a card lane.</source>
        <translation>Sélectionnez des cartes pour leur donner ce canal, ou faites-le glisser sur une ligne de cartes.</translation>
    </message>
    <message>
        <source>Set the channel of “{title}” to {channel}</source>
        <translation>Donner le canal {channel} à « {title} »</translation>
    </message>
    <message>
        <source>Set the channel of {count} cards to {channel}</source>
        <translation>Donner le canal {channel} à {count} cartes</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in titles, notes, quotes and channels</source>
        <translation>Chercher dans les titres, notes, verbatims et canaux</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>No card matches</source>
        <translation>Aucune carte ne correspond</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Chercher :</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>Click an insight to select the cards behind it.</source>
        <translation>Cliquez sur une analyse pour sélectionner les cartes concernées.</translation>
    </message>
    <message>
        <source>Emotions per persona</source>
        <translation>Émotions par persona</translation>
    </message>
    <message>
        <source>The map has no personas.</source>
        <translation>La carte n’a aucun persona.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Aucune note pour l’instant.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>In {phase}</source>
        <translation>Phase {phase}</translation>
    </message>
    <message>
        <source>Lowest: {titles}</source>
        <translation>Plus basse : {titles}</translation>
    </message>
    <message>
        <source>Highest: {titles}</source>
        <translation>Plus haute : {titles}</translation>
    </message>
    <message>
        <source>Drop: {before} → {after}</source>
        <translation>Chute : {before} → {after}</translation>
    </message>
    <message>
        <source>No drop between two scored touchpoints.</source>
        <translation>Aucune chute entre deux points de contact notés.</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Moments de vérité</translation>
    </message>
    <message>
        <source>No touchpoint is marked as a moment of truth.</source>
        <translation>Aucun point de contact n’est marqué comme moment de vérité.</translation>
    </message>
    <message>
        <source>Pain points by phase</source>
        <translation>Points de friction par phase</translation>
    </message>
    <message>
        <source>{text} ({title})</source>
        <translation>{text} ({title})</translation>
    </message>
    <message>
        <source>Opportunities, ranked</source>
        <translation>Opportunités, par ordre de priorité</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Aucune opportunité pour l’instant.</translation>
    </message>
    <message>
        <source>{rank}. {text}</source>
        <translation>{rank}. {text}</translation>
    </message>
    <message>
        <source>{priority} · {score}</source>
        <translation>{priority} · {score}</translation>
    </message>
    <message>
        <source>At {title}: {priority} priority, mean score {score}.</source>
        <translation>À « {title} » : priorité {priority}, note moyenne {score}.</translation>
    </message>
    <message>
        <source>Channels by phase</source>
        <translation>Canaux par phase</translation>
    </message>
    <message>
        <source>No touchpoints yet.</source>
        <translation>Aucun point de contact pour l’instant.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Unstated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Cannot read “{name}”: {reason}.</source>
        <translation>Impossible de lire « {name} » : {reason}.</translation>
    </message>
    <message>
        <source>“{name}” is not a PNG or JPEG picture Parcours can read.</source>
        <translation>« {name} » n’est pas une image PNG ou JPEG que Parcours sait lire.</translation>
    </message>
    <message>
        <source>“{name}” stays above {limit} KiB even when made smaller.</source>
        <translation>« {name} » dépasse encore {limit} Kio même réduite.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>This card is a moment of truth</source>
        <translation>Cette carte est un moment de vérité</translation>
    </message>
    <message>
        <source>Change {persona}&apos;s score at &apos;{card}&apos;</source>
        <translation>Changer la note de {persona} à « {card} »</translation>
    </message>
    <message>
        <source>Change {metric} at &apos;{card}&apos;</source>
        <translation>Changer {metric} à « {card} »</translation>
    </message>
    <message>
        <source>Add metric &apos;{name}&apos;</source>
        <translation>Ajouter l’indicateur « {name} »</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>Un indicateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The map already has a metric called “{name}”.</source>
        <translation>La carte a déjà un indicateur nommé « {name} ».</translation>
    </message>
    <message>
        <source>A metric&apos;s name has at most 500 characters.</source>
        <translation>Le nom d’un indicateur compte au plus 500 caractères.</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>A card needs a title.</source>
        <translation>Une carte doit avoir un titre.</translation>
    </message>
    <message>
        <source>A phase needs a name.</source>
        <translation>Une phase doit avoir un nom.</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>Une ligne doit avoir un nom.</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Un persona doit avoir un nom.</translation>
    </message>
    <message>
        <source>The map needs a title.</source>
        <translation>La carte doit avoir un titre.</translation>
    </message>
    <message>
        <source>This text is too long: at most 500 characters.</source>
        <translation>Ce texte est trop long : 500 caractères au plus.</translation>
    </message>
    <message>
        <source>This value cannot be used ({problem}).</source>
        <translation>Cette valeur ne peut pas être utilisée ({problem}).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Verbatims</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Repliée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Buying behaviour</source>
        <translation>Comportement d’achat</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marqueur</translation>
    </message>
    <message>
        <source>Line style</source>
        <translation>Style de trait</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an item and type it (Enter to keep it).</source>
        <translation>Ajouter un élément et le saisir (Entrée pour le garder).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete).</source>
        <translation>Retirer l’élément sélectionné (Suppr).</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up).</source>
        <translation>Monter l’élément sélectionné (Ctrl+Haut).</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down).</source>
        <translation>Descendre l’élément sélectionné (Ctrl+Bas).</translation>
    </message>
    <message>
        <source>Priority of the selected opportunity</source>
        <translation>Priorité de l’opportunité sélectionnée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Priorité haute</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Priorité moyenne</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorité basse</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Add a metric (conversion, satisfaction, time spent…) to the map.</source>
        <translation>Ajouter un indicateur (conversion, satisfaction, temps passé…) à la carte.</translation>
    </message>
    <message>
        <source>Delete this metric, its values at every card and its lanes.</source>
        <translation>Supprimer cet indicateur, ses valeurs sur chaque carte et ses lignes.</translation>
    </message>
    <message>
        <source>Remove the metric {name}</source>
        <translation>Retirer l’indicateur {name}</translation>
    </message>
    <message>
        <source>Metric {number}</source>
        <translation>Indicateur {number}</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Nom de l’indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target of {name}</source>
        <translation>Cible de {name}</translation>
    </message>
    <message>
        <source>The value aimed for, in the metric&apos;s unit: a dashed line across its lanes.</source>
        <translation>La valeur visée, dans l’unité de l’indicateur : une ligne pointillée sur ses lignes.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>{count} cards selected</source>
        <translation>{count} cartes sélectionnées</translation>
    </message>
    <message>
        <source>All are moments of truth</source>
        <translation>Toutes sont des moments de vérité</translation>
    </message>
    <message>
        <source>Set channel of {count} cards</source>
        <translation>Changer le canal de {count} cartes</translation>
    </message>
    <message>
        <source>Set evidence of {count} cards</source>
        <translation>Changer la source de {count} cartes</translation>
    </message>
    <message>
        <source>Set moment of truth of {count} cards</source>
        <translation>Changer le moment de vérité de {count} cartes</translation>
    </message>
    <message>
        <source>Set {persona}&apos;s score of {count} cards</source>
        <translation>Changer la note de {persona} sur {count} cartes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>On card</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>Free on the map</source>
        <translation>Libre sur la carte</translation>
    </message>
    <message>
        <source>Other ({colour})</source>
        <translation>Autre ({colour})</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>« {title} »</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} cartes</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>Aucune carte n’est ouverte.</translation>
    </message>
    <message>
        <source>Default ({name})</source>
        <translation>Par défaut ({name})</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose a picture of {name}</source>
        <translation>Choisir une photo de {name}</translation>
    </message>
    <message>
        <source>Another persona is already called “{name}”.</source>
        <translation>Un autre persona s’appelle déjà « {name} ».</translation>
    </message>
    <message>
        <source>Set picture of {name}</source>
        <translation>Changer la photo de {name}</translation>
    </message>
    <message>
        <source>Remove picture of {name}</source>
        <translation>Retirer la photo de {name}</translation>
    </message>
    <message>
        <source>The map has no personas yet.</source>
        <translation>La carte n’a encore aucun persona.</translation>
    </message>
    <message>
        <source>The map has no metrics yet.</source>
        <translation>La carte n’a encore aucun indicateur.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>« {text} » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Add metric…</source>
        <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
        <source>Add a metric to the map, and optionally its value at this card.</source>
        <translation>Ajouter un indicateur à la carte, et si vous le souhaitez sa valeur sur cette carte.</translation>
    </message>
    <message>
        <source>Name of the new metric</source>
        <translation>Nom du nouvel indicateur</translation>
    </message>
    <message>
        <source>Unit (%, min, /5…)</source>
        <translation>Unité (%, min, /5…)</translation>
    </message>
    <message>
        <source>Value here (optional)</source>
        <translation>Valeur ici (facultatif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Metric: {name}</source>
        <translation>Indicateur : {name}</translation>
    </message>
    <message>
        <source>Show this lane folded</source>
        <translation>Afficher cette ligne repliée</translation>
    </message>
    <message>
        <source>This lane holds a card: move or delete it before it shows something else.</source>
        <translation>Cette ligne contient une carte : déplacez-la ou supprimez-la avant de lui faire afficher autre chose.</translation>
    </message>
    <message>
        <source>This lane holds {count} cards: move or delete them before it shows something else.</source>
        <translation>Cette ligne contient {count} cartes : déplacez-les ou supprimez-les avant de lui faire afficher autre chose.</translation>
    </message>
    <message>
        <source>The map already has an emotion lane; a map has at most one.</source>
        <translation>La carte a déjà une ligne des émotions ; une carte en a une au plus.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>Plusieurs valeurs</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>No persona yet: add one to draw its emotion curve.</source>
        <translation>Aucun persona pour l’instant : ajoutez-en un pour tracer sa courbe d’émotion.</translation>
    </message>
    <message>
        <source>Picture of {name}</source>
        <translation>Photo de {name}</translation>
    </message>
    <message>
        <source>Initials of {name}</source>
        <translation>Initiales de {name}</translation>
    </message>
    <message>
        <source>{age} years old</source>
        <translation>{age} ans</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Losange</translation>
    </message>
    <message>
        <source>Triangle Down</source>
        <translation>Triangle pointe en bas</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Croix</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Tirets</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Pointillés</translation>
    </message>
    <message>
        <source>Dash-Dot</source>
        <translation>Tiret-point</translation>
    </message>
    <message>
        <source>Fine Dots</source>
        <translation>Points fins</translation>
    </message>
    <message>
        <source>Long Dash</source>
        <translation>Tirets longs</translation>
    </message>
    <message>
        <source>Dash-Dot-Dot</source>
        <translation>Tiret-point-point</translation>
    </message>
    <message>
        <source>Sparse</source>
        <translation>Espacé</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Duplicate the persona</source>
        <translation>Dupliquer le persona</translation>
    </message>
    <message>
        <source>Delete the persona…</source>
        <translation>Supprimer le persona…</translation>
    </message>
    <message>
        <source>Change the persona&apos;s colour…</source>
        <translation>Changer la couleur du persona…</translation>
    </message>
    <message>
        <source>Move the persona up</source>
        <translation>Monter le persona</translation>
    </message>
    <message>
        <source>Move the persona down</source>
        <translation>Descendre le persona</translation>
    </message>
    <message>
        <source>Delete the persona “{name}” and its emotion score? You can undo this.</source>
        <translation>Supprimer le persona « {name} » et sa note d’émotion ? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete the persona “{name}” and its {n} emotion scores? You can undo this.</source>
        <translation>Supprimer le persona « {name} » et ses {n} notes d’émotion ? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete the persona “{name}”? You can undo this.</source>
        <translation>Supprimer le persona « {name} » ? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>Couleur de « {name} »</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>marqueur</translation>
    </message>
    <message>
        <source>line</source>
        <translation>trait</translation>
    </message>
    <message>
        <source>Change the {what} of persona “{name}”</source>
        <translation>Changer le {what} du persona « {name} »</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marqueur</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Trait</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>StickyNotes</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>Lilas</translation>
    </message>
</context>
<context>
    <name>StructureMenus</name>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Champ de carte</translation>
    </message>
    <message>
        <source>{field} field</source>
        <translation>Champ {field}</translation>
    </message>
    <message>
        <source>Metric: {name}</source>
        <translation>Indicateur : {name}</translation>
    </message>
    <message>
        <source>Card Field</source>
        <translation>Champ de carte</translation>
    </message>
    <message>
        <source>Emotions (Already on the Map)</source>
        <translation>Émotions (déjà sur la carte)</translation>
    </message>
    <message>
        <source>New Metric…</source>
        <translation>Nouvel indicateur…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Pas de modification</translation>
    </message>
    <message>
        <source>{n} card</source>
        <translation>{n} carte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} cartes</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Renommer la phase</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renommer la ligne</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>The phase “{name}” holds {cards}. What should happen to them?</source>
        <translation>La phase « {name} » contient {cards}. Que faut-il en faire ?</translation>
    </message>
    <message>
        <source>Move the card to “{name}”</source>
        <translation>Déplacer la carte vers « {name} »</translation>
    </message>
    <message>
        <source>Move the {n} cards to “{name}”</source>
        <translation>Déplacer les {n} cartes vers « {name} »</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Delete the {n} cards</source>
        <translation>Supprimer les {n} cartes</translation>
    </message>
    <message>
        <source>Add Phase at the End</source>
        <translation>Ajouter une phase à la fin</translation>
    </message>
    <message>
        <source>Insert Phase Before</source>
        <translation>Insérer une phase avant</translation>
    </message>
    <message>
        <source>Insert Phase After</source>
        <translation>Insérer une phase après</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Move Earlier</source>
        <translation>Déplacer plus tôt</translation>
    </message>
    <message>
        <source>Move Later</source>
        <translation>Déplacer plus tard</translation>
    </message>
    <message>
        <source>Delete Phase…</source>
        <translation>Supprimer la phase…</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>Couleur de « {name} »</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Name of the metric:</source>
        <translation>Nom de l’indicateur :</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>The lane “{name}” holds {cards}. What should happen to them?</source>
        <translation>La ligne « {name} » contient {cards}. Que faut-il en faire ?</translation>
    </message>
    <message>
        <source>Add Lane at the Bottom</source>
        <translation>Ajouter une ligne en bas</translation>
    </message>
    <message>
        <source>Insert Lane Above</source>
        <translation>Insérer une ligne au-dessus</translation>
    </message>
    <message>
        <source>Insert Lane Below</source>
        <translation>Insérer une ligne en dessous</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>Changer de type</translation>
    </message>
    <message>
        <source>This lane holds {cards}: move or delete them first.</source>
        <translation>Cette ligne contient {cards} : déplacez-les ou supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Déplier</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete Lane…</source>
        <translation>Supprimer la ligne…</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <source>Card field</source>
        <translation>Champ de carte</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Courbes d’émotion</translation>
    </message>
    <message>
        <source>{kind} · collapsed</source>
        <translation>{kind} · repliée</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Add a phase at the end</source>
        <translation>Ajouter une phase à la fin</translation>
    </message>
    <message>
        <source>Add a lane…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <source>Delete the phase…</source>
        <translation>Supprimer la phase…</translation>
    </message>
    <message>
        <source>Delete the lane…</source>
        <translation>Supprimer la ligne…</translation>
    </message>
    <message>
        <source>More actions on the phase</source>
        <translation>Autres actions sur la phase</translation>
    </message>
    <message>
        <source>More actions on the lane</source>
        <translation>Autres actions sur la ligne</translation>
    </message>
    <message>
        <source>Add Phase</source>
        <translation>Ajouter une phase</translation>
    </message>
</context>
</TS>
