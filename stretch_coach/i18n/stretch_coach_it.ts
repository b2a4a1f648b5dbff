<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AppStream</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Guided bedtime stretches for night-time leg cramps</source>
        <translation>Stretching guidato prima di dormire per i crampi notturni alle gambe</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Stretch Coach is a calm desktop coach for people who wake at night with foot and calf cramps. Before bed it guides a short stretch routine on screen: toe curls, heel raises, calf and hamstring stretches, with a large countdown, paced repetitions, clear drawings and gentle sound cues.</source>
        <translation>Stretch Coach è un coach tranquillo per il computer, pensato per chi si sveglia di notte con crampi ai piedi e ai polpacci. Prima di andare a letto guida sullo schermo un breve programma di stretching: flessione delle dita dei piedi, sollevamento dei talloni, allungamento del polpaccio e dei muscoli posteriori della coscia, con un grande conto alla rovescia, ripetizioni scandite, disegni chiari e delicati segnali sonori.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Routines can be set to any length from one to sixty minutes. A seated routine suits anyone who cannot stretch standing, and a short cramp relief guide helps while a cramp is happening. Evening reminders prompt you to drink water in the afternoon and to stretch shortly before bed.</source>
        <translation>I programmi possono essere impostati su qualsiasi durata da uno a sessanta minuti. Un programma da seduti è adatto a chi non riesce a fare stretching in piedi, e una breve guida per il sollievo dal crampo aiuta mentre il crampo è in corso. I promemoria serali invitano a bere acqua nel pomeriggio e a fare stretching poco prima di andare a letto.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Everything stays on your computer: settings, history and the cramp diary are never sent anywhere. Stretch Coach gives general information, not medical advice.</source>
        <translation>Tutto resta sul computer: impostazioni, cronologia e diario dei crampi non vengono mai inviati altrove. Stretch Coach fornisce informazioni generali, non consigli medici.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Bedtime is at {time}. A few minutes of stretching before bed may help keep night cramps away.</source>
        <translation>Alle {time} è ora di andare a letto. Qualche minuto di stretching prima di andare a letto può aiutare a tenere lontani i crampi notturni.</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time to stretch</source>
        <translation>È ora dello stretching</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time for a glass of water</source>
        <translation>È ora di un bicchiere d'acqua</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Drinking earlier in the evening, and less in the last two hours before bed, means fewer trips to the bathroom at night.</source>
        <translation>Bere nella prima parte della serata, e meno nelle ultime due ore prima di andare a letto, significa alzarsi meno spesso di notte per andare in bagno.</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <source>Night-time leg cramps: general information</source>
        <translation>Crampi notturni alle gambe: informazioni generali</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <location filename="../ui/about_page.py"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. Stretch Coach could not read {file} ({why}), so it left that file as it is rather than lose what it holds. Give yourself permission to read and write it, or move it away, then save again.</source>
        <translation>Le impostazioni non sono state salvate. Stretch Coach non è riuscito a leggere {file} ({why}), quindi ha lasciato il file com'è per non perderne il contenuto. Si assegni i permessi di lettura e scrittura sul file, oppure lo sposti altrove, poi salvi di nuovo.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is a link to {target}, and the folder that file belongs in does not exist. Create the folder or change the link, then save again.</source>
        <translation>Le impostazioni non sono state salvate. {file} è un collegamento a {target} e la cartella in cui dovrebbe trovarsi quel file non esiste. Crei la cartella o modifichi il collegamento, poi salvi di nuovo.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is not an ordinary file (it is a folder, a pipe or a device), so Stretch Coach left it as it is. Remove it or put a settings file in its place, then save again.</source>
        <translation>Le impostazioni non sono state salvate. {file} non è un file normale (è una cartella, una pipe o un dispositivo), quindi Stretch Coach lo ha lasciato com'è. Lo rimuova o metta al suo posto un file di impostazioni, poi salvi di nuovo.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your choices stay in use until Stretch Coach is closed.</source>
        <translation>Le scelte fatte restano valide finché Stretch Coach non viene chiuso.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not true or false</source>
        <translation>{value} non è né true né false</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} non è un numero intero</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is outside the range the app allows</source>
        <translation>{value} è fuori dall'intervallo consentito dall'app</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a time of day like 22:30</source>
        <translation>{value} non è un orario come 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole minute like 22:30</source>
        <translation>{value} non è un orario al minuto esatto, come 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} non è tra le scelte possibili</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not the name of a routine</source>
        <translation>{value} non è il nome di un programma</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>there is no routine called {value}</source>
        <translation>non esiste alcun programma chiamato {value}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a list of days</source>
        <translation>{value} non è un elenco di giorni</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a day of the week, so it was left out</source>
        <translation>{value} non è un giorno della settimana ed è stato tralasciato</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a group of settings</source>
        <translation>{value} non è un gruppo di impostazioni</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file's version {value} is not a number</source>
        <translation>la versione {value} del file non è un numero</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file was written by a newer Stretch Coach; the settings this version knows are used</source>
        <translation>il file è stato scritto da una versione più recente di Stretch Coach; vengono usate le impostazioni note a questa versione</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file is from a very old Stretch Coach; the settings this version knows are used</source>
        <translation>il file proviene da una versione molto vecchia di Stretch Coach; vengono usate le impostazioni note a questa versione</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file cannot be read; the defaults are used, and the file is not saved over</source>
        <translation>il file delle impostazioni non può essere letto; vengono usati i valori predefiniti e il file non viene sovrascritto</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is not an ordinary file (a folder, a pipe or a device); the defaults are used</source>
        <translation>il file delle impostazioni non è un file normale (una cartella, una pipe o un dispositivo); vengono usati i valori predefiniti</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is damaged; a copy was kept and the defaults are used</source>
        <translation>il file delle impostazioni è danneggiato; ne è stata conservata una copia e vengono usati i valori predefiniti</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is far too large to be a settings file; the defaults are used</source>
        <translation>il file delle impostazioni è decisamente troppo grande per essere un file di impostazioni; vengono usati i valori predefiniti</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The folder of your own routines cannot be read.</source>
        <translation>La cartella dei programmi personali non può essere letta.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} could not be used and was left out.</source>
        <translation>Non è stato possibile usare il file di programma {file}, che è stato tralasciato.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} has the same id as a built-in routine and was left out.</source>
        <translation>Il file di programma {file} ha lo stesso identificativo di un programma incluso ed è stato tralasciato.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine files {file} and {other} have the same id; {file} was left out.</source>
        <translation>I file di programma {file} e {other} hanno lo stesso identificativo; {file} è stato tralasciato.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not from {low} to {high}</source>
        <translation>{value} non è compreso tra {low} e {high}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{setting}: {problem}</source>
        <translation>{setting}: {problem}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{line}; using {fallback}</source>
        <translation>{line}; viene usato {fallback}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine has a value the app cannot use.</source>
        <translation>Il programma contiene un valore che l'app non può usare.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The file cannot be read as a routine.</source>
        <translation>Il file non può essere letto come programma.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>A built-in routine cannot be changed or deleted.</source>
        <translation>Un programma incluso non può essere modificato né eliminato.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Another routine already has this id.</source>
        <translation>Un altro programma ha già questo identificativo.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine could not be saved as it is.</source>
        <translation>Non è stato possibile salvare il programma così com'è.</translation>
    </message>
    <message numerus="yes">
        <location filename="../phrasing.py"/>
        <source>As written, the routine would take about %n minute(s); a routine can take at most {limit} minutes. Use fewer exercises or sets, or shorter holds and rests.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>Così com'è, il programma durerebbe circa %n minuto; un programma può durare al massimo {limit} minuti. Usi meno esercizi o serie, oppure tenute e pause più brevi.</numerusform>
            <numerusform>Così com'è, il programma durerebbe circa %n minuti; un programma può durare al massimo {limit} minuti. Usi meno esercizi o serie, oppure tenute e pause più brevi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Left leg</source>
        <translation>Gamba sinistra</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Right leg</source>
        <translation>Gamba destra</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>up…</source>
        <translation>su…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>down…</source>
        <translation>giù…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>hold…</source>
        <translation>mantenga…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>curl…</source>
        <translation>pieghi…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>release…</source>
        <translation>rilasci…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get ready</source>
        <translation>Si prepari</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax</source>
        <translation>Si rilassi</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Next: {name}</source>
        <translation>A seguire: {name}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>First up: {name}. {first}</source>
        <translation>Per iniziare: {name}. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Let go and breathe calmly. The next set starts when the ring runs out.</source>
        <translation>Lasci andare e respiri con calma. La serie successiva inizia quando il cerchio si esaurisce.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the left leg. {first}</source>
        <translation>Passi alla gamba sinistra. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the right leg. {first}</source>
        <translation>Passi alla gamba destra. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, left leg.</source>
        <translation>{name}, gamba sinistra.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, right leg.</source>
        <translation>{name}, gamba destra.</translation>
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
            <numerusform>Mantenga la posizione per %n secondo.</numerusform>
            <numerusform>Mantenga la posizione per %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Hold.</source>
        <translation>Mantenga la posizione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>Relax for %n second(s).</source>
        <translation>
            <numerusform>Si rilassi per %n secondo.</numerusform>
            <numerusform>Si rilassi per %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax.</source>
        <translation>Si rilassi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>%n slow repetition(s).</source>
        <translation>
            <numerusform>%n ripetizione lenta.</numerusform>
            <numerusform>%n ripetizioni lente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the left leg.</source>
        <translation>Passi alla gamba sinistra.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the right leg.</source>
        <translation>Passi alla gamba destra.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Done.</source>
        <translation>Finito.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax {n} s</source>
        <translation>Rilassamento {n} s</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get into position: {label}</source>
        <translation>Si metta in posizione: {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>{label} · %n rep(s)</source>
        <translation>
            <numerusform>{label} · %n ripetizione</numerusform>
            <numerusform>{label} · %n ripetizioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · hold {n} s</source>
        <translation>{label} · tenuta {n} s</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · set {n} of {sets}</source>
        <translation>{label} · serie {n} di {sets}</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>See “{section}” under {page}.</source>
        <translation>Veda la sezione “{section}” in “{page}”.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>About cramps</source>
        <translation>Informazioni sui crampi</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>About night cramps</source>
        <translation>Informazioni sui crampi notturni</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>Your data stays on this computer.</source>
        <translation>I suoi dati restano su questo computer.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/main_window.py"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>Week of {week}: {values}</source>
        <translation>Settimana dal giorno {week}: {values}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Save the reminders as a calendar file</source>
        <translation>Salva i promemoria come file di calendario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Start at login could not be changed ({error}).</source>
        <translation>Non è stato possibile modificare l'avvio all'accesso ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Reminders for your phone</source>
        <translation>Promemoria per il telefono</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace the file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>{file} already exists. Replace it with your reminders as they are now?</source>
        <translation>{file} esiste già. Sostituirlo con i promemoria come sono adesso?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace it</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep it</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Last night's entry could not be saved: {error}</source>
        <translation>Non è stato possibile salvare la voce della notte scorsa: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>It is worth talking to a doctor if:</source>
        <translation>È utile parlarne con un medico se:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Get advice straight away if:</source>
        <translation>Chieda subito un parere medico se:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Cramps most nights</source>
        <translation>Crampi nella maggior parte delle notti</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Your history could not be read: {error}</source>
        <translation>Non è stato possibile leggere la cronologia: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night?</source>
        <translation>Eliminare questa notte?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete what you noted for the night of {night}? This cannot be undone.</source>
        <translation>Eliminare quanto annotato per la notte di {night}? L'operazione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night</source>
        <translation>Elimina questa notte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} could not be deleted: {error}</source>
        <translation>Non è stato possibile eliminare la notte di {night}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} was deleted.</source>
        <translation>La notte di {night} è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Foot</source>
        <translation>Piede</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Calf</source>
        <translation>Polpaccio</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Thigh</source>
        <translation>Coscia</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/home_page.py"/>
        <source>Last night</source>
        <translation>La notte scorsa</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How was last night?</source>
        <translation>Com'è andata la notte scorsa?</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>A quick note each morning shows over the weeks whether stretching helps you.</source>
        <translation>Una breve nota ogni mattina mostra, nel corso delle settimane, se lo stretching le è d'aiuto.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Next month</source>
        <translation>Mese successivo</translation>
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
        <translation>Notte del</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>The evening the night began</source>
        <translation>La sera in cui è iniziata la notte</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Number of cramps</source>
        <translation>Numero di crampi</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How many cramps woke you or bothered you</source>
        <translation>Quanti crampi le hanno interrotto il sonno o le hanno dato fastidio</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Cramps</source>
        <translation>Crampi</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain, 0 to 10</source>
        <translation>Dolore massimo, da 0 a 10</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>0 is no pain, 10 the worst you can imagine</source>
        <translation>0 significa nessun dolore, 10 il peggiore che si possa immaginare</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain (0–10)</source>
        <translation>Dolore massimo (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>{part}, {side}</source>
        <translation>{part}, {side}</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>left</source>
        <translation>sinistra</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>right</source>
        <translation>destra</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Anything worth remembering</source>
        <translation>Ciò che vale la pena ricordare</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/preferences.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/first_run.py"/>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Save this night</source>
        <translation>Salva questa notte</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Back to routines</source>
        <translation>Torna ai programmi</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Choose another routine</source>
        <translation>Scegli un altro programma</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Good night</source>
        <translation>Buonanotte</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Close the window</source>
        <translation>Chiudi la finestra</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Do the skipped part</source>
        <translation>Esegui la parte saltata</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stretch now what was skipped</source>
        <translation>Esegui ora gli esercizi saltati</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>I hope the cramp has eased.</source>
        <translation>Spero che il crampo si sia attenuato.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>If it comes back, do the same again. Cramps that come often are worth talking to a doctor about.</source>
        <translation>Se ritorna, ripeta gli stessi passaggi. Dei crampi frequenti vale la pena parlare con un medico.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Sleep well.</source>
        <translation>Dorma bene.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Well done.</source>
        <translation>Ben fatto.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}.</source>
        <translation>Ha fatto stretching per {time}: {moves}.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}.</source>
        <translation>Ha fatto stretching per {time}.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Your legs are ready for the night. Sleep well.</source>
        <translation>Le gambe sono pronte per la notte. Dorma bene.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You reached the end, but much of it was skipped.</source>
        <translation>Ha raggiunto la fine, ma gran parte è stata saltata.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You did {done} of {planned} of stretching — skipped steps don't count.</source>
        <translation>Ha fatto {done} di stretching su {planned}: i passaggi saltati non contano.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>It is not counted as done tonight. Sleep well.</source>
        <translation>Per stasera non conta come completato. Dorma bene.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You can do the skipped part now, or sleep well.</source>
        <translation>Può fare ora la parte saltata, oppure dormire bene.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stopped for tonight.</source>
        <translation>Interrotto per stasera.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}. A little is still worth doing.</source>
        <translation>Ha fatto stretching per {time}: {moves}. Anche poco è comunque utile.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}. A little is still worth doing.</source>
        <translation>Ha fatto stretching per {time}. Anche poco è comunque utile.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stopped before the stretching began.</source>
        <translation>Si è fermato prima che iniziasse lo stretching.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Nothing was recorded.</source>
        <translation>Non è stato registrato nulla.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome to Stretch Coach</source>
        <translation>Le diamo il benvenuto in Stretch Coach</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome</source>
        <translation>Benvenuti</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Stretch Coach guides a few minutes of stretching before bed and reminds you in the evening to stretch and to drink early enough. Stretching before bed may help with night-time foot and calf cramps.</source>
        <translation>Stretch Coach la accompagna in qualche minuto di stretching prima di andare a letto e la sera le ricorda di fare stretching e di bere abbastanza presto. Lo stretching prima di andare a letto può aiutare contro i crampi notturni ai piedi e ai polpacci.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Usual bedtime</source>
        <translation>Ora abituale di andare a letto</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>You can set other times per weekday later</source>
        <translation>In seguito potrà impostare orari diversi per i singoli giorni della settimana</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>I usually go to bed at</source>
        <translation>Di solito vado a letto alle</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Remind me to stretch before bed</source>
        <translation>Ricordami di fare stretching prima di andare a letto</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Remind me to drink water</source>
        <translation>Ricordami di bere acqua</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep a cramp diary</source>
        <translation>Tenere un diario dei crampi</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Read each step aloud</source>
        <translation>Leggi ad alta voce ogni passaggio</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>In the afternoon, not late at night.</source>
        <translation>Nel pomeriggio, non a tarda sera.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>A few seconds each morning.</source>
        <translation>Pochi secondi ogni mattina.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>So you can follow without looking at the screen, facing a wall or in bed.</source>
        <translation>Così può seguire senza guardare lo schermo, davanti al muro o a letto.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Everything you enter stays on this computer.</source>
        <translation>Tutto ciò che inserisce resta su questo computer.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Get started</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Save these choices</source>
        <translation>Salva queste scelte</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep the defaults</source>
        <translation>Usa i valori predefiniti</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n glass(es) of water</source>
        <translation>
            <numerusform>%n bicchiere d'acqua</numerusform>
            <numerusform>%n bicchieri d'acqua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n cramp night(s)</source>
        <translation>
            <numerusform>%n notte con crampi</numerusform>
            <numerusform>%n notti con crampi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>mean worst pain {value} of 10</source>
        <translation>dolore massimo medio {value} su 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Yes, {n}</source>
        <translation>Sì, {n}</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{n} of 10</source>
        <translation>{n} su 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Your history</source>
        <translation>La sua cronologia</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Nothing recorded yet. Finished sessions, glasses of water and diary nights appear here.</source>
        <translation>Non è ancora stato registrato nulla. Qui compariranno le sessioni completate, i bicchieri d'acqua e le notti del diario.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Is it helping?</source>
        <translation>Le è d'aiuto?</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched per week</source>
        <translation>Minuti di stretching a settimana</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water noted per week</source>
        <translation>Bicchieri d'acqua annotati a settimana</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights and mean worst pain per week</source>
        <translation>Notti con crampi e dolore massimo medio a settimana</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV…</source>
        <translation>Esporta in CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Save sessions, water and diary as spreadsheet files</source>
        <translation>Salva sessioni, acqua e diario come file di foglio di calcolo</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights</source>
        <translation>Notti del diario</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No diary nights recorded yet.</source>
        <translation>Nessuna notte ancora registrata nel diario.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Worst pain</source>
        <translation>Dolore massimo</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights, newest first</source>
        <translation>Notti del diario, dalla più recente</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit the selected night</source>
        <translation>Modifica la notte selezionata</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Correct what you noted for the selected night</source>
        <translation>Correggi quanto annotato per la notte selezionata</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete the selected night</source>
        <translation>Elimina la notte selezionata</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Remove the selected night from the diary (asks first)</source>
        <translation>Rimuovi la notte selezionata dal diario (chiede prima conferma)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n evening(s) in a row with a completed routine.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n sera di fila con un programma completato.</numerusform>
            <numerusform>%n sere di fila con un programma completato.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched</source>
        <translation>Minuti di stretching</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water</source>
        <translation>Bicchieri d'acqua</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights</source>
        <translation>Notti con crampi</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Mean worst pain (0–10)</source>
        <translation>Dolore massimo medio (0–10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No stretching recorded in the last %n week(s).</source>
        <translation>
            <numerusform>Nessuno stretching registrato nell'arco di %n settimana.</numerusform>
            <numerusform>Nessuno stretching registrato nelle ultime %n settimane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No glasses of water noted in the last %n week(s).</source>
        <translation>
            <numerusform>Nessun bicchiere d'acqua annotato nell'arco di %n settimana.</numerusform>
            <numerusform>Nessun bicchiere d'acqua annotato nelle ultime %n settimane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No cramp nights in the last %n week(s).</source>
        <translation>
            <numerusform>Nessuna notte con crampi nell'arco di %n settimana.</numerusform>
            <numerusform>Nessuna notte con crampi nelle ultime %n settimane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No diary nights in the last %n week(s).</source>
        <translation>
            <numerusform>Nessuna notte nel diario nell'arco di %n settimana.</numerusform>
            <numerusform>Nessuna notte nel diario nelle ultime %n settimane.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to a folder</source>
        <translation>Esporta in una cartella</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Show the technical details</source>
        <translation>Mostra i dettagli tecnici</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Put this message away</source>
        <translation>Nascondi questo messaggio</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Note last night's cramps</source>
        <translation>Annota i crampi della notte scorsa</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Your sessions, water and cramp diary</source>
        <translation>Le sue sessioni, l'acqua e il diario dei crampi</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>What may help, and when to see a doctor</source>
        <translation>Cosa può aiutare e quando rivolgersi a un medico</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Routines…</source>
        <translation>Programmi…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Create and edit your own routines</source>
        <translation>Crea e modifica programmi personali</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Preferences…</source>
        <translation>Preferenze…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Bedtime, reminders, sound, theme</source>
        <translation>Ora di andare a letto, promemoria, suono, tema</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Tonight's stretch</source>
        <translation>Lo stretching di stasera</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A few calm minutes before bed may help keep night cramps away.</source>
        <translation>Qualche minuto di calma prima di andare a letto può aiutare a tenere lontani i crampi notturni.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines</source>
        <translation>Programmi</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Choose a routine</source>
        <translation>Scelga un programma</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Length</source>
        <translation>Durata</translation>
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
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Rescale the routine to this many minutes</source>
        <translation>Adatta il programma a questo numero di minuti</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Cramp relief now</source>
        <translation>Sollievo immediato dal crampo</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A gentle guide to use during a cramp</source>
        <translation>Una guida delicata da usare durante un crampo</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the routine</source>
        <translation>Avvia il programma</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the chosen routine (Enter)</source>
        <translation>Avvia il programma scelto (Invio)</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>{name} · about {minutes} min</source>
        <translation>{name} · circa {minutes} min</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Plan: {time}</source>
        <translation>Previsto: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n notte</numerusform>
            <numerusform>%n notti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n rated night(s)</source>
        <translation>
            <numerusform>%n notte valutata</numerusform>
            <numerusform>%n notti valutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n diary night(s)</source>
        <translation>
            <numerusform>%n notte del diario</numerusform>
            <numerusform>%n notti del diario</numerusform>
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
        <translation>gen</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>May</source>
        <extracomment>The abbreviated month name, as in 1 May 2026.</extracomment>
        <translation>mag</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jun</source>
        <translation>giu</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jul</source>
        <translation>lug</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Oct</source>
        <translation>ott</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({day} {month} {year})</source>
        <translation>({day} {month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} to {last_day} {last_month} {year})</source>
        <translation>({first_day} {first_month} – {last_day} {last_month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} {first_year} to {last_day} {last_month} {last_year})</source>
        <translation>({first_day} {first_month} {first_year} – {last_day} {last_month} {last_year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>It is too early to compare nights with and without a routine before them: your diary has {after} after a finished routine and {without} without, and each needs at least {least}.</source>
        <translation>È troppo presto per confrontare le notti con e senza un programma la sera prima: il diario contiene {after} dopo un programma completato e {without} senza, e per ciascun gruppo ne servono almeno {least}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>On the {after} after you finished a routine you noted {after_rate} cramps a night on average; on the {without} after evenings without one, {without_rate} a night.</source>
        <translation>Dopo un programma completato ha annotato in media {after_rate} crampi a notte ({after}); dopo le sere senza programma, {without_rate} a notte ({without}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>When cramps came, the worst one averaged {after_severity} out of 10 after a routine ({after_rated}) and {without_severity} without ({without_rated}).</source>
        <translation>Quando ci sono stati crampi, il più forte è stato in media di {after_severity} su 10 dopo un programma ({after_rated}) e di {without_severity} senza ({without_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad the cramps were: {after} after a routine and {without} without, and each needs at least {least}.</source>
        <translation>Ci sono troppo poche notti con un crampo valutato per confrontare quanto fossero forti i crampi: {after} dopo un programma e {without} senza, e per ciascun gruppo ne servono almeno {least}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {window} diary nights can be set against your latest ones once the diary has at least {needed} nights; it has {total} so far.</source>
        <translation>Le sue prime {window} notti del diario potranno essere confrontate con le più recenti quando il diario avrà almeno {needed} notti; finora ne ha {total}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {first}{first_span} averaged {first_rate} cramps a night; your latest {latest}{latest_span} averaged {latest_rate}.</source>
        <translation>Nelle prime {first}{first_span} la media è stata di {first_rate} crampi a notte; nelle ultime {latest}{latest_span}, di {latest_rate}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>The worst cramp averaged {first_severity} out of 10 at first ({first_rated}) and {latest_severity} lately ({latest_rated}).</source>
        <translation>Il crampo più forte è stato in media di {first_severity} su 10 all'inizio ({first_rated}) e di {latest_severity} di recente ({latest_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad they were then and now: {first} at first and {latest} lately, and each needs at least {least}.</source>
        <translation>Ci sono troppo poche notti con un crampo valutato per confrontare quanto fossero forti all'inizio e adesso: {first} all'inizio e {latest} di recente, e per ciascun gruppo ne servono almeno {least}.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume</source>
        <translation>Metti in pausa o riprendi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>There is no routine called “{id}”.</source>
        <translation>Non esiste alcun programma chiamato “{id}”.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop the session?</source>
        <translation>Interrompere la sessione?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop now? What you have done so far is still recorded.</source>
        <translation>Interrompere ora? Quanto fatto finora viene comunque registrato.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop for tonight</source>
        <translation>Interrompi per stasera</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>This session could not be saved to your history: {error}</source>
        <translation>Non è stato possibile salvare questa sessione nella cronologia: {error}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {first}, {second} … {last}</source>
        <translation>acqua alle {first}, {second} … {last}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {times}</source>
        <translation>acqua alle {times}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>no water reminders (the first would be after the cut-off)</source>
        <translation>nessun promemoria per l'acqua (il primo cadrebbe dopo l'orario limite)</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>stretch reminder at {time}</source>
        <translation>promemoria per lo stretching alle {time}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: no reminders; bedtime {bed}.</source>
        <translation>Stasera: nessun promemoria; a letto alle {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: {parts}; bedtime {bed}.</source>
        <translation>Stasera: {parts}; a letto alle {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>In the tray: needed for reminders after you restart the computer.</source>
        <translation>Nell'area di notifica: necessario per i promemoria dopo il riavvio del computer.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Start at login</source>
        <translation>Avvia all'accesso</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>On your phone</source>
        <translation>Sul telefono</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Your phone can remind you too, when you are away from the computer.</source>
        <translation>Anche il telefono può ricordarglielo, quando non è al computer.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar…</source>
        <translation>Aggiungi al calendario del telefono…</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar</source>
        <translation>Aggiungi i promemoria al calendario del telefono</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <location filename="../ui/reminder_window.py"/>
        <source>Snooze {n} min</source>
        <translation>Rimanda di {n} min</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Start now</source>
        <translation>Avvia ora</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Skip tonight</source>
        <translation>Salta per stasera</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>I drank a glass</source>
        <translation>Ho bevuto un bicchiere</translation>
    </message>
    <message>
        <location filename="../ui/reminder_window.py"/>
        <source>Remind me again later</source>
        <translation>Ricordamelo più tardi</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Both legs</source>
        <translation>Entrambe le gambe</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Left leg only</source>
        <translation>Solo gamba sinistra</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Right leg only</source>
        <translation>Solo gamba destra</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines are read-only; duplicate one to edit</source>
        <translation>I programmi inclusi sono di sola lettura; per modificarne uno, lo duplichi</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Start an empty routine</source>
        <translation>Crea un programma vuoto</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Make your own copy</source>
        <translation>Crea una copia personale</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete this routine</source>
        <translation>Elimina questo programma</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add a routine from a file</source>
        <translation>Aggiungi un programma da un file</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine to a file</source>
        <translation>Salva questo programma in un file</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>I programmi inclusi non possono essere modificati. Ne duplichi uno per farne un programma suo.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routine name</source>
        <translation>Nome del programma</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>A line about the routine, shown with its name</source>
        <translation>Una riga sul programma, mostrata insieme al nome</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercises in this routine</source>
        <translation>Esercizi di questo programma</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Drag to reorder, or use Move up / Move down</source>
        <translation>Trascinare per riordinare, oppure usare “Sposta su” / “Sposta giù”</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise to add</source>
        <translation>Esercizio da aggiungere</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add the chosen exercise at the end</source>
        <translation>Aggiungi l'esercizio scelto alla fine</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up (Alt+Up)</source>
        <translation>Sposta su (Alt+Freccia su)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down (Alt+Down)</source>
        <translation>Sposta giù (Alt+Freccia giù)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove this exercise (Delete)</source>
        <translation>Rimuovi questo esercizio (Canc)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise:</source>
        <translation>Aggiungi un esercizio:</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold seconds or repetitions</source>
        <translation>Secondi di tenuta o ripetizioni</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sets</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Rest between sets</source>
        <translation>Pausa tra le serie</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Try a length</source>
        <translation>Prova una durata</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Target length in minutes</source>
        <translation>Durata desiderata in minuti</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The same rescaling as the main window's length</source>
        <translation>Lo stesso adattamento della durata nella finestra principale</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine</source>
        <translation>Salva questo programma</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> (built-in)</source>
        <translation> (incluso)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>“{name}” ha modifiche non salvate.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>hold {n} s</source>
        <translation>tenuta {n} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source>%n rep(s)</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n rip.</numerusform>
            <numerusform>%n rip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source> × %n set(s)</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform> × %n serie</numerusform>
            <numerusform> × %n serie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> reps</source>
        <translation> rip.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Repetitions</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise {n}: {name}</source>
        <translation>Esercizio {n}: {name}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise to begin.</source>
        <translation>Aggiunga un esercizio per iniziare.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>As written {written} · at this length {scaled}</source>
        <translation>Così com'è {written} · con questa durata {scaled}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>My routine</source>
        <translation>Il mio programma</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add at least one exercise, then save.</source>
        <translation>Aggiunga almeno un esercizio, poi salvi.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved.</source>
        <translation>Il programma non è stato salvato.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved: {error}</source>
        <translation>Il programma non è stato salvato: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete routine?</source>
        <translation>Eliminare il programma?</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>Eliminare “{name}”? L'operazione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not deleted: {error}</source>
        <translation>Il programma non è stato eliminato: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossibile leggere {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export.</source>
        <translation>Impossibile esportare.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export: {error}</source>
        <translation>Impossibile esportare: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import a routine</source>
        <translation>Importa un programma</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines (*.toml)</source>
        <translation>Programmi (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export routine</source>
        <translation>Esporta programma</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Progress through the routine</source>
        <translation>Avanzamento nel programma</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Back a step (Left or B)</source>
        <translation>Torna indietro di un passaggio (Freccia sinistra o B)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume (Space)</source>
        <translation>Metti in pausa o riprendi (Spazio)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Skip this step (Right or N)</source>
        <translation>Salta questo passaggio (Freccia destra o N)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound on</source>
        <translation>Suono attivo</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Turn sound cues on or off</source>
        <translation>Attiva o disattiva i segnali sonori</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues</source>
        <translation>Segnali sonori</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Full screen on or off (F)</source>
        <translation>Attiva o disattiva lo schermo intero (F)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>End the session (Esc)</source>
        <translation>Termina la sessione (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Leave full screen</source>
        <translation>Esci dallo schermo intero</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound off</source>
        <translation>Suono disattivato</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues are silent: no sound player was found on this computer. On Linux, install GStreamer's gst-play-1.0 (package gstreamer1.0-plugins-base-apps) and start the app again.</source>
        <translation>I segnali sonori sono muti: su questo computer non è stato trovato alcun programma per riprodurre suoni. Su Linux, installi gst-play-1.0 di GStreamer (pacchetto gstreamer1.0-plugins-base-apps) e riavvii l'app.</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>No sound</source>
        <translation>Nessun suono</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Safety: {note}</source>
        <translation>Sicurezza: {note}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>press Space to start</source>
        <translation>prema Spazio per iniziare</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Rep {rep} of {reps} · {phase}</source>
        <translation>Ripetizione {rep} di {reps} · {phase}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Set {n} of {sets}</source>
        <translation>Serie {n} di {sets}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: {what}</source>
        <translation>A seguire: {what}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: the end</source>
        <translation>A seguire: la fine</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>{time} left</source>
        <translation>ancora {time}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{name} ({low}–{high})</source>
        <translation>{name} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{id} (missing)</source>
        <translation>{id} (mancante)</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{setting}: {day}</source>
        <translation>{setting}: {day}</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{day}: different time</source>
        <translation>{day}: orario diverso</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Mon</source>
        <extracomment>The abbreviated weekday name, as in Mon 21:30.</extracomment>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Thu</source>
        <translation>Gio</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud needs PulseAudio's client library, which this computer lacks. Install it (on Debian and Ubuntu: sudo apt install libpulse0), then restart Stretch Coach.</source>
        <translation>Per leggere ad alta voce i passaggi serve la libreria client di PulseAudio, che manca su questo computer. La installi (su Debian e Ubuntu: sudo apt install libpulse0), poi riavvii Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud is an optional part of Stretch Coach that is not installed. Add it with: {uv_command} (or, if you installed with pipx: {pip_command}), then restart Stretch Coach.</source>
        <translation>La lettura ad alta voce dei passaggi è una parte facoltativa di Stretch Coach che non è installata. La aggiunga con: {uv_command} (oppure, se ha installato con pipx: {pip_command}), poi riavvii Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>No speech engine was found on this computer. To hear the steps read aloud on Linux, install speech-dispatcher and espeak-ng (on Debian and Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Stretch Coach.</source>
        <translation>Su questo computer non è stato trovato alcun motore di sintesi vocale. Per sentire i passaggi letti ad alta voce su Linux, installi speech-dispatcher ed espeak-ng (su Debian e Ubuntu: sudo apt install speech-dispatcher espeak-ng), poi riavvii Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Start bedtime routine</source>
        <translation>Avvia il programma della sera</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>No reminders planned</source>
        <translation>Nessun promemoria previsto</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Pause reminders</source>
        <translation>Sospendi i promemoria</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For tonight</source>
        <translation>Per stasera</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Until I resume</source>
        <translation>Finché non li riattivo</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Resume reminders</source>
        <translation>Riattiva i promemoria</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Note last night's cramps…</source>
        <translation>Annota i crampi della notte scorsa…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Open {app}</source>
        <translation>Apri {app}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch Coach keeps running here to remind you this evening. Choose Quit from this icon's menu to close it completely.</source>
        <translation>Stretch Coach resta attivo qui per darle i promemoria stasera. Per chiuderlo del tutto, scelga “Esci” dal menu di questa icona.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused</source>
        <translation>Promemoria sospesi</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Promemoria sospesi fino alle {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch reminder at {time}</source>
        <translation>Promemoria per lo stretching alle {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Water reminder at {time}</source>
        <translation>Promemoria per l'acqua alle {time}</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Illustration of the move</source>
        <translation>Illustrazione del movimento</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Some settings could not be used and were reset:</source>
        <translation>Alcune impostazioni non erano utilizzabili e sono state ripristinate:</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your settings could not be saved ({error}).</source>
        <translation>Non è stato possibile salvare le impostazioni ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Saved {files} in {folder}.</source>
        <translation>File salvati in {folder}: {files}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Nothing was written: {error}</source>
        <translation>Non è stato scritto nulla: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The export failed: {error}</source>
        <translation>L'esportazione non è riuscita: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>There are no reminders to add: the stretch reminder and the water reminders are both turned off.</source>
        <translation>Non ci sono promemoria da aggiungere: il promemoria per lo stretching e quelli per l’acqua sono tutti disattivati.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your reminders are saved in {file}.

On an iPhone or iPad: send the file to yourself by e-mail, open it in Mail and add all the events.

With an Android phone: on this computer, open Google Calendar in your web browser, choose Settings, then Import, and pick this file. The reminders then appear on the phone.

Check that the calendar rings at the time of each event. The file holds your reminders as they are now: after changing your bedtime or reminders, delete the old events and add a new file.</source>
        <translation>I promemoria sono stati salvati in {file}.

Su un iPhone o iPad: si invii il file per e-mail, lo apra in Mail e aggiunga tutti gli eventi.

Con un telefono Android: su questo computer apra Google Calendar nel browser, scelga Impostazioni, poi Importa, e selezioni questo file. I promemoria compariranno poi sul telefono.

Controlli che il calendario suoni all’ora di ogni evento. Il file contiene i promemoria come sono adesso: se cambia l’ora di andare a letto o i promemoria, elimini i vecchi eventi e aggiunga un nuovo file.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>{file} already exists. Nothing was written.</source>
        <translation>{file} esiste già. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The calendar file could not be saved: {error}</source>
        <translation>Impossibile salvare il file di calendario: {error}</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Bedtime stretch</source>
        <translation>Stretching prima di dormire</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Toe curls, heel raises and a calf stretch on each leg, just before sleep.</source>
        <translation>Flessione delle dita dei piedi, sollevamento dei talloni e un allungamento del polpaccio per ogni gamba, subito prima di dormire.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>Cramp relief</source>
        <translation>Sollievo dal crampo</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>A gentle guide for during a cramp: stretch the muscle, rub it, then stand on the leg.</source>
        <translation>Una guida delicata da usare durante un crampo: allungare il muscolo, massaggiarlo, poi mettersi in piedi sulla gamba.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Quick stretch</source>
        <translation>Stretching veloce</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Toe curls and one calf stretch per leg, for nights when time is short.</source>
        <translation>Flessione delle dita dei piedi e un allungamento del polpaccio per gamba, per le sere in cui c'è poco tempo.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Seated stretch</source>
        <translation>Stretching da seduti</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Everything done sitting, for anyone who cannot stretch standing.</source>
        <translation>Tutto da seduti, per chi non riesce a fare stretching in piedi.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>Research protocol</source>
        <translation>Protocollo dello studio</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>The calf and hamstring stretches from a published trial: hold 10 s, relax 10 s, three times per leg.</source>
        <translation>Gli allungamenti di polpaccio e muscoli posteriori della coscia di uno studio pubblicato: mantenere 10 s, rilassare 10 s, tre volte per gamba.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach gives general information, not medical advice. It cannot tell you why you get cramps; if they worry you, talk to a doctor.</source>
        <translation>Stretch Coach fornisce informazioni generali, non consigli medici. Non può dirle perché ha i crampi; se la preoccupano, ne parli con un medico.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What night cramps are</source>
        <translation>Cosa sono i crampi notturni</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What may help</source>
        <translation>Cosa può aiutare</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Supplements and medicines</source>
        <translation>Integratori e farmaci</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>During a cramp</source>
        <translation>Durante un crampo</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching safely</source>
        <translation>Fare stretching in sicurezza</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to see a doctor</source>
        <translation>Quando rivolgersi a un medico</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Make an ordinary appointment with a doctor if:</source>
        <translation>Prenda un normale appuntamento dal medico se:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to get urgent advice</source>
        <translation>Quando chiedere un parere medico urgente</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Get medical advice straight away if:</source>
        <translation>Chieda subito un parere medico se:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A leg cramp can last from a few seconds to about ten minutes, and the muscle may feel tender for up to a day afterwards.</source>
        <translation>Un crampo alla gamba può durare da pochi secondi a circa dieci minuti, e in seguito il muscolo può restare dolente fino a un giorno.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The calf is the usual place; the feet or thighs less so. Roughly three cramps in four come at night.</source>
        <translation>Di solito colpisce il polpaccio; meno spesso i piedi o le cosce. Circa tre crampi su quattro si presentano di notte.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Things that can play a part include getting older, hard exercise, pregnancy, not drinking enough, liver disease and some medicines (statins and diuretics, for example).</source>
        <translation>Tra i fattori che possono avere un ruolo ci sono l'età che avanza, l'attività fisica intensa, la gravidanza, il bere troppo poco, le malattie del fegato e alcuni farmaci (per esempio statine e diuretici).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A short stretch just before sleep may help. In a trial with 80 people over 55 who got night cramps at least weekly, those who stretched their calves and hamstrings every night for 6 weeks reported on average 1.2 fewer cramps a night (95% CI 0.6 to 1.8) and cramps 1.3 points milder on a 0-10 scale (95% CI 0.9 to 1.7) than those who did not stretch.</source>
        <translation>Un breve stretching subito prima di dormire può aiutare. In uno studio con 80 persone con più di 55 anni che avevano crampi notturni almeno una volta alla settimana, chi ha allungato polpacci e muscoli posteriori della coscia ogni sera per 6 settimane ha riferito in media 1,2 crampi in meno a notte (IC 95% da 0,6 a 1,8) e crampi più lievi di 1,3 punti su una scala da 0 a 10 (IC 95% da 0,9 a 1,7) rispetto a chi non faceva stretching.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The trial's stretch: ease into a moderately strong stretch, hold it for 10 seconds, let go for 10 seconds, three times for each stretch on each leg (about three minutes in all), right before going to sleep, breathing calmly throughout. The trial-protocol routine follows it.</source>
        <translation>Lo stretching dello studio: entrare gradualmente in un allungamento moderatamente intenso, mantenerlo per 10 secondi, rilasciare per 10 secondi, tre volte per ogni allungamento su ciascuna gamba (circa tre minuti in tutto), subito prima di addormentarsi, respirando con calma per tutto il tempo. Il programma “Protocollo dello studio” segue questo schema.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS guidance describes a calf stretch facing a wall, repeated a few times a day with the last one just before bed.</source>
        <translation>Le indicazioni del servizio sanitario britannico (NHS) descrivono un allungamento del polpaccio di fronte a un muro, ripetuto alcune volte al giorno, con l'ultima subito prima di andare a letto.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A 2012 Cochrane review judged the evidence for non-drug ways of easing cramps to be limited overall, so stretching may help rather than being a sure thing.</source>
        <translation>Una revisione Cochrane del 2012 ha giudicato nel complesso limitate le prove a favore dei metodi non farmacologici per alleviare i crampi: lo stretching quindi può aiutare, ma non è una certezza.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Have your usual daily drinks mostly earlier in the day and go easy on drinks in the two hours before bed (alcohol, coffee and tea most of all); that may mean fewer trips to the toilet at night. It is why the water reminders stop two hours before bedtime.</source>
        <translation>Beva la quantità abituale della giornata soprattutto nella prima parte del giorno e limiti le bevande nelle due ore prima di andare a letto (soprattutto alcol, caffè e tè); così potrebbe doversi alzare meno spesso di notte per andare in bagno. Per questo i promemoria per l'acqua si fermano due ore prima dell'ora di andare a letto.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Heavy or tight bed covers can hold your feet pointed, which shortens the calf muscle. Loosening them may help; there is little evidence for this, but it does no harm.</source>
        <translation>Coperte pesanti o troppo strette possono tenere i piedi in punta, e questo accorcia il muscolo del polpaccio. Allentarle può aiutare; ci sono poche prove a riguardo, ma non fa male.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Magnesium is widely sold for cramps. A 2020 Cochrane review looked at the trials. For ordinary night cramps in older people, magnesium did not help: in 5 trials with 307 people, those who took it had about as many cramps a week as those who took a dummy pill (placebo). For cramps in pregnancy, the trials disagree.</source>
        <translation>Il magnesio è molto venduto contro i crampi. Una revisione Cochrane del 2020 ha esaminato gli studi. Per i comuni crampi notturni nelle persone anziane, il magnesio non ha aiutato: in 5 studi con 307 persone, chi lo assumeva aveva più o meno lo stesso numero di crampi a settimana di chi prendeva una pillola finta (placebo). Per i crampi in gravidanza, gli studi non concordano.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>If you are thinking of taking magnesium or another supplement, ask a pharmacist or doctor first, especially if you take other medicines or have kidney disease.</source>
        <translation>Se pensa di assumere magnesio o un altro integratore, chieda prima a un farmacista o a un medico, soprattutto se prende altri farmaci o ha una malattia renale.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The UK medicines regulator (MHRA) says quinine should not be used routinely for night cramps. On average it means about one cramp fewer a week, and it can have serious side effects, such as blood disorders and problems with the heart rhythm.</source>
        <translation>L'autorità britannica per i farmaci (MHRA) afferma che il chinino non dovrebbe essere usato di routine per i crampi notturni. In media comporta circa un crampo in meno a settimana e può avere gravi effetti collaterali, come disturbi del sangue e problemi del ritmo cardiaco.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Doctors consider quinine only when cramps are very painful or frequent, other causes have been ruled out and stretching has not helped. If it has not helped after four weeks, it is stopped.</source>
        <translation>I medici prendono in considerazione il chinino solo quando i crampi sono molto dolorosi o frequenti, le altre cause sono state escluse e lo stretching non ha aiutato. Se dopo quattro settimane non ha aiutato, viene sospeso.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Some medicines can bring on cramps. Examples are water tablets (diuretics), salbutamol (used in inhalers), statins and some blood-pressure medicines such as nifedipine.</source>
        <translation>Alcuni farmaci possono provocare crampi. Ne sono esempi i farmaci che fanno eliminare liquidi (diuretici), il salbutamolo (usato negli inalatori), le statine e alcuni farmaci per la pressione come la nifedipina.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Ask your doctor or pharmacist whether any of your medicines could play a part. Never stop a prescribed medicine on your own.</source>
        <translation>Chieda al medico o al farmacista se qualcuno dei suoi farmaci potrebbe avere un ruolo. Non sospenda mai di sua iniziativa un farmaco prescritto.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching the muscle, rubbing it, or getting up and standing with your weight on that leg may ease a cramp. The cramp-relief routine guides you.</source>
        <translation>Allungare il muscolo, massaggiarlo, oppure alzarsi e stare in piedi con il peso su quella gamba può alleviare un crampo. Il programma “Sollievo dal crampo” la guida.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Painkillers such as paracetamol or ibuprofen act too slowly to help while a cramp is happening.</source>
        <translation>Gli antidolorifici come paracetamolo o ibuprofene agiscono troppo lentamente per aiutare mentre il crampo è in corso.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stop any move that gives you a sharp pain.</source>
        <translation>Interrompa qualsiasi movimento che le provochi un dolore acuto.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Keep a hand on a chair or a wall for balance in standing moves.</source>
        <translation>Negli esercizi in piedi tenga una mano su una sedia o sul muro per mantenere l'equilibrio.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps disturb your sleep or get in the way of your day</source>
        <translation>i crampi disturbano il sonno o le attività della giornata</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps come often</source>
        <translation>i crampi sono frequenti</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>your legs feel numb or look swollen</source>
        <translation>sente le gambe intorpidite o le vede gonfie</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>the muscles in your legs seem to be getting smaller or weaker</source>
        <translation>i muscoli delle gambe sembrano diventare più piccoli o più deboli</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>a cramp goes on for more than 10 minutes and moving does not ease it</source>
        <translation>un crampo dura più di 10 minuti e muoversi non lo allevia</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after a wound that might be infected (tetanus is a risk)</source>
        <translation>i crampi sono iniziati dopo una ferita che potrebbe essere infetta (c'è rischio di tetano)</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after contact with something poisonous, such as lead or mercury</source>
        <translation>i crampi sono iniziati dopo il contatto con qualcosa di velenoso, come piombo o mercurio</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Your diary shows cramps on most nights for two weeks running. NHS guidance lists frequent cramps among the reasons to see a doctor.</source>
        <translation>Il diario mostra crampi nella maggior parte delle notti per due settimane di fila. Le indicazioni del servizio sanitario britannico (NHS) includono i crampi frequenti tra i motivi per rivolgersi a un medico.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</source>
        <translation>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Blyton F et al. Cochrane systematic review of non-drug treatments for lower-limb muscle cramps, 2012 (CD008496).</source>
        <translation>Blyton F et al. Revisione sistematica Cochrane sui trattamenti non farmacologici dei crampi muscolari degli arti inferiori, 2012 (CD008496).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS, NHS inform and nidirect: public guidance on leg cramps.</source>
        <translation>NHS, NHS inform e nidirect: indicazioni pubbliche sui crampi alle gambe.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Sleep Foundation: advice on nocturia (waking at night to urinate).</source>
        <translation>Sleep Foundation: consigli sulla nicturia (svegliarsi di notte per urinare).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach's own exercise safety notes (common-sense care, not a study).</source>
        <translation>Le note di sicurezza di Stretch Coach sugli esercizi (buon senso, non uno studio).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</source>
        <translation>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>MHRA (the UK medicines regulator): Drug Safety Update on quinine for night leg cramps, 2010 (reminder 2014).</source>
        <translation>MHRA (l'autorità britannica per i farmaci): Drug Safety Update sul chinino per i crampi notturni alle gambe, 2010 (richiamo nel 2014).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NICE Clinical Knowledge Summary: Leg cramps.</source>
        <translation>NICE Clinical Knowledge Summary: Leg cramps.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>bpac NZ: advice for general practice on night leg cramps.</source>
        <translation>bpac NZ: indicazioni per la medicina generale sui crampi notturni alle gambe.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime</source>
        <translation>Ora di andare a letto</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Times from 00:00 to 05:59 count as the night before.</source>
        <translation>Gli orari dalle 00:00 alle 05:59 contano come parte della notte precedente.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Other bedtimes</source>
        <translation>Altri orari per andare a letto</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>A different bedtime on some evenings of the week.</source>
        <translation>Un orario diverso in alcune sere della settimana.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stretch reminder</source>
        <translation>Promemoria per lo stretching</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes before bedtime</source>
        <translation>Minuti prima di andare a letto</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The evenings with a stretch reminder.</source>
        <translation>Le sere con il promemoria per lo stretching.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Water</source>
        <translation>Acqua</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Remind me to drink during the afternoon</source>
        <translation>Ricordami di bere durante il pomeriggio</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>First water reminder</source>
        <translation>Primo promemoria per l'acqua</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes between reminders</source>
        <translation>Minuti tra un promemoria e l'altro</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stop before bedtime</source>
        <translation>Stop prima di andare a letto</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>They stop before bed because drinks late in the evening make waking at night to pass urine more likely.</source>
        <translation>Si fermano prima di andare a letto perché bere a tarda sera rende più probabile svegliarsi di notte per urinare.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Routine</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default routine</source>
        <translation>Programma predefinito</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The routine reminders and the tray start</source>
        <translation>Il programma avviato dai promemoria e dall'icona nell'area di notifica</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default length</source>
        <translation>Durata predefinita</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Sound and voice</source>
        <translation>Suono e voce</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Play sound cues</source>
        <translation>Riproduci segnali sonori</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Colours of the app</source>
        <translation>Colori dell'app</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime (dim and warm)</source>
        <translation>Notturno (tenue e caldo)</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Larger text on every screen, on top of the desktop's own font size</source>
        <translation>Testo più grande in ogni schermata, in aggiunta alla dimensione dei caratteri del desktop</translation>
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
        <translation>Molto grande</translation>
    </message>
    <message>
        <location filename="../core/insights.py"/>
        <source>This is your own record, not proof: cramps come and go for many reasons, so a difference here does not show that stretching caused it.</source>
        <translation>Questa è una sua registrazione personale, non una prova: i crampi vanno e vengono per molti motivi, quindi una differenza qui non dimostra che sia stata causata dallo stretching.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Stretch reminder</source>
        <translation>Promemoria per lo stretching</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Guided bedtime stretches and evening reminders for night-time leg cramps</source>
        <translation>Stretching guidato prima di dormire e promemoria serali per i crampi notturni alle gambe</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>stretch;stretching;cramp;leg;calf;foot;bedtime;reminder;exercise;</source>
        <extracomment>Search words for the application menu, each followed by ; (no spaces around it).</extracomment>
        <translation>stretching;allungamento;crampo;crampi;gamba;gambe;polpaccio;piede;notte;letto;promemoria;esercizio;esercizi;</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Start stretching</source>
        <translation>Avvia lo stretching</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Cramp relief</source>
        <translation>Sollievo dal crampo</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Toe curls</source>
        <translation>Flessione delle dita dei piedi</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit or stand with your bare feet flat on the floor.</source>
        <translation>Si sieda o stia in piedi a piedi nudi, con le piante ben appoggiate a terra.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Slowly curl your toes down, as if gripping a towel.</source>
        <translation>Pieghi lentamente le dita dei piedi verso il basso, come per afferrare un asciugamano.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold the curl for a moment, then spread your toes and relax.</source>
        <translation>Mantenga le dita piegate per un momento, poi le allarghi e si rilassi.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Curl gently. If a foot starts to cramp, stop and stretch your toes upward.</source>
        <translation>Pieghi le dita con delicatezza. Se un piede inizia ad avere un crampo, si fermi e allunghi le dita verso l'alto.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Heel raises</source>
        <translation>Sollevamento dei talloni</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand tall and rest a hand on a chair back or the wall for balance.</source>
        <translation>Stia in piedi con la schiena dritta e appoggi una mano sullo schienale di una sedia o al muro per l'equilibrio.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rise slowly onto the balls of your feet.</source>
        <translation>Salga lentamente sulle punte dei piedi.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause at the top, then lower your heels slowly to the floor.</source>
        <translation>Faccia una pausa in alto, poi abbassi lentamente i talloni fino a terra.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a hand on something steady. Stop if a move causes sharp pain.</source>
        <translation>Tenga una mano su qualcosa di stabile. Si fermi se un movimento provoca un dolore acuto.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated heel raises</source>
        <translation>Sollevamento dei talloni da seduti</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit near the front of a steady chair, knees bent, feet flat.</source>
        <translation>Si sieda verso il bordo anteriore di una sedia stabile, ginocchia piegate, piedi appoggiati a terra.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lift both heels slowly, keeping your toes on the floor.</source>
        <translation>Sollevi lentamente entrambi i talloni, tenendo le punte dei piedi a terra.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause, then lower your heels slowly.</source>
        <translation>Faccia una pausa, poi abbassi lentamente i talloni.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Move slowly and stop if a move causes sharp pain.</source>
        <translation>Si muova lentamente e si fermi se un movimento provoca un dolore acuto.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Calf stretch at the wall</source>
        <translation>Allungamento del polpaccio al muro</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Face a wall and put both palms on it at chest height.</source>
        <translation>Si metta di fronte a un muro e appoggi entrambi i palmi all'altezza del petto.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Step one leg back and keep it straight, heel down on the floor.</source>
        <translation>Porti una gamba indietro e la tenga tesa, con il tallone a terra.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the front knee and lean in until the back calf feels a moderate stretch.</source>
        <translation>Pieghi il ginocchio davanti e si sporga in avanti finché non sente un allungamento moderato nel polpaccio della gamba dietro.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly. Do not hold your breath.</source>
        <translation>Mantenga la posizione e respiri con calma. Non trattenga il respiro.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stretch to a moderate pull, never to pain. Keep the back heel down.</source>
        <translation>Allunghi fino a sentire una tensione moderata, mai fino al dolore. Tenga a terra il tallone della gamba dietro.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hamstring stretch</source>
        <translation>Allungamento dei muscoli posteriori della coscia</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand and rest one heel on a low step in front of you, leg straight, toes up.</source>
        <translation>Stia in piedi e appoggi un tallone su un gradino basso davanti a sé, gamba tesa, punta del piede verso l'alto.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the standing knee a little and rest your hands on that thigh.</source>
        <translation>Pieghi leggermente il ginocchio della gamba d'appoggio e appoggi le mani su quella coscia.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lean forward from the hips with a straight back until the back of the raised leg feels a moderate stretch.</source>
        <translation>Si pieghi in avanti dalle anche, con la schiena dritta, finché non sente un allungamento moderato nella parte posteriore della gamba sollevata.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly.</source>
        <translation>Mantenga la posizione e respiri con calma.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep your back straight and hold on to something if you feel unsteady.</source>
        <translation>Tenga la schiena dritta e si tenga a qualcosa se si sente instabile.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated calf and hamstring stretch</source>
        <translation>Allungamento da seduti di polpaccio e muscoli posteriori della coscia</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit on the bed or the floor with one leg straight out in front of you.</source>
        <translation>Si sieda sul letto o sul pavimento con una gamba tesa davanti a sé.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Loop a towel around the ball of that foot and hold both ends.</source>
        <translation>Passi un asciugamano sotto l'avampiede di quel piede e ne tenga i due capi.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently until the calf and the back of the thigh feel a moderate stretch.</source>
        <translation>Tiri delicatamente finché non sente un allungamento moderato nel polpaccio e nella parte posteriore della coscia.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently and steadily, never with a jerk. Stop if it hurts.</source>
        <translation>Tiri in modo delicato e costante, mai a strappi. Si fermi se fa male.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull your toes up</source>
        <translation>Tirare le dita dei piedi verso di sé</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit with the cramping leg straight out in front of you.</source>
        <translation>Si sieda con la gamba colpita dal crampo tesa davanti a sé.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Reach for your toes, or use a towel, and pull them gently toward your shin.</source>
        <translation>Prenda le dita dei piedi con la mano, o usi un asciugamano, e le tiri delicatamente verso lo stinco.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a slow, steady pull and breathe out slowly.</source>
        <translation>Mantenga una trazione lenta e costante ed espiri lentamente.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Ease into it. A cramp that lasts longer than 10 minutes needs urgent advice.</source>
        <translation>Entri nell'allungamento con gradualità. Un crampo che dura più di 10 minuti richiede un parere medico urgente.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand on the leg</source>
        <translation>Mettersi in piedi sulla gamba</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold on to a chair or the wall and stand up slowly.</source>
        <translation>Si tenga a una sedia o al muro e si alzi lentamente.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Put your weight on the cramping leg and press the heel into the floor.</source>
        <translation>Porti il peso sulla gamba con il crampo e prema il tallone contro il pavimento.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stay there while the muscle lets go.</source>
        <translation>Resti così mentre il muscolo si rilassa.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Get up slowly and hold on: legs can be unsteady at night.</source>
        <translation>Si alzi lentamente e si tenga a qualcosa: di notte le gambe possono essere malferme.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the muscle</source>
        <translation>Massaggiare il muscolo</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit down and rest the leg in front of you.</source>
        <translation>Si sieda e appoggi la gamba davanti a sé.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the tight muscle with both hands in slow, firm strokes.</source>
        <translation>Massaggi il muscolo contratto con entrambe le mani, con movimenti lenti e decisi.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep breathing slowly until it softens.</source>
        <translation>Continui a respirare lentamente finché il muscolo non si ammorbidisce.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>The muscle may feel sore for up to a day afterwards; that is common.</source>
        <translation>Il muscolo può restare indolenzito fino a un giorno dopo; capita spesso.</translation>
    </message>
</context>
</TS>
