<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Autosave</name>
    <message>
        <source>Parcours could not write the recovery copy of this map ({reason}). Save the map to keep your changes.</source>
        <translation>Parcours n’a pas pu écrire la copie de récupération de cette carte ({reason}). Enregistrez la carte pour garder vos modifications.</translation>
    </message>
    <message>
        <source>its recovery details cannot be read</source>
        <translation>ses informations de récupération sont illisibles</translation>
    </message>
    <message>
        <source>Unknown map</source>
        <translation>Carte inconnue</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Move the focus to the next card, phase header, lane header or emotion cell, and select it.</source>
        <translation>Déplacer le focus vers la carte, l’en-tête de phase, l’en-tête de ligne ou la case d’émotion voisine, et la sélectionner.</translation>
    </message>
    <message>
        <source>Move the focus and add the card it reaches to the selection.</source>
        <translation>Déplacer le focus et ajouter à la sélection la carte atteinte.</translation>
    </message>
    <message>
        <source>Move the focus without changing the selection.</source>
        <translation>Déplacer le focus sans changer la sélection.</translation>
    </message>
    <message>
        <source>Select or unselect the focused card.</source>
        <translation>Sélectionner ou désélectionner la carte qui a le focus.</translation>
    </message>
    <message>
        <source>Move the selected cards one place earlier (from the start of a phase, to the end of the previous one).</source>
        <translation>Déplacer les cartes sélectionnées d’une place plus tôt (du début d’une phase à la fin de la précédente).</translation>
    </message>
    <message>
        <source>Move the selected cards one place later (from the end of a phase, to the start of the next one).</source>
        <translation>Déplacer les cartes sélectionnées d’une place plus tard (de la fin d’une phase au début de la suivante).</translation>
    </message>
    <message>
        <source>Move the selected cards to the card lane above.</source>
        <translation>Déplacer les cartes sélectionnées vers la ligne de cartes du dessus.</translation>
    </message>
    <message>
        <source>Move the selected cards to the card lane below.</source>
        <translation>Déplacer les cartes sélectionnées vers la ligne de cartes du dessous.</translation>
    </message>
    <message>
        <source>Edit the focused card&apos;s title, or rename the focused phase or lane.</source>
        <translation>Modifier le titre de la carte qui a le focus, ou renommer la phase ou la ligne qui a le focus.</translation>
    </message>
    <message>
        <source>Add a card after the focused one (same phase and lane) and type its title.</source>
        <translation>Ajouter une carte après celle qui a le focus (même phase, même ligne) et saisir son titre.</translation>
    </message>
    <message>
        <source>Duplicate the selected cards.</source>
        <translation>Dupliquer les cartes sélectionnées.</translation>
    </message>
    <message>
        <source>Delete the selected cards or sticky notes.</source>
        <translation>Supprimer les cartes ou les post-it sélectionnés.</translation>
    </message>
    <message>
        <source>Open the focused item&apos;s menu.</source>
        <translation>Ouvrir le menu de l’élément qui a le focus.</translation>
    </message>
    <message>
        <source>Raise the current persona&apos;s score at the focused card by 0.5 (up to +2).</source>
        <translation>Augmenter de 0,5 la note du persona choisi sur la carte qui a le focus (jusqu’à +2).</translation>
    </message>
    <message>
        <source>Lower the current persona&apos;s score at the focused card by 0.5 (down to -2).</source>
        <translation>Baisser de 0,5 la note du persona choisi sur la carte qui a le focus (jusqu’à -2).</translation>
    </message>
    <message>
        <source>Clear the selection.</source>
        <translation>Vider la sélection.</translation>
    </message>
    <message>
        <source>Hold to pan the map with the mouse.</source>
        <translation>Maintenir pour faire glisser la carte à la souris.</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos;</source>
        <translation>Déplacer « {title} »</translation>
    </message>
    <message>
        <source>Move {count} cards</source>
        <translation>Déplacer {count} cartes</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <source>Edit Title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>No Channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>Moment of Truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Set {persona}&apos;s Feeling</source>
        <translation>Émotion de {persona}</translation>
    </message>
    <message>
        <source>Clear {persona}&apos;s feeling at “{title}”</source>
        <translation>Effacer l’émotion de {persona} à « {title} »</translation>
    </message>
    <message>
        <source>Add a Persona to Record Feelings</source>
        <translation>Ajoutez un persona pour noter les émotions</translation>
    </message>
    <message>
        <source>New Card Here</source>
        <translation>Nouvelle carte ici</translation>
    </message>
    <message>
        <source>Paste Here</source>
        <translation>Coller ici</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>« {title} »</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} cartes</translation>
    </message>
    <message>
        <source>Set the channel of {cards} to {channel}</source>
        <translation>Mettre le canal de {cards} à {channel}</translation>
    </message>
    <message>
        <source>Remove the channel of {cards}</source>
        <translation>Retirer le canal de {cards}</translation>
    </message>
    <message>
        <source>Mark {cards} as a moment of truth</source>
        <translation>Marquer {cards} comme moment de vérité</translation>
    </message>
    <message>
        <source>Unmark {cards} as a moment of truth</source>
        <translation>Ne plus marquer {cards} comme moment de vérité</translation>
    </message>
    <message>
        <source>Set the evidence of {cards} to {evidence}</source>
        <translation>Mettre la source de {cards} à {evidence}</translation>
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
        <source>Not Stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Very Positive</source>
        <translation>Très positive</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <source>Very Negative</source>
        <translation>Très négative</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Select the cards to copy first.</source>
        <translation>Sélectionnez d’abord les cartes à copier.</translation>
    </message>
    <message>
        <source>Select the cards to cut first.</source>
        <translation>Sélectionnez d’abord les cartes à couper.</translation>
    </message>
    <message>
        <source>Select the cards to duplicate first.</source>
        <translation>Sélectionnez d’abord les cartes à dupliquer.</translation>
    </message>
    <message>
        <source>Copied {cards}.</source>
        <translation>Copié : {cards}.</translation>
    </message>
    <message>
        <source>Cut {cards}.</source>
        <translation>Coupé : {cards}.</translation>
    </message>
    <message>
        <source>Pasted {cards}.</source>
        <translation>Collé : {cards}.</translation>
    </message>
    <message>
        <source>Duplicated {cards}.</source>
        <translation>Dupliqué : {cards}.</translation>
    </message>
    <message>
        <source>The clipboard holds no cards and no text to paste.</source>
        <translation>Le presse-papiers ne contient ni carte ni texte à coller.</translation>
    </message>
    <message>
        <source>Nothing was pasted: {reason}</source>
        <translation>Rien n’a été collé : {reason}</translation>
    </message>
    <message>
        <source>Nothing was pasted: the rows have {count} problems (first: {first}).</source>
        <translation>Rien n’a été collé : les lignes ont {count} problèmes (le premier : {first}).</translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>Impossible de coller</translation>
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
        <source>Cut &apos;{title}&apos;</source>
        <translation>Couper « {title} »</translation>
    </message>
    <message>
        <source>Cut {count} cards</source>
        <translation>Couper {count} cartes</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>New in the future state.</source>
        <translation>Nouveau dans l’état futur.</translation>
    </message>
    <message>
        <source>Changed in the future state: {fields}.</source>
        <translation>Modifié dans l’état futur : {fields}.</translation>
    </message>
    <message>
        <source>Current and future state</source>
        <translation>État actuel et état futur</translation>
    </message>
    <message>
        <source>Emotion curves: current state dashed, future state solid. &lt;span style=&quot;color:{added}&quot;&gt;■&lt;/span&gt; card added, &lt;span style=&quot;color:{changed}&quot;&gt;■&lt;/span&gt; card changed.</source>
        <translation>Courbes d’émotion : état actuel en tirets, état futur en trait plein. &lt;span style=&quot;color:{added}&quot;&gt;■&lt;/span&gt; carte ajoutée, &lt;span style=&quot;color:{changed}&quot;&gt;■&lt;/span&gt; carte modifiée.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Cards removed</source>
        <translation>Cartes retirées</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Cards removed in the future state</source>
        <translation>Cartes retirées dans l’état futur</translation>
    </message>
    <message>
        <source>“{future}” compared with the current state “{current}”.</source>
        <translation>« {future} » comparé à l’état actuel « {current} ».</translation>
    </message>
    <message>
        <source>No differences: the two maps tell the same journey.</source>
        <translation>Aucune différence : les deux cartes racontent le même parcours.</translation>
    </message>
    <message>
        <source>This card is not in the future state; it is listed under Cards removed.</source>
        <translation>Cette carte n’est pas dans l’état futur ; elle figure sous Cartes retirées.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>The PDF was not written: {path}: {reason}.</source>
        <translation>Le PDF n’a pas été écrit : {path} : {reason}.</translation>
    </message>
    <message>
        <source>Exported the comparison to {name}.</source>
        <translation>Comparaison exportée dans {name}.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in {app}, but your map is kept and can be recovered. A report of the error is in {report}. {app} can keep running: save your map now to be safe.</source>
        <translation>Un problème inattendu est survenu dans {app}, mais votre carte est conservée et peut être récupérée. Un rapport d’erreur se trouve dans {report}. {app} peut continuer : enregistrez votre carte maintenant par précaution.</translation>
    </message>
    <message>
        <source>{app} ran out of memory, but your map is kept and can be recovered. Close other programs or maps to free memory; a report is in {report}. {app} can keep running: save your map now to be safe.</source>
        <translation>{app} manque de mémoire, mais votre carte est conservée et peut être récupérée. Fermez d’autres programmes ou cartes pour libérer de la mémoire ; un rapport se trouve dans {report}. {app} peut continuer : enregistrez votre carte maintenant par précaution.</translation>
    </message>
    <message>
        <source>(no report could be written: {reason})</source>
        <translation>(aucun rapport n’a pu être écrit : {reason})</translation>
    </message>
    <message>
        <source>too many errors at once</source>
        <translation>trop d’erreurs à la fois</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <source>Mermaid journey</source>
        <translation>Parcours Mermaid</translation>
    </message>
    <message>
        <source>Fit on one sheet</source>
        <translation>Ajuster sur une seule feuille</translation>
    </message>
    <message>
        <source>Poster at natural size</source>
        <translation>Affiche en taille réelle</translation>
    </message>
    <message>
        <source>Tiles to assemble into a wall poster</source>
        <translation>Feuilles à assembler en affiche murale</translation>
    </message>
    <message>
        <source>Slides, each phase large enough to project</source>
        <translation>Diapositives, chaque phase assez grande pour être projetée</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Parcours cannot export to .{kind} files</source>
        <translation>Parcours ne sait pas exporter en fichiers .{kind}</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export ({error}). Nothing was written.</source>
        <translation>Une erreur inattendue a arrêté l’export ({error}). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No picture for this format: it is text, for a spreadsheet or Mermaid.</source>
        <translation>Pas d’image pour ce format : c’est du texte, pour un tableur ou pour Mermaid.</translation>
    </message>
    <message>
        <source>The PDF preview needs poppler-utils (pdftoppm); the export itself does not.</source>
        <translation>L’aperçu PDF a besoin de poppler-utils (pdftoppm) ; l’export lui-même, non.</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Pas d’aperçu : {error}</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Scale (pixels per map unit)</source>
        <translation>Échelle (pixels par unité de carte)</translation>
    </message>
    <message>
        <source>{dpi} dpi on the chosen paper</source>
        <translation>{dpi} ppp sur le papier choisi</translation>
    </message>
    <message>
        <source>Appendix: persona cards, a table per phase and insights</source>
        <translation>Annexe : fiches personas, un tableau par phase et les analyses</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <source>Redacted, for outside the team (no quotes, personas renamed)</source>
        <translation>Anonymisé, pour l’extérieur de l’équipe (sans verbatims, personas renommés)</translation>
    </message>
    <message>
        <source>Show sticky notes</source>
        <translation>Afficher les post-it</translation>
    </message>
    <message>
        <source>Sticky notes are left out of exports (and of the map they carry) unless this is on.</source>
        <translation>Les post-it sont exclus des exports (et de la carte qu’ils contiennent) sauf si cette option est cochée.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
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
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>Ce qu’il faut partager</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Pas d’aperçu.</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#x202f;%</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Exported, with a note</source>
        <translation>Exporté, avec une remarque</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>This map is already open</source>
        <translation>Cette carte est déjà ouverte</translation>
    </message>
    <message>
        <source>{name} is already open in Parcours ({owner}).</source>
        <translation>{name} est déjà ouverte dans Parcours ({owner}).</translation>
    </message>
    <message>
        <source>Open it read-only to look at it without changing it, or open it anyway: then whoever saves last replaces the other&apos;s changes.</source>
        <translation>Ouvrez-la en lecture seule pour la consulter sans la modifier, ou ouvrez-la quand même : alors le dernier à enregistrer remplace les modifications de l’autre.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The map changed on disk</source>
        <translation>La carte a changé sur le disque</translation>
    </message>
    <message>
        <source>{name} was changed by another program.</source>
        <translation>{name} a été modifiée par un autre programme.</translation>
    </message>
    <message>
        <source>Reload it to see the other version (Undo brings yours back), or keep yours: it will be saved over the other version next time you save.</source>
        <translation>Rechargez-la pour voir l’autre version (Annuler ramène la vôtre), ou gardez la vôtre : elle remplacera l’autre version au prochain enregistrement.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>The map&apos;s file is gone</source>
        <translation>Le fichier de la carte a disparu</translation>
    </message>
    <message>
        <source>{name} was deleted or moved by another program.</source>
        <translation>{name} a été supprimé ou déplacé par un autre programme.</translation>
    </message>
    <message>
        <source>Your map is still open here: save it to write it again.</source>
        <translation>Votre carte est toujours ouverte ici : enregistrez-la pour l’écrire à nouveau.</translation>
    </message>
    <message>
        <source>The map was not reloaded</source>
        <translation>La carte n’a pas été rechargée</translation>
    </message>
    <message>
        <source>{name} cannot be reloaded; your map is kept as it is.</source>
        <translation>Impossible de recharger {name} ; votre carte est gardée telle quelle.</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or last saved it.</source>
        <translation>{name} a été modifiée par un autre programme depuis que vous l’avez ouverte ou enregistrée.</translation>
    </message>
    <message>
        <source>Overwrite replaces the other version with yours. Save As keeps both. Reload shows the other version (Undo brings yours back).</source>
        <translation>Écraser remplace l’autre version par la vôtre. Enregistrer sous garde les deux. Recharger affiche l’autre version (Annuler ramène la vôtre).</translation>
    </message>
    <message>
        <source>This map is open elsewhere</source>
        <translation>Cette carte est ouverte ailleurs</translation>
    </message>
    <message>
        <source>{name} is open in Parcours ({owner}).</source>
        <translation>{name} est ouverte dans Parcours ({owner}).</translation>
    </message>
    <message>
        <source>Overwrite replaces the map being edited there with yours, and whoever saves last replaces the other&apos;s changes. Cancel lets you choose another name.</source>
        <translation>Écraser met votre carte à la place de celle qui y est modifiée, et le dernier qui enregistre remplace les modifications de l’autre. Annuler vous laisse choisir un autre nom.</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} sur {host}</translation>
    </message>
    <message>
        <source>{who}, since {time}</source>
        <translation>{who}, depuis {time}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Reloaded {name} from disk; Undo brings your version back.</source>
        <translation>{name} rechargée depuis le disque ; Annuler ramène votre version.</translation>
    </message>
