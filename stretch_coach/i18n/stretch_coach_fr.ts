<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppStream</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Guided bedtime stretches for night-time leg cramps</source>
        <translation>Étirements guidés au coucher pour les crampes nocturnes des jambes</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Stretch Coach is a calm desktop coach for people who wake at night with foot and calf cramps. Before bed it guides a short stretch routine on screen: toe curls, heel raises, calf and hamstring stretches, with a large countdown, paced repetitions, clear drawings and gentle sound cues.</source>
        <translation>Stretch Coach est un coach calme, sur ordinateur, pour les personnes que des crampes aux pieds et aux mollets réveillent la nuit. Avant le coucher, il guide à l’écran un court programme d’étirements : flexion des orteils, élévations des talons, étirements du mollet et des ischio-jambiers, avec un grand compte à rebours, des répétitions rythmées, des dessins clairs et de doux signaux sonores.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Routines can be set to any length from one to sixty minutes. A seated routine suits anyone who cannot stretch standing, and a short cramp relief guide helps while a cramp is happening. Evening reminders prompt you to drink water in the afternoon and to stretch shortly before bed.</source>
        <translation>Les programmes peuvent être réglés sur n’importe quelle durée, d’une à soixante minutes. Un programme en position assise convient à toute personne qui ne peut pas s’étirer debout, et un court guide de soulagement aide pendant une crampe. Les rappels du soir vous invitent à boire de l’eau l’après-midi et à vous étirer peu avant le coucher.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Everything stays on your computer: settings, history and the cramp diary are never sent anywhere. Stretch Coach gives general information, not medical advice.</source>
        <translation>Tout reste sur votre ordinateur : les réglages, l’historique et le journal des crampes ne sont jamais envoyés nulle part. Stretch Coach donne des informations générales, pas des conseils médicaux.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Bedtime is at {time}. A few minutes of stretching before bed may help keep night cramps away.</source>
        <translation>Le coucher est prévu à {time}. Quelques minutes d’étirements avant le coucher peuvent aider à éloigner les crampes nocturnes.</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time to stretch</source>
        <translation>C’est l’heure de s’étirer</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time for a glass of water</source>
        <translation>C’est l’heure d’un verre d’eau</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Drinking earlier in the evening, and less in the last two hours before bed, means fewer trips to the bathroom at night.</source>
        <translation>Boire plus tôt dans la soirée, et moins dans les deux dernières heures avant le coucher, signifie moins de passages aux toilettes la nuit.</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <source>Night-time leg cramps: general information</source>
        <translation>Crampes nocturnes des jambes : informations générales</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <location filename="../ui/about_page.py"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. Stretch Coach could not read {file} ({why}), so it left that file as it is rather than lose what it holds. Give yourself permission to read and write it, or move it away, then save again.</source>
        <translation>Vos réglages n’ont pas été enregistrés. Stretch Coach n’a pas pu lire {file} ({why}) ; il a donc laissé ce fichier tel quel plutôt que de perdre son contenu. Donnez-vous le droit de le lire et d’y écrire, ou déplacez-le ailleurs, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is a link to {target}, and the folder that file belongs in does not exist. Create the folder or change the link, then save again.</source>
        <translation>Vos réglages n’ont pas été enregistrés. {file} est un lien vers {target}, et le dossier où ce fichier doit se trouver n’existe pas. Créez le dossier ou modifiez le lien, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is not an ordinary file (it is a folder, a pipe or a device), so Stretch Coach left it as it is. Remove it or put a settings file in its place, then save again.</source>
        <translation>Vos réglages n’ont pas été enregistrés. {file} n’est pas un fichier ordinaire (c’est un dossier, un tube ou un périphérique) ; Stretch Coach l’a donc laissé tel quel. Supprimez-le ou mettez un fichier de réglages à sa place, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your choices stay in use until Stretch Coach is closed.</source>
        <translation>Vos choix restent valables jusqu’à la fermeture de Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not true or false</source>
        <translation>{value} n’est ni true ni false</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is outside the range the app allows</source>
        <translation>{value} est en dehors de la plage autorisée par l’application</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a time of day like 22:30</source>
        <translation>{value} n’est pas une heure comme 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole minute like 22:30</source>
        <translation>{value} n’est pas une heure à la minute près, comme 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} ne fait pas partie des choix possibles</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not the name of a routine</source>
        <translation>{value} n’est pas un nom de programme</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>there is no routine called {value}</source>
        <translation>il n’existe aucun programme nommé {value}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a list of days</source>
        <translation>{value} n’est pas une liste de jours</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a day of the week, so it was left out</source>
        <translation>{value} n’est pas un jour de la semaine, il a donc été laissé de côté</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a group of settings</source>
        <translation>{value} n’est pas un groupe de réglages</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file's version {value} is not a number</source>
        <translation>la version {value} du fichier n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file was written by a newer Stretch Coach; the settings this version knows are used</source>
        <translation>le fichier a été écrit par une version plus récente de Stretch Coach ; les réglages que cette version connaît sont utilisés</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file is from a very old Stretch Coach; the settings this version knows are used</source>
        <translation>le fichier provient d’une très ancienne version de Stretch Coach ; les réglages que cette version connaît sont utilisés</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file cannot be read; the defaults are used, and the file is not saved over</source>
        <translation>le fichier de réglages ne peut pas être lu ; les réglages par défaut sont utilisés et le fichier n’est pas écrasé</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is not an ordinary file (a folder, a pipe or a device); the defaults are used</source>
        <translation>le fichier de réglages n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique) ; les réglages par défaut sont utilisés</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is damaged; a copy was kept and the defaults are used</source>
        <translation>le fichier de réglages est endommagé ; une copie a été conservée et les réglages par défaut sont utilisés</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is far too large to be a settings file; the defaults are used</source>
        <translation>le fichier de réglages est bien trop volumineux pour être un fichier de réglages ; les réglages par défaut sont utilisés</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The folder of your own routines cannot be read.</source>
        <translation>Le dossier de vos propres programmes ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} could not be used and was left out.</source>
        <translation>Votre fichier de programme {file} n’a pas pu être utilisé et a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} has the same id as a built-in routine and was left out.</source>
        <translation>Votre fichier de programme {file} a le même identifiant qu’un programme intégré et a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine files {file} and {other} have the same id; {file} was left out.</source>
        <translation>Vos fichiers de programme {file} et {other} ont le même identifiant ; {file} a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not from {low} to {high}</source>
        <translation>{value} n’est pas compris entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{setting}: {problem}</source>
        <translation>{setting} : {problem}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{line}; using {fallback}</source>
        <translation>{line} ; valeur utilisée : {fallback}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine has a value the app cannot use.</source>
        <translation>Le programme contient une valeur que l’application ne peut pas utiliser.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The file cannot be read as a routine.</source>
        <translation>Le fichier ne peut pas être lu comme un programme.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>A built-in routine cannot be changed or deleted.</source>
        <translation>Un programme intégré ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Another routine already has this id.</source>
        <translation>Un autre programme a déjà cet identifiant.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine could not be saved as it is.</source>
        <translation>Le programme n’a pas pu être enregistré en l’état.</translation>
    </message>
    <message numerus="yes">
        <location filename="../phrasing.py"/>
        <source>As written, the routine would take about %n minute(s); a routine can take at most {limit} minutes. Use fewer exercises or sets, or shorter holds and rests.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>Tel qu’il est écrit, le programme durerait environ %n minute ; un programme peut durer au plus {limit} minutes. Prévoyez moins d’exercices ou de séries, ou des maintiens et des pauses plus courts.</numerusform>
            <numerusform>Tel qu’il est écrit, le programme durerait environ %n minutes ; un programme peut durer au plus {limit} minutes. Prévoyez moins d’exercices ou de séries, ou des maintiens et des pauses plus courts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>up…</source>
        <translation>montez…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>down…</source>
        <translation>descendez…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>hold…</source>
        <translation>tenez…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>curl…</source>
        <translation>repliez…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>release…</source>
        <translation>relâchez…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax</source>
        <translation>Détendez-vous</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>First up: {name}. {first}</source>
        <translation>Pour commencer : {name}. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Let go and breathe calmly. The next set starts when the ring runs out.</source>
        <translation>Relâchez et respirez calmement. La série suivante commence quand l’anneau est vide.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the left leg. {first}</source>
        <translation>Passez à la jambe gauche. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the right leg. {first}</source>
        <translation>Passez à la jambe droite. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, left leg.</source>
        <translation>{name}, jambe gauche.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, right leg.</source>
        <translation>{name}, jambe droite.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}.</source>
        <translation>{name}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>Hold for %n second(s).</source>
        <translation>
            <numerusform>Tenez %n seconde.</numerusform>
            <numerusform>Tenez %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Hold.</source>
        <translation>Tenez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>Relax for %n second(s).</source>
        <translation>
            <numerusform>Détendez-vous pendant %n seconde.</numerusform>
            <numerusform>Détendez-vous pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax.</source>
        <translation>Détendez-vous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>%n slow repetition(s).</source>
        <translation>
            <numerusform>%n répétition lente.</numerusform>
            <numerusform>%n répétitions lentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the left leg.</source>
        <translation>Passez à la jambe gauche.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the right leg.</source>
        <translation>Passez à la jambe droite.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax {n} s</source>
        <translation>Détente {n} s</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get into position: {label}</source>
        <translation>Mise en place : {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>{label} · %n rep(s)</source>
        <translation>
            <numerusform>{label} · %n rép.</numerusform>
            <numerusform>{label} · %n rép.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · hold {n} s</source>
        <translation>{label} · tenir {n} s</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · set {n} of {sets}</source>
        <translation>{label} · série {n} sur {sets}</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>See “{section}” under {page}.</source>
        <translation>Voir « {section} » dans {page}.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>About cramps</source>
        <translation>À propos des crampes</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>About night cramps</source>
        <translation>À propos des crampes nocturnes</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>Your data stays on this computer.</source>
        <translation>Vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/main_window.py"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>Week of {week}: {values}</source>
        <translation>Semaine du {week} : {values}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Save the reminders as a calendar file</source>
        <translation>Enregistrer les rappels comme fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Start at login could not be changed ({error}).</source>
        <translation>Le démarrage à l’ouverture de session n’a pas pu être modifié ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Reminders for your phone</source>
        <translation>Rappels pour votre téléphone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>{file} already exists. Replace it with your reminders as they are now?</source>
        <translation>{file} existe déjà. Le remplacer par vos rappels tels qu’ils sont maintenant ?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace it</source>
        <translation>Le remplacer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Last night's entry could not be saved: {error}</source>
        <translation>L’entrée de la nuit dernière n’a pas pu être enregistrée : {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>It is worth talking to a doctor if:</source>
        <translation>Il vaut la peine d’en parler à un médecin si :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Get advice straight away if:</source>
        <translation>Demandez un avis médical sans attendre si :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Cramps most nights</source>
        <translation>Crampes la plupart des nuits</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Your history could not be read: {error}</source>
        <translation>Votre historique n’a pas pu être lu : {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night?</source>
        <translation>Supprimer cette nuit ?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete what you noted for the night of {night}? This cannot be undone.</source>
        <translation>Supprimer ce que vous avez noté pour la nuit du {night} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night</source>
        <translation>Supprimer cette nuit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} could not be deleted: {error}</source>
        <translation>La nuit du {night} n’a pas pu être supprimée : {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} was deleted.</source>
        <translation>La nuit du {night} a été supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Foot</source>
        <translation>Pied</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Calf</source>
        <translation>Mollet</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Thigh</source>
        <translation>Cuisse</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/home_page.py"/>
        <source>Last night</source>
        <translation>Nuit dernière</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How was last night?</source>
        <translation>Comment s’est passée la nuit dernière ?</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>A quick note each morning shows over the weeks whether stretching helps you.</source>
        <translation>Une courte note chaque matin montre, au fil des semaines, si les étirements vous aident.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (QDate::toString), e.g. Fri 20 Nov 2026.</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Night of</source>
        <translation>Nuit du</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>The evening the night began</source>
        <translation>Le soir où la nuit a commencé</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Number of cramps</source>
        <translation>Nombre de crampes</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How many cramps woke you or bothered you</source>
        <translation>Combien de crampes ont causé un réveil ou une gêne</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Cramps</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain, 0 to 10</source>
        <translation>Douleur maximale, de 0 à 10</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>0 is no pain, 10 the worst you can imagine</source>
        <translation>0 signifie aucune douleur, 10 la pire douleur imaginable</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain (0–10)</source>
        <translation>Douleur maximale (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>{part}, {side}</source>
        <translation>{part}, côté {side}</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Anything worth remembering</source>
        <translation>Tout ce que vous souhaitez retenir</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/preferences.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/first_run.py"/>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Save this night</source>
        <translation>Enregistrer cette nuit</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Back to routines</source>
        <translation>Retour aux programmes</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Choose another routine</source>
        <translation>Choisir un autre programme</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Good night</source>
        <translation>Bonne nuit</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Do the skipped part</source>
        <translation>Faire les étapes passées</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stretch now what was skipped</source>
        <translation>Faire maintenant les étirements qui ont été passés</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>I hope the cramp has eased.</source>
        <translation>J’espère que la crampe s’est calmée.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>If it comes back, do the same again. Cramps that come often are worth talking to a doctor about.</source>
        <translation>Si elle revient, refaites la même chose. Des crampes fréquentes méritent qu’on en parle à un médecin.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Sleep well.</source>
        <translation>Dormez bien.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Well done.</source>
        <translation>Bravo.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}.</source>
        <translation>Vous avez fait des étirements pendant {time} : {moves}.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}.</source>
        <translation>Vous avez fait des étirements pendant {time}.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Your legs are ready for the night. Sleep well.</source>
        <translation>Vos jambes sont prêtes pour la nuit. Dormez bien.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You reached the end, but much of it was skipped.</source>
        <translation>Vous avez atteint la fin, mais une grande partie a été passée.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You did {done} of {planned} of stretching — skipped steps don't count.</source>
        <translation>Vous avez fait {done} d’étirements sur {planned} — les étapes passées ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>It is not counted as done tonight. Sleep well.</source>
        <translation>La séance ne compte pas comme faite ce soir. Dormez bien.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You can do the skipped part now, or sleep well.</source>
        <translation>Vous pouvez faire maintenant les étapes passées, ou simplement bien dormir.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stopped for tonight.</source>
        <translation>Séance arrêtée pour ce soir.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}. A little is still worth doing.</source>
        <translation>Vous avez fait des étirements pendant {time} : {moves}. Même un peu, cela vaut la peine.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}. A little is still worth doing.</source>
        <translation>Vous avez fait des étirements pendant {time}. Même un peu, cela vaut la peine.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stopped before the stretching began.</source>
        <translation>Vous avez arrêté avant le début des étirements.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Nothing was recorded.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome to Stretch Coach</source>
        <translation>Bienvenue dans Stretch Coach</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Stretch Coach guides a few minutes of stretching before bed and reminds you in the evening to stretch and to drink early enough. Stretching before bed may help with night-time foot and calf cramps.</source>
        <translation>Stretch Coach vous guide pendant quelques minutes d’étirements avant le coucher et vous rappelle le soir de vous étirer et de boire assez tôt. S’étirer avant le coucher peut aider contre les crampes nocturnes des pieds et des mollets.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Usual bedtime</source>
        <translation>Heure de coucher habituelle</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>You can set other times per weekday later</source>
        <translation>Vous pourrez définir plus tard d’autres heures selon le jour de la semaine</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>I usually go to bed at</source>
        <translation>Je me couche généralement à</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Remind me to stretch before bed</source>
        <translation>Me rappeler de m’étirer avant le coucher</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Remind me to drink water</source>
        <translation>Me rappeler de boire de l’eau</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep a cramp diary</source>
        <translation>Tenir un journal des crampes</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Read each step aloud</source>
        <translation>Lire chaque étape à voix haute</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>In the afternoon, not late at night.</source>
        <translation>L’après-midi, pas tard le soir.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>A few seconds each morning.</source>
        <translation>Quelques secondes chaque matin.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>So you can follow without looking at the screen, facing a wall or in bed.</source>
        <translation>Vous pouvez ainsi suivre sans regarder l’écran, face à un mur ou au lit.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Everything you enter stays on this computer.</source>
        <translation>Tout ce que vous saisissez reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Get started</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Save these choices</source>
        <translation>Enregistrer ces choix</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep the defaults</source>
        <translation>Garder les réglages par défaut</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{day}/{month}</source>
        <extracomment>A short date under a chart bar, e.g. 24/11 for 24 November.</extracomment>
        <translation>{day}/{month}</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n glass(es) of water</source>
        <translation>
            <numerusform>%n verre d’eau</numerusform>
            <numerusform>%n verres d’eau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n cramp night(s)</source>
        <translation>
            <numerusform>%n nuit avec crampes</numerusform>
            <numerusform>%n nuits avec crampes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>mean worst pain {value} of 10</source>
        <translation>douleur maximale moyenne {value} sur 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Yes, {n}</source>
        <translation>Oui, {n}</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{n} of 10</source>
        <translation>{n} sur 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Your history</source>
        <translation>Votre historique</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Nothing recorded yet. Finished sessions, glasses of water and diary nights appear here.</source>
        <translation>Rien n’est encore enregistré. Les séances terminées, les verres d’eau et les nuits du journal apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Is it helping?</source>
        <translation>Est-ce que cela aide ?</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched per week</source>
        <translation>Minutes d’étirement par semaine</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water noted per week</source>
        <translation>Verres d’eau notés par semaine</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights and mean worst pain per week</source>
        <translation>Nuits avec crampes et douleur maximale moyenne par semaine</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Save sessions, water and diary as spreadsheet files</source>
        <translation>Enregistrer les séances, l’eau et le journal sous forme de fichiers de tableur</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights</source>
        <translation>Nuits du journal</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No diary nights recorded yet.</source>
        <translation>Aucune nuit enregistrée dans le journal pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Worst pain</source>
        <translation>Douleur maximale</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights, newest first</source>
        <translation>Nuits du journal, les plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit the selected night</source>
        <translation>Modifier la nuit sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Correct what you noted for the selected night</source>
        <translation>Corriger ce que vous avez noté pour la nuit sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete the selected night</source>
        <translation>Supprimer la nuit sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Remove the selected night from the diary (asks first)</source>
        <translation>Retirer la nuit sélectionnée du journal (avec confirmation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n evening(s) in a row with a completed routine.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n soir d’affilée avec un programme terminé.</numerusform>
            <numerusform>%n soirs d’affilée avec un programme terminé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched</source>
        <translation>Minutes d’étirement</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water</source>
        <translation>Verres d’eau</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights</source>
        <translation>Nuits avec crampes</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Mean worst pain (0–10)</source>
        <translation>Douleur maximale moyenne (0–10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No stretching recorded in the last %n week(s).</source>
        <translation>
            <numerusform>Aucun étirement enregistré depuis %n semaine.</numerusform>
            <numerusform>Aucun étirement enregistré au cours des %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No glasses of water noted in the last %n week(s).</source>
        <translation>
            <numerusform>Aucun verre d’eau noté depuis %n semaine.</numerusform>
            <numerusform>Aucun verre d’eau noté au cours des %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No cramp nights in the last %n week(s).</source>
        <translation>
            <numerusform>Aucune nuit avec crampes depuis %n semaine.</numerusform>
            <numerusform>Aucune nuit avec crampes au cours des %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No diary nights in the last %n week(s).</source>
        <translation>
            <numerusform>Aucune nuit dans le journal depuis %n semaine.</numerusform>
            <numerusform>Aucune nuit dans le journal au cours des %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to a folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Put this message away</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Note last night's cramps</source>
        <translation>Noter les crampes de la nuit dernière</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Your sessions, water and cramp diary</source>
        <translation>Vos séances, l’eau et le journal des crampes</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>What may help, and when to see a doctor</source>
        <translation>Ce qui peut aider, et quand consulter un médecin</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Routines…</source>
        <translation>Programmes…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Create and edit your own routines</source>
        <translation>Créer et modifier vos propres programmes</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Bedtime, reminders, sound, theme</source>
        <translation>Heure du coucher, rappels, son, thème</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Tonight's stretch</source>
        <translation>Les étirements de ce soir</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A few calm minutes before bed may help keep night cramps away.</source>
        <translation>Quelques minutes calmes avant le coucher peuvent aider à éloigner les crampes nocturnes.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Choose a routine</source>
        <translation>Choisir un programme</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/routine_editor.py"/>
        <location filename="../ui/setting_editors.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Rescale the routine to this many minutes</source>
        <translation>Adapter le programme à ce nombre de minutes</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Cramp relief now</source>
        <translation>Soulager une crampe maintenant</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A gentle guide to use during a cramp</source>
        <translation>Un guide tout en douceur à suivre pendant une crampe</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the routine</source>
        <translation>Démarrer le programme</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the chosen routine (Enter)</source>
        <translation>Démarrer le programme choisi (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>{name} · about {minutes} min</source>
        <translation>{name} · environ {minutes} min</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Plan: {time}</source>
        <translation>Durée prévue : {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n nuit</numerusform>
            <numerusform>%n nuits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n rated night(s)</source>
        <translation>
            <numerusform>%n nuit évaluée</numerusform>
            <numerusform>%n nuits évaluées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n diary night(s)</source>
        <translation>
            <numerusform>%n nuit du journal</numerusform>
            <numerusform>%n nuits du journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>{whole}.{tenth}</source>
        <extracomment>A number with one decimal place, e.g. 1.5 (use your decimal mark).</extracomment>
        <translation>{whole},{tenth}</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>May</source>
        <extracomment>The abbreviated month name, as in 1 May 2026.</extracomment>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({day} {month} {year})</source>
        <translation>({day} {month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} to {last_day} {last_month} {year})</source>
        <translation>(du {first_day} {first_month} au {last_day} {last_month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} {first_year} to {last_day} {last_month} {last_year})</source>
        <translation>(du {first_day} {first_month} {first_year} au {last_day} {last_month} {last_year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>It is too early to compare nights with and without a routine before them: your diary has {after} after a finished routine and {without} without, and each needs at least {least}.</source>
        <translation>Il est trop tôt pour comparer les nuits avec et sans programme la veille : votre journal compte {after} après un programme terminé et {without} sans, et il en faut au moins {least} de chaque côté.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>On the {after} after you finished a routine you noted {after_rate} cramps a night on average; on the {without} after evenings without one, {without_rate} a night.</source>
        <translation>Sur les {after} qui ont suivi un programme terminé, vous avez noté en moyenne {after_rate} crampes par nuit ; sur les {without} qui ont suivi une soirée sans programme, {without_rate} par nuit.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>When cramps came, the worst one averaged {after_severity} out of 10 after a routine ({after_rated}) and {without_severity} without ({without_rated}).</source>
        <translation>Quand des crampes sont survenues, la plus forte était en moyenne de {after_severity} sur 10 après un programme ({after_rated}) et de {without_severity} sans programme ({without_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad the cramps were: {after} after a routine and {without} without, and each needs at least {least}.</source>
        <translation>Il y a trop peu de nuits avec une crampe évaluée pour comparer l’intensité des crampes : {after} après un programme et {without} sans, et il en faut au moins {least} de chaque côté.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {window} diary nights can be set against your latest ones once the diary has at least {needed} nights; it has {total} so far.</source>
        <translation>Vos {window} premières nuits du journal pourront être comparées aux plus récentes dès que le journal comptera au moins {needed} nuits ; il en compte {total} pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {first}{first_span} averaged {first_rate} cramps a night; your latest {latest}{latest_span} averaged {latest_rate}.</source>
        <translation>Sur vos {first} les plus anciennes{first_span}, la moyenne était de {first_rate} crampes par nuit ; sur vos {latest} plus récentes{latest_span}, elle était de {latest_rate}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>The worst cramp averaged {first_severity} out of 10 at first ({first_rated}) and {latest_severity} lately ({latest_rated}).</source>
        <translation>La crampe la plus forte était en moyenne de {first_severity} sur 10 au début ({first_rated}) et de {latest_severity} ces derniers temps ({latest_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad they were then and now: {first} at first and {latest} lately, and each needs at least {least}.</source>
        <translation>Il y a trop peu de nuits avec une crampe évaluée pour comparer leur intensité au début et maintenant : {first} au début et {latest} ces derniers temps, et il en faut au moins {least} de chaque côté.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume</source>
        <translation>Mettre en pause ou reprendre</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>There is no routine called “{id}”.</source>
        <translation>Il n’existe aucun programme nommé « {id} ».</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop the session?</source>
        <translation>Arrêter la séance ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop now? What you have done so far is still recorded.</source>
        <translation>Arrêter maintenant ? Ce que vous avez déjà fait reste enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop for tonight</source>
        <translation>Arrêter pour ce soir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>This session could not be saved to your history: {error}</source>
        <translation>Cette séance n’a pas pu être enregistrée dans votre historique : {error}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {first}, {second} … {last}</source>
        <translation>boire à {first}, {second} … {last}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {times}</source>
        <translation>boire à {times}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>no water reminders (the first would be after the cut-off)</source>
        <translation>aucun rappel pour boire (le premier tomberait après l’heure limite)</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>stretch reminder at {time}</source>
        <translation>rappel d’étirement à {time}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: no reminders; bedtime {bed}.</source>
        <translation>Ce soir : aucun rappel ; coucher à {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: {parts}; bedtime {bed}.</source>
        <translation>Ce soir : {parts} ; coucher à {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>In the tray: needed for reminders after you restart the computer.</source>
        <translation>Dans la zone de notification : nécessaire pour les rappels après un redémarrage de l’ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Start at login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>On your phone</source>
        <translation>Sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Your phone can remind you too, when you are away from the computer.</source>
        <translation>Votre téléphone peut aussi vous le rappeler quand vous n’êtes pas à l’ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar…</source>
        <translation>Ajouter à l’agenda du téléphone…</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar</source>
        <translation>Ajouter les rappels au calendrier de mon téléphone</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <location filename="../ui/reminder_window.py"/>
        <source>Snooze {n} min</source>
        <translation>Rappeler dans {n} min</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Start now</source>
        <translation>Démarrer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Skip tonight</source>
        <translation>Pas ce soir</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>I drank a glass</source>
        <translation>J’ai bu un verre</translation>
    </message>
    <message>
        <location filename="../ui/reminder_window.py"/>
        <source>Remind me again later</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Both legs</source>
        <translation>Les deux jambes</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Left leg only</source>
        <translation>Jambe gauche seulement</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Right leg only</source>
        <translation>Jambe droite seulement</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines are read-only; duplicate one to edit</source>
        <translation>Les programmes intégrés sont en lecture seule ; dupliquez-en un pour le modifier</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Start an empty routine</source>
        <translation>Commencer un programme vide</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Make your own copy</source>
        <translation>Créer votre propre copie</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete this routine</source>
        <translation>Supprimer ce programme</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add a routine from a file</source>
        <translation>Ajouter un programme depuis un fichier</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine to a file</source>
        <translation>Enregistrer ce programme dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>Les programmes intégrés ne peuvent pas être modifiés. Dupliquez-en un pour en faire le vôtre.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routine name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>A line about the routine, shown with its name</source>
        <translation>Une ligne sur le programme, affichée avec son nom</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercises in this routine</source>
        <translation>Exercices de ce programme</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Drag to reorder, or use Move up / Move down</source>
        <translation>Faites glisser pour changer l’ordre, ou utilisez « Monter » / « Descendre »</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise to add</source>
        <translation>Exercice à ajouter</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add the chosen exercise at the end</source>
        <translation>Ajouter l’exercice choisi à la fin</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Flèche haut)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Flèche bas)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove this exercise (Delete)</source>
        <translation>Retirer cet exercice (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise:</source>
        <translation>Ajouter un exercice :</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold seconds or repetitions</source>
        <translation>Secondes de maintien ou répétitions</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Rest between sets</source>
        <translation>Repos entre les séries</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Try a length</source>
        <translation>Essayer une durée</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Target length in minutes</source>
        <translation>Durée visée en minutes</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The same rescaling as the main window's length</source>
        <translation>La même adaptation que pour la durée de la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine</source>
        <translation>Enregistrer ce programme</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> (built-in)</source>
        <translation> (intégré)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>« {name} » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>hold {n} s</source>
        <translation>tenir {n} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source>%n rep(s)</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n rép.</numerusform>
            <numerusform>%n rép.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source> × %n set(s)</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform> × %n série</numerusform>
            <numerusform> × %n séries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> reps</source>
        <translation> rép.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise {n}: {name}</source>
        <translation>Exercice {n} : {name}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise to begin.</source>
        <translation>Ajoutez un exercice pour commencer.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>As written {written} · at this length {scaled}</source>
        <translation>Tel qu’écrit : {written} · à cette durée : {scaled}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>My routine</source>
        <translation>Mon programme</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add at least one exercise, then save.</source>
        <translation>Ajoutez au moins un exercice, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved.</source>
        <translation>Le programme n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved: {error}</source>
        <translation>Le programme n’a pas été enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete routine?</source>
        <translation>Supprimer le programme ?</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>Supprimer « {name} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not deleted: {error}</source>
        <translation>Le programme n’a pas été supprimé : {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export.</source>
        <translation>Exportation impossible.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export: {error}</source>
        <translation>Exportation impossible : {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import a routine</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines (*.toml)</source>
        <translation>Programmes (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export routine</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Progress through the routine</source>
        <translation>Progression dans le programme</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Back a step (Left or B)</source>
        <translation>Revenir d’une étape (Flèche gauche ou B)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Skip this step (Right or N)</source>
        <translation>Passer cette étape (Flèche droite ou N)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Turn sound cues on or off</source>
        <translation>Activer ou couper les signaux sonores</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues</source>
        <translation>Signaux sonores</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Full screen on or off (F)</source>
        <translation>Activer ou quitter le plein écran (F)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>End the session (Esc)</source>
        <translation>Terminer la séance (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues are silent: no sound player was found on this computer. On Linux, install GStreamer's gst-play-1.0 (package gstreamer1.0-plugins-base-apps) and start the app again.</source>
        <translation>Les signaux sonores restent muets : aucun lecteur audio n’a été trouvé sur cet ordinateur. Sous Linux, installez gst-play-1.0 de GStreamer (paquet gstreamer1.0-plugins-base-apps), puis relancez l’application.</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Safety: {note}</source>
        <translation>Sécurité : {note}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>press Space to start</source>
        <translation>appuyez sur Espace pour commencer</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Rep {rep} of {reps} · {phase}</source>
        <translation>Répétition {rep} sur {reps} · {phase}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Set {n} of {sets}</source>
        <translation>Série {n} sur {sets}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: {what}</source>
        <translation>Ensuite : {what}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: the end</source>
        <translation>Ensuite : la fin</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>{time} left</source>
        <translation>il reste {time}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{name} ({low}–{high})</source>
        <translation>{name} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{id} (missing)</source>
        <translation>{id} (introuvable)</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{setting}: {day}</source>
        <translation>{setting} : {day}</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{day}: different time</source>
        <translation>{day} : autre heure</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Mon</source>
        <extracomment>The abbreviated weekday name, as in Mon 21:30.</extracomment>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud needs PulseAudio's client library, which this computer lacks. Install it (on Debian and Ubuntu: sudo apt install libpulse0), then restart Stretch Coach.</source>
        <translation>Pour lire les étapes à voix haute, il faut la bibliothèque cliente de PulseAudio, absente de cet ordinateur. Installez-la (sous Debian et Ubuntu : sudo apt install libpulse0), puis redémarrez Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud is an optional part of Stretch Coach that is not installed. Add it with: {uv_command} (or, if you installed with pipx: {pip_command}), then restart Stretch Coach.</source>
        <translation>La lecture à voix haute des étapes est une partie facultative de Stretch Coach qui n’est pas installée. Ajoutez-la avec : {uv_command} (ou, si vous avez fait l’installation avec pipx : {pip_command}), puis redémarrez Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>No speech engine was found on this computer. To hear the steps read aloud on Linux, install speech-dispatcher and espeak-ng (on Debian and Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Stretch Coach.</source>
        <translation>Aucun moteur de synthèse vocale n’a été trouvé sur cet ordinateur. Pour entendre les étapes lues à voix haute sous Linux, installez speech-dispatcher et espeak-ng (sous Debian et Ubuntu : sudo apt install speech-dispatcher espeak-ng), puis redémarrez Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Start bedtime routine</source>
        <translation>Démarrer le programme du soir</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>No reminders planned</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For tonight</source>
        <translation>Pour ce soir</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Until I resume</source>
        <translation>Jusqu’à ce que je les réactive</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Note last night's cramps…</source>
        <translation>Noter les crampes de la nuit dernière…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Open {app}</source>
        <translation>Ouvrir {app}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch Coach keeps running here to remind you this evening. Choose Quit from this icon's menu to close it completely.</source>
        <translation>Stretch Coach continue de fonctionner ici pour vous envoyer les rappels de ce soir. Choisissez « Quitter » dans le menu de cette icône pour le fermer complètement.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused</source>
        <translation>Rappels suspendus</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Rappels suspendus jusqu’à {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch reminder at {time}</source>
        <translation>Rappel d’étirement à {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Water reminder at {time}</source>
        <translation>Rappel pour boire à {time}</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Illustration of the move</source>
        <translation>Illustration du mouvement</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Some settings could not be used and were reset:</source>
        <translation>Certains réglages n’ont pas pu être utilisés et ont été réinitialisés :</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your settings could not be saved ({error}).</source>
        <translation>Vos réglages n’ont pas pu être enregistrés ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Saved {files} in {folder}.</source>
        <translation>Fichiers enregistrés dans {folder} : {files}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Nothing was written: {error}</source>
        <translation>Rien n’a été écrit : {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The export failed: {error}</source>
        <translation>L’exportation a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>There are no reminders to add: the stretch reminder and the water reminders are both turned off.</source>
        <translation>Il n’y a aucun rappel à ajouter : le rappel d’étirement et les rappels d’eau sont tous désactivés.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your reminders are saved in {file}.

On an iPhone or iPad: send the file to yourself by e-mail, open it in Mail and add all the events.

With an Android phone: on this computer, open Google Calendar in your web browser, choose Settings, then Import, and pick this file. The reminders then appear on the phone.

Check that the calendar rings at the time of each event. The file holds your reminders as they are now: after changing your bedtime or reminders, delete the old events and add a new file.</source>
        <translation>Vos rappels sont enregistrés dans {file}.

Sur un iPhone ou un iPad : envoyez-vous le fichier par e-mail, ouvrez-le dans Mail et ajoutez tous les événements.

Avec un téléphone Android : sur cet ordinateur, ouvrez Google Agenda dans votre navigateur, choisissez Paramètres, puis Importer, et sélectionnez ce fichier. Les rappels apparaissent ensuite sur le téléphone.

Vérifiez que le calendrier sonne à l’heure de chaque événement. Le fichier contient vos rappels tels qu’ils sont maintenant : si vous changez l’heure du coucher ou les rappels, supprimez les anciens événements et ajoutez un nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>{file} already exists. Nothing was written.</source>
        <translation>{file} existe déjà. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The calendar file could not be saved: {error}</source>
        <translation>Le fichier de calendrier n’a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Bedtime stretch</source>
        <translation>Étirements du coucher</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Toe curls, heel raises and a calf stretch on each leg, just before sleep.</source>
        <translation>Flexion des orteils, élévations des talons et un étirement du mollet pour chaque jambe, juste avant de dormir.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>Cramp relief</source>
        <translation>Soulagement des crampes</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>A gentle guide for during a cramp: stretch the muscle, rub it, then stand on the leg.</source>
        <translation>Un guide tout en douceur pendant une crampe : étirer le muscle, le masser, puis se tenir debout sur la jambe.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Quick stretch</source>
        <translation>Étirements rapides</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Toe curls and one calf stretch per leg, for nights when time is short.</source>
        <translation>Flexion des orteils et un étirement du mollet par jambe, pour les soirs où le temps manque.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Seated stretch</source>
        <translation>Étirements assis</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Everything done sitting, for anyone who cannot stretch standing.</source>
        <translation>Tout se fait en position assise, pour les personnes qui ne peuvent pas s’étirer debout.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>Research protocol</source>
        <translation>Protocole de l’étude</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>The calf and hamstring stretches from a published trial: hold 10 s, relax 10 s, three times per leg.</source>
        <translation>Les étirements du mollet et des ischio-jambiers d’un essai publié : tenir 10 s, relâcher 10 s, trois fois par jambe.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach gives general information, not medical advice. It cannot tell you why you get cramps; if they worry you, talk to a doctor.</source>
        <translation>Stretch Coach donne des informations générales, pas des conseils médicaux. Il ne peut pas vous dire pourquoi vous avez des crampes ; si elles vous inquiètent, parlez-en à un médecin.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What night cramps are</source>
        <translation>Ce que sont les crampes nocturnes</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What may help</source>
        <translation>Ce qui peut aider</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Supplements and medicines</source>
        <translation>Compléments alimentaires et médicaments</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>During a cramp</source>
        <translation>Pendant une crampe</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching safely</source>
        <translation>S’étirer sans risque</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to see a doctor</source>
        <translation>Quand consulter un médecin</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Make an ordinary appointment with a doctor if:</source>
        <translation>Prenez rendez-vous chez un médecin, sans urgence, si :</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to get urgent advice</source>
        <translation>Quand demander un avis médical urgent</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Get medical advice straight away if:</source>
        <translation>Demandez un avis médical sans attendre si :</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A leg cramp can last from a few seconds to about ten minutes, and the muscle may feel tender for up to a day afterwards.</source>
        <translation>Une crampe à la jambe peut durer de quelques secondes à une dizaine de minutes, et le muscle peut rester sensible jusqu’à un jour après.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The calf is the usual place; the feet or thighs less so. Roughly three cramps in four come at night.</source>
        <translation>Le mollet est l’endroit habituel ; les pieds ou les cuisses le sont moins. Environ trois crampes sur quatre surviennent la nuit.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Things that can play a part include getting older, hard exercise, pregnancy, not drinking enough, liver disease and some medicines (statins and diuretics, for example).</source>
        <translation>Parmi les facteurs qui peuvent jouer un rôle : l’avancée en âge, un effort physique intense, la grossesse, le fait de ne pas boire assez, une maladie du foie et certains médicaments (par exemple les statines et les diurétiques).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A short stretch just before sleep may help. In a trial with 80 people over 55 who got night cramps at least weekly, those who stretched their calves and hamstrings every night for 6 weeks reported on average 1.2 fewer cramps a night (95% CI 0.6 to 1.8) and cramps 1.3 points milder on a 0-10 scale (95% CI 0.9 to 1.7) than those who did not stretch.</source>
        <translation>Un court étirement juste avant de dormir peut aider. Dans un essai mené auprès de 80 personnes de plus de 55 ans ayant des crampes nocturnes au moins une fois par semaine, celles qui ont étiré leurs mollets et leurs ischio-jambiers chaque soir pendant 6 semaines ont signalé en moyenne 1,2 crampe de moins par nuit (IC à 95 % : 0,6 à 1,8) et des crampes plus légères de 1,3 point sur une échelle de 0 à 10 (IC à 95 % : 0,9 à 1,7) par rapport à celles qui ne s’étiraient pas.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The trial's stretch: ease into a moderately strong stretch, hold it for 10 seconds, let go for 10 seconds, three times for each stretch on each leg (about three minutes in all), right before going to sleep, breathing calmly throughout. The trial-protocol routine follows it.</source>
        <translation>L’étirement de l’essai : entrer doucement dans un étirement modérément intense, le tenir 10 secondes, relâcher 10 secondes, trois fois pour chaque étirement et pour chaque jambe (environ trois minutes en tout), juste avant de s’endormir, en respirant calmement du début à la fin. Le programme « Protocole de l’étude » suit ce déroulé.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS guidance describes a calf stretch facing a wall, repeated a few times a day with the last one just before bed.</source>
        <translation>Les recommandations du NHS, le service de santé britannique, décrivent un étirement du mollet face à un mur, à répéter quelques fois par jour, le dernier juste avant le coucher.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A 2012 Cochrane review judged the evidence for non-drug ways of easing cramps to be limited overall, so stretching may help rather than being a sure thing.</source>
        <translation>Une revue Cochrane de 2012 a jugé les preuves globalement limitées pour les moyens non médicamenteux de soulager les crampes ; les étirements peuvent donc aider, sans que ce soit une certitude.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Have your usual daily drinks mostly earlier in the day and go easy on drinks in the two hours before bed (alcohol, coffee and tea most of all); that may mean fewer trips to the toilet at night. It is why the water reminders stop two hours before bedtime.</source>
        <translation>Prenez l’essentiel de vos boissons habituelles plutôt tôt dans la journée et buvez peu dans les deux heures avant le coucher (surtout de l’alcool, du café et du thé) ; cela peut vouloir dire moins de passages aux toilettes la nuit. C’est pourquoi les rappels pour boire s’arrêtent deux heures avant l’heure du coucher.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Heavy or tight bed covers can hold your feet pointed, which shortens the calf muscle. Loosening them may help; there is little evidence for this, but it does no harm.</source>
        <translation>Des couvertures lourdes ou trop serrées peuvent maintenir vos pieds en pointe, ce qui raccourcit le muscle du mollet. Les desserrer peut aider ; il y a peu de preuves à ce sujet, mais cela ne fait pas de mal.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Magnesium is widely sold for cramps. A 2020 Cochrane review looked at the trials. For ordinary night cramps in older people, magnesium did not help: in 5 trials with 307 people, those who took it had about as many cramps a week as those who took a dummy pill (placebo). For cramps in pregnancy, the trials disagree.</source>
        <translation>Le magnésium est largement vendu contre les crampes. Une revue Cochrane de 2020 a examiné les essais. Pour les crampes nocturnes ordinaires chez les personnes âgées, le magnésium n’a pas aidé : dans 5 essais portant sur 307 personnes, celles qui en prenaient avaient à peu près autant de crampes par semaine que celles qui prenaient une pilule factice (placebo). Pour les crampes pendant la grossesse, les essais ne concordent pas.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>If you are thinking of taking magnesium or another supplement, ask a pharmacist or doctor first, especially if you take other medicines or have kidney disease.</source>
        <translation>Si vous envisagez de prendre du magnésium ou un autre complément alimentaire, demandez d’abord l’avis d’un pharmacien ou d’un médecin, surtout si vous prenez d’autres médicaments ou si vous avez une maladie des reins.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The UK medicines regulator (MHRA) says quinine should not be used routinely for night cramps. On average it means about one cramp fewer a week, and it can have serious side effects, such as blood disorders and problems with the heart rhythm.</source>
        <translation>L’autorité britannique du médicament (MHRA) estime que la quinine ne doit pas être utilisée de façon systématique contre les crampes nocturnes. En moyenne, cela représente environ une crampe de moins par semaine, et elle peut avoir des effets indésirables graves, comme des troubles du sang et des troubles du rythme cardiaque.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Doctors consider quinine only when cramps are very painful or frequent, other causes have been ruled out and stretching has not helped. If it has not helped after four weeks, it is stopped.</source>
        <translation>Les médecins n’envisagent la quinine que lorsque les crampes sont très douloureuses ou fréquentes, que les autres causes ont été écartées et que les étirements n’ont pas aidé. Si elle n’a pas aidé au bout de quatre semaines, elle est arrêtée.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Some medicines can bring on cramps. Examples are water tablets (diuretics), salbutamol (used in inhalers), statins and some blood-pressure medicines such as nifedipine.</source>
        <translation>Certains médicaments peuvent provoquer des crampes. Par exemple : les médicaments qui font éliminer l’eau (diurétiques), le salbutamol (utilisé dans les inhalateurs), les statines et certains médicaments contre l’hypertension artérielle comme la nifédipine.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Ask your doctor or pharmacist whether any of your medicines could play a part. Never stop a prescribed medicine on your own.</source>
        <translation>Demandez à votre médecin ou à votre pharmacien si l’un de vos médicaments pourrait jouer un rôle. N’arrêtez jamais de vous-même un médicament prescrit.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching the muscle, rubbing it, or getting up and standing with your weight on that leg may ease a cramp. The cramp-relief routine guides you.</source>
        <translation>Étirer le muscle, le masser, ou se lever et se tenir debout en mettant son poids sur cette jambe peut soulager une crampe. Le programme « Soulagement des crampes » vous guide.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Painkillers such as paracetamol or ibuprofen act too slowly to help while a cramp is happening.</source>
        <translation>Les antidouleurs comme le paracétamol ou l’ibuprofène agissent trop lentement pour aider pendant une crampe.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stop any move that gives you a sharp pain.</source>
        <translation>Arrêtez tout mouvement qui vous cause une douleur vive.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Keep a hand on a chair or a wall for balance in standing moves.</source>
        <translation>Pour les mouvements debout, gardez une main sur une chaise ou contre un mur pour garder l’équilibre.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps disturb your sleep or get in the way of your day</source>
        <translation>les crampes perturbent votre sommeil ou vous gênent dans la journée</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps come often</source>
        <translation>les crampes sont fréquentes</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>your legs feel numb or look swollen</source>
        <translation>vous avez les jambes engourdies ou elles paraissent enflées</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>the muscles in your legs seem to be getting smaller or weaker</source>
        <translation>les muscles de vos jambes semblent diminuer de volume ou s’affaiblir</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>a cramp goes on for more than 10 minutes and moving does not ease it</source>
        <translation>une crampe dure plus de 10 minutes et bouger ne la soulage pas</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after a wound that might be infected (tetanus is a risk)</source>
        <translation>les crampes ont commencé après une plaie qui pourrait être infectée (il y a un risque de tétanos)</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after contact with something poisonous, such as lead or mercury</source>
        <translation>les crampes ont commencé après un contact avec une substance toxique, comme le plomb ou le mercure</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Your diary shows cramps on most nights for two weeks running. NHS guidance lists frequent cramps among the reasons to see a doctor.</source>
        <translation>Votre journal montre des crampes la plupart des nuits depuis deux semaines. Les recommandations du NHS, le service de santé britannique, citent les crampes fréquentes parmi les raisons de consulter un médecin.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</source>
        <translation>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Blyton F et al. Cochrane systematic review of non-drug treatments for lower-limb muscle cramps, 2012 (CD008496).</source>
        <translation>Blyton F et al. Revue systématique Cochrane des traitements non médicamenteux des crampes musculaires des membres inférieurs, 2012 (CD008496).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS, NHS inform and nidirect: public guidance on leg cramps.</source>
        <translation>NHS, NHS inform et nidirect : informations publiques sur les crampes aux jambes.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Sleep Foundation: advice on nocturia (waking at night to urinate).</source>
        <translation>Sleep Foundation : conseils sur la nycturie (se réveiller la nuit pour uriner).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach's own exercise safety notes (common-sense care, not a study).</source>
        <translation>Les propres notes de sécurité de Stretch Coach sur les exercices (précautions de bon sens, pas une étude).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</source>
        <translation>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>MHRA (the UK medicines regulator): Drug Safety Update on quinine for night leg cramps, 2010 (reminder 2014).</source>
        <translation>MHRA (l’autorité britannique du médicament) : Drug Safety Update sur la quinine contre les crampes nocturnes des jambes, 2010 (rappel en 2014).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NICE Clinical Knowledge Summary: Leg cramps.</source>
        <translation>NICE Clinical Knowledge Summary : Leg cramps.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>bpac NZ: advice for general practice on night leg cramps.</source>
        <translation>bpac NZ : conseils aux médecins généralistes sur les crampes nocturnes des jambes.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime</source>
        <translation>Heure du coucher</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Times from 00:00 to 05:59 count as the night before.</source>
        <translation>Les heures de 00:00 à 05:59 comptent pour la nuit de la veille.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Other bedtimes</source>
        <translation>Autres heures de coucher</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>A different bedtime on some evenings of the week.</source>
        <translation>Une autre heure de coucher certains soirs de la semaine.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stretch reminder</source>
        <translation>Rappel d’étirement</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes before bedtime</source>
        <translation>Minutes avant le coucher</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The evenings with a stretch reminder.</source>
        <translation>Les soirs avec un rappel d’étirement.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Remind me to drink during the afternoon</source>
        <translation>Me rappeler de boire l’après-midi</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>First water reminder</source>
        <translation>Premier rappel pour boire</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes between reminders</source>
        <translation>Minutes entre les rappels</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stop before bedtime</source>
        <translation>Arrêt avant le coucher</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>They stop before bed because drinks late in the evening make waking at night to pass urine more likely.</source>
        <translation>Les rappels s’arrêtent avant le coucher, car boire tard le soir rend plus probable un réveil nocturne pour uriner.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default routine</source>
        <translation>Programme par défaut</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The routine reminders and the tray start</source>
        <translation>Le programme que lancent les rappels et l’icône de la zone de notification</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default length</source>
        <translation>Durée par défaut</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Play sound cues</source>
        <translation>Jouer les signaux sonores</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Colours of the app</source>
        <translation>Couleurs de l’application</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime (dim and warm)</source>
        <translation>Mode nuit (tamisé et chaud)</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Larger text on every screen, on top of the desktop's own font size</source>
        <translation>Texte plus grand sur chaque écran, en plus de la taille de police du bureau</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Largest</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <location filename="../core/insights.py"/>
        <source>This is your own record, not proof: cramps come and go for many reasons, so a difference here does not show that stretching caused it.</source>
        <translation>Ce relevé est le vôtre, pas une preuve : les crampes vont et viennent pour de nombreuses raisons, donc une différence ici ne montre pas que les étirements en sont la cause.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Stretch reminder</source>
        <translation>Rappel d’étirement</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Guided bedtime stretches and evening reminders for night-time leg cramps</source>
        <translation>Étirements guidés au coucher et rappels du soir pour les crampes nocturnes des jambes</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>stretch;stretching;cramp;leg;calf;foot;bedtime;reminder;exercise;</source>
        <extracomment>Search words for the application menu, each followed by ; (no spaces around it).</extracomment>
        <translation>étirer;étirement;crampe;jambe;mollet;pied;coucher;rappel;exercice;</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Start stretching</source>
        <translation>Commencer les étirements</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Cramp relief</source>
        <translation>Soulagement des crampes</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Toe curls</source>
        <translation>Flexion des orteils</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit or stand with your bare feet flat on the floor.</source>
        <translation>Asseyez-vous ou tenez-vous debout, pieds nus bien à plat sur le sol.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Slowly curl your toes down, as if gripping a towel.</source>
        <translation>Repliez lentement les orteils vers le bas, comme pour agripper une serviette.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold the curl for a moment, then spread your toes and relax.</source>
        <translation>Gardez les orteils repliés un instant, puis écartez-les et relâchez.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Curl gently. If a foot starts to cramp, stop and stretch your toes upward.</source>
        <translation>Repliez-les en douceur. Si un pied commence à faire une crampe, arrêtez et étirez les orteils vers le haut.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Heel raises</source>
        <translation>Élévations des talons</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand tall and rest a hand on a chair back or the wall for balance.</source>
        <translation>Redressez-vous et posez une main sur un dossier de chaise ou contre le mur pour garder l’équilibre.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rise slowly onto the balls of your feet.</source>
        <translation>Montez lentement sur la pointe des pieds.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause at the top, then lower your heels slowly to the floor.</source>
        <translation>Marquez une pause en haut, puis redescendez lentement les talons jusqu’au sol.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a hand on something steady. Stop if a move causes sharp pain.</source>
        <translation>Gardez une main sur un appui stable. Arrêtez si un mouvement provoque une douleur vive.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated heel raises</source>
        <translation>Élévations des talons assis</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit near the front of a steady chair, knees bent, feet flat.</source>
        <translation>Asseyez-vous vers l’avant d’une chaise stable, genoux fléchis, pieds à plat.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lift both heels slowly, keeping your toes on the floor.</source>
        <translation>Levez lentement les deux talons en gardant les orteils au sol.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause, then lower your heels slowly.</source>
        <translation>Marquez une pause, puis redescendez lentement les talons.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Move slowly and stop if a move causes sharp pain.</source>
        <translation>Bougez lentement et arrêtez si un mouvement provoque une douleur vive.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Calf stretch at the wall</source>
        <translation>Étirement du mollet contre le mur</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Face a wall and put both palms on it at chest height.</source>
        <translation>Placez-vous face à un mur et posez les deux paumes dessus, à hauteur de poitrine.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Step one leg back and keep it straight, heel down on the floor.</source>
        <translation>Reculez une jambe et gardez-la tendue, le talon au sol.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the front knee and lean in until the back calf feels a moderate stretch.</source>
        <translation>Fléchissez le genou de devant et penchez-vous vers le mur jusqu’à sentir un étirement modéré dans le mollet de la jambe arrière.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly. Do not hold your breath.</source>
        <translation>Tenez la position et respirez calmement. Ne retenez pas votre souffle.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stretch to a moderate pull, never to pain. Keep the back heel down.</source>
        <translation>Étirez jusqu’à une tension modérée, jamais jusqu’à la douleur. Gardez le talon arrière au sol.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hamstring stretch</source>
        <translation>Étirement des ischio-jambiers</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand and rest one heel on a low step in front of you, leg straight, toes up.</source>
        <translation>Debout, posez un talon sur une marche basse devant vous, jambe tendue, orteils vers le haut.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the standing knee a little and rest your hands on that thigh.</source>
        <translation>Fléchissez légèrement le genou de la jambe d’appui et posez les mains sur cette cuisse.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lean forward from the hips with a straight back until the back of the raised leg feels a moderate stretch.</source>
        <translation>Penchez-vous en avant à partir des hanches, le dos droit, jusqu’à sentir un étirement modéré à l’arrière de la jambe levée.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly.</source>
        <translation>Tenez la position et respirez calmement.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep your back straight and hold on to something if you feel unsteady.</source>
        <translation>Gardez le dos droit et tenez-vous à quelque chose si vous vous sentez instable.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated calf and hamstring stretch</source>
        <translation>Étirement du mollet et des ischio-jambiers assis</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit on the bed or the floor with one leg straight out in front of you.</source>
        <translation>Asseyez-vous sur le lit ou par terre, une jambe tendue devant vous.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Loop a towel around the ball of that foot and hold both ends.</source>
        <translation>Passez une serviette autour de l’avant de ce pied et tenez-en les deux extrémités.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently until the calf and the back of the thigh feel a moderate stretch.</source>
        <translation>Tirez doucement jusqu’à sentir un étirement modéré dans le mollet et à l’arrière de la cuisse.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently and steadily, never with a jerk. Stop if it hurts.</source>
        <translation>Tirez doucement et régulièrement, jamais par à-coups. Arrêtez si cela fait mal.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull your toes up</source>
        <translation>Tirer les orteils vers soi</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit with the cramping leg straight out in front of you.</source>
        <translation>Asseyez-vous, la jambe qui a la crampe tendue devant vous.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Reach for your toes, or use a towel, and pull them gently toward your shin.</source>
        <translation>Attrapez vos orteils, ou utilisez une serviette, et tirez-les doucement vers le tibia.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a slow, steady pull and breathe out slowly.</source>
        <translation>Tirez lentement et régulièrement, et expirez lentement.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Ease into it. A cramp that lasts longer than 10 minutes needs urgent advice.</source>
        <translation>Allez-y progressivement. Une crampe qui dure plus de 10 minutes nécessite un avis médical urgent.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand on the leg</source>
        <translation>Se tenir debout sur la jambe</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold on to a chair or the wall and stand up slowly.</source>
        <translation>Tenez-vous à une chaise ou au mur et levez-vous lentement.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Put your weight on the cramping leg and press the heel into the floor.</source>
        <translation>Mettez votre poids sur la jambe qui a la crampe et appuyez le talon contre le sol.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stay there while the muscle lets go.</source>
        <translation>Restez ainsi pendant que le muscle se relâche.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Get up slowly and hold on: legs can be unsteady at night.</source>
        <translation>Levez-vous lentement et tenez-vous : la nuit, les jambes peuvent être instables.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the muscle</source>
        <translation>Masser le muscle</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit down and rest the leg in front of you.</source>
        <translation>Asseyez-vous et posez la jambe devant vous.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the tight muscle with both hands in slow, firm strokes.</source>
        <translation>Massez le muscle contracté avec les deux mains, par mouvements lents et fermes.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep breathing slowly until it softens.</source>
        <translation>Continuez à respirer lentement jusqu’à ce qu’il se détende.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>The muscle may feel sore for up to a day afterwards; that is common.</source>
        <translation>Le muscle peut rester douloureux jusqu’à un jour après ; c’est fréquent.</translation>
    </message>
</context>
</TS>
