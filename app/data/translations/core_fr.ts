<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouvelle carte depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vierge</translation>
    </message>
    <message>
        <source>Five phases</source>
        <translation>Cinq phases</translation>
    </message>
    <message>
        <source>Before, during, after</source>
        <translation>Avant, pendant, après</translation>
    </message>
    <message>
        <source>Four steps</source>
        <translation>Quatre étapes</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>&amp;{number} {template} ({language})</source>
        <translation>&amp;{number} {template} (en {language})</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canaux</translation>
    </message>
    <message>
        <source>I&amp;nsights</source>
        <translation>&amp;Analyses</translation>
    </message>
    <message>
        <source>&amp;New Map</source>
        <translation>&amp;Nouvelle carte</translation>
    </message>
    <message>
        <source>A new map from the template chosen in Preferences</source>
        <translation>Une nouvelle carte à partir du modèle choisi dans les Préférences</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Map</source>
        <translation>Ouvrir la carte d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <source>&amp;Import CSV or Mermaid…</source>
        <translation>&amp;Importer un CSV ou un Mermaid…</translation>
    </message>
    <message>
        <source>Make a map from a spreadsheet or a Mermaid journey</source>
        <translation>Créer une carte à partir d&apos;un tableur ou d&apos;un parcours Mermaid</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the map in another file</source>
        <translation>Enregistrer la carte dans un autre fichier</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Drop unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export to PDF, PNG, SVG, CSV or Mermaid</source>
        <translation>Exporter en PDF, PNG, SVG, CSV ou Mermaid</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>Create &amp;Future State…</source>
        <translation>Créer l&apos;état &amp;futur…</translation>
    </message>
    <message>
        <source>Save a linked copy of this map to draw the improved journey</source>
        <translation>Enregistrer une copie liée de cette carte pour dessiner le parcours amélioré</translation>
    </message>
    <message>
        <source>&amp;Close Map</source>
        <translation>Fermer la c&amp;arte</translation>
    </message>
    <message>
        <source>Close this map and start a new one</source>
        <translation>Fermer cette carte et en commencer une nouvelle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Parcours</source>
        <translation>Quitter Parcours</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make again the change just taken back</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <source>Move the selected cards to the clipboard</source>
        <translation>Déplacer les cartes sélectionnées dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the selected cards (also as spreadsheet rows)</source>
        <translation>Copier les cartes sélectionnées (aussi comme lignes de tableur)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste cards, or rows copied from a spreadsheet</source>
        <translation>Coller des cartes, ou des lignes copiées depuis un tableur</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected cards next to themselves</source>
        <translation>Copier les cartes sélectionnées juste à côté d&apos;elles</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>Supprimer les cartes sélectionnées</translation>
    </message>
    <message>
        <source>Add Stic&amp;ky Note</source>
        <translation>Ajouter un pos&amp;t-it</translation>
    </message>
    <message>
        <source>Add a sticky note: on the selected card, or in the middle of the view</source>
        <translation>Ajouter un post-it : sur la carte sélectionnée, ou au milieu de la vue</translation>
    </message>
    <message>
        <source>Add P&amp;hase</source>
        <translation>Ajouter une phas&amp;e</translation>
    </message>
    <message>
        <source>Add a phase at the end of the map and type its name</source>
        <translation>Ajouter une phase à la fin de la carte et saisir son nom</translation>
    </message>
    <message>
        <source>Add Pers&amp;ona</source>
        <translation>Ajo&amp;uter un persona</translation>
    </message>
    <message>
        <source>Add a persona; + and - on the map then score it</source>
        <translation>Ajouter un persona ; sur la carte, + et - lui donnent ensuite une note</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>Sé&amp;lectionner toutes les cartes</translation>
    </message>
    <message>
        <source>Select every card of the map</source>
        <translation>Sélectionner toutes les cartes de la carte de parcours</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find cards by any of their words</source>
        <translation>Trouver des cartes par n&apos;importe lequel de leurs mots</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le suiva&amp;nt</translation>
    </message>
    <message>
        <source>The next card that matches</source>
        <translation>La carte correspondante suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le pr&amp;écédent</translation>
    </message>
    <message>
        <source>The previous card that matches</source>
        <translation>La carte correspondante précédente</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>The interface language, the theme, recovery copies, backups and other settings</source>
        <translation>Langue, thème, copies de récupération, sauvegardes et autres réglages</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Show the map full screen, phase by phase</source>
        <translation>Afficher la carte en plein écran, phase par phase</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Show the map larger</source>
        <translation>Afficher la carte en plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <source>Show more of the map</source>
        <translation>Afficher une plus grande partie de la carte</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>&amp;Voir toute la carte</translation>
    </message>
    <message>
        <source>Show the whole map in the window</source>
        <translation>Afficher toute la carte dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>Go to the &amp;Map</source>
        <translation>Aller à la ca&amp;rte</translation>
    </message>
    <message>
        <source>Give the map the keyboard focus</source>
        <translation>Donner le focus clavier à la carte</translation>
    </message>
    <message>
        <source>&amp;Compare with Current State…</source>
        <translation>&amp;Comparer avec l&apos;état actuel…</translation>
    </message>
    <message>
        <source>What the future state changes: cards added, changed and removed, both emotion curves</source>
        <translation>Ce que l&apos;état futur change : cartes ajoutées, modifiées et supprimées, les deux courbes d&apos;émotion</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Black, white and strong colours, for low vision</source>
        <translation>Noir, blanc et couleurs franches, pour les personnes malvoyantes</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of Parcours: the menus&apos; and the map&apos;s</source>
        <translation>Toutes les touches de Parcours : celles des menus et celles de la carte</translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Parcours cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session, or use the command line without a window: parcours --help</source>
        <translation>Parcours ne peut pas ouvrir sa fenêtre : aucun affichage n&apos;a été trouvé (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Lancez-le depuis une session de bureau, ou utilisez la ligne de commande sans fenêtre : parcours --help</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exports made by Parcours</source>
        <translation>Fichiers exportés par Parcours</translation>
    </message>
    <message>
        <source>Spreadsheets and Mermaid journeys</source>
        <translation>Tableurs et parcours Mermaid</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Finished saving {name}, which an interrupted save left half written</source>
        <translation>Enregistrement de {name} terminé : un enregistrement interrompu l&apos;avait laissé à moitié écrit</translation>
    </message>
    <message>
        <source>Cannot open this map</source>
        <translation>Impossible d&apos;ouvrir cette carte</translation>
    </message>
    <message>
        <source>Recovered the map from {name}; save it to keep it as a {ext} file</source>
        <translation>Carte récupérée depuis {name} ; enregistrez-la pour la garder comme fichier {ext}</translation>
    </message>
    <message>
        <source>Imported {name}; save it to keep it as a {ext} file</source>
        <translation>{name} importé ; enregistrez la carte pour la garder comme fichier {ext}</translation>
    </message>
    <message>
        <source>Cannot open the sample map</source>
        <translation>Impossible d&apos;ouvrir la carte d&apos;exemple</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation>Enregistrer la carte sous</translation>
    </message>
    <message>
        <source>{path}: {reason}. The file on disk is unchanged.</source>
        <translation>{path} : {reason}. Le fichier sur le disque n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>The map was not saved</source>
        <translation>La carte n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Drop all unsaved changes to this map?</source>
        <translation>Abandonner toutes les modifications non enregistrées de cette carte ?</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exporté : {path}</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Envoyé à l&apos;imprimante</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before closing?</source>
        <translation>Enregistrer les modifications de « {title} » avant de fermer ?</translation>
    </message>
    <message>
        <source>Closed the map; this is a new one.</source>
        <translation>Carte fermée ; voici une nouvelle carte.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parcours {version}&lt;/h3&gt;&lt;p&gt;An offline editor for customer-journey maps.&lt;/p&gt;&lt;p&gt;Your maps stay on your computer: no account, no network.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Icons drawn for Parcours (MIT). Maps are drawn in Noto Sans, under the SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parcours {version}&lt;/h3&gt;&lt;p&gt;Un éditeur hors ligne de cartes de parcours client.&lt;/p&gt;&lt;p&gt;Vos cartes restent sur votre ordinateur : ni compte, ni réseau.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT. Icônes dessinées pour Parcours (MIT). Les cartes sont dessinées en Noto Sans, sous licence SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent maps</source>
        <translation>Aucune carte récente</translation>
    </message>
    <message>
        <source>{title} (unsaved)</source>
        <translation>{title} (non enregistrée)</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (lecture seule)</translation>
    </message>
    <message>
        <source>{name}[*] — Parcours</source>
        <translation>{name}[*] — Parcours</translation>
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
        <source>{n} touchpoint</source>
        <translation>{n} point de contact</translation>
    </message>
    <message>
        <source>{n} touchpoints</source>
        <translation>{n} points de contact</translation>
    </message>
    <message>
        <source>{n} persona</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <source>{n} personas</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler : {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir : {step}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
</context>
</TS>
