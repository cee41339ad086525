<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accessibility</name>
    <message>
        <source>Journey map {title}</source>
        <translation>Carte de parcours {title}</translation>
    </message>
    <message>
        <source>{phases}, {cards}. Arrow keys move between cards and headers; Enter edits the title; the context menu key opens the card&apos;s menu.</source>
        <translation>{phases}, {cards}. Les flèches passent d&apos;une carte ou d&apos;un en-tête à l&apos;autre ; Entrée modifie le titre ; la touche Menu ouvre le menu de la carte.</translation>
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
        <source>{n} phase</source>
        <translation>{n} phase</translation>
    </message>
    <message>
        <source>{n} phases</source>
        <translation>{n} phases</translation>
    </message>
    <message>
        <source>Card {title}, channel {channel}, phase {phase}</source>
        <translation>Carte {title}, canal {channel}, phase {phase}</translation>
    </message>
    <message>
        <source>Card {title}, phase {phase}</source>
        <translation>Carte {title}, phase {phase}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Card {index} of {count}, lane {lane}.</source>
        <translation>Carte {index} sur {count}, ligne {lane}.</translation>
    </message>
    <message>
        <source>{persona}: {score}</source>
        <translation>{persona} : {score}</translation>
    </message>
    <message>
        <source>{persona}: no score</source>
        <translation>{persona} : pas de note</translation>
    </message>
    <message>
        <source>Moment of truth.</source>
        <translation>Moment de vérité.</translation>
    </message>
    <message>
        <source>Pain points: {count}.</source>
        <translation>Points de friction : {count}.</translation>
    </message>
    <message>
        <source>Selected.</source>
        <translation>Sélectionnée.</translation>
    </message>
    <message>
        <source>{count} cards selected.</source>
        <translation>{count} cartes sélectionnées.</translation>
    </message>
    <message>
        <source>Phase {name}, {cards}</source>
        <translation>Phase {name}, {cards}</translation>
    </message>
    <message>
        <source>Phase {index} of {total}.</source>
        <translation>Phase {index} sur {total}.</translation>
    </message>
    <message>
        <source>Lane {name}</source>
        <translation>Ligne {name}</translation>
    </message>
    <message>
        <source>Lane {name}, collapsed</source>
        <translation>Ligne {name}, repliée</translation>
    </message>
    <message>
        <source>Emotions at card {title}</source>
        <translation>Émotions à la carte {title}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>New maps</source>
        <translation>Nouvelles cartes</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages. The open map stays as it is: its content keeps the language it was written in.</source>
        <translation>La langue des menus, des panneaux et des messages. La carte ouverte reste telle quelle : son contenu garde la langue dans laquelle il a été écrit.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The colours of the map and the window. High contrast shows white and yellow on black, every text at least 7:1.</source>
        <translation>Les couleurs de la carte et de la fenêtre. Le contraste élevé affiche du blanc et du jaune sur fond noir, chaque texte à 7:1 au moins.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The phases of a new map (File ▸ New) and of the map shown when Parcours starts without one.</source>
        <translation>Les phases d&apos;une nouvelle carte (Fichier ▸ Nouveau) et de la carte affichée quand Parcours démarre sans carte.</translation>
    </message>
    <message>
        <source>Language of the map</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <source>The language of a new map&apos;s phase names, lane names and channels.</source>
        <translation>La langue des noms de phases, de lignes et de canaux d&apos;une nouvelle carte.</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Celle de l&apos;interface</translation>
    </message>
    <message>
        <source>Recovery copy after</source>
        <translation>Copie de récupération après</translation>
    </message>
    <message>
        <source>How long after a change Parcours writes a recovery copy of an unsaved map (in its data folder, never over your file).</source>
        <translation>Délai après une modification avant que Parcours écrive une copie de récupération d&apos;une carte non enregistrée (dans son dossier de données, jamais par-dessus votre fichier).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Keep the previous version as a backup beside the file</source>
        <translation>Garder la version précédente comme sauvegarde à côté du fichier</translation>
    </message>
    <message>
        <source>When saving, the version on disk is kept beside the map as a backup.</source>
        <translation>À l&apos;enregistrement, la version sur le disque est gardée à côté de la carte comme sauvegarde.</translation>
    </message>
    <message>
        <source>What the Export dialog proposes. It also remembers your last choices here.</source>
        <translation>Ce que propose la fenêtre Exporter. Elle retient aussi ici vos derniers choix.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF layout</source>
        <translation>Mise en page PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Tile sheets</source>
        <translation>Feuilles de l’affiche</translation>
    </message>
    <message>
        <source>PDF appendix: persona cards, a table per phase and insights</source>
        <translation>Annexe PDF : fiches personas, un tableau par phase et les analyses</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>Échelle PNG</translation>
    </message>
    <message>
        <source>Pixels per map unit in PNG images.</source>
        <translation>Pixels par unité de carte dans les images PNG.</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Start at the first phase (otherwise where the last presentation stopped)</source>
        <translation>Commencer à la première phase (sinon là où la dernière présentation s&apos;est arrêtée)</translation>
    </message>
    <message>
        <source>Start with the whole map</source>
        <translation>Commencer par la carte entière</translation>
    </message>
    <message>
        <source>Start in black on white for projectors (the H key switches)</source>
        <translation>Commencer en noir sur blanc pour les projecteurs (la touche H bascule)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
</TS>
