import type { Catalogue } from './messages.en';

/**
 * French interface messages. The Convention's terms follow its official French text
 * (docs/GLOSSARY.md): « torture », « peines ou traitements cruels, inhumains ou dégradants »,
 * « État partie », « Comité contre la torture ».
 */
export const fr: Catalogue = {
  'app.title': 'Casemap',
  'app.loading': 'Chargement du jeu de données…',
  'app.loadFailed': 'Le jeu de données n’a pas pu être chargé.',
  'app.skipToContent': 'Aller aux événements',
  'lang.label': 'Langue',
  'issues.title': 'Problèmes relevés dans les données',
  'issues.summary.one':
    '{count} problème dans les données : les événements concernés sont écartés, tous les autres sont affichés.',
  'issues.summary.many':
    '{count} de problèmes dans les données : les événements concernés sont écartés, tous les autres sont affichés.',
  'issues.summary.other':
    '{count} problèmes dans les données : les événements concernés sont écartés, tous les autres sont affichés.',
  'issues.warnings.one': '{count} avertissement sur les données ; aucun événement n’est écarté.',
  'issues.warnings.many':
    '{count} d’avertissements sur les données ; aucun événement n’est écarté.',
  'issues.warnings.other': '{count} avertissements sur les données ; aucun événement n’est écarté.',
  'issues.alsoWarnings.one': 'Et {count} avertissement.',
  'issues.alsoWarnings.many': 'Et {count} d’avertissements.',
  'issues.alsoWarnings.other': 'Et {count} avertissements.',
  'events.count.one': '{visible} sur {total} événement',
  'events.count.many': '{visible} sur {total} d’événements',
  'events.count.other': '{visible} sur {total} événements',
  'events.list': 'Événements',
  'events.none': 'Aucun événement ne correspond à ces filtres.',
  'events.unlocated': 'Tout le pays ou lieu inconnu',
  'detail.close': 'Fermer le détail',
  'detail.sources': 'Sources',
  'detail.articles': 'Articles de la Convention',
  'detail.figures': 'Chiffres rapportés',
  'detail.persons': 'Personnes nommées',
  'detail.perpetrators': 'Auteurs présumés',
  'detail.provenance': 'Tiré de la communication',
  'detail.questions': 'Questions à l’État partie',
  'detail.showName': 'Afficher le nom',
  'detail.hiddenName': 'Nom non divulgué',
  'detail.status': 'Statut',
  'detail.date': 'Date',
  'detail.place': 'Lieu',
  'detail.category': 'Catégorie',
  'precision.year': 'année connue',
  'precision.month': 'mois connu',
  'precision.day': 'jour connu',
  'precision.time': 'heure connue',
  'precision.approximate': 'approximatif',
  'place.exact': 'lieu exact',
  'place.city': 'à l’échelle de la ville',
  'place.region': 'à l’échelle de la région',
  'place.country': 'à l’échelle du pays',
  'place.unknown': 'lieu inconnu',
  'place.withheld': 'lieu non divulgué',
  'status.reported': 'signalé',
  'status.possible': 'possible',
  'status.likely': 'probable',
  'status.confirmed': 'confirmé',
  'status.unlikely': 'peu probable',
  'status.unknown': 'inconnu',
  'figure.range': '{min}–{max}',
  'figure.more-than': 'plus de {value}',
  'figure.fewer-than': 'moins de {value}',
  'figure.about': 'environ {value}',
  'figure.at-least': 'au moins {value}',
  'map.label': 'Carte des événements',
  'map.reset': 'Réinitialiser la vue de la carte',
  'map.legend': 'Légende',
  'map.attribution':
    'Fond de carte : Natural Earth (domaine public) ; villes : GeoNames (CC BY 4.0).',
  'map.close': 'Fermer',
  'map.count': '{count}',
  'map.stack.one': '{count} événement à cet endroit',
  'map.stack.many': '{count} d’événements à cet endroit',
  'map.stack.other': '{count} événements à cet endroit',
  'map.more': 'et {count} de plus',
  'map.legend.exact': 'Lieu exact',
  'map.legend.city': 'À l’échelle de la ville : à ~12 km près',
  'map.legend.region': 'À l’échelle de la région : à ~150 km près',
  'map.legend.movement': 'Extradition ou expulsion (en tirets : seuls les pays sont connus)',
  'map.legend.stack': 'Nombre d’événements en un même point (cliquer pour ouvrir)',
  'article.short': 'Art. {number}',
  'article.label': 'Article {number} : {title}',
  'timeline.label': 'Frise chronologique',
  'timeline.detail': 'Détail de la frise. Flèches : événement précédent ou suivant ; + et − : zoom',
  'timeline.overview': 'Toute la période',
  'timeline.overviewLabel':
    'Vue d’ensemble de toute la période, effectifs en échelle logarithmique. Faire glisser pour déplacer la fenêtre',
  'timeline.logScale': 'échelle log.',
  'timeline.lanes': 'Couloirs',
  'timeline.notAssigned': 'Non attribué',
  'timeline.zoomIn': 'Zoom avant',
  'timeline.zoomOut': 'Zoom arrière',
  'timeline.reset': 'Toutes les dates',
  'timeline.focus': 'Zoomer sur la période la plus chargée',
  'timeline.brushMode': 'Choisir des dates',
  'timeline.hintPan':
    'Faire glisser pour se déplacer, molette pour zoomer. Maj-glisser ou glisser sur l’axe des dates pour choisir des dates.',
  'timeline.hintBrush': 'Faire glisser sur les couloirs pour choisir des dates.',
  'timeline.range': 'Dates',
  'timeline.from': 'Du',
  'timeline.to': 'Au',
  'timeline.fromTitle': 'Premier jour des dates affichées (inclus)',
  'timeline.toTitle': 'Dernier jour des dates affichées (inclus)',
  'timeline.zoom': 'Zoom',
  'timeline.clear': 'Effacer les dates',
  'timeline.binCount.one': '{count} événement',
  'timeline.binCount.many': '{count} d’événements',
  'timeline.binCount.other': '{count} événements',
  'timeline.legend.day': 'Jour',
  'timeline.legend.time': 'Heure',
  'timeline.legend.range': 'Période',
  'timeline.legend.period': 'Mois ou année seulement',
  'timeline.legend.approximate': 'Approximatif',
  'timeline.legend.density': 'Effectif, là où les marques sont trop denses',
  'timeline.legend.band': 'Nombre de périodes, là où elles se chevauchent trop',
  'timeline.step': 'Étape du récit',
  'filters.title': 'Filtres',
  'filters.articles': 'Articles de la Convention',
  'filters.categories': 'Catégories',
  'filters.places': 'Lieux',
  'filters.search': 'Rechercher dans les événements',
  'filters.searchPlaceholder': 'Titre, lieu, personne, source…',
  'filters.clear': 'Effacer tous les filtres',
  'filters.countOf.one': '{count} événement',
  'filters.countOf.many': '{count} d’événements',
  'filters.countOf.other': '{count} événements',
  'filters.inView': 'Seulement les événements visibles sur la carte',
  'filters.time': 'Période',
  'filters.timeFrom': 'Du',
  'filters.timeTo': 'Au',
  'filters.timeClear': 'Effacer la période',
  'filters.active': 'Filtres actifs',
  'filters.emptyHint': 'Effacez un filtre ou élargissez la période pour revoir des événements.',
  'list.sortBy': 'Trier par',
  'list.date': 'Date',
  'list.title': 'Événement',
  'list.place': 'Lieu',
  'list.category': 'Catégorie',
  'list.ascending': 'croissant',
  'list.descending': 'décroissant',
  'list.select': 'Afficher le détail de {title}',
  'header.copyLink': 'Copier le lien de cette vue',
  'header.copied': 'Lien copié',
  'header.copyFailed': 'Le lien n’a pas pu être copié ; sélectionnez-le dans la barre d’adresse.',
  'header.dataset': 'Jeu de données',
  'notice.version':
    'Ce lien a été fait pour la version {linked} du jeu de données ; voici la version {current}. Certains événements peuvent différer.',
  'notice.articles':
    'Le lien cite des articles que ce jeu de données n’utilise pas ({list}) ; ils sont ignorés.',
  'notice.selected': 'L’événement lié « {id} » ne figure pas dans ce jeu de données.',
  'notice.dismiss': 'Fermer',
  'lanes.label': 'Couloirs de la frise',
  'lanes.article': 'Par article',
  'lanes.category': 'Par catégorie',
  'detail.obliges': 'oblige l’État à',
  'detail.graphic': 'Cet événement décrit des violences explicites.',
  'detail.showGraphic': 'Afficher la description',
  'detail.noSources': 'Aucune source indiquée.',
  'detail.newTab': 's’ouvre dans un nouvel onglet',
  'detail.according': 'selon {source}',
  'detail.footnote': 'note {n}',
  'detail.section': 'Section : {section}',
  'detail.range': 'Les sources divergent : {range}',
  'detail.origin': 'De',
  'detail.destination': 'Vers',
  'detail.previous': 'Événement précédent',
  'detail.next': 'Événement suivant',
  'app.errorTitle': 'Le jeu de données n’a pas pu être affiché',
  'app.errorHelp': 'Chaque ligne indique le fichier, l’endroit du fichier et le problème.',
  'figure.value': '{value}',
  'present.button': 'Présenter',
  'present.choose': 'Récit à présenter',
  'present.label': 'Présentation : {title}',
  'present.progress': 'Étape {step} sur {count}',
  'present.next': 'Étape suivante',
  'present.prev': 'Étape précédente',
  'present.exit': 'Quitter la présentation',
  'present.fullscreen': 'Plein écran',
  'present.exitFullscreen': 'Quitter le plein écran',
  'present.fullscreenRefused':
    'Le plein écran n’est pas disponible ici ; la présentation occupe la fenêtre.',
  'present.theme': 'Thème pour projecteur',
  'present.themeLight': 'Clair',
  'present.themeDark': 'Sombre',
  'present.sources': 'Sources',
  'present.noEvents': 'Cette étape ne cite aucun événement.',
  'present.missing': 'Cités dans le récit mais absents de ce jeu de données : {list}',
  'present.footnote': 'note {n}',
  'present.stepLink': 'Copier le lien de cette étape',
  'present.copied': 'Lien copié',
  'present.openPresenter': 'Vue présentateur',
  'present.presenterTitle': 'Vue présentateur : {title}',
  'present.notes': 'Notes de l’orateur',
  'present.noNotes': 'Pas de notes pour cette étape.',
  'present.now': 'Maintenant',
  'present.upNext': 'Ensuite',
  'present.end': 'Fin du récit',
  'present.clock': 'Horloge',
  'present.elapsed': 'Écoulé',
  'present.restartTimer': 'Remettre le chronomètre à zéro',
  'present.keys':
    '→ Espace PageSuiv : suivante · ← PagePréc : précédente · 1–9 : étape · Échap : quitter',
  'present.noNarratives': 'Ce jeu de données n’a aucun récit à présenter.',
  'present.popupBlocked':
    'Le navigateur a bloqué la fenêtre du présentateur : autorisez les fenêtres surgissantes pour cette page.',
  'present.waiting': 'En attente de la fenêtre du public…',
  'present.steps': 'Étapes',
  'brief.button': 'Note imprimable',
  'brief.print': 'Imprimer',
  'brief.back': 'Retour à la carte',
  'brief.generated': 'Établie le {date}',
  'brief.publisher': 'Publiée par {publisher}',
  'brief.version': 'Version du jeu de données : {version}',
  'brief.filters': 'Événements de cette note',
  'brief.filtersNone': 'tous les événements du jeu de données',
  'brief.filterArticles': 'au titre de l’article {list}',
  'brief.filterCategories': 'dans les catégories {list}',
  'brief.filterPlaces': 'à {list}',
  'brief.filterText': 'contenant « {text} »',
  'brief.filterTime': 'du {from} au {to}',
  'brief.filterInView': 'dans la vue de la carte {bounds}',
  'brief.contents': 'Sommaire',
  'brief.obliges': 'Ce qu’il impose',
  'brief.events': 'Événements',
  'brief.noEvents': 'Aucun événement au titre de cet article dans cette vue.',
  'brief.questions': 'Questions à l’État partie',
  'brief.notAssigned': 'Événements ne relevant d’aucun article',
  'brief.overview': 'Vue d’ensemble',
  'brief.map': 'Carte des événements de cette note',
  'brief.mapNote':
    'Absents de la carte : {count} événements rapportés pour tout le pays ou sans lieu.',
  'brief.timeline': 'Frise chronologique des événements de cette note',
  'brief.sources': 'Sources',
  'brief.legend': 'Catégories',
  'brief.dateStated': '{date} ({precision})',
  'brief.placeStated': '{place} ({precision})',
  'brief.link': 'Cette vue en ligne',
  'brief.pageOf': 'Page {page}',
  'export.png': 'Exporter en PNG',
  'export.busy': 'Préparation de l’image…',
  'export.failed': 'L’image n’a pas pu être créée.',
  'export.filters': 'Affiché : {list}',
  'export.attribution':
    'Données : {publisher}. Fond de carte : Natural Earth (domaine public) ; villes : GeoNames (CC BY 4.0).',
  'export.made': 'Réalisé avec Casemap le {date}',
  'export.offline': 'Télécharger une copie hors ligne',
  'export.offlineHint':
    'Un seul fichier HTML avec l’application, les données et la carte, utilisable sans réseau.',
  'list.more': 'Affichage des {shown} premiers sur {total}.',
  'list.showMore': 'Afficher {count} de plus',
  'data.button': 'Données',
  'data.title': 'Données : importation, jeux de données, exportation',
  'data.close': 'Fermer la fenêtre des données',
  'data.privacy':
    'Les fichiers sont lus dans ce navigateur et conservés sur cet appareil uniquement. Rien n’est envoyé nulle part.',
  'data.import': 'Ouvrir un fichier',
  'data.dropHere':
    'Déposez ici un fichier CSV, un export ACLED, une feuille TimelineJS ou un fichier GeoJSON',
  'data.choose': 'Choisir un fichier',
  'data.formats':
    'CSV (virgule, point-virgule ou tabulation ; UTF-8), GeoJSON ou jeu de données Casemap. Jusqu’à {limit} Mo.',
  'data.progress': 'Progression de l’importation',
  'data.rows': '{count} lignes lues',
  'data.cancel': 'Annuler l’importation',
  'data.cancelled': 'L’importation a été annulée.',
  'data.reportTitle': 'Rapport pour {file}',
  'data.counts': '{read} lignes lues : {imported} importées, {rejected} rejetées.',
  'data.error': 'rejetée',
  'data.warning': 'avertissement',
  'data.moreIssues': '…et {count} de plus dans le rapport téléchargeable.',
  'data.downloadReport': 'Télécharger le rapport (CSV)',
  'data.mappingTitle': 'Quelle colonne contient quoi ?',
  'data.mappingHelp':
    'Les colonnes ont été devinées d’après leur nom. Corrigez-les et importez à nouveau.',
  'data.noColumn': '(aucune)',
  'data.remember': 'Retenir ce choix pour les fichiers ayant les mêmes colonnes',
  'data.reimport': 'Importer à nouveau avec ces colonnes',
  'data.explore': 'Explorer les {count} événements importés',
  'data.datasets': 'Jeux de données',
  'data.current': 'affiché',
  'data.bundled': 'fourni avec l’application',
  'data.storedMeta.one': '{count} événement, tiré de {file}, conservé dans ce navigateur',
  'data.storedMeta.many': '{count} d’événements, tirés de {file}, conservés dans ce navigateur',
  'data.storedMeta.other': '{count} événements, tirés de {file}, conservés dans ce navigateur',
  'data.open': 'Ouvrir',
  'data.remove': 'Supprimer',
  'data.removeNamed': 'Supprimer {title} de ce navigateur',
  'data.export': 'Exporter les événements visibles',
  'data.exportHelp.one': '{count} événement, selon les filtres actuels.',
  'data.exportHelp.many': '{count} d’événements, selon les filtres actuels.',
  'data.exportHelp.other': '{count} événements, selon les filtres actuels.',
  'data.exportGeojson': 'GeoJSON',
  'data.exportCsv': 'CSV',
  'data.field.id': 'Identifiant',
  'data.field.date': 'Date',
  'data.field.endDate': 'Date de fin',
  'data.field.latitude': 'Latitude',
  'data.field.longitude': 'Longitude',
  'data.field.title': 'Titre',
  'data.field.description': 'Description',
  'data.field.place': 'Lieu',
  'data.field.country': 'Pays',
  'data.field.precision': 'Précision du lieu',
  'data.field.category': 'Catégorie',
  'data.field.articles': 'Articles de la Convention',
  'data.field.sources': 'Sources',
  'data.field.status': 'Statut',
  'data.field.tags': 'Mots-clés',
  'data.dropPage': 'Déposez le fichier pour l’importer',
  'notice.dataset':
    'Le jeu de données lié « {id} » n’est pas dans ce navigateur (les jeux importés restent sur l’appareil qui les a importés). Affichage du jeu de données fourni.',
  'importIssue.where.row': 'ligne {row}',
  'importIssue.where.feature': 'entité {row}',
  'importIssue.where.id': 'identifiant {id}',
  'importIssue.where.column': 'colonne « {column} »',
  'importIssue.where.path': '{path}',
  'importIssue.where.value': 'valeur « {value} »',
  'importIssue.term.comma': 'virgule',
  'importIssue.term.semicolon': 'point-virgule',
  'importIssue.term.tab': 'tabulation',
  'importIssue.term.pipe': 'barre verticale',
  'importIssue.term.dmy': 'jour/mois/année',
  'importIssue.term.mdy': 'mois/jour/année',
  'importIssue.coordinate-missing': 'a une {given} mais pas de {missing}',
  'importIssue.coordinate-not-number': 'n’est pas un nombre',
  'importIssue.coordinate-not-number.latitude':
    'n’est pas un nombre (une latitude en degrés décimaux)',
  'importIssue.coordinate-not-number.longitude':
    'n’est pas un nombre (une longitude en degrés décimaux)',
  'importIssue.coordinate-not-number.both':
    'la latitude et la longitude doivent toutes deux être des nombres',
  'importIssue.coordinates-swapped':
    'la latitude {latitude} dépasse ±90 alors que la longitude {longitude} est dans cette plage : latitude et longitude sont peut-être inversées',
  'importIssue.latitude-out-of-range': 'la latitude {latitude} est hors de -90…90',
  'importIssue.longitude-out-of-range': 'la longitude {longitude} est hors de -180…180',
  'importIssue.unsafe-url':
    'n’est pas un lien http(s) ; seuls les liens http et https sont conservés, celui-ci a été écarté',
  'importIssue.bad-url': 'n’est pas une adresse web bien formée ; elle a été écartée',
  'importIssue.status-unknown-value':
    'n’est pas un statut (reported, possible, likely, confirmed, unlikely, unknown) ; « unknown » a été retenu',
  'importIssue.precision-unknown-value':
    'n’est pas une précision de lieu (exact, city, region, country, unknown) ; « unknown » a été retenu',
  'importIssue.empty-file': 'le fichier est vide',
  'importIssue.not-text-zip':
    'est une archive ZIP (un classeur Excel .xlsx ou OpenDocument ?), pas un fichier CSV : enregistrez-le d’abord au format « CSV UTF-8 »',
  'importIssue.not-text-xls':
    'est un ancien classeur Excel (.xls), pas un fichier CSV : enregistrez-le d’abord au format « CSV UTF-8 »',
  'importIssue.not-text-pdf': 'est un document PDF, pas des données',
  'importIssue.encoding-utf16':
    'ressemble à du texte UTF-16 sans indicateur d’ordre des octets ; lu en UTF-16',
  'importIssue.binary':
    'n’est pas un fichier texte : données binaires (octet de contrôle {byte} à la position {offset})',
  'importIssue.encoding-fallback':
    'n’est pas en UTF-8 (octet invalide {byte} à la position {offset}) ; il semble s’agir de cyrillique en windows-1251 et il a été lu ainsi : vérifiez les noms, ou enregistrez-le au format « CSV UTF-8 »',
  'importIssue.not-utf8':
    'n’est pas en UTF-8 : octet invalide {byte} à la position {offset} ; enregistrez-le au format « CSV UTF-8 »',
  'importIssue.not-utf8.decode': 'n’a pas pu être décodé en {encoding}',
  'importIssue.nul-byte':
    'contient un octet NUL : le fichier est peut-être endommagé ou n’est pas du texte',
  'importIssue.bom-inside':
    'contient un indicateur d’ordre des octets au milieu du fichier (deux fichiers joints ?) ; il a été supprimé',
  'importIssue.field-too-long':
    'compte {length} caractères, plus que les {limit} autorisés (un guillemet non fermé ?)',
  'importIssue.too-many-columns.one':
    'l’en-tête a {count} colonne, plus que les {limit} que cet importateur lit : est-ce le bon fichier ?',
  'importIssue.too-many-columns.many':
    'l’en-tête a {count} de colonnes, plus que les {limit} que cet importateur lit : est-ce le bon fichier ?',
  'importIssue.too-many-columns.other':
    'l’en-tête a {count} colonnes, plus que les {limit} que cet importateur lit : est-ce le bon fichier ?',
  'importIssue.unclosed-quote':
    'une valeur entre guillemets commence dans cette ligne et n’est jamais fermée : le reste du fichier y a été lu',
  'importIssue.bad-quote': 'une valeur entre guillemets est mal formée ({detail})',
  'importIssue.bad-quote.repeated':
    'une valeur entre guillemets est mal formée ({detail}), {count} fois dans cette ligne',
  'importIssue.too-many-fields.one':
    'a {count} valeur alors que l’en-tête a {expected} colonnes (un {delimiter} sans guillemets dans une valeur ?)',
  'importIssue.too-many-fields.many':
    'a {count} de valeurs alors que l’en-tête a {expected} colonnes (un {delimiter} sans guillemets dans une valeur ?)',
  'importIssue.too-many-fields.other':
    'a {count} valeurs alors que l’en-tête a {expected} colonnes (un {delimiter} sans guillemets dans une valeur ?)',
  'importIssue.mixed-separators':
    'ne forme qu’une valeur alors que l’en-tête a {columns} colonnes : cette ligne semble séparée par des « {separator} », l’en-tête par des « {expected} »',
  'importIssue.too-few-fields.one':
    'a {count} valeur alors que l’en-tête a {expected} colonnes ; les valeurs manquantes sont lues comme vides',
  'importIssue.too-few-fields.many':
    'a {count} de valeurs alors que l’en-tête a {expected} colonnes ; les valeurs manquantes sont lues comme vides',
  'importIssue.too-few-fields.other':
    'a {count} valeurs alors que l’en-tête a {expected} colonnes ; les valeurs manquantes sont lues comme vides',
  'importIssue.more-issues.one':
    '{count} autre problème du type « {kind} » n’est pas listé (un rapport en liste au plus {perKind} d’un même type et {total} en tout)',
  'importIssue.more-issues.many':
    '{count} d’autres problèmes du type « {kind} » ne sont pas listés (un rapport en liste au plus {perKind} d’un même type et {total} en tout)',
  'importIssue.more-issues.other':
    '{count} autres problèmes du type « {kind} » ne sont pas listés (un rapport en liste au plus {perKind} d’un même type et {total} en tout)',
  'importIssue.url-not-found': 'n’a pas été trouvé sur ce site (le serveur a répondu {status})',
  'importIssue.url-not-found.fallback':
    'n’a pas été trouvé sur ce site : le serveur a répondu par une page web (sa page d’accueil ?) au lieu du fichier',
  'importIssue.url-html':
    'est une page web (HTML), pas des données : faites un lien vers un fichier CSV, GeoJSON ou un jeu de données',
  'importIssue.url-script':
    'est un script (JavaScript), pas des données : faites un lien vers un fichier CSV, GeoJSON ou un jeu de données',
  'importIssue.url-file-page':
    'une page ouverte depuis un fichier (file://) ne peut pas charger un lien ?data= : ouvrez l’application depuis un serveur web, ou importez le fichier avec le bouton Données',
  'importIssue.url-unreadable': 'n’a pas pu être lu : {detail}',
  'importIssue.coordinate-text':
    'donne une coordonnée sous forme de texte (« {value} »), pas de nombre : écrivez-la sans guillemets',
  'importIssue.quotes-broken':
    'a plus de {limit} guillemets mal placés (le premier à la ligne {first}) : ses guillemets sont cassés, ses valeurs ne peuvent donc pas être distinguées ; un guillemet dans une valeur entre guillemets doit être doublé ("")',
  'importIssue.cancelled': 'l’importation a été annulée',
  'importIssue.no-rows': 'a une ligne d’en-tête mais aucune ligne de données',
  'importIssue.duplicate-header':
    'le nom de colonne « {name} » apparaît deux fois ; la seconde s’appelle « {renamed} »',
  'importIssue.date-order-conflict':
    'certaines dates avec barres obliques ne peuvent être que jour d’abord (13/02/2022) et d’autres que mois d’abord (02/13/2022) ; toutes ont été lues jour d’abord, vérifiez-les',
  'importIssue.mapping-no-date':
    'aucune colonne n’est choisie comme date, et chaque événement en a besoin : choisissez la colonne de date',
  'importIssue.row-rejected': 'n’a pas pu être lue comme un événement',
  'importIssue.id-rewritten':
    'les identifiants ne peuvent contenir que des lettres, des chiffres, « . », « _ », « : » et « - » (128 au plus) ; des identifiants comme « {example} » ont été réécrits (« {fixed} »)',
  'importIssue.duplicate-id.feature':
    'reprend l’identifiant « {id} » de l’entité {first} ; les identifiants doivent être uniques',
  'importIssue.duplicate-id.same-feature':
    'reprend exactement l’entité {first} (même contenu, donc même identifiant « {id} »)',
  'importIssue.duplicate-id':
    'reprend l’identifiant « {id} » de la ligne {first} ; les identifiants doivent être uniques',
  'importIssue.duplicate-id.same-content':
    'reprend exactement la ligne {first} (même contenu, donc même identifiant « {id} »)',
  'importIssue.source-id-invalid': 'n’est pas un identifiant de source valide',
  'importIssue.figure-source-invalid': 'cite un identifiant de source non valide',
  'importIssue.document-id-invalid': 'n’est pas un identifiant de document valide',
  'importIssue.category-invalid':
    'n’est pas un identifiant de catégorie (lettres minuscules, chiffres et « - »)',
  'importIssue.status-default':
    'le fichier ne donne pas de statut à ses événements ; ils sont marqués « inconnu » (vérifiés ni dans un sens ni dans l’autre)',
  'importIssue.invalid-event': 'l’événement n’a pas passé la validation : {detail}',
  'importIssue.event-warning': 'remarque lors de la validation de l’événement : {detail}',
  'importIssue.no-location':
    'n’a pas de localisation alors que sa précision est « {precision} » ; il figure parmi les événements sans lieu',
  'importIssue.too-many-categories.one':
    'le fichier a {count} catégorie, plus que les {limit} qu’un jeu de données peut afficher ; les {merged} moins fréquentes ont été fusionnées dans « Autre » et gardées comme mots-clés',
  'importIssue.too-many-categories.many':
    'le fichier a {count} de catégories, plus que les {limit} qu’un jeu de données peut afficher ; les {merged} moins fréquentes ont été fusionnées dans « Autre » et gardées comme mots-clés',
  'importIssue.too-many-categories.other':
    'le fichier a {count} catégories, plus que les {limit} qu’un jeu de données peut afficher ; les {merged} moins fréquentes ont été fusionnées dans « Autre » et gardées comme mots-clés',
  'importIssue.file-too-large':
    'fait {sizeMB} Mo, plus que les {limitMB} Mo que cette application peut importer dans un navigateur ; divisez-le en fichiers plus petits',
  'importIssue.internal-error':
    'l’importateur a échoué de façon inattendue ({detail}) ; merci de le signaler',
  'importIssue.json-invalid': 'JSON non valide : {reason} à la ligne {line}, colonne {column}',
  'importIssue.json-invalid.end':
    'JSON non valide : fin inattendue à la ligne {line}, colonne {column}',
  'importIssue.json-invalid.character':
    'JSON non valide : caractère inattendu {character} à la ligne {line}, colonne {column}',
  'importIssue.json-invalid.unicode-escape':
    'JSON non valide : séquence \\u incorrecte à la ligne {line}, colonne {column}',
  'importIssue.json-invalid.escape':
    'JSON non valide : séquence d’échappement incorrecte à la ligne {line}, colonne {column}',
  'importIssue.json-invalid.control':
    'JSON non valide : caractère de contrôle dans une chaîne à la ligne {line}, colonne {column}',
  'importIssue.json-invalid.deep':
    'JSON non valide : imbrication trop profonde à la ligne {line}, colonne {column}',
  'importIssue.json-invalid.trailing':
    'JSON non valide : du texte suit la fin de la valeur JSON à la ligne {line}, colonne {column}',
  'importIssue.features-not-array':
    'est une FeatureCollection dont « features » n’est pas une liste',
  'importIssue.features-not-array.missing': 'est une FeatureCollection sans « features »',
  'importIssue.features-not-array.not-list':
    'est une FeatureCollection dont « features » n’est pas une liste ({type})',
  'importIssue.description-only':
    'est une description de jeu de données sans ses événements : importez le paquet, ou le fichier des événements',
  'importIssue.geojson-wrong-type':
    'est de type {type} ; attendu : une FeatureCollection ou une Feature GeoJSON, ou un paquet Casemap',
  'importIssue.bundle-description-invalid':
    'la description du jeu de données n’a pas passé la validation : {detail}',
  'importIssue.narrative-invalid': 'le récit n’a pas passé la validation : {detail}',
  'importIssue.not-a-feature': 'n’est pas une Feature GeoJSON',
  'importIssue.not-a-feature.type': 'n’est pas une Feature GeoJSON (type {type})',
  'importIssue.not-a-feature.kind': 'n’est pas une Feature GeoJSON ({kind})',
  'importIssue.geometry-invalid':
    'est une géométrie {type} que cet importateur ne sait pas lire (Point, MultiPoint, LineString, Polygon et leurs formes Multi- sont lus)',
  'importIssue.geometry-invalid.not-geometry': 'n’est pas une géométrie GeoJSON',
  'importIssue.geometry-multipoint':
    'les géométries MultiPoint ont été placées sur leur premier point',
  'importIssue.geometry-centroid':
    'les géométries linéaires et surfaciques ont été placées au centre de leurs points, avec la précision « region »',
  'importIssue.not-boolean': 'doit être « true », « false » ou vide',
  'importIssue.invalid-json-field': 'n’est pas du JSON valide',
  'importIssue.invalid-json-field.syntax': 'n’est pas du JSON valide',
  'importIssue.invalid-json-field.form': 'n’a pas la forme attendue ({detail})',
  'importIssue.language-invalid': 'n’est pas une étiquette de langue comme « en » ou « ru »',
  'importIssue.title-missing': 'n’a pas de titre',
  'importIssue.title-missing.no-description':
    'n’a ni titre ni description à partir de laquelle en faire un',
  'importIssue.title-missing.headline': 'n’a ni Headline ni Text',
  'importIssue.place-missing': 'n’a pas de nom de lieu',
  'importIssue.date-missing': 'n’a pas de date',
  'importIssue.date-missing.year': 'n’a pas de Year',
  'importIssue.precision-invalid':
    'n’est pas une précision de lieu (exact, city, region, country, unknown)',
  'importIssue.status-invalid':
    'n’est pas un statut (reported, possible, likely, confirmed, unlikely, unknown)',
  'importIssue.article-unknown': '« {article} » n’est pas un article de la Convention (1-33)',
  'importIssue.figure-invalid': 'n’est pas un chiffre de la forme « type=valeur (source) »',
  'importIssue.sources-mismatch': 'liste {ids} identifiants de source pour {sources} sources',
  'importIssue.acled-week':
    'time_precision 2 (seule la semaine est connue) a été lu comme une période de 3 jours de part et d’autre de event_date, marquée approximative',
  'importIssue.acled-month':
    'time_precision 3 (seul le mois est connu) a été lu comme le mois de event_date',
  'importIssue.acled-time-precision':
    'n’est pas une précision temporelle ACLED (1, 2 ou 3) ; lu comme un jour',
  'importIssue.acled-geo-precision': 'n’est pas une précision géographique ACLED (1, 2 ou 3)',
  'importIssue.acled-fatalities': 'n’est pas un nombre de morts ; aucun chiffre n’a été créé',
  'importIssue.date-invalid': 'n’est pas une date valide',
  'importIssue.date-invalid.empty': 'est vide',
  'importIssue.date-invalid.no-month': '« {text} » : il n’y a pas de mois {month}',
  'importIssue.date-invalid.not-a-day':
    '« {text} » n’est pas un jour du calendrier ({month} compte {days} jours)',
  'importIssue.date-invalid.no-month-slashed':
    '« {text} » : il n’y a pas de mois {month} ; les dates du fichier sont lues {order}',
  'importIssue.date-invalid.not-a-day-slashed':
    '« {text} » n’est pas un jour du calendrier ({month} compte {days} jours) ; les dates du fichier sont lues {order}',
  'importIssue.date-invalid.not-understood':
    '« {text} » n’est pas une date que cet importateur comprend (p. ex. 2022-01-04, 4 January 2022, 04.01.2022, 2022-01, 2022)',
  'importIssue.date-invalid.bad-time': '« {text} » a une heure impossible',
  'importIssue.date-invalid.year': 'n’est pas une année à quatre chiffres',
  'importIssue.date-invalid.month': 'n’est pas un mois (1-12)',
  'importIssue.date-invalid.day': 'n’est pas un jour de {month} (qui compte {days} jours)',
  'importIssue.date-excel-serial':
    'les dates données en numéros de jour Excel ont été lues dans le système de dates 1900',
  'importIssue.date-ambiguous':
    'des dates comme celle-ci peuvent se lire jour d’abord ou mois d’abord ; elles ont été lues {order} (changez l’ordre des dates si c’est faux)',
  'importIssue.time-without-offset':
    'les heures sans décalage UTC n’ont pas été gardées comme heures (le fichier ne dit pas dans quel fuseau horaire elles sont) ; la date est gardée et le texte d’origine est affiché comme date',
  'importIssue.time-without-offset.sheet':
    'les heures sans décalage UTC n’ont pas été gardées comme heures (la feuille ne dit pas dans quel fuseau horaire elles sont)',
  'importIssue.date-end-before-start': 'la date de fin {end} précède la date de début {start}',
  'importIssue.country-not-code':
    'les valeurs de pays qui ne sont pas des codes ISO 3166 (comme « KZ ») ont été gardées seulement dans le nom du lieu',
  'importIssue.title-made':
    'les lignes sans titre en ont reçu un tiré de leur description (ou de la catégorie et du lieu)',
  'importIssue.timeline-not-event':
    'est une diapositive TimelineJS « {slide} », pas un événement ; elle a été écartée',
  'importIssue.media-not-url': 'n’est pas un lien (les médias intégrés ne sont pas gardés)',
  'importIssue.where.long': '{start}… ({length} caractères)',
  'date.letters.day': 'jj',
  'date.letters.month': 'mm',
  'date.letters.year': 'aaaa',
  'date.hint': 'Saisissez la date sous la forme {pattern}, par exemple {example}.',
  'date.invalid': 'Date incomplète : saisissez-la sous la forme {pattern}.',
  'map.credit':
    'Fond de carte : Natural Earth (domaine public) · Villes : GeoNames (CC BY 4.0) · Polices : Noto Sans, Noto Sans Arabic (SIL Open Font License 1.1)',
  'timeline.summary':
    'Frise chronologique, du {from} au {to} : {shown} des {visible} événements affichés sont dans ces dates',
  'timeline.brushKeys':
    'Dates choisies. Flèches gauche et droite : les déplacer ; Maj avec les flèches : changer la fin ; Début, Fin : premières ou dernières dates ; Échap : effacer',
  'timeline.brushValue': 'du {from} au {to}',
  'timeline.brushNone': 'Aucune : appuyez sur la flèche droite ou gauche pour choisir des dates',
  'timeline.windowKeys':
    'Dates affichées dans la frise. Flèches gauche et droite : plus tôt ou plus tard ; Maj avec les flèches : plus ou moins de jours ; Début, Fin : premières ou dernières dates',
  'map.keys':
    'Événements sur la carte, d’ouest en est. Flèches : suivant ou précédent ; Entrée : ouvrir',
  'map.keysStart': 'Appuyez sur une flèche pour parcourir les marques',
  'summary.none': 'Aucun événement affiché',
  'summary.shown.one': '{count} événement affiché',
  'summary.shown.many': '{count} d’événements affichés',
  'summary.shown.other': '{count} événements affichés',
  'summary.byPlace': 'Par lieu : {list}',
  'summary.otherPlaces.one': 'et {count} autre lieu',
  'summary.otherPlaces.many': 'et {count} d’autres lieux',
  'summary.otherPlaces.other': 'et {count} autres lieux',
  'summary.byPeriod': 'Par période : {list}',
  'summary.busiest': 'Périodes les plus chargées : {list}',
  'announce.selected': 'Sélectionné : {title}, {date}, {place}',
};
