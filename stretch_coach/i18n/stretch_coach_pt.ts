<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AppStream</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Guided bedtime stretches for night-time leg cramps</source>
        <translation>Alongamentos guiados antes de deitar para as cãibras noturnas nas pernas</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Stretch Coach is a calm desktop coach for people who wake at night with foot and calf cramps. Before bed it guides a short stretch routine on screen: toe curls, heel raises, calf and hamstring stretches, with a large countdown, paced repetitions, clear drawings and gentle sound cues.</source>
        <translation>O Stretch Coach é um assistente calmo para o computador, pensado para quem acorda durante a noite com cãibras nos pés e na barriga da perna. Antes de deitar, orienta na tela uma curta rotina de alongamentos: flexão dos dedos dos pés, elevação dos calcanhares, alongamentos da barriga da perna e da parte de trás da coxa, com uma grande contagem decrescente, repetições a um ritmo marcado, desenhos claros e sinais sonoros suaves.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Routines can be set to any length from one to sixty minutes. A seated routine suits anyone who cannot stretch standing, and a short cramp relief guide helps while a cramp is happening. Evening reminders prompt you to drink water in the afternoon and to stretch shortly before bed.</source>
        <translation>As rotinas podem ter qualquer duração entre um e sessenta minutos. Uma rotina na posição sentada serve a quem não consegue fazer alongamentos de pé, e um breve guia de alívio de cãibras ajuda durante uma cãibra. Os lembretes ao fim do dia convidam a beber água à tarde e a fazer alongamentos pouco antes de deitar.</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.metainfo.xml"/>
        <source>Everything stays on your computer: settings, history and the cramp diary are never sent anywhere. Stretch Coach gives general information, not medical advice.</source>
        <translation>Tudo fica no seu computador: as definições, o histórico e o diário de cãibras nunca são enviados para lado nenhum. O Stretch Coach dá informação geral, não aconselhamento médico.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Bedtime is at {time}. A few minutes of stretching before bed may help keep night cramps away.</source>
        <translation>A hora de deitar é às {time}. Alguns minutos de alongamentos antes de deitar podem ajudar a afastar as cãibras noturnas.</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time to stretch</source>
        <translation>Hora dos alongamentos</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Time for a glass of water</source>
        <translation>Hora de um copo de água</translation>
    </message>
    <message>
        <location filename="../calendar_wording.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Drinking earlier in the evening, and less in the last two hours before bed, means fewer trips to the bathroom at night.</source>
        <translation>Beber mais cedo ao fim do dia, e menos nas duas últimas horas antes de deitar, significa menos idas à casa de banho durante a noite.</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <source>Night-time leg cramps: general information</source>
        <translation>Cãibras noturnas nas pernas: informação geral</translation>
    </message>
    <message>
        <location filename="../cli.py"/>
        <location filename="../ui/about_page.py"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. Stretch Coach could not read {file} ({why}), so it left that file as it is rather than lose what it holds. Give yourself permission to read and write it, or move it away, then save again.</source>
        <translation>As suas definições não foram guardadas. O Stretch Coach não conseguiu ler {file} ({why}) e, por isso, deixou esse arquivo como está, para não perder o que ele contém. Conceda-se permissão para ler e escrever nesse arquivo, ou mova-o para outro lugar, e depois guarde novamente.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is a link to {target}, and the folder that file belongs in does not exist. Create the folder or change the link, then save again.</source>
        <translation>As suas definições não foram guardadas. {file} é uma ligação para {target}, e a pasta onde esse arquivo deveria estar não existe. Crie a pasta ou altere a ligação e depois guarde novamente.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your settings were not saved. {file} is not an ordinary file (it is a folder, a pipe or a device), so Stretch Coach left it as it is. Remove it or put a settings file in its place, then save again.</source>
        <translation>As suas definições não foram guardadas. {file} não é um arquivo normal (é uma pasta, um pipe ou um dispositivo), por isso o Stretch Coach deixou-o como está. Remova-o ou coloque no seu lugar um arquivo de definições e depois guarde novamente.</translation>
    </message>
    <message>
        <location filename="../flows/context.py"/>
        <location filename="../ui/wording.py"/>
        <source>Your choices stay in use until Stretch Coach is closed.</source>
        <translation>As suas escolhas continuam em uso até o Stretch Coach ser fechado.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not true or false</source>
        <translation>{value} não é true nem false</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} não é um número inteiro</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is outside the range the app allows</source>
        <translation>{value} está fora do intervalo permitido pela aplicação</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a time of day like 22:30</source>
        <translation>{value} não é uma hora do dia, como 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a whole minute like 22:30</source>
        <translation>{value} não é um minuto exato, como 22:30</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} não é uma das opções</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not the name of a routine</source>
        <translation>{value} não é o nome de uma rotina</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>there is no routine called {value}</source>
        <translation>não existe nenhuma rotina chamada {value}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a list of days</source>
        <translation>{value} não é uma lista de dias</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a day of the week, so it was left out</source>
        <translation>{value} não é um dia da semana, por isso foi deixado de fora</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not a group of settings</source>
        <translation>{value} não é um grupo de definições</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file's version {value} is not a number</source>
        <translation>a versão {value} do arquivo não é um número</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file was written by a newer Stretch Coach; the settings this version knows are used</source>
        <translation>o arquivo foi escrito por uma versão mais recente do Stretch Coach; são usadas as definições que esta versão conhece</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the file is from a very old Stretch Coach; the settings this version knows are used</source>
        <translation>o arquivo é de uma versão muito antiga do Stretch Coach; são usadas as definições que esta versão conhece</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file cannot be read; the defaults are used, and the file is not saved over</source>
        <translation>não é possível ler o arquivo de definições; são usados os valores predefinidos e o arquivo não é substituído</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is not an ordinary file (a folder, a pipe or a device); the defaults are used</source>
        <translation>o arquivo de definições não é um arquivo normal (uma pasta, um pipe ou um dispositivo); são usados os valores predefinidos</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is damaged; a copy was kept and the defaults are used</source>
        <translation>o arquivo de definições está danificado; foi guardada uma cópia e são usados os valores predefinidos</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>the settings file is far too large to be a settings file; the defaults are used</source>
        <translation>o arquivo de definições é demasiado grande para ser um arquivo de definições; são usados os valores predefinidos</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The folder of your own routines cannot be read.</source>
        <translation>Não é possível ler a pasta das suas rotinas.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} could not be used and was left out.</source>
        <translation>Não foi possível usar o seu arquivo de rotina {file}, que foi deixado de fora.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine file {file} has the same id as a built-in routine and was left out.</source>
        <translation>O seu arquivo de rotina {file} tem o mesmo identificador que uma rotina incluída e foi deixado de fora.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Your routine files {file} and {other} have the same id; {file} was left out.</source>
        <translation>Os seus arquivos de rotina {file} e {other} têm o mesmo identificador; {file} foi deixado de fora.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{value} is not from {low} to {high}</source>
        <translation>{value} não está entre {low} e {high}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{setting}: {problem}</source>
        <translation>{setting}: {problem}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>{line}; using {fallback}</source>
        <translation>{line}; valor usado: {fallback}</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine has a value the app cannot use.</source>
        <translation>A rotina tem um valor que a aplicação não consegue usar.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The file cannot be read as a routine.</source>
        <translation>Não é possível ler o arquivo como rotina.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>A built-in routine cannot be changed or deleted.</source>
        <translation>Uma rotina incluída não pode ser alterada nem apagada.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>Another routine already has this id.</source>
        <translation>Já existe outra rotina com este identificador.</translation>
    </message>
    <message>
        <location filename="../phrasing.py"/>
        <source>The routine could not be saved as it is.</source>
        <translation>Não foi possível guardar a rotina tal como está.</translation>
    </message>
    <message numerus="yes">
        <location filename="../phrasing.py"/>
        <source>As written, the routine would take about %n minute(s); a routine can take at most {limit} minutes. Use fewer exercises or sets, or shorter holds and rests.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>Tal como está escrita, a rotina duraria cerca de %n minuto; uma rotina pode durar no máximo {limit} minutos. Use menos exercícios ou séries, ou tempos mais curtos de manutenção e de descanso.</numerusform>
            <numerusform>Tal como está escrita, a rotina duraria cerca de %n minutos; uma rotina pode durar no máximo {limit} minutos. Use menos exercícios ou séries, ou tempos mais curtos de manutenção e de descanso.</numerusform>
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
        <translation>Perna esquerda</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Right leg</source>
        <translation>Perna direita</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>up…</source>
        <translation>subir…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>down…</source>
        <translation>descer…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>hold…</source>
        <translation>manter…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>curl…</source>
        <translation>dobrar…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>release…</source>
        <translation>soltar…</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax</source>
        <translation>Relaxe</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Next: {name}</source>
        <translation>A seguir: {name}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>First up: {name}. {first}</source>
        <translation>Primeiro: {name}. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Let go and breathe calmly. The next set starts when the ring runs out.</source>
        <translation>Solte e respire com calma. A próxima série começa quando o anel terminar.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the left leg. {first}</source>
        <translation>Mude para a perna esquerda. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Change to the right leg. {first}</source>
        <translation>Mude para a perna direita. {first}</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, left leg.</source>
        <translation>{name}, perna esquerda.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{name}, right leg.</source>
        <translation>{name}, perna direita.</translation>
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
            <numerusform>Mantenha durante %n segundo.</numerusform>
            <numerusform>Mantenha durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Hold.</source>
        <translation>Mantenha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>Relax for %n second(s).</source>
        <translation>
            <numerusform>Relaxe durante %n segundo.</numerusform>
            <numerusform>Relaxe durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax.</source>
        <translation>Relaxe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>%n slow repetition(s).</source>
        <translation>
            <numerusform>%n repetição lenta.</numerusform>
            <numerusform>%n repetições lentas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the left leg.</source>
        <translation>Mude para a perna esquerda.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Switch to the right leg.</source>
        <translation>Mude para a perna direita.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Relax {n} s</source>
        <translation>Relaxar {n} s</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>Get into position: {label}</source>
        <translation>Coloque-se em posição: {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../step_wording.py"/>
        <source>{label} · %n rep(s)</source>
        <translation>
            <numerusform>{label} · %n rep.</numerusform>
            <numerusform>{label} · %n rep.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · hold {n} s</source>
        <translation>{label} · manter {n} s</translation>
    </message>
    <message>
        <location filename="../step_wording.py"/>
        <source>{label} · set {n} of {sets}</source>
        <translation>{label} · série {n} de {sets}</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>See “{section}” under {page}.</source>
        <translation>Veja «{section}» em «{page}».</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>About cramps</source>
        <translation>Sobre as cãibras</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>About night cramps</source>
        <translation>Sobre as cãibras noturnas</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <source>Your data stays on this computer.</source>
        <translation>Os seus dados ficam neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/about_page.py"/>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/main_window.py"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../ui/charts.py"/>
        <source>Week of {week}: {values}</source>
        <translation>Semana de {week}: {values}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Save the reminders as a calendar file</source>
        <translation>Guardar os lembretes como arquivo de calendário</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Start at login could not be changed ({error}).</source>
        <translation>Não foi possível alterar a opção de abrir ao iniciar sessão ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Reminders for your phone</source>
        <translation>Lembretes para o telefone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>{file} already exists. Replace it with your reminders as they are now?</source>
        <translation>{file} já existe. Substituí-lo pelos lembretes tal como estão agora?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Replace it</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Last night's entry could not be saved: {error}</source>
        <translation>Não foi possível guardar o registo da noite passada: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>It is worth talking to a doctor if:</source>
        <translation>Vale a pena falar com um médico se:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Get advice straight away if:</source>
        <translation>Procure aconselhamento de imediato se:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Cramps most nights</source>
        <translation>Cãibras na maioria das noites</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Your history could not be read: {error}</source>
        <translation>Não foi possível ler o seu histórico: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night?</source>
        <translation>Apagar esta noite?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete what you noted for the night of {night}? This cannot be undone.</source>
        <translation>Apagar o que anotou para a noite de {night}? Não é possível anular esta ação.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>Delete this night</source>
        <translation>Apagar esta noite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} could not be deleted: {error}</source>
        <translation>Não foi possível apagar a noite de {night}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py"/>
        <source>The night of {night} was deleted.</source>
        <translation>A noite de {night} foi apagada.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Foot</source>
        <translation>Pé</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Calf</source>
        <translation>Barriga da perna</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Thigh</source>
        <translation>Coxa</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/home_page.py"/>
        <source>Last night</source>
        <translation>Noite passada</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How was last night?</source>
        <translation>Como foi a noite passada?</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>A quick note each morning shows over the weeks whether stretching helps you.</source>
        <translation>Uma breve nota todas as manhãs mostra, ao longo das semanas, se os alongamentos ajudam no seu caso.</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Next month</source>
        <translation>Mês seguinte</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (QDate::toString), e.g. Fri 20 Nov 2026.</extracomment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Night of</source>
        <translation>Noite de</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>The evening the night began</source>
        <translation>O fim do dia em que a noite começou</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Number of cramps</source>
        <translation>Número de cãibras</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>How many cramps woke you or bothered you</source>
        <translation>Quantas cãibras interromperam o sono ou causaram incómodo</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/history_page.py"/>
        <source>Cramps</source>
        <translation>Cãibras</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain, 0 to 10</source>
        <translation>Dor mais forte, de 0 a 10</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>0 is no pain, 10 the worst you can imagine</source>
        <translation>0 é sem dor, 10 é a pior dor imaginável</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Worst pain (0–10)</source>
        <translation>Dor mais forte (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>{part}, {side}</source>
        <translation>{part}, {side}</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>left</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>right</source>
        <translation>lado direito</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Optional</source>
        <translation>Opcional</translation>
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
        <translation>Algo que valha a pena lembrar</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/preferences.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <location filename="../ui/first_run.py"/>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Save this night</source>
        <translation>Guardar esta noite</translation>
    </message>
    <message>
        <location filename="../ui/diary_dialog.py"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Back to routines</source>
        <translation>Voltar às rotinas</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Choose another routine</source>
        <translation>Escolher outra rotina</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Good night</source>
        <translation>Boa noite</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Close the window</source>
        <translation>Fechar a janela</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Do the skipped part</source>
        <translation>Fazer a parte saltada</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stretch now what was skipped</source>
        <translation>Fazer agora os alongamentos saltados</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>I hope the cramp has eased.</source>
        <translation>Espero que a cãibra tenha aliviado.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>If it comes back, do the same again. Cramps that come often are worth talking to a doctor about.</source>
        <translation>Se voltar, faça o mesmo outra vez. Vale a pena falar com um médico sobre cãibras frequentes.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Sleep well.</source>
        <translation>Durma bem.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Well done.</source>
        <translation>Muito bem.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}.</source>
        <translation>Fez {time} de alongamentos: {moves}.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}.</source>
        <translation>Fez {time} de alongamentos.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Your legs are ready for the night. Sleep well.</source>
        <translation>As suas pernas estão prontas para a noite. Durma bem.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You reached the end, but much of it was skipped.</source>
        <translation>Chegou ao fim, mas grande parte foi saltada.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You did {done} of {planned} of stretching — skipped steps don't count.</source>
        <translation>Fez {done} de {planned} de alongamentos — os passos saltados não contam.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>It is not counted as done tonight. Sleep well.</source>
        <translation>Não conta como feito esta noite. Durma bem.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You can do the skipped part now, or sleep well.</source>
        <translation>Pode fazer agora a parte saltada — ou ter uma boa noite de sono.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Stopped for tonight.</source>
        <translation>Terminado por esta noite.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}: {moves}. A little is still worth doing.</source>
        <translation>Fez {time} de alongamentos: {moves}. Um pouco também vale a pena.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stretched for {time}. A little is still worth doing.</source>
        <translation>Fez {time} de alongamentos. Um pouco também vale a pena.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>You stopped before the stretching began.</source>
        <translation>Parou antes de os alongamentos começarem.</translation>
    </message>
    <message>
        <location filename="../ui/finish_view.py"/>
        <source>Nothing was recorded.</source>
        <translation>Não foi registado nada.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome to Stretch Coach</source>
        <translation>Boas-vindas ao Stretch Coach</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Stretch Coach guides a few minutes of stretching before bed and reminds you in the evening to stretch and to drink early enough. Stretching before bed may help with night-time foot and calf cramps.</source>
        <translation>O Stretch Coach orienta alguns minutos de alongamentos antes de deitar e, ao fim do dia, envia lembretes para fazer alongamentos e para beber cedo o suficiente. Fazer alongamentos antes de deitar pode ajudar nas cãibras noturnas dos pés e da barriga da perna.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Usual bedtime</source>
        <translation>Hora habitual de deitar</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>You can set other times per weekday later</source>
        <translation>Mais tarde pode definir outras horas para cada dia da semana</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>I usually go to bed at</source>
        <translation>Costumo deitar-me às</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Remind me to stretch before bed</source>
        <translation>Lembrar-me de fazer alongamentos antes de deitar</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Remind me to drink water</source>
        <translation>Lembrar-me de beber água</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep a cramp diary</source>
        <translation>Manter um diário de cãibras</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <location filename="../core/settings.py"/>
        <source>Read each step aloud</source>
        <translation>Ler cada passo em voz alta</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>In the afternoon, not late at night.</source>
        <translation>À tarde, não tarde da noite.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>A few seconds each morning.</source>
        <translation>Alguns segundos todas as manhãs.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>So you can follow without looking at the screen, facing a wall or in bed.</source>
        <translation>Assim pode acompanhar sem olhar para a tela, de frente para uma parede ou na cama.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Everything you enter stays on this computer.</source>
        <translation>Tudo o que escrever fica neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Get started</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Save these choices</source>
        <translation>Guardar estas escolhas</translation>
    </message>
    <message>
        <location filename="../ui/first_run.py"/>
        <source>Keep the defaults</source>
        <translation>Manter as predefinições</translation>
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
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n glass(es) of water</source>
        <translation>
            <numerusform>%n copo de água</numerusform>
            <numerusform>%n copos de água</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n cramp night(s)</source>
        <translation>
            <numerusform>%n noite com cãibras</numerusform>
            <numerusform>%n noites com cãibras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>mean worst pain {value} of 10</source>
        <translation>média da dor mais forte {value} em 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Yes, {n}</source>
        <translation>Sim, {n}</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>{n} of 10</source>
        <translation>{n} em 10</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <location filename="../ui/home_page.py"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Your history</source>
        <translation>O seu histórico</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Nothing recorded yet. Finished sessions, glasses of water and diary nights appear here.</source>
        <translation>Ainda nada registado. As sessões concluídas, os copos de água e as noites do diário aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Is it helping?</source>
        <translation>Tem ajudado?</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched per week</source>
        <translation>Minutos de alongamento por semana</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water noted per week</source>
        <translation>Copos de água anotados por semana</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights and mean worst pain per week</source>
        <translation>Noites com cãibras e média da dor mais forte por semana</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Save sessions, water and diary as spreadsheet files</source>
        <translation>Guardar as sessões, a água e o diário como arquivos de tabela</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights</source>
        <translation>Noites do diário</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>No diary nights recorded yet.</source>
        <translation>Ainda não há noites registadas no diário.</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Night</source>
        <translation>Noite</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Worst pain</source>
        <translation>Dor mais forte</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Diary nights, newest first</source>
        <translation>Noites do diário, mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Edit the selected night</source>
        <translation>Editar a noite selecionada</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Correct what you noted for the selected night</source>
        <translation>Corrigir o que anotou para a noite selecionada</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Delete the selected night</source>
        <translation>Apagar a noite selecionada</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Remove the selected night from the diary (asks first)</source>
        <translation>Remover a noite selecionada do diário (pede confirmação)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>%n evening(s) in a row with a completed routine.</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n noite seguida com uma rotina concluída.</numerusform>
            <numerusform>%n noites seguidas com uma rotina concluída.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Minutes stretched</source>
        <translation>Minutos de alongamento</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Glasses of water</source>
        <translation>Copos de água</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Cramp nights</source>
        <translation>Noites com cãibras</translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Mean worst pain (0–10)</source>
        <translation>Média da dor mais forte (0–10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No stretching recorded in the last %n week(s).</source>
        <translation>
            <numerusform>Nenhum alongamento registado na última %n semana.</numerusform>
            <numerusform>Nenhum alongamento registado nas últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No glasses of water noted in the last %n week(s).</source>
        <translation>
            <numerusform>Nenhum copo de água anotado na última %n semana.</numerusform>
            <numerusform>Nenhum copo de água anotado nas últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No cramp nights in the last %n week(s).</source>
        <translation>
            <numerusform>Nenhuma noite com cãibras na última %n semana.</numerusform>
            <numerusform>Nenhuma noite com cãibras nas últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_page.py"/>
        <source>No diary nights in the last %n week(s).</source>
        <translation>
            <numerusform>Nenhuma noite no diário na última %n semana.</numerusform>
            <numerusform>Nenhuma noite no diário nas últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history_page.py"/>
        <source>Export to a folder</source>
        <translation>Exportar para uma pasta</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Show the technical details</source>
        <translation>Mostrar os detalhes técnicos</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/reminder_notice.py"/>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Put this message away</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Note last night's cramps</source>
        <translation>Anotar as cãibras da noite passada</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Your sessions, water and cramp diary</source>
        <translation>As suas sessões, a água e o diário de cãibras</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>What may help, and when to see a doctor</source>
        <translation>O que pode ajudar e quando consultar um médico</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Routines…</source>
        <translation>Rotinas…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Create and edit your own routines</source>
        <translation>Criar e editar as suas próprias rotinas</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Bedtime, reminders, sound, theme</source>
        <translation>Hora de deitar, lembretes, som, tema</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Tonight's stretch</source>
        <translation>Alongamentos desta noite</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A few calm minutes before bed may help keep night cramps away.</source>
        <translation>Alguns minutos calmos antes de deitar podem ajudar a afastar as cãibras noturnas.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Choose a routine</source>
        <translation>Escolha uma rotina</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Length</source>
        <translation>Duração</translation>
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
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Rescale the routine to this many minutes</source>
        <translation>Ajustar a rotina a este número de minutos</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/tray.py"/>
        <source>Cramp relief now</source>
        <translation>Alívio imediato de cãibras</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>A gentle guide to use during a cramp</source>
        <translation>Um guia suave para usar durante uma cãibra</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the routine</source>
        <translation>Começar a rotina</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>Start the chosen routine (Enter)</source>
        <translation>Começar a rotina escolhida (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py"/>
        <source>{name} · about {minutes} min</source>
        <translation>{name} · cerca de {minutes} min</translation>
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
            <numerusform>%n noite</numerusform>
            <numerusform>%n noites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n rated night(s)</source>
        <translation>
            <numerusform>%n noite avaliada</numerusform>
            <numerusform>%n noites avaliadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insight_texts.py"/>
        <source>%n diary night(s)</source>
        <translation>
            <numerusform>%n noite no diário</numerusform>
            <numerusform>%n noites no diário</numerusform>
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
        <translation>fev.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Apr</source>
        <translation>abr.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>May</source>
        <extracomment>The abbreviated month name, as in 1 May 2026.</extracomment>
        <translation>mai.</translation>
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
        <translation>ago.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Sep</source>
        <translation>set.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Oct</source>
        <translation>out.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Dec</source>
        <translation>dez.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({day} {month} {year})</source>
        <translation>({day} {month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} to {last_day} {last_month} {year})</source>
        <translation>({first_day} {first_month} a {last_day} {last_month} {year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>({first_day} {first_month} {first_year} to {last_day} {last_month} {last_year})</source>
        <translation>({first_day} {first_month} {first_year} a {last_day} {last_month} {last_year})</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>It is too early to compare nights with and without a routine before them: your diary has {after} after a finished routine and {without} without, and each needs at least {least}.</source>
        <translation>Ainda é cedo para comparar noites com e sem rotina antes: o seu diário tem {after} após uma rotina concluída e {without} sem rotina, e cada grupo precisa de pelo menos {least}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>On the {after} after you finished a routine you noted {after_rate} cramps a night on average; on the {without} after evenings without one, {without_rate} a night.</source>
        <translation>Após concluir uma rotina, anotou em média {after_rate} cãibras por noite ({after}); após fins de dia sem rotina, {without_rate} por noite ({without}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>When cramps came, the worst one averaged {after_severity} out of 10 after a routine ({after_rated}) and {without_severity} without ({without_rated}).</source>
        <translation>Quando houve cãibras, a mais forte teve em média {after_severity} em 10 após uma rotina ({after_rated}) e {without_severity} sem rotina ({without_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad the cramps were: {after} after a routine and {without} without, and each needs at least {least}.</source>
        <translation>Ainda há poucas noites com uma cãibra avaliada para comparar a intensidade das cãibras: {after} após uma rotina e {without} sem rotina, e cada grupo precisa de pelo menos {least}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {window} diary nights can be set against your latest ones once the diary has at least {needed} nights; it has {total} so far.</source>
        <translation>As suas primeiras {window} noites do diário podem ser comparadas com as mais recentes quando o diário tiver pelo menos {needed} noites; por agora tem {total}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>Your first {first}{first_span} averaged {first_rate} cramps a night; your latest {latest}{latest_span} averaged {latest_rate}.</source>
        <translation>As suas primeiras {first}{first_span} tiveram em média {first_rate} cãibras por noite; as suas últimas {latest}{latest_span}, em média {latest_rate}.</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>The worst cramp averaged {first_severity} out of 10 at first ({first_rated}) and {latest_severity} lately ({latest_rated}).</source>
        <translation>A cãibra mais forte teve em média {first_severity} em 10 no início ({first_rated}) e {latest_severity} ultimamente ({latest_rated}).</translation>
    </message>
    <message>
        <location filename="../ui/insight_texts.py"/>
        <source>There are too few nights with a rated cramp to compare how bad they were then and now: {first} at first and {latest} lately, and each needs at least {least}.</source>
        <translation>Ainda há poucas noites com uma cãibra avaliada para comparar a intensidade das cãibras no início e agora: {first} no início e {latest} ultimamente, e cada grupo precisa de pelo menos {least}.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume</source>
        <translation>Pausar ou retomar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <location filename="../ui/session_view.py"/>
        <source>Full screen</source>
        <translation>Tela inteira</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>There is no routine called “{id}”.</source>
        <translation>Não existe nenhuma rotina chamada «{id}».</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop the session?</source>
        <translation>Parar a sessão?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop now? What you have done so far is still recorded.</source>
        <translation>Parar agora? O que fez até aqui fica registado de qualquer forma.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Stop for tonight</source>
        <translation>Parar por hoje</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py"/>
        <source>This session could not be saved to your history: {error}</source>
        <translation>Não foi possível guardar esta sessão no seu histórico: {error}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {first}, {second} … {last}</source>
        <translation>água às {first}, {second} … {last}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>water at {times}</source>
        <translation>água às {times}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>no water reminders (the first would be after the cut-off)</source>
        <translation>sem lembretes de água (o primeiro seria depois da hora limite)</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>stretch reminder at {time}</source>
        <translation>lembrete de alongamentos às {time}</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: no reminders; bedtime {bed}.</source>
        <translation>Esta noite: sem lembretes; hora de deitar: {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Tonight: {parts}; bedtime {bed}.</source>
        <translation>Esta noite: {parts}; hora de deitar: {bed}.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>In the tray: needed for reminders after you restart the computer.</source>
        <translation>Na área de notificação: necessário para os lembretes depois de reiniciar o computador.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Start at login</source>
        <translation>Abrir ao iniciar sessão</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>On your phone</source>
        <translation>No telefone</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Your phone can remind you too, when you are away from the computer.</source>
        <translation>O telefone também pode lembrar, quando não estiver ao computador.</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar…</source>
        <translation>Adicionar ao calendário do telefone…</translation>
    </message>
    <message>
        <location filename="../ui/preferences.py"/>
        <source>Add reminders to my phone's calendar</source>
        <translation>Adicionar os lembretes ao calendário do telefone</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <location filename="../ui/reminder_window.py"/>
        <source>Snooze {n} min</source>
        <translation>Adiar {n} min</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>Skip tonight</source>
        <translation>Hoje não</translation>
    </message>
    <message>
        <location filename="../ui/reminder_notice.py"/>
        <source>I drank a glass</source>
        <translation>Bebi um copo</translation>
    </message>
    <message>
        <location filename="../ui/reminder_window.py"/>
        <source>Remind me again later</source>
        <translation>Lembrar-me mais tarde</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Both legs</source>
        <translation>Ambas as pernas</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Left leg only</source>
        <translation>Só a perna esquerda</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Right leg only</source>
        <translation>Só a perna direita</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines are read-only; duplicate one to edit</source>
        <translation>As rotinas incluídas são só de leitura; duplique uma para a editar</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Start an empty routine</source>
        <translation>Começar uma rotina vazia</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Make your own copy</source>
        <translation>Criar a sua própria cópia</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete this routine</source>
        <translation>Apagar esta rotina</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add a routine from a file</source>
        <translation>Adicionar uma rotina a partir de um arquivo</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine to a file</source>
        <translation>Guardar esta rotina num arquivo</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Built-in routines cannot be changed. Duplicate one to make it your own.</source>
        <translation>As rotinas incluídas não podem ser alteradas. Duplique uma para a tornar sua.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routine name</source>
        <translation>Nome da rotina</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>A line about the routine, shown with its name</source>
        <translation>Uma linha sobre a rotina, mostrada junto ao nome</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercises in this routine</source>
        <translation>Exercícios desta rotina</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Drag to reorder, or use Move up / Move down</source>
        <translation>Arraste para reordenar, ou use «Mover para cima» / «Mover para baixo»</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise to add</source>
        <translation>Exercício a adicionar</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add the chosen exercise at the end</source>
        <translation>Adicionar o exercício escolhido no fim</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move up (Alt+Up)</source>
        <translation>Mover para cima (Alt+seta para cima)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Move down (Alt+Down)</source>
        <translation>Mover para baixo (Alt+seta para baixo)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Remove this exercise (Delete)</source>
        <translation>Remover este exercício (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise:</source>
        <translation>Adicionar um exercício:</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Hold seconds or repetitions</source>
        <translation>Segundos a manter ou repetições</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Rest between sets</source>
        <translation>Descanso entre séries</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Try a length</source>
        <translation>Experimentar uma duração</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Target length in minutes</source>
        <translation>Duração pretendida em minutos</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The same rescaling as the main window's length</source>
        <translation>O mesmo ajuste que a duração na janela principal</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save this routine</source>
        <translation>Guardar esta rotina</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source> (built-in)</source>
        <translation> (incluída)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Save changes</source>
        <translation>Guardar alterações</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Keep editing</source>
        <translation>Continuar a editar</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>«{name}» tem alterações que não foram guardadas.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>hold {n} s</source>
        <translation>manter {n} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routine_editor.py"/>
        <source>%n rep(s)</source>
        <translatorcomment>Plural forms filled in by a developer from the translator's wording of the earlier text; for a translator to review.</translatorcomment>
        <translation>
            <numerusform>%n rep.</numerusform>
            <numerusform>%n rep.</numerusform>
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
        <translation> rep.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Repetitions</source>
        <translation>Repetições</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Exercise {n}: {name}</source>
        <translation>Exercício {n}: {name}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add an exercise to begin.</source>
        <translation>Adicione um exercício para começar.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>As written {written} · at this length {scaled}</source>
        <translation>Original {written} · com esta duração {scaled}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>My routine</source>
        <translation>A minha rotina</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Add at least one exercise, then save.</source>
        <translation>Adicione pelo menos um exercício e depois guarde.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved.</source>
        <translation>A rotina não foi guardada.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not saved: {error}</source>
        <translation>A rotina não foi guardada: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete routine?</source>
        <translation>Apagar a rotina?</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>Apagar «{name}»? Não é possível anular esta ação.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>The routine was not deleted: {error}</source>
        <translation>A rotina não foi apagada: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export.</source>
        <translation>Não é possível exportar.</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Cannot export: {error}</source>
        <translation>Não é possível exportar: {error}</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Import a routine</source>
        <translation>Importar uma rotina</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Routines (*.toml)</source>
        <translation>Rotinas (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/routine_editor.py"/>
        <source>Export routine</source>
        <translation>Exportar rotina</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Progress through the routine</source>
        <translation>Progresso na rotina</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Back a step (Left or B)</source>
        <translation>Voltar um passo (seta para a esquerda ou B)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar ou retomar (Espaço)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Skip this step (Right or N)</source>
        <translation>Saltar este passo (seta para a direita ou N)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound on</source>
        <translation>Som ligado</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Turn sound cues on or off</source>
        <translation>Ligar ou desligar os sinais sonoros</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues</source>
        <translation>Sinais sonoros</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Full screen on or off (F)</source>
        <translation>Ativar ou desativar a tela inteira (F)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>End the session (Esc)</source>
        <translation>Terminar a sessão (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Leave full screen</source>
        <translation>Sair da tela inteira</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound off</source>
        <translation>Som desligado</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Sound cues are silent: no sound player was found on this computer. On Linux, install GStreamer's gst-play-1.0 (package gstreamer1.0-plugins-base-apps) and start the app again.</source>
        <translation>Os sinais sonoros estão em silêncio: não foi encontrado neste computador nenhum programa para reproduzir som. No Linux, instale o gst-play-1.0 do GStreamer (pacote gstreamer1.0-plugins-base-apps) e volte a abrir a aplicação.</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>No sound</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Safety: {note}</source>
        <translation>Segurança: {note}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>press Space to start</source>
        <translation>pressione Espaço para começar</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Rep {rep} of {reps} · {phase}</source>
        <translation>Repetição {rep} de {reps} · {phase}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Set {n} of {sets}</source>
        <translation>Série {n} de {sets}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: {what}</source>
        <translation>A seguir: {what}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Next: the end</source>
        <translation>A seguir: o fim</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>{time} left</source>
        <translation>restam {time}</translation>
    </message>
    <message>
        <location filename="../ui/session_view.py"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{name} ({low}–{high})</source>
        <translation>{name} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{id} (missing)</source>
        <translation>{id} (em falta)</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{setting}: {day}</source>
        <translation>{setting}: {day}</translation>
    </message>
    <message>
        <location filename="../ui/setting_editors.py"/>
        <source>{day}: different time</source>
        <translation>Outra hora — {day}</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Mon</source>
        <extracomment>The abbreviated weekday name, as in Mon 21:30.</extracomment>
        <translation>seg.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Tue</source>
        <translation>ter.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Wed</source>
        <translation>qua.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Thu</source>
        <translation>qui.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Fri</source>
        <translation>sex.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sat</source>
        <translation>sáb.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Sun</source>
        <translation>dom.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud needs PulseAudio's client library, which this computer lacks. Install it (on Debian and Ubuntu: sudo apt install libpulse0), then restart Stretch Coach.</source>
        <translation>Para ler os passos em voz alta é necessária a biblioteca cliente do PulseAudio, que falta neste computador. Instale-a (no Debian e no Ubuntu: sudo apt install libpulse0) e depois reinicie o Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>Reading the steps aloud is an optional part of Stretch Coach that is not installed. Add it with: {uv_command} (or, if you installed with pipx: {pip_command}), then restart Stretch Coach.</source>
        <translation>Ler os passos em voz alta é uma parte opcional do Stretch Coach que não está instalada. Adicione-a com: {uv_command} (ou, se instalou com o pipx: {pip_command}) e depois reinicie o Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py"/>
        <source>No speech engine was found on this computer. To hear the steps read aloud on Linux, install speech-dispatcher and espeak-ng (on Debian and Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Stretch Coach.</source>
        <translation>Não foi encontrado neste computador nenhum sintetizador de voz. Para ouvir os passos lidos em voz alta no Linux, instale o speech-dispatcher e o espeak-ng (no Debian e no Ubuntu: sudo apt install speech-dispatcher espeak-ng) e depois reinicie o Stretch Coach.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Start bedtime routine</source>
        <translation>Começar a rotina da noite</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>No reminders planned</source>
        <translation>Nenhum lembrete previsto</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Pause reminders</source>
        <translation>Pausar os lembretes</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>For tonight</source>
        <translation>Por esta noite</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Until I resume</source>
        <translation>Até eu os retomar</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Resume reminders</source>
        <translation>Retomar os lembretes</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Note last night's cramps…</source>
        <translation>Anotar as cãibras da noite passada…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Open {app}</source>
        <translation>Abrir {app}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch Coach keeps running here to remind you this evening. Choose Quit from this icon's menu to close it completely.</source>
        <translation>O Stretch Coach continua ativo aqui para os lembretes desta noite. Para o fechar por completo, escolha «Sair» no menu deste ícone.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused</source>
        <translation>Lembretes em pausa</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Lembretes em pausa até {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Stretch reminder at {time}</source>
        <translation>Lembrete de alongamentos às {time}</translation>
    </message>
    <message>
        <location filename="../ui/tray.py"/>
        <source>Water reminder at {time}</source>
        <translation>Lembrete de água às {time}</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Illustration of the move</source>
        <translation>Ilustração do movimento</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py"/>
        <source>Countdown</source>
        <translation>Contagem decrescente</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Some settings could not be used and were reset:</source>
        <translation>Não foi possível usar algumas definições, que foram repostas:</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your settings could not be saved ({error}).</source>
        <translation>Não foi possível guardar as suas definições ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Saved {files} in {folder}.</source>
        <translation>Arquivos guardados em {folder}: {files}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Nothing was written: {error}</source>
        <translation>Não foi escrito nada: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The export failed: {error}</source>
        <translation>A exportação falhou: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>There are no reminders to add: the stretch reminder and the water reminders are both turned off.</source>
        <translation>Não há lembretes para adicionar: o lembrete de alongamento e os lembretes de água estão todos desligados.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>Your reminders are saved in {file}.

On an iPhone or iPad: send the file to yourself by e-mail, open it in Mail and add all the events.

With an Android phone: on this computer, open Google Calendar in your web browser, choose Settings, then Import, and pick this file. The reminders then appear on the phone.

Check that the calendar rings at the time of each event. The file holds your reminders as they are now: after changing your bedtime or reminders, delete the old events and add a new file.</source>
        <translation>Os lembretes foram guardados em {file}.

Num iPhone ou iPad: envie o arquivo a si próprio por e-mail, abra-o no Mail e adicione todos os eventos.

Com um telefone Android: neste computador, abra o Google Calendar no navegador, escolha Definições, depois Importar, e selecione este arquivo. Os lembretes aparecem depois no telefone.

Confirme que o calendário avisa à hora de cada evento. O arquivo contém os lembretes tal como estão agora: depois de mudar a hora de deitar ou os lembretes, apague os eventos antigos e adicione um arquivo novo.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>{file} already exists. Nothing was written.</source>
        <translation>{file} já existe. Nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py"/>
        <source>The calendar file could not be saved: {error}</source>
        <translation>Não foi possível guardar o arquivo de calendário: {error}</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Bedtime stretch</source>
        <translation>Alongamentos antes de deitar</translation>
    </message>
    <message>
        <location filename="../core/data/routines/bedtime.toml"/>
        <source>Toe curls, heel raises and a calf stretch on each leg, just before sleep.</source>
        <translation>Flexão dos dedos dos pés, elevação dos calcanhares e um alongamento da barriga da perna em cada perna, mesmo antes de dormir.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>Cramp relief</source>
        <translation>Alívio de cãibras</translation>
    </message>
    <message>
        <location filename="../core/data/routines/cramp-relief.toml"/>
        <source>A gentle guide for during a cramp: stretch the muscle, rub it, then stand on the leg.</source>
        <translation>Um guia suave para usar durante uma cãibra: alongar o músculo, esfregá-lo e depois ficar de pé sobre essa perna.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Quick stretch</source>
        <translation>Alongamento rápido</translation>
    </message>
    <message>
        <location filename="../core/data/routines/quick.toml"/>
        <source>Toe curls and one calf stretch per leg, for nights when time is short.</source>
        <translation>Flexão dos dedos dos pés e um alongamento da barriga da perna por perna, para as noites com pouco tempo.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Seated stretch</source>
        <translation>Alongamento sentado</translation>
    </message>
    <message>
        <location filename="../core/data/routines/seated.toml"/>
        <source>Everything done sitting, for anyone who cannot stretch standing.</source>
        <translation>Tudo feito na posição sentada, para quem não consegue fazer alongamentos de pé.</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>Research protocol</source>
        <translation>Protocolo de estudo</translation>
    </message>
    <message>
        <location filename="../core/data/routines/trial-protocol.toml"/>
        <source>The calf and hamstring stretches from a published trial: hold 10 s, relax 10 s, three times per leg.</source>
        <translation>Os alongamentos da barriga da perna e da parte de trás da coxa de um ensaio publicado: manter 10 s, relaxar 10 s, três vezes em cada perna.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach gives general information, not medical advice. It cannot tell you why you get cramps; if they worry you, talk to a doctor.</source>
        <translation>O Stretch Coach dá informação geral, não aconselhamento médico. Não consegue dizer-lhe a causa das suas cãibras; se lhe causam preocupação, fale com um médico.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What night cramps are</source>
        <translation>O que são as cãibras noturnas</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>What may help</source>
        <translation>O que pode ajudar</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Supplements and medicines</source>
        <translation>Suplementos e medicamentos</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>During a cramp</source>
        <translation>Durante uma cãibra</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching safely</source>
        <translation>Fazer alongamentos com segurança</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to see a doctor</source>
        <translation>Quando consultar um médico</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Make an ordinary appointment with a doctor if:</source>
        <translation>Marque uma consulta normal com um médico se:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>When to get urgent advice</source>
        <translation>Quando pedir aconselhamento urgente</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Get medical advice straight away if:</source>
        <translation>Procure aconselhamento médico de imediato se:</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A leg cramp can last from a few seconds to about ten minutes, and the muscle may feel tender for up to a day afterwards.</source>
        <translation>Uma cãibra na perna pode durar desde alguns segundos até cerca de dez minutos, e o músculo pode ficar sensível até um dia depois.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The calf is the usual place; the feet or thighs less so. Roughly three cramps in four come at night.</source>
        <translation>O local mais habitual é a barriga da perna; os pés ou as coxas, menos. Cerca de três em cada quatro cãibras surgem durante a noite.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Things that can play a part include getting older, hard exercise, pregnancy, not drinking enough, liver disease and some medicines (statins and diuretics, for example).</source>
        <translation>Entre os fatores que podem contribuir estão o avançar da idade, o exercício intenso, a gravidez, beber pouco, as doenças do fígado e alguns medicamentos (por exemplo, estatinas e diuréticos).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A short stretch just before sleep may help. In a trial with 80 people over 55 who got night cramps at least weekly, those who stretched their calves and hamstrings every night for 6 weeks reported on average 1.2 fewer cramps a night (95% CI 0.6 to 1.8) and cramps 1.3 points milder on a 0-10 scale (95% CI 0.9 to 1.7) than those who did not stretch.</source>
        <translation>Um breve alongamento mesmo antes de dormir pode ajudar. Num ensaio com 80 pessoas com mais de 55 anos que tinham cãibras noturnas pelo menos uma vez por semana, as que alongaram a barriga da perna e a parte de trás da coxa todas as noites durante 6 semanas relataram, em média, menos 1,2 cãibras por noite (IC 95% 0,6 a 1,8) e cãibras 1,3 pontos mais leves numa escala de 0 a 10 (IC 95% 0,9 a 1,7) do que as que não fizeram alongamentos.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The trial's stretch: ease into a moderately strong stretch, hold it for 10 seconds, let go for 10 seconds, three times for each stretch on each leg (about three minutes in all), right before going to sleep, breathing calmly throughout. The trial-protocol routine follows it.</source>
        <translation>O alongamento do ensaio: entrar devagar num alongamento moderadamente forte, mantê-lo durante 10 segundos, soltar durante 10 segundos, três vezes para cada alongamento em cada perna (cerca de três minutos no total), mesmo antes de ir dormir, e respirar com calma durante todo o tempo. A rotina «Protocolo de estudo» segue este método.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS guidance describes a calf stretch facing a wall, repeated a few times a day with the last one just before bed.</source>
        <translation>As orientações do NHS (serviço de saúde britânico) descrevem um alongamento da barriga da perna de frente para uma parede, repetido algumas vezes por dia, sendo o último mesmo antes de deitar.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>A 2012 Cochrane review judged the evidence for non-drug ways of easing cramps to be limited overall, so stretching may help rather than being a sure thing.</source>
        <translation>Uma revisão Cochrane de 2012 considerou que, no geral, os dados sobre formas não medicamentosas de aliviar as cãibras são limitados; por isso, os alongamentos podem ajudar, mas não são uma certeza.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Have your usual daily drinks mostly earlier in the day and go easy on drinks in the two hours before bed (alcohol, coffee and tea most of all); that may mean fewer trips to the toilet at night. It is why the water reminders stop two hours before bedtime.</source>
        <translation>Tome a maior parte das suas bebidas habituais do dia mais cedo e modere as bebidas nas duas horas antes de deitar (sobretudo álcool, café e chá); isso pode significar menos idas à casa de banho durante a noite. É por isso que os lembretes de água param duas horas antes da hora de deitar.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Heavy or tight bed covers can hold your feet pointed, which shortens the calf muscle. Loosening them may help; there is little evidence for this, but it does no harm.</source>
        <translation>Roupa de cama pesada ou muito apertada pode manter os pés esticados em ponta, o que encurta o músculo da barriga da perna. Soltá-la pode ajudar; há poucos dados que o comprovem, mas não faz mal.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Magnesium is widely sold for cramps. A 2020 Cochrane review looked at the trials. For ordinary night cramps in older people, magnesium did not help: in 5 trials with 307 people, those who took it had about as many cramps a week as those who took a dummy pill (placebo). For cramps in pregnancy, the trials disagree.</source>
        <translation>O magnésio é muito vendido para as cãibras. Uma revisão Cochrane de 2020 analisou os ensaios. Nas cãibras noturnas comuns em pessoas mais velhas, o magnésio não ajudou: em 5 ensaios com 307 pessoas, quem o tomou teve aproximadamente tantas cãibras por semana como quem tomou um comprimido falso (placebo). Nas cãibras durante a gravidez, os ensaios não chegam à mesma conclusão.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>If you are thinking of taking magnesium or another supplement, ask a pharmacist or doctor first, especially if you take other medicines or have kidney disease.</source>
        <translation>Se pensa tomar magnésio ou outro suplemento, pergunte primeiro a um farmacêutico ou a um médico, sobretudo se toma outros medicamentos ou tem doença nos rins.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>The UK medicines regulator (MHRA) says quinine should not be used routinely for night cramps. On average it means about one cramp fewer a week, and it can have serious side effects, such as blood disorders and problems with the heart rhythm.</source>
        <translation>A entidade reguladora dos medicamentos do Reino Unido (MHRA) afirma que o quinino não deve ser usado por rotina para as cãibras noturnas. Em média, representa cerca de uma cãibra a menos por semana, e pode ter efeitos secundários graves, como doenças do sangue e problemas do ritmo cardíaco.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Doctors consider quinine only when cramps are very painful or frequent, other causes have been ruled out and stretching has not helped. If it has not helped after four weeks, it is stopped.</source>
        <translation>Os médicos só consideram o quinino quando as cãibras são muito dolorosas ou frequentes, já foram excluídas outras causas e os alongamentos não ajudaram. Se não ajudar após quatro semanas, é interrompido.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Some medicines can bring on cramps. Examples are water tablets (diuretics), salbutamol (used in inhalers), statins and some blood-pressure medicines such as nifedipine.</source>
        <translation>Alguns medicamentos podem provocar cãibras. São exemplos os comprimidos para urinar (diuréticos), o salbutamol (usado em inaladores), as estatinas e alguns medicamentos para a pressão arterial, como a nifedipina.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Ask your doctor or pharmacist whether any of your medicines could play a part. Never stop a prescribed medicine on your own.</source>
        <translation>Pergunte ao seu médico ou farmacêutico se algum dos seus medicamentos pode contribuir para isso. Nunca deixe de tomar por sua conta um medicamento receitado.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretching the muscle, rubbing it, or getting up and standing with your weight on that leg may ease a cramp. The cramp-relief routine guides you.</source>
        <translation>Alongar o músculo, esfregá-lo, ou levantar-se e ficar de pé com o peso sobre essa perna pode aliviar uma cãibra. A rotina «Alívio de cãibras» guia cada passo.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Painkillers such as paracetamol or ibuprofen act too slowly to help while a cramp is happening.</source>
        <translation>Analgésicos como o paracetamol ou o ibuprofeno atuam demasiado devagar para ajudar durante uma cãibra.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stop any move that gives you a sharp pain.</source>
        <translation>Pare qualquer movimento que lhe cause uma dor aguda.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Keep a hand on a chair or a wall for balance in standing moves.</source>
        <translation>Nos movimentos de pé, apoie uma mão numa cadeira ou numa parede para manter o equilíbrio.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps disturb your sleep or get in the way of your day</source>
        <translation>as cãibras perturbam o seu sono ou interferem com o seu dia a dia</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps come often</source>
        <translation>as cãibras são frequentes</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>your legs feel numb or look swollen</source>
        <translation>as pernas estão dormentes ou parecem inchadas</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>the muscles in your legs seem to be getting smaller or weaker</source>
        <translation>os músculos das pernas parecem diminuir de tamanho ou perder força</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>a cramp goes on for more than 10 minutes and moving does not ease it</source>
        <translation>uma cãibra dura mais de 10 minutos e o movimento não a alivia</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after a wound that might be infected (tetanus is a risk)</source>
        <translation>as cãibras começaram depois de uma ferida que pode estar infetada (há risco de tétano)</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>cramps started after contact with something poisonous, such as lead or mercury</source>
        <translation>as cãibras começaram depois de contacto com algo tóxico, como chumbo ou mercúrio</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Your diary shows cramps on most nights for two weeks running. NHS guidance lists frequent cramps among the reasons to see a doctor.</source>
        <translation>O seu diário mostra cãibras na maioria das noites durante duas semanas seguidas. As orientações do NHS (serviço de saúde britânico) incluem as cãibras frequentes entre os motivos para consultar um médico.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</source>
        <translation>Hallegraeff JM et al. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17-22. PMID 22341378.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Blyton F et al. Cochrane systematic review of non-drug treatments for lower-limb muscle cramps, 2012 (CD008496).</source>
        <translation>Blyton F et al. Revisão sistemática Cochrane sobre tratamentos não medicamentosos para cãibras musculares dos membros inferiores, 2012 (CD008496).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NHS, NHS inform and nidirect: public guidance on leg cramps.</source>
        <translation>NHS, NHS inform e nidirect: informação pública sobre cãibras nas pernas (Reino Unido).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Sleep Foundation: advice on nocturia (waking at night to urinate).</source>
        <translation>Sleep Foundation: conselhos sobre a noctúria (acordar durante a noite para urinar).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Stretch Coach's own exercise safety notes (common-sense care, not a study).</source>
        <translation>Notas de segurança dos exercícios do próprio Stretch Coach (cuidados de bom senso, não um estudo).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</source>
        <translation>Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>MHRA (the UK medicines regulator): Drug Safety Update on quinine for night leg cramps, 2010 (reminder 2014).</source>
        <translation>MHRA (entidade reguladora dos medicamentos do Reino Unido): Drug Safety Update sobre o quinino para cãibras noturnas nas pernas, 2010 (lembrete em 2014).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>NICE Clinical Knowledge Summary: Leg cramps.</source>
        <translation>NICE Clinical Knowledge Summary: Leg cramps (Reino Unido).</translation>
    </message>
    <message>
        <location filename="../core/health.py"/>
        <source>bpac NZ: advice for general practice on night leg cramps.</source>
        <translation>bpac NZ (Nova Zelândia): orientações para clínica geral sobre cãibras noturnas nas pernas.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime</source>
        <translation>Hora de deitar</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Times from 00:00 to 05:59 count as the night before.</source>
        <translation>As horas das 00:00 às 05:59 contam como a noite anterior.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Other bedtimes</source>
        <translation>Outras horas de deitar</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>A different bedtime on some evenings of the week.</source>
        <translation>Uma hora de deitar diferente em algumas noites da semana.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stretch reminder</source>
        <translation>Lembrete de alongamentos</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes before bedtime</source>
        <translation>Minutos antes da hora de deitar</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The evenings with a stretch reminder.</source>
        <translation>As noites com lembrete de alongamentos.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Remind me to drink during the afternoon</source>
        <translation>Lembrar-me de beber durante a tarde</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>First water reminder</source>
        <translation>Primeiro lembrete de água</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Minutes between reminders</source>
        <translation>Minutos entre lembretes</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Stop before bedtime</source>
        <translation>Parar antes da hora de deitar</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>They stop before bed because drinks late in the evening make waking at night to pass urine more likely.</source>
        <translation>Param antes de deitar porque beber tarde à noite torna mais provável acordar durante a noite para urinar.</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default routine</source>
        <translation>Rotina predefinida</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>The routine reminders and the tray start</source>
        <translation>A rotina que os lembretes e o ícone da área de notificação iniciam</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Default length</source>
        <translation>Duração predefinida</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Sound and voice</source>
        <translation>Som e voz</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Play sound cues</source>
        <translation>Tocar sinais sonoros</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Appearance</source>
        <translation>Aspeto</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Colours of the app</source>
        <translation>Cores da aplicação</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Bedtime (dim and warm)</source>
        <translation>Hora de deitar (atenuado e quente)</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Larger text on every screen, on top of the desktop's own font size</source>
        <translation>Texto maior em todas as páginas, além do tamanho de letra do próprio sistema</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../core/settings.py"/>
        <source>Largest</source>
        <translation>Muito grande</translation>
    </message>
    <message>
        <location filename="../core/insights.py"/>
        <source>This is your own record, not proof: cramps come and go for many reasons, so a difference here does not show that stretching caused it.</source>
        <translation>Este é o seu próprio registo, não uma prova: as cãibras vêm e vão por muitos motivos, por isso uma diferença aqui não mostra que foram os alongamentos a causá-la.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Stretch reminder</source>
        <translation>Lembrete de alongamentos</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Guided bedtime stretches and evening reminders for night-time leg cramps</source>
        <translation>Alongamentos guiados antes de deitar e lembretes ao fim do dia para as cãibras noturnas nas pernas</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>stretch;stretching;cramp;leg;calf;foot;bedtime;reminder;exercise;</source>
        <extracomment>Search words for the application menu, each followed by ; (no spaces around it).</extracomment>
        <translation>alongamento;alongamentos;alongar;cãibra;câimbra;perna;barriga da perna;panturrilha;pé;deitar;dormir;lembrete;exercício;</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Start stretching</source>
        <translation>Começar os alongamentos</translation>
    </message>
    <message>
        <location filename="../../data/org.stretchcoach.StretchCoach.desktop"/>
        <source>Cramp relief</source>
        <translation>Alívio de cãibras</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Toe curls</source>
        <translation>Flexão dos dedos dos pés</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit or stand with your bare feet flat on the floor.</source>
        <translation>Sente-se ou fique de pé, com os pés descalços bem apoiados no chão.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Slowly curl your toes down, as if gripping a towel.</source>
        <translation>Dobre lentamente os dedos dos pés para baixo, como se agarrasse uma toalha.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold the curl for a moment, then spread your toes and relax.</source>
        <translation>Mantenha os dedos dobrados por um momento; depois abra-os e relaxe.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Curl gently. If a foot starts to cramp, stop and stretch your toes upward.</source>
        <translation>Dobre com suavidade. Se um pé começar a ter uma cãibra, pare e estique os dedos dos pés para cima.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Heel raises</source>
        <translation>Elevação dos calcanhares</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand tall and rest a hand on a chair back or the wall for balance.</source>
        <translation>Fique de pé, com o tronco direito, e apoie uma mão no encosto de uma cadeira ou na parede para se equilibrar.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rise slowly onto the balls of your feet.</source>
        <translation>Suba lentamente até ficar na ponta dos pés.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause at the top, then lower your heels slowly to the floor.</source>
        <translation>Faça uma pausa lá em cima e depois baixe lentamente os calcanhares até ao chão.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a hand on something steady. Stop if a move causes sharp pain.</source>
        <translation>Mantenha uma mão apoiada em algo estável. Pare se um movimento causar dor aguda.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated heel raises</source>
        <translation>Elevação dos calcanhares sentado</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit near the front of a steady chair, knees bent, feet flat.</source>
        <translation>Sente-se na parte da frente de uma cadeira estável, com os joelhos dobrados e os pés bem apoiados no chão.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lift both heels slowly, keeping your toes on the floor.</source>
        <translation>Levante lentamente os dois calcanhares, mantendo os dedos dos pés no chão.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pause, then lower your heels slowly.</source>
        <translation>Faça uma pausa e depois baixe lentamente os calcanhares.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Move slowly and stop if a move causes sharp pain.</source>
        <translation>Faça os movimentos devagar e pare se algum causar dor aguda.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Calf stretch at the wall</source>
        <translation>Alongamento da barriga da perna na parede</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Face a wall and put both palms on it at chest height.</source>
        <translation>Fique de frente para uma parede e apoie nela as palmas das duas mãos, à altura do peito.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Step one leg back and keep it straight, heel down on the floor.</source>
        <translation>Leve uma perna para trás e mantenha-a esticada, com o calcanhar no chão.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the front knee and lean in until the back calf feels a moderate stretch.</source>
        <translation>Dobre o joelho da frente e incline-se para a parede até sentir um alongamento moderado na barriga da perna de trás.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly. Do not hold your breath.</source>
        <translation>Mantenha a posição e respire com calma. Não prenda a respiração.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stretch to a moderate pull, never to pain. Keep the back heel down.</source>
        <translation>Alongue até sentir uma tensão moderada, nunca até doer. Mantenha o calcanhar de trás no chão.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hamstring stretch</source>
        <translation>Alongamento da parte de trás da coxa</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand and rest one heel on a low step in front of you, leg straight, toes up.</source>
        <translation>Fique de pé e apoie um calcanhar num degrau baixo à sua frente, com a perna esticada e os dedos do pé para cima.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Bend the standing knee a little and rest your hands on that thigh.</source>
        <translation>Dobre um pouco o joelho da perna de apoio e pouse as mãos nessa coxa.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Lean forward from the hips with a straight back until the back of the raised leg feels a moderate stretch.</source>
        <translation>Incline-se para a frente a partir das ancas, com as costas direitas, até sentir um alongamento moderado na parte de trás da perna levantada.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold it and breathe calmly.</source>
        <translation>Mantenha a posição e respire com calma.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep your back straight and hold on to something if you feel unsteady.</source>
        <translation>Mantenha as costas direitas e segure-se a algo se se sentir instável.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Seated calf and hamstring stretch</source>
        <translation>Alongamento sentado da barriga da perna e da parte de trás da coxa</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit on the bed or the floor with one leg straight out in front of you.</source>
        <translation>Sente-se na cama ou no chão com uma perna esticada à sua frente.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Loop a towel around the ball of that foot and hold both ends.</source>
        <translation>Passe uma toalha em volta da parte da frente da planta desse pé e segure as duas pontas.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently until the calf and the back of the thigh feel a moderate stretch.</source>
        <translation>Puxe suavemente até sentir um alongamento moderado na barriga da perna e na parte de trás da coxa.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull gently and steadily, never with a jerk. Stop if it hurts.</source>
        <translation>Puxe de forma suave e constante, nunca com um puxão brusco. Pare se doer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Pull your toes up</source>
        <translation>Puxar os dedos dos pés para cima</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit with the cramping leg straight out in front of you.</source>
        <translation>Sente-se com a perna com cãibra esticada à sua frente.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Reach for your toes, or use a towel, and pull them gently toward your shin.</source>
        <translation>Agarre os dedos dos pés, ou use uma toalha, e puxe-os suavemente em direção à canela.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep a slow, steady pull and breathe out slowly.</source>
        <translation>Puxe de forma lenta e constante e solte o ar devagar.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Ease into it. A cramp that lasts longer than 10 minutes needs urgent advice.</source>
        <translation>Entre no alongamento com suavidade. Uma cãibra que dure mais de 10 minutos precisa de aconselhamento urgente.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stand on the leg</source>
        <translation>Ficar de pé sobre a perna</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Hold on to a chair or the wall and stand up slowly.</source>
        <translation>Apoie-se numa cadeira ou na parede e levante-se devagar.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Put your weight on the cramping leg and press the heel into the floor.</source>
        <translation>Ponha o peso sobre a perna com cãibra e pressione o calcanhar contra o chão.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Stay there while the muscle lets go.</source>
        <translation>Fique assim enquanto o músculo relaxa.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Get up slowly and hold on: legs can be unsteady at night.</source>
        <translation>Levante-se devagar e segure-se: à noite, as pernas podem estar pouco firmes.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the muscle</source>
        <translation>Esfregar o músculo</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Sit down and rest the leg in front of you.</source>
        <translation>Sente-se e pouse a perna à sua frente.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Rub the tight muscle with both hands in slow, firm strokes.</source>
        <translation>Esfregue o músculo contraído com as duas mãos, com movimentos lentos e firmes.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>Keep breathing slowly until it softens.</source>
        <translation>Continue a respirar devagar até o músculo amolecer.</translation>
    </message>
    <message>
        <location filename="../core/data/exercises.toml"/>
        <source>The muscle may feel sore for up to a day afterwards; that is common.</source>
        <translation>O músculo pode doer até um dia depois; é comum.</translation>
    </message>
</context>
</TS>