</context>
<context>
    <name>FutureState</name>
    <message>
        <source>Exports made by Parcours</source>
        <translation>Exports faits par Parcours</translation>
    </message>
    <message>
        <source>Save the future state as</source>
        <translation>Enregistrer l’état futur sous</translation>
    </message>
    <message>
        <source>The future state was not created</source>
        <translation>L’état futur n’a pas été créé</translation>
    </message>
    <message>
        <source>Choose another file: this one holds the current state.</source>
        <translation>Choisissez un autre fichier : celui-ci contient l’état actuel.</translation>
    </message>
    <message>
        <source>Created the future state in {name}. The current map has no file, so Compare with Current State will ask for it.</source>
        <translation>État futur créé dans {name}. La carte actuelle n’a pas de fichier : Comparer avec l’état actuel le demandera.</translation>
    </message>
    <message>
        <source>Created the future state in {name}, linked to {current}. Edit it, then use Compare with Current State.</source>
        <translation>État futur créé dans {name}, lié à {current}. Modifiez-le, puis utilisez Comparer avec l’état actuel.</translation>
    </message>
    <message>
        <source>Choose the current-state map</source>
        <translation>Choisir la carte de l’état actuel</translation>
    </message>
    <message>
        <source>Cannot open the current-state map</source>
        <translation>Impossible d’ouvrir la carte de l’état actuel</translation>
    </message>
    <message>
        <source>Exported the comparison to {path}</source>
        <translation>Comparaison exportée dans {path}</translation>
    </message>
    <message>
        <source>{name} is not the map this future state was made from; compared anyway.</source>
        <translation>{name} n’est pas la carte dont cet état futur est issu ; comparaison faite quand même.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>{persona}: {value} at “{title}”</source>
        <translation>{persona} : {value} à « {title} »</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>Renommer « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>Add card “{title}”</source>
        <translation>Ajouter la carte « {title} »</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Now showing: {name}</source>
        <translation>À l’écran : {name}</translation>
    </message>
    <message>
        <source>the whole map</source>
        <translation>toute la carte</translation>
    </message>
    <message>
        <source>Parcours presentation</source>
        <translation>Présentation Parcours</translation>
    </message>
    <message>
        <source>→ ← phases   ↓ ↑ emotions   O whole map   H contrast   Esc leave</source>
        <translation>→ ← phases   ↓ ↑ émotions   O carte entière   H contraste   Échap quitter</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved maps</source>
        <translation>Récupérer les cartes non enregistrées</translation>
    </message>
    <message>
        <source>Parcours stopped before these maps were saved. Restore a map to keep working on it, or discard its changes. Parcours shows one map per window: the maps you do not restore now are offered again the next time Parcours starts.</source>
        <translation>Parcours s’est arrêté avant que ces cartes soient enregistrées. Restaurez une carte pour continuer à travailler dessus, ou abandonnez ses modifications. Parcours affiche une carte par fenêtre : les cartes que vous ne restaurez pas maintenant vous seront proposées de nouveau au prochain démarrage de Parcours.</translation>
    </message>
    <message>
        <source>Untitled (never saved)</source>
        <translation>Sans titre (jamais enregistrée)</translation>
    </message>
    <message>
        <source>Copy made {time}</source>
        <translation>Copie faite le {time}</translation>
    </message>
    <message>
        <source>Time of the copy unknown</source>
        <translation>Heure de la copie inconnue</translation>
    </message>
    <message>
        <source>The file changed on disk after this map was opened: saving the restored map would replace those changes, so Parcours asks first.</source>
        <translation>Le fichier a changé sur le disque après l’ouverture de cette carte : enregistrer la carte restaurée remplacerait ces modifications, aussi Parcours vous le demandera d’abord.</translation>
    </message>
    <message>
        <source>The file is no longer there: saving the restored map creates it again.</source>
        <translation>Le fichier n’existe plus : enregistrer la carte restaurée le recrée.</translation>
    </message>
    <message>
        <source>This copy cannot be restored: {problem}. You can discard it.</source>
        <translation>Cette copie ne peut pas être restaurée : {problem}. Vous pouvez l’abandonner.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Discard recovered changes</source>
        <translation>Abandonner les modifications récupérées</translation>
    </message>
    <message>
        <source>Discard the recovered changes to “{title}”? This cannot be undone.</source>
        <translation>Abandonner les modifications récupérées de « {title} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Abandonnée.</translation>
    </message>
    <message>
        <source>Restored “{title}” from its recovery copy; save it to keep it.</source>
        <translation>« {title} » restaurée depuis sa copie de récupération ; enregistrez-la pour la garder.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of Parcours. Keys marked “on the map” work while the map has the keyboard focus (click it, or press Tab until its focus ring shows).</source>
        <translation>Toutes les touches de Parcours. Les touches marquées « sur la carte » agissent quand la carte a le focus clavier (cliquez dessus, ou appuyez sur Tab jusqu’à voir son cadre de focus).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StickyNotes</name>
    <message>
        <source>Add Sticky Note Here</source>
        <translation>Ajouter un post-it ici</translation>
    </message>
    <message>
        <source>Add Sticky Note to This Card</source>
        <translation>Ajouter un post-it à cette carte</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Author…</source>
        <translation>Auteur…</translation>
    </message>
    <message>
        <source>Sticky note author</source>
        <translation>Auteur du post-it</translation>
    </message>
    <message>
        <source>Who wrote this note?</source>
        <translation>Qui a écrit ce post-it ?</translation>
    </message>
    <message>
        <source>Detach from Card</source>
        <translation>Détacher de la carte</translation>
    </message>
    <message>
        <source>Attach to Card Below</source>
        <translation>Attacher à la carte en dessous</translation>
    </message>
    <message>
        <source>Turn into Card</source>
        <translation>Transformer en carte</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Change sticky note colour</source>
        <translation>Changer la couleur du post-it</translation>
    </message>
    <message>
        <source>Set sticky note author</source>
        <translation>Changer l’auteur du post-it</translation>
    </message>
    <message>
        <source>Add a card lane first: a note becomes a card in a card lane.</source>
        <translation>Ajoutez d’abord une ligne de cartes : un post-it devient une carte dans une ligne de cartes.</translation>
    </message>
    <message>
        <source>Delete {count} sticky notes</source>
        <translation>Supprimer {count} post-it</translation>
    </message>
    <message>
        <source>Drop to stick this note to “{title}”.</source>
        <translation>Déposez pour coller ce post-it sur « {title} ».</translation>
    </message>
    <message>
        <source>Drop to turn this note into a card here.</source>
        <translation>Déposez pour transformer ce post-it en carte ici.</translation>
    </message>
    <message>
        <source>Type the note. Ctrl+Enter keeps it, Esc cancels.</source>
        <translation>Saisissez le post-it. Ctrl+Entrée le garde, Échap annule.</translation>
    </message>
    <message>
        <source>Edit sticky note</source>
        <translation>Modifier le post-it</translation>
    </message>
</context>
</TS>
