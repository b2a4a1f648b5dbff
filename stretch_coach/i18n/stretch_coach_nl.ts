<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AppStream</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Guided bedtime stretches for night-time leg cramps</source>
        <translation>Begeleide rekoefeningen voor het slapengaan bij nachtelijke kramp in de benen</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Stretch Coach is a calm desktop coach for people who wake at night with foot and calf cramps. Before bed it guides a short stretch routine on screen: toe curls, heel raises, calf and hamstring stretches, with a large countdown, paced repetitions, clear drawings and gentle sound cues.</source>
        <translation>Stretch Coach is een rustige coach op de computer voor mensen die ’s nachts wakker worden van kramp in voet en kuit. Voor het slapengaan begeleidt de app op het scherm een kort oefenschema met rekoefeningen: tenen krullen, hielen heffen, kuit en hamstrings rekken, met een grote aftelklok, herhalingen in een vast tempo, duidelijke tekeningen en zachte geluidssignalen.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Routines can be set to any length from one to sixty minutes. A seated routine suits anyone who cannot stretch standing, and a short cramp relief guide helps while a cramp is happening. Evening reminders prompt you to drink water in the afternoon and to stretch shortly before bed.</source>
        <translation>Oefenschema’s kunnen op elke duur van één tot zestig minuten worden ingesteld. Een zittend oefenschema is geschikt voor iedereen die niet staand kan rekken, en een korte begeleiding bij kramp helpt terwijl u kramp hebt. Avondherinneringen sporen u aan om ’s middags water te drinken en kort voor het slapengaan te rekken.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Everything stays on your computer: settings, history and the cramp diary are never sent anywhere. Stretch Coach gives general information, not medical advice.</source>
        <translation>Alles blijft op uw computer: instellingen, geschiedenis en het krampdagboek worden nooit ergens naartoe gestuurd. Stretch Coach geeft algemene informatie, geen medisch advies.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Bedtime is at {time}. A few minutes of stretching before bed may help keep night cramps away.</source>
        <translation>Uw bedtijd is om {time}. Een paar minuten rekken voor het slapengaan kan helpen om nachtelijke kramp te voorkomen.</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time to stretch</source>
        <translation>Tijd om te rekken</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time for a glass of water</source>
        <translation>Tijd voor een glas water</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Drinking earlier in the evening, and less in the last two hours before bed, means fewer trips to the bathroom at night.</source>
        <translation>Eerder op de avond drinken, en minder in de laatste twee uur voor het slapengaan, betekent dat u ’s nachts minder vaak naar de wc hoeft.</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <source>Night-time leg cramps: general information</source>
        <translation>Nachtelijke kramp in de benen: algemene informatie</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <location filename="../ui/about_page.py"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. Stretch Coach could not read {file} ({why}), so it left that file as it is rather than lose what it holds. Give yourself permission to read and write it, or move it away, then save again.</source>
        <translation>Uw instellingen zijn niet opgeslagen. Stretch Coach kon {file} niet lezen ({why}) en heeft dat bestand daarom ongewijzigd gelaten, zodat de inhoud niet verloren gaat. Geef uzelf toestemming om het te lezen en te schrijven, of verplaats het, en sla daarna opnieuw op.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is a link to {target}, and the folder that file belongs in does not exist. Create the folder or change the link, then save again.</source>
        <translation>Uw instellingen zijn niet opgeslagen. {file} is een koppeling naar {target}, en de map waarin dat bestand hoort, bestaat niet. Maak de map aan of wijzig de koppeling, en sla daarna opnieuw op.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is not an ordinary file (it is a folder, a pipe or a device), so Stretch Coach left it as it is. Remove it or put a settings file in its place, then save again.</source>
        <translation>Uw instellingen zijn niet opgeslagen. {file} is geen gewoon bestand (het is een map, een pipe of een apparaat), dus Stretch Coach heeft het ongewijzigd gelaten. Verwijder het of zet er een instellingenbestand voor in de plaats, en sla daarna opnieuw op.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your choices stay in use until Stretch Coach is closed.</source>
        <translation>Uw keuzes blijven gelden tot Stretch Coach wordt afgesloten.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not true or false</source>
        <translation>{value} is niet true of false</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is outside the range the app allows</source>
        <translation>{value} valt buiten het bereik dat de app toestaat</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a time of day like 22:30</source>
        <translation>{value} is geen tijdstip zoals 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole minute like 22:30</source>
        <translation>{value} is geen hele minuut zoals 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} is geen van de keuzemogelijkheden</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not the name of a routine</source>
        <translation>{value} is geen naam van een oefenschema</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>there is no routine called {value}</source>
        <translation>er is geen oefenschema met de naam {value}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a list of days</source>
        <translation>{value} is geen lijst met dagen</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a day of the week, so it was left out</source>
        <translation>{value} is geen dag van de week en is daarom weggelaten</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a group of settings</source>
        <translation>{value} is geen groep instellingen</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file's version {value} is not a number</source>
        <translation>versie {value} van het bestand is geen getal</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file was written by a newer Stretch Coach; the settings this version knows are used</source>
        <translation>het bestand is gemaakt door een nieuwere Stretch Coach; de instellingen die deze versie kent, worden gebruikt</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file is from a very old Stretch Coach; the settings this version knows are used</source>
        <translation>het bestand komt van een heel oude Stretch Coach; de instellingen die deze versie kent, worden gebruikt</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file cannot be read; the defaults are used, and the file is not saved over</source>
        <translation>het instellingenbestand kan niet worden gelezen; de standaardinstellingen worden gebruikt en het bestand wordt niet overschreven</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is not an ordinary file (a folder, a pipe or a device); the defaults are used</source>
        <translation>het instellingenbestand is geen gewoon bestand (een map, een pipe of een apparaat); de standaardinstellingen worden gebruikt</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is damaged; a copy was kept and the defaults are used</source>
        <translation>het instellingenbestand is beschadigd; er is een kopie bewaard en de standaardinstellingen worden gebruikt</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is far too large to be a settings file; the defaults are used</source>
        <translation>het instellingenbestand is veel te groot om een instellingenbestand te zijn; de standaardinstellingen worden gebruikt</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The folder of your own routines cannot be read.</source>
        <translation>De map met uw eigen oefenschema’s kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} could not be used and was left out.</source>
        <translation>Uw oefenschemabestand {file} kon niet worden gebruikt en is weggelaten.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} has the same id as a built-in routine and was left out.</source>
        <translation>Uw oefenschemabestand {file} heeft dezelfde id als een ingebouwd oefenschema en is weggelaten.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine files {file} and {other} have the same id; {file} was left out.</source>
        <translation>Uw oefenschemabestanden {file} en {other} hebben dezelfde id; {file} is weggelaten.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not from {low} to {high}</source>
        <translation>{value} ligt niet tussen {low} en {high}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{setting}: {problem}</source>
        <translation>{setting}: {problem}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{line}; using {fallback}</source>
        <translation>{line}; {fallback} wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine has a value the app cannot use.</source>
        <translation>Het oefenschema bevat een waarde die de app niet kan gebruiken.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The file cannot be read as a routine.</source>
        <translation>Het bestand kan niet als oefenschema worden gelezen.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>A built-in routine cannot be changed or deleted.</source>
        <translation>Een ingebouwd oefenschema kan niet worden gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Another routine already has this id.</source>
        <translation>Een ander oefenschema heeft al deze id.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine could not be saved as it is.</source>
        <translation>Het oefenschema kon in deze vorm niet worden opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../phrasing.py"/>
        <source>As written, the routine would take about %n minute(s); a routine can take at most {limit} minutes. Use fewer exercises or sets, or shorter holds and rests.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>Zoals het nu is opgesteld, zou het oefenschema ongeveer %n minuut duren; een oefenschema mag hoogstens {limit} minuten duren. Gebruik minder oefeningen of sets, of kortere tijden voor vasthouden en rusten.</numerusform>
            <numerusform>Zoals het nu is opgesteld, zou het oefenschema ongeveer %n minuten duren; een oefenschema mag hoogstens {limit} minuten duren. Gebruik minder oefeningen of sets, of kortere tijden voor vasthouden en rusten.</numerusform>
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
        <translation>Linkerbeen</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Right leg</source>
        <translation>Rechterbeen</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>up…</source>
        <translation>omhoog…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>down…</source>
        <translation>omlaag…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>hold…</source>
        <translation>vasthouden…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>curl…</source>
        <translation>krullen…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>release…</source>
        <translation>loslaten…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get ready</source>
        <translation>Maak u klaar</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax</source>
        <translation>Ontspannen</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Next: {name}</source>
        <translation>Hierna: {name}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>First up: {name}. {first}</source>
        <translation>Eerst: {name}. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Let go and breathe calmly. The next set starts when the ring runs out.</source>
        <translation>Laat los en adem rustig. De volgende set begint als de ring leeg is.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the left leg. {first}</source>
        <translation>Wissel naar het linkerbeen. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the right leg. {first}</source>
        <translation>Wissel naar het rechterbeen. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, left leg.</source>
        <translation>{name}, linkerbeen.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, right leg.</source>
        <translation>{name}, rechterbeen.</translation>
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
            <numerusform>Houd %n seconde vast.</numerusform>
            <numerusform>Houd %n seconden vast.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Hold.</source>
        <translation>Vasthouden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>Relax for %n second(s).</source>
        <translation>
            <numerusform>Ontspan %n seconde.</numerusform>
            <numerusform>Ontspan %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax.</source>
        <translation>Ontspannen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>%n slow repetition(s).</source>
        <translation>
            <numerusform>%n langzame herhaling.</numerusform>
            <numerusform>%n langzame herhalingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the left leg.</source>
        <translation>Wissel naar het linkerbeen.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the right leg.</source>
        <translation>Wissel naar het rechterbeen.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax {n} s</source>
        <translation>{n} s ontspannen</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get into position: {label}</source>
        <translation>Neem de beginhouding aan: {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>{label} · %n rep(s)</source>
        <translation>
            <numerusform>{label} · %n herhaling</numerusform>
            <numerusform>{label} · %n herhalingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · hold {n} s</source>
        <translation>{label} · {n} s vasthouden</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · set {n} of {sets}</source>
        <translation>{label} · set {n} van {sets}</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>See “{section}” under {page}.</source>
        <translation>Zie “{section}” onder {page}.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>About cramps</source>
        <translation>Over kramp</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>About night cramps</source>
        <translation>Over nachtelijke kramp</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>Your data stays on this computer.</source>
        <translation>Uw gegevens blijven op deze computer.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/main_window.py"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>Week of {week}: {values}</source>
        <translation>Week van {week}: {values}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Save the reminders as a calendar file</source>
        <translation>De herinneringen opslaan als agendabestand</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Start at login could not be changed ({error}).</source>
        <translation>Starten bij aanmelden kon niet worden gewijzigd ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Reminders for your phone</source>
        <translation>Herinneringen voor uw telefoon</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>{file} already exists. Replace it with your reminders as they are now?</source>
        <translation>{file} bestaat al. Vervangen door uw herinneringen zoals ze nu zijn?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace it</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Last night's entry could not be saved: {error}</source>
        <translation>De notitie over afgelopen nacht kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>It is worth talking to a doctor if:</source>
        <translation>Het is zinvol om met een arts te praten als:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Get advice straight away if:</source>
        <translation>Vraag meteen advies als:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Cramps most nights</source>
        <translation>Kramp in de meeste nachten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Your history could not be read: {error}</source>
        <translation>Uw geschiedenis kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night?</source>
        <translation>Deze nacht verwijderen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete what you noted for the night of {night}? This cannot be undone.</source>
        <translation>Wat u voor de nacht van {night} hebt genoteerd, verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night</source>
        <translation>Deze nacht verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} could not be deleted: {error}</source>
        <translation>De nacht van {night} kon niet worden verwijderd: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} was deleted.</source>
        <translation>De nacht van {night} is verwijderd.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Foot</source>
        <translation>Voet</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Calf</source>
        <translation>Kuit</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Thigh</source>
        <translation>Bovenbeen</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/home_page.py"/>
        <source>Last night</source>
        <translation>Afgelopen nacht</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How was last night?</source>
        <translation>Hoe was afgelopen nacht?</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>A quick note each morning shows over the weeks whether stretching helps you.</source>
        <translation>Een korte notitie elke ochtend laat in de loop van de weken zien of rekken u helpt.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Next month</source>
        <translation>Volgende maand</translation>
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
        <translation>Nacht van</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>The evening the night began</source>
        <translation>De avond waarop de nacht begon</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Number of cramps</source>
        <translation>Aantal krampen</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How many cramps woke you or bothered you</source>
        <translation>Hoeveel krampen u wakker maakten of last gaven</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Cramps</source>
        <translation>Krampen</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain, 0 to 10</source>
        <translation>Ergste pijn, 0 tot 10</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>0 is no pain, 10 the worst you can imagine</source>
        <translation>0 is geen pijn, 10 de ergste pijn die u zich kunt voorstellen</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain (0–10)</source>
        <translation>Ergste pijn (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>{part}, {side}</source>
        <translation>{part}, {side}</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Anything worth remembering</source>
        <translation>Alles wat u wilt onthouden</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/preferences.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/first_run.py"/>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Save this night</source>
        <translation>Deze nacht opslaan</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Back to routines</source>
        <translation>Terug naar oefenschema’s</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Choose another routine</source>
        <translation>Ander oefenschema kiezen</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Good night</source>
        <translation>Welterusten</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Close the window</source>
        <translation>Venster sluiten</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Do the skipped part</source>
        <translation>Overgeslagen deel doen</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stretch now what was skipped</source>
        <translation>Nu alsnog rekken wat is overgeslagen</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>I hope the cramp has eased.</source>
        <translation>Hopelijk is de kramp afgenomen.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>If it comes back, do the same again. Cramps that come often are worth talking to a doctor about.</source>
        <translation>Als de kramp terugkomt, doe dan hetzelfde nog eens. Over kramp die vaak terugkomt, is het zinvol om met een arts te praten.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Sleep well.</source>
        <translation>Slaap lekker.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Well done.</source>
        <translation>Goed gedaan.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}.</source>
        <translation>U hebt {time} gerekt: {moves}.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}.</source>
        <translation>U hebt {time} gerekt.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Your legs are ready for the night. Sleep well.</source>
        <translation>Uw benen zijn klaar voor de nacht. Slaap lekker.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You reached the end, but much of it was skipped.</source>
        <translation>U bent bij het einde, maar veel is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You did {done} of {planned} of stretching — skipped steps don't count.</source>
        <translation>U hebt {done} van de {planned} gerekt — overgeslagen stappen tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>It is not counted as done tonight. Sleep well.</source>
        <translation>Het telt vanavond niet als gedaan. Slaap lekker.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You can do the skipped part now, or sleep well.</source>
        <translation>U kunt het overgeslagen deel nu doen, of lekker gaan slapen.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stopped for tonight.</source>
        <translation>Gestopt voor vanavond.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}. A little is still worth doing.</source>
        <translation>U hebt {time} gerekt: {moves}. Ook een beetje is de moeite waard.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}. A little is still worth doing.</source>
        <translation>U hebt {time} gerekt. Ook een beetje is de moeite waard.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stopped before the stretching began.</source>
        <translation>U bent gestopt voordat het rekken begon.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome to Stretch Coach</source>
        <translation>Welkom bij Stretch Coach</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Stretch Coach guides a few minutes of stretching before bed and reminds you in the evening to stretch and to drink early enough. Stretching before bed may help with night-time foot and calf cramps.</source>
        <translation>Stretch Coach begeleidt u bij een paar minuten rekken voor het slapengaan en herinnert u ’s avonds eraan om te rekken en om vroeg genoeg te drinken. Rekken voor het slapengaan kan helpen bij nachtelijke kramp in voeten en kuiten.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Usual bedtime</source>
        <translation>Gebruikelijke bedtijd</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>You can set other times per weekday later</source>
        <translation>Andere tijden per weekdag kunt u later instellen</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>I usually go to bed at</source>
        <translation>Ik ga meestal naar bed om</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Remind me to stretch before bed</source>
        <translation>Herinner mij eraan om te rekken voor het slapengaan</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Remind me to drink water</source>
        <translation>Herinner mij eraan om water te drinken</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep a cramp diary</source>
        <translation>Een krampdagboek bijhouden</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Read each step aloud</source>
        <translation>Elke stap voorlezen</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>In the afternoon, not late at night.</source>
        <translation>’s Middags, niet laat op de avond.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>A few seconds each morning.</source>
        <translation>Elke ochtend een paar seconden.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>So you can follow without looking at the screen, facing a wall or in bed.</source>
        <translation>Zo kunt u meedoen zonder naar het scherm te kijken, met uw gezicht naar de muur of in bed.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Everything you enter stays on this computer.</source>
        <translation>Alles wat u invoert, blijft op deze computer.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Get started</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Save these choices</source>
        <translation>Deze keuzes opslaan</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep the defaults</source>
        <translation>Standaardinstellingen houden</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{day}/{month}</source>
        <extracomment>A short date under a chart bar, e.g. 24/11 for 24 November.</extracomment>
        <translation>{day}-{month}</translation>
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
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n glass(es) of water</source>
        <translation>
            <numerusform>%n glas water</numerusform>
            <numerusform>%n glazen water</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n cramp night(s)</source>
        <translation>
            <numerusform>%n nacht met kramp</numerusform>
            <numerusform>%n nachten met kramp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>mean worst pain {value} of 10</source>
        <translation>ergste pijn gemiddeld {value} van 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Yes, {n}</source>
        <translation>Ja, {n}</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{n} of 10</source>
        <translation>{n} van 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Your history</source>
        <translation>Uw geschiedenis</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Nothing recorded yet. Finished sessions, glasses of water and diary nights appear here.</source>
        <translation>Nog niets vastgelegd. Afgeronde sessies, glazen water en genoteerde nachten verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Is it helping?</source>
        <translation>Helpt het?</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched per week</source>
        <translation>Minuten gerekt per week</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water noted per week</source>
        <translation>Genoteerde glazen water per week</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights and mean worst pain per week</source>
        <translation>Nachten met kramp en gemiddelde ergste pijn per week</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Save sessions, water and diary as spreadsheet files</source>
        <translation>Sessies, water en dagboek opslaan als spreadsheetbestanden</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights</source>
        <translation>Genoteerde nachten</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No diary nights recorded yet.</source>
        <translation>Nog geen nachten genoteerd.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Worst pain</source>
        <translation>Ergste pijn</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights, newest first</source>
        <translation>Genoteerde nachten, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit the selected night</source>
        <translation>Geselecteerde nacht bewerken</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Correct what you noted for the selected night</source>
        <translation>Corrigeren wat u voor de geselecteerde nacht hebt genoteerd</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete the selected night</source>
        <translation>Geselecteerde nacht verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Remove the selected night from the diary (asks first)</source>
        <translation>De geselecteerde nacht uit het dagboek verwijderen (vraagt eerst om bevestiging)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n evening(s) in a row with a completed routine.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n avond op rij met een afgerond oefenschema.</numerusform>
            <numerusform>%n avonden op rij met een afgerond oefenschema.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched</source>
        <translation>Minuten gerekt</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water</source>
        <translation>Glazen water</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights</source>
        <translation>Nachten met kramp</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Mean worst pain (0–10)</source>
        <translation>Gemiddelde ergste pijn (0–10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No stretching recorded in the last %n week(s).</source>
        <translation>
            <numerusform>Geen rekken vastgelegd in de afgelopen %n week.</numerusform>
            <numerusform>Geen rekken vastgelegd in de afgelopen %n weken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No glasses of water noted in the last %n week(s).</source>
        <translation>
            <numerusform>Geen glazen water genoteerd in de afgelopen %n week.</numerusform>
            <numerusform>Geen glazen water genoteerd in de afgelopen %n weken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No cramp nights in the last %n week(s).</source>
        <translation>
            <numerusform>Geen nachten met kramp in de afgelopen %n week.</numerusform>
            <numerusform>Geen nachten met kramp in de afgelopen %n weken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No diary nights in the last %n week(s).</source>
        <translation>
            <numerusform>Geen genoteerde nachten in de afgelopen %n week.</numerusform>
            <numerusform>Geen genoteerde nachten in de afgelopen %n weken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to a folder</source>
        <translation>Exporteren naar een map</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Show the technical details</source>
        <translation>Technische details tonen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Dismiss</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Put this message away</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Note last night's cramps</source>
        <translation>Kramp van afgelopen nacht noteren</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Your sessions, water and cramp diary</source>
        <translation>Uw sessies, water en krampdagboek</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>What may help, and when to see a doctor</source>
        <translation>Wat kan helpen, en wanneer naar een arts</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Routines…</source>
        <translation>Oefenschema’s…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Create and edit your own routines</source>
        <translation>Eigen oefenschema’s maken en bewerken</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Preferences…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Bedtime, reminders, sound, theme</source>
        <translation>Bedtijd, herinneringen, geluid, thema</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Tonight's stretch</source>
        <translation>Rekken voor vanavond</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A few calm minutes before bed may help keep night cramps away.</source>
        <translation>Een paar rustige minuten voor het slapengaan kunnen helpen om nachtelijke kramp te voorkomen.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines</source>
        <translation>Oefenschema’s</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Choose a routine</source>
        <translation>Kies een oefenschema</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Length</source>
        <translation>Duur</translation>
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
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Rescale the routine to this many minutes</source>
        <translation>Het oefenschema aanpassen aan dit aantal minuten</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Cramp relief now</source>
        <translation>Directe hulp bij kramp</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A gentle guide to use during a cramp</source>
        <translation>Een rustige begeleiding om te gebruiken tijdens een kramp</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the routine</source>
        <translation>Oefenschema starten</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the chosen routine (Enter)</source>
        <translation>Het gekozen oefenschema starten (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>{name} · about {minutes} min</source>
        <translation>{name} · ongeveer {minutes} min</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Plan: {time}</source>
        <translation>Gepland: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n nacht</numerusform>
            <numerusform>%n nachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n rated night(s)</source>
        <translation>
            <numerusform>%n nacht met pijnscore</numerusform>
            <numerusform>%n nachten met pijnscore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n diary night(s)</source>
        <translation>
            <numerusform>%n genoteerde nacht</numerusform>
            <numerusform>%n genoteerde nachten</numerusform>
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
        <translation>jan.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Mar</source>
        <translation>mrt.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Apr</source>
        <translation>apr.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>May</source>
        <extracomment>The abbreviated month name, as in 1 May 2026.</extracomment>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Aug</source>
        <translation>aug.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Sep</source>
        <translation>sep.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Oct</source>
        <translation>okt.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Dec</source>
        <translation>dec.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({day} {month} {year})</source>
        <translation>({day} {month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} to {last_day} {last_month} {year})</source>
        <translation>({first_day} {first_month} tot en met {last_day} {last_month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} {first_year} to {last_day} {last_month} {last_year})</source>
        <translation>({first_day} {first_month} {first_year} tot en met {last_day} {last_month} {last_year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>It is too early to compare nights with and without a routine before them: your diary has {after} after a finished routine and {without} without, and each needs at least {least}.</source>
        <translation>Het is nog te vroeg om nachten met en zonder oefenschema vooraf te vergelijken: uw dagboek heeft {after} na een afgerond oefenschema en {without} zonder, en van allebei zijn er minstens {least} nodig.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>On the {after} after you finished a routine you noted {after_rate} cramps a night on average; on the {without} after evenings without one, {without_rate} a night.</source>
        <translation>In de {after} nadat u een oefenschema had afgerond, noteerde u gemiddeld {after_rate} krampen per nacht; in de {without} na avonden zonder oefenschema {without_rate} per nacht.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>When cramps came, the worst one averaged {after_severity} out of 10 after a routine ({after_rated}) and {without_severity} without ({without_rated}).</source>
        <translation>Als er kramp was, was de ergste gemiddeld {after_severity} van 10 na een oefenschema ({after_rated}) en {without_severity} zonder ({without_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad the cramps were: {after} after a routine and {without} without, and each needs at least {least}.</source>
        <translation>Er zijn te weinig nachten met een pijnscore om te vergelijken hoe erg de krampen waren: {after} na een oefenschema en {without} zonder, en van allebei zijn er minstens {least} nodig.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {window} diary nights can be set against your latest ones once the diary has at least {needed} nights; it has {total} so far.</source>
        <translation>Uw eerste {window} genoteerde nachten kunnen met uw laatste worden vergeleken zodra het dagboek minstens {needed} nachten bevat; tot nu toe zijn het er {total}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {first}{first_span} averaged {first_rate} cramps a night; your latest {latest}{latest_span} averaged {latest_rate}.</source>
        <translation>Uw eerste {first}{first_span} hadden gemiddeld {first_rate} krampen per nacht; uw laatste {latest}{latest_span} gemiddeld {latest_rate}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>The worst cramp averaged {first_severity} out of 10 at first ({first_rated}) and {latest_severity} lately ({latest_rated}).</source>
        <translation>De ergste kramp was in het begin gemiddeld {first_severity} van 10 ({first_rated}) en de laatste tijd {latest_severity} ({latest_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad they were then and now: {first} at first and {latest} lately, and each needs at least {least}.</source>
        <translation>Er zijn te weinig nachten met een pijnscore om te vergelijken hoe erg de krampen toen en nu waren: {first} in het begin en {latest} de laatste tijd, en van allebei zijn er minstens {least} nodig.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume</source>
        <translation>Pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>There is no routine called “{id}”.</source>
        <translation>Er is geen oefenschema met de naam “{id}”.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop the session?</source>
        <translation>Sessie stoppen?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop now? What you have done so far is still recorded.</source>
        <translation>Nu stoppen? Wat u tot nu toe hebt gedaan, wordt toch vastgelegd.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop for tonight</source>
        <translation>Stoppen voor vanavond</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Keep going</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>This session could not be saved to your history: {error}</source>
        <translation>Deze sessie kon niet in uw geschiedenis worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {first}, {second} … {last}</source>
        <translation>water om {first}, {second} … {last}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {times}</source>
        <translation>water om {times}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>no water reminders (the first would be after the cut-off)</source>
        <translation>geen drinkherinneringen (de eerste zou na de eindtijd vallen)</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>stretch reminder at {time}</source>
        <translation>rekherinnering om {time}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: no reminders; bedtime {bed}.</source>
        <translation>Vanavond: geen herinneringen; bedtijd {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: {parts}; bedtime {bed}.</source>
        <translation>Vanavond: {parts}; bedtijd {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>In the tray: needed for reminders after you restart the computer.</source>
        <translation>In het systeemvak: nodig voor herinneringen nadat u de computer opnieuw hebt opgestart.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>On your phone</source>
        <translation>Op uw telefoon</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Your phone can remind you too, when you are away from the computer.</source>
        <translation>Uw telefoon kan u ook herinneren als u niet bij de computer bent.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar…</source>
        <translation>Toevoegen aan de telefoonagenda…</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar</source>
        <translation>Herinneringen toevoegen aan de agenda van mijn telefoon</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <location filename="../ui/reminder_window.py"/>
        <source>Snooze {n} min</source>
        <translation>{n} min uitstellen</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Start now</source>
        <translation>Nu starten</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Skip tonight</source>
        <translation>Vanavond overslaan</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>I drank a glass</source>
        <translation>Ik heb een glas gedronken</translation>
    </message>
    <message>
        <location filename="../ui/reminder_window.py"/>
        <source>Remind me again later</source>
        <translation>Later opnieuw herinneren</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Both legs</source>
        <translation>Beide benen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Left leg only</source>
        <translation>Alleen linkerbeen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Right leg only</source>
        <translation>Alleen rechterbeen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines are read-only; duplicate one to edit</source>
        <translation>Ingebouwde oefenschema’s zijn alleen-lezen; dupliceer er een om te bewerken</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Start an empty routine</source>
        <translation>Met een leeg oefenschema beginnen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Make your own copy</source>
        <translation>Een eigen kopie maken</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete this routine</source>
        <translation>Dit oefenschema verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add a routine from a file</source>
        <translation>Een oefenschema uit een bestand toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine to a file</source>
        <translation>Dit oefenschema in een bestand opslaan</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>Ingebouwde oefenschema’s kunnen niet worden gewijzigd. Dupliceer er een om er uw eigen oefenschema van te maken.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routine name</source>
        <translation>Naam van het oefenschema</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>A line about the routine, shown with its name</source>
        <translation>Een regel over het oefenschema, getoond bij de naam</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercises in this routine</source>
        <translation>Oefeningen in dit oefenschema</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Drag to reorder, or use Move up / Move down</source>
        <translation>Sleep om de volgorde te wijzigen, of gebruik Omhoog / Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise to add</source>
        <translation>Toe te voegen oefening</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add the chosen exercise at the end</source>
        <translation>De gekozen oefening aan het einde toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+Pijl-omhoog)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+Pijl-omlaag)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove this exercise (Delete)</source>
        <translation>Deze oefening verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise:</source>
        <translation>Een oefening toevoegen:</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sides</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold seconds or repetitions</source>
        <translation>Seconden vasthouden of aantal herhalingen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Rest between sets</source>
        <translation>Rust tussen sets</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Try a length</source>
        <translation>Duur uitproberen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Target length in minutes</source>
        <translation>Gewenste duur in minuten</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The same rescaling as the main window's length</source>
        <translation>Dezelfde aanpassing als bij de duur in het hoofdvenster</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine</source>
        <translation>Dit oefenschema opslaan</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> (built-in)</source>
        <translation> (ingebouwd)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>“{name}” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>hold {n} s</source>
        <translation>{n} s vasthouden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source>%n rep(s)</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n herh.</numerusform>
            <numerusform>%n herh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source> × %n set(s)</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform> × %n set</numerusform>
            <numerusform> × %n sets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> reps</source>
        <translation> herh.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Repetitions</source>
        <translation>Herhalingen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise {n}: {name}</source>
        <translation>Oefening {n}: {name}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise to begin.</source>
        <translation>Voeg eerst een oefening toe.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>As written {written} · at this length {scaled}</source>
        <translation>Zoals opgesteld {written} · bij deze duur {scaled}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>My routine</source>
        <translation>Mijn oefenschema</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add at least one exercise, then save.</source>
        <translation>Voeg minstens één oefening toe en sla daarna op.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved.</source>
        <translation>Het oefenschema is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved: {error}</source>
        <translation>Het oefenschema is niet opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete routine?</source>
        <translation>Oefenschema verwijderen?</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>“{name}” verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not deleted: {error}</source>
        <translation>Het oefenschema is niet verwijderd: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Kan {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export.</source>
        <translation>Exporteren is niet mogelijk.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export: {error}</source>
        <translation>Exporteren is niet mogelijk: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import a routine</source>
        <translation>Een oefenschema importeren</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines (*.toml)</source>
        <translation>Oefenschema’s (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export routine</source>
        <translation>Oefenschema exporteren</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Progress through the routine</source>
        <translation>Voortgang in het oefenschema</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Back a step (Left or B)</source>
        <translation>Een stap terug (Pijl-links of B)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume (Space)</source>
        <translation>Pauzeren of hervatten (Spatie)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Skip this step (Right or N)</source>
        <translation>Deze stap overslaan (Pijl-rechts of N)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound on</source>
        <translation>Geluid aan</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Turn sound cues on or off</source>
        <translation>Geluidssignalen aan- of uitzetten</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues</source>
        <translation>Geluidssignalen</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Full screen on or off (F)</source>
        <translation>Volledig scherm aan of uit (F)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>End the session (Esc)</source>
        <translation>De sessie beëindigen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound off</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues are silent: no sound player was found on this computer. On Linux, install GStreamer's gst-play-1.0 (package gstreamer1.0-plugins-base-apps) and start the app again.</source>
        <translation>De geluidssignalen blijven stil: er is geen geluidsspeler gevonden op deze computer. Installeer op Linux gst-play-1.0 van GStreamer (pakket gstreamer1.0-plugins-base-apps) en start de app opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>No sound</source>
        <translation>Geen geluid</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Safety: {note}</source>
        <translation>Veiligheid: {note}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>press Space to start</source>
        <translation>druk op Spatie om te beginnen</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Rep {rep} of {reps} · {phase}</source>
        <translation>Herhaling {rep} van {reps} · {phase}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Set {n} of {sets}</source>
        <translation>Set {n} van {sets}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: {what}</source>
        <translation>Hierna: {what}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: the end</source>
        <translation>Hierna: het einde</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>{time} left</source>
        <translation>nog {time}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{name} ({low}–{high})</source>
        <translation>{name} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{id} (missing)</source>
        <translation>{id} (ontbreekt)</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{setting}: {day}</source>
        <translation>{setting}: {day}</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{day}: different time</source>
        <translation>{day}: andere tijd</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Mon</source>
        <extracomment>The abbreviated weekday name, as in Mon 21:30.</extracomment>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud needs PulseAudio's client library, which this computer lacks. Install it (on Debian and Ubuntu: sudo apt install libpulse0), then restart Stretch Coach.</source>
        <translation>Om de stappen voor te lezen is de clientbibliotheek van PulseAudio nodig, die op deze computer ontbreekt. Installeer die (op Debian en Ubuntu: sudo apt install libpulse0) en start Stretch Coach daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud is an optional part of Stretch Coach that is not installed. Add it with: {uv_command} (or, if you installed with pipx: {pip_command}), then restart Stretch Coach.</source>
        <translation>Het voorlezen van de stappen is een optioneel onderdeel van Stretch Coach dat niet is geïnstalleerd. Voeg het toe met: {uv_command} (of, als u met pipx hebt geïnstalleerd: {pip_command}) en start Stretch Coach daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>No speech engine was found on this computer. To hear the steps read aloud on Linux, install speech-dispatcher and espeak-ng (on Debian and Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Stretch Coach.</source>
        <translation>Er is geen spraaksoftware gevonden op deze computer. Wilt u op Linux de stappen laten voorlezen, installeer dan speech-dispatcher en espeak-ng (op Debian en Ubuntu: sudo apt install speech-dispatcher espeak-ng) en start Stretch Coach daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Start bedtime routine</source>
        <translation>Oefenschema voor bedtijd starten</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>No reminders planned</source>
        <translation>Geen herinneringen gepland</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Pause reminders</source>
        <translation>Herinneringen pauzeren</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For 1 hour</source>
        <translation>1 uur lang</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For tonight</source>
        <translation>Voor vanavond</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Until I resume</source>
        <translation>Tot ik ze hervat</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Resume reminders</source>
        <translation>Herinneringen hervatten</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Note last night's cramps…</source>
        <translation>Kramp van afgelopen nacht noteren…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Open {app}</source>
        <translation>{app} openen</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch Coach keeps running here to remind you this evening. Choose Quit from this icon's menu to close it completely.</source>
        <translation>Stretch Coach blijft hier actief om u vanavond te herinneren. Kies Afsluiten in het menu van dit pictogram om de app helemaal te sluiten.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused</source>
        <translation>Herinneringen gepauzeerd</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Herinneringen gepauzeerd tot {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch reminder at {time}</source>
        <translation>Rekherinnering om {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Water reminder at {time}</source>
        <translation>Drinkherinnering om {time}</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Illustration of the move</source>
        <translation>Afbeelding van de oefening</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Countdown</source>
        <translation>Aftellen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Some settings could not be used and were reset:</source>
        <translation>Sommige instellingen konden niet worden gebruikt en zijn teruggezet:</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your settings could not be saved ({error}).</source>
        <translation>Uw instellingen konden niet worden opgeslagen ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Saved {files} in {folder}.</source>
        <translation>{files} opgeslagen in {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Nothing was written: {error}</source>
        <translation>Er is niets weggeschreven: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The export failed: {error}</source>
        <translation>Het exporteren is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>There are no reminders to add: the stretch reminder and the water reminders are both turned off.</source>
        <translation>Er zijn geen herinneringen om toe te voegen: de rekherinnering en de drinkherinneringen staan allemaal uit.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your reminders are saved in {file}.

On an iPhone or iPad: send the file to yourself by e-mail, open it in Mail and add all the events.

With an Android phone: on this computer, open Google Calendar in your web browser, choose Settings, then Import, and pick this file. The reminders then appear on the phone.

Check that the calendar rings at the time of each event. The file holds your reminders as they are now: after changing your bedtime or reminders, delete the old events and add a new file.</source>
        <translation>Uw herinneringen zijn opgeslagen in {file}.

Op een iPhone of iPad: stuur het bestand per e-mail naar uzelf, open het in Mail en voeg alle afspraken toe.

Met een Android-telefoon: open op deze computer Google Agenda in uw webbrowser, kies Instellingen, dan Importeren, en kies dit bestand. De herinneringen verschijnen daarna op de telefoon.

Controleer of de agenda op het tijdstip van elke afspraak een melding geeft. Het bestand bevat uw herinneringen zoals ze nu zijn: als u uw bedtijd of herinneringen wijzigt, verwijder dan de oude afspraken en voeg een nieuw bestand toe.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>{file} already exists. Nothing was written.</source>
        <translation>{file} bestaat al. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The calendar file could not be saved: {error}</source>
        <translation>Het agendabestand kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Bedtime stretch</source>
        <translation>Rekken voor het slapengaan</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Toe curls, heel raises and a calf stretch on each leg, just before sleep.</source>
        <translation>Tenen krullen, hielen heffen en de kuit rekken op elk been, vlak voor het slapen.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>Cramp relief</source>
        <translation>Hulp bij kramp</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>A gentle guide for during a cramp: stretch the muscle, rub it, then stand on the leg.</source>
        <translation>Een rustige begeleiding tijdens een kramp: de spier rekken, masseren en dan op het been staan.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Quick stretch</source>
        <translation>Kort rekken</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Toe curls and one calf stretch per leg, for nights when time is short.</source>
        <translation>Tenen krullen en één keer de kuit rekken per been, voor avonden met weinig tijd.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Seated stretch</source>
        <translation>Zittend rekken</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Everything done sitting, for anyone who cannot stretch standing.</source>
        <translation>Alles zittend, voor iedereen die niet staand kan rekken.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>Research protocol</source>
        <translation>Onderzoeksprotocol</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>The calf and hamstring stretches from a published trial: hold 10 s, relax 10 s, three times per leg.</source>
        <translation>De rekoefeningen voor kuit en hamstrings uit een gepubliceerde studie: 10 s vasthouden, 10 s ontspannen, drie keer per been.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach gives general information, not medical advice. It cannot tell you why you get cramps; if they worry you, talk to a doctor.</source>
        <translation>Stretch Coach geeft algemene informatie, geen medisch advies. De app kan u niet vertellen waarom u kramp krijgt; maakt u zich er zorgen over, praat dan met een arts.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What night cramps are</source>
        <translation>Wat nachtelijke kramp is</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What may help</source>
        <translation>Wat kan helpen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Supplements and medicines</source>
        <translation>Supplementen en medicijnen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>During a cramp</source>
        <translation>Tijdens een kramp</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching safely</source>
        <translation>Veilig rekken</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to see a doctor</source>
        <translation>Wanneer naar een arts</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Make an ordinary appointment with a doctor if:</source>
        <translation>Maak een gewone afspraak met een arts als:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to get urgent advice</source>
        <translation>Wanneer u dringend advies nodig hebt</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Get medical advice straight away if:</source>
        <translation>Vraag meteen medisch advies als:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A leg cramp can last from a few seconds to about ten minutes, and the muscle may feel tender for up to a day afterwards.</source>
        <translation>Een kramp in het been kan een paar seconden tot ongeveer tien minuten duren, en de spier kan daarna tot een dag lang gevoelig aanvoelen.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The calf is the usual place; the feet or thighs less so. Roughly three cramps in four come at night.</source>
        <translation>Meestal zit de kramp in de kuit, minder vaak in de voeten of bovenbenen. Ongeveer drie op de vier krampen komen ’s nachts.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Things that can play a part include getting older, hard exercise, pregnancy, not drinking enough, liver disease and some medicines (statins and diuretics, for example).</source>
        <translation>Wat een rol kan spelen, is onder meer: ouder worden, zware lichamelijke inspanning, zwangerschap, te weinig drinken, leverziekte en sommige medicijnen (bijvoorbeeld statines en diuretica).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A short stretch just before sleep may help. In a trial with 80 people over 55 who got night cramps at least weekly, those who stretched their calves and hamstrings every night for 6 weeks reported on average 1.2 fewer cramps a night (95% CI 0.6 to 1.8) and cramps 1.3 points milder on a 0-10 scale (95% CI 0.9 to 1.7) than those who did not stretch.</source>
        <translation>Kort rekken vlak voor het slapen kan helpen. In een studie met 80 mensen ouder dan 55 die minstens één keer per week nachtelijke kramp hadden, meldden de mensen die 6 weken lang elke avond hun kuiten en hamstrings rekten gemiddeld 1,2 krampen per nacht minder (95%-BI 0,6 tot 1,8) en krampen die 1,3 punten milder waren op een schaal van 0 tot 10 (95%-BI 0,9 tot 1,7) dan de mensen die niet rekten.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The trial's stretch: ease into a moderately strong stretch, hold it for 10 seconds, let go for 10 seconds, three times for each stretch on each leg (about three minutes in all), right before going to sleep, breathing calmly throughout. The trial-protocol routine follows it.</source>
        <translation>Het rekken uit de studie: ga rustig over in een matig sterke rek, houd die 10 seconden vast, laat 10 seconden los, drie keer voor elke rekoefening op elk been (in totaal ongeveer drie minuten), vlak voordat u gaat slapen, en adem de hele tijd rustig door. Het oefenschema “Onderzoeksprotocol” volgt dit.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS guidance describes a calf stretch facing a wall, repeated a few times a day with the last one just before bed.</source>
        <translation>Voorlichting van de Britse NHS beschrijft een kuitrekoefening met het gezicht naar een muur, een paar keer per dag herhaald, de laatste keer vlak voor het slapengaan.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A 2012 Cochrane review judged the evidence for non-drug ways of easing cramps to be limited overall, so stretching may help rather than being a sure thing.</source>
        <translation>Een Cochrane-review uit 2012 oordeelde dat het bewijs voor manieren zonder medicijnen om kramp te verlichten over het geheel beperkt is; rekken kan dus helpen, maar het is niet zeker dat het helpt.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Have your usual daily drinks mostly earlier in the day and go easy on drinks in the two hours before bed (alcohol, coffee and tea most of all); that may mean fewer trips to the toilet at night. It is why the water reminders stop two hours before bedtime.</source>
        <translation>Drink wat u gewoonlijk per dag drinkt vooral eerder op de dag en drink weinig in de twee uur voor het slapengaan (vooral weinig alcohol, koffie en thee); dan hoeft u ’s nachts misschien minder vaak naar de wc. Daarom stoppen de drinkherinneringen twee uur voor bedtijd.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Heavy or tight bed covers can hold your feet pointed, which shortens the calf muscle. Loosening them may help; there is little evidence for this, but it does no harm.</source>
        <translation>Zware of strakke dekens kunnen uw voeten gestrekt houden, met de tenen omlaag; daardoor staat de kuitspier verkort. De dekens losser leggen kan helpen; daar is weinig bewijs voor, maar het kan geen kwaad.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Magnesium is widely sold for cramps. A 2020 Cochrane review looked at the trials. For ordinary night cramps in older people, magnesium did not help: in 5 trials with 307 people, those who took it had about as many cramps a week as those who took a dummy pill (placebo). For cramps in pregnancy, the trials disagree.</source>
        <translation>Magnesium wordt veel verkocht tegen kramp. Een Cochrane-review uit 2020 heeft de studies bekeken. Bij gewone nachtelijke kramp bij ouderen hielp magnesium niet: in 5 studies met 307 mensen hadden de mensen die het namen ongeveer evenveel krampen per week als de mensen die een neppil (placebo) namen. Over kramp tijdens de zwangerschap spreken de studies elkaar tegen.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>If you are thinking of taking magnesium or another supplement, ask a pharmacist or doctor first, especially if you take other medicines or have kidney disease.</source>
        <translation>Denkt u erover om magnesium of een ander supplement te nemen, overleg dan eerst met een apotheker of arts, vooral als u andere medicijnen gebruikt of een nierziekte hebt.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The UK medicines regulator (MHRA) says quinine should not be used routinely for night cramps. On average it means about one cramp fewer a week, and it can have serious side effects, such as blood disorders and problems with the heart rhythm.</source>
        <translation>De Britse toezichthouder op geneesmiddelen (MHRA) zegt dat kinine niet standaard gebruikt moet worden tegen nachtelijke kramp. Gemiddeld scheelt het ongeveer één kramp per week, en het kan ernstige bijwerkingen hebben, zoals bloedafwijkingen en problemen met het hartritme.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Doctors consider quinine only when cramps are very painful or frequent, other causes have been ruled out and stretching has not helped. If it has not helped after four weeks, it is stopped.</source>
        <translation>Artsen overwegen kinine alleen als de krampen erg pijnlijk zijn of vaak voorkomen, andere oorzaken zijn uitgesloten en rekken niet heeft geholpen. Heeft het na vier weken niet geholpen, dan wordt ermee gestopt.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Some medicines can bring on cramps. Examples are water tablets (diuretics), salbutamol (used in inhalers), statins and some blood-pressure medicines such as nifedipine.</source>
        <translation>Sommige medicijnen kunnen kramp uitlokken. Voorbeelden zijn plaspillen (diuretica), salbutamol (gebruikt in inhalers), statines en sommige bloeddrukmedicijnen zoals nifedipine.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Ask your doctor or pharmacist whether any of your medicines could play a part. Never stop a prescribed medicine on your own.</source>
        <translation>Vraag uw arts of apotheker of een van uw medicijnen een rol kan spelen. Stop nooit op eigen houtje met een voorgeschreven medicijn.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching the muscle, rubbing it, or getting up and standing with your weight on that leg may ease a cramp. The cramp-relief routine guides you.</source>
        <translation>De spier rekken, masseren, of opstaan en met uw gewicht op dat been gaan staan, kan een kramp verlichten. Het oefenschema “Hulp bij kramp” begeleidt u daarbij.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Painkillers such as paracetamol or ibuprofen act too slowly to help while a cramp is happening.</source>
        <translation>Pijnstillers zoals paracetamol of ibuprofen werken te langzaam om te helpen terwijl u kramp hebt.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stop any move that gives you a sharp pain.</source>
        <translation>Stop met elke beweging die u scherpe pijn geeft.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Keep a hand on a chair or a wall for balance in standing moves.</source>
        <translation>Houd bij staande oefeningen een hand op een stoel of tegen een muur voor uw evenwicht.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps disturb your sleep or get in the way of your day</source>
        <translation>de krampen uw slaap verstoren of u overdag hinderen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps come often</source>
        <translation>de krampen vaak voorkomen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>your legs feel numb or look swollen</source>
        <translation>uw benen doof aanvoelen of er gezwollen uitzien</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>the muscles in your legs seem to be getting smaller or weaker</source>
        <translation>de spieren in uw benen kleiner of zwakker lijken te worden</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>a cramp goes on for more than 10 minutes and moving does not ease it</source>
        <translation>een kramp langer dan 10 minuten duurt en bewegen niet helpt</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after a wound that might be infected (tetanus is a risk)</source>
        <translation>de krampen zijn begonnen na een wond die misschien ontstoken is (er is risico op tetanus)</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after contact with something poisonous, such as lead or mercury</source>
        <translation>de krampen zijn begonnen na contact met iets giftigs, zoals lood of kwik</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Your diary shows cramps on most nights for two weeks running. NHS guidance lists frequent cramps among the reasons to see a doctor.</source>
        <translation>Uw dagboek laat twee weken achter elkaar kramp zien in de meeste nachten. Voorlichting van de Britse NHS noemt vaak kramp hebben als een van de redenen om naar een arts te gaan.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</source>
        <translation>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Blyton F et al. Cochrane systematic review of non-drug treatments for lower-limb muscle cramps, 2012 (CD008496).</source>
        <translation>Blyton F et al. Systematische Cochrane-review van behandelingen zonder medicijnen voor spierkramp in de benen, 2012 (CD008496).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS, NHS inform and nidirect: public guidance on leg cramps.</source>
        <translation>NHS, NHS inform en nidirect: openbare voorlichting over kramp in de benen.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Sleep Foundation: advice on nocturia (waking at night to urinate).</source>
        <translation>Sleep Foundation: advies over nycturie (’s nachts wakker worden om te plassen).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach's own exercise safety notes (common-sense care, not a study).</source>
        <translation>De eigen veiligheidsaanwijzingen van Stretch Coach bij de oefeningen (gezond verstand, geen studie).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</source>
        <translation>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>MHRA (the UK medicines regulator): Drug Safety Update on quinine for night leg cramps, 2010 (reminder 2014).</source>
        <translation>MHRA (de Britse toezichthouder op geneesmiddelen): Drug Safety Update over kinine bij nachtelijke kramp in de benen, 2010 (herinnering 2014).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NICE Clinical Knowledge Summary: Leg cramps.</source>
        <translation>NICE Clinical Knowledge Summary: Leg cramps.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>bpac NZ: advice for general practice on night leg cramps.</source>
        <translation>bpac NZ: advies voor de huisartsenpraktijk over nachtelijke kramp in de benen.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime</source>
        <translation>Bedtijd</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Times from 00:00 to 05:59 count as the night before.</source>
        <translation>Tijden van 00:00 tot en met 05:59 tellen als de nacht ervoor.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Other bedtimes</source>
        <translation>Andere bedtijden</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>A different bedtime on some evenings of the week.</source>
        <translation>Een andere bedtijd op sommige avonden van de week.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stretch reminder</source>
        <translation>Rekherinnering</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes before bedtime</source>
        <translation>Minuten voor bedtijd</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The evenings with a stretch reminder.</source>
        <translation>De avonden met een rekherinnering.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Remind me to drink during the afternoon</source>
        <translation>Herinner mij ’s middags eraan om te drinken</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>First water reminder</source>
        <translation>Eerste drinkherinnering</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes between reminders</source>
        <translation>Minuten tussen herinneringen</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stop before bedtime</source>
        <translation>Stoppen vóór bedtijd</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>They stop before bed because drinks late in the evening make waking at night to pass urine more likely.</source>
        <translation>Ze stoppen vóór het slapengaan, omdat drinken laat op de avond de kans groter maakt dat u ’s nachts wakker wordt om te plassen.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Routine</source>
        <translation>Oefenschema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default routine</source>
        <translation>Standaardoefenschema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The routine reminders and the tray start</source>
        <translation>Het oefenschema dat herinneringen en het systeemvak starten</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default length</source>
        <translation>Standaardduur</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Sound and voice</source>
        <translation>Geluid en stem</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Play sound cues</source>
        <translation>Geluidssignalen afspelen</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Colours of the app</source>
        <translation>Kleuren van de app</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime (dim and warm)</source>
        <translation>Bedtijd (gedimd en warm)</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Larger text on every screen, on top of the desktop's own font size</source>
        <translation>Grotere tekst op elk scherm, bovenop de lettergrootte van het bureaublad zelf</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Largest</source>
        <translation>Grootst</translation>
    </message>
    <message>
        <location filename="../core/insights.py"/>
        <source>This is your own record, not proof: cramps come and go for many reasons, so a difference here does not show that stretching caused it.</source>
        <translation>Dit is uw eigen overzicht, geen bewijs: kramp komt en gaat om veel redenen, dus een verschil hier laat niet zien dat het rekken dat verschil heeft veroorzaakt.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Stretch reminder</source>
        <translation>Herinnering om te rekken</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Guided bedtime stretches and evening reminders for night-time leg cramps</source>
        <translation>Begeleide rekoefeningen voor het slapengaan en avondherinneringen bij nachtelijke kramp in de benen</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>stretch;stretching;cramp;leg;calf;foot;bedtime;reminder;exercise;</source>
        <extracomment>Search words for the application menu, each followed by ; (no spaces around it).</extracomment>
        <translation>rekken;rekoefeningen;stretchen;kramp;beenkramp;kuitkramp;been;kuit;voet;bedtijd;slapengaan;herinnering;oefening;oefeningen;</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Start stretching</source>
        <translation>Beginnen met rekken</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Cramp relief</source>
        <translation>Hulp bij kramp</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Toe curls</source>
        <translation>Tenen krullen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit or stand with your bare feet flat on the floor.</source>
        <translation>Ga zitten of staan met uw blote voeten plat op de vloer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Slowly curl your toes down, as if gripping a towel.</source>
        <translation>Krul uw tenen langzaam naar beneden, alsof u een handdoek vastpakt.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold the curl for a moment, then spread your toes and relax.</source>
        <translation>Houd uw tenen even gekruld, spreid ze daarna en ontspan.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Curl gently. If a foot starts to cramp, stop and stretch your toes upward.</source>
        <translation>Krul voorzichtig. Begint een voet te krampen, stop dan en rek uw tenen omhoog.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Heel raises</source>
        <translation>Hielen heffen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand tall and rest a hand on a chair back or the wall for balance.</source>
        <translation>Ga rechtop staan en leg een hand op een stoelleuning of tegen de muur voor uw evenwicht.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rise slowly onto the balls of your feet.</source>
        <translation>Kom langzaam omhoog op de bal van uw voeten.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause at the top, then lower your heels slowly to the floor.</source>
        <translation>Wacht even bovenaan en laat dan uw hielen langzaam zakken naar de vloer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a hand on something steady. Stop if a move causes sharp pain.</source>
        <translation>Houd een hand op iets stevigs. Stop als een beweging scherpe pijn geeft.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated heel raises</source>
        <translation>Zittend hielen heffen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit near the front of a steady chair, knees bent, feet flat.</source>
        <translation>Ga voor op een stevige stoel zitten, knieën gebogen, voeten plat.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lift both heels slowly, keeping your toes on the floor.</source>
        <translation>Til langzaam beide hielen op en houd uw tenen op de vloer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause, then lower your heels slowly.</source>
        <translation>Wacht even en laat dan uw hielen langzaam zakken.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Move slowly and stop if a move causes sharp pain.</source>
        <translation>Beweeg langzaam en stop als een beweging scherpe pijn geeft.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Calf stretch at the wall</source>
        <translation>Kuit rekken tegen de muur</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Face a wall and put both palms on it at chest height.</source>
        <translation>Ga met uw gezicht naar een muur staan en zet beide handpalmen er op borsthoogte tegen.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Step one leg back and keep it straight, heel down on the floor.</source>
        <translation>Zet één been naar achteren en houd het gestrekt, met de hiel op de vloer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the front knee and lean in until the back calf feels a moderate stretch.</source>
        <translation>Buig de voorste knie en leun naar de muur tot u in de achterste kuit een matige rek voelt.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly. Do not hold your breath.</source>
        <translation>Houd dit vast en adem rustig. Houd uw adem niet in.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stretch to a moderate pull, never to pain. Keep the back heel down.</source>
        <translation>Rek tot u een matig trekkend gevoel hebt, nooit tot het pijn doet. Houd de achterste hiel op de vloer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hamstring stretch</source>
        <translation>Hamstrings rekken</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand and rest one heel on a low step in front of you, leg straight, toes up.</source>
        <translation>Ga staan en leg één hiel op een lage trede voor u, been gestrekt, tenen omhoog.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the standing knee a little and rest your hands on that thigh.</source>
        <translation>Buig de knie van het standbeen een beetje en leg uw handen op dat bovenbeen.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lean forward from the hips with a straight back until the back of the raised leg feels a moderate stretch.</source>
        <translation>Buig vanuit de heupen voorover met een rechte rug, tot u aan de achterkant van het opgetilde been een matige rek voelt.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly.</source>
        <translation>Houd dit vast en adem rustig.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep your back straight and hold on to something if you feel unsteady.</source>
        <translation>Houd uw rug recht en houd u ergens aan vast als u zich wankel voelt.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated calf and hamstring stretch</source>
        <translation>Zittend kuit en hamstrings rekken</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit on the bed or the floor with one leg straight out in front of you.</source>
        <translation>Ga op het bed of op de vloer zitten met één been gestrekt voor u.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Loop a towel around the ball of that foot and hold both ends.</source>
        <translation>Leg een handdoek om de bal van die voet en houd beide uiteinden vast.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently until the calf and the back of the thigh feel a moderate stretch.</source>
        <translation>Trek zachtjes tot u in de kuit en aan de achterkant van het bovenbeen een matige rek voelt.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently and steadily, never with a jerk. Stop if it hurts.</source>
        <translation>Trek zachtjes en gelijkmatig, nooit met een ruk. Stop als het pijn doet.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull your toes up</source>
        <translation>Tenen naar u toe trekken</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit with the cramping leg straight out in front of you.</source>
        <translation>Ga zitten met het krampende been gestrekt voor u.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Reach for your toes, or use a towel, and pull them gently toward your shin.</source>
        <translation>Pak uw tenen, of gebruik een handdoek, en trek ze zachtjes naar uw scheenbeen.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a slow, steady pull and breathe out slowly.</source>
        <translation>Trek langzaam en gelijkmatig en adem langzaam uit.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Ease into it. A cramp that lasts longer than 10 minutes needs urgent advice.</source>
        <translation>Bouw het rustig op. Bij een kramp die langer dan 10 minuten duurt, is dringend advies nodig.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand on the leg</source>
        <translation>Op het been staan</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold on to a chair or the wall and stand up slowly.</source>
        <translation>Houd u vast aan een stoel of de muur en sta langzaam op.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Put your weight on the cramping leg and press the heel into the floor.</source>
        <translation>Zet uw gewicht op het krampende been en druk de hiel in de vloer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stay there while the muscle lets go.</source>
        <translation>Blijf zo staan terwijl de spier loslaat.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Get up slowly and hold on: legs can be unsteady at night.</source>
        <translation>Sta langzaam op en houd u vast: benen kunnen ’s nachts wankel zijn.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the muscle</source>
        <translation>Spier masseren</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit down and rest the leg in front of you.</source>
        <translation>Ga zitten en leg het been voor u neer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the tight muscle with both hands in slow, firm strokes.</source>
        <translation>Masseer de gespannen spier met beide handen in langzame, stevige streken.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep breathing slowly until it softens.</source>
        <translation>Blijf langzaam ademen tot de spier zachter wordt.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>The muscle may feel sore for up to a day afterwards; that is common.</source>
        <translation>De spier kan daarna tot een dag lang pijnlijk aanvoelen; dat komt vaak voor.</translation>
    </message>
</context>
</TS>
