<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Please choose a time to come back.</source>
        <translation>Bitte wählt, wann ihr zurückkommt.</translation>
    </message>
    <message>
        <source>A timer has finished</source>
        <translation>Ein Timer ist abgelaufen</translation>
    </message>
    <message>
        <source>You did this earlier, to the end (%1). You can go again whenever you like.</source>
        <translation>Du hast das vorhin schon bis zum Ende gemacht (%1). Du kannst es jederzeit noch einmal machen.</translation>
    </message>
    <message>
        <source>You spent %1 on this earlier. You can go again whenever you like.</source>
        <translation>Du hast vorhin schon %1 damit verbracht. Du kannst es jederzeit noch einmal machen.</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>The breathing pattern &quot;%1&quot; is not in the practices library. You can breathe slowly in your own rhythm, or skip this card.</source>
        <translation>Das Atemmuster „%1“ ist nicht in der Übungssammlung. Du kannst langsam in deinem eigenen Rhythmus atmen oder diese Karte überspringen.</translation>
    </message>
    <message>
        <source>In a minute</source>
        <translation>In einer Minute</translation>
    </message>
    <message>
        <source>In %1 minutes</source>
        <translation>In %1 Minuten</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <source>This evening, %1</source>
        <translation>Heute Abend, %1</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>Morgen früh, %1</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. Tab moves on; it is saved as you go.</source>
        <translation>Schreib so viel oder so wenig, wie du möchtest. Mit Tab geht es weiter; alles wird laufend gespeichert.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>Vorerst pausiert</translation>
    </message>
    <message>
        <source>Opens the website in your browser.</source>
        <translation>Öffnet die Website in deinem Browser.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anrufen: %1</translation>
    </message>
    <message>
        <source>or %1</source>
        <translation>oder %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 website</source>
        <translation>Website von %1</translation>
    </message>
    <message>
        <source>Emergency number in %1</source>
        <translation>Notrufnummer – %1</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Notrufnummer: %1</translation>
    </message>
    <message>
        <source>Call your local emergency number.</source>
        <translation>Ruf die örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Hilfetelefone – %1</translation>
    </message>
    <message>
        <source>Tend does not list helplines for %1 yet. The directory below lists verified services in many countries.</source>
        <translation>Für dieses Land (%1) nennt Tend noch keine Hilfetelefone. Das Verzeichnis unten listet geprüfte Angebote in vielen Ländern.</translation>
    </message>
    <message>
        <source>Anywhere in the world: %1</source>
        <translation>Überall auf der Welt: %1</translation>
    </message>
    <message>
        <source>Anywhere in the world: findahelpline.com lists verified helplines.</source>
        <translation>Überall auf der Welt: findahelpline.com listet geprüfte Hilfetelefone.</translation>
    </message>
    <message>
        <source>If you are in danger, call your local emergency number.</source>
        <translation>Wenn du in Gefahr bist, ruf die örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>Numbers last checked on %1.</source>
        <translation>Nummern zuletzt geprüft am %1.</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(übersprungen)</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table. Use the arrow keys to move between cells.</source>
        <translation>Die Zahlen des Diagramms als Tabelle. Mit den Pfeiltasten wechselst du zwischen den Zellen.</translation>
    </message>
    <message>
        <source>1 repair</source>
        <translation>1 Klärung</translation>
    </message>
    <message>
        <source>%1 repairs</source>
        <translation>%1 Klärungen</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>tend::ui::AppContext</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Without a sound safety check, the repair programs and exercises together stay closed.</source>
        <translation>Ohne eine fehlerfreie Sicherheitsabfrage bleiben die Klärungsprogramme und die gemeinsamen Übungen geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems (tend validate-content lists them all)</source>
        <translation>
            <numerusform>und %n weiteres Problem (tend validate-content listet alle auf)</numerusform>
            <numerusform>und %n weitere Probleme (tend validate-content listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <source>Another Tend is using this data folder. Close it, then try again.</source>
        <translation>Ein anderes Tend verwendet diesen Datenordner. Schließ es und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>Nothing could be read from the journal; no file was written.</source>
        <translation>Aus dem Tagebuch ließ sich nichts lesen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::BreathingCard</name>
    <message>
        <source>Time is up. Let your breathing find its own pace again.</source>
        <translation>Die Zeit ist um. Lass deinen Atem wieder seinen eigenen Rhythmus finden.</translation>
    </message>
</context>
<context>
    <name>tend::ui::BringReflectionDialog</name>
    <message>
        <source>Bring your reflection</source>
        <translation>Deine Reflexion mitbringen</translation>
    </message>
    <message>
        <source>Bring your reflection into a repair together</source>
        <translation>Deine Reflexion in eine gemeinsame Klärung mitbringen</translation>
    </message>
    <message>
        <source>Your steps 1–4 come with you into the repair together, so you can go straight to step 5 when you meet. For each answer, choose: share it, bring it for your eyes only, or leave it out. Nothing changes in what you wrote alone.</source>
        <translation>Deine Schritte 1–4 kommen mit in die gemeinsame Klärung, sodass ihr beim Treffen direkt mit Schritt 5 beginnen könnt. Wähle für jede Antwort: teilen, nur für dich mitbringen oder weglassen. An dem, was du allein geschrieben hast, ändert sich nichts.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Nur für mich</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is nothing in this reflection to bring.</source>
        <translation>In dieser Reflexion gibt es nichts zum Mitbringen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Bring it</source>
        <translation>Mitbringen</translation>
    </message>
    <message>
        <source>Copies your choices into a repair together.</source>
        <translation>Übernimmt deine Auswahl in eine gemeinsame Klärung.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CardWidget</name>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Keep this to myself</source>
        <translation>Für mich behalten</translation>
    </message>
    <message>
        <source>Keep this answer to myself</source>
        <translation>Diese Antwort für mich behalten</translation>
    </message>
    <message>
        <source>When ticked, only you will see this answer; your partner&apos;s views and exports leave it out.</source>
        <translation>Wenn angehakt, siehst nur du diese Antwort; in den Ansichten und Exporten deines Gegenübers fehlt sie.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CheckinCard</name>
    <message>
        <source>calm, settled</source>
        <translation>ruhig, gelassen</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>überwältigt</translation>
    </message>
    <message>
        <source>How stirred up do you feel, from 0 to 10?</source>
        <translation>Wie aufgewühlt bist du, von 0 bis 10?</translation>
    </message>
    <message>
        <source>How stirred up do you feel right now?</source>
        <translation>Wie aufgewühlt bist du gerade?</translation>
    </message>
    <message>
        <source>Which is closer to how your body feels?</source>
        <translation>Was passt eher dazu, wie sich dein Körper anfühlt?</translation>
    </message>
    <message>
        <source>Racing</source>
        <translation>Unter Strom</translation>
    </message>
    <message>
        <source>Heart fast, hot, tense, restless — revved up.</source>
        <translation>Herz schnell, heiß, angespannt, unruhig – wie aufgedreht.</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <source>Heavy, numb, far away, hard to move or speak.</source>
        <translation>Schwer, taub, weit weg; bewegen oder sprechen fällt schwer.</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Im Gleichgewicht</translation>
    </message>
    <message>
        <source>Settled enough to think and listen.</source>
        <translation>Ruhig genug, um nachzudenken und zuzuhören.</translation>
    </message>
    <message>
        <source>Any of these words fit? Choose as many as you like.</source>
        <translation>Passt eines dieser Wörter? Wähle so viele, wie du möchtest.</translation>
    </message>
    <message>
        <source>A feeling word; choose it if it fits.</source>
        <translation>Ein Gefühlswort; wähle es, wenn es passt.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ChecklistCard</name>
    <message>
        <source>Tick this if it fits for you.</source>
        <translation>Hake das an, wenn es für dich passt.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ChoiceCard</name>
    <message>
        <source>One of several you can choose. %1</source>
        <translation>Eine von mehreren, die du wählen kannst. %1</translation>
    </message>
    <message>
        <source>Choose one. %1</source>
        <translation>Wähle eine aus. %1</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Choose this to describe it in your own words.</source>
        <translation>Wähle das, um es in eigenen Worten zu beschreiben.</translation>
    </message>
    <message>
        <source>Something else, in your own words</source>
        <translation>Etwas anderes, in eigenen Worten</translation>
    </message>
    <message>
        <source>Describe what you would choose instead.</source>
        <translation>Beschreibe, was du stattdessen wählen würdest.</translation>
    </message>
    <message>
        <source>In your own words…</source>
        <translation>In eigenen Worten…</translation>
    </message>
</context>
<context>
    <name>tend::ui::CoachNote</name>
    <message>
        <source>Writing coach</source>
        <translation>Schreibhilfe</translation>
    </message>
    <message>
        <source>WHAT THE COACH NOTICES</source>
        <translation>WAS DER SCHREIBHILFE AUFFÄLLT</translation>
    </message>
    <message>
        <source>Just for you while you write: not saved, not shown to anyone. You can turn the coach off in Settings.</source>
        <translation>Nur für dich beim Schreiben: nicht gespeichert, niemandem gezeigt. Du kannst die Schreibhilfe in den Einstellungen ausschalten.</translation>
    </message>
    <message>
        <source>Some of this may land as blame, even if that isn&apos;t what you mean.</source>
        <translation>Manches davon könnte als Vorwurf ankommen, auch wenn du es nicht so meinst.</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <translation>‚%1‘</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>Vor allem wegen: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You are letting the feeling show, here and now.</source>
        <translation>Du lässt das Gefühl sichtbar werden, hier und jetzt.</translation>
    </message>
    <message>
        <source>You are describing the feeling, telling about it from the outside.</source>
        <translation>Du beschreibst das Gefühl – du erzählst von außen darüber.</translation>
    </message>
    <message>
        <source>Feelings in your words: %1</source>
        <translation>Gefühle in deinen Worten: %1</translation>
    </message>
    <message>
        <source>You are naming your own part.</source>
        <translation>Du benennst deinen eigenen Anteil.</translation>
    </message>
    <message>
        <source>Nothing stands out. Keep going in your own words.</source>
        <translation>Nichts fällt besonders auf. Schreib einfach in deinen eigenen Worten weiter.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CommitmentReview</name>
    <message>
        <source>Did we keep this? Commitments from earlier repairs</source>
        <translation>Haben wir das eingehalten? Zusagen aus früheren Klärungen</translation>
    </message>
    <message>
        <source>Before you start, look back together at what you agreed last time. Small promises kept are how trust grows — and a “not yet” is simply where you are.</source>
        <translation>Bevor ihr beginnt, schaut gemeinsam auf das zurück, was ihr beim letzten Mal vereinbart habt. Kleine gehaltene Versprechen lassen Vertrauen wachsen – und ein „noch nicht“ zeigt einfach, wo ihr gerade steht.</translation>
    </message>
    <message>
        <source>Answer the ones you can; the rest stay as they are.</source>
        <translation>Beantwortet die, die ihr beantworten könnt; die übrigen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Go on to step 1</source>
        <translation>Weiter zu Schritt 1</translation>
    </message>
    <message>
        <source>Start the repair. Commitments you did not answer stay as they were.</source>
        <translation>Beginnt die Klärung. Zusagen, die ihr nicht beantwortet habt, bleiben, wie sie waren.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CommitmentsScreen</name>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>The needs, requests and agreements from the end of each repair. Look back at them now and then: keeping small promises is how trust grows.</source>
        <translation>Die Bedürfnisse, Bitten und Vereinbarungen vom Ende jeder Klärung. Schaut ab und zu darauf zurück: Kleine gehaltene Versprechen lassen Vertrauen wachsen.</translation>
    </message>
    <message>
        <source>No commitments yet. They come from the last step of a repair, when you say what each of you needs and will try.</source>
        <translation>Noch keine Zusagen. Sie entstehen im letzten Schritt einer Klärung, wenn ihr sagt, was ihr beide jeweils braucht und versuchen wollt.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CountdownPanel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Starts or pauses the timer.</source>
        <translation>Startet oder pausiert den Timer.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <source>Sets the timer back to the beginning.</source>
        <translation>Setzt den Timer auf den Anfang zurück.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Time is up. Take a moment before you go on.</source>
        <translation>Die Zeit ist um. Nimm dir einen Moment, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Take your time. You can pause whenever you like.</source>
        <translation>Lass dir Zeit. Du kannst jederzeit pausieren.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Start whenever you are ready.</source>
        <translation>Starte, wann immer du so weit bist.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CountryPicker</name>
    <message>
        <source>Country for help resources</source>
        <translation>Land für Hilfsangebote</translation>
    </message>
    <message>
        <source>Tend shows the emergency number and helplines for this country. It is never sent anywhere.</source>
        <translation>Tend zeigt die Notrufnummer und die Hilfetelefone für dieses Land. Die Auswahl wird nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation>Wähle dein Land…</translation>
    </message>
</context>
<context>
    <name>tend::ui::DateFormats</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>A QLocale date pattern: weekday, day and month (&quot;Monday 7 December&quot;). Spanish &quot;dddd d &apos;de&apos; MMMM&quot;.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <extracomment>A QLocale pattern for a day and a time (&quot;Monday 7 December, 18:30&quot;).</extracomment>
        <translation>dddd, d. MMMM, HH:mm</translation>
    </message>
    <message>
        <source>HH:mm, dddd d MMMM</source>
        <extracomment>A QLocale pattern for a time, then its day (&quot;18:30, Monday 7 December&quot;).</extracomment>
        <translation>HH:mm, dddd, d. MMMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A QLocale pattern for a month of a year (&quot;December 2026&quot;).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>tend::ui::DemoBadge</name>
    <message>
        <source>Demo — nothing is saved</source>
        <translation>Demo – nichts wird gespeichert</translation>
    </message>
    <message>
        <source>A sample couple&apos;s journal, kept in memory only. It is gone when Tend closes.</source>
        <translation>Das Tagebuch eines Beispielpaars, nur im Arbeitsspeicher. Es ist weg, sobald Tend geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>tend::ui::DemoRow</name>
    <message>
        <source>You are looking at a sample couple</source>
        <translation>Du siehst gerade ein Beispielpaar</translation>
    </message>
    <message>
        <source>Showing Tend to someone?</source>
        <translation>Möchtest du Tend jemandem zeigen?</translation>
    </message>
    <message>
        <source>Sam and Alex&apos;s journal lives in memory. Start over to put it back as it was; presenter mode (Ctrl+Shift+F) adds notes and a full screen.</source>
        <translation>Das Tagebuch von Sam und Alex liegt nur im Arbeitsspeicher. „Von vorn“ stellt es wieder her, wie es war; der Präsentationsmodus (Ctrl+Shift+F) bringt Notizen und Vollbild dazu.</translation>
    </message>
    <message>
        <source>A sample couple in a window of its own. Nothing is saved; your journal stays as it is.</source>
        <translation>Ein Beispielpaar in einem eigenen Fenster. Nichts wird gespeichert; dein Tagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <source>Put the sample journal back as it was when the demo opened.</source>
        <translation>Stellt das Beispieltagebuch wieder so her, wie es beim Öffnen der Demo war.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>A sample couple, Sam and Alex, with three months of history. Nothing is saved.</source>
        <translation>Ein Beispielpaar, Sam und Alex, mit drei Monaten Verlauf. Nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Encrypted (recommended)</source>
        <translation>Verschlüsselt (empfohlen)</translation>
    </message>
    <message>
        <source>Encrypted export</source>
        <translation>Verschlüsselter Export</translation>
    </message>
    <message>
        <source>One file that opens only with the passphrase you choose here; tend import reads it.</source>
        <translation>Eine Datei, die sich nur mit der hier gewählten Passphrase öffnen lässt; tend import kann sie einlesen.</translation>
    </message>
    <message>
        <source>Plain JSON, readable by any program</source>
        <translation>Unverschlüsselt als JSON, für jedes Programm lesbar</translation>
    </message>
    <message>
        <source>Plain JSON export</source>
        <translation>Unverschlüsselter JSON-Export</translation>
    </message>
    <message>
        <source>Plain Markdown, for reading</source>
        <translation>Unverschlüsselt als Markdown, zum Lesen</translation>
    </message>
    <message>
        <source>Plain Markdown export</source>
        <translation>Unverschlüsselter Markdown-Export</translation>
    </message>
    <message>
        <source>Passphrase for this file</source>
        <translation>Passphrase für diese Datei</translation>
    </message>
    <message>
        <source>Passphrase for the export</source>
        <translation>Passphrase für den Export</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>Passphrase for the export, again</source>
        <translation>Passphrase für den Export, wiederholt</translation>
    </message>
    <message>
        <source>A plain export is not encrypted. Anyone who gets the file — a shared folder, a backup disk, an email — can read every answer in it.</source>
        <translation>Dieser Export ist nicht verschlüsselt. Wer die Datei bekommt – über einen geteilten Ordner, eine Sicherungsfestplatte, eine E-Mail –, kann jede Antwort darin lesen.</translation>
    </message>
    <message>
        <source>I understand; export without encryption</source>
        <translation>Verstanden; ohne Verschlüsselung exportieren</translation>
    </message>
    <message>
        <source>I understand the export is not encrypted</source>
        <translation>Ich habe verstanden, dass der Export nicht verschlüsselt ist</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Was hineinkommt</translation>
    </message>
    <message>
        <source>Shared answers only</source>
        <translation>Nur geteilte Antworten</translation>
    </message>
    <message>
        <source>Shared answers and the private answers that are open now</source>
        <translation>Geteilte Antworten und die privaten Antworten, die gerade geöffnet sind</translation>
    </message>
    <message>
        <source>What goes in the export</source>
        <translation>Was in den Export kommt</translation>
    </message>
    <message>
        <source>Private answers guarded by a partner&apos;s own key go in only while that key is open.</source>
        <translation>Private Antworten, die mit dem eigenen Schlüssel einer Person geschützt sind, kommen nur hinein, solange dieser Schlüssel geöffnet ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters for this file. Without it the file cannot be opened.</source>
        <translation>Wähle für diese Datei eine Passphrase mit mindestens 8 Zeichen. Ohne sie lässt sich die Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Gib zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Tick the box above to go on.</source>
        <translation>Hake oben das Kästchen an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>tend::ui::GateCard</name>
    <message>
        <source>%1 chooses</source>
        <translation>%1 wählt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s answer to: %2</source>
        <translation>Antwort von %1 auf: %2</translation>
    </message>
    <message>
        <source>Your answer to: %1</source>
        <translation>Deine Antwort auf: %1</translation>
    </message>
    <message>
        <source>This question is answered by each of you. %1</source>
        <translation>Diese Frage beantwortet ihr jeweils für euch. %1</translation>
    </message>
    <message>
        <source>Everyone has answered. Press Next when you are ready.</source>
        <translation>Alle haben geantwortet. Drückt auf „Weiter“, wenn ihr so weit seid.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Noch nicht geantwortet: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>tend::ui::HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>If you or someone else is in danger, call the emergency number now. The lines below are free or low-cost and confidential.</source>
        <translation>Wenn du oder jemand anderes in Gefahr ist, ruf jetzt die Notrufnummer an. Die Angebote unten sind kostenlos oder günstig und vertraulich.</translation>
    </message>
    <message>
        <source>Showing help for:</source>
        <translation>Hilfe für:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Return to where you were (Alt+Left).</source>
        <translation>Zurück dorthin, wo du warst (Alt+Left).</translation>
    </message>
</context>
<context>
    <name>tend::ui::HomeScreen</name>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchtet ihr tun?</translation>
    </message>
    <message>
        <source>Continue your repair</source>
        <translation>Klärung fortsetzen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pick up where you left off.</source>
        <translation>Dort weitermachen, wo die Klärung unterbrochen wurde.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>What you wrote, by repair and step. Search with Ctrl+F.</source>
        <translation>Was ihr geschrieben habt, nach Klärung und Schritt. Suchen mit Ctrl+F.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>What you agreed to try after each repair.</source>
        <translation>Was ihr euch nach jeder Klärung vorgenommen habt.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>How your repairs are going, month by month.</source>
        <translation>Wie eure Klärungen laufen, Monat für Monat.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Look, text size, country, backups and the private check.</source>
        <translation>Aussehen, Textgröße, Land, Sicherungen und die private Abfrage.</translation>
    </message>
    <message>
        <source>Start a repair</source>
        <translation>Klärung beginnen</translation>
    </message>
    <message>
        <source>Five calm steps, from noticing what happened to coming back to each other.</source>
        <translation>Fünf ruhige Schritte – vom Wahrnehmen, was passiert ist, bis zum Wieder-Zueinanderfinden.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Both of you, at this screen. Starts at once.</source>
        <translation>Ihr beide an diesem Bildschirm. Geht sofort los.</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Allein</translation>
    </message>
    <message>
        <source>Work through the steps by yourself, at your own pace.</source>
        <translation>Geh die Schritte allein durch, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Who is starting?</source>
        <translation>Wer fängt an?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tend could not open your journal, so nothing you write now will be kept. %1</source>
        <translation>Tend konnte das Tagebuch nicht öffnen, deshalb wird nichts aufbewahrt, was jetzt geschrieben wird. %1</translation>
    </message>
    <message>
        <source>Some content files could not be loaded: %1</source>
        <translation>Einige Inhaltsdateien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1, a short private check is waiting for you.</source>
        <translation>%1, eine kurze private Abfrage wartet auf dich.</translation>
    </message>
    <message>
        <source>Take it now</source>
        <translation>Jetzt beantworten</translation>
    </message>
    <message>
        <source>A few private questions, for %1 only.</source>
        <translation>Ein paar private Fragen, nur für %1.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Not finished yet.</source>
        <translation>Noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>You agreed to come back on %1. Where: %2</source>
        <translation>Ihr wolltet am %1 zurückkommen. Wo: %2</translation>
    </message>
    <message>
        <source>You agreed to come back on %1.</source>
        <translation>Ihr wolltet am %1 zurückkommen.</translation>
    </message>
    <message>
        <source>Where you agreed to meet: %1</source>
        <translation>Vereinbarter Treffpunkt: %1</translation>
    </message>
    <message>
        <source>On my own…</source>
        <translation>Allein…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>I&apos;m %1</source>
        <translation>Ich bin %1</translation>
    </message>
    <message>
        <source>Start a repair on your own as %1.</source>
        <translation>Als %1 allein eine Klärung beginnen.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>This program is not yet written in your language, so it opens in English.</source>
        <translation>Dieses Programm gibt es noch nicht in deiner Sprache, darum öffnet es sich auf Englisch.</translation>
    </message>
    <message>
        <source>A small one? A sharp word, a missed call: mend it together in about ten minutes.</source>
        <translation>Etwas Kleines? Ein scharfes Wort, ein verpasster Anruf: Klärt es gemeinsam in etwa zehn Minuten.</translation>
    </message>
    <message>
        <source>Ten-minute repair</source>
        <translation>Klärung in zehn Minuten</translation>
    </message>
    <message>
        <source>Both of you, at this screen, for a small rupture. You can switch to the full repair if it turns out bigger.</source>
        <translation>Ihr beide, an diesem Bildschirm, für einen kleinen Riss. Stellt es sich als größer heraus, könnt ihr zur ausführlichen Klärung wechseln.</translation>
    </message>
    <message>
        <source>Your cycle</source>
        <translation>Euer Kreislauf</translation>
    </message>
    <message>
        <source>When you notice it starting, it is the two of you against the cycle, not against each other.</source>
        <translation>Wenn ihr merkt, dass er anfängt: Ihr beide steht gemeinsam gegen den Kreislauf, nicht gegeneinander.</translation>
    </message>
    <message>
        <source>Practise between repairs</source>
        <translation>Üben zwischen den Klärungen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>tend::ui::HugTimerCard</name>
    <message>
        <source>Time is up. Take your time coming back.</source>
        <translation>Die Zeit ist um. Lasst euch Zeit, wieder anzukommen.</translation>
    </message>
</context>
<context>
    <name>tend::ui::InsightsScreen</name>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 Min.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>How your repairs are going</source>
        <translation>Wie eure Klärungen laufen</translation>
    </message>
    <message>
        <source>A quiet look back, not a score. Every repair you start, pause and come back to is practice in mending things together. What each picture means is written under it, and its numbers are in the table below it.</source>
        <translation>Ein ruhiger Blick zurück, keine Bewertung. Jede Klärung, die ihr beginnt, unterbrecht und wieder aufnehmt, ist Übung darin, gemeinsam etwas wieder heil zu machen. Unter jedem Bild steht, was es zeigt; die Zahlen dazu findet ihr in der Tabelle darunter.</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which months the pictures cover.</source>
        <translation>Welche Monate die Bilder zeigen.</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Die letzten 6 Monate</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <source>Everything so far</source>
        <translation>Alles bisher</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Wessen Ansicht</translation>
    </message>
    <message>
        <source>Private answers count only in their writer&apos;s own view.</source>
        <translation>Private Antworten zählen nur in der eigenen Ansicht der Person, die sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Not much to look back on yet. After a couple of repairs, this page shows when you started them, when you came back to each other, and what helped you settle. There is no hurry: it fills in as you go.</source>
        <translation>Noch gibt es wenig, auf das ihr zurückblicken könnt. Nach ein paar Klärungen zeigt diese Seite, wann ihr sie begonnen habt, wann ihr wieder zueinandergefunden habt und was euch geholfen hat, zur Ruhe zu kommen. Es eilt nicht: Die Seite füllt sich nach und nach.</translation>
    </message>
    <message>
        <source>Shared answers only</source>
        <translation>Nur geteilte Antworten</translation>
    </message>
    <message>
        <source>%1&apos;s own view</source>
        <translation>Eigene Ansicht von %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>Vorerst pausiert</translation>
    </message>
    <message>
        <source>Repairs by month</source>
        <translation>Klärungen pro Monat</translation>
    </message>
    <message>
        <source>You began %1 and completed %2.</source>
        <translation>Ihr habt %1 begonnen und %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>One is paused for now, ready to come back to.</source>
        <translation>Eine ist vorerst pausiert und wartet darauf, dass ihr zurückkommt.</translation>
    </message>
    <message>
        <source>%1 are paused for now, ready to come back to.</source>
        <translation>%1 sind vorerst pausiert und warten darauf, dass ihr zurückkommt.</translation>
    </message>
    <message>
        <source>Came back together on</source>
        <translation>Wieder zueinandergefunden am</translation>
    </message>
    <message>
        <source>From rupture to re-bonding</source>
        <translation>Vom Riss bis zur Wiederannäherung</translation>
    </message>
    <message>
        <source>Together so far</source>
        <translation>Bisher gemeinsam</translation>
    </message>
    <message>
        <source>Repairs completed together</source>
        <translation>Gemeinsam abgeschlossene Klärungen</translation>
    </message>
    <message>
        <source>No repair has reached re-bonding together in this time yet. That is fine: pausing and coming back is part of it.</source>
        <translation>In diesem Zeitraum hat noch keine Klärung gemeinsam bis zur Wiederannäherung geführt. Das ist in Ordnung: Pausieren und Zurückkommen gehören dazu.</translation>
    </message>
    <message>
        <source>Each dot is a repair you finished together. From the moment something happened to coming back together usually took about %1 (the middle of %2 completed, together or alone).</source>
        <translation>Jeder Punkt ist eine Klärung, die ihr gemeinsam abgeschlossen habt. Von dem Moment, in dem etwas passiert ist, bis zum Wieder-Zueinanderfinden dauerte es meist etwa %1 (der mittlere Wert aus %2, gemeinsam oder allein abgeschlossen).</translation>
    </message>
    <message>
        <source>No chart can say how secure you feel with each other; it only shows that you keep finding your way back.</source>
        <translation>Kein Diagramm kann zeigen, wie sicher ihr euch miteinander fühlt; es zeigt nur, dass ihr immer wieder zueinander zurückfindet.</translation>
    </message>
    <message>
        <source>Coming back together, over time</source>
        <translation>Wieder zueinanderfinden, im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Before settling</source>
        <translation>Vor dem Beruhigen</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>After settling</source>
        <translation>Nach dem Beruhigen</translation>
    </message>
    <message>
        <source>Before settling, on average</source>
        <translation>Vor dem Beruhigen, im Durchschnitt</translation>
    </message>
    <message>
        <source>After settling, on average</source>
        <translation>Nach dem Beruhigen, im Durchschnitt</translation>
    </message>
    <message>
        <source>Times the level came down</source>
        <translation>Wie oft der Wert gesunken ist</translation>
    </message>
    <message>
        <source>Times it stayed about the same</source>
        <translation>Wie oft er etwa gleich geblieben ist</translation>
    </message>
    <message>
        <source>Times it went up</source>
        <translation>Wie oft er gestiegen ist</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Check-ins before and after settling</source>
        <translation>Einschätzungen vor und nach dem Beruhigen</translation>
    </message>
    <message>
        <source>How strong the feelings were, from 0 (calm) to 10 (overwhelming), when you checked in before and after settling: on average you came down %1 points, across %2 times someone checked in before and after.</source>
        <translation>Wie stark die Gefühle waren, von 0 (ruhig) bis 10 (überwältigend), als ihr euch vor und nach dem Beruhigen eingeschätzt habt: Im Durchschnitt ging der Wert um %1 Punkte zurück (%2-mal hat sich jemand vorher und nachher eingeschätzt).</translation>
    </message>
    <message>
        <source>Settling</source>
        <translation>Zur Ruhe kommen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Average drop in level</source>
        <translation>Durchschnittlicher Rückgang des Werts</translation>
    </message>
    <message>
        <source>What helped you settle</source>
        <translation>Was euch geholfen hat, zur Ruhe zu kommen</translation>
    </message>
    <message>
        <source>The practices you did between two check-ins, by how far the level came down after them on average. It shows what went with feeling calmer, not what works for everyone: try what suits you.</source>
        <translation>Die Übungen, die ihr zwischen zwei Einschätzungen gemacht habt, danach geordnet, wie weit der Wert danach im Durchschnitt gesunken ist. Das zeigt, was mit mehr Ruhe einherging – nicht, was bei allen wirkt: Probiert aus, was zu euch passt.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Teilweise eingehalten</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <source>Let go of together</source>
        <translation>Gemeinsam losgelassen</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>At the end of a repair you say what each of you will try. Of %1 made in this time, %2 kept</source>
        <translation>Am Ende einer Klärung sagt ihr, was ihr beide jeweils versuchen wollt. Zusagen in diesem Zeitraum: %1; davon %2 eingehalten</translation>
    </message>
    <message>
        <source>one is</source>
        <translation>ist eine</translation>
    </message>
    <message>
        <source>%1 are</source>
        <translation>sind %1</translation>
    </message>
    <message>
        <source>, %1 partly kept</source>
        <translation>, %1 teilweise eingehalten</translation>
    </message>
    <message>
        <source> and %1 still open</source>
        <translation> und %1 noch offen</translation>
    </message>
    <message>
        <source>. Small promises kept are how trust grows.</source>
        <translation>. Kleine gehaltene Versprechen lassen Vertrauen wachsen.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalExport</name>
    <message numerus="yes">
        <source>%n private answer was left out: its owner&apos;s own key is closed.</source>
        <translation>
            <numerusform>%n private Antwort wurde weggelassen: Der eigene Schlüssel der Person, der sie gehört, ist geschlossen.</numerusform>
            <numerusform>%n private Antworten wurden weggelassen: Der eigene Schlüssel der Person, der sie gehören, ist geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged item was left out (the journal keeps it).</source>
        <translation>
            <numerusform>%n beschädigter Eintrag wurde weggelassen (das Tagebuch behält ihn).</numerusform>
            <numerusform>%n beschädigte Einträge wurden weggelassen (das Tagebuch behält sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged items were left out (the journal keeps them).</source>
        <translation>
            <numerusform>%n beschädigter Eintrag wurde weggelassen (das Tagebuch behält ihn).</numerusform>
            <numerusform>%n beschädigte Einträge wurden weggelassen (das Tagebuch behält sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saved, encrypted, to %1.</source>
        <translation>Verschlüsselt gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: keep it somewhere private.</source>
        <translation>Gespeichert unter %1. Die Datei ist nicht verschlüsselt: Bewahre sie an einem privaten Ort auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n private answers were left out: they open only with a partner&apos;s own key, which is closed.</source>
        <translation>
            <numerusform>%n private Antwort wurde ausgelassen: Sie lässt sich nur mit dem eigenen Schlüssel der Person öffnen, die sie geschrieben hat, und dieser ist geschlossen.</numerusform>
            <numerusform>%n private Antworten wurden ausgelassen: Sie lassen sich nur mit dem eigenen Schlüssel der Person öffnen, die sie geschrieben hat, und dieser ist geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalScreen</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Finds words in everything you can see here (Ctrl+F). Matches are shown in bold.</source>
        <translation>Findet Wörter in allem, was du hier sehen kannst (Ctrl+F). Treffer werden fett angezeigt.</translation>
    </message>
    <message>
        <source>Search what you wrote…</source>
        <translation>Im Geschriebenen suchen…</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Wessen Ansicht</translation>
    </message>
    <message>
        <source>Private answers are shown only in their writer&apos;s own view.</source>
        <translation>Private Antworten erscheinen nur in der eigenen Ansicht der Person, die sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Each month with repairs. Choose one to jump to its newest repair.</source>
        <translation>Jeder Monat mit Klärungen. Wähle einen aus, um zu seiner neuesten Klärung zu springen.</translation>
    </message>
    <message>
        <source>Past repairs</source>
        <translation>Frühere Klärungen</translation>
    </message>
    <message>
        <source>Every repair, newest first. Choose one to read it.</source>
        <translation>Alle Klärungen, die neueste zuerst. Wähle eine aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Each result links to the repair it comes from.</source>
        <translation>Jedes Ergebnis verweist auf die Klärung, aus der es stammt.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you start a repair, what you write is kept here, on this computer only.</source>
        <translation>Noch ist hier nichts. Wenn ihr eine Klärung beginnt, wird hier aufbewahrt, was ihr schreibt – nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Title of this repair</source>
        <translation>Titel dieser Klärung</translation>
    </message>
    <message>
        <source>Give this repair a title of your own (Enter keeps it). Left empty, its first words are its title. Both of you see the title.</source>
        <translation>Gib dieser Klärung einen eigenen Titel (Enter übernimmt ihn). Bleibt das Feld leer, sind ihre ersten Worte der Titel. Ihr seht den Titel beide.</translation>
    </message>
    <message>
        <source>The record of this repair</source>
        <translation>Aufzeichnung dieser Klärung</translation>
    </message>
    <message>
        <source>Everything written in this repair, by step and by person.</source>
        <translation>Alles, was in dieser Klärung geschrieben wurde, nach Schritt und Person.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Saves this view, the open repair or the repairs of some days, as Markdown for reading or as JSON. Private answers of others stay out.</source>
        <translation>Speichert diese Ansicht, die geöffnete Klärung oder die Klärungen bestimmter Tage als Markdown zum Lesen oder als JSON. Private Antworten anderer bleiben draußen.</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>A PDF for your therapist, with what each of you agrees to share. Private answers and the safety check are never in it.</source>
        <translation>Ein PDF für eure Therapeutin oder euren Therapeuten, mit dem, was ihr jeweils teilen möchtet. Private Antworten und die Sicherheitsabfrage kommen nie hinein.</translation>
    </message>
    <message>
        <source>Shared answers only</source>
        <translation>Nur geteilte Antworten</translation>
    </message>
    <message>
        <source>%1&apos;s own view</source>
        <translation>Eigene Ansicht von %1</translation>
    </message>
    <message>
        <source>%1
1 repair</source>
        <translation>%1
1 Klärung</translation>
    </message>
    <message>
        <source>%1
%2 repairs</source>
        <translation>%1
%2 Klärungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The journal is not open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Tagebuch ist nicht geöffnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 result&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 Treffer&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 results&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Treffer&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Treffer für „%1“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Choose a repair to export first.</source>
        <translation>Wähle zuerst eine Klärung zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Choose a first day on or before the last day.</source>
        <translation>Wähle einen ersten Tag, der am oder vor dem letzten Tag liegt.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write all of %1.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>What to save, as this view shows it:</source>
        <translation>Was gespeichert werden soll, so wie diese Ansicht es zeigt:</translation>
    </message>
    <message>
        <source>Everything in this view</source>
        <translation>Alles in dieser Ansicht</translation>
    </message>
    <message>
        <source>The repair that is open</source>
        <translation>Die geöffnete Klärung</translation>
    </message>
    <message>
        <source>Repairs started between two days</source>
        <translation>Klärungen, die zwischen zwei Tagen begonnen wurden</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Markdown, for reading</source>
        <translation>Markdown, zum Lesen</translation>
    </message>
    <message>
        <source>JSON, for importing into Tend</source>
        <translation>JSON, zum Importieren in Tend</translation>
    </message>
    <message>
        <source>Export a readable copy?</source>
        <translation>Eine lesbare Kopie exportieren?</translation>
    </message>
    <message>
        <source>This saves what this view shows as a plain file. Anyone who opens the file can read it, even if your journal has a passphrase.</source>
        <translation>Damit wird das, was diese Ansicht zeigt, als unverschlüsselte Datei gespeichert. Wer die Datei öffnet, kann sie lesen – auch wenn euer Tagebuch eine Passphrase hat.</translation>
    </message>
    <message>
        <source>For a copy only a passphrase opens, use Export in Settings, under Privacy and locking.</source>
        <translation>Für eine Kopie, die sich nur mit einer Passphrase öffnen lässt, nutze den Export in den Einstellungen unter „Privatsphäre und Sperren“.</translation>
    </message>
    <message>
        <source>I understand, export</source>
        <translation>Verstanden, exportieren</translation>
    </message>
    <message>
        <source>tend-journal.json</source>
        <translation>tend-tagebuch.json</translation>
    </message>
    <message>
        <source>tend-journal.md</source>
        <translation>tend-tagebuch.md</translation>
    </message>
    <message>
        <source>Export this view</source>
        <translation>Diese Ansicht exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalService</name>
    <message>
        <source>The journal opened but could not be read.</source>
        <translation>Das Tagebuch wurde geöffnet, konnte aber nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation>Das Tagebuch ist geschlossen.</translation>
    </message>
    <message>
        <source>Backups are not made in demo mode.</source>
        <translation>Im Demo-Modus werden keine Sicherungen angelegt.</translation>
    </message>
    <message>
        <source>There is nothing to restore in demo mode.</source>
        <translation>Im Demo-Modus gibt es nichts wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalStateScreen</name>
    <message>
        <source>Puts the newest verified backup in place. The journal as it is now is kept aside, never deleted.</source>
        <translation>Setzt die neueste geprüfte Sicherung ein. Das Tagebuch im jetzigen Zustand wird beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <source>Save what can still be read…</source>
        <translation>Retten, was sich noch lesen lässt…</translation>
    </message>
    <message>
        <source>Writes every readable answer to an export file. The journal is not changed.</source>
        <translation>Schreibt jede lesbare Antwort in eine Exportdatei. Das Tagebuch wird nicht verändert.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Opens the journal again.</source>
        <translation>Öffnet das Tagebuch noch einmal.</translation>
    </message>
    <message>
        <source>Quit Tend</source>
        <translation>Tend beenden</translation>
    </message>
    <message>
        <source>Closes Tend. Nothing was changed.</source>
        <translation>Schließt Tend. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Another Tend is using your journal</source>
        <translation>Ein anderes Tend verwendet das Tagebuch</translation>
    </message>
    <message>
        <source>Perhaps a command-line import or export is still running. When it has finished, choose Try again.</source>
        <translation>Vielleicht läuft noch ein Import oder Export über die Kommandozeile. Wenn er fertig ist, wähle „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer Tend</source>
        <translation>Das Tagebuch stammt aus einer neueren Version von Tend</translation>
    </message>
    <message>
        <source>Nothing was changed. Please update Tend to open it.</source>
        <translation>Es wurde nichts verändert. Bitte aktualisiere Tend, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Your journal could not be opened</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Nothing was changed. You can put the newest verified backup in its place; the journal as it is now is kept aside, never deleted.</source>
        <translation>Es wurde nichts verändert. Du kannst stattdessen die neueste geprüfte Sicherung einsetzen; das Tagebuch im jetzigen Zustand wird beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was changed, and no backup of it was found.</source>
        <translation>Es wurde nichts verändert, und es wurde keine Sicherung davon gefunden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Save what can still be read</source>
        <translation>Retten, was sich noch lesen lässt</translation>
    </message>
    <message>
        <source>Tend export (*.json)</source>
        <translation>Tend-Export (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1. It can be imported into a new journal.</source>
        <translation>Gespeichert unter %1. Die Datei kann in ein neues Tagebuch importiert werden.</translation>
    </message>
    <message>
        <source>Still not possible: %1</source>
        <translation>Immer noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Euer Tagebuch</translation>
    </message>
</context>
<context>
    <name>tend::ui::LanguageChips</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>The language of Tend&apos;s words and of its programs</source>
        <translation>Die Sprache von Tends Texten und Programmen</translation>
    </message>
</context>
<context>
    <name>tend::ui::LedgerCard</name>
    <message>
        <source>Your commitments</source>
        <translation>Eure Zusagen</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Alle ansehen</translation>
    </message>
    <message>
        <source>Every commitment and where it stands.</source>
        <translation>Alle Zusagen und wo sie gerade stehen.</translation>
    </message>
    <message>
        <source>What you agreed to try. You will look at them together at the start of your next repair.</source>
        <translation>Was ihr ausprobieren wolltet. Ihr schaut sie euch zu Beginn eurer nächsten Klärung gemeinsam an.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ui::LedgerRow</name>
    <message>
        <source>not looked at yet</source>
        <translation>noch nicht angesehen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>not yet — still working on it</source>
        <translation>noch nicht – wir arbeiten noch daran</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>losgelassen</translation>
    </message>
    <message>
        <source>to look at again</source>
        <translation>noch einmal ansehen</translation>
    </message>
    <message>
        <source>Did we keep this?</source>
        <translation>Haben wir das eingehalten?</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers “did we keep this?” for this commitment.</source>
        <translation>Beantwortet „Haben wir das eingehalten?“ für diese Zusage.</translation>
    </message>
    <message>
        <source>both of you</source>
        <translation>ihr beide</translation>
    </message>
    <message>
        <source>%1 · made %2 · %3</source>
        <translation>%1 · vereinbart am %2 · %3</translation>
    </message>
    <message>
        <source>Commitment: %1 (%2)</source>
        <translation>Zusage: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tend::ui::LockController</name>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Clears the screen and locks the journal until the passphrase is typed (Ctrl+L).</source>
        <translation>Blendet den Bildschirm aus und sperrt das Tagebuch, bis die Passphrase eingegeben wird (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>tend::ui::LockScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>Emergency numbers and helplines for your country.</source>
        <translation>Notrufnummern und Hilfetelefone für dein Land.</translation>
    </message>
    <message>
        <source>Tend is locked</source>
        <translation>Tend ist gesperrt</translation>
    </message>
    <message>
        <source>Journal passphrase</source>
        <translation>Tagebuch-Passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase, then press Enter.</source>
        <translation>Gib die Passphrase ein und drück dann Enter.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Opens the journal and brings back what was on screen, typing included.</source>
        <translation>Öffnet das Tagebuch und holt zurück, was auf dem Bildschirm war – auch angefangene Eingaben.</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Stattdessen den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Type the printed recovery key instead of the passphrase.</source>
        <translation>Gib statt der Passphrase den ausgedruckten Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Hinweis zum Entsperren</translation>
    </message>
    <message>
        <source>Tend locks itself after a while without use, and whenever you ask. What you were typing was saved, encrypted, and comes back when you unlock.</source>
        <translation>Tend sperrt sich nach einer Weile ohne Nutzung und wann immer du es möchtest. Was du gerade geschrieben hast, wurde verschlüsselt gespeichert und ist nach dem Entsperren wieder da.</translation>
    </message>
    <message>
        <source>Your journal is protected</source>
        <translation>Das Tagebuch ist geschützt</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…  (56 letters and digits)</source>
        <translation>XXXX-XXXX-…  (56 Buchstaben und Ziffern)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved. Spaces, dashes and capitals don&apos;t matter.</source>
        <translation>Gib den Wiederherstellungsschlüssel ein, den du ausgedruckt oder gespeichert hast. Leerzeichen, Bindestriche und Großschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Type your journal passphrase to carry on where you left off.</source>
        <translation>Gib die Passphrase des Tagebuchs ein, um dort weiterzumachen, wo du aufgehört hast.</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Stattdessen die Passphrase verwenden</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Gib zuerst den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Gib zuerst die Passphrase ein.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this journal. Check it against the printout.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet dieses Tagebuch nicht. Vergleiche ihn mit dem Ausdruck.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht. Prüfe die Feststelltaste und versuch es noch einmal – es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>That recovery key has a typo: a letter or digit doesn&apos;t match its checksum. Compare it group by group.</source>
        <translation>In diesem Wiederherstellungsschlüssel steckt ein Tippfehler: Ein Buchstabe oder eine Ziffer passt nicht zur Prüfsumme. Vergleiche ihn Gruppe für Gruppe.</translation>
    </message>
    <message>
        <source>That passphrase can&apos;t be used. Try again.</source>
        <translation>Diese Passphrase kann nicht verwendet werden. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The journal&apos;s stored key data is damaged, so no passphrase can open it right now. Nothing has been deleted. Try the recovery key; if that fails too, the backups in the data folder still hold the key data.</source>
        <translation>Die gespeicherten Schlüsseldaten des Tagebuchs sind beschädigt, daher kann es gerade keine Passphrase öffnen. Es wurde nichts gelöscht. Versuch es mit dem Wiederherstellungsschlüssel; wenn auch das nicht klappt, enthalten die Sicherungen im Datenordner noch die Schlüsseldaten.</translation>
    </message>
    <message>
        <source>This journal was protected by a newer version of Tend. Open it with that version; nothing was changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Tend geschützt. Öffne es mit dieser Version; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>tend::ui::MainWindow</name>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Presenter mode: full screen, larger type, notes for each step (Ctrl+Shift+F).</source>
        <translation>Präsentationsmodus: Vollbild, größere Schrift, Notizen zu jedem Schritt (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>Detailed log on</source>
        <translation>Ausführliches Protokoll an</translation>
    </message>
    <message>
        <source>Tend was started with --verbose: its log file gets extra technical detail until it is started without it.</source>
        <translation>Tend wurde mit --verbose gestartet: Die Protokolldatei erhält zusätzliche technische Details, bis Tend wieder ohne diese Option gestartet wird.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Back to the start screen (Alt+Home).</source>
        <translation>Zurück zur Startseite (Alt+Home).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop for now and agree when to come back. Everything is kept (Ctrl+P).</source>
        <translation>Erst einmal aufhören und vereinbaren, wann es weitergeht. Alles bleibt erhalten (Ctrl+P).</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>Emergency numbers and helplines for your country (F1).</source>
        <translation>Notrufnummern und Hilfetelefone für dein Land (F1).</translation>
    </message>
    <message>
        <source>Leave the repair for now? Everything is kept, and Continue on Home brings you back.</source>
        <translation>Die Klärung vorerst verlassen? Alles bleibt erhalten, und „Fortsetzen“ auf der Startseite bringt dich zurück.</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Vorerst verlassen</translation>
    </message>
    <message>
        <source>You are on: %1</source>
        <translation>Du bist hier: %1</translation>
    </message>
    <message>
        <source>%1 — Tend</source>
        <translation>%1 – Tend</translation>
    </message>
    <message>
        <source>Read-only: %1. You can read your journal, but nothing new can be saved.</source>
        <translation>Schreibgeschützt: %1. Du kannst das Tagebuch lesen, aber es lässt sich nichts Neues speichern.</translation>
    </message>
    <message>
        <source>Leave presenter</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>tend::ui::PartnerFields</name>
    <message>
        <source>The name Tend uses on screen. Only first names or nicknames are needed.</source>
        <translation>Der Name, den Tend auf dem Bildschirm zeigt. Vornamen oder Spitznamen genügen.</translation>
    </message>
    <message>
        <source>A first name or nickname</source>
        <translation>Ein Vorname oder Spitzname</translation>
    </message>
    <message>
        <source>Colour (optional):</source>
        <translation>Farbe (optional):</translation>
    </message>
    <message>
        <source>Use %1 as this person&apos;s colour. Names are always shown too.</source>
        <translation>%1 als Farbe dieser Person verwenden. Die Namen werden immer zusätzlich angezeigt.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PartnerKeyBox</name>
    <message>
        <source>%1&apos;s private answers</source>
        <translation>Private Antworten von %1</translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation>Eine Passphrase</translation>
    </message>
    <message>
        <source>%1 uses a passphrase</source>
        <translation>%1 verwendet eine Passphrase</translation>
    </message>
    <message>
        <source>A PIN (6–12 digits)</source>
        <translation>Eine PIN (6–12 Ziffern)</translation>
    </message>
    <message>
        <source>%1 uses a PIN</source>
        <translation>%1 verwendet eine PIN</translation>
    </message>
    <message>
        <source>A PIN keeps your private answers from being opened casually by someone who shares this journal. Someone who knows the journal passphrase and takes a copy of the file could try every PIN on a fast computer. For strong protection, use a passphrase.</source>
        <translation>Eine PIN schützt deine privaten Antworten davor, dass jemand, der dieses Tagebuch mitbenutzt, sie einfach so öffnet. Wer die Passphrase des Tagebuchs kennt und eine Kopie der Datei mitnimmt, könnte auf einem schnellen Computer jede PIN durchprobieren. Für starken Schutz verwende eine Passphrase.</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Passphrase oder PIN</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase or PIN</source>
        <translation>Passphrase oder PIN von %1</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase or PIN again</source>
        <translation>Passphrase oder PIN von %1, wiederholt</translation>
    </message>
    <message>
        <source>Close %1&apos;s private answers</source>
        <translation>Private Antworten von %1 schließen</translation>
    </message>
    <message>
        <source>Hides them again until %1 types their passphrase or PIN.</source>
        <translation>Blendet sie wieder aus, bis %1 die eigene Passphrase oder PIN eingibt.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <source>Protect the journal with a passphrase first; then %1 can add a key of their own.</source>
        <translation>Schütze zuerst das Tagebuch mit einer Passphrase; dann kann %1 einen eigenen Schlüssel hinzufügen.</translation>
    </message>
    <message>
        <source>No key of their own: %1&apos;s private answers open with the journal passphrase. With a key of their own, only %1 can open them. If %1 forgets it, nobody can — the recovery key does not open them.</source>
        <translation>Kein eigener Schlüssel: Die privaten Antworten von %1 öffnen sich mit der Passphrase des Tagebuchs. Mit einem eigenen Schlüssel kann nur %1 sie öffnen. Vergisst %1 ihn, kann es niemand – der Wiederherstellungsschlüssel öffnet sie nicht.</translation>
    </message>
    <message>
        <source>a PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Guarded by %1 of their own. Open now.</source>
        <translation>Mit eigener %1 geschützt. Gerade geöffnet.</translation>
    </message>
    <message>
        <source>Guarded by %1 of their own. Closed: type it to open them.</source>
        <translation>Mit eigener %1 geschützt. Geschlossen: Gib sie ein, um die Antworten zu öffnen.</translation>
    </message>
    <message>
        <source>Give %1 a key of their own</source>
        <translation>Eigenen Schlüssel für %1 anlegen</translation>
    </message>
    <message>
        <source>Change %1&apos;s passphrase or PIN</source>
        <translation>Passphrase oder PIN von %1 ändern</translation>
    </message>
    <message>
        <source>Open %1&apos;s private answers</source>
        <translation>Private Antworten von %1 öffnen</translation>
    </message>
    <message>
        <source>Working… (a second or two)</source>
        <translation>Einen Moment… (ein, zwei Sekunden)</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same in both.</source>
        <translation>Die beiden Eingaben unterscheiden sich. Gib in beide Felder dasselbe ein.</translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>Eine PIN hat 6 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Done. From now on only this passphrase or PIN opens these answers.</source>
        <translation>Erledigt. Ab jetzt öffnet nur diese Passphrase oder PIN diese Antworten.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Geändert.</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Geöffnet.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open them. Try again — nothing was changed.</source>
        <translation>Damit lassen sie sich nicht öffnen. Versuch es noch einmal – es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This key data is damaged; nothing was deleted.</source>
        <translation>Diese Schlüsseldaten sind beschädigt; es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PartnerKeyNotice</name>
    <message>
        <source>%1, your own key is closed, so an answer kept private here cannot be saved yet. Open it below, or leave this answer shared.</source>
        <translation>%1, dein eigener Schlüssel ist geschlossen, deshalb kann eine Antwort, die hier privat bleiben soll, noch nicht gespeichert werden. Öffne ihn unten oder lass diese Antwort geteilt.</translation>
    </message>
    <message>
        <source>Your own key is closed</source>
        <translation>Dein eigener Schlüssel ist geschlossen</translation>
    </message>
</context>
<context>
    <name>tend::ui::PauseDialog</name>
    <message>
        <source>Pause for now</source>
        <translation>Vorerst pausieren</translation>
    </message>
    <message>
        <source>Stopping is part of repair. Everything so far is kept, exactly where you are.</source>
        <translation>Innehalten gehört zur Klärung dazu. Alles bisher bleibt erhalten, genau an dieser Stelle.</translation>
    </message>
    <message>
        <source>What do you need right now? (optional)</source>
        <translation>Was brauchst du gerade? (optional)</translation>
    </message>
    <message>
        <source>Some space</source>
        <translation>Etwas Abstand</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <source>Say what you need while you pause.</source>
        <translation>Sag, was du während der Pause brauchst.</translation>
    </message>
    <message>
        <source>Something else you need</source>
        <translation>Etwas anderes, das du brauchst</translation>
    </message>
    <message>
        <source>In your own words, if none of the above fits.</source>
        <translation>In eigenen Worten, wenn nichts davon passt.</translation>
    </message>
    <message>
        <source>Or in your own words…</source>
        <translation>Oder in eigenen Worten…</translation>
    </message>
    <message>
        <source>When will you come back to this?</source>
        <translation>Wann kommt ihr darauf zurück?</translation>
    </message>
    <message>
        <source>Time to come back</source>
        <translation>Zeitpunkt zum Zurückkommen</translation>
    </message>
    <message>
        <source>Most people need at least 20 minutes to settle; coming back within a day helps.</source>
        <translation>Die meisten brauchen mindestens 20 Minuten, um zur Ruhe zu kommen; es hilft, innerhalb eines Tages zurückzukommen.</translation>
    </message>
    <message>
        <source>Sets the time to come back.</source>
        <translation>Legt den Zeitpunkt zum Zurückkommen fest.</translation>
    </message>
    <message>
        <source>Place to meet</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <source>Where you will meet again.</source>
        <translation>Wo ihr euch wieder trefft.</translation>
    </message>
    <message>
        <source>Where? For example: the living room</source>
        <translation>Wo? Zum Beispiel: im Wohnzimmer</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Close this and carry on.</source>
        <translation>Schließt dieses Fenster; es geht weiter wie bisher.</translation>
    </message>
    <message>
        <source>Pause now</source>
        <translation>Jetzt pausieren</translation>
    </message>
    <message>
        <source>Pauses the repair and keeps everything.</source>
        <translation>Pausiert die Klärung und bewahrt alles auf.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PracticeCard</name>
    <message>
        <source>Choose one that appeals to you right now:</source>
        <translation>Wähle eine aus, die dich gerade anspricht:</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Guides you through this practice one step at a time.</source>
        <translation>Führt dich Schritt für Schritt durch diese Übung.</translation>
    </message>
    <message>
        <source>Opens the breathing pacer for this practice.</source>
        <translation>Öffnet den Atemtaktgeber für diese Übung.</translation>
    </message>
    <message>
        <source>This practice could not be found in the practices library. You can skip this card.</source>
        <translation>Diese Übung wurde in der Übungssammlung nicht gefunden. Du kannst diese Karte überspringen.</translation>
    </message>
    <message>
        <source>Time is up. Let your breathing find its own pace again.</source>
        <translation>Die Zeit ist um. Lass deinen Atem wieder seinen eigenen Rhythmus finden.</translation>
    </message>
    <message>
        <source>You did this practice earlier. You can do it again, or choose another.</source>
        <translation>Du hast diese Übung vorhin schon gemacht. Du kannst sie noch einmal machen oder eine andere wählen.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PracticeStarter</name>
    <message>
        <source>Practise</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Who is practising?</source>
        <translation>Wer übt?</translation>
    </message>
    <message>
        <source>Practise: %1</source>
        <translation>Üben: %1</translation>
    </message>
    <message>
        <source>I&apos;m %1</source>
        <translation>Ich bin %1</translation>
    </message>
    <message>
        <source>Start the practice as %1.</source>
        <translation>Die Übung als %1 beginnen.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Practise together: %1</source>
        <translation>Gemeinsam üben: %1</translation>
    </message>
</context>
<context>
    <name>tend::ui::PresenterPanel</name>
    <message>
        <source>Presenter notes</source>
        <translation>Präsentationsnotizen</translation>
    </message>
    <message>
        <source>PRESENTER NOTES</source>
        <translation>PRÄSENTATIONSNOTIZEN</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>What to watch for</source>
        <translation>Worauf du achten kannst</translation>
    </message>
    <message>
        <source>Jump to any card</source>
        <translation>Zu einer Karte springen</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go there.</source>
        <translation>Drück Enter oder doppelklicke, um dorthin zu gehen.</translation>
    </message>
    <message>
        <source>Every step and card of the sample repair. Press Enter to go to the selected card.</source>
        <translation>Alle Schritte und Karten der Beispielklärung. Drück Enter, um zur ausgewählten Karte zu gehen.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <source>Put the sample journal back as it was and go to Home.</source>
        <translation>Stellt das Beispieltagebuch wieder her, wie es war, und wechselt zur Startseite.</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>Back to a normal window (Ctrl+Shift+F).</source>
        <translation>Zurück zum normalen Fenster (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Keine Notizen zu diesem Schritt.</translation>
    </message>
    <message>
        <source>The presenter notes could not be loaded: %1</source>
        <translation>Die Präsentationsnotizen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>tend::ui::PrivacyCurtain</name>
    <message>
        <source>Privacy curtain</source>
        <translation>Sichtschutz</translation>
    </message>
    <message>
        <source>The screen is hidden while the keyboard changes hands.</source>
        <translation>Der Bildschirm ist verdeckt, während die Tastatur weitergegeben wird.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>It&apos;s me — show my screen</source>
        <translation>Ich bin&apos;s – meinen Bildschirm zeigen</translation>
    </message>
    <message>
        <source>Over to %1</source>
        <translation>Jetzt ist %1 dran</translation>
    </message>
    <message>
        <source>The screen is hidden while you change places. %1, when you are at the keyboard, say it&apos;s you.</source>
        <translation>Der Bildschirm ist verdeckt, während ihr die Plätze tauscht. %1, wenn du an der Tastatur sitzt, gib Bescheid, dass du es bist.</translation>
    </message>
    <message>
        <source>The screen is hidden while you change places, so what %1 wrote stays with %1. %2, when you are at the keyboard, say it&apos;s you.</source>
        <translation>Der Bildschirm ist verdeckt, während ihr die Plätze tauscht, damit das, was %1 geschrieben hat, bei %1 bleibt. %2, wenn du an der Tastatur sitzt, gib Bescheid, dass du es bist.</translation>
    </message>
    <message>
        <source>I&apos;m %1 — show my screen</source>
        <translation>Ich bin %1 – meinen Bildschirm zeigen</translation>
    </message>
    <message>
        <source>Confirms that %1 is at the keyboard now (Enter).</source>
        <translation>Bestätigt, dass %1 jetzt an der Tastatur sitzt (Enter).</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Goes back to how it was, without showing anything (Escape).</source>
        <translation>Kehrt zum vorherigen Stand zurück, ohne etwas zu zeigen (Escape).</translation>
    </message>
</context>
<context>
    <name>tend::ui::PrivacySection</name>
    <message>
        <source>Privacy and locking</source>
        <translation>Privatsphäre und Sperren</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New journal passphrase</source>
        <translation>Neue Passphrase für das Tagebuch</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>New journal passphrase, again</source>
        <translation>Neue Passphrase für das Tagebuch, wiederholt</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Neuen Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <source>Replaces any earlier recovery key; the old one stops working.</source>
        <translation>Ersetzt einen früheren Wiederherstellungsschlüssel; der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Clears the screen and locks the journal (Ctrl+L).</source>
        <translation>Blendet den Bildschirm aus und sperrt das Tagebuch (Ctrl+L).</translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation>Passphrase entfernen…</translation>
    </message>
    <message>
        <source>Stores the journal readable again. Nothing is lost.</source>
        <translation>Speichert das Tagebuch wieder unverschlüsselt. Es geht nichts verloren.</translation>
    </message>
    <message>
        <source>Deletes backups made before the passphrase was set.</source>
        <translation>Löscht Sicherungen, die angelegt wurden, bevor die Passphrase festgelegt war.</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0 = never):</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren (0 = nie):</translation>
    </message>
    <message>
        <source>Minutes before Tend locks itself</source>
        <translation>Minuten, bis Tend sich sperrt</translation>
    </message>
    <message>
        <source>Time the computer spends asleep counts too.</source>
        <translation>Auch die Zeit, in der der Computer im Ruhezustand ist, zählt mit.</translation>
    </message>
    <message>
        <source>Export the journal…</source>
        <translation>Tagebuch exportieren…</translation>
    </message>
    <message>
        <source>Encrypted, or plain after a warning.</source>
        <translation>Verschlüsselt oder, nach einem Hinweis, unverschlüsselt.</translation>
    </message>
    <message>
        <source>Always in the clear, so Tend can work while locked: dates and times, step names, names of people, reminders&apos; times and places, and how long each answer is.</source>
        <translation>Immer unverschlüsselt, damit Tend auch im gesperrten Zustand funktioniert: Datum und Uhrzeit, Namen der Schritte, Namen der Personen, Zeiten und Orte von Erinnerungen und die Länge jeder Antwort.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Eine Passphrase braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same in both.</source>
        <translation>Die beiden Eingaben unterscheiden sich. Gib in beide Felder dasselbe ein.</translation>
    </message>
    <message>
        <source>Demo mode keeps nothing on disk, so there is nothing to protect.</source>
        <translation>Im Demo-Modus wird nichts auf der Festplatte gespeichert, daher gibt es nichts zu schützen.</translation>
    </message>
    <message>
        <source>Protected with a passphrase, and a recovery key exists.</source>
        <translation>Mit einer Passphrase geschützt; ein Wiederherstellungsschlüssel ist vorhanden.</translation>
    </message>
    <message>
        <source>Protected with a passphrase. There is no recovery key: if the passphrase is lost, nobody can open the journal.</source>
        <translation>Mit einer Passphrase geschützt. Es gibt keinen Wiederherstellungsschlüssel: Geht die Passphrase verloren, kann niemand das Tagebuch öffnen.</translation>
    </message>
    <message>
        <source>Not protected: anyone who can use this computer account, or copies the journal file, can read it. Add a passphrase to encrypt it.</source>
        <translation>Nicht geschützt: Wer dieses Benutzerkonto verwenden kann oder die Tagebuchdatei kopiert, kann sie lesen. Füge eine Passphrase hinzu, um sie zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Protect with this passphrase</source>
        <translation>Mit dieser Passphrase schützen</translation>
    </message>
    <message>
        <source>Delete the older, unencrypted backups (%1)</source>
        <translation>Ältere, unverschlüsselte Sicherungen löschen (%1)</translation>
    </message>
    <message>
        <source>Changing… (a second or two)</source>
        <translation>Wird geändert… (ein, zwei Sekunden)</translation>
    </message>
    <message>
        <source>Protecting… (a few seconds)</source>
        <translation>Wird geschützt… (einige Sekunden)</translation>
    </message>
    <message>
        <source>The passphrase is changed. Every entry opens with the new one; the old one no longer works.</source>
        <translation>Die Passphrase ist geändert. Jeder Eintrag öffnet sich mit der neuen; die alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The journal is protected. Consider making a recovery key now.</source>
        <translation>Das Tagebuch ist geschützt. Es empfiehlt sich, jetzt einen Wiederherstellungsschlüssel zu erstellen.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts verändert: %1</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>Passphrase entfernen?</translation>
    </message>
    <message>
        <source>Store the journal without a passphrase?</source>
        <translation>Das Tagebuch ohne Passphrase speichern?</translation>
    </message>
    <message>
        <source>Nothing is lost, but anyone who can use this computer account, or copies the file, will be able to read it. A backup is made first.</source>
        <translation>Es geht nichts verloren, aber wer dieses Benutzerkonto verwenden kann oder die Datei kopiert, kann das Tagebuch dann lesen. Vorher wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Passphrase entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Removing the passphrase…</source>
        <translation>Passphrase wird entfernt…</translation>
    </message>
    <message>
        <source>The passphrase is removed; every entry is kept.</source>
        <translation>Die Passphrase ist entfernt; alle Einträge bleiben erhalten.</translation>
    </message>
    <message>
        <source>No recovery key could be made: %1</source>
        <translation>Es konnte kein Wiederherstellungsschlüssel erstellt werden: %1</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Dein neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Your new recovery key. The earlier one no longer works. It is shown only now.</source>
        <translation>Dein neuer Wiederherstellungsschlüssel. Der frühere funktioniert nicht mehr. Dieser wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Ich habe ihn aufbewahrt</translation>
    </message>
    <message>
        <source>A new recovery key was made.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wurde erstellt.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>tend-journal</source>
        <translation>tend-tagebuch</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Unencrypted backups deleted: %1.</source>
        <translation>Unverschlüsselte Sicherungen gelöscht: %1.</translation>
    </message>
</context>
<context>
    <name>tend::ui::Profile</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::PromptCard</name>
    <message>
        <source>Write here, in your own words…</source>
        <translation>Schreib hier, in deinen eigenen Worten…</translation>
    </message>
</context>
<context>
    <name>tend::ui::ProtectionSetupPage</name>
    <message>
        <source>Protect your journal</source>
        <translation>Das Tagebuch schützen</translation>
    </message>
    <message>
        <source>A passphrase keeps what you write unreadable to anyone who copies the journal file or opens Tend on this computer. You&apos;ll type it when Tend starts and after it locks itself. We recommend it.</source>
        <translation>Mit einer Passphrase bleibt alles, was du schreibst, unlesbar für alle, die die Tagebuchdatei kopieren oder Tend auf diesem Computer öffnen. Du gibst sie ein, wenn Tend startet und nachdem es sich gesperrt hat. Wir empfehlen sie.</translation>
    </message>
    <message>
        <source>Please keep it safe. If the passphrase is lost, and the recovery key too, the journal cannot be opened — not by you, not by us, not by anyone. There is no reset.</source>
        <translation>Bitte bewahre sie gut auf. Wenn die Passphrase verloren geht und auch der Wiederherstellungsschlüssel, lässt sich das Tagebuch nicht mehr öffnen – nicht von dir, nicht von uns, von niemandem. Zurücksetzen ist nicht möglich.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens %1 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal zur Bestätigung</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Goes on without a passphrase. You can add one later in Settings.</source>
        <translation>Geht ohne Passphrase weiter. Du kannst später in den Einstellungen eine hinzufügen.</translation>
    </message>
    <message>
        <source>Protect the journal</source>
        <translation>Tagebuch schützen</translation>
    </message>
    <message>
        <source>Encrypts the journal with this passphrase.</source>
        <translation>Verschlüsselt das Tagebuch mit dieser Passphrase.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use this computer account, or who copies the journal file, can read it. You can add one later in Settings.</source>
        <translation>Ohne Passphrase kann jede Person, die dieses Benutzerkonto am Computer nutzen kann oder die Tagebuchdatei kopiert, es lesen. Du kannst später in den Einstellungen eine hinzufügen.</translation>
    </message>
    <message>
        <source>Choose a passphrase, then type it again.</source>
        <translation>Wähle eine Passphrase und gib sie dann noch einmal ein.</translation>
    </message>
    <message>
        <source>A little longer, please: at least %1 characters.</source>
        <translation>Etwas länger, bitte: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That works. Longer is stronger — three or four unrelated words are easy to remember. Now type it again.</source>
        <translation>Das passt. Länger ist sicherer – drei oder vier Wörter, die nichts miteinander zu tun haben, sind leicht zu merken. Gib sie jetzt noch einmal ein.</translation>
    </message>
    <message>
        <source>Good. Now type it again.</source>
        <translation>Gut. Gib sie jetzt noch einmal ein.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben sind verschieden.</translation>
    </message>
    <message>
        <source>They match.</source>
        <translation>Sie stimmen überein.</translation>
    </message>
    <message>
        <source>Demo mode keeps nothing on disk, so there is nothing to protect.</source>
        <translation>Im Demo-Modus wird nichts auf der Festplatte gespeichert, es gibt also nichts zu schützen.</translation>
    </message>
    <message>
        <source>Protecting… (a few seconds)</source>
        <translation>Wird geschützt… (ein paar Sekunden)</translation>
    </message>
    <message>
        <source>The journal could not be protected: %1</source>
        <translation>Das Tagebuch konnte nicht geschützt werden: %1</translation>
    </message>
    <message>
        <source>A recovery key, just in case</source>
        <translation>Ein Wiederherstellungsschlüssel, für alle Fälle</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, a recovery key opens the journal instead. It is shown once, here; save it or print it and keep it apart from this computer.</source>
        <translation>Falls die Passphrase einmal vergessen wird, öffnet ein Wiederherstellungsschlüssel das Tagebuch. Er wird nur einmal angezeigt, hier; speichere oder drucke ihn und bewahre ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Go on without one</source>
        <translation>Ohne Schlüssel weiter</translation>
    </message>
    <message>
        <source>Then only the passphrase opens the journal. You can make a key later in Settings.</source>
        <translation>Dann öffnet nur die Passphrase das Tagebuch. Du kannst später in den Einstellungen einen Schlüssel erstellen.</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Shows a new key to save or print.</source>
        <translation>Zeigt einen neuen Schlüssel zum Speichern oder Drucken.</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Ich habe ihn aufbewahrt</translation>
    </message>
    <message>
        <source>Type its last group of four first.</source>
        <translation>Gib zuerst seine letzte Vierergruppe ein.</translation>
    </message>
    <message>
        <source>No recovery key could be made: %1</source>
        <translation>Es konnte kein Wiederherstellungsschlüssel erstellt werden: %1</translation>
    </message>
    <message>
        <source>Private answers, each your own</source>
        <translation>Private Antworten, für jede Person eigene</translation>
    </message>
    <message>
        <source>Some answers are private to the one who writes them. With a key of your own, they open only with your passphrase or PIN — even for someone who knows the journal passphrase. Optional; it can be added later in Settings.</source>
        <translation>Manche Antworten sind nur für die Person bestimmt, die sie schreibt. Mit einem eigenen Schlüssel öffnen sie sich nur mit deiner Passphrase oder PIN – auch für jemanden, der die Passphrase des Tagebuchs kennt. Freiwillig; das lässt sich auch später in den Einstellungen einrichten.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Goes on to the short private check for each person.</source>
        <translation>Weiter zur kurzen privaten Abfrage für jede Person.</translation>
    </message>
</context>
<context>
    <name>tend::ui::QuickEntryCard</name>
    <message>
        <source>Something happened?</source>
        <translation>Ist etwas passiert?</translation>
    </message>
    <message>
        <source>Note it while it&apos;s fresh: step 1 opens at once, just for you.</source>
        <translation>Halte es fest, solange es frisch ist: Schritt 1 öffnet sich sofort, nur für dich.</translation>
    </message>
    <message>
        <source>It&apos;s %1</source>
        <translation>Ich bin %1</translation>
    </message>
    <message>
        <source>Start step 1</source>
        <translation>Schritt 1 starten</translation>
    </message>
    <message>
        <source>Starts step 1 on your own as %1, straight away.</source>
        <translation>Startet Schritt 1 sofort, für dich allein als %1.</translation>
    </message>
    <message>
        <source>Something happened: start step 1 as %1</source>
        <translation>Etwas ist passiert: Schritt 1 als %1 starten</translation>
    </message>
</context>
<context>
    <name>tend::ui::RecordFormatter</name>
    <message>
        <source>&lt;i&gt;(skipped)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(übersprungen)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>agreed to come back %1</source>
        <translation>Rückkehr vereinbart: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing written in this repair yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;In dieser Klärung ist noch nichts geschrieben.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Coming back to this step&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Zurück zu diesem Schritt&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &lt;small&gt;(kept private)&lt;/small&gt;</source>
        <translation> &lt;small&gt;(privat gehalten)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Für mich allein</translation>
    </message>
    <message>
        <source>A repair together</source>
        <translation>Eine gemeinsame Klärung</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>beiseitegelegt</translation>
    </message>
    <message>
        <source>{n} of {max}</source>
        <extracomment>A scale answer: &quot;6 of 10&quot;. Keep {n} and {max}.</extracomment>
        <translation>{n} von {max}</translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation>Nichts angekreuzt</translation>
    </message>
    <message>
        <source>racing</source>
        <translation>unter Strom</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>im Gleichgewicht</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>the full time</source>
        <translation>die ganze Zeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>(said aloud)</source>
        <translation>(laut gesagt)</translation>
    </message>
    <message>
        <source>(noticing in my body) {n}</source>
        <translation>(was ich im Körper spüre) {n}</translation>
    </message>
    <message>
        <source>Yes, that&apos;s it.</source>
        <translation>Ja, genau.</translation>
    </message>
    <message>
        <source>Not quite: {n}</source>
        <translation>Nicht ganz: {n}</translation>
    </message>
    <message>
        <source>A card from an earlier version of the program</source>
        <translation>Eine Karte aus einer früheren Version des Programms</translation>
    </message>
    <message>
        <source>Tend journal</source>
        <translation>Tend-Tagebuch</translation>
    </message>
    <message>
        <source>No repairs yet.</source>
        <translation>Noch keine Klärungen.</translation>
    </message>
    <message>
        <source>1 repair.</source>
        <translation>1 Klärung.</translation>
    </message>
    <message>
        <source>{n} repairs.</source>
        <translation>{n} Klärungen.</translation>
    </message>
    <message>
        <source>As {n} sees it: what someone else kept private is not here.</source>
        <translation>So, wie {n} es sieht: Was jemand anderes für sich behalten hat, steht hier nicht.</translation>
    </message>
    <message>
        <source>Shared answers only: nothing anyone kept private is here.</source>
        <translation>Nur geteilte Antworten: Nichts, was jemand für sich behalten hat, steht hier.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>Eine Vereinbarung</translation>
    </message>
    <message>
        <source>Together, {n}</source>
        <translation>Gemeinsam, {n}</translation>
    </message>
    <message>
        <source>Ended: {n}</source>
        <translation>Beendet: {n}</translation>
    </message>
    <message>
        <source>Paused to ask for: {n}</source>
        <translation>Pausiert – Bitte um: {n}</translation>
    </message>
    <message>
        <source>Coming back:</source>
        <translation>Rückkehr:</translation>
    </message>
    <message>
        <source>Coming back to this step:</source>
        <translation>Zurück zu diesem Schritt:</translation>
    </message>
    <message>
        <source>(kept private)</source>
        <translation>(für sich behalten)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>Noch nicht fertig</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>teilweise eingehalten</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>nicht eingehalten</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>losgelassen</translation>
    </message>
</context>
<context>
    <name>tend::ui::RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation>Als PDF zum Drucken speichern…</translation>
    </message>
    <message>
        <source>Saves a one-page PDF with the key; print it from any PDF viewer.</source>
        <translation>Speichert eine einseitige PDF-Datei mit dem Schlüssel; drucke sie mit einem beliebigen PDF-Programm.</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Als Text speichern…</translation>
    </message>
    <message>
        <source>Saves the key in a small text file only you can read.</source>
        <translation>Speichert den Schlüssel in einer kleinen Textdatei, die nur du lesen kannst.</translation>
    </message>
    <message>
        <source>Keep it away from this computer — on paper in a drawer, or on a USB stick. Anyone holding it can open the shared journal. Tend has no Print button because printing would bring network code into the app; print the PDF instead.</source>
        <translation>Bewahre ihn getrennt von diesem Computer auf – auf Papier in einer Schublade oder auf einem USB-Stick. Wer ihn hat, kann das gemeinsame Tagebuch öffnen. Tend hat keine Drucken-Schaltfläche, weil Drucken Netzwerkcode in die App bringen würde; drucke stattdessen die PDF-Datei.</translation>
    </message>
    <message>
        <source>To check you have it, type its last group of four:</source>
        <translation>Zur Kontrolle gib seine letzte Vierergruppe ein:</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Letzte Gruppe des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>The four characters after the last dash.</source>
        <translation>Die vier Zeichen nach dem letzten Bindestrich.</translation>
    </message>
    <message>
        <source>That matches.</source>
        <translation>Das stimmt überein.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Tend recovery key</source>
        <translation>Tend-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This key opens your Tend journal if the passphrase is forgotten. Keep it somewhere safe, away from the computer. Anyone holding it can open the shared journal (not a partner&apos;s own private answers). Made on %1.</source>
        <translation>Dieser Schlüssel öffnet dein Tend-Tagebuch, falls die Passphrase vergessen wurde. Bewahre ihn an einem sicheren Ort auf, getrennt vom Computer. Wer ihn hat, kann das gemeinsame Tagebuch öffnen (nicht aber die eigenen privaten Antworten einer Person). Erstellt am %1.</translation>
    </message>
    <message>
        <source>tend-recovery-key.pdf</source>
        <translation>tend-wiederherstellungsschluessel.pdf</translation>
    </message>
    <message>
        <source>tend-recovery-key.txt</source>
        <translation>tend-wiederherstellungsschluessel.txt</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Wiederherstellungsschlüssel als PDF speichern</translation>
    </message>
    <message>
        <source>Save the recovery key as text</source>
        <translation>Wiederherstellungsschlüssel als Text speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReflectionsCard</name>
    <message>
        <source>Reflections written alone</source>
        <translation>Allein geschriebene Reflexionen</translation>
    </message>
    <message>
        <source>Bring one into a repair together and go straight to step 5 when you meet.</source>
        <translation>Bringt eine davon in eine gemeinsame Klärung ein und geht direkt zu Schritt 5, wenn ihr euch trefft.</translation>
    </message>
    <message>
        <source>%1&apos;s reflection, %2</source>
        <translation>Reflexion von %1, %2</translation>
    </message>
    <message>
        <source>Bring it in</source>
        <translation>Einbringen</translation>
    </message>
    <message>
        <source>%1 chooses what to share, then you meet at step 5.</source>
        <translation>%1 wählt aus, was geteilt wird, dann trefft ihr euch bei Schritt 5.</translation>
    </message>
    <message>
        <source>Bring %1&apos;s reflection into a repair together</source>
        <translation>Reflexion von %1 in eine gemeinsame Klärung einbringen</translation>
    </message>
</context>
<context>
    <name>tend::ui::RepairAttemptsCard</name>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>Repair attempts</source>
        <translation>Versöhnungsversuche</translation>
    </message>
    <message>
        <source>Who reached back?</source>
        <translation>Wer ist auf den anderen zugegangen?</translation>
    </message>
    <message>
        <source>It was taken</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Note the attempt, taken by the other: “I see you trying — thank you.”</source>
        <translation>Den Versuch festhalten, vom Gegenüber angenommen: „Ich sehe, dass du es versuchst. Danke.“</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <source>Note the attempt; it was missed or not taken this time.</source>
        <translation>Den Versuch festhalten; diesmal wurde er übersehen oder nicht angenommen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take back the attempt just noted.</source>
        <translation>Den eben festgehaltenen Versuch zurücknehmen.</translation>
    </message>
    <message>
        <source>%1 reached back %2, none taken yet</source>
        <translation>%1 ist %2 zugegangen, noch keiner angenommen</translation>
    </message>
    <message>
        <source>%1 reached back %2, taken %3</source>
        <translation>%1 ist %2 zugegangen, angenommen %3</translation>
    </message>
    <message>
        <source>Nothing noted in the last %1 days yet.</source>
        <translation>In den letzten %1 Tagen noch nichts festgehalten.</translation>
    </message>
    <message>
        <source>The last %1 days: %2.</source>
        <translation>Die letzten %1 Tage: %2.</translation>
    </message>
    <message>
        <source>Noted: %1 reached back, and it was taken.</source>
        <translation>Festgehalten: %1 ist zugegangen, und es wurde angenommen.</translation>
    </message>
    <message>
        <source>Noted: %1 reached back.</source>
        <translation>Festgehalten: %1 ist zugegangen.</translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>Zurückgenommen.</translation>
    </message>
    <message>
        <source>A small way back after friction: a joke, a touch, “can we start over?”. Note one when you see it, and whether it was taken. No words are kept: only who, when, and whether.</source>
        <translation>Ein kleiner Schritt zurück nach einer Reibung: ein Witz, eine Berührung, „Fangen wir noch mal an?“. Haltet einen fest, wenn ihr ihn seht, und ob er angenommen wurde. Es werden keine Worte gespeichert: nur wer, wann und ob.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReportDialog</name>
    <message>
        <source>A report for your therapist</source>
        <translation>Ein Bericht für die Therapie</translation>
    </message>
    <message>
        <source>A PDF you can take to a session. Each of you decides whether your own shared answers go into it.</source>
        <translation>Eine PDF-Datei, die sich in eine Sitzung mitnehmen lässt. Jede Person entscheidet selbst, ob ihre eigenen geteilten Antworten hineinkommen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never in it:&lt;/b&gt; anything kept private, and nothing from the safety check.</source>
        <translation>&lt;b&gt;Nie darin:&lt;/b&gt; alles, was privat gehalten wurde, und nichts aus der Sicherheitsabfrage.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Whose answers</source>
        <translation>Wessen Antworten</translation>
    </message>
    <message>
        <source>My answers</source>
        <translation>Meine Antworten</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Wir beide</translation>
    </message>
    <message>
        <source>Only %1&apos;s own answers</source>
        <translation>Nur die eigenen Antworten von %1</translation>
    </message>
    <message>
        <source>What will be in it</source>
        <translation>Was darin stehen wird</translation>
    </message>
    <message>
        <source>Who agrees</source>
        <translation>Wer zustimmt</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Tagebuch ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>%1 agrees</source>
        <translation>%1 stimmt zu</translation>
    </message>
    <message>
        <source>%1&apos;s PIN</source>
        <translation>PIN von %1</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase</source>
        <translation>Passphrase von %1</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, to agree</source>
        <translation>PIN von %1, zur Zustimmung</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase, to agree</source>
        <translation>Passphrase von %1, zur Zustimmung</translation>
    </message>
    <message>
        <source>Their shared answers (%1) and check-ins (%2) go into this report.</source>
        <translation>Die geteilten Antworten (%1) und Einschätzungen (%2) dieser Person kommen in den Bericht.</translation>
    </message>
    <message>
        <source>A cover page: your names, the dates, and the one repair in them (%1).</source>
        <translation>Ein Deckblatt: eure Namen, der Zeitraum und die eine Klärung darin (%1).</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not completed yet</source>
        <translation>noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>A cover page: your names, the dates, and the %1 repairs in them (%2 completed, %3 paused for now).</source>
        <translation>Ein Deckblatt: eure Namen, der Zeitraum und die %1 Klärungen darin (%2 abgeschlossen, %3 vorerst pausiert).</translation>
    </message>
    <message>
        <source>Each repair in order, as you would read it: the shared answers of whoever agrees, their check-ins, and where your agreements stand.</source>
        <translation>Jede Klärung der Reihe nach, so wie ihr sie lesen würdet: die geteilten Antworten aller, die zustimmen, ihre Einschätzungen und wo eure Vereinbarungen stehen.</translation>
    </message>
    <message>
        <source>What you wrote together, the wording of your agreements and the charts, only if both of you agree.</source>
        <translation>Was ihr gemeinsam geschrieben habt, der Wortlaut eurer Vereinbarungen und die Diagramme – nur wenn ihr beide zustimmt.</translation>
    </message>
    <message>
        <source>There are no repairs in these dates.</source>
        <translation>In diesem Zeitraum gibt es keine Klärungen.</translation>
    </message>
    <message>
        <source>Tend report %1 to %2.pdf</source>
        <translation>Tend-Bericht %1 bis %2.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>%1&apos;s %2 did not match, so nothing was written. Try again.</source>
        <translation>Die %2 von %1 stimmte nicht, daher wurde nichts geschrieben. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: keep it somewhere private, and share it only with the person it is for.</source>
        <translation>Gespeichert unter %1. Der Bericht ist nicht verschlüsselt: Bitte an einem privaten Ort aufbewahren und nur an die Person weitergeben, für die er bestimmt ist.</translation>
    </message>
    <message>
        <source>Every repair in the journal</source>
        <translation>Alle Klärungen im Tagebuch</translation>
    </message>
    <message>
        <source>Every repair up to {n}</source>
        <extracomment>{n} is a date.</extracomment>
        <translation>Alle Klärungen bis {n}</translation>
    </message>
    <message>
        <source>From {n} to today</source>
        <extracomment>{n} is a date.</extracomment>
        <translation>Vom {n} bis heute</translation>
    </message>
    <message>
        <source>{n} to {max}</source>
        <extracomment>A span of dates: {n} is the first day, {max} the last.</extracomment>
        <translation>{n} bis {max}</translation>
    </message>
    <message>
        <source>{n}&apos;s own answers</source>
        <extracomment>{n} is a partner&apos;s name.</extracomment>
        <translation>Die Antworten von {n}</translation>
    </message>
    <message>
        <source>For {n}, together</source>
        <extracomment>{n} is the couple&apos;s name (&quot;Sam &amp; Alex&quot;).</extracomment>
        <translation>Für {n}, gemeinsam</translation>
    </message>
    <message>
        <source>{n} did not agree to share their answers, so none of them are here.</source>
        <extracomment>{n} is a partner&apos;s name.</extracomment>
        <translation>{n} hat dem Teilen der eigenen Antworten nicht zugestimmt, deshalb steht keine davon hier.</translation>
    </message>
    <message>
        <source>What the two of you wrote together, the wording of your agreements and the charts are left out: they need both of you to agree.</source>
        <translation>Was ihr gemeinsam geschrieben habt, der Wortlaut eurer Vereinbarungen und die Diagramme fehlen: Dafür müsst ihr beide zustimmen.</translation>
    </message>
    <message>
        <source>Only {n}&apos;s own answers are here; nothing written together.</source>
        <extracomment>{n} is a partner&apos;s name.</extracomment>
        <translation>Hier stehen nur die Antworten von {n}, nichts gemeinsam Geschriebenes.</translation>
    </message>
    <message>
        <source>Nothing anyone kept private is here, and nothing from the safety check ever is.</source>
        <translation>Nichts, was jemand für sich behalten hat, steht hier, und aus der Sicherheitsabfrage nie etwas.</translation>
    </message>
    <message>
        <source>{n} of 10, {max}</source>
        <extracomment>A check-in: {n} is the level, {max} the body&apos;s state (&quot;racing&quot;).</extracomment>
        <translation>{n} von 10, {max}</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>kept</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>partly kept</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>teilweise eingehalten</translation>
    </message>
    <message>
        <source>not kept this time</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>diesmal nicht eingehalten</translation>
    </message>
    <message>
        <source>let go together</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>gemeinsam losgelassen</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReturnScreen</name>
    <message>
        <source>COMING BACK</source>
        <translation>ZURÜCKKOMMEN</translation>
    </message>
    <message>
        <source>Time to come back together</source>
        <translation>Zeit, wieder zusammenzukommen</translation>
    </message>
    <message>
        <source>While Tend was closed, the time you agreed to come back has come. Keeping that promise is part of the repair — and if either of you is not ready yet, agreeing a new time is keeping it too.</source>
        <translation>Während Tend geschlossen war, ist die Zeit gekommen, zu der ihr zurückkommen wolltet. Dieses Versprechen zu halten ist Teil der Klärung – und wenn jemand von euch noch nicht bereit ist, haltet ihr es auch, indem ihr eine neue Zeit vereinbart.</translation>
    </message>
    <message>
        <source>Not now — go to the start screen</source>
        <translation>Nicht jetzt – zur Startseite</translation>
    </message>
    <message>
        <source>Leaves the repair paused; you can continue it from Home.</source>
        <translation>Die Klärung bleibt pausiert; ihr könnt sie auf der Startseite fortsetzen.</translation>
    </message>
    <message>
        <source>Where you agreed to meet: %1</source>
        <translation>Wo ihr euch treffen wolltet: %1</translation>
    </message>
    <message>
        <source>Before you start, take one slow breath together.</source>
        <translation>Bevor ihr anfangt, atmet einmal gemeinsam langsam durch.</translation>
    </message>
    <message>
        <source>Continue the repair</source>
        <translation>Klärung fortsetzen</translation>
    </message>
    <message>
        <source>Opens the repair where you paused it.</source>
        <translation>Öffnet die Klärung dort, wo ihr pausiert habt.</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Zurückkommen</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReturnWatch</name>
    <message>
        <source>Open the repair</source>
        <translation>Klärung öffnen</translation>
    </message>
    <message>
        <source>Continue the repair you agreed to come back to.</source>
        <translation>Die Klärung fortsetzen, zu der ihr zurückkommen wolltet.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hides this notice.</source>
        <translation>Blendet diesen Hinweis aus.</translation>
    </message>
    <message>
        <source>Open Tend</source>
        <translation>Tend öffnen</translation>
    </message>
    <message>
        <source>Quit Tend</source>
        <translation>Tend beenden</translation>
    </message>
    <message>
        <source>Tend is still here</source>
        <translation>Tend ist noch da</translation>
    </message>
    <message>
        <source>It will remind you at the time you agreed to come back. To quit, use the menu of this icon.</source>
        <translation>Tend erinnert euch zu der Zeit, zu der ihr zurückkommen wolltet. Zum Beenden das Menü dieses Symbols verwenden.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SafetyCheckScreen</name>
    <message>
        <source>Private safety check</source>
        <translation>Private Sicherheitsabfrage</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Danke.</translation>
    </message>
    <message>
        <source>Now it&apos;s %1&apos;s turn. Please pass the screen over; these answers are private too, and nobody else will see them.</source>
        <translation>Jetzt ist %1 dran. Bitte gib den Bildschirm weiter; auch diese Antworten sind privat, und niemand sonst sieht sie.</translation>
    </message>
    <message>
        <source>I&apos;m %1 — begin</source>
        <translation>Ich bin %1 – los geht’s</translation>
    </message>
    <message>
        <source>PRIVATE  ·  FOR %1 ONLY</source>
        <translation>PRIVAT  ·  NUR FÜR %1</translation>
    </message>
    <message>
        <source>That&apos;s fine</source>
        <translation>Das ist in Ordnung</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>PRIVATE  ·  %1  ·  QUESTION %2 OF %3</source>
        <translation>PRIVAT  ·  %1  ·  FRAGE %2 VON %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The question before.</source>
        <translation>Die vorige Frage.</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Frage überspringen</translation>
    </message>
    <message>
        <source>Go on without answering. Nothing is recorded for this question.</source>
        <translation>Ohne Antwort weiter. Zu dieser Frage wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Shows or hides this section.</source>
        <translation>Blendet diesen Abschnitt ein oder aus.</translation>
    </message>
    <message>
        <source>Carry on with the questions</source>
        <translation>Mit den Fragen weitermachen</translation>
    </message>
    <message>
        <source>Finish for now</source>
        <translation>Für jetzt beenden</translation>
    </message>
    <message>
        <source>Calming practices</source>
        <translation>Übungen zur Beruhigung</translation>
    </message>
    <message>
        <source>Something small and steadying, whenever you want it.</source>
        <translation>Etwas Kleines, das Halt gibt – wann immer du es möchtest.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Not saved yet — Tend will keep trying.</source>
        <translation>Noch nicht gespeichert – Tend versucht es weiter.</translation>
    </message>
    <message>
        <source>Kept on screen only</source>
        <translation>Nur auf dem Bildschirm</translation>
    </message>
</context>
<context>
    <name>tend::ui::ScaleInput</name>
    <message>
        <source>%1 is %2, %3 is %4. Use the arrow keys to move.</source>
        <translation>%1 steht für %2, %3 für %4. Mit den Pfeiltasten verschieben.</translation>
    </message>
    <message>
        <source>the least</source>
        <translation>am wenigsten</translation>
    </message>
    <message>
        <source>the most</source>
        <translation>am meisten</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::ScheduleCard</name>
    <message>
        <source>When will you come back to this?</source>
        <translation>Wann kommt ihr hierauf zurück?</translation>
    </message>
    <message>
        <source>Time to come back</source>
        <translation>Zeit zum Zurückkommen</translation>
    </message>
    <message>
        <source>At least %1 minutes from now, and within a day.</source>
        <translation>Frühestens in %1 Minuten und innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>Sets the time to come back.</source>
        <translation>Übernimmt diese Zeit zum Zurückkommen.</translation>
    </message>
    <message>
        <source>Where will you meet?</source>
        <translation>Wo trefft ihr euch?</translation>
    </message>
    <message>
        <source>Place to meet</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <source>Somewhere you both feel at ease, such as the kitchen table or a walk outside.</source>
        <translation>Ein Ort, an dem ihr euch beide wohlfühlt, etwa der Küchentisch oder ein Spaziergang draußen.</translation>
    </message>
    <message>
        <source>For example: the kitchen table</source>
        <translation>Zum Beispiel: der Küchentisch</translation>
    </message>
    <message>
        <source>Uses this place.</source>
        <translation>Übernimmt diesen Ort.</translation>
    </message>
    <message>
        <source>Pick a suggestion or set your own time. A break of at least %1 minutes gives the body time to settle.</source>
        <translation>Wählt einen Vorschlag oder legt selbst eine Zeit fest. Eine Pause von mindestens %1 Minuten gibt dem Körper Zeit, zur Ruhe zu kommen.</translation>
    </message>
    <message>
        <source>Good. Tend will remind you at that time. Do something calming until then rather than going over the argument.</source>
        <translation>Gut. Tend erinnert euch zu dieser Zeit. Macht bis dahin etwas Beruhigendes, statt den Streit noch einmal durchzugehen.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SessionController</name>
    <message>
        <source>The repair program could not be loaded, so a repair cannot start.</source>
        <translation>Das Klärungprogramm konnte nicht geladen werden, daher kann keine Klärung beginnen.</translation>
    </message>
    <message>
        <source>The program this repair used is no longer available.</source>
        <translation>Das Programm, mit dem diese Klärung begonnen wurde, ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The saved state of this repair could not be read.</source>
        <translation>Der gespeicherte Stand dieser Klärung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The full repair could not be loaded, so this one goes on.</source>
        <translation>Die ausführliche Klärung konnte nicht geladen werden, deshalb geht diese hier weiter.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SessionListModel</name>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>beiseitegelegt</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Für mich allein</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4 · %5</source>
        <translation>%1
%2 · %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>tend::ui::SessionScreen</name>
    <message>
        <source>Calming practices</source>
        <translation>Übungen zur Beruhigung</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>Repair together</source>
        <translation>Gemeinsame Klärung</translation>
    </message>
    <message>
        <source>Repair on my own</source>
        <translation>Klärung für mich allein</translation>
    </message>
    <message>
        <source>Pause — I feel unsafe</source>
        <translation>Pause – ich fühle mich nicht sicher</translation>
    </message>
    <message>
        <source>Stops the session straight away and offers calming practices and help.</source>
        <translation>Unterbricht die Sitzung sofort und bietet Übungen zur Beruhigung und Hilfe an.</translation>
    </message>
    <message>
        <source>Stop this repair for now? Everything is kept.</source>
        <translation>Diese Klärung vorerst anhalten? Alles bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Vorerst anhalten</translation>
    </message>
    <message>
        <source>Why this step?</source>
        <translation>Warum dieser Schritt?</translation>
    </message>
    <message>
        <source>Shows why this step matters.</source>
        <translation>Zeigt, warum dieser Schritt wichtig ist.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The card before (Alt+Left). Your answers are kept.</source>
        <translation>Die vorige Karte (Alt+Left). Die Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the next card (Ctrl+Enter). You can skip a card by going on without answering.</source>
        <translation>Weiter zur nächsten Karte (Ctrl+Enter). Eine Karte lässt sich überspringen, indem man ohne Antwort weitergeht.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Who is writing now?</source>
        <translation>Wer schreibt gerade?</translation>
    </message>
    <message>
        <source>%1 is writing</source>
        <translation>%1 schreibt</translation>
    </message>
    <message>
        <source>Switch the screen to %1 (Alt+%2).</source>
        <translation>Bildschirm auf %1 umstellen (Alt+%2).</translation>
    </message>
    <message>
        <source>together</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>each on your own</source>
        <translation>jede Person für sich</translation>
    </message>
    <message>
        <source>opens when you have both finished step %1</source>
        <translation>öffnet sich, wenn ihr beide Schritt %1 abgeschlossen habt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No repair is open</source>
        <translation>Keine Klärung geöffnet</translation>
    </message>
    <message>
        <source>STEP %1 OF %2</source>
        <translation>SCHRITT %1 VON %2</translation>
    </message>
    <message>
        <source>TOGETHER</source>
        <translation>GEMEINSAM</translation>
    </message>
    <message>
        <source>%1&apos;S OWN WORK</source>
        <translation>%1 FÜR SICH</translation>
    </message>
    <message>
        <source>ROUND %1</source>
        <translation>RUNDE %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Not kept: the journal is not open, so this stays on screen only.</source>
        <translation>Nicht gespeichert: Das Tagebuch ist nicht geöffnet, daher bleibt dies nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Pause and come back</source>
        <translation>Pausieren und zurückkommen</translation>
    </message>
    <message>
        <source>Pause now with a time to come back, within a day.</source>
        <translation>Jetzt pausieren und eine Zeit zum Zurückkommen festlegen, innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>Carry on for now</source>
        <translation>Erst mal weitermachen</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>WAITING FOR EACH OTHER</source>
        <translation>AUFEINANDER WARTEN</translation>
    </message>
    <message>
        <source>%1, you have finished your own steps</source>
        <translation>%1, du hast deine eigenen Schritte abgeschlossen</translation>
    </message>
    <message>
        <source>The next step is done together. It opens when %1 has finished the steps before it too — now or another time.</source>
        <translation>Den nächsten Schritt macht ihr gemeinsam. Er öffnet sich, wenn auch %1 die Schritte davor abgeschlossen hat – jetzt oder ein andermal.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>You have reached the end</source>
        <translation>Am Ende angekommen</translation>
    </message>
    <message>
        <source>Thank you for staying with it.</source>
        <translation>Danke fürs Dranbleiben.</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Paused — everything is kept</source>
        <translation>Pausiert – alles bleibt erhalten</translation>
    </message>
    <message>
        <source>You agreed to come back on %1.</source>
        <translation>Ihr habt vereinbart, am %1 zurückzukommen.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Come back whenever you are both ready.</source>
        <translation>Kommt zurück, wann immer ihr beide bereit seid.</translation>
    </message>
    <message>
        <source>Until then, do something calming rather than going over what happened.</source>
        <translation>Macht bis dahin etwas Beruhigendes, statt das Geschehene noch einmal durchzugehen.</translation>
    </message>
    <message>
        <source>Continue now</source>
        <translation>Jetzt fortsetzen</translation>
    </message>
    <message>
        <source>Carry on where you paused.</source>
        <translation>Dort weitermachen, wo ihr pausiert habt.</translation>
    </message>
    <message>
        <source>Taking a pause</source>
        <translation>Eine Pause einlegen</translation>
    </message>
    <message>
        <source>COMPLETE</source>
        <translation>ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>Practice complete</source>
        <translation>Übung abgeschlossen</translation>
    </message>
    <message>
        <source>Thank you for taking this time. What you wrote is kept in your journal.</source>
        <translation>Danke für diese Zeit. Alles Geschriebene ist im Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>You came through all five steps</source>
        <translation>Alle fünf Schritte geschafft</translation>
    </message>
    <message>
        <source>Thank you for staying with each other through this. Repair is a skill, and you just practised it.</source>
        <translation>Danke, dass ihr dabei beieinander geblieben seid. Reparieren ist eine Fähigkeit – und ihr habt sie gerade geübt.</translation>
    </message>
    <message>
        <source>What you agreed to try</source>
        <translation>Was ihr ausprobieren wollt</translation>
    </message>
    <message>
        <source>Read it in the journal</source>
        <translation>Im Tagebuch lesen</translation>
    </message>
    <message>
        <source>ON YOUR OWN</source>
        <translation>FÜR DICH</translation>
    </message>
    <message>
        <source>For now, Tend offers calming practices here in place of the repair steps. That can change when the private check is taken again, from Settings.</source>
        <translation>Vorerst bietet Tend hier Übungen zur Beruhigung statt der Klärungschritte an. Das kann sich ändern, wenn die private Abfrage erneut gemacht wird – in den Einstellungen.</translation>
    </message>
    <message>
        <source>Something small and steadying, whenever you want it. “Get help now” is always at the top of the window.</source>
        <translation>Etwas Kleines, das Halt gibt – wann immer du es möchtest. „Jetzt Hilfe holen“ ist immer oben im Fenster.</translation>
    </message>
    <message>
        <source>Help and phone numbers</source>
        <translation>Hilfe und Telefonnummern</translation>
    </message>
    <message>
        <source>Emergency numbers and helplines for your country.</source>
        <translation>Notrufnummern und Hilfetelefone für dein Land.</translation>
    </message>
    <message>
        <source>BEFORE YOU BEGIN  ·  TOGETHER</source>
        <translation>BEVOR IHR BEGINNT  ·  GEMEINSAM</translation>
    </message>
    <message>
        <source>Did we keep this?</source>
        <translation>Haben wir das eingehalten?</translation>
    </message>
    <message>
        <source>ON YOUR OWN  ·  STEPS 1–4 DONE</source>
        <translation>FÜR DICH  ·  SCHRITTE 1–4 ERLEDIGT</translation>
    </message>
    <message>
        <source>Your reflection is kept</source>
        <translation>Deine Reflexion ist gespeichert</translation>
    </message>
    <message>
        <source>Well done for taking this time. Everything you wrote is in the journal, and private answers stay yours.</source>
        <translation>Schön, dass du dir diese Zeit genommen hast. Alles, was du geschrieben hast, steht im Tagebuch, und private Antworten bleiben deine.</translation>
    </message>
    <message>
        <source>Step 5 happens together. When you both feel ready to meet, bring this reflection into a repair together — you choose what to share.</source>
        <translation>Schritt 5 macht ihr gemeinsam. Wenn ihr euch beide bereit fühlt, euch zu treffen, bring diese Reflexion in eine gemeinsame Klärung ein – du entscheidest, was du teilst.</translation>
    </message>
    <message>
        <source>Bring it into a repair together</source>
        <translation>In eine gemeinsame Klärung einbringen</translation>
    </message>
    <message>
        <source>Choose what to share, then your partner does their own steps and you meet at step 5.</source>
        <translation>Wähle aus, was du teilst; dann macht dein Gegenüber die eigenen Schritte, und ihr trefft euch bei Schritt 5.</translation>
    </message>
    <message>
        <source>You can read it back in the journal, on your own or with your therapist.</source>
        <translation>Du kannst sie im Tagebuch nachlesen, für dich allein oder in der Therapie.</translation>
    </message>
    <message>
        <source>Already agreed in the round before — these are kept</source>
        <translation>Schon in der vorigen Runde vereinbart – das bleibt bestehen</translation>
    </message>
    <message>
        <source>Add anything new below; you can let one go later from your commitments.</source>
        <translation>Ergänzt unten, was neu ist; einzelne Punkte könnt ihr später bei euren Zusagen wieder loslassen.</translation>
    </message>
    <message>
        <source>What you each wrote on your own</source>
        <translation>Was ihr jeweils für euch geschrieben habt</translation>
    </message>
    <message>
        <source>Neither of you wrote down needs or requests on your own, or you kept them to yourselves. You can say them to each other now.</source>
        <translation>Niemand von euch hat für sich Bedürfnisse oder Bitten aufgeschrieben, oder ihr habt sie für euch behalten. Ihr könnt sie euch jetzt gegenseitig sagen.</translation>
    </message>
    <message>
        <source>You are back at the start of this step because one of you said “not yet”. That is the repair doing its work, not a failure.</source>
        <translation>Ihr seid wieder am Anfang dieses Schritts, weil jemand von euch „noch nicht“ gesagt hat. Das ist kein Scheitern – so wirkt die Klärung.</translation>
    </message>
    <message>
        <source>You are starting this step again after your pause.</source>
        <translation>Nach eurer Pause beginnt ihr diesen Schritt noch einmal.</translation>
    </message>
    <message>
        <source>This time, begin with what still feels unsettled. Your intention and agreements from the round before are filled in — change them if you like.</source>
        <translation>Beginnt diesmal mit dem, was sich noch unruhig anfühlt. Eure Absicht und Vereinbarungen aus der vorigen Runde sind schon eingetragen – ändert sie, wenn ihr möchtet.</translation>
    </message>
    <message>
        <source>Now in the full repair. What you have written so far is carried over, ready to change.</source>
        <translation>Ihr seid jetzt in der ausführlichen Klärung. Was ihr bisher geschrieben habt, ist mitgenommen und kann geändert werden.</translation>
    </message>
    <message>
        <source>You chose</source>
        <translation>Ihr habt gewählt</translation>
    </message>
    <message>
        <source>When the same place keeps bringing you back</source>
        <translation>Wenn euch dieselbe Stelle immer wieder zurückholt</translation>
    </message>
    <message>
        <source>Going round more than once is common, and you are still here, trying. If this keeps happening, in this repair or from one repair to the next, a couples therapist can help you both see what keeps pulling you back, with someone beside you who is on neither side.</source>
        <translation>Mehr als eine Runde zu drehen ist häufig, und ihr seid noch hier und versucht es. Wenn das immer wieder passiert, in dieser Klärung oder von einer zur nächsten, kann eine Paartherapeutin oder ein Paartherapeut euch helfen zu sehen, was euch immer wieder zurückzieht – mit jemandem an eurer Seite, der auf keiner Seite steht.</translation>
    </message>
    <message>
        <source>To find one: your doctor can often refer you; professional bodies for counselling and psychotherapy in your country keep registers you can search for couples work; and many counselling services offer couples sessions. You can bring what you wrote here, if you both want to.</source>
        <translation>So findet ihr jemanden: Oft kann eure Hausärztin oder euer Hausarzt überweisen; die Berufsverbände für Beratung und Psychotherapie in eurem Land führen Verzeichnisse, in denen ihr nach Paartherapie suchen könnt; und viele Beratungsstellen bieten Paargespräche an. Ihr könnt mitbringen, was ihr hier geschrieben habt, wenn ihr beide das wollt.</translation>
    </message>
    <message>
        <source>Another day, when things are calm: “%1”, a short practice together in noticing the small ways you each reach back, and taking them.</source>
        <translation>An einem ruhigen Tag: „%1“, eine kurze gemeinsame Übung: die kleinen Schritte bemerken, mit denen ihr aufeinander zugeht, und sie annehmen.</translation>
    </message>
    <message>
        <source>Practise it now</source>
        <translation>Jetzt üben</translation>
    </message>
    <message>
        <source>What you each wrote in an earlier repair</source>
        <translation>Was ihr beide in einer früheren Klärung geschrieben habt</translation>
    </message>
    <message>
        <source>What you wrote in an earlier repair</source>
        <translation>Was du in einer früheren Klärung geschrieben hast</translation>
    </message>
    <message>
        <source>An old hurt, again</source>
        <translation>Wieder eine alte Verletzung</translation>
    </message>
    <message>
        <source>You have marked an old hurt in an earlier repair too. Pain that keeps coming back often needs more room than one evening can give. A couples therapist, or a therapist of your own, can help you look at where it comes from, with someone beside you who is on neither side.</source>
        <translation>Du hast auch in einer früheren Klärung eine alte Verletzung angekreuzt. Schmerz, der immer wiederkommt, braucht oft mehr Raum, als ein Abend bieten kann. Eine Paartherapie oder eine eigene Therapie kann dir helfen, hinzuschauen, woher er kommt – mit jemandem an deiner Seite, der auf keiner Seite steht.</translation>
    </message>
</context>
<context>
    <name>tend::ui::Settings</name>
    <message>
        <source>Your preferences could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The names Tend uses on screen, and an optional colour for each.</source>
        <translation>Die Namen, die Tend anzeigt, und auf Wunsch eine Farbe für jede Person.</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Erste Person</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Zweite Person</translation>
    </message>
    <message>
        <source>Save names and colours</source>
        <translation>Namen und Farben speichern</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Am größten</translation>
    </message>
    <message>
        <source>Text size, starting from your system&apos;s size</source>
        <translation>Textgröße, ausgehend von der Größe in deinem System</translation>
    </message>
    <message>
        <source>Reduce motion (no fading between pages)</source>
        <translation>Bewegung reduzieren (kein Überblenden zwischen Seiten)</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Turns off gentle animations such as fading between pages.</source>
        <translation>Schaltet sanfte Animationen wie das Überblenden zwischen Seiten aus.</translation>
    </message>
    <message>
        <source>Play a soft sound when a timer or a breathing practice ends</source>
        <translation>Einen leisen Ton abspielen, wenn ein Timer oder eine Atemübung endet</translation>
    </message>
    <message>
        <source>Sound at the end of a timer</source>
        <translation>Ton am Ende eines Timers</translation>
    </message>
    <message>
        <source>The desktop&apos;s own event sound; if your desktop has event sounds turned off, Tend stays quiet too. The card always shows when the time is up.</source>
        <translation>Der Ereignisklang deines Desktops; sind dort Ereignisklänge ausgeschaltet, bleibt auch Tend still. Die Karte zeigt immer an, wenn die Zeit um ist.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Show the gentle writing coach while I write</source>
        <translation>Die behutsame Schreibhilfe beim Schreiben zeigen</translation>
    </message>
    <message>
        <source>Writing coach</source>
        <translation>Schreibhilfe</translation>
    </message>
    <message>
        <source>A quiet note beside what you write, about how it might land. It runs on this computer only.</source>
        <translation>Ein leiser Hinweis neben dem, was du schreibst, dazu, wie es ankommen könnte. Läuft nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Help and safety</source>
        <translation>Hilfe und Sicherheit</translation>
    </message>
    <message>
        <source>The country decides which emergency number and helplines the help page shows.</source>
        <translation>Nach dem Land richtet sich, welche Notrufnummer und welche Hilfetelefone die Hilfeseite zeigt.</translation>
    </message>
    <message>
        <source>The private safety check can be taken again at any time. Answers stay with the person who gives them.</source>
        <translation>Die private Sicherheitsabfrage lässt sich jederzeit erneut machen. Die Antworten bleiben bei der Person, die sie gibt.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Everything Tend keeps is in this folder, on this computer only.</source>
        <translation>Alles, was Tend speichert, liegt in diesem Ordner – nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Zeigt den Datenordner im Dateimanager.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Tend makes a checked copy of your journal once a day when you open it, and keeps the last ten.</source>
        <translation>Tend legt einmal täglich beim Öffnen eine geprüfte Kopie des Tagebuchs an und behält die letzten zehn.</translation>
    </message>
    <message>
        <source>Verified copies of the journal, newest first.</source>
        <translation>Geprüfte Kopien des Tagebuchs, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Makes and checks a copy of the journal now.</source>
        <translation>Legt jetzt eine Kopie des Tagebuchs an und prüft sie.</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Ausgewählte Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Puts the chosen copy in place. The current journal is set aside, never deleted.</source>
        <translation>Setzt die gewählte Kopie ein. Das aktuelle Tagebuch wird beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>Sicherung erstellt und geprüft.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>About Tend</source>
        <translation>Über Tend</translation>
    </message>
    <message>
        <source>Version %1. Tend is self-help practice, not therapy. It sends nothing anywhere: no accounts, no tracking, no network.</source>
        <translation>Version %1. Tend ist Selbsthilfe zum Üben, keine Therapie. Es sendet nichts irgendwohin: keine Konten, keine Nachverfolgung, kein Netzwerk.</translation>
    </message>
    <message>
        <source>Take the private check again (%1)</source>
        <translation>Private Abfrage erneut machen (%1)</translation>
    </message>
    <message>
        <source>A few private questions, for %1 only.</source>
        <translation>Ein paar private Fragen, nur für %1.</translation>
    </message>
    <message>
        <source>Demo mode: nothing is written to disk.</source>
        <translation>Demo-Modus: Es wird nichts auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 KB</source>
        <translation>%1 · %2 · %3 KB</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation>Die Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Anything written after it will no longer show. The current journal is kept beside it, not deleted.</source>
        <translation>Alles, was danach geschrieben wurde, wird nicht mehr angezeigt. Das aktuelle Tagebuch bleibt daneben erhalten und wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep things as they are</source>
        <translation>Alles so lassen</translation>
    </message>
    <message>
        <source>Restored. The journal you had before was kept as %1.</source>
        <translation>Wiederhergestellt. Das bisherige Tagebuch wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>tend::ui::StepRail</name>
    <message>
        <source>Steps of this repair</source>
        <translation>Schritte dieser Klärung</translation>
    </message>
    <message>
        <source>FIVE STEPS</source>
        <translation>FÜNF SCHRITTE</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>du bist hier</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>SCHRITTE</translation>
    </message>
</context>
<context>
    <name>tend::ui::Theme</name>
    <message>
        <source>Sage</source>
        <translation>Salbei</translation>
    </message>
    <message>
        <source>Clay</source>
        <translation>Terrakotta</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Himmel</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Pflaume</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Sand</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
</context>
<context>
    <name>tend::ui::TimerCard</name>
    <message>
        <source>remaining</source>
        <translation>verbleibend</translation>
    </message>
</context>
<context>
    <name>tend::ui::TurnsCard</name>
    <message>
        <source>Either of you can pause at any moment: Pause at the top, or Ctrl+P. Nothing is lost.</source>
        <translation>Ihr könnt beide jederzeit pausieren: oben mit „Pause“ oder mit Ctrl+P. Nichts geht verloren.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Each of you takes a turn as the speaker before moving on. Still to be heard: %1.</source>
        <translation>Bevor es weitergeht, spricht jede Person einmal. Noch an der Reihe: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1: heard</source>
        <translation>%1: gehört</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: noch nicht</translation>
    </message>
    <message>
        <source>Round %1  ·  %2 speaks, %3 listens</source>
        <translation>Runde %1  ·  %2 spricht, %3 hört zu</translation>
    </message>
    <message>
        <source>Who would like to speak first?</source>
        <translation>Wer möchte zuerst sprechen?</translation>
    </message>
    <message>
        <source>The speaker shares; the listener only listens, then reflects back. You will swap after.</source>
        <translation>Wer spricht, erzählt; wer zuhört, hört nur zu und gibt dann wieder, was angekommen ist. Danach tauscht ihr.</translation>
    </message>
    <message>
        <source>Take a breath together. Now you swap roles.</source>
        <translation>Atmet gemeinsam durch. Jetzt tauscht ihr die Rollen.</translation>
    </message>
    <message>
        <source>%1 speaks first</source>
        <translation>%1 spricht zuerst</translation>
    </message>
    <message>
        <source>%1 speaks now</source>
        <translation>Jetzt spricht %1</translation>
    </message>
    <message>
        <source>%1, share it again with what you added.</source>
        <translation>%1, erzähl es noch einmal, mit dem, was du ergänzt hast.</translation>
    </message>
    <message>
        <source>%1, share what you would like %2 to hear.</source>
        <translation>%1, erzähl, was %2 von dir hören soll.</translation>
    </message>
    <message>
        <source>What you share (writing it down is optional)</source>
        <translation>Was du erzählst (aufschreiben ist freiwillig)</translation>
    </message>
    <message>
        <source>Speak from your own experience: what you felt, and feel now in your body…</source>
        <translation>Sprich aus deinem eigenen Erleben: was du gefühlt hast und was du jetzt im Körper spürst…</translation>
    </message>
    <message>
        <source>Done — %1 reflects back</source>
        <translation>Fertig – %1 gibt wieder</translation>
    </message>
    <message>
        <source>%1, say back what you heard, in your own words.</source>
        <translation>%1, sag in deinen eigenen Worten, was du gehört hast.</translation>
    </message>
    <message>
        <source>What %1 wrote down</source>
        <translation>Was %1 aufgeschrieben hat</translation>
    </message>
    <message>
        <source>What I heard you say</source>
        <translation>Was ich von dir gehört habe</translation>
    </message>
    <message>
        <source>What I heard is…</source>
        <translation>Ich habe gehört…</translation>
    </message>
    <message>
        <source>What I noticed in my body while listening</source>
        <translation>Was ich beim Zuhören in meinem Körper bemerkt habe</translation>
    </message>
    <message>
        <source>While you spoke, I noticed…</source>
        <translation>Während du gesprochen hast, habe ich bemerkt…</translation>
    </message>
    <message>
        <source>Ask %1: “%2”</source>
        <translation>%1 fragen: „%2“</translation>
    </message>
    <message>
        <source>Did I hear you right?</source>
        <translation>Habe ich dich richtig verstanden?</translation>
    </message>
    <message>
        <source>What %1 heard</source>
        <translation>Was %1 gehört hat</translation>
    </message>
    <message>
        <source>What %1 noticed in their body</source>
        <translation>Was %1 im eigenen Körper bemerkt hat</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 fragt:</translation>
    </message>
    <message>
        <source>%1, was that it?</source>
        <translation>%1, trifft es das?</translation>
    </message>
    <message>
        <source>Yes, that&apos;s it</source>
        <translation>Ja, genau</translation>
    </message>
    <message>
        <source>Not quite — I&apos;d like to add something</source>
        <translation>Nicht ganz – ich möchte etwas ergänzen</translation>
    </message>
    <message>
        <source>%1, what would you add or put differently?</source>
        <translation>%1, was möchtest du ergänzen oder anders sagen?</translation>
    </message>
    <message>
        <source>What I&apos;d add</source>
        <translation>Was ich ergänzen möchte</translation>
    </message>
    <message>
        <source>What I meant was… / What I&apos;d add is…</source>
        <translation>Ich meinte… / Ich möchte ergänzen…</translation>
    </message>
    <message>
        <source>Start another round</source>
        <translation>Noch eine Runde beginnen</translation>
    </message>
    <message>
        <source>You have both been heard.</source>
        <translation>Ihr seid beide gehört worden.</translation>
    </message>
    <message>
        <source>Thank you for listening to each other. Press Next when you are ready to go on.</source>
        <translation>Danke, dass ihr einander zugehört habt. Drückt auf „Weiter“, wenn ihr bereit seid.</translation>
    </message>
    <message numerus="yes">
        <source>Time each turn: %n minute for each of you</source>
        <translation>
            <numerusform>Redezeit messen: %n Minute für jede und jeden</numerusform>
            <numerusform>Redezeit messen: %n Minuten für jede und jeden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time each turn: %n minutes for each of you</source>
        <translation>
            <numerusform>Redezeit messen: %n Minute für jede und jeden</numerusform>
            <numerusform>Redezeit messen: %n Minuten für jede und jeden</numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet clock for the speaker&apos;s turn. It says when a turn runs long; it never stops anyone.</source>
        <translation>Eine leise Uhr für die Redezeit. Sie sagt, wenn ein Beitrag lang wird, und unterbricht nie.</translation>
    </message>
    <message>
        <source>What makes sense to me is…</source>
        <translation>Nachvollziehen kann ich …</translation>
    </message>
    <message>
        <source>What makes sense to %1</source>
        <translation>Was %1 nachvollziehen kann</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Speaking time: %1</source>
        <translation>Redezeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minute</source>
        <translation>
            <numerusform>%1 von %n Minute</numerusform>
            <numerusform>%1 von %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minutes</source>
        <translation>
            <numerusform>%1 von %n Minute</numerusform>
            <numerusform>%1 von %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This turn has run past %n minute (%1). When you are ready, let the other one reflect back; there is the same time for them.</source>
        <translation>
            <numerusform>Diese Redezeit ist schon über %n Minute (%1). Wenn du so weit bist, lass dein Gegenüber zurückspiegeln; es hat dieselbe Zeit.</numerusform>
            <numerusform>Diese Redezeit ist schon über %n Minuten (%1). Wenn du so weit bist, lass dein Gegenüber zurückspiegeln; es hat dieselbe Zeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This turn has run past %n minutes (%1). When you are ready, let the other one reflect back; there is the same time for them.</source>
        <translation>
            <numerusform>Diese Redezeit ist schon über %n Minute (%1). Wenn du so weit bist, lass dein Gegenüber zurückspiegeln; es hat dieselbe Zeit.</numerusform>
            <numerusform>Diese Redezeit ist schon über %n Minuten (%1). Wenn du so weit bist, lass dein Gegenüber zurückspiegeln; es hat dieselbe Zeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ui::UserProgramsSection</name>
    <message>
        <source>Your own programs</source>
        <translation>Eigene Programme</translation>
    </message>
    <message>
        <source>Therapists can add programs of their own: put the program&apos;s JSON file in this folder, then reload. A file with problems is listed with what to fix and is not loaded.</source>
        <translation>Therapeutinnen und Therapeuten können eigene Programme hinzufügen: die JSON-Datei des Programms in diesen Ordner legen und dann neu laden. Eine fehlerhafte Datei wird mit dem, was zu korrigieren ist, aufgelistet und nicht geladen.</translation>
    </message>
    <message>
        <source>Reload programs</source>
        <translation>Programme neu laden</translation>
    </message>
    <message>
        <source>Reads the program files in the folder again and checks each one.</source>
        <translation>Liest die Programmdateien im Ordner neu ein und prüft jede einzelne.</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is ready.</source>
        <translation>%1 (%2, %3) ist bereit.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Starts a new repair with %1.</source>
        <translation>Startet eine neue Klärung mit %1.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Not available right now. Each person takes the private check first, from Home.</source>
        <translation>Gerade nicht verfügbar. Zuerst macht jede Person die private Abfrage, auf der Startseite.</translation>
    </message>
    <message>
        <source>%1 was not loaded:</source>
        <translation>%1 wurde nicht geladen:</translation>
    </message>
    <message>
        <source>The folder does not exist yet; create it to add programs.</source>
        <translation>Den Ordner gibt es noch nicht; lege ihn an, um Programme hinzuzufügen.</translation>
    </message>
    <message>
        <source>No program files in the folder.</source>
        <translation>Keine Programmdateien im Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n program loaded</source>
        <translation>
            <numerusform>%n Programm geladen</numerusform>
            <numerusform>%n Programme geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programs loaded</source>
        <translation>
            <numerusform>%n Programm geladen</numerusform>
            <numerusform>%n Programme geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file with problems</source>
        <translation>
            <numerusform>%n Datei mit Problemen</numerusform>
            <numerusform>%n Dateien mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files with problems</source>
        <translation>
            <numerusform>%n Datei mit Problemen</numerusform>
            <numerusform>%n Dateien mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
</context>
<context>
    <name>tend::ui::WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Welcome to Tend</source>
        <translation>Willkommen bei Tend</translation>
    </message>
    <message>
        <source>After a hurtful moment, Tend walks you back to each other, one calm step at a time.</source>
        <translation>Nach einem verletzenden Moment begleitet Tend euch zurück zueinander – einen ruhigen Schritt nach dem anderen.</translation>
    </message>
    <message>
        <source>Self-help practice, not therapy</source>
        <translation>Selbsthilfe zum Üben, keine Therapie</translation>
    </message>
    <message>
        <source>It can&apos;t diagnose and doesn&apos;t watch for emergencies. “Get help now” is always at the top.</source>
        <translation>Tend kann nichts diagnostizieren und überwacht nicht, ob ein Notfall vorliegt. „Jetzt Hilfe holen“ ist immer oben.</translation>
    </message>
    <message>
        <source>Everything stays on this computer</source>
        <translation>Alles bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>No account, no cloud, nothing sent anywhere.</source>
        <translation>Kein Konto, keine Cloud, nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Go at your own pace</source>
        <translation>Im eigenen Tempo</translation>
    </message>
    <message>
        <source>Pause, skip or stop at any step.</source>
        <translation>Bei jedem Schritt pausieren, überspringen oder aufhören.</translation>
    </message>
    <message>
        <source>Let&apos;s set up</source>
        <translation>Jetzt einrichten</translation>
    </message>
    <message>
        <source>Choose who uses Tend and your country. Takes a minute.</source>
        <translation>Wähle, wer Tend nutzt, und dein Land. Dauert eine Minute.</translation>
    </message>
    <message>
        <source>Who will use Tend?</source>
        <translation>Wer wird Tend nutzen?</translation>
    </message>
    <message>
        <source>The two of us</source>
        <translation>Wir zwei</translation>
    </message>
    <message>
        <source>A couple working through things, at one screen or at different times.</source>
        <translation>Ein Paar, das gemeinsam etwas klären will – am selben Bildschirm oder zu verschiedenen Zeiten.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Journaling on my own, for example between therapy sessions.</source>
        <translation>Für mich allein Tagebuch schreiben, zum Beispiel zwischen Therapiesitzungen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation>Name deines Partners oder deiner Partnerin</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Wo lebst du?</translation>
    </message>
    <message>
        <source>Only used to show the right emergency number and helplines. You can change it in Settings.</source>
        <translation>Wird nur verwendet, um die passende Notrufnummer und die richtigen Hilfetelefone anzuzeigen. Du kannst es in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Saves these details and goes on to a short private check for each person.</source>
        <translation>Speichert diese Angaben und geht weiter zu einer kurzen privaten Abfrage für jede Person.</translation>
    </message>
    <message>
        <source>Add both names to go on.</source>
        <translation>Gib beide Namen ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Add your name to go on.</source>
        <translation>Gib deinen Namen ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Add your partner&apos;s name to go on.</source>
        <translation>Gib den Namen deines Partners oder deiner Partnerin ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Use two different names so Tend can tell you apart.</source>
        <translation>Verwende zwei verschiedene Namen, damit Tend euch auseinanderhalten kann.</translation>
    </message>
    <message>
        <source>You can go on without a country; the help page will then show the general advice and the international directory.</source>
        <translation>Du kannst auch ohne Land weitermachen; die Hilfeseite zeigt dann allgemeine Hinweise und das internationale Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::BreathingOrb</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>A soft circle that grows and brightens as you breathe in and shrinks and dims as you breathe out.</source>
        <translation>Ein weicher Kreis, der beim Einatmen größer und heller und beim Ausatmen kleiner und dunkler wird.</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::BreathingPacer</name>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation>1 Atemzug</translation>
    </message>
    <message>
        <source>%1 breaths</source>
        <translation>%1 Atemzüge</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Mit dem Atmen beginnen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause breathing</source>
        <translation>Atemübung pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume breathing</source>
        <translation>Atemübung fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>Start breathing again</source>
        <translation>Atemübung noch einmal beginnen</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Atemphase</translation>
    </message>
    <message>
        <source>Seconds left in this phase</source>
        <translation>Verbleibende Sekunden in dieser Phase</translation>
    </message>
    <message>
        <source>Breaths and time left</source>
        <translation>Atemzüge und verbleibende Zeit</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Länge in Minuten</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <translation>Bewegung &amp;reduzieren</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Keep the circle still and follow a slow change of brightness instead.</source>
        <translation>Der Kreis bleibt ruhig; folge stattdessen einem langsamen Wechsel der Helligkeit.</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>End the breathing practice</source>
        <translation>Atemübung beenden</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Breath %1 of %2 · %3 left</source>
        <translation>Atemzug %1 von %2 · noch %3</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::FillRing</name>
    <message>
        <source>Time ring</source>
        <translation>Zeitring</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::HugTimer</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Timer pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Timer fortsetzen</translation>
    </message>
    <message>
        <source>Once &amp;more</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>Run the timer once more</source>
        <translation>Timer noch einmal laufen lassen</translation>
    </message>
    <message>
        <source>Re-bonding timer</source>
        <translation>Timer für die Wiederannäherung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Länge in Sekunden</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Von &amp;vorn</translation>
    </message>
    <message>
        <source>Start the timer over</source>
        <translation>Timer von vorn starten</translation>
    </message>
    <message>
        <source>Touch is optional</source>
        <translation>Berührung ist freiwillig</translation>
    </message>
    <message>
        <source>Other ways to reconnect</source>
        <translation>Andere Wege, wieder in Verbindung zu kommen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::LiftPractice</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the practice</source>
        <translation>Übung pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the practice</source>
        <translation>Übung fortsetzen</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>Start the practice again</source>
        <translation>Übung noch einmal beginnen</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>Angeleitete Übung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Schrittnummer</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Time in this step</source>
        <translation>Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Pre&amp;vious step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Previous step of the practice</source>
        <translation>Vorheriger Schritt der Übung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>About 1 minute</source>
        <translation>Etwa 1 Minute</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Etwa %1 Minuten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Practice step %1 of %2</source>
        <translation>Übungsschritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Finish practice</source>
        <translation>Übung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>Finish the practice</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Next step of the practice</source>
        <translation>Nächster Schritt der Übung</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::ReminderService</name>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>HH:mm, dddd d MMMM</source>
        <extracomment>A QLocale pattern for a time, then its day (&quot;18:30, Monday 7 December&quot;).</extracomment>
        <translation>HH:mm, dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>tend::ui::report::PdfReport</name>
    <message>
        <source>Our repairs with Tend</source>
        <translation>Unsere Klärungen mit Tend</translation>
    </message>
    <message>
        <source>1 repair</source>
        <translation>1 Klärung</translation>
    </message>
    <message>
        <source>%1 repairs</source>
        <translation>%1 Klärungen</translation>
    </message>
    <message>
        <source>%1 completed, %2 paused for now</source>
        <translation>%1 abgeschlossen, %2 vorerst pausiert</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>With the agreement of %1, whose shared answers are in it.</source>
        <translation>Enthalten sind die geteilten Antworten von %1, mit Zustimmung.</translation>
    </message>
    <message>
        <source>What is not in it</source>
        <translation>Was nicht darin steht</translation>
    </message>
    <message>
        <source>Made on %1 with Tend, a self-help guide for repairing after a rupture. It is practice between two people, not therapy, and it keeps no diagnosis. Please keep this report private.</source>
        <translation>Erstellt am %1 mit Tend, einer Selbsthilfe-Anleitung zur Klärung nach einem Riss. Es ist Übung zwischen zwei Menschen, keine Therapie, und es enthält keine Diagnose. Bitte diesen Bericht vertraulich behandeln.</translation>
    </message>
    <message>
        <source>How the repairs have gone</source>
        <translation>Wie die Klärungen verlaufen sind</translation>
    </message>
    <message>
        <source>Repairs by month</source>
        <translation>Klärungen nach Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>Vorerst pausiert</translation>
    </message>
    <message>
        <source>Coming back together, over time</source>
        <translation>Wieder zueinanderfinden, im Lauf der Zeit</translation>
    </message>
    <message>
        <source>No repair reached re-bonding together in this time.</source>
        <translation>In diesem Zeitraum hat keine Klärung die gemeinsame Wiederannäherung erreicht.</translation>
    </message>
    <message>
        <source>%1 repairs completed together. From the rupture to re-bonding usually took about %2.</source>
        <translation>%1 Klärungen gemeinsam abgeschlossen. Vom Riss bis zur Wiederannäherung dauerte es meist etwa %2.</translation>
    </message>
    <message>
        <source>Check-ins before and after settling</source>
        <translation>Einschätzungen vor und nach dem Beruhigen</translation>
    </message>
    <message>
        <source>Before settling</source>
        <translation>Vor dem Beruhigen</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>After settling</source>
        <translation>Nach dem Beruhigen</translation>
    </message>
    <message>
        <source>From 0 (calm) to 10 (overwhelming), across %1 check-ins before and after: the level came down %2 times, stayed about the same %3 times and went up %4 times.</source>
        <translation>Von 0 (ruhig) bis 10 (überwältigend), über %1 Einschätzungen davor und danach: Der Wert ist %2-mal gesunken, %3-mal etwa gleich geblieben und %4-mal gestiegen.</translation>
    </message>
    <message>
        <source>What went with settling</source>
        <translation>Was mit dem Beruhigen einherging</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Wie oft gemacht</translation>
    </message>
    <message>
        <source>Average drop in level</source>
        <translation>Durchschnittlicher Rückgang des Werts</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Teilweise eingehalten</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <source>Let go of together</source>
        <translation>Gemeinsam losgelassen</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>An agreement (its words are left out)</source>
        <translation>Eine Vereinbarung (Wortlaut nicht enthalten)</translation>
    </message>
    <message>
        <source>One answer is left out: its writer did not agree.</source>
        <translation>Eine Antwort fehlt hier: Wer sie geschrieben hat, hat nicht zugestimmt.</translation>
    </message>
    <message>
        <source>%1 answers are left out: their writer did not agree.</source>
        <translation>%1 Antworten fehlen hier: Wer sie geschrieben hat, hat nicht zugestimmt.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There were no repairs in these dates.</source>
        <translation>In diesem Zeitraum gab es keine Klärungen.</translation>
    </message>
    <message>
        <source>The report could not be laid out as a PDF.</source>
        <translation>Der Bericht konnte nicht als PDF gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::safety::CalmingOnly</name>
    <message>
        <source>Breathe a little slower</source>
        <translation>Etwas langsamer atmen</translation>
    </message>
    <message>
        <source>Something steadying</source>
        <translation>Etwas, das Halt gibt</translation>
    </message>
</context>
</TS>
