<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AppStream</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Guided bedtime stretches for night-time leg cramps</source>
        <translation>Angeleitetes Dehnen vor dem Schlafen bei nächtlichen Beinkrämpfen</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Stretch Coach is a calm desktop coach for people who wake at night with foot and calf cramps. Before bed it guides a short stretch routine on screen: toe curls, heel raises, calf and hamstring stretches, with a large countdown, paced repetitions, clear drawings and gentle sound cues.</source>
        <translation>Stretch Coach ist ein ruhiger Begleiter am Computer für Menschen, die nachts mit Fuß- und Wadenkrämpfen aufwachen. Vor dem Schlafengehen führt er auf dem Bildschirm durch ein kurzes Dehnprogramm: Zehen einrollen, Fersenheben, Dehnungen der Waden und der hinteren Oberschenkel, mit einem großen Countdown, vorgegebenem Takt für die Wiederholungen, klaren Zeichnungen und sanften Tonsignalen.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Routines can be set to any length from one to sixty minutes. A seated routine suits anyone who cannot stretch standing, and a short cramp relief guide helps while a cramp is happening. Evening reminders prompt you to drink water in the afternoon and to stretch shortly before bed.</source>
        <translation>Die Programme lassen sich auf jede Länge von einer bis sechzig Minuten einstellen. Ein Programm im Sitzen passt für alle, die nicht im Stehen dehnen können, und eine kurze Anleitung zur Krampflösung hilft, während ein Krampf auftritt. Erinnerungen am Abend regen dazu an, am Nachmittag Wasser zu trinken und kurz vor dem Schlafengehen zu dehnen.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Everything stays on your computer: settings, history and the cramp diary are never sent anywhere. Stretch Coach gives general information, not medical advice.</source>
        <translation>Alles bleibt auf Ihrem Computer: Einstellungen, Verlauf und das Krampftagebuch werden nirgendwohin gesendet. Stretch Coach gibt allgemeine Informationen, keine medizinische Beratung.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Bedtime is at {time}. A few minutes of stretching before bed may help keep night cramps away.</source>
        <translation>Ihre Schlafenszeit ist um {time}. Ein paar Minuten Dehnen vor dem Schlafengehen können helfen, nächtlichen Krämpfen vorzubeugen.</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time to stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time for a glass of water</source>
        <translation>Zeit für ein Glas Wasser</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Drinking earlier in the evening, and less in the last two hours before bed, means fewer trips to the bathroom at night.</source>
        <translation>Wenn Sie früher am Abend trinken und in den letzten zwei Stunden vor dem Schlafengehen weniger, müssen Sie nachts seltener zur Toilette.</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <source>Night-time leg cramps: general information</source>
        <translation>Nächtliche Beinkrämpfe: allgemeine Informationen</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <location filename="../ui/about_page.py"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. Stretch Coach could not read {file} ({why}), so it left that file as it is rather than lose what it holds. Give yourself permission to read and write it, or move it away, then save again.</source>
        <translation>Ihre Einstellungen wurden nicht gespeichert. Stretch Coach konnte {file} nicht lesen ({why}) und hat die Datei deshalb unverändert gelassen, damit ihr Inhalt nicht verloren geht. Geben Sie sich die Berechtigung, sie zu lesen und zu schreiben, oder verschieben Sie sie, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is a link to {target}, and the folder that file belongs in does not exist. Create the folder or change the link, then save again.</source>
        <translation>Ihre Einstellungen wurden nicht gespeichert. {file} ist ein Verweis auf {target}, aber der Ordner für diese Datei existiert nicht. Legen Sie den Ordner an oder ändern Sie den Verweis, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is not an ordinary file (it is a folder, a pipe or a device), so Stretch Coach left it as it is. Remove it or put a settings file in its place, then save again.</source>
        <translation>Ihre Einstellungen wurden nicht gespeichert. {file} ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät), deshalb hat Stretch Coach sie unverändert gelassen. Entfernen Sie sie oder legen Sie an ihrer Stelle eine Einstellungsdatei ab, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your choices stay in use until Stretch Coach is closed.</source>
        <translation>Ihre Auswahl gilt weiter, bis Stretch Coach geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not true or false</source>
        <translation>{value} ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is outside the range the app allows</source>
        <translation>{value} liegt außerhalb des erlaubten Bereichs</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a time of day like 22:30</source>
        <translation>{value} ist keine Uhrzeit wie 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole minute like 22:30</source>
        <translation>{value} ist keine volle Minute wie 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} ist keine der möglichen Auswahlen</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not the name of a routine</source>
        <translation>{value} ist nicht der Name eines Programms</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>there is no routine called {value}</source>
        <translation>es gibt kein Programm namens {value}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a list of days</source>
        <translation>{value} ist keine Liste von Tagen</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a day of the week, so it was left out</source>
        <translation>{value} ist kein Wochentag und wurde weggelassen</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a group of settings</source>
        <translation>{value} ist keine Gruppe von Einstellungen</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file's version {value} is not a number</source>
        <translation>die Version {value} der Datei ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file was written by a newer Stretch Coach; the settings this version knows are used</source>
        <translation>die Datei stammt von einem neueren Stretch Coach; die Einstellungen, die diese Version kennt, werden verwendet</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file is from a very old Stretch Coach; the settings this version knows are used</source>
        <translation>die Datei stammt von einem sehr alten Stretch Coach; die Einstellungen, die diese Version kennt, werden verwendet</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file cannot be read; the defaults are used, and the file is not saved over</source>
        <translation>die Einstellungsdatei kann nicht gelesen werden; die Voreinstellungen werden verwendet, und die Datei wird nicht überschrieben</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is not an ordinary file (a folder, a pipe or a device); the defaults are used</source>
        <translation>die Einstellungsdatei ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät); die Voreinstellungen werden verwendet</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is damaged; a copy was kept and the defaults are used</source>
        <translation>die Einstellungsdatei ist beschädigt; eine Kopie wurde aufbewahrt und die Voreinstellungen werden verwendet</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is far too large to be a settings file; the defaults are used</source>
        <translation>die Einstellungsdatei ist viel zu groß für eine Einstellungsdatei; die Voreinstellungen werden verwendet</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The folder of your own routines cannot be read.</source>
        <translation>Der Ordner Ihrer eigenen Programme kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} could not be used and was left out.</source>
        <translation>Ihre Programmdatei {file} konnte nicht verwendet werden und wurde weggelassen.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} has the same id as a built-in routine and was left out.</source>
        <translation>Ihre Programmdatei {file} hat dieselbe Kennung wie ein mitgeliefertes Programm und wurde weggelassen.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine files {file} and {other} have the same id; {file} was left out.</source>
        <translation>Ihre Programmdateien {file} und {other} haben dieselbe Kennung; {file} wurde weggelassen.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not from {low} to {high}</source>
        <translation>{value} liegt nicht zwischen {low} und {high}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{setting}: {problem}</source>
        <translation>{setting}: {problem}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{line}; using {fallback}</source>
        <translation>{line}; verwendet wird {fallback}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine has a value the app cannot use.</source>
        <translation>Das Programm enthält einen Wert, den die App nicht verwenden kann.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The file cannot be read as a routine.</source>
        <translation>Die Datei kann nicht als Programm gelesen werden.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>A built-in routine cannot be changed or deleted.</source>
        <translation>Ein mitgeliefertes Programm kann nicht geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Another routine already has this id.</source>
        <translation>Ein anderes Programm hat bereits diese Kennung.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine could not be saved as it is.</source>
        <translation>Das Programm konnte so nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../phrasing.py"/>
        <source>As written, the routine would take about %n minute(s); a routine can take at most {limit} minutes. Use fewer exercises or sets, or shorter holds and rests.</source>
        <translation>
            <numerusform>So wie es geschrieben ist, würde das Programm etwa %n Minute dauern; ein Programm darf höchstens {limit} Minuten dauern. Nehmen Sie weniger Übungen oder Sätze oder kürzere Halte- und Pausenzeiten.</numerusform>
            <numerusform>So wie es geschrieben ist, würde das Programm etwa %n Minuten dauern; ein Programm darf höchstens {limit} Minuten dauern. Nehmen Sie weniger Übungen oder Sätze oder kürzere Halte- und Pausenzeiten.</numerusform>
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
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>up…</source>
        <translation>hoch…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>down…</source>
        <translation>runter…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>hold…</source>
        <translation>halten…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>curl…</source>
        <translation>einrollen…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>release…</source>
        <translation>lösen…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax</source>
        <translation>Lockern</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>First up: {name}. {first}</source>
        <translation>Zuerst: {name}. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Let go and breathe calmly. The next set starts when the ring runs out.</source>
        <translation>Lassen Sie locker und atmen Sie ruhig. Der nächste Satz beginnt, wenn der Ring abgelaufen ist.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the left leg. {first}</source>
        <translation>Wechseln Sie zum linken Bein. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the right leg. {first}</source>
        <translation>Wechseln Sie zum rechten Bein. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, left leg.</source>
        <translation>{name}, linkes Bein.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, right leg.</source>
        <translation>{name}, rechtes Bein.</translation>
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
            <numerusform>Halten Sie %n Sekunde.</numerusform>
            <numerusform>Halten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>Relax for %n second(s).</source>
        <translation>
            <numerusform>Lockern Sie %n Sekunde lang.</numerusform>
            <numerusform>Lockern Sie %n Sekunden lang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax.</source>
        <translation>Lockern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>%n slow repetition(s).</source>
        <translation>
            <numerusform>%n langsame Wiederholung.</numerusform>
            <numerusform>%n langsame Wiederholungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the left leg.</source>
        <translation>Wechseln Sie zum linken Bein.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the right leg.</source>
        <translation>Wechseln Sie zum rechten Bein.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax {n} s</source>
        <translation>{n} s lockern</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get into position: {label}</source>
        <translation>In Position gehen: {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>{label} · %n rep(s)</source>
        <translation>
            <numerusform>{label} · %n Wdh.</numerusform>
            <numerusform>{label} · %n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · hold {n} s</source>
        <translation>{label} · {n} s halten</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · set {n} of {sets}</source>
        <translation>{label} · Satz {n} von {sets}</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>See “{section}” under {page}.</source>
        <translation>Mehr dazu im Abschnitt „{section}“ unter „{page}“.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>About cramps</source>
        <translation>Über Krämpfe</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>About night cramps</source>
        <translation>Über nächtliche Beinkrämpfe</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>Your data stays on this computer.</source>
        <translation>Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/main_window.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>Week of {week}: {values}</source>
        <translation>Woche vom {week}: {values}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Save the reminders as a calendar file</source>
        <translation>Erinnerungen als Kalenderdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Start at login could not be changed ({error}).</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Reminders for your phone</source>
        <translation>Erinnerungen für Ihr Handy</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>{file} already exists. Replace it with your reminders as they are now?</source>
        <translation>{file} gibt es schon. Durch Ihre Erinnerungen ersetzen, wie sie jetzt sind?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Last night's entry could not be saved: {error}</source>
        <translation>Der Eintrag für letzte Nacht konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>It is worth talking to a doctor if:</source>
        <translation>Ein Gespräch mit einer Ärztin oder einem Arzt lohnt sich, wenn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Get advice straight away if:</source>
        <translation>Holen Sie sofort ärztlichen Rat ein, wenn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Cramps most nights</source>
        <translation>Krämpfe in den meisten Nächten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Your history could not be read: {error}</source>
        <translation>Ihr Verlauf konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night?</source>
        <translation>Diese Nacht löschen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete what you noted for the night of {night}? This cannot be undone.</source>
        <translation>Löschen, was Sie für die Nacht vom {night} notiert haben? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night</source>
        <translation>Diese Nacht löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} could not be deleted: {error}</source>
        <translation>Die Nacht vom {night} konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} was deleted.</source>
        <translation>Die Nacht vom {night} wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/home_page.py"/>
        <source>Last night</source>
        <translation>Letzte Nacht</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How was last night?</source>
        <translation>Wie war die letzte Nacht?</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>A quick note each morning shows over the weeks whether stretching helps you.</source>
        <translation>Eine kurze Notiz an jedem Morgen zeigt Ihnen über die Wochen, ob das Dehnen Ihnen hilft.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (QDate::toString), e.g. Fri 20 Nov 2026.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>The evening the night began</source>
        <translation>Der Abend, an dem die Nacht begann</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Number of cramps</source>
        <translation>Anzahl der Krämpfe</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How many cramps woke you or bothered you</source>
        <translation>Wie viele Krämpfe Sie geweckt oder gestört haben</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain, 0 to 10</source>
        <translation>Stärkster Schmerz, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>0 is no pain, 10 the worst you can imagine</source>
        <translation>0 ist kein Schmerz, 10 der schlimmste vorstellbare</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain (0–10)</source>
        <translation>Stärkster Schmerz (0–10)</translation>
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
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Anything worth remembering</source>
        <translation>Alles, was Sie festhalten möchten</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/preferences.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/first_run.py"/>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Save this night</source>
        <translation>Diese Nacht speichern</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Back to routines</source>
        <translation>Zurück zu den Programmen</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Choose another routine</source>
        <translation>Ein anderes Programm wählen</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Good night</source>
        <translation>Gute Nacht</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Do the skipped part</source>
        <translation>Das Übersprungene nachholen</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stretch now what was skipped</source>
        <translation>Jetzt dehnen, was übersprungen wurde</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>I hope the cramp has eased.</source>
        <translation>Hoffentlich hat der Krampf nachgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>If it comes back, do the same again. Cramps that come often are worth talking to a doctor about.</source>
        <translation>Wenn er wiederkommt, machen Sie es noch einmal genauso. Über häufige Krämpfe lohnt sich ein Gespräch mit einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Sleep well.</source>
        <translation>Schlafen Sie gut.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}.</source>
        <translation>Sie haben {time} lang gedehnt: {moves}.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}.</source>
        <translation>Sie haben {time} lang gedehnt.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Your legs are ready for the night. Sleep well.</source>
        <translation>Ihre Beine sind bereit für die Nacht. Schlafen Sie gut.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You reached the end, but much of it was skipped.</source>
        <translation>Sie sind am Ende angekommen, haben aber vieles übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You did {done} of {planned} of stretching — skipped steps don't count.</source>
        <translation>Sie haben {done} von {planned} gedehnt – übersprungene Schritte zählen nicht.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>It is not counted as done tonight. Sleep well.</source>
        <translation>Für heute Abend zählt es nicht als erledigt. Schlafen Sie gut.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You can do the skipped part now, or sleep well.</source>
        <translation>Sie können das Übersprungene jetzt nachholen – oder gut schlafen.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stopped for tonight.</source>
        <translation>Für heute Abend beendet.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}. A little is still worth doing.</source>
        <translation>Sie haben {time} lang gedehnt: {moves}. Auch ein wenig lohnt sich.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}. A little is still worth doing.</source>
        <translation>Sie haben {time} lang gedehnt. Auch ein wenig lohnt sich.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stopped before the stretching began.</source>
        <translation>Sie haben aufgehört, bevor das Dehnen begann.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome to Stretch Coach</source>
        <translation>Willkommen bei Stretch Coach</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Stretch Coach guides a few minutes of stretching before bed and reminds you in the evening to stretch and to drink early enough. Stretching before bed may help with night-time foot and calf cramps.</source>
        <translation>Stretch Coach begleitet Sie durch ein paar Minuten Dehnen vor dem Schlafengehen und erinnert Sie am Abend ans Dehnen und daran, früh genug zu trinken. Dehnen vor dem Schlafengehen kann bei nächtlichen Fuß- und Wadenkrämpfen helfen.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Usual bedtime</source>
        <translation>Übliche Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>You can set other times per weekday later</source>
        <translation>Andere Zeiten für einzelne Wochentage können Sie später festlegen</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>I usually go to bed at</source>
        <translation>Ich gehe meist schlafen um</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Remind me to stretch before bed</source>
        <translation>Vor dem Schlafen ans Dehnen erinnern</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Remind me to drink water</source>
        <translation>Ans Wassertrinken erinnern</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep a cramp diary</source>
        <translation>Ein Krampftagebuch führen</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Read each step aloud</source>
        <translation>Jeden Schritt vorlesen</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>In the afternoon, not late at night.</source>
        <translation>Am Nachmittag, nicht spät am Abend.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>A few seconds each morning.</source>
        <translation>Jeden Morgen ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>So you can follow without looking at the screen, facing a wall or in bed.</source>
        <translation>So können Sie folgen, ohne auf den Bildschirm zu schauen – auch vor der Wand oder im Bett.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Everything you enter stays on this computer.</source>
        <translation>Alles, was Sie eingeben, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Save these choices</source>
        <translation>Diese Auswahl speichern</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep the defaults</source>
        <translation>Die Voreinstellungen behalten</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{day}/{month}</source>
        <extracomment>A short date under a chart bar, e.g. 24/11 for 24 November.</extracomment>
        <translation>{day}.{month}.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n glass(es) of water</source>
        <translation>
            <numerusform>%n Glas Wasser</numerusform>
            <numerusform>%n Gläser Wasser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n cramp night(s)</source>
        <translation>
            <numerusform>%n Krampfnacht</numerusform>
            <numerusform>%n Krampfnächte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>mean worst pain {value} of 10</source>
        <translation>mittlerer stärkster Schmerz {value} von 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Yes, {n}</source>
        <translation>Ja, {n}</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{n} of 10</source>
        <translation>{n} von 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Nothing recorded yet. Finished sessions, glasses of water and diary nights appear here.</source>
        <translation>Noch nichts aufgezeichnet. Abgeschlossene Einheiten, Gläser Wasser und Tagebuchnächte erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Is it helping?</source>
        <translation>Hilft es?</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched per week</source>
        <translation>Minuten Dehnen pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water noted per week</source>
        <translation>Notierte Gläser Wasser pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights and mean worst pain per week</source>
        <translation>Krampfnächte und mittlerer stärkster Schmerz pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Save sessions, water and diary as spreadsheet files</source>
        <translation>Einheiten, Wasser und Tagebuch als Tabellendateien speichern</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights</source>
        <translation>Tagebuchnächte</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No diary nights recorded yet.</source>
        <translation>Noch keine Tagebuchnächte aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights, newest first</source>
        <translation>Tagebuchnächte, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit the selected night</source>
        <translation>Die ausgewählte Nacht bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Correct what you noted for the selected night</source>
        <translation>Korrigieren, was Sie für die ausgewählte Nacht notiert haben</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete the selected night</source>
        <translation>Die ausgewählte Nacht löschen</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Remove the selected night from the diary (asks first)</source>
        <translation>Die ausgewählte Nacht aus dem Tagebuch entfernen (fragt vorher)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n evening(s) in a row with a completed routine.</source>
        <translation>
            <numerusform>%n Abend in Folge mit einem abgeschlossenen Programm.</numerusform>
            <numerusform>%n Abende in Folge mit einem abgeschlossenen Programm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched</source>
        <translation>Minuten Dehnen</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water</source>
        <translation>Gläser Wasser</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights</source>
        <translation>Krampfnächte</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Mean worst pain (0–10)</source>
        <translation>Mittlerer stärkster Schmerz (0–10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No stretching recorded in the last %n week(s).</source>
        <translation>
            <numerusform>In der letzten %n Woche kein Dehnen aufgezeichnet.</numerusform>
            <numerusform>In den letzten %n Wochen kein Dehnen aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No glasses of water noted in the last %n week(s).</source>
        <translation>
            <numerusform>In der letzten %n Woche keine Gläser Wasser notiert.</numerusform>
            <numerusform>In den letzten %n Wochen keine Gläser Wasser notiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No cramp nights in the last %n week(s).</source>
        <translation>
            <numerusform>In der letzten %n Woche keine Krampfnächte.</numerusform>
            <numerusform>In den letzten %n Wochen keine Krampfnächte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No diary nights in the last %n week(s).</source>
        <translation>
            <numerusform>In der letzten %n Woche keine Tagebuchnächte.</numerusform>
            <numerusform>In den letzten %n Wochen keine Tagebuchnächte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to a folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Show the technical details</source>
        <translation>Die technischen Einzelheiten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Put this message away</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Note last night's cramps</source>
        <translation>Krämpfe der letzten Nacht notieren</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Your sessions, water and cramp diary</source>
        <translation>Ihre Einheiten, Wasser und Krampftagebuch</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>What may help, and when to see a doctor</source>
        <translation>Was helfen kann und wann ein Arztbesuch sinnvoll ist</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Routines…</source>
        <translation>Programme…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Create and edit your own routines</source>
        <translation>Eigene Programme anlegen und bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Bedtime, reminders, sound, theme</source>
        <translation>Schlafenszeit, Erinnerungen, Ton, Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Tonight's stretch</source>
        <translation>Dehnen für heute Abend</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A few calm minutes before bed may help keep night cramps away.</source>
        <translation>Ein paar ruhige Minuten vor dem Schlafengehen können helfen, nächtlichen Krämpfen vorzubeugen.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Choose a routine</source>
        <translation>Wählen Sie ein Programm</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/routine_editor.py"/>
        <location filename="../ui/setting_editors.py"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Rescale the routine to this many minutes</source>
        <translation>Das Programm an diese Zahl von Minuten anpassen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Cramp relief now</source>
        <translation>Soforthilfe bei Krampf</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A gentle guide to use during a cramp</source>
        <translation>Eine sanfte Anleitung für die Zeit während eines Krampfs</translation>
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
        <translation>Das Programm starten</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the chosen routine (Enter)</source>
        <translation>Das gewählte Programm starten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>{name} · about {minutes} min</source>
        <translation>{name} · etwa {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Plan: {time}</source>
        <translation>Geplant: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n rated night(s)</source>
        <translation>
            <numerusform>%n bewertete Nacht</numerusform>
            <numerusform>%n bewertete Nächte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n diary night(s)</source>
        <translation>
            <numerusform>%n Tagebuchnacht</numerusform>
            <numerusform>%n Tagebuchnächte</numerusform>
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
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>May</source>
        <extracomment>The abbreviated month name, as in 1 May 2026.</extracomment>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({day} {month} {year})</source>
        <translation>({day}. {month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} to {last_day} {last_month} {year})</source>
        <translation>({first_day}. {first_month} bis {last_day}. {last_month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} {first_year} to {last_day} {last_month} {last_year})</source>
        <translation>({first_day}. {first_month} {first_year} bis {last_day}. {last_month} {last_year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>It is too early to compare nights with and without a routine before them: your diary has {after} after a finished routine and {without} without, and each needs at least {least}.</source>
        <translation>Für einen Vergleich der Nächte mit und ohne Programm am Abend davor ist es noch zu früh: Ihr Tagebuch enthält {after} nach einem abgeschlossenen Programm und {without} ohne, und jede Gruppe braucht mindestens {least}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>On the {after} after you finished a routine you noted {after_rate} cramps a night on average; on the {without} after evenings without one, {without_rate} a night.</source>
        <translation>Nach einem abgeschlossenen Programm haben Sie im Schnitt {after_rate} Krämpfe pro Nacht notiert ({after}); nach Abenden ohne Programm waren es {without_rate} pro Nacht ({without}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>When cramps came, the worst one averaged {after_severity} out of 10 after a routine ({after_rated}) and {without_severity} without ({without_rated}).</source>
        <translation>Wenn Krämpfe kamen, lag der stärkste im Schnitt bei {after_severity} von 10 nach einem Programm ({after_rated}) und bei {without_severity} ohne ({without_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad the cramps were: {after} after a routine and {without} without, and each needs at least {least}.</source>
        <translation>Es gibt noch zu wenige Nächte mit einem bewerteten Krampf, um zu vergleichen, wie stark die Krämpfe waren: {after} nach einem Programm und {without} ohne, und jede Gruppe braucht mindestens {least}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {window} diary nights can be set against your latest ones once the diary has at least {needed} nights; it has {total} so far.</source>
        <translation>Ihre ersten {window} Tagebuchnächte lassen sich mit den letzten vergleichen, sobald das Tagebuch mindestens {needed} Nächte enthält; bisher sind es {total}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {first}{first_span} averaged {first_rate} cramps a night; your latest {latest}{latest_span} averaged {latest_rate}.</source>
        <translation>Ihre ersten {first}{first_span} brachten im Schnitt {first_rate} Krämpfe pro Nacht, Ihre letzten {latest}{latest_span} im Schnitt {latest_rate}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>The worst cramp averaged {first_severity} out of 10 at first ({first_rated}) and {latest_severity} lately ({latest_rated}).</source>
        <translation>Der stärkste Krampf lag anfangs im Schnitt bei {first_severity} von 10 ({first_rated}) und zuletzt bei {latest_severity} ({latest_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad they were then and now: {first} at first and {latest} lately, and each needs at least {least}.</source>
        <translation>Es gibt noch zu wenige Nächte mit einem bewerteten Krampf, um zu vergleichen, wie stark die Krämpfe anfangs und zuletzt waren: {first} am Anfang und {latest} zuletzt, und jede Gruppe braucht mindestens {least}.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>There is no routine called “{id}”.</source>
        <translation>Es gibt kein Programm namens „{id}“.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop now? What you have done so far is still recorded.</source>
        <translation>Jetzt beenden? Was Sie bis hierher gemacht haben, wird trotzdem gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop for tonight</source>
        <translation>Für heute aufhören</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>This session could not be saved to your history: {error}</source>
        <translation>Diese Einheit konnte nicht in Ihrem Verlauf gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {first}, {second} … {last}</source>
        <translation>Wasser um {first}, {second} … {last}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {times}</source>
        <translation>Wasser um {times}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>no water reminders (the first would be after the cut-off)</source>
        <translation>keine Trink-Erinnerungen (die erste läge nach dem Endzeitpunkt)</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>stretch reminder at {time}</source>
        <translation>Dehn-Erinnerung um {time}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: no reminders; bedtime {bed}.</source>
        <translation>Heute Abend: keine Erinnerungen; Schlafenszeit {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: {parts}; bedtime {bed}.</source>
        <translation>Heute Abend: {parts}; Schlafenszeit {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>In the tray: needed for reminders after you restart the computer.</source>
        <translation>In der Kontrollleiste: nötig für Erinnerungen nach einem Neustart des Computers.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>On your phone</source>
        <translation>Auf Ihrem Handy</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Your phone can remind you too, when you are away from the computer.</source>
        <translation>Ihr Handy kann Sie auch erinnern, wenn Sie nicht am Computer sind.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar…</source>
        <translation>Erinnerungen in den Handykalender…</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar</source>
        <translation>Erinnerungen in den Handykalender übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <location filename="../ui/reminder_window.py"/>
        <source>Snooze {n} min</source>
        <translation>{n} Min. später</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Skip tonight</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>I drank a glass</source>
        <translation>Ich habe ein Glas getrunken</translation>
    </message>
    <message>
        <location filename="../ui/reminder_window.py"/>
        <source>Remind me again later</source>
        <translation>Später noch einmal erinnern</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Left leg only</source>
        <translation>Nur linkes Bein</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Right leg only</source>
        <translation>Nur rechtes Bein</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines are read-only; duplicate one to edit</source>
        <translation>Vorgegebene Programme sind schreibgeschützt; duplizieren Sie eines, um es zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Start an empty routine</source>
        <translation>Ein leeres Programm beginnen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Make your own copy</source>
        <translation>Eine eigene Kopie anlegen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete this routine</source>
        <translation>Dieses Programm löschen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add a routine from a file</source>
        <translation>Ein Programm aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine to a file</source>
        <translation>Dieses Programm in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>Vorgegebene Programme lassen sich nicht ändern. Duplizieren Sie eines, um daraus Ihr eigenes zu machen.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routine name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>A line about the routine, shown with its name</source>
        <translation>Eine Zeile über das Programm, die mit seinem Namen angezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercises in this routine</source>
        <translation>Übungen in diesem Programm</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Drag to reorder, or use Move up / Move down</source>
        <translation>Zum Umsortieren ziehen oder „Nach oben“ / „Nach unten“ verwenden</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise to add</source>
        <translation>Übung zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add the chosen exercise at the end</source>
        <translation>Die gewählte Übung am Ende hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove this exercise (Delete)</source>
        <translation>Diese Übung entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise:</source>
        <translation>Übung hinzufügen:</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold seconds or repetitions</source>
        <translation>Haltesekunden oder Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Try a length</source>
        <translation>Dauer testen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Target length in minutes</source>
        <translation>Zieldauer in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The same rescaling as the main window's length</source>
        <translation>Dieselbe Anpassung wie bei der Dauer im Hauptfenster</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine</source>
        <translation>Dieses Programm speichern</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> (built-in)</source>
        <translation> (vorgegeben)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>„{name}“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>hold {n} s</source>
        <translation>{n} s halten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source> × %n set(s)</source>
        <translation>
            <numerusform> × %n Satz</numerusform>
            <numerusform> × %n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> reps</source>
        <translation> Wdh.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise {n}: {name}</source>
        <translation>Übung {n}: {name}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise to begin.</source>
        <translation>Fügen Sie zuerst eine Übung hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>As written {written} · at this length {scaled}</source>
        <translation>Original {written} · angepasst {scaled}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>My routine</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add at least one exercise, then save.</source>
        <translation>Fügen Sie mindestens eine Übung hinzu und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved.</source>
        <translation>Das Programm wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved: {error}</source>
        <translation>Das Programm wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete routine?</source>
        <translation>Programm löschen?</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>„{name}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not deleted: {error}</source>
        <translation>Das Programm wurde nicht gelöscht: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export.</source>
        <translation>Export nicht möglich.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export: {error}</source>
        <translation>Export nicht möglich: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import a routine</source>
        <translation>Ein Programm importieren</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines (*.toml)</source>
        <translation>Programme (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Progress through the routine</source>
        <translation>Fortschritt im Programm</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Back a step (Left or B)</source>
        <translation>Einen Schritt zurück (Pfeil nach links oder B)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Skip this step (Right or N)</source>
        <translation>Diesen Schritt überspringen (Pfeil nach rechts oder N)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Turn sound cues on or off</source>
        <translation>Tonsignale ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Full screen on or off (F)</source>
        <translation>Vollbild ein oder aus (F)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>End the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues are silent: no sound player was found on this computer. On Linux, install GStreamer's gst-play-1.0 (package gstreamer1.0-plugins-base-apps) and start the app again.</source>
        <translation>Die Tonsignale bleiben stumm: Auf diesem Computer wurde kein Programm zum Abspielen von Tönen gefunden. Unter Linux installieren Sie gst-play-1.0 von GStreamer (Paket gstreamer1.0-plugins-base-apps) und starten die App neu.</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Safety: {note}</source>
        <translation>Sicherheit: {note}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>press Space to start</source>
        <translation>Leertaste zum Starten</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Rep {rep} of {reps} · {phase}</source>
        <translation>Wiederholung {rep} von {reps} · {phase}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Set {n} of {sets}</source>
        <translation>Satz {n} von {sets}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: the end</source>
        <translation>Als Nächstes: das Ende</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{name} ({low}–{high})</source>
        <translation>{name} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{id} (missing)</source>
        <translation>{id} (fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{setting}: {day}</source>
        <translation>{setting}: {day}</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{day}: different time</source>
        <translation>{day}: andere Zeit</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Mon</source>
        <extracomment>The abbreviated weekday name, as in Mon 21:30.</extracomment>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud needs PulseAudio's client library, which this computer lacks. Install it (on Debian and Ubuntu: sudo apt install libpulse0), then restart Stretch Coach.</source>
        <translation>Zum Vorlesen der Schritte braucht Stretch Coach die Client-Bibliothek von PulseAudio, die auf diesem Computer fehlt. Installieren Sie sie (unter Debian und Ubuntu: sudo apt install libpulse0) und starten Sie Stretch Coach dann neu.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud is an optional part of Stretch Coach that is not installed. Add it with: {uv_command} (or, if you installed with pipx: {pip_command}), then restart Stretch Coach.</source>
        <translation>Das Vorlesen der Schritte ist ein optionaler Teil von Stretch Coach, der nicht installiert ist. Fügen Sie ihn hinzu mit: {uv_command} (oder, falls Sie mit pipx installiert haben: {pip_command}) und starten Sie Stretch Coach neu.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>No speech engine was found on this computer. To hear the steps read aloud on Linux, install speech-dispatcher and espeak-ng (on Debian and Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Stretch Coach.</source>
        <translation>Auf diesem Computer wurde keine Sprachausgabe gefunden. Um die Schritte unter Linux vorgelesen zu bekommen, installieren Sie speech-dispatcher und espeak-ng (unter Debian und Ubuntu: sudo apt install speech-dispatcher espeak-ng) und starten Sie Stretch Coach neu.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Start bedtime routine</source>
        <translation>Abendprogramm starten</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>No reminders planned</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For tonight</source>
        <translation>Für heute Abend</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Until I resume</source>
        <translation>Bis ich sie fortsetze</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Note last night's cramps…</source>
        <translation>Krämpfe der letzten Nacht notieren…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch Coach keeps running here to remind you this evening. Choose Quit from this icon's menu to close it completely.</source>
        <translation>Stretch Coach läuft hier weiter, um Sie heute Abend zu erinnern. Wählen Sie „Beenden“ im Menü dieses Symbols, um die App ganz zu schließen.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused</source>
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch reminder at {time}</source>
        <translation>Dehn-Erinnerung um {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Water reminder at {time}</source>
        <translation>Trink-Erinnerung um {time}</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Illustration of the move</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Some settings could not be used and were reset:</source>
        <translation>Einige Einstellungen konnten nicht verwendet werden und wurden zurückgesetzt:</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your settings could not be saved ({error}).</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Saved {files} in {folder}.</source>
        <translation>{files} in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Nothing was written: {error}</source>
        <translation>Es wurde nichts geschrieben: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>There are no reminders to add: the stretch reminder and the water reminders are both turned off.</source>
        <translation>Es gibt keine Erinnerungen zum Übernehmen: Die Dehn-Erinnerung und die Wasser-Erinnerungen sind beide ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your reminders are saved in {file}.

On an iPhone or iPad: send the file to yourself by e-mail, open it in Mail and add all the events.

With an Android phone: on this computer, open Google Calendar in your web browser, choose Settings, then Import, and pick this file. The reminders then appear on the phone.

Check that the calendar rings at the time of each event. The file holds your reminders as they are now: after changing your bedtime or reminders, delete the old events and add a new file.</source>
        <translation>Ihre Erinnerungen sind in {file} gespeichert.

Auf einem iPhone oder iPad: Schicken Sie sich die Datei per E-Mail, öffnen Sie sie in Mail und fügen Sie alle Termine hinzu.

Mit einem Android-Handy: Öffnen Sie an diesem Computer Google Kalender im Webbrowser, wählen Sie Einstellungen, dann Importieren, und wählen Sie diese Datei. Die Erinnerungen erscheinen dann auf dem Handy.

Prüfen Sie, dass der Kalender zur Zeit jedes Termins klingelt. Die Datei enthält Ihre Erinnerungen, wie sie jetzt sind: Wenn Sie Ihre Schlafenszeit oder Erinnerungen ändern, löschen Sie die alten Termine und fügen Sie eine neue Datei hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>{file} already exists. Nothing was written.</source>
        <translation>{file} gibt es schon. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The calendar file could not be saved: {error}</source>
        <translation>Die Kalenderdatei konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Bedtime stretch</source>
        <translation>Dehnen vor dem Schlafen</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Toe curls, heel raises and a calf stretch on each leg, just before sleep.</source>
        <translation>Zehen einrollen, Fersenheben und eine Wadendehnung an jedem Bein, direkt vor dem Schlafen.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>Cramp relief</source>
        <translation>Hilfe bei Krampf</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>A gentle guide for during a cramp: stretch the muscle, rub it, then stand on the leg.</source>
        <translation>Eine sanfte Anleitung während eines Krampfs: den Muskel dehnen, ihn massieren und sich dann auf das Bein stellen.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Quick stretch</source>
        <translation>Kurzes Dehnen</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Toe curls and one calf stretch per leg, for nights when time is short.</source>
        <translation>Zehen einrollen und eine Wadendehnung pro Bein, für Abende mit wenig Zeit.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Seated stretch</source>
        <translation>Dehnen im Sitzen</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Everything done sitting, for anyone who cannot stretch standing.</source>
        <translation>Alles im Sitzen, für alle, die sich im Stehen nicht dehnen können.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>Research protocol</source>
        <translation>Studienprotokoll</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>The calf and hamstring stretches from a published trial: hold 10 s, relax 10 s, three times per leg.</source>
        <translation>Die Waden- und Oberschenkeldehnungen aus einer veröffentlichten Studie: 10 s halten, 10 s lockern, dreimal pro Bein.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach gives general information, not medical advice. It cannot tell you why you get cramps; if they worry you, talk to a doctor.</source>
        <translation>Stretch Coach gibt allgemeine Informationen, keine medizinische Beratung. Die App kann Ihnen nicht sagen, warum Sie Krämpfe bekommen; wenn sie Ihnen Sorgen machen, sprechen Sie mit einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What night cramps are</source>
        <translation>Was nächtliche Beinkrämpfe sind</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What may help</source>
        <translation>Was helfen kann</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Supplements and medicines</source>
        <translation>Nahrungsergänzungsmittel und Medikamente</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>During a cramp</source>
        <translation>Während eines Krampfs</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching safely</source>
        <translation>Sicher dehnen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to see a doctor</source>
        <translation>Wann ein Arztbesuch sinnvoll ist</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Make an ordinary appointment with a doctor if:</source>
        <translation>Vereinbaren Sie einen gewöhnlichen Arzttermin, wenn:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to get urgent advice</source>
        <translation>Wann Sie sofort ärztlichen Rat brauchen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Get medical advice straight away if:</source>
        <translation>Holen Sie sofort ärztlichen Rat ein, wenn:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A leg cramp can last from a few seconds to about ten minutes, and the muscle may feel tender for up to a day afterwards.</source>
        <translation>Ein Beinkrampf kann wenige Sekunden bis etwa zehn Minuten dauern, und der Muskel kann danach bis zu einen Tag lang empfindlich sein.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The calf is the usual place; the feet or thighs less so. Roughly three cramps in four come at night.</source>
        <translation>Meist ist die Wade betroffen, seltener die Füße oder die Oberschenkel. Etwa drei von vier Krämpfen kommen in der Nacht.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Things that can play a part include getting older, hard exercise, pregnancy, not drinking enough, liver disease and some medicines (statins and diuretics, for example).</source>
        <translation>Eine Rolle spielen können unter anderem das Älterwerden, starke körperliche Anstrengung, eine Schwangerschaft, zu wenig Trinken, Lebererkrankungen und manche Medikamente (zum Beispiel Statine und Diuretika).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A short stretch just before sleep may help. In a trial with 80 people over 55 who got night cramps at least weekly, those who stretched their calves and hamstrings every night for 6 weeks reported on average 1.2 fewer cramps a night (95% CI 0.6 to 1.8) and cramps 1.3 points milder on a 0-10 scale (95% CI 0.9 to 1.7) than those who did not stretch.</source>
        <translation>Kurzes Dehnen direkt vor dem Schlafen kann helfen. In einer Studie mit 80 Menschen über 55, die mindestens einmal pro Woche nächtliche Krämpfe hatten, berichteten diejenigen, die 6 Wochen lang jeden Abend ihre Waden und hinteren Oberschenkel dehnten, im Schnitt von 1,2 Krämpfen weniger pro Nacht (95-%-KI 0,6 bis 1,8) und von Krämpfen, die auf einer Skala von 0 bis 10 um 1,3 Punkte milder waren (95-%-KI 0,9 bis 1,7), als diejenigen, die sich nicht dehnten.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The trial's stretch: ease into a moderately strong stretch, hold it for 10 seconds, let go for 10 seconds, three times for each stretch on each leg (about three minutes in all), right before going to sleep, breathing calmly throughout. The trial-protocol routine follows it.</source>
        <translation>Die Dehnung aus der Studie: langsam in eine mäßig starke Dehnung gehen, 10 Sekunden halten, 10 Sekunden lockern, dreimal für jede Dehnung an jedem Bein (insgesamt etwa drei Minuten), direkt vor dem Einschlafen und dabei die ganze Zeit ruhig atmen. Das Programm „Studienprotokoll“ folgt diesem Ablauf.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS guidance describes a calf stretch facing a wall, repeated a few times a day with the last one just before bed.</source>
        <translation>Der britische Gesundheitsdienst NHS beschreibt eine Wadendehnung mit dem Gesicht zur Wand, mehrmals am Tag wiederholt, die letzte direkt vor dem Schlafengehen.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A 2012 Cochrane review judged the evidence for non-drug ways of easing cramps to be limited overall, so stretching may help rather than being a sure thing.</source>
        <translation>Ein Cochrane-Review von 2012 bewertete die Belege für nicht-medikamentöse Mittel gegen Krämpfe insgesamt als begrenzt; Dehnen kann also helfen, ist aber kein sicheres Mittel.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Have your usual daily drinks mostly earlier in the day and go easy on drinks in the two hours before bed (alcohol, coffee and tea most of all); that may mean fewer trips to the toilet at night. It is why the water reminders stop two hours before bedtime.</source>
        <translation>Trinken Sie Ihre übliche Tagesmenge eher früher am Tag und in den zwei Stunden vor dem Schlafengehen nur wenig (vor allem Alkohol, Kaffee und Tee); das kann nachts weniger Gänge zur Toilette bedeuten. Deshalb enden die Trink-Erinnerungen zwei Stunden vor der Schlafenszeit.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Heavy or tight bed covers can hold your feet pointed, which shortens the calf muscle. Loosening them may help; there is little evidence for this, but it does no harm.</source>
        <translation>Schwere oder straff gespannte Bettdecken können die Füße in gestreckter Haltung festhalten, sodass die Zehen nach unten zeigen; dabei ist der Wadenmuskel verkürzt. Die Decke zu lockern kann helfen; Belege dafür gibt es kaum, aber es schadet nicht.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Magnesium is widely sold for cramps. A 2020 Cochrane review looked at the trials. For ordinary night cramps in older people, magnesium did not help: in 5 trials with 307 people, those who took it had about as many cramps a week as those who took a dummy pill (placebo). For cramps in pregnancy, the trials disagree.</source>
        <translation>Magnesium wird vielfach gegen Krämpfe verkauft. Ein Cochrane-Review von 2020 hat die Studien dazu ausgewertet. Bei gewöhnlichen nächtlichen Krämpfen älterer Menschen half Magnesium nicht: In 5 Studien mit 307 Personen hatten diejenigen, die es einnahmen, pro Woche etwa gleich viele Krämpfe wie diejenigen, die ein Scheinmedikament (Placebo) bekamen. Zu Krämpfen in der Schwangerschaft sind die Studienergebnisse widersprüchlich.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>If you are thinking of taking magnesium or another supplement, ask a pharmacist or doctor first, especially if you take other medicines or have kidney disease.</source>
        <translation>Wenn Sie überlegen, Magnesium oder ein anderes Nahrungsergänzungsmittel einzunehmen, fragen Sie vorher Ihre Apotheke, Ihre Ärztin oder Ihren Arzt – besonders, wenn Sie andere Medikamente einnehmen oder eine Nierenerkrankung haben.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The UK medicines regulator (MHRA) says quinine should not be used routinely for night cramps. On average it means about one cramp fewer a week, and it can have serious side effects, such as blood disorders and problems with the heart rhythm.</source>
        <translation>Nach Auffassung der britischen Arzneimittelbehörde MHRA sollte Chinin nicht routinemäßig gegen nächtliche Krämpfe eingesetzt werden. Im Schnitt bedeutet es etwa einen Krampf weniger pro Woche, und es kann schwere Nebenwirkungen haben, etwa Störungen des Blutbilds und Herzrhythmusstörungen.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Doctors consider quinine only when cramps are very painful or frequent, other causes have been ruled out and stretching has not helped. If it has not helped after four weeks, it is stopped.</source>
        <translation>Ärztinnen und Ärzte ziehen Chinin nur in Betracht, wenn die Krämpfe sehr schmerzhaft oder häufig sind, andere Ursachen ausgeschlossen wurden und Dehnen nicht geholfen hat. Hat es nach vier Wochen nicht geholfen, wird es wieder abgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Some medicines can bring on cramps. Examples are water tablets (diuretics), salbutamol (used in inhalers), statins and some blood-pressure medicines such as nifedipine.</source>
        <translation>Manche Medikamente können Krämpfe auslösen. Beispiele sind Entwässerungstabletten (Diuretika), Salbutamol (in Sprays zum Inhalieren), Statine und manche Blutdruckmittel wie Nifedipin.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Ask your doctor or pharmacist whether any of your medicines could play a part. Never stop a prescribed medicine on your own.</source>
        <translation>Fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke, ob eines Ihrer Medikamente eine Rolle spielen könnte. Setzen Sie ein verordnetes Medikament nie eigenmächtig ab.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching the muscle, rubbing it, or getting up and standing with your weight on that leg may ease a cramp. The cramp-relief routine guides you.</source>
        <translation>Den Muskel dehnen, ihn massieren oder aufstehen und das Gewicht auf dieses Bein verlagern kann einen Krampf lindern. Das Programm „Hilfe bei Krampf“ leitet Sie dabei an.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Painkillers such as paracetamol or ibuprofen act too slowly to help while a cramp is happening.</source>
        <translation>Schmerzmittel wie Paracetamol oder Ibuprofen wirken zu langsam, um während eines Krampfs zu helfen.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stop any move that gives you a sharp pain.</source>
        <translation>Brechen Sie jede Bewegung ab, die Ihnen einen stechenden Schmerz bereitet.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Keep a hand on a chair or a wall for balance in standing moves.</source>
        <translation>Halten Sie sich bei Übungen im Stehen mit einer Hand an einem Stuhl oder an der Wand fest.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps disturb your sleep or get in the way of your day</source>
        <translation>Krämpfe Ihren Schlaf stören oder Sie im Alltag behindern</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps come often</source>
        <translation>Krämpfe häufig kommen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>your legs feel numb or look swollen</source>
        <translation>Ihre Beine sich taub anfühlen oder geschwollen aussehen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>the muscles in your legs seem to be getting smaller or weaker</source>
        <translation>die Muskeln in Ihren Beinen kleiner oder schwächer zu werden scheinen</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>a cramp goes on for more than 10 minutes and moving does not ease it</source>
        <translation>ein Krampf länger als 10 Minuten anhält und Bewegung ihn nicht lindert</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after a wound that might be infected (tetanus is a risk)</source>
        <translation>die Krämpfe nach einer Wunde begonnen haben, die entzündet sein könnte (Gefahr von Wundstarrkrampf)</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after contact with something poisonous, such as lead or mercury</source>
        <translation>die Krämpfe nach Kontakt mit etwas Giftigem wie Blei oder Quecksilber begonnen haben</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Your diary shows cramps on most nights for two weeks running. NHS guidance lists frequent cramps among the reasons to see a doctor.</source>
        <translation>Ihr Tagebuch zeigt seit zwei Wochen Krämpfe in den meisten Nächten. Der britische Gesundheitsdienst NHS nennt häufige Krämpfe als einen der Gründe, ärztlichen Rat zu suchen.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</source>
        <translation>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Blyton F et al. Cochrane systematic review of non-drug treatments for lower-limb muscle cramps, 2012 (CD008496).</source>
        <translation>Blyton F et al. Systematischer Cochrane-Review zu nicht-medikamentösen Behandlungen von Muskelkrämpfen der Beine, 2012 (CD008496).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS, NHS inform and nidirect: public guidance on leg cramps.</source>
        <translation>NHS, NHS inform und nidirect: öffentliche Gesundheitsinformationen zu Beinkrämpfen (Großbritannien).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Sleep Foundation: advice on nocturia (waking at night to urinate).</source>
        <translation>Sleep Foundation: Hinweise zur Nykturie (nächtliches Aufwachen zum Wasserlassen).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach's own exercise safety notes (common-sense care, not a study).</source>
        <translation>Die eigenen Sicherheitshinweise von Stretch Coach zu den Übungen (gesunder Menschenverstand, keine Studie).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</source>
        <translation>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>MHRA (the UK medicines regulator): Drug Safety Update on quinine for night leg cramps, 2010 (reminder 2014).</source>
        <translation>MHRA (britische Arzneimittelbehörde): Drug Safety Update zu Chinin bei nächtlichen Beinkrämpfen, 2010 (erneuter Hinweis 2014).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NICE Clinical Knowledge Summary: Leg cramps.</source>
        <translation>NICE Clinical Knowledge Summary: Leg cramps (Großbritannien).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>bpac NZ: advice for general practice on night leg cramps.</source>
        <translation>bpac NZ (Neuseeland): Hinweise für die Hausarztpraxis zu nächtlichen Beinkrämpfen.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Times from 00:00 to 05:59 count as the night before.</source>
        <translation>Zeiten von 00:00 bis 05:59 zählen zur Nacht davor.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Other bedtimes</source>
        <translation>Andere Schlafenszeiten</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>A different bedtime on some evenings of the week.</source>
        <translation>Eine andere Schlafenszeit an einzelnen Abenden der Woche.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stretch reminder</source>
        <translation>Dehn-Erinnerung</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes before bedtime</source>
        <translation>Minuten vor der Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The evenings with a stretch reminder.</source>
        <translation>Die Abende mit einer Erinnerung ans Dehnen.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Remind me to drink during the afternoon</source>
        <translation>Nachmittags ans Trinken erinnern</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>First water reminder</source>
        <translation>Erste Trink-Erinnerung</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen den Erinnerungen</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stop before bedtime</source>
        <translation>Ende vor der Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>They stop before bed because drinks late in the evening make waking at night to pass urine more likely.</source>
        <translation>Sie enden vor dem Schlafengehen, weil Getränke spät am Abend es wahrscheinlicher machen, dass Sie nachts zum Wasserlassen aufwachen.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default routine</source>
        <translation>Standardprogramm</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The routine reminders and the tray start</source>
        <translation>Das Programm, das Erinnerungen und das Symbol in der Kontrollleiste starten</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default length</source>
        <translation>Standarddauer</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Sound and voice</source>
        <translation>Ton und Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Play sound cues</source>
        <translation>Tonsignale abspielen</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Colours of the app</source>
        <translation>Die Farben der App</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime (dim and warm)</source>
        <translation>Nachtmodus (gedämpft und warm)</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Larger text on every screen, on top of the desktop's own font size</source>
        <translation>Größere Schrift auf jedem Bildschirm, zusätzlich zur Schriftgröße des Desktops</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Largest</source>
        <translation>Am größten</translation>
    </message>
    <message>
        <location filename="../core/insights.py"/>
        <source>This is your own record, not proof: cramps come and go for many reasons, so a difference here does not show that stretching caused it.</source>
        <translation>Dies ist Ihre eigene Aufzeichnung, kein Beweis: Krämpfe kommen und gehen aus vielen Gründen, daher zeigt ein Unterschied hier nicht, dass das Dehnen ihn bewirkt hat.</translation>
    </message>
    <message>
        <source>As written, the routine would take about {minutes} minutes; a routine can take at most {limit} minutes. Use fewer exercises or sets, or shorter holds and rests.</source>
        <translation type="vanished">So wie es geschrieben ist, würde das Programm etwa {minutes} Minuten dauern; ein Programm darf höchstens {limit} Minuten dauern. Nehmen Sie weniger Übungen oder Sätze oder kürzere Halte- und Pausenzeiten.</translation>
    </message>
    <message>
        <source>Hold for {n} seconds.</source>
        <translation type="vanished">Halten Sie {n} Sekunden.</translation>
    </message>
    <message>
        <source>Relax for {n} seconds.</source>
        <translation type="vanished">Lockern Sie {n} Sekunden lang.</translation>
    </message>
    <message>
        <source>{n} slow repetitions.</source>
        <translation type="vanished">{n} langsame Wiederholungen.</translation>
    </message>
    <message>
        <source>{label} · {n} reps</source>
        <translation type="vanished">{label} · {n} Wdh.</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation type="vanished">{n} Minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="vanished">{n} Minuten</translation>
    </message>
    <message>
        <source>{n} glass of water</source>
        <translation type="vanished">{n} Glas Wasser</translation>
    </message>
    <message>
        <source>{n} glasses of water</source>
        <translation type="vanished">{n} Gläser Wasser</translation>
    </message>
    <message>
        <source>{n} cramp night</source>
        <translation type="vanished">{n} Krampfnacht</translation>
    </message>
    <message>
        <source>{n} cramp nights</source>
        <translation type="vanished">{n} Krampfnächte</translation>
    </message>
    <message>
        <source>{n} evenings in a row with a completed routine.</source>
        <translation type="vanished">{n} Abende in Folge mit einem abgeschlossenen Programm.</translation>
    </message>
    <message>
        <source>1 evening in a row with a completed routine.</source>
        <translation type="vanished">1 Abend in Folge mit einem abgeschlossenen Programm.</translation>
    </message>
    <message>
        <source>No stretching recorded in the last {weeks} weeks.</source>
        <translation type="vanished">In den letzten {weeks} Wochen kein Dehnen aufgezeichnet.</translation>
    </message>
    <message>
        <source>No glasses of water noted in the last {weeks} weeks.</source>
        <translation type="vanished">In den letzten {weeks} Wochen keine Gläser Wasser notiert.</translation>
    </message>
    <message>
        <source>No cramp nights in the last {weeks} weeks.</source>
        <translation type="vanished">In den letzten {weeks} Wochen keine Krampfnächte.</translation>
    </message>
    <message>
        <source>No diary nights in the last {weeks} weeks.</source>
        <translation type="vanished">In den letzten {weeks} Wochen keine Tagebuchnächte.</translation>
    </message>
    <message>
        <source>{n} night</source>
        <translation type="vanished">{n} Nacht</translation>
    </message>
    <message>
        <source>{n} nights</source>
        <translation type="vanished">{n} Nächte</translation>
    </message>
    <message>
        <source>{n} rated night</source>
        <translation type="vanished">{n} bewertete Nacht</translation>
    </message>
    <message>
        <source>{n} rated nights</source>
        <translation type="vanished">{n} bewertete Nächte</translation>
    </message>
    <message>
        <source>{n} diary night</source>
        <translation type="vanished">{n} Tagebuchnacht</translation>
    </message>
    <message>
        <source>{n} diary nights</source>
        <translation type="vanished">{n} Tagebuchnächte</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation type="vanished">{n} Wdh.</translation>
    </message>
    <message>
        <source> × {n} sets</source>
        <translation type="vanished"> × {n} Sätze</translation>
    </message>
    <message>
        <source>Start at login (in the tray)</source>
        <translation type="vanished">Bei der Anmeldung starten (in der Kontrollleiste)</translation>
    </message>
    <message>
        <source>Needed for reminders after you restart the computer</source>
        <translation type="vanished">Nötig für Erinnerungen nach einem Neustart des Computers</translation>
    </message>
    <message>
        <source>Remind me to drink in the afternoon, not late at night</source>
        <translation type="vanished">Nachmittags ans Trinken erinnern, nicht spät am Abend</translation>
    </message>
    <message>
        <source>Keep a cramp diary (a few seconds each morning)</source>
        <translation type="vanished">Ein Krampftagebuch führen (jeden Morgen ein paar Sekunden)</translation>
    </message>
    <message>
        <source>Read each step aloud, so you can follow without looking at the screen</source>
        <translation type="vanished">Jeden Schritt vorlesen, damit Sie folgen können, ohne auf den Bildschirm zu schauen</translation>
    </message>
    <message>
        <source>{name} · {minutes} min</source>
        <translation type="vanished">{name} · {minutes} Min.</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation type="vanished">Als Nächstes: Ende</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Einstellungen…</translation>
    </message>
    <message>
        <source>No speech engine was found on this computer</source>
        <translation type="vanished">Auf diesem Computer wurde keine Sprachausgabe gefunden</translation>
    </message>
    <message>
        <source>Get ready for {name}.</source>
        <translation type="vanished">Machen Sie sich bereit: {name}.</translation>
    </message>
    <message>
        <source>Next, {name}.</source>
        <translation type="vanished">Als Nächstes: {name}.</translation>
    </message>
    <message>
        <source>{name}. Hold for {n} seconds.</source>
        <translation type="vanished">{name}. {n} Sekunden halten.</translation>
    </message>
    <message>
        <source>{name}. {n} slow repetitions.</source>
        <translation type="vanished">{name}. {n} langsame Wiederholungen.</translation>
    </message>
    <message>
        <source>the settings file cannot be read; the defaults are used</source>
        <translation type="vanished">die Einstellungsdatei kann nicht gelesen werden; die Voreinstellungen werden verwendet</translation>
    </message>
    <message>
        <source>{day}: different bedtime</source>
        <translation type="vanished">{day}: andere Schlafenszeit</translation>
    </message>
    <message>
        <source>Use another bedtime on {day} evenings</source>
        <translation type="vanished">An {day}abenden eine andere Schlafenszeit verwenden</translation>
    </message>
    <message>
        <source> min before bed</source>
        <translation type="vanished"> Min. vor dem Schlafengehen</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Wann</translation>
    </message>
    <message>
        <source>Remind me on {day} evenings</source>
        <translation type="vanished">An {day}abenden erinnern</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation type="vanished">Erste Erinnerung</translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="vanished">Alle</translation>
    </message>
    <message>
        <source>Appearance and start-up</source>
        <translation type="vanished">Erscheinungsbild und Start</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Stretch reminder</source>
        <translation>Dehn-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Guided bedtime stretches and evening reminders for night-time leg cramps</source>
        <translation>Angeleitetes Dehnen vor dem Schlafen und Erinnerungen am Abend bei nächtlichen Beinkrämpfen</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>stretch;stretching;cramp;leg;calf;foot;bedtime;reminder;exercise;</source>
        <extracomment>Search words for the application menu, each followed by ; (no spaces around it).</extracomment>
        <translation>Dehnen;Dehnübung;Krampf;Wadenkrampf;Bein;Wade;Fuß;Schlafenszeit;Erinnerung;Übung;</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Start stretching</source>
        <translation>Dehnen starten</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Cramp relief</source>
        <translation>Hilfe bei Krampf</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Toe curls</source>
        <translation>Zehen einrollen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit or stand with your bare feet flat on the floor.</source>
        <translation>Sitzen oder stehen Sie mit nackten Füßen flach auf dem Boden.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Slowly curl your toes down, as if gripping a towel.</source>
        <translation>Krallen Sie die Zehen langsam nach unten, als wollten Sie ein Handtuch greifen.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold the curl for a moment, then spread your toes and relax.</source>
        <translation>Halten Sie die Zehen kurz so, dann spreizen Sie sie und entspannen Sie.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Curl gently. If a foot starts to cramp, stop and stretch your toes upward.</source>
        <translation>Rollen Sie die Zehen sanft ein. Wenn ein Fuß zu krampfen beginnt, hören Sie auf und ziehen Sie die Zehen nach oben.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Heel raises</source>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand tall and rest a hand on a chair back or the wall for balance.</source>
        <translation>Stellen Sie sich aufrecht hin und legen Sie zum Halten eine Hand auf eine Stuhllehne oder an die Wand.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rise slowly onto the balls of your feet.</source>
        <translation>Gehen Sie langsam auf die Fußballen hoch.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause at the top, then lower your heels slowly to the floor.</source>
        <translation>Halten Sie oben kurz inne und senken Sie dann die Fersen langsam zum Boden.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a hand on something steady. Stop if a move causes sharp pain.</source>
        <translation>Halten Sie sich mit einer Hand an etwas Stabilem fest. Hören Sie auf, wenn eine Bewegung stechende Schmerzen verursacht.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated heel raises</source>
        <translation>Fersenheben im Sitzen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit near the front of a steady chair, knees bent, feet flat.</source>
        <translation>Setzen Sie sich vorn auf einen stabilen Stuhl, die Knie gebeugt, die Füße flach.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lift both heels slowly, keeping your toes on the floor.</source>
        <translation>Heben Sie langsam beide Fersen; die Zehen bleiben am Boden.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause, then lower your heels slowly.</source>
        <translation>Halten Sie kurz inne und senken Sie dann die Fersen langsam.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Move slowly and stop if a move causes sharp pain.</source>
        <translation>Bewegen Sie sich langsam und hören Sie auf, wenn eine Bewegung stechende Schmerzen verursacht.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Calf stretch at the wall</source>
        <translation>Wadendehnung an der Wand</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Face a wall and put both palms on it at chest height.</source>
        <translation>Stellen Sie sich vor eine Wand und legen Sie beide Handflächen in Brusthöhe daran.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Step one leg back and keep it straight, heel down on the floor.</source>
        <translation>Setzen Sie ein Bein nach hinten und halten Sie es gestreckt, die Ferse am Boden.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the front knee and lean in until the back calf feels a moderate stretch.</source>
        <translation>Beugen Sie das vordere Knie und lehnen Sie sich vor, bis Sie in der hinteren Wade eine mäßige Dehnung spüren.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly. Do not hold your breath.</source>
        <translation>Halten Sie die Dehnung und atmen Sie ruhig. Halten Sie nicht die Luft an.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stretch to a moderate pull, never to pain. Keep the back heel down.</source>
        <translation>Dehnen Sie bis zu einem mäßigen Ziehen, nie bis zum Schmerz. Lassen Sie die hintere Ferse am Boden.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hamstring stretch</source>
        <translation>Dehnung der hinteren Oberschenkel</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand and rest one heel on a low step in front of you, leg straight, toes up.</source>
        <translation>Stellen Sie sich hin und legen Sie eine Ferse vor sich auf eine niedrige Stufe, das Bein gestreckt, die Zehen nach oben.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the standing knee a little and rest your hands on that thigh.</source>
        <translation>Beugen Sie das Knie des Standbeins leicht und legen Sie die Hände auf diesen Oberschenkel.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lean forward from the hips with a straight back until the back of the raised leg feels a moderate stretch.</source>
        <translation>Neigen Sie sich mit geradem Rücken aus der Hüfte nach vorn, bis Sie an der Rückseite des angehobenen Beins eine mäßige Dehnung spüren.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly.</source>
        <translation>Halten Sie die Dehnung und atmen Sie ruhig.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep your back straight and hold on to something if you feel unsteady.</source>
        <translation>Halten Sie den Rücken gerade und halten Sie sich irgendwo fest, wenn Sie unsicher stehen.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated calf and hamstring stretch</source>
        <translation>Waden- und Oberschenkeldehnung im Sitzen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit on the bed or the floor with one leg straight out in front of you.</source>
        <translation>Setzen Sie sich aufs Bett oder auf den Boden, ein Bein gestreckt vor sich.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Loop a towel around the ball of that foot and hold both ends.</source>
        <translation>Legen Sie ein Handtuch um den Ballen dieses Fußes und halten Sie beide Enden fest.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently until the calf and the back of the thigh feel a moderate stretch.</source>
        <translation>Ziehen Sie sanft, bis Sie in der Wade und an der Rückseite des Oberschenkels eine mäßige Dehnung spüren.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently and steadily, never with a jerk. Stop if it hurts.</source>
        <translation>Ziehen Sie sanft und gleichmäßig, nie ruckartig. Hören Sie auf, wenn es wehtut.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull your toes up</source>
        <translation>Zehen heranziehen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit with the cramping leg straight out in front of you.</source>
        <translation>Setzen Sie sich hin, das verkrampfte Bein gestreckt vor sich.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Reach for your toes, or use a towel, and pull them gently toward your shin.</source>
        <translation>Greifen Sie nach Ihren Zehen oder nehmen Sie ein Handtuch zu Hilfe und ziehen Sie die Zehen sanft zum Schienbein.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a slow, steady pull and breathe out slowly.</source>
        <translation>Ziehen Sie langsam und gleichmäßig und atmen Sie langsam aus.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Ease into it. A cramp that lasts longer than 10 minutes needs urgent advice.</source>
        <translation>Gehen Sie behutsam in die Dehnung. Ein Krampf, der länger als 10 Minuten dauert, braucht umgehend ärztlichen Rat.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand on the leg</source>
        <translation>Auf das Bein stellen</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold on to a chair or the wall and stand up slowly.</source>
        <translation>Halten Sie sich an einem Stuhl oder an der Wand fest und stehen Sie langsam auf.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Put your weight on the cramping leg and press the heel into the floor.</source>
        <translation>Verlagern Sie Ihr Gewicht auf das verkrampfte Bein und drücken Sie die Ferse in den Boden.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stay there while the muscle lets go.</source>
        <translation>Bleiben Sie so, bis der Muskel sich löst.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Get up slowly and hold on: legs can be unsteady at night.</source>
        <translation>Stehen Sie langsam auf und halten Sie sich fest: Nachts können die Beine unsicher sein.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the muscle</source>
        <translation>Muskel massieren</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit down and rest the leg in front of you.</source>
        <translation>Setzen Sie sich und legen Sie das Bein vor sich ab.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the tight muscle with both hands in slow, firm strokes.</source>
        <translation>Massieren Sie den verhärteten Muskel mit beiden Händen in langsamen, kräftigen Strichen.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep breathing slowly until it softens.</source>
        <translation>Atmen Sie weiter langsam, bis er weicher wird.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>The muscle may feel sore for up to a day afterwards; that is common.</source>
        <translation>Der Muskel kann danach bis zu einen Tag lang wehtun; das ist häufig so.</translation>
    </message>
</context>
</TS>
