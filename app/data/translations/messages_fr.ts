<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Clipboard</name>
    <message>
        <source>{n} card</source>
        <translation>{n} carte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} cartes</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>this map needs a phase and a card lane before cards can be pasted</source>
        <translation>cette carte a besoin d&apos;une phase et d&apos;une ligne de cartes avant de pouvoir y coller des cartes</translation>
    </message>
    <message>
        <source>cards can only be pasted into a card lane</source>
        <translation>les cartes ne peuvent être collées que dans une ligne de cartes</translation>
    </message>
    <message>
        <source>there are no cards to paste</source>
        <translation>il n&apos;y a aucune carte à coller</translation>
    </message>
    <message>
        <source>Added the metric {names} to this map.</source>
        <translation>L&apos;indicateur {names} a été ajouté à cette carte.</translation>
    </message>
    <message>
        <source>Added the metrics {names} to this map.</source>
        <translation>Les indicateurs {names} ont été ajoutés à cette carte.</translation>
    </message>
    <message>
        <source>Left out the scores of {names}: this map has no persona of that name.</source>
        <translation>Les notes de {names} ont été laissées de côté : cette carte n&apos;a aucun persona de ce nom.</translation>
    </message>
    <message>
        <source>Left out the scores of {names}: this map has no persona of those names.</source>
        <translation>Les notes de {names} ont été laissées de côté : cette carte n&apos;a aucun persona de ces noms.</translation>
    </message>
    <message>
        <source>Paste {cards}</source>
        <translation>Coller {cards}</translation>
    </message>
    <message>
        <source>cards can only be placed in a card lane</source>
        <translation>les cartes ne peuvent être placées que dans une ligne de cartes</translation>
    </message>
    <message>
        <source>Add card “{title}” in “{lane}”</source>
        <translation>Ajouter la carte « {title} » dans « {lane} »</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>les arguments suivants sont obligatoires : {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>arguments non reconnus : {names}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix invalide : {value} (choisir parmi {choices})</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valeur {type} invalide : {value}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë : {option} peut correspondre à {matches}</translation>
    </message>
    <message>
        <source>argument {name}: {message}</source>
        <translation>argument {name} : {message}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage : </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>Parcours: an offline editor for customer-journey maps. &apos;parcours&apos; alone opens the editor; &apos;parcours MAP.journey&apos; opens a map in it.</source>
        <translation>Parcours : un éditeur hors ligne de cartes de parcours client. « parcours » seul ouvre l&apos;éditeur ; « parcours CARTE.journey » y ouvre une carte.</translation>
    </message>
    <message>
        <source>Run &apos;parcours COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « parcours COMMANDE --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>the language of messages and help, before the command (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>la langue des messages et de l&apos;aide, avant la commande (par défaut : selon LANGUAGE, LC_ALL, LC_MESSAGES ou LANG)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>create a map from a template</source>
        <translation>créer une carte à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>starting point (default: five-phases)</source>
        <translation>point de départ (par défaut : five-phases)</translation>
    </message>
    <message>
        <source>the map&apos;s language (default: en)</source>
        <translation>la langue de la carte (par défaut : en)</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>the map&apos;s title (default: the template&apos;s)</source>
        <translation>le titre de la carte (par défaut : celui du modèle)</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>the .journey file to write</source>
        <translation>le fichier .journey à écrire</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>remplacer un fichier existant</translation>
    </message>
    <message>
        <source>make a map from a CSV file or a Mermaid journey</source>
        <translation>créer une carte à partir d&apos;un fichier CSV ou d&apos;un parcours Mermaid</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>a .csv or .mmd file, or a .pdf, .png or .svg exported by Parcours</source>
        <translation>un fichier .csv ou .mmd, ou un .pdf, .png ou .svg exporté par Parcours</translation>
    </message>
    <message>
        <source>the map&apos;s title (default: from the input)</source>
        <translation>le titre de la carte (par défaut : d&apos;après l&apos;entrée)</translation>
    </message>
    <message>
        <source>CSV: import the valid rows and report the others instead of refusing the file</source>
        <translation>CSV : importer les lignes valides et signaler les autres au lieu de refuser le fichier</translation>
    </message>
    <message>
        <source>CSV: the map&apos;s language, which names its default lanes (default: from the file)</source>
        <translation>CSV : la langue de la carte, qui nomme ses lignes par défaut (par défaut : d&apos;après le fichier)</translation>
    </message>
    <message>
        <source>check maps; exit 1 if any has a problem</source>
        <translation>vérifier des cartes ; code de sortie 1 si l&apos;une a un problème</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>.journey maps, or PDF, PNG or SVG files exported by Parcours</source>
        <translation>des cartes .journey, ou des fichiers PDF, PNG ou SVG exportés par Parcours</translation>
    </message>
    <message>
        <source>summarise a map</source>
        <translation>résumer une carte</translation>
    </message>
    <message>
        <source>a .journey map, or a PDF, PNG or SVG file exported by Parcours</source>
        <translation>une carte .journey, ou un fichier PDF, PNG ou SVG exporté par Parcours</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par une machine</translation>
    </message>
    <message>
        <source>print the JSON Schema of .journey files</source>
        <translation>afficher le schéma JSON des fichiers .journey</translation>
    </message>
    <message>
        <source>{path}: there is no such file</source>
        <translation>{path}: ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>Created {path} ({template}, {language}).</source>
        <translation>{path} créé ({template}, {language}).</translation>
    </message>
    <message>
        <source>cannot import &apos;{kind}&apos; files; give a .csv or .mmd file, or a .pdf, .png or .svg exported by Parcours</source>
        <translation>impossible d&apos;importer les fichiers « {kind} » ; donnez un fichier .csv ou .mmd, ou un .pdf, .png ou .svg exporté par Parcours</translation>
    </message>
    <message>
        <source>{path}: note: {note}</source>
        <translation>{path}: remarque : {note}</translation>
    </message>
    <message>
        <source>Recovered the map from {input} into {output}.</source>
        <translation>Carte récupérée de {input} dans {output}.</translation>
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
        <source>{n} phase</source>
        <translation>{n} phase</translation>
    </message>
    <message>
        <source>{n} phases</source>
        <translation>{n} phases</translation>
    </message>
    <message>
        <source>Imported {touchpoints} in {phases} into {output}.</source>
        <translation>{touchpoints} en {phases} importés dans {output}.</translation>
    </message>
    <message>
        <source>{path}: valid ({phases}, {touchpoints})</source>
        <translation>{path}: valide ({phases}, {touchpoints})</translation>
    </message>
    <message>
        <source>Title:        {title}</source>
        <translation>Titre :             {title}</translation>
    </message>
    <message>
        <source>Phases ({n}):   {names}</source>
        <translation>Phases ({n}) :        {names}</translation>
    </message>
    <message>
        <source>Lanes ({n}):    {names}</source>
        <translation>Lignes ({n}) :        {names}</translation>
    </message>
    <message>
        <source>Personas ({n}): {names}</source>
        <translation>Personas ({n}) :      {names}</translation>
    </message>
    <message>
        <source>Touchpoints:  {n}</source>
        <translation>Points de contact : {n}</translation>
    </message>
    <message>
        <source>Average emotion (-2 very negative ... +2 very positive):</source>
        <translation>Émotion moyenne (-2 très négative ... +2 très positive) :</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>the output must be a .journey file, not &apos;{name}&apos;</source>
        <translation>la sortie doit être un fichier .journey, pas « {name} »</translation>
    </message>
    <message>
        <source>{path} already exists; use --force to overwrite it</source>
        <translation>{path} existe déjà ; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>CommandNoun</name>
    <message>
        <source>phase</source>
        <translation>la phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>la ligne</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>le persona</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>l&apos;indicateur</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>le canal</translation>
    </message>
    <message>
        <source>card</source>
        <translation>la carte</translation>
    </message>
    <message>
        <source>sticky note</source>
        <translation>le post-it</translation>
    </message>
    <message>
        <source>map</source>
        <translation>la carte de parcours</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {noun} &apos;{name}&apos;</source>
        <translation>Ajouter {noun} « {name} »</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Supprimer {noun}</translation>
    </message>
    <message>
        <source>Move {noun}</source>
        <translation>Déplacer {noun}</translation>
    </message>
    <message>
        <source>Edit {noun} &apos;{name}&apos;</source>
        <translation>Modifier {noun} « {name} »</translation>
    </message>
    <message>
        <source>Rename {noun} &apos;{name}&apos; to &apos;{new}&apos;</source>
        <translation>Renommer {noun} « {name} » en « {new} »</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Delete {noun} &apos;{name}&apos;</source>
        <translation>Supprimer {noun} « {name} »</translation>
    </message>
    <message>
        <source>Delete &apos;{title}&apos;</source>
        <translation>Supprimer « {title} »</translation>
    </message>
    <message>
        <source>Delete {n} cards</source>
        <translation>Supprimer {n} cartes</translation>
    </message>
    <message>
        <source>Move {noun} &apos;{name}&apos;</source>
        <translation>Déplacer {noun} « {name} »</translation>
    </message>
    <message>
        <source>cards can only be placed in a touchpoint lane</source>
        <translation>les cartes ne peuvent être placées que dans une ligne de cartes</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos;</source>
        <translation>Déplacer « {title} »</translation>
    </message>
    <message>
        <source>Move {n} cards</source>
        <translation>Déplacer {n} cartes</translation>
    </message>
    <message>
        <source>Add card in &apos;{lane}&apos;</source>
        <translation>Ajouter une carte dans « {lane} »</translation>
    </message>
    <message>
        <source>Add card &apos;{title}&apos;</source>
        <translation>Ajouter la carte « {title} »</translation>
    </message>
    <message>
        <source>Duplicate &apos;{title}&apos;</source>
        <translation>Dupliquer « {title} »</translation>
    </message>
    <message>
        <source>Duplicate {n} cards</source>
        <translation>Dupliquer {n} cartes</translation>
    </message>
    <message>
        <source>Change {persona}&apos;s feeling at &apos;{title}&apos;</source>
        <translation>Modifier l&apos;émotion de {persona} à « {title} »</translation>
    </message>
    <message>
        <source>Change {metric} at &apos;{title}&apos;</source>
        <translation>Modifier {metric} à « {title} »</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>motivation</source>
        <translation>motivation</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>points de friction</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>verbatims</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>source</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>position in the journey</source>
        <translation>place dans le parcours</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source>+ card “{title}” in {phase} / {lane}</source>
        <translation>+ carte « {title} » dans la phase {phase}, ligne {lane}</translation>
    </message>
    <message>
        <source>- card “{title}” from {phase} / {lane}</source>
        <translation>- carte « {title} » de la phase {phase}, ligne {lane}</translation>
    </message>
    <message>
        <source>~ card “{title}” (was “{was}”): {fields}</source>
        <translation>~ carte « {title} » (auparavant « {was} ») : {fields}</translation>
    </message>
    <message>
        <source>~ card “{title}”: {fields}</source>
        <translation>~ carte « {title} » : {fields}</translation>
    </message>
    <message>
        <source>{persona} at “{title}”: {before} → {after}</source>
        <translation>{persona} à « {title} » : {before} → {after}</translation>
    </message>
    <message>
        <source>+ phase “{name}”</source>
        <translation>+ phase « {name} »</translation>
    </message>
    <message>
        <source>- phase “{name}”</source>
        <translation>- phase « {name} »</translation>
    </message>
    <message>
        <source>~ phase “{before}” renamed “{after}”</source>
        <translation>~ phase « {before} » renommée « {after} »</translation>
    </message>
    <message>
        <source>~ phase “{name}” moved</source>
        <translation>~ phase « {name} » déplacée</translation>
    </message>
    <message>
        <source>+ lane “{name}”</source>
        <translation>+ ligne « {name} »</translation>
    </message>
    <message>
        <source>- lane “{name}”</source>
        <translation>- ligne « {name} »</translation>
    </message>
    <message>
        <source>~ lane “{before}” renamed “{after}”</source>
        <translation>~ ligne « {before} » renommée « {after} »</translation>
    </message>
    <message>
        <source>~ lane “{name}” moved</source>
        <translation>~ ligne « {name} » déplacée</translation>
    </message>
    <message>
        <source>+ persona “{name}”</source>
        <translation>+ persona « {name} »</translation>
    </message>
    <message>
        <source>- persona “{name}”</source>
        <translation>- persona « {name} »</translation>
    </message>
    <message>
        <source>~ persona “{before}” renamed “{after}”</source>
        <translation>~ persona « {before} » renommé « {after} »</translation>
    </message>
    <message>
        <source>~ persona “{name}” moved</source>
        <translation>~ persona « {name} » déplacé</translation>
    </message>
    <message>
        <source>+ metric “{name}”</source>
        <translation>+ indicateur « {name} »</translation>
    </message>
    <message>
        <source>- metric “{name}”</source>
        <translation>- indicateur « {name} »</translation>
    </message>
    <message>
        <source>~ metric “{before}” renamed “{after}”</source>
        <translation>~ indicateur « {before} » renommé « {after} »</translation>
    </message>
    <message>
        <source>~ metric “{name}” moved</source>
        <translation>~ indicateur « {name} » déplacé</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the map title is longer than {limit} characters</source>
        <translation>le titre de la carte dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the file is empty: a header row and one row per touchpoint are expected</source>
        <translation>le fichier est vide : une ligne d&apos;en-tête et une ligne par point de contact sont attendues</translation>
    </message>
    <message>
        <source>the file has a header but no touchpoint rows</source>
        <translation>le fichier a un en-tête mais aucune ligne de point de contact</translation>
    </message>
    <message>
        <source>{n} row(s) with problems were left out (line {lines}).</source>
        <translation>{n} ligne(s) avec des problèmes ont été laissées de côté (ligne {lines}).</translation>
    </message>
    <message>
        <source>this is not a CSV text file (it contains binary data)</source>
        <translation>ce n&apos;est pas un fichier texte CSV (il contient des données binaires)</translation>
    </message>
    <message>
        <source>The file was read as UTF-16 text.</source>
        <translation>Le fichier a été lu comme du texte UTF-16.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252 (check accented letters).</source>
        <translation>Le fichier n&apos;est pas en UTF-8 valide ; il a été lu en Windows-1252 (vérifiez les lettres accentuées).</translation>
    </message>
    <message>
        <source>there are {n} columns; a CSV file holds at most {limit}</source>
        <translation>il y a {n} colonnes ; un fichier CSV en contient au plus {limit}</translation>
    </message>
    <message>
        <source>there are more than {limit} touchpoint rows; a CSV file holds at most {limit}</source>
        <translation>il y a plus de {limit} lignes de points de contact ; un fichier CSV en contient au plus {limit}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>line {line}, {column}</source>
        <translation>ligne {line}, {column}</translation>
    </message>
    <message>
        <source>a cell is longer than {limit} characters, the limit</source>
        <translation>une cellule dépasse {limit} caractères, la limite</translation>
    </message>
    <message>
        <source>a quoted cell that starts here is never closed (a &quot; is missing)</source>
        <translation>une cellule entre guillemets qui commence ici n&apos;est jamais fermée (il manque un &quot;)</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote (inside a quoted cell, write &quot;&quot; for a quote)</source>
        <translation>une cellule entre guillemets a du texte après son guillemet fermant (dans une cellule entre guillemets, écrivez &quot;&quot; pour un guillemet)</translation>
    </message>
    <message>
        <source>the CSV cannot be read here ({reason})</source>
        <translation>le CSV ne peut pas être lu ici ({reason})</translation>
    </message>
    <message>
        <source>the required column &quot;{name}&quot; (French &quot;{french}&quot;) is missing</source>
        <translation>la colonne obligatoire &quot;{french}&quot; (en anglais &quot;{name}&quot;) manque</translation>
    </message>
    <message>
        <source>this column appears twice (also as &quot;{label}&quot;)</source>
        <translation>cette colonne apparaît deux fois (aussi comme &quot;{label}&quot;)</translation>
    </message>
    <message>
        <source>the persona has no name (write it after the colon)</source>
        <translation>le persona n&apos;a pas de nom (écrivez-le après les deux-points)</translation>
    </message>
    <message>
        <source>the metric has no name (write it after the colon)</source>
        <translation>l&apos;indicateur n&apos;a pas de nom (écrivez-le après les deux-points)</translation>
    </message>
    <message>
        <source>the persona name is longer than {limit} characters</source>
        <translation>le nom du persona dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the metric name is longer than {limit} characters</source>
        <translation>le nom de l&apos;indicateur dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the persona &quot;{name}&quot; already has a column (&quot;{label}&quot;)</source>
        <translation>le persona &quot;{name}&quot; a déjà une colonne (&quot;{label}&quot;)</translation>
    </message>
    <message>
        <source>the metric &quot;{name}&quot; already has a column (&quot;{label}&quot;)</source>
        <translation>l&apos;indicateur &quot;{name}&quot; a déjà une colonne (&quot;{label}&quot;)</translation>
    </message>
    <message>
        <source>The column &quot;{label}&quot; is not one Parcours knows; it was ignored.</source>
        <translation>Parcours ne connaît pas la colonne &quot;{label}&quot; ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Column {n} has no name in the header; it was ignored.</source>
        <translation>La colonne {n} n&apos;a pas de nom dans l&apos;en-tête ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header has {columns} columns (is a cell that contains the delimiter missing its quotes?)</source>
        <translation>la ligne a {cells} cellules mais l&apos;en-tête a {columns} colonnes (une cellule qui contient le séparateur a-t-elle perdu ses guillemets ?)</translation>
    </message>
    <message>
        <source>the phase is empty; every touchpoint needs one</source>
        <translation>la phase est vide ; chaque point de contact en a besoin</translation>
    </message>
    <message>
        <source>the title is empty; every touchpoint needs one</source>
        <translation>le titre est vide ; chaque point de contact en a besoin</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>fait {n} caractères ; la limite est {limit}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; has a priority but no text</source>
        <translation>&quot;{text}&quot; a une priorité mais pas de texte</translation>
    </message>
    <message>
        <source>an opportunity is longer than {limit} characters</source>
        <translation>une opportunité dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not yes or no (write yes, no, oui, non, x, 1, 0, or leave it empty)</source>
        <translation>&quot;{text}&quot; n&apos;est ni oui ni non (écrivez oui, non, yes, no, x, 1, 0, ou laissez vide)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not observed, assumed or proposed (observé, supposé, proposé), nor empty</source>
        <translation>&quot;{text}&quot; n&apos;est ni observé, ni supposé, ni proposé (observed, assumed, proposed), ni vide</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number between -2 and +2</source>
        <translation>&quot;{text}&quot; n&apos;est pas un nombre entre -2 et +2</translation>
    </message>
    <message>
        <source>{text} is out of range: a feeling is scored from -2 to +2</source>
        <translation>{text} est hors limites : une émotion se note de -2 à +2</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; has a % sign but this column&apos;s unit is {unit}</source>
        <translation>&quot;{text}&quot; a un signe % mais l&apos;unité de cette colonne est {unit}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number (use . or , as the decimal mark and spaces between thousands)</source>
        <translation>&quot;{text}&quot; n&apos;est pas un nombre (utilisez . ou , comme séparateur décimal et des espaces entre les milliers)</translation>
    </message>
    <message>
        <source>there are no rows to paste</source>
        <translation>il n&apos;y a aucune ligne à coller</translation>
    </message>
    <message>
        <source>The rows have no header, so each row&apos;s first cell became a card&apos;s title and the other cells were left out.</source>
        <translation>Les lignes n&apos;ont pas d&apos;en-tête : la première cellule de chaque ligne est devenue le titre d&apos;une carte et les autres cellules ont été laissées de côté.</translation>
    </message>
    <message>
        <source>there is a header but no rows to paste</source>
        <translation>il y a un en-tête mais aucune ligne à coller</translation>
    </message>
    <message>
        <source>there are {n} persona columns; a map holds at most {limit} personas</source>
        <translation>il y a {n} colonnes de personas ; une carte contient au plus {limit} personas</translation>
    </message>
    <message>
        <source>there are {n} metric columns; a map holds at most {limit} metrics</source>
        <translation>il y a {n} colonnes d&apos;indicateurs ; une carte contient au plus {limit} indicateurs</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Compare two maps element by element (cards are matched by id, as in a current and a future state): cards added, removed or changed with the fields that changed, phases, lanes, personas and metrics added, removed, renamed or moved, and each persona&apos;s score changes. Exit status: 0 when the maps are the same, 1 when they differ, 2 when a file cannot be read or the command is used wrongly.</source>
        <translation>Comparer deux cartes élément par élément (les cartes sont appariées par identifiant, comme entre un état actuel et un état futur) : cartes ajoutées, supprimées ou modifiées avec les champs modifiés, phases, lignes, personas et indicateurs ajoutés, supprimés, renommés ou déplacés, et les changements de note de chaque persona. Code de sortie : 0 quand les cartes sont identiques, 1 quand elles diffèrent, 2 quand un fichier ne peut pas être lu ou que la commande est mal utilisée.</translation>
    </message>
    <message>
        <source>list the differences between two maps (exit 1 when they differ)</source>
        <translation>lister les différences entre deux cartes (code de sortie 1 si elles diffèrent)</translation>
    </message>
    <message>
        <source>Lines start with + (added), - (removed) or ~ (changed); score changes read &apos;Léa Moreau at “Card declined”: -2.0 → +0.5&apos;.</source>
        <translation>Les lignes commencent par + (ajouté), - (supprimé) ou ~ (modifié) ; un changement de note se lit « Léa Moreau à « Carte refusée » : -2.0 → +0.5 ».</translation>
    </message>
    <message>
        <source>the first map, e.g. the current state (.journey, or a PDF, PNG or SVG exported by Parcours)</source>
        <translation>la première carte, par exemple l&apos;état actuel (.journey, ou un PDF, PNG ou SVG exporté par Parcours)</translation>
    </message>
    <message>
        <source>the second map, e.g. the future</source>
        <translation>la seconde carte, par exemple l&apos;état futur</translation>
    </message>
    <message>
        <source>machine-readable output (see docs/compare.md)</source>
        <translation>sortie lisible par une machine (voir docs/compare.md)</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is above +{limit}</source>
        <translation>{value} dépasse +{limit}</translation>
    </message>
    <message>
        <source>{value} is below {limit}</source>
        <translation>{value} est inférieur à {limit}</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>a framework lane needs the touchpoint field it shows</source>
        <translation>une ligne de questionnement a besoin du champ de point de contact qu&apos;elle affiche</translation>
    </message>
    <message>
        <source>only framework lanes show a field, not a {kind} lane</source>
        <translation>seules les lignes de questionnement affichent un champ, pas une ligne {kind}</translation>
    </message>
    <message>
        <source>a metric lane needs the metric it plots</source>
        <translation>une ligne d&apos;indicateur a besoin de l&apos;indicateur qu&apos;elle trace</translation>
    </message>
    <message>
        <source>only metric lanes plot a metric, not a {kind} lane</source>
        <translation>seules les lignes d&apos;indicateur tracent un indicateur, pas une ligne {kind}</translation>
    </message>
    <message>
        <source>only metric lanes have a chart, not a {kind} lane</source>
        <translation>seules les lignes d&apos;indicateur ont un graphique, pas une ligne {kind}</translation>
    </message>
    <message>
        <source>avatar data is not valid base64</source>
        <translation>les données de l&apos;avatar ne sont pas du base64 valide</translation>
    </message>
    <message>
        <source>avatar is {size} KiB; the limit is {limit} KiB</source>
        <translation>l&apos;avatar fait {size} Kio ; la limite est {limit} Kio</translation>
    </message>
    <message>
        <source>avatar data is not a {kind} image</source>
        <translation>les données de l&apos;avatar ne sont pas une image {kind}</translation>
    </message>
    <message>
        <source>the icon is {size} KiB; the limit is {limit} KiB</source>
        <translation>l&apos;icône fait {size} Kio ; la limite est {limit} Kio</translation>
    </message>
    <message>
        <source>the icon is not an SVG image</source>
        <translation>l&apos;icône n&apos;est pas une image SVG</translation>
    </message>
    <message>
        <source>a sticky note needs some text</source>
        <translation>un post-it a besoin de texte</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>fait {n} caractères ; la limite est {limit}</translation>
    </message>
</context>
<context>
    <name>Embed</name>
    <message>
        <source>the PDF is damaged: it ends too early (it looks truncated)</source>
        <translation>le PDF est endommagé : il se termine trop tôt (il semble tronqué)</translation>
    </message>
    <message>
        <source>the PNG is damaged: it ends too early (it looks truncated)</source>
        <translation>le PNG est endommagé : il se termine trop tôt (il semble tronqué)</translation>
    </message>
    <message>
        <source>is not a PNG image</source>
        <translation>n&apos;est pas une image PNG</translation>
    </message>
    <message>
        <source>the PNG is damaged: unexpected data at byte {byte}</source>
        <translation>le PNG est endommagé : données inattendues à l&apos;octet {byte}</translation>
    </message>
    <message>
        <source>the PNG is damaged: the checksum of its {name} chunk is wrong</source>
        <translation>le PNG est endommagé : la somme de contrôle de son bloc {name} est fausse</translation>
    </message>
    <message>
        <source>the PNG is damaged: it has no image data</source>
        <translation>le PNG est endommagé : il n&apos;a pas de données d&apos;image</translation>
    </message>
    <message>
        <source>the PNG is damaged: its Parcours map chunk is malformed</source>
        <translation>le PNG est endommagé : son bloc de carte Parcours est mal formé</translation>
    </message>
    <message>
        <source>the PNG is damaged: its Parcours map cannot be decompressed</source>
        <translation>le PNG est endommagé : sa carte Parcours ne peut pas être décompressée</translation>
    </message>
    <message>
        <source>is not a PDF document</source>
        <translation>n&apos;est pas un document PDF</translation>
    </message>
    <message>
        <source>the PDF is locked with a password; remove the password and try again</source>
        <translation>le PDF est protégé par un mot de passe ; retirez le mot de passe et réessayez</translation>
    </message>
    <message>
        <source>the PDF is damaged (pypdf: {error})</source>
        <translation>le PDF est endommagé (pypdf : {error})</translation>
    </message>
    <message>
        <source>is not an SVG image: it does not start with an &lt;svg&gt; element</source>
        <translation>n&apos;est pas une image SVG : il ne commence pas par un élément &lt;svg&gt;</translation>
    </message>
    <message>
        <source>the SVG is damaged: it is not well-formed XML ({error})</source>
        <translation>le SVG est endommagé : ce n&apos;est pas du XML bien formé ({error})</translation>
    </message>
    <message>
        <source>is XML but not an SVG image</source>
        <translation>est du XML mais pas une image SVG</translation>
    </message>
    <message>
        <source>the SVG&apos;s Parcours map is in an encoding this version cannot read</source>
        <translation>la carte Parcours du SVG est dans un encodage que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>the SVG is damaged: its Parcours map is not valid base64</source>
        <translation>le SVG est endommagé : sa carte Parcours n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the file is empty: it is not a PDF, PNG or SVG file</source>
        <translation>le fichier est vide : ce n&apos;est pas un fichier PDF, PNG ou SVG</translation>
    </message>
    <message>
        <source>is not a PDF, PNG or SVG file (it is plain text)</source>
        <translation>n&apos;est pas un fichier PDF, PNG ou SVG (c&apos;est du texte brut)</translation>
    </message>
    <message>
        <source>is not a PDF, PNG or SVG file</source>
        <translation>n&apos;est pas un fichier PDF, PNG ou SVG</translation>
    </message>
    <message>
        <source>was not made by Parcours (it holds no Parcours map)</source>
        <translation>n&apos;a pas été créé par Parcours (il ne contient aucune carte Parcours)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write maps as PDF, PNG, SVG, CSV or Mermaid</source>
        <translation>écrire des cartes en PDF, PNG, SVG, CSV ou Mermaid</translation>
    </message>
    <message>
        <source>Export maps. The output&apos;s extension chooses the format; with several maps, -o names a folder and --format the format.</source>
        <translation>Exporter des cartes. L&apos;extension de la sortie choisit le format ; avec plusieurs cartes, -o désigne un dossier et --format le format.</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>CARTE</translation>
    </message>
    <message>
        <source>.journey files, or PDF, PNG or SVG files exported by Parcours</source>
        <translation>des fichiers .journey, ou des fichiers PDF, PNG ou SVG exportés par Parcours</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>a .pdf, .png, .svg, .csv or .mmd file, or a folder for several maps</source>
        <translation>un fichier .pdf, .png, .svg, .csv ou .mmd, ou un dossier pour plusieurs cartes</translation>
    </message>
    <message>
        <source>the format when -o is a folder (default: pdf)</source>
        <translation>le format quand -o est un dossier (par défaut : pdf)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>fit: one sheet; poster: natural size; tiles: sheets to assemble; slides: 16:9, each phase on slides with card titles at 14 pt or more (default: fit)</source>
        <translation>fit : une feuille ; poster : taille naturelle ; tiles : feuilles à assembler ; slides : 16:9, chaque phase sur des diapositives avec des titres de cartes de 14 pt ou plus (par défaut : fit)</translation>
    </message>
    <message>
        <source>sheet for fit (default: {paper})</source>
        <translation>feuille pour fit (par défaut : {paper})</translation>
    </message>
    <message>
        <source>the sheet&apos;s orientation (default: landscape)</source>
        <translation>l&apos;orientation de la feuille (par défaut : landscape, paysage)</translation>
    </message>
    <message>
        <source>sheet for tiles (default: {paper})</source>
        <translation>feuille pour tiles (par défaut : {paper})</translation>
    </message>
    <message>
        <source>leave out the persona cards, touchpoint tables and insights</source>
        <translation>laisser de côté les fiches personas, les tableaux des points de contact et les analyses</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>ÉCHELLE</translation>
    </message>
    <message>
        <source>PNG: pixels per map unit (1 or 2; default 1); tiles: map size (default 1)</source>
        <translation>PNG : pixels par unité de carte (1 ou 2 ; par défaut 1) ; tiles : taille de la carte (par défaut 1)</translation>
    </message>
    <message>
        <source>PNG: render for --paper at this resolution</source>
        <translation>PNG : rendu pour --paper à cette résolution</translation>
    </message>
    <message>
        <source>PNG/SVG: no white background</source>
        <translation>PNG/SVG : sans fond blanc</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>Ce qui est partagé</translation>
    </message>
    <message>
        <source>PERSONAS</source>
        <translation>PERSONAS</translation>
    </message>
    <message>
        <source>comma-separated persona names to include (default: all)</source>
        <translation>noms des personas à inclure, séparés par des virgules (par défaut : tous)</translation>
    </message>
    <message>
        <source>LANES</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>comma-separated lane names to include (default: all)</source>
        <translation>noms des lignes à inclure, séparés par des virgules (par défaut : toutes)</translation>
    </message>
    <message>
        <source>for outside the team: no quotes, personas renamed Persona A, B...</source>
        <translation>pour l&apos;extérieur de l&apos;équipe : sans verbatims, personas renommés Persona A, B...</translation>
    </message>
    <message>
        <source>show the sticky notes (left out of the export by default)</source>
        <translation>montrer les post-it (laissés hors de l&apos;export par défaut)</translation>
    </message>
    <message>
        <source>{path}: note: {note}</source>
        <translation>{path}: remarque : {note}</translation>
    </message>
    <message>
        <source>Exported {source} to {target}.</source>
        <translation>{source} exporté vers {target}.</translation>
    </message>
    <message>
        <source>with several maps, -o must be a folder, and {path} is a file</source>
        <translation>avec plusieurs cartes, -o doit être un dossier, et {path} est un fichier</translation>
    </message>
    <message>
        <source>cannot export to &apos;{kind}&apos;; use .pdf, .png, .svg, .csv or .mmd</source>
        <translation>impossible d&apos;exporter en « {kind} » ; utilisez .pdf, .png, .svg, .csv ou .mmd</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no persona is called &apos;{name}&apos; (the map has: {known})</source>
        <translation>aucun persona ne s&apos;appelle « {name} » (la carte a : {known})</translation>
    </message>
    <message>
        <source>no lane is called &apos;{name}&apos; (the map has: {known})</source>
        <translation>aucune ligne ne s&apos;appelle « {name} » (la carte a : {known})</translation>
    </message>
    <message>
        <source>Exporting… {percent} %</source>
        <translation>Export… {percent} %</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>is a folder, not {what}</source>
        <translation>est un dossier, pas {what}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>is not a Parcours map: byte {byte} is not UTF-8 text (is this a binary file?)</source>
        <translation>n&apos;est pas une carte Parcours : l&apos;octet {byte} n&apos;est pas du texte UTF-8 (est-ce un fichier binaire ?)</translation>
    </message>
    <message>
        <source>is not a Parcours map: it contains binary data</source>
        <translation>n&apos;est pas une carte Parcours : il contient des données binaires</translation>
    </message>
    <message>
        <source>the file is empty: it is not a Parcours map</source>
        <translation>le fichier est vide : ce n&apos;est pas une carte Parcours</translation>
    </message>
    <message>
        <source>line {line}, column {column}: the file ends too early; it looks truncated</source>
        <translation>ligne {line}, colonne {column} : le fichier se termine trop tôt ; il semble tronqué</translation>
    </message>
    <message>
        <source>is not a Parcours map: the JSON is invalid at line {line}, column {column} ({reason})</source>
        <translation>n&apos;est pas une carte Parcours : le JSON est invalide ligne {line}, colonne {column} ({reason})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a Parcours map</source>
        <translation>le JSON est trop profondément imbriqué pour être une carte Parcours</translation>
    </message>
    <message>
        <source>is JSON but not a Parcours map (it lacks &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>est du JSON mais pas une carte Parcours (il y manque &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>is not a Parcours map: a number in it cannot be read</source>
        <translation>n&apos;est pas une carte Parcours : un nombre qu&apos;il contient ne peut pas être lu</translation>
    </message>
    <message>
        <source>line {line}, column {column}: a number is too long ({digits} digits)</source>
        <translation>ligne {line}, colonne {column} : un nombre est trop long ({digits} chiffres)</translation>
    </message>
    <message>
        <source>version: {version} is not a file format version number</source>
        <translation>version : {version} n&apos;est pas un numéro de version du format de fichier</translation>
    </message>
    <message>
        <source>was saved by a newer Parcours (file format version {version}); this version reads versions up to {supported}. Update Parcours to open it.</source>
        <translation>a été enregistré par un Parcours plus récent (format de fichier version {version}) ; cette version lit les versions jusqu&apos;à {supported}. Mettez Parcours à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>journey: is missing</source>
        <translation>journey : manque</translation>
    </message>
    <message>
        <source>file format version {version} is too old to be read</source>
        <translation>la version {version} du format de fichier est trop ancienne pour être lue</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>skipped {problem}</source>
        <translation>ignoré : {problem}</translation>
    </message>
    <message>
        <source>is not UTF-8 text, so not a Mermaid diagram</source>
        <translation>n&apos;est pas du texte UTF-8, donc pas un diagramme Mermaid</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Cartes de parcours</translation>
    </message>
    <message>
        <source>Parcours map</source>
        <translation>Carte Parcours</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>Images PNG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>Dessins SVG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Tableurs</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <source>Mermaid journeys</source>
        <translation>Parcours Mermaid</translation>
    </message>
    <message>
        <source>Mermaid journey</source>
        <translation>Parcours Mermaid</translation>
    </message>
</context>
<context>
    <name>InsightsCommand</name>
    <message>
        <source>Insights: {title}</source>
        <translation>Analyses : {title}</translation>
    </message>
    <message>
        <source>Emotions per persona (-2 very negative ... +2 very positive)</source>
        <translation>Émotions par persona (-2 très négative ... +2 très positive)</translation>
    </message>
    <message>
        <source>  The map has no personas.</source>
        <translation>  La carte n&apos;a aucun persona.</translation>
    </message>
    <message>
        <source>  {name}: average {score}</source>
        <translation>  {name} : moyenne {score}</translation>
    </message>
    <message>
        <source>  {name}: no scores yet</source>
        <translation>  {name} : aucune note pour le moment</translation>
    </message>
    <message>
        <source>    By phase: {phases}</source>
        <translation>    Par phase : {phases}</translation>
    </message>
    <message>
        <source>    Lowest: {score} at {titles}</source>
        <translation>    Plus bas : {score} à {titles}</translation>
    </message>
    <message>
        <source>    Highest: {score} at {titles}</source>
        <translation>    Plus haut : {score} à {titles}</translation>
    </message>
    <message>
        <source>    Sharpest drops:</source>
        <translation>    Chutes les plus fortes :</translation>
    </message>
    <message>
        <source>      {score}  {before} → {after}</source>
        <translation>      {score}  {before} → {after}</translation>
    </message>
    <message>
        <source>    No drops: the feeling never falls between two scored touchpoints.</source>
        <translation>    Aucune chute : l&apos;émotion ne baisse jamais entre deux points de contact notés.</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Moments de vérité</translation>
    </message>
    <message>
        <source>  No touchpoint is marked as a moment of truth.</source>
        <translation>  Aucun point de contact n&apos;est marqué comme moment de vérité.</translation>
    </message>
    <message>
        <source>  {title} ({phase}): {scores}</source>
        <translation>  {title} ({phase}) : {scores}</translation>
    </message>
    <message>
        <source>Pain points by phase</source>
        <translation>Points de friction par phase</translation>
    </message>
    <message>
        <source>  {phase}: {count}</source>
        <translation>  {phase} : {count}</translation>
    </message>
    <message>
        <source>    - {text} ({title})</source>
        <translation>    - {text} ({title})</translation>
    </message>
    <message>
        <source>Opportunities (by priority, then where people feel worst)</source>
        <translation>Opportunités (par priorité, puis là où l&apos;émotion est la plus négative)</translation>
    </message>
    <message>
        <source>  No opportunities yet.</source>
        <translation>  Aucune opportunité pour le moment.</translation>
    </message>
    <message>
        <source>  {rank}. [{priority}] {text} — {title} (mood {score})</source>
        <translation>  {rank}. [{priority}] {text} — {title} (note moyenne {score})</translation>
    </message>
    <message>
        <source>Channels by phase</source>
        <translation>Canaux par phase</translation>
    </message>
    <message>
        <source>  No touchpoints yet.</source>
        <translation>  Aucun point de contact pour le moment.</translation>
    </message>
    <message>
        <source>  {name}: {phases}</source>
        <translation>  {name} : {phases}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>  {kind}: {share} ({count})</source>
        <translation>  {kind} : {share} ({count})</translation>
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
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>supposé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>unstated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>say where to act: emotions, pain points, ranked opportunities</source>
        <translation>dire où agir : émotions, points de friction, opportunités classées</translation>
    </message>
    <message>
        <source>Figures that say where to act first: each persona&apos;s average emotion per phase, lowest and highest moments and sharpest drops, moments of truth, pain points per phase, opportunities ranked by priority, channel and evidence coverage.</source>
        <translation>Des chiffres qui disent où agir d&apos;abord : l&apos;émotion moyenne de chaque persona par phase, les moments les plus bas et les plus hauts et les chutes les plus fortes, les moments de vérité, les points de friction par phase, les opportunités classées par priorité, la couverture des canaux et des sources.</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>CARTE</translation>
    </message>
    <message>
        <source>a .journey map, or a PDF, PNG or SVG file exported by Parcours</source>
        <translation>une carte .journey, ou un fichier PDF, PNG ou SVG exporté par Parcours</translation>
    </message>
    <message>
        <source>machine-readable output (keys in docs/insights.md)</source>
        <translation>sortie lisible par une machine (clés dans docs/insights.md)</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>a map has at most one emotion lane</source>
        <translation>une carte a au plus une ligne des émotions</translation>
    </message>
    <message>
        <source>no metric has id {id}</source>
        <translation>aucun indicateur n&apos;a l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{channel} is not a known channel</source>
        <translation>{channel} n&apos;est pas un canal connu</translation>
    </message>
    <message>
        <source>no phase has id {id}</source>
        <translation>aucune phase n&apos;a l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{id} is not a touchpoint lane</source>
        <translation>{id} n&apos;est pas une ligne de cartes</translation>
    </message>
    <message>
        <source>{id} is not a lane</source>
        <translation>{id} n&apos;est pas une ligne</translation>
    </message>
    <message>
        <source>no persona has this id</source>
        <translation>aucun persona n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>no metric has this id</source>
        <translation>aucun indicateur n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>no card has id {id}</source>
        <translation>aucune carte n&apos;a l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>id {id} is already used by {place}</source>
        <translation>l&apos;identifiant {id} est déjà utilisé par {place}</translation>
    </message>
    <message>
        <source>{name} is used more than once</source>
        <translation>{name} est utilisé plus d&apos;une fois</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>there are {n} touchpoints; a map holds at most {limit}</source>
        <translation>il y a {n} points de contact ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>there are {n} phases; a map holds at most {limit}</source>
        <translation>il y a {n} phases ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>there are {n} lanes; a map holds at most {limit}</source>
        <translation>il y a {n} lignes ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>there are {n} personas; a map holds at most {limit}</source>
        <translation>il y a {n} personas ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>there are {n} metrics; a map holds at most {limit}</source>
        <translation>il y a {n} indicateurs ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>there are {n} custom channels; a map holds at most {limit}</source>
        <translation>il y a {n} canaux personnalisés ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>there are {n} sticky notes; a map holds at most {limit}</source>
        <translation>il y a {n} post-it ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>is too large to open in the memory available</source>
        <translation>est trop volumineux pour être ouvert avec la mémoire disponible</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>une carte</translation>
    </message>
    <message>
        <source>a map file</source>
        <translation>un fichier de carte</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>un fichier CSV</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>des lignes collées</translation>
    </message>
    <message>
        <source>a Mermaid diagram</source>
        <translation>un diagramme Mermaid</translation>
    </message>
    <message>
        <source>a Mermaid file</source>
        <translation>un fichier Mermaid</translation>
    </message>
    <message>
        <source>a PDF, PNG or SVG file</source>
        <translation>un fichier PDF, PNG ou SVG</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>is too large to open ({size}; the limit for {what} is {limit}, {bytes} bytes)</source>
        <translation>est trop volumineux pour être ouvert ({size} ; la limite pour {what} est {limit}, {bytes} octets)</translation>
    </message>
    <message>
        <source>the map inside is too large to open ({size}; the limit for {what} is {limit}, {bytes} bytes)</source>
        <translation>la carte qu&apos;il contient est trop volumineuse pour être ouverte ({size} ; la limite pour {what} est {limit}, {bytes} octets)</translation>
    </message>
    <message>
        <source>holds {n} characters of text; a map holds at most {limit}</source>
        <translation>contient {n} caractères de texte ; une carte en contient au plus {limit}</translation>
    </message>
    <message>
        <source>has {n} items; the limit is {limit}</source>
        <translation>a {n} éléments ; la limite est {limit}</translation>
    </message>
    <message>
        <source>has a key {n} characters long; the limit is {limit}</source>
        <translation>a une clé de {n} caractères ; la limite est {limit}</translation>
    </message>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>fait {n} caractères ; la limite est {limit}</translation>
    </message>
    <message>
        <source>parcours {command}: {where}{problem}. Nothing was written.</source>
        <translation>parcours {command}: {where}{problem}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>parcours {command}: an unexpected error ({detail}) stopped the command while it worked on {names}. Nothing was written. Please report this; PARCOURS_DEBUG=1 shows the details.</source>
        <translation>parcours {command}: une erreur inattendue ({detail}) a arrêté la commande pendant qu&apos;elle traitait {names}. Rien n&apos;a été écrit. Merci de signaler ce problème ; PARCOURS_DEBUG=1 en montre les détails.</translation>
    </message>
    <message>
        <source>parcours {command}: an unexpected error ({detail}) stopped the command. Nothing was written. Please report this; PARCOURS_DEBUG=1 shows the details.</source>
        <translation>parcours {command}: une erreur inattendue ({detail}) a arrêté la commande. Rien n&apos;a été écrit. Merci de signaler ce problème ; PARCOURS_DEBUG=1 en montre les détails.</translation>
    </message>
</context>
<context>
    <name>Mermaid</name>
    <message>
        <source>is {n} characters long; the limit is {limit}</source>
        <translation>fait {n} caractères ; la limite est {limit}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>this is a binary file (it contains NUL bytes), not a Mermaid journey diagram</source>
        <translation>c&apos;est un fichier binaire (il contient des octets NUL), pas un diagramme de parcours Mermaid</translation>
    </message>
    <message>
        <source>this line holds characters that are not valid text</source>
        <translation>cette ligne contient des caractères qui ne sont pas du texte valide</translation>
    </message>
    <message>
        <source>is empty: it holds no Mermaid journey diagram (one starts with `journey`)</source>
        <translation>est vide : il ne contient aucun diagramme de parcours Mermaid (un tel diagramme commence par `journey`)</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey diagram (it does not start with `journey` but with `{first}`)</source>
        <translation>ce n&apos;est pas un diagramme de parcours Mermaid (il ne commence pas par `journey` mais par `{first}`)</translation>
    </message>
    <message>
        <source>there are more than {limit} tasks; a map holds at most {limit} touchpoints</source>
        <translation>il y a plus de {limit} tâches ; une carte contient au plus {limit} points de contact</translation>
    </message>
    <message>
        <source>there are more than {limit} sections; a map holds at most {limit} phases</source>
        <translation>il y a plus de {limit} sections ; une carte contient au plus {limit} phases</translation>
    </message>
    <message>
        <source>there are more than {limit} actors; a map holds at most {limit} personas</source>
        <translation>il y a plus de {limit} acteurs ; une carte contient au plus {limit} personas</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>ligne {line} : {message}</translation>
    </message>
    <message>
        <source>a second title; it replaces the first, as in Mermaid</source>
        <translation>un second titre ; il remplace le premier, comme dans Mermaid</translation>
    </message>
    <message>
        <source>the title is longer than {limit} characters; shortened it</source>
        <translation>le titre dépasse {limit} caractères ; il a été raccourci</translation>
    </message>
    <message>
        <source>a section with no name; called it {name}</source>
        <translation>une section sans nom ; elle a été appelée {name}</translation>
    </message>
    <message>
        <source>the section name is longer than {limit} characters; shortened it</source>
        <translation>le nom de la section dépasse {limit} caractères ; il a été raccourci</translation>
    </message>
    <message>
        <source>the task name is longer than {limit} characters; shortened it</source>
        <translation>le nom de la tâche dépasse {limit} caractères ; il a été raccourci</translation>
    </message>
    <message>
        <source>`{text}` has no task name (a task reads `Task name: score: actors`)</source>
        <translation>`{text}` n&apos;a pas de nom de tâche (une tâche s&apos;écrit `Nom de la tâche: note: acteurs`)</translation>
    </message>
    <message>
        <source>the actor name is longer than {limit} characters; shortened it</source>
        <translation>le nom de l&apos;acteur dépasse {limit} caractères ; il a été raccourci</translation>
    </message>
    <message>
        <source>{name} has no score; imported it without emotions</source>
        <translation>{name} n&apos;a pas de note ; importé sans émotions</translation>
    </message>
    <message>
        <source>score {score} is not a number; imported {name} without emotions</source>
        <translation>la note {score} n&apos;est pas un nombre ; {name} importé sans émotions</translation>
    </message>
    <message>
        <source>score {score} is outside 1-5; clamped to {value}</source>
        <translation>la note {score} est hors de 1-5 ; ramenée à {value}</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Add sticky note to &apos;{title}&apos;</source>
        <translation>Ajouter un post-it à « {title} »</translation>
    </message>
    <message>
        <source>Add sticky note</source>
        <translation>Ajouter un post-it</translation>
    </message>
    <message>
        <source>Move sticky note</source>
        <translation>Déplacer le post-it</translation>
    </message>
    <message>
        <source>Attach sticky note to &apos;{title}&apos;</source>
        <translation>Attacher le post-it à « {title} »</translation>
    </message>
    <message>
        <source>Detach sticky note</source>
        <translation>Détacher le post-it</translation>
    </message>
    <message>
        <source>Turn sticky note into card &apos;{title}&apos;</source>
        <translation>Transformer le post-it en carte « {title} »</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>{shown} and {n} more</source>
        <translation>{shown} et {n} de plus</translation>
    </message>
    <message>
        <source>1 character has no font on this computer and shows as a box: {shown}</source>
        <translation>1 caractère n&apos;a pas de police sur cet ordinateur et s&apos;affiche comme un carré : {shown}</translation>
    </message>
    <message>
        <source>{n} characters have no font on this computer and show as boxes: {shown}</source>
        <translation>{n} caractères n&apos;ont pas de police sur cet ordinateur et s&apos;affichent comme des carrés : {shown}</translation>
    </message>
    <message>
        <source>The map is larger than the largest PDF page, so the poster shows it at {percent} % of its natural size.</source>
        <translation>La carte est plus grande que la plus grande page PDF : le poster la montre à {percent} % de sa taille naturelle.</translation>
    </message>
    <message>
        <source>The map ({size} MB) is too big to travel inside a PNG, so this image cannot be reopened as a map; export a PDF to share an editable copy.</source>
        <translation>La carte ({size} Mo) est trop volumineuse pour voyager dans un PNG : cette image ne pourra pas être rouverte comme une carte ; exportez un PDF pour partager une copie modifiable.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{n} problem</source>
        <translation>{n} problème</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} problèmes</translation>
    </message>
    <message>
        <source>{source}{count}:</source>
        <translation>{source}{count} :</translation>
    </message>
    <message>
        <source>  ... and {n} more</source>
        <translation>  ... et {n} de plus</translation>
    </message>
    <message>
        <source>input should be a valid number, unable to parse string as a number</source>
        <translation>la valeur doit être un nombre valide ; ce texte n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>input should be a valid number</source>
        <translation>la valeur doit être un nombre valide</translation>
    </message>
    <message>
        <source>input should be a valid integer, unable to parse string as an integer</source>
        <translation>la valeur doit être un entier valide ; ce texte n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>input should be a valid integer</source>
        <translation>la valeur doit être un entier valide</translation>
    </message>
    <message>
        <source>input should be a valid integer, got a number with a fractional part</source>
        <translation>la valeur doit être un entier valide, pas un nombre à virgule</translation>
    </message>
    <message>
        <source>input should be a valid string</source>
        <translation>la valeur doit être un texte valide</translation>
    </message>
    <message>
        <source>input should be a valid boolean</source>
        <translation>la valeur doit être un booléen valide</translation>
    </message>
    <message>
        <source>input should be a valid boolean, unable to interpret input</source>
        <translation>la valeur doit être un booléen valide ; elle n&apos;a pas pu être interprétée</translation>
    </message>
    <message>
        <source>input should be a valid list</source>
        <translation>la valeur doit être une liste valide</translation>
    </message>
    <message>
        <source>input should be a valid dictionary</source>
        <translation>la valeur doit être un objet valide</translation>
    </message>
    <message>
        <source>input should be a valid dictionary or instance of {class_name}</source>
        <translation>la valeur doit être un objet valide ou une instance de {class_name}</translation>
    </message>
    <message>
        <source>input should be {expected}</source>
        <translation>la valeur doit être {expected}</translation>
    </message>
    <message>
        <source>input should be less than or equal to {le}</source>
        <translation>la valeur doit être inférieure ou égale à {le}</translation>
    </message>
    <message>
        <source>input should be less than {lt}</source>
        <translation>la valeur doit être inférieure à {lt}</translation>
    </message>
    <message>
        <source>input should be greater than or equal to {ge}</source>
        <translation>la valeur doit être supérieure ou égale à {ge}</translation>
    </message>
    <message>
        <source>input should be greater than {gt}</source>
        <translation>la valeur doit être supérieure à {gt}</translation>
    </message>
    <message>
        <source>input should be a finite number</source>
        <translation>la valeur doit être un nombre fini</translation>
    </message>
    <message>
        <source>string should have at most {max_length} characters</source>
        <translation>le texte doit avoir au plus {max_length} caractères</translation>
    </message>
    <message>
        <source>string should have at least {min_length} characters</source>
        <translation>le texte doit avoir au moins {min_length} caractères</translation>
    </message>
    <message>
        <source>string should match pattern &apos;{pattern}&apos;</source>
        <translation>le texte doit correspondre au motif « {pattern} »</translation>
    </message>
    <message>
        <source>{field_type} should have at most {max_length} items after validation</source>
        <translation>{field_type} doit avoir au plus {max_length} éléments après validation</translation>
    </message>
    <message>
        <source>{field_type} should have at least {min_length} items after validation</source>
        <translation>{field_type} doit avoir au moins {min_length} éléments après validation</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>is not a field Parcours knows</source>
        <translation>n&apos;est pas un champ que Parcours connaît</translation>
    </message>
    <message>
        <source> (found {value})</source>
        <translation> (trouvé : {value})</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>{path} (a link to {target})</source>
        <translation>{path} (un lien vers {target})</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}. {advice} {state}</source>
        <translation>Impossible d&apos;enregistrer {path} : {reason}. {advice} {state}</translation>
    </message>
    <message>
        <source>the backup copy {name} could not be made ({reason})</source>
        <translation>la copie de sauvegarde {name} n&apos;a pas pu être faite ({reason})</translation>
    </message>
    <message>
        <source>Save As.</source>
        <translation>Enregistrer sous.</translation>
    </message>
    <message>
        <source>Save As, or turn off the backup in Preferences.</source>
        <translation>Enregistrer sous, ou désactivez la copie de sauvegarde dans les Préférences.</translation>
    </message>
    <message>
        <source>The file on disk is unchanged.</source>
        <translation>Le fichier sur le disque n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Save it somewhere else with Save As.</source>
        <translation>Enregistrez-la ailleurs avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>Free some space or save it somewhere else with Save As.</source>
        <translation>Libérez de l&apos;espace ou enregistrez-la ailleurs avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>le fichier est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>Close it there, or save it somewhere else with Save As.</source>
        <translation>Fermez-le dans ce programme, ou enregistrez la carte ailleurs avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>Choose a file name with Save As.</source>
        <translation>Choisissez un nom de fichier avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>its name is too long for this disk</source>
        <translation>son nom est trop long pour ce disque</translation>
    </message>
    <message>
        <source>Choose a shorter name with Save As.</source>
        <translation>Choisissez un nom plus court avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads back to itself</source>
        <translation>c&apos;est un lien symbolique qui ramène à lui-même</translation>
    </message>
    <message>
        <source>Choose another file with Save As.</source>
        <translation>Choisissez un autre fichier avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>a part of its folder path is a file, not a folder</source>
        <translation>une partie du chemin de son dossier est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>Check the disk, or save it somewhere else with Save As.</source>
        <translation>Vérifiez le disque, ou enregistrez la carte ailleurs avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>the file would be too large for this disk</source>
        <translation>le fichier serait trop volumineux pour ce disque</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>votre quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>Save it under another name with Save As, or make the file writable first.</source>
        <translation>Enregistrez-la sous un autre nom avec Enregistrer sous, ou rendez d&apos;abord le fichier modifiable.</translation>
    </message>
    <message>
        <source>you do not have permission to change this file</source>
        <translation>vous n&apos;avez pas le droit de modifier ce fichier</translation>
    </message>
    <message>
        <source>you do not have permission to write in the folder {folder}</source>
        <translation>vous n&apos;avez pas le droit d&apos;écrire dans le dossier {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file disappeared while it was being saved</source>
        <translation>le fichier a disparu pendant l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Try again, or use Save As.</source>
        <translation>Réessayez, ou utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>the system refused it ({reason})</source>
        <translation>le système l&apos;a refusé ({reason})</translation>
    </message>
    <message>
        <source>Try again, or save it somewhere else with Save As.</source>
        <translation>Réessayez, ou enregistrez la carte ailleurs avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>The file on disk may be incomplete; the map you are editing is intact, so save it again or use Save As.</source>
        <translation>Le fichier sur le disque est peut-être incomplet ; la carte que vous modifiez est intacte : enregistrez-la de nouveau ou utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <source>{n} card</source>
        <translation>{n} carte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} cartes</translation>
    </message>
    <message>
        <source>{n} emotion score</source>
        <translation>{n} note d&apos;émotion</translation>
    </message>
    <message>
        <source>{n} emotion scores</source>
        <translation>{n} notes d&apos;émotion</translation>
    </message>
    <message>
        <source>Add phase &apos;{name}&apos;</source>
        <translation>Ajouter la phase « {name} »</translation>
    </message>
    <message>
        <source>Delete phase &apos;{name}&apos; and its {cards}</source>
        <translation>Supprimer la phase « {name} » et ses {cards}</translation>
    </message>
    <message>
        <source>Delete phase &apos;{name}&apos;</source>
        <translation>Supprimer la phase « {name} »</translation>
    </message>
    <message>
        <source>There is no phase before “{name}” to move its {cards} to.</source>
        <translation>Il n&apos;y a aucune phase avant « {name} » où déplacer ses {cards}.</translation>
    </message>
    <message>
        <source>There is no phase after “{name}” to move its {cards} to.</source>
        <translation>Il n&apos;y a aucune phase après « {name} » où déplacer ses {cards}.</translation>
    </message>
    <message>
        <source>Delete phase &apos;{name}&apos; and move its {cards} to &apos;{target}&apos;</source>
        <translation>Supprimer la phase « {name} » et déplacer ses {cards} vers « {target} »</translation>
    </message>
    <message>
        <source>A framework lane needs the card field it shows.</source>
        <translation>Une ligne de questionnement a besoin du champ de carte qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>A metric lane needs the metric it plots.</source>
        <translation>Une ligne d&apos;indicateur a besoin de l&apos;indicateur qu&apos;elle trace.</translation>
    </message>
    <message>
        <source>This map has no such metric.</source>
        <translation>Cette carte n&apos;a pas cet indicateur.</translation>
    </message>
    <message>
        <source>A map has one emotion lane, and this one already has “{name}”.</source>
        <translation>Une carte a une seule ligne des émotions, et celle-ci a déjà « {name} ».</translation>
    </message>
    <message>
        <source>Add lane &apos;{name}&apos;</source>
        <translation>Ajouter la ligne « {name} »</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>Un indicateur a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>This map already has a metric called “{name}”.</source>
        <translation>Cette carte a déjà un indicateur appelé « {name} ».</translation>
    </message>
    <message>
        <source>Add metric lane &apos;{name}&apos;</source>
        <translation>Ajouter la ligne d&apos;indicateur « {name} »</translation>
    </message>
    <message>
        <source>Delete lane &apos;{name}&apos; and its {cards}</source>
        <translation>Supprimer la ligne « {name} » et ses {cards}</translation>
    </message>
    <message>
        <source>Delete lane &apos;{name}&apos;</source>
        <translation>Supprimer la ligne « {name} »</translation>
    </message>
    <message>
        <source>There is no card lane above “{name}” to move its {cards} to.</source>
        <translation>Il n&apos;y a aucune ligne de cartes au-dessus de « {name} » où déplacer ses {cards}.</translation>
    </message>
    <message>
        <source>There is no card lane below “{name}” to move its {cards} to.</source>
        <translation>Il n&apos;y a aucune ligne de cartes au-dessous de « {name} » où déplacer ses {cards}.</translation>
    </message>
    <message>
        <source>Delete lane &apos;{name}&apos; and move its {cards} to &apos;{target}&apos;</source>
        <translation>Supprimer la ligne « {name} » et déplacer ses {cards} vers « {target} »</translation>
    </message>
    <message>
        <source>“{name}” holds {cards}: move or delete them before the lane shows something else.</source>
        <translation>« {name} » contient {cards} : déplacez-les ou supprimez-les avant que la ligne affiche autre chose.</translation>
    </message>
    <message>
        <source>Change what lane &apos;{name}&apos; shows</source>
        <translation>Changer ce qu&apos;affiche la ligne « {name} »</translation>
    </message>
    <message>
        <source>Collapse lane &apos;{name}&apos;</source>
        <translation>Replier la ligne « {name} »</translation>
    </message>
    <message>
        <source>Expand lane &apos;{name}&apos;</source>
        <translation>Déplier la ligne « {name} »</translation>
    </message>
    <message>
        <source>Rename phase &apos;{name}&apos; to &apos;{new}&apos;</source>
        <translation>Renommer la phase « {name} » en « {new} »</translation>
    </message>
    <message>
        <source>Rename lane &apos;{name}&apos; to &apos;{new}&apos;</source>
        <translation>Renommer la ligne « {name} » en « {new} »</translation>
    </message>
    <message>
        <source>Rename persona &apos;{name}&apos; to &apos;{new}&apos;</source>
        <translation>Renommer le persona « {name} » en « {new} »</translation>
    </message>
    <message>
        <source>Rename metric &apos;{name}&apos; to &apos;{new}&apos;</source>
        <translation>Renommer l&apos;indicateur « {name} » en « {new} »</translation>
    </message>
    <message>
        <source>Change the colour of phase &apos;{name}&apos;</source>
        <translation>Changer la couleur de la phase « {name} »</translation>
    </message>
    <message>
        <source>Change the colour of lane &apos;{name}&apos;</source>
        <translation>Changer la couleur de la ligne « {name} »</translation>
    </message>
    <message>
        <source>Change the colour of persona &apos;{name}&apos;</source>
        <translation>Changer la couleur du persona « {name} »</translation>
    </message>
    <message>
        <source>Another persona is already called “{name}”.</source>
        <translation>Un autre persona s&apos;appelle déjà « {name} ».</translation>
    </message>
    <message>
        <source>Another metric is already called “{name}”.</source>
        <translation>Un autre indicateur s&apos;appelle déjà « {name} ».</translation>
    </message>
    <message>
        <source>Add persona &apos;{name}&apos;</source>
        <translation>Ajouter le persona « {name} »</translation>
    </message>
    <message>
        <source>Duplicate persona &apos;{name}&apos;</source>
        <translation>Dupliquer le persona « {name} »</translation>
    </message>
    <message>
        <source>Delete persona &apos;{name}&apos; and its {scores}</source>
        <translation>Supprimer le persona « {name} » et ses {scores}</translation>
    </message>
    <message>
        <source>Delete persona &apos;{name}&apos;</source>
        <translation>Supprimer le persona « {name} »</translation>
    </message>
</context>
</TS>
