<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Please choose a time to come back.</source>
        <translation>Elijan una hora para volver, por favor.</translation>
    </message>
    <message>
        <source>A timer has finished</source>
        <translation>Un temporizador ha terminado</translation>
    </message>
    <message>
        <source>You did this earlier, to the end (%1). You can go again whenever you like.</source>
        <translation>Antes hiciste esto hasta el final (%1). Puedes repetirlo cuando quieras.</translation>
    </message>
    <message>
        <source>You spent %1 on this earlier. You can go again whenever you like.</source>
        <translation>Antes dedicaste %1 a esto. Puedes repetirlo cuando quieras.</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>The breathing pattern &quot;%1&quot; is not in the practices library. You can breathe slowly in your own rhythm, or skip this card.</source>
        <translation>El patrón de respiración «%1» no está en la biblioteca de prácticas. Puedes respirar despacio a tu propio ritmo o saltar esta tarjeta.</translation>
    </message>
    <message>
        <source>In a minute</source>
        <translation>En un minuto</translation>
    </message>
    <message>
        <source>In %1 minutes</source>
        <translation>En %1 minutos</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>En una hora</translation>
    </message>
    <message>
        <source>This evening, %1</source>
        <translation>Esta noche, %1</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>Mañana por la mañana, %1</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. Tab moves on; it is saved as you go.</source>
        <translation>Escribe tanto o tan poco como quieras. Tab pasa a lo siguiente; se guarda a medida que escribes.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciadas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>En pausa por ahora</translation>
    </message>
    <message>
        <source>Opens the website in your browser.</source>
        <translation>Abre el sitio web en tu navegador.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llama al %1</translation>
    </message>
    <message>
        <source>or %1</source>
        <translation>o al %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>Envía un mensaje de texto al %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 website</source>
        <translation>Sitio web de %1</translation>
    </message>
    <message>
        <source>Emergency number in %1</source>
        <translation>Número de emergencias en %1</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Número de emergencias: %1</translation>
    </message>
    <message>
        <source>Call your local emergency number.</source>
        <translation>Llama al número de emergencias local.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Líneas de ayuda en %1</translation>
    </message>
    <message>
        <source>Tend does not list helplines for %1 yet. The directory below lists verified services in many countries.</source>
        <translation>Tend todavía no incluye líneas de ayuda para %1. El directorio de abajo reúne servicios verificados de muchos países.</translation>
    </message>
    <message>
        <source>Anywhere in the world: %1</source>
        <translation>En cualquier parte del mundo: %1</translation>
    </message>
    <message>
        <source>Anywhere in the world: findahelpline.com lists verified helplines.</source>
        <translation>En cualquier parte del mundo: findahelpline.com reúne líneas de ayuda verificadas.</translation>
    </message>
    <message>
        <source>If you are in danger, call your local emergency number.</source>
        <translation>Si estás en peligro, llama al número de emergencias local.</translation>
    </message>
    <message>
        <source>Numbers last checked on %1.</source>
        <translation>Números comprobados por última vez el %1.</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table. Use the arrow keys to move between cells.</source>
        <translation>Los números del gráfico en forma de tabla. Usa las flechas para moverte entre las celdas.</translation>
    </message>
    <message>
        <source>1 repair</source>
        <translation>1 reparación</translation>
    </message>
    <message>
        <source>%1 repairs</source>
        <translation>%1 reparaciones</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 veces</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>tend::ui::AppContext</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 no es un JSON válido.</translation>
    </message>
    <message>
        <source>Without a sound safety check, the repair programs and exercises together stay closed.</source>
        <translation>Sin una revisión de seguridad válida, los programas de reparación y los ejercicios en pareja permanecen cerrados.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems (tend validate-content lists them all)</source>
        <translation>
            <numerusform>y %n problema más (tend validate-content los muestra todos)</numerusform>
            <numerusform>y %n problemas más (tend validate-content los muestra todos)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>No hay ninguna copia de seguridad para restaurar.</translation>
    </message>
    <message>
        <source>Another Tend is using this data folder. Close it, then try again.</source>
        <translation>Hay otro Tend abierto que usa esta carpeta de datos. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing could be read from the journal; no file was written.</source>
        <translation>No se pudo leer nada del diario; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::BreathingCard</name>
    <message>
        <source>Time is up. Let your breathing find its own pace again.</source>
        <translation>Se acabó el tiempo. Deja que tu respiración vuelva a su propio ritmo.</translation>
    </message>
</context>
<context>
    <name>tend::ui::BringReflectionDialog</name>
    <message>
        <source>Bring your reflection</source>
        <translation>Llevar tu reflexión</translation>
    </message>
    <message>
        <source>Bring your reflection into a repair together</source>
        <translation>Llevar tu reflexión a una reparación en pareja</translation>
    </message>
    <message>
        <source>Your steps 1–4 come with you into the repair together, so you can go straight to step 5 when you meet. For each answer, choose: share it, bring it for your eyes only, or leave it out. Nothing changes in what you wrote alone.</source>
        <translation>Tus pasos 1 a 4 te acompañan a la reparación en pareja, así que, cuando se encuentren, podrán ir directamente al paso 5. Para cada respuesta, elige: compartirla, llevarla solo para ti o dejarla fuera. Lo que escribiste por tu cuenta no cambia.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is nothing in this reflection to bring.</source>
        <translation>En esta reflexión no hay nada que llevar.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Bring it</source>
        <translation>Llevarla</translation>
    </message>
    <message>
        <source>Copies your choices into a repair together.</source>
        <translation>Copia tus elecciones en una reparación en pareja.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CardWidget</name>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Keep this to myself</source>
        <translation>Solo para mí</translation>
    </message>
    <message>
        <source>Keep this answer to myself</source>
        <translation>Guardar esta respuesta solo para mí</translation>
    </message>
    <message>
        <source>When ticked, only you will see this answer; your partner&apos;s views and exports leave it out.</source>
        <translation>Si lo marcas, solo tú verás esta respuesta; las vistas de tu pareja y las exportaciones la dejan fuera.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CheckinCard</name>
    <message>
        <source>calm, settled</source>
        <translation>en calma</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>al límite</translation>
    </message>
    <message>
        <source>How stirred up do you feel, from 0 to 10?</source>
        <translation>¿Cuánta agitación sientes, de 0 a 10?</translation>
    </message>
    <message>
        <source>How stirred up do you feel right now?</source>
        <translation>¿Cuánta agitación sientes ahora mismo?</translation>
    </message>
    <message>
        <source>Which is closer to how your body feels?</source>
        <translation>¿Qué se parece más a cómo está tu cuerpo?</translation>
    </message>
    <message>
        <source>Racing</source>
        <translation>Acelerado</translation>
    </message>
    <message>
        <source>Heart fast, hot, tense, restless — revved up.</source>
        <translation>Corazón rápido, calor, tensión, inquietud: a toda marcha.</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Heavy, numb, far away, hard to move or speak.</source>
        <translation>Pesadez, entumecimiento, lejanía; cuesta moverse o hablar.</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Settled enough to think and listen.</source>
        <translation>Con la calma suficiente para pensar y escuchar.</translation>
    </message>
    <message>
        <source>Any of these words fit? Choose as many as you like.</source>
        <translation>¿Encaja alguna de estas palabras? Elige todas las que quieras.</translation>
    </message>
    <message>
        <source>A feeling word; choose it if it fits.</source>
        <translation>Una palabra para un sentimiento; elígela si encaja.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ChecklistCard</name>
    <message>
        <source>Tick this if it fits for you.</source>
        <translation>Márcalo si encaja en tu caso.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ChoiceCard</name>
    <message>
        <source>One of several you can choose. %1</source>
        <translation>Una de varias opciones que puedes elegir. %1</translation>
    </message>
    <message>
        <source>Choose one. %1</source>
        <translation>Elige una. %1</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Choose this to describe it in your own words.</source>
        <translation>Elige esta opción para describirlo con tus propias palabras.</translation>
    </message>
    <message>
        <source>Something else, in your own words</source>
        <translation>Otra cosa, con tus propias palabras</translation>
    </message>
    <message>
        <source>Describe what you would choose instead.</source>
        <translation>Describe qué elegirías en su lugar.</translation>
    </message>
    <message>
        <source>In your own words…</source>
        <translation>Con tus propias palabras…</translation>
    </message>
</context>
<context>
    <name>tend::ui::CoachNote</name>
    <message>
        <source>Writing coach</source>
        <translation>Asistente de escritura</translation>
    </message>
    <message>
        <source>WHAT THE COACH NOTICES</source>
        <translation>LO QUE NOTA EL ASISTENTE</translation>
    </message>
    <message>
        <source>Just for you while you write: not saved, not shown to anyone. You can turn the coach off in Settings.</source>
        <translation>Solo para ti mientras escribes: no se guarda ni se muestra a nadie. Puedes desactivar el asistente en Ajustes.</translation>
    </message>
    <message>
        <source>Some of this may land as blame, even if that isn&apos;t what you mean.</source>
        <translation>Parte de esto puede llegar como un reproche, aunque no sea tu intención.</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>Por estas palabras: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You are letting the feeling show, here and now.</source>
        <translation>Estás dejando ver el sentimiento, aquí y ahora.</translation>
    </message>
    <message>
        <source>You are describing the feeling, telling about it from the outside.</source>
        <translation>Estás describiendo el sentimiento, contándolo desde fuera.</translation>
    </message>
    <message>
        <source>Feelings in your words: %1</source>
        <translation>Sentimientos en tus palabras: %1</translation>
    </message>
    <message>
        <source>You are naming your own part.</source>
        <translation>Estás nombrando tu propia parte.</translation>
    </message>
    <message>
        <source>Nothing stands out. Keep going in your own words.</source>
        <translation>No destaca nada en particular. Sigue con tus propias palabras.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CommitmentReview</name>
    <message>
        <source>Did we keep this? Commitments from earlier repairs</source>
        <translation>¿Lo cumplimos? Compromisos de reparaciones anteriores</translation>
    </message>
    <message>
        <source>Before you start, look back together at what you agreed last time. Small promises kept are how trust grows — and a “not yet” is simply where you are.</source>
        <translation>Antes de empezar, repasen lo que acordaron la última vez. La confianza crece cumpliendo pequeñas promesas, y un «todavía no» es simplemente el punto en el que están.</translation>
    </message>
    <message>
        <source>Answer the ones you can; the rest stay as they are.</source>
        <translation>Respondan los que puedan; el resto se queda como está.</translation>
    </message>
    <message>
        <source>Go on to step 1</source>
        <translation>Ir al paso 1</translation>
    </message>
    <message>
        <source>Start the repair. Commitments you did not answer stay as they were.</source>
        <translation>Empieza la reparación. Los compromisos que no respondieron quedan como estaban.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CommitmentsScreen</name>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>The needs, requests and agreements from the end of each repair. Look back at them now and then: keeping small promises is how trust grows.</source>
        <translation>Las necesidades, peticiones y acuerdos del final de cada reparación. Vuelvan a mirarlos de vez en cuando: cumplir pequeñas promesas es como crece la confianza.</translation>
    </message>
    <message>
        <source>No commitments yet. They come from the last step of a repair, when you say what each of you needs and will try.</source>
        <translation>Aún no hay compromisos. Surgen del último paso de una reparación, cuando cada persona dice qué necesita y qué intentará.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CountdownPanel</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Starts or pauses the timer.</source>
        <translation>Inicia o pausa el temporizador.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Sets the timer back to the beginning.</source>
        <translation>Pone el temporizador de nuevo al principio.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Time is up. Take a moment before you go on.</source>
        <translation>Se acabó el tiempo. Antes de seguir, un momento de calma.</translation>
    </message>
    <message>
        <source>Take your time. You can pause whenever you like.</source>
        <translation>Sin prisa. Se puede pausar en cualquier momento.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Start whenever you are ready.</source>
        <translation>Empieza cuando quieras.</translation>
    </message>
</context>
<context>
    <name>tend::ui::CountryPicker</name>
    <message>
        <source>Country for help resources</source>
        <translation>País para los recursos de ayuda</translation>
    </message>
    <message>
        <source>Tend shows the emergency number and helplines for this country. It is never sent anywhere.</source>
        <translation>Tend muestra el número de emergencias y las líneas de ayuda de este país. Este dato nunca se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation>Elige tu país…</translation>
    </message>
</context>
<context>
    <name>tend::ui::DateFormats</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>A QLocale date pattern: weekday, day and month (&quot;Monday 7 December&quot;). Spanish &quot;dddd d &apos;de&apos; MMMM&quot;.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <extracomment>A QLocale pattern for a day and a time (&quot;Monday 7 December, 18:30&quot;).</extracomment>
        <translation>dddd d &apos;de&apos; MMMM, HH:mm</translation>
    </message>
    <message>
        <source>HH:mm, dddd d MMMM</source>
        <extracomment>A QLocale pattern for a time, then its day (&quot;18:30, Monday 7 December&quot;).</extracomment>
        <translation>HH:mm, dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A QLocale pattern for a month of a year (&quot;December 2026&quot;).</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>tend::ui::DemoBadge</name>
    <message>
        <source>Demo — nothing is saved</source>
        <translation>Demo: no se guarda nada</translation>
    </message>
    <message>
        <source>A sample couple&apos;s journal, kept in memory only. It is gone when Tend closes.</source>
        <translation>El diario de una pareja de ejemplo, guardado solo en memoria. Desaparece al cerrar Tend.</translation>
    </message>
</context>
<context>
    <name>tend::ui::DemoRow</name>
    <message>
        <source>You are looking at a sample couple</source>
        <translation>Estás viendo una pareja de ejemplo</translation>
    </message>
    <message>
        <source>Showing Tend to someone?</source>
        <translation>¿Vas a mostrarle Tend a alguien?</translation>
    </message>
    <message>
        <source>Sam and Alex&apos;s journal lives in memory. Start over to put it back as it was; presenter mode (Ctrl+Shift+F) adds notes and a full screen.</source>
        <translation>El diario de Sam y Alex vive en la memoria. «Volver a empezar» lo deja como estaba; el modo presentación (Ctrl+Shift+F) añade notas y pantalla completa.</translation>
    </message>
    <message>
        <source>A sample couple in a window of its own. Nothing is saved; your journal stays as it is.</source>
        <translation>Una pareja de ejemplo en una ventana aparte. No se guarda nada; tu diario queda como está.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Put the sample journal back as it was when the demo opened.</source>
        <translation>Devuelve el diario de ejemplo a como estaba al abrir la demo.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demo</translation>
    </message>
    <message>
        <source>A sample couple, Sam and Alex, with three months of history. Nothing is saved.</source>
        <translation>Una pareja de ejemplo, Sam y Alex, con tres meses de historia. No se guarda nada.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <source>Encrypted (recommended)</source>
        <translation>Cifrado (recomendado)</translation>
    </message>
    <message>
        <source>Encrypted export</source>
        <translation>Exportación cifrada</translation>
    </message>
    <message>
        <source>One file that opens only with the passphrase you choose here; tend import reads it.</source>
        <translation>Un archivo que solo se abre con la frase de contraseña que elijas aquí; tend import puede leerlo.</translation>
    </message>
    <message>
        <source>Plain JSON, readable by any program</source>
        <translation>JSON sin cifrar, legible por cualquier programa</translation>
    </message>
    <message>
        <source>Plain JSON export</source>
        <translation>Exportación JSON sin cifrar</translation>
    </message>
    <message>
        <source>Plain Markdown, for reading</source>
        <translation>Markdown sin cifrar, para leer</translation>
    </message>
    <message>
        <source>Plain Markdown export</source>
        <translation>Exportación Markdown sin cifrar</translation>
    </message>
    <message>
        <source>Passphrase for this file</source>
        <translation>Frase de contraseña para este archivo</translation>
    </message>
    <message>
        <source>Passphrase for the export</source>
        <translation>Frase de contraseña para la exportación</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>Passphrase for the export, again</source>
        <translation>Frase de contraseña para la exportación, otra vez</translation>
    </message>
    <message>
        <source>A plain export is not encrypted. Anyone who gets the file — a shared folder, a backup disk, an email — can read every answer in it.</source>
        <translation>Una exportación sin cifrar no tiene protección. Cualquiera que consiga el archivo —en una carpeta compartida, un disco de copias de seguridad, un correo— puede leer todas sus respuestas.</translation>
    </message>
    <message>
        <source>I understand; export without encryption</source>
        <translation>Entiendo; exportar sin cifrar</translation>
    </message>
    <message>
        <source>I understand the export is not encrypted</source>
        <translation>Entiendo que la exportación no está cifrada</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Qué se incluye</translation>
    </message>
    <message>
        <source>Shared answers only</source>
        <translation>Solo las respuestas compartidas</translation>
    </message>
    <message>
        <source>Shared answers and the private answers that are open now</source>
        <translation>Las respuestas compartidas y las privadas que ahora están abiertas</translation>
    </message>
    <message>
        <source>What goes in the export</source>
        <translation>Qué se incluye en la exportación</translation>
    </message>
    <message>
        <source>Private answers guarded by a partner&apos;s own key go in only while that key is open.</source>
        <translation>Las respuestas privadas protegidas con la clave propia de una persona solo se incluyen mientras esa clave está abierta.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters for this file. Without it the file cannot be opened.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres para este archivo. Sin ella, el archivo no se podrá abrir.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Escribe la misma frase de contraseña dos veces.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Todo listo.</translation>
    </message>
    <message>
        <source>Tick the box above to go on.</source>
        <translation>Marca la casilla de arriba para continuar.</translation>
    </message>
</context>
<context>
    <name>tend::ui::GateCard</name>
    <message>
        <source>%1 chooses</source>
        <translation>%1 elige</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s answer to: %2</source>
        <translation>Respuesta de %1 a: %2</translation>
    </message>
    <message>
        <source>Your answer to: %1</source>
        <translation>Tu respuesta a: %1</translation>
    </message>
    <message>
        <source>This question is answered by each of you. %1</source>
        <translation>Esta pregunta la responde cada persona. %1</translation>
    </message>
    <message>
        <source>Everyone has answered. Press Next when you are ready.</source>
        <translation>Ya están todas las respuestas. Pulsen Siguiente cuando quieran.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Esperando a: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>tend::ui::HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>If you or someone else is in danger, call the emergency number now. The lines below are free or low-cost and confidential.</source>
        <translation>Si tú o alguien más corre peligro, llama ahora al número de emergencias. Las líneas de abajo son gratuitas o de bajo costo, y confidenciales.</translation>
    </message>
    <message>
        <source>Showing help for:</source>
        <translation>Mostrando ayuda para:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Return to where you were (Alt+Left).</source>
        <translation>Regresa a donde estabas (Alt+flecha izquierda).</translation>
    </message>
</context>
<context>
    <name>tend::ui::HomeScreen</name>
    <message>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué les gustaría hacer?</translation>
    </message>
    <message>
        <source>Continue your repair</source>
        <translation>Continuar la reparación</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pick up where you left off.</source>
        <translation>Retomar desde donde se dejó.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>What you wrote, by repair and step. Search with Ctrl+F.</source>
        <translation>Lo que escribieron, por reparación y paso. Búsqueda con Ctrl+F.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>What you agreed to try after each repair.</source>
        <translation>Lo que acordaron intentar después de cada reparación.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>How your repairs are going, month by month.</source>
        <translation>Cómo van las reparaciones, mes a mes.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Look, text size, country, backups and the private check.</source>
        <translation>Apariencia, tamaño del texto, país, copias de seguridad y la revisión privada.</translation>
    </message>
    <message>
        <source>Start a repair</source>
        <translation>Empezar una reparación</translation>
    </message>
    <message>
        <source>Five calm steps, from noticing what happened to coming back to each other.</source>
        <translation>Cinco pasos con calma, desde notar lo que pasó hasta volver a encontrarse.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Both of you, at this screen. Starts at once.</source>
        <translation>Las dos personas, ante esta pantalla. Empieza de inmediato.</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Por mi cuenta</translation>
    </message>
    <message>
        <source>Work through the steps by yourself, at your own pace.</source>
        <translation>Recorre los pasos por tu cuenta, a tu ritmo.</translation>
    </message>
    <message>
        <source>Who is starting?</source>
        <translation>¿Quién empieza?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tend could not open your journal, so nothing you write now will be kept. %1</source>
        <translation>Tend no pudo abrir el diario, así que nada de lo que se escriba ahora se guardará. %1</translation>
    </message>
    <message>
        <source>Some content files could not be loaded: %1</source>
        <translation>No se pudieron cargar algunos archivos de contenido: %1</translation>
    </message>
    <message>
        <source>%1, a short private check is waiting for you.</source>
        <translation>%1, te espera una breve revisión privada.</translation>
    </message>
    <message>
        <source>Take it now</source>
        <translation>Hacerla ahora</translation>
    </message>
    <message>
        <source>A few private questions, for %1 only.</source>
        <translation>Unas pocas preguntas privadas, solo para %1.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Not finished yet.</source>
        <translation>Aún sin terminar.</translation>
    </message>
    <message>
        <source>You agreed to come back on %1. Where: %2</source>
        <translation>Acordaron volver el %1. Dónde: %2</translation>
    </message>
    <message>
        <source>You agreed to come back on %1.</source>
        <translation>Acordaron volver el %1.</translation>
    </message>
    <message>
        <source>Where you agreed to meet: %1</source>
        <translation>Dónde acordaron encontrarse: %1</translation>
    </message>
    <message>
        <source>On my own…</source>
        <translation>Por mi cuenta…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>I&apos;m %1</source>
        <translation>Soy %1</translation>
    </message>
    <message>
        <source>Start a repair on your own as %1.</source>
        <translation>Empieza una reparación por tu cuenta como %1.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>This program is not yet written in your language, so it opens in English.</source>
        <translation>Este programa todavía no está escrito en tu idioma, así que se abre en inglés.</translation>
    </message>
    <message>
        <source>A small one? A sharp word, a missed call: mend it together in about ten minutes.</source>
        <translation>¿Algo pequeño? Una palabra brusca, una llamada perdida: arréglenlo juntos en unos diez minutos.</translation>
    </message>
    <message>
        <source>Ten-minute repair</source>
        <translation>Reparación de diez minutos</translation>
    </message>
    <message>
        <source>Both of you, at this screen, for a small rupture. You can switch to the full repair if it turns out bigger.</source>
        <translation>Los dos, ante esta pantalla, para un roce pequeño. Si resulta más grande, pueden pasar a la reparación completa.</translation>
    </message>
    <message>
        <source>Your cycle</source>
        <translation>Su ciclo</translation>
    </message>
    <message>
        <source>When you notice it starting, it is the two of you against the cycle, not against each other.</source>
        <translation>Cuando noten que empieza, son las dos personas contra el ciclo, no una contra la otra.</translation>
    </message>
    <message>
        <source>Practise between repairs</source>
        <translation>Practicar entre una reparación y otra</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>tend::ui::HugTimerCard</name>
    <message>
        <source>Time is up. Take your time coming back.</source>
        <translation>Se acabó el tiempo. Vuelvan poco a poco, sin prisa.</translation>
    </message>
</context>
<context>
    <name>tend::ui::InsightsScreen</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>How your repairs are going</source>
        <translation>Cómo van las reparaciones</translation>
    </message>
    <message>
        <source>A quiet look back, not a score. Every repair you start, pause and come back to is practice in mending things together. What each picture means is written under it, and its numbers are in the table below it.</source>
        <translation>Una mirada tranquila hacia atrás, no una puntuación. Cada reparación que empiezan, pausan y retoman es práctica para arreglar las cosas en pareja. Debajo de cada gráfico se explica lo que muestra, y sus números están en la tabla que tiene debajo.</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Which months the pictures cover.</source>
        <translation>Qué meses abarcan los gráficos.</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Los últimos 6 meses</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>Everything so far</source>
        <translation>Todo hasta ahora</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Vista de quién</translation>
    </message>
    <message>
        <source>Private answers count only in their writer&apos;s own view.</source>
        <translation>Las respuestas privadas solo cuentan en la vista propia de quien las escribió.</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Mostrando</translation>
    </message>
    <message>
        <source>Not much to look back on yet. After a couple of repairs, this page shows when you started them, when you came back to each other, and what helped you settle. There is no hurry: it fills in as you go.</source>
        <translation>Todavía no hay mucho que mirar. Después de un par de reparaciones, esta página muestra cuándo las empezaron, cuándo volvieron a encontrarse y qué les ayudó a calmarse. No hay prisa: se va llenando con el tiempo.</translation>
    </message>
    <message>
        <source>Shared answers only</source>
        <translation>Solo las respuestas compartidas</translation>
    </message>
    <message>
        <source>%1&apos;s own view</source>
        <translation>La vista propia de %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciadas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>En pausa por ahora</translation>
    </message>
    <message>
        <source>Repairs by month</source>
        <translation>Reparaciones por mes</translation>
    </message>
    <message>
        <source>You began %1 and completed %2.</source>
        <translation>Iniciaron %1 y completaron %2.</translation>
    </message>
    <message>
        <source>One is paused for now, ready to come back to.</source>
        <translation>Una está en pausa por ahora, lista para retomarla.</translation>
    </message>
    <message>
        <source>%1 are paused for now, ready to come back to.</source>
        <translation>%1 están en pausa por ahora, listas para retomarlas.</translation>
    </message>
    <message>
        <source>Came back together on</source>
        <translation>Fecha del reencuentro</translation>
    </message>
    <message>
        <source>From rupture to re-bonding</source>
        <translation>Del desencuentro al reencuentro</translation>
    </message>
    <message>
        <source>Together so far</source>
        <translation>Total en pareja hasta ahora</translation>
    </message>
    <message>
        <source>Repairs completed together</source>
        <translation>Reparaciones completadas en pareja</translation>
    </message>
    <message>
        <source>No repair has reached re-bonding together in this time yet. That is fine: pausing and coming back is part of it.</source>
        <translation>En este periodo, ninguna reparación ha llegado todavía al reencuentro en pareja. No pasa nada: pausar y retomar también forma parte.</translation>
    </message>
    <message>
        <source>Each dot is a repair you finished together. From the moment something happened to coming back together usually took about %1 (the middle of %2 completed, together or alone).</source>
        <translation>Cada punto es una reparación que terminaron en pareja. Desde el momento en que pasó algo hasta el reencuentro solía pasar alrededor de %1 (el valor central de %2 completadas, en pareja o por separado).</translation>
    </message>
    <message>
        <source>No chart can say how secure you feel with each other; it only shows that you keep finding your way back.</source>
        <translation>Ningún gráfico puede decir cuánta seguridad sienten en su relación; solo muestra que siguen encontrando el camino de vuelta.</translation>
    </message>
    <message>
        <source>Coming back together, over time</source>
        <translation>El reencuentro, a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Before settling</source>
        <translation>Antes de calmarse</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>After settling</source>
        <translation>Después de calmarse</translation>
    </message>
    <message>
        <source>Before settling, on average</source>
        <translation>Antes de calmarse, en promedio</translation>
    </message>
    <message>
        <source>After settling, on average</source>
        <translation>Después de calmarse, en promedio</translation>
    </message>
    <message>
        <source>Times the level came down</source>
        <translation>Veces que el nivel bajó</translation>
    </message>
    <message>
        <source>Times it stayed about the same</source>
        <translation>Veces que se mantuvo más o menos igual</translation>
    </message>
    <message>
        <source>Times it went up</source>
        <translation>Veces que subió</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Check-ins before and after settling</source>
        <translation>Registros antes y después de calmarse</translation>
    </message>
    <message>
        <source>How strong the feelings were, from 0 (calm) to 10 (overwhelming), when you checked in before and after settling: on average you came down %1 points, across %2 times someone checked in before and after.</source>
        <translation>La intensidad de los sentimientos, de 0 (calma) a 10 (abrumadora), al registrar cómo estaban antes y después de calmarse: en promedio bajó %1 puntos, en %2 ocasiones en que alguien lo registró antes y después.</translation>
    </message>
    <message>
        <source>Settling</source>
        <translation>Calmarse</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Average drop in level</source>
        <translation>Descenso medio del nivel</translation>
    </message>
    <message>
        <source>What helped you settle</source>
        <translation>Qué les ayudó a calmarse</translation>
    </message>
    <message>
        <source>The practices you did between two check-ins, by how far the level came down after them on average. It shows what went with feeling calmer, not what works for everyone: try what suits you.</source>
        <translation>Las prácticas que hicieron entre dos registros, según cuánto bajó el nivel después, en promedio. Muestra qué coincidió con sentir más calma, no qué funciona para todo el mundo: prueben lo que les vaya bien.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Cumplidos en parte</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abiertos</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>Let go of together</source>
        <translation>Dejados ir de común acuerdo</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>At the end of a repair you say what each of you will try. Of %1 made in this time, %2 kept</source>
        <translation>Al final de una reparación, cada persona dice qué intentará. Compromisos de este periodo: %1. De ellos, %2</translation>
    </message>
    <message>
        <source>one is</source>
        <translation>se cumplió uno</translation>
    </message>
    <message>
        <source>%1 are</source>
        <translation>se cumplieron %1</translation>
    </message>
    <message>
        <source>, %1 partly kept</source>
        <translation>, %1 en parte</translation>
    </message>
    <message>
        <source> and %1 still open</source>
        <translation> y %1 aún por ver</translation>
    </message>
    <message>
        <source>. Small promises kept are how trust grows.</source>
        <translation>. Cumplir pequeñas promesas es como crece la confianza.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Evolución</translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalExport</name>
    <message numerus="yes">
        <source>%n private answer was left out: its owner&apos;s own key is closed.</source>
        <translation>
            <numerusform>Se dejó fuera %n respuesta privada: la clave propia de quien la escribió está cerrada.</numerusform>
            <numerusform>Se dejaron fuera %n respuestas privadas: la clave propia de quien las escribió está cerrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged item was left out (the journal keeps it).</source>
        <translation>
            <numerusform>Se dejó fuera %n elemento dañado (el diario lo conserva).</numerusform>
            <numerusform>Se dejaron fuera %n elementos dañados (el diario los conserva).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged items were left out (the journal keeps them).</source>
        <translation>
            <numerusform>Se dejó fuera %n elemento dañado (el diario lo conserva).</numerusform>
            <numerusform>Se dejaron fuera %n elementos dañados (el diario los conserva).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message>
        <source>Saved, encrypted, to %1.</source>
        <translation>Guardado, cifrado, en %1.</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: keep it somewhere private.</source>
        <translation>Guardado en %1. No está cifrado: guárdalo en un lugar privado.</translation>
    </message>
    <message numerus="yes">
        <source>%n private answers were left out: they open only with a partner&apos;s own key, which is closed.</source>
        <translation>
            <numerusform>Se dejó fuera %n respuesta privada: solo se abre con la clave propia de quien la escribió, y esa clave está cerrada.</numerusform>
            <numerusform>Se dejaron fuera %n respuestas privadas: solo se abren con la clave propia de quien las escribió, y esa clave está cerrada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalScreen</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Finds words in everything you can see here (Ctrl+F). Matches are shown in bold.</source>
        <translation>Busca palabras en todo lo que se ve aquí (Ctrl+F). Las coincidencias aparecen en negrita.</translation>
    </message>
    <message>
        <source>Search what you wrote…</source>
        <translation>Buscar en lo escrito…</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Vista de quién</translation>
    </message>
    <message>
        <source>Private answers are shown only in their writer&apos;s own view.</source>
        <translation>Las respuestas privadas solo se muestran en la vista propia de quien las escribió.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Each month with repairs. Choose one to jump to its newest repair.</source>
        <translation>Cada mes con reparaciones. Elige uno para ir a su reparación más reciente.</translation>
    </message>
    <message>
        <source>Past repairs</source>
        <translation>Reparaciones anteriores</translation>
    </message>
    <message>
        <source>Every repair, newest first. Choose one to read it.</source>
        <translation>Todas las reparaciones, de la más reciente a la más antigua. Elige una para leerla.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Each result links to the repair it comes from.</source>
        <translation>Cada resultado lleva a la reparación de la que viene.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you start a repair, what you write is kept here, on this computer only.</source>
        <translation>Aquí todavía no hay nada. Cuando empiecen una reparación, lo que escriban se guardará aquí, solo en este equipo.</translation>
    </message>
    <message>
        <source>Title of this repair</source>
        <translation>Título de esta reparación</translation>
    </message>
    <message>
        <source>Give this repair a title of your own (Enter keeps it). Left empty, its first words are its title. Both of you see the title.</source>
        <translation>Dale a esta reparación un título propio (Enter lo guarda). Si lo dejas vacío, sus primeras palabras serán el título. Ambas personas ven el título.</translation>
    </message>
    <message>
        <source>The record of this repair</source>
        <translation>El contenido de esta reparación</translation>
    </message>
    <message>
        <source>Everything written in this repair, by step and by person.</source>
        <translation>Todo lo escrito en esta reparación, por paso y por persona.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Saves this view, the open repair or the repairs of some days, as Markdown for reading or as JSON. Private answers of others stay out.</source>
        <translation>Guarda esta vista, la reparación abierta o las reparaciones de ciertos días, como Markdown para leer o como JSON. Las respuestas privadas de otras personas quedan fuera.</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>A PDF for your therapist, with what each of you agrees to share. Private answers and the safety check are never in it.</source>
        <translation>Un PDF para su terapeuta, con lo que cada persona acepte compartir. Las respuestas privadas y la revisión de seguridad nunca se incluyen.</translation>
    </message>
    <message>
        <source>Shared answers only</source>
        <translation>Solo las respuestas compartidas</translation>
    </message>
    <message>
        <source>%1&apos;s own view</source>
        <translation>La vista propia de %1</translation>
    </message>
    <message>
        <source>%1
1 repair</source>
        <translation>%1
1 reparación</translation>
    </message>
    <message>
        <source>%1
%2 repairs</source>
        <translation>%1
%2 reparaciones</translation>
    </message>
    <message>
        <source>&lt;p&gt;The journal is not open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El diario no está abierto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 result&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 resultado&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 results&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 resultados&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nada coincide con «%1».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>Choose a repair to export first.</source>
        <translation>Primero elige una reparación para exportar.</translation>
    </message>
    <message>
        <source>Choose a first day on or before the last day.</source>
        <translation>Elige un primer día igual o anterior al último día.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write all of %1.</source>
        <translation>No se pudo escribir %1 por completo.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>What to save, as this view shows it:</source>
        <translation>Qué guardar, tal como lo muestra esta vista:</translation>
    </message>
    <message>
        <source>Everything in this view</source>
        <translation>Todo lo que hay en esta vista</translation>
    </message>
    <message>
        <source>The repair that is open</source>
        <translation>La reparación abierta</translation>
    </message>
    <message>
        <source>Repairs started between two days</source>
        <translation>Las reparaciones iniciadas entre dos días</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Markdown, for reading</source>
        <translation>Markdown, para leer</translation>
    </message>
    <message>
        <source>JSON, for importing into Tend</source>
        <translation>JSON, para importar en Tend</translation>
    </message>
    <message>
        <source>Export a readable copy?</source>
        <translation>¿Exportar una copia legible?</translation>
    </message>
    <message>
        <source>This saves what this view shows as a plain file. Anyone who opens the file can read it, even if your journal has a passphrase.</source>
        <translation>Esto guarda lo que muestra esta vista como un archivo sin cifrar. Cualquiera que abra el archivo podrá leerlo, aunque el diario tenga frase de contraseña.</translation>
    </message>
    <message>
        <source>For a copy only a passphrase opens, use Export in Settings, under Privacy and locking.</source>
        <translation>Para una copia que solo se abra con una frase de contraseña, usa «Exportar el diario…» en Ajustes, en Privacidad y bloqueo.</translation>
    </message>
    <message>
        <source>I understand, export</source>
        <translation>Entiendo, exportar</translation>
    </message>
    <message>
        <source>tend-journal.json</source>
        <translation>tend-diario.json</translation>
    </message>
    <message>
        <source>tend-journal.md</source>
        <translation>tend-diario.md</translation>
    </message>
    <message>
        <source>Export this view</source>
        <translation>Exportar esta vista</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalService</name>
    <message>
        <source>The journal opened but could not be read.</source>
        <translation>El diario se abrió, pero no se pudo leer.</translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation>El diario está cerrado.</translation>
    </message>
    <message>
        <source>Backups are not made in demo mode.</source>
        <translation>En el modo demo no se hacen copias de seguridad.</translation>
    </message>
    <message>
        <source>There is nothing to restore in demo mode.</source>
        <translation>En el modo demo no hay nada que restaurar.</translation>
    </message>
</context>
<context>
    <name>tend::ui::JournalStateScreen</name>
    <message>
        <source>Puts the newest verified backup in place. The journal as it is now is kept aside, never deleted.</source>
        <translation>Pone en su lugar la copia de seguridad verificada más reciente. El diario tal como está ahora se guarda aparte; nunca se borra.</translation>
    </message>
    <message>
        <source>Save what can still be read…</source>
        <translation>Guardar lo que aún se puede leer…</translation>
    </message>
    <message>
        <source>Writes every readable answer to an export file. The journal is not changed.</source>
        <translation>Escribe cada respuesta legible en un archivo de exportación. El diario no cambia.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Opens the journal again.</source>
        <translation>Vuelve a abrir el diario.</translation>
    </message>
    <message>
        <source>Quit Tend</source>
        <translation>Salir de Tend</translation>
    </message>
    <message>
        <source>Closes Tend. Nothing was changed.</source>
        <translation>Cierra Tend. No se cambió nada.</translation>
    </message>
    <message>
        <source>Another Tend is using your journal</source>
        <translation>Hay otro Tend abierto usando el diario</translation>
    </message>
    <message>
        <source>Perhaps a command-line import or export is still running. When it has finished, choose Try again.</source>
        <translation>Quizá todavía se esté ejecutando una importación o exportación desde la línea de comandos. Cuando termine, elige Intentar de nuevo.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer Tend</source>
        <translation>El diario lo escribió una versión más nueva de Tend</translation>
    </message>
    <message>
        <source>Nothing was changed. Please update Tend to open it.</source>
        <translation>No se cambió nada. Actualiza Tend para abrirlo.</translation>
    </message>
    <message>
        <source>Your journal could not be opened</source>
        <translation>No se pudo abrir el diario</translation>
    </message>
    <message>
        <source>Nothing was changed. You can put the newest verified backup in its place; the journal as it is now is kept aside, never deleted.</source>
        <translation>No se cambió nada. Puedes poner en su lugar la copia de seguridad verificada más reciente; el diario tal como está ahora se guarda aparte, nunca se borra.</translation>
    </message>
    <message>
        <source>Nothing was changed, and no backup of it was found.</source>
        <translation>No se cambió nada, y no se encontró ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Save what can still be read</source>
        <translation>Guardar lo que aún se puede leer</translation>
    </message>
    <message>
        <source>Tend export (*.json)</source>
        <translation>Exportación de Tend (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1. It can be imported into a new journal.</source>
        <translation>Guardado en %1. Se puede importar en un diario nuevo.</translation>
    </message>
    <message>
        <source>Still not possible: %1</source>
        <translation>Todavía no es posible: %1</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>El diario</translation>
    </message>
</context>
<context>
    <name>tend::ui::LanguageChips</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>The language of Tend&apos;s words and of its programs</source>
        <translation>El idioma de los textos de Tend y de sus programas</translation>
    </message>
</context>
<context>
    <name>tend::ui::LedgerCard</name>
    <message>
        <source>Your commitments</source>
        <translation>Sus compromisos</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Ver todos</translation>
    </message>
    <message>
        <source>Every commitment and where it stands.</source>
        <translation>Todos los compromisos y en qué punto están.</translation>
    </message>
    <message>
        <source>What you agreed to try. You will look at them together at the start of your next repair.</source>
        <translation>Lo que acordaron intentar. Lo revisarán en pareja al comienzo de la próxima reparación.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ui::LedgerRow</name>
    <message>
        <source>not looked at yet</source>
        <translation>sin revisar todavía</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not yet — still working on it</source>
        <translation>todavía no — seguimos en ello</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>lo dejamos ir</translation>
    </message>
    <message>
        <source>to look at again</source>
        <translation>para revisar de nuevo</translation>
    </message>
    <message>
        <source>Did we keep this?</source>
        <translation>¿Lo cumplimos?</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Lo dejamos ir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers “did we keep this?” for this commitment.</source>
        <translation>Responde «¿Lo cumplimos?» para este compromiso.</translation>
    </message>
    <message>
        <source>both of you</source>
        <translation>en pareja</translation>
    </message>
    <message>
        <source>%1 · made %2 · %3</source>
        <translation>%1 · acordado el %2 · %3</translation>
    </message>
    <message>
        <source>Commitment: %1 (%2)</source>
        <translation>Compromiso: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tend::ui::LockController</name>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Clears the screen and locks the journal until the passphrase is typed (Ctrl+L).</source>
        <translation>Oculta la pantalla y bloquea el diario hasta que se escriba la frase de contraseña (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>tend::ui::LockScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Emergency numbers and helplines for your country.</source>
        <translation>Números de emergencia y líneas de ayuda de tu país.</translation>
    </message>
    <message>
        <source>Tend is locked</source>
        <translation>Tend está bloqueado</translation>
    </message>
    <message>
        <source>Journal passphrase</source>
        <translation>Frase de contraseña del diario</translation>
    </message>
    <message>
        <source>Type the passphrase, then press Enter.</source>
        <translation>Escribe la frase de contraseña y pulsa Enter.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Opens the journal and brings back what was on screen, typing included.</source>
        <translation>Abre el diario y recupera lo que había en pantalla, incluido lo que se estaba escribiendo.</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the printed recovery key instead of the passphrase.</source>
        <translation>Escribe la clave de recuperación impresa en lugar de la frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>Tend locks itself after a while without use, and whenever you ask. What you were typing was saved, encrypted, and comes back when you unlock.</source>
        <translation>Tend se bloquea solo tras un rato sin uso, y siempre que lo pidas. Lo que estabas escribiendo se guardó cifrado y vuelve al desbloquear.</translation>
    </message>
    <message>
        <source>Your journal is protected</source>
        <translation>El diario está protegido</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…  (56 letters and digits)</source>
        <translation>XXXX-XXXX-…  (56 letras y dígitos)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved. Spaces, dashes and capitals don&apos;t matter.</source>
        <translation>Escribe la clave de recuperación que imprimiste o guardaste. Los espacios, guiones y mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Type your journal passphrase to carry on where you left off.</source>
        <translation>Escribe la frase de contraseña del diario para seguir donde lo dejaste.</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar la frase de contraseña</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Primero escribe la clave de recuperación.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Primero escribe la frase de contraseña.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this journal. Check it against the printout.</source>
        <translation>Esa clave de recuperación no abre este diario. Compárala con la copia impresa.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Esa frase de contraseña no abre este diario. Revisa Bloq Mayús y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>That recovery key has a typo: a letter or digit doesn&apos;t match its checksum. Compare it group by group.</source>
        <translation>Esa clave de recuperación tiene un error de escritura: una letra o un dígito no coincide con su suma de control. Compárala grupo por grupo.</translation>
    </message>
    <message>
        <source>That passphrase can&apos;t be used. Try again.</source>
        <translation>Esa frase de contraseña no se puede usar. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The journal&apos;s stored key data is damaged, so no passphrase can open it right now. Nothing has been deleted. Try the recovery key; if that fails too, the backups in the data folder still hold the key data.</source>
        <translation>Los datos de clave guardados del diario están dañados, así que ahora mismo ninguna frase de contraseña puede abrirlo. No se ha borrado nada. Prueba con la clave de recuperación; si tampoco funciona, las copias de seguridad de la carpeta de datos todavía conservan los datos de clave.</translation>
    </message>
    <message>
        <source>This journal was protected by a newer version of Tend. Open it with that version; nothing was changed.</source>
        <translation>Este diario lo protegió una versión más nueva de Tend. Ábrelo con esa versión; no se cambió nada.</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>No se pudo abrir el diario: %1</translation>
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
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Presenter mode: full screen, larger type, notes for each step (Ctrl+Shift+F).</source>
        <translation>Modo presentación: pantalla completa, letra más grande y notas para cada paso (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>Detailed log on</source>
        <translation>Registro detallado activado</translation>
    </message>
    <message>
        <source>Tend was started with --verbose: its log file gets extra technical detail until it is started without it.</source>
        <translation>Tend se inició con --verbose: su archivo de registro recoge más detalles técnicos hasta que se inicie sin esa opción.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the start screen (Alt+Home).</source>
        <translation>Volver a la pantalla de inicio (Alt+Inicio).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop for now and agree when to come back. Everything is kept (Ctrl+P).</source>
        <translation>Parar por ahora y acordar cuándo volver. Todo se conserva (Ctrl+P).</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Emergency numbers and helplines for your country (F1).</source>
        <translation>Números de emergencia y líneas de ayuda de tu país (F1).</translation>
    </message>
    <message>
        <source>Leave the repair for now? Everything is kept, and Continue on Home brings you back.</source>
        <translation>¿Dejar la reparación por ahora? Todo se conserva, y con «Continuar» en Inicio se retoma.</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Dejar por ahora</translation>
    </message>
    <message>
        <source>You are on: %1</source>
        <translation>Estás en: %1</translation>
    </message>
    <message>
        <source>%1 — Tend</source>
        <translation>%1 — Tend</translation>
    </message>
    <message>
        <source>Read-only: %1. You can read your journal, but nothing new can be saved.</source>
        <translation>Solo lectura: %1. Se puede leer el diario, pero no guardar nada nuevo.</translation>
    </message>
    <message>
        <source>Leave presenter</source>
        <translation>Salir de la presentación</translation>
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
        <translation>El nombre que Tend usa en pantalla. Basta con el nombre de pila o un apodo.</translation>
    </message>
    <message>
        <source>A first name or nickname</source>
        <translation>Un nombre de pila o apodo</translation>
    </message>
    <message>
        <source>Colour (optional):</source>
        <translation>Color (opcional):</translation>
    </message>
    <message>
        <source>Use %1 as this person&apos;s colour. Names are always shown too.</source>
        <translation>Usar %1 como color de esta persona. Los nombres también se muestran siempre.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PartnerKeyBox</name>
    <message>
        <source>%1&apos;s private answers</source>
        <translation>Respuestas privadas de %1</translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation>Una frase de contraseña</translation>
    </message>
    <message>
        <source>%1 uses a passphrase</source>
        <translation>%1 usa una frase de contraseña</translation>
    </message>
    <message>
        <source>A PIN (6–12 digits)</source>
        <translation>Un PIN (6–12 dígitos)</translation>
    </message>
    <message>
        <source>%1 uses a PIN</source>
        <translation>%1 usa un PIN</translation>
    </message>
    <message>
        <source>A PIN keeps your private answers from being opened casually by someone who shares this journal. Someone who knows the journal passphrase and takes a copy of the file could try every PIN on a fast computer. For strong protection, use a passphrase.</source>
        <translation>Un PIN evita que alguien que comparte este diario abra tus respuestas privadas sin más. Pero quien conozca la frase de contraseña del diario y se lleve una copia del archivo podría probar todos los PIN con un equipo potente. Para una protección fuerte, usa una frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <translation>Frase de contraseña o PIN</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase or PIN</source>
        <translation>Frase de contraseña o PIN de %1</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase or PIN again</source>
        <translation>Frase de contraseña o PIN de %1, otra vez</translation>
    </message>
    <message>
        <source>Close %1&apos;s private answers</source>
        <translation>Cerrar las respuestas privadas de %1</translation>
    </message>
    <message>
        <source>Hides them again until %1 types their passphrase or PIN.</source>
        <translation>Las vuelve a ocultar hasta que %1 escriba su frase de contraseña o PIN.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Cerradas.</translation>
    </message>
    <message>
        <source>Protect the journal with a passphrase first; then %1 can add a key of their own.</source>
        <translation>Primero protege el diario con una frase de contraseña; después %1 podrá añadir una clave propia.</translation>
    </message>
    <message>
        <source>No key of their own: %1&apos;s private answers open with the journal passphrase. With a key of their own, only %1 can open them. If %1 forgets it, nobody can — the recovery key does not open them.</source>
        <translation>Sin clave propia: las respuestas privadas de %1 se abren con la frase de contraseña del diario. Con una clave propia, solo %1 puede abrirlas. Si %1 la olvida, nadie podrá: la clave de recuperación no las abre.</translation>
    </message>
    <message>
        <source>a PIN</source>
        <translation>un PIN propio</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>una frase de contraseña propia</translation>
    </message>
    <message>
        <source>Guarded by %1 of their own. Open now.</source>
        <translation>Protegidas con %1. Abiertas ahora.</translation>
    </message>
    <message>
        <source>Guarded by %1 of their own. Closed: type it to open them.</source>
        <translation>Protegidas con %1. Cerradas: se abren al escribir la clave.</translation>
    </message>
    <message>
        <source>Give %1 a key of their own</source>
        <translation>Dar a %1 una clave propia</translation>
    </message>
    <message>
        <source>Change %1&apos;s passphrase or PIN</source>
        <translation>Cambiar la frase de contraseña o PIN de %1</translation>
    </message>
    <message>
        <source>Open %1&apos;s private answers</source>
        <translation>Abrir las respuestas privadas de %1</translation>
    </message>
    <message>
        <source>Working… (a second or two)</source>
        <translation>Procesando… (un segundo o dos)</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same in both.</source>
        <translation>Las dos entradas no coinciden. Escribe lo mismo en ambas.</translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>Un PIN tiene de 6 a 12 dígitos.</translation>
    </message>
    <message>
        <source>Done. From now on only this passphrase or PIN opens these answers.</source>
        <translation>Listo. A partir de ahora, solo esta frase de contraseña o PIN abre estas respuestas.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Cambio hecho.</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Abiertas.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open them. Try again — nothing was changed.</source>
        <translation>Eso no las abre. Vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>This key data is damaged; nothing was deleted.</source>
        <translation>Los datos de esta clave están dañados; no se borró nada.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PartnerKeyNotice</name>
    <message>
        <source>%1, your own key is closed, so an answer kept private here cannot be saved yet. Open it below, or leave this answer shared.</source>
        <translation>%1, tu clave propia está cerrada, así que todavía no se puede guardar aquí una respuesta privada. Ábrela abajo o deja esta respuesta como compartida.</translation>
    </message>
    <message>
        <source>Your own key is closed</source>
        <translation>Tu clave propia está cerrada</translation>
    </message>
</context>
<context>
    <name>tend::ui::PauseDialog</name>
    <message>
        <source>Pause for now</source>
        <translation>Pausar por ahora</translation>
    </message>
    <message>
        <source>Stopping is part of repair. Everything so far is kept, exactly where you are.</source>
        <translation>Parar también es parte de la reparación. Todo lo hecho hasta ahora se conserva, tal como está.</translation>
    </message>
    <message>
        <source>What do you need right now? (optional)</source>
        <translation>¿Qué necesitas ahora mismo? (opcional)</translation>
    </message>
    <message>
        <source>Some space</source>
        <translation>Algo de espacio</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Más tiempo</translation>
    </message>
    <message>
        <source>Say what you need while you pause.</source>
        <translation>Di lo que necesitas durante la pausa.</translation>
    </message>
    <message>
        <source>Something else you need</source>
        <translation>Otra cosa que necesitas</translation>
    </message>
    <message>
        <source>In your own words, if none of the above fits.</source>
        <translation>Con tus propias palabras, si nada de lo anterior encaja.</translation>
    </message>
    <message>
        <source>Or in your own words…</source>
        <translation>O con tus propias palabras…</translation>
    </message>
    <message>
        <source>When will you come back to this?</source>
        <translation>¿Cuándo volverán a esto?</translation>
    </message>
    <message>
        <source>Time to come back</source>
        <translation>Hora de volver</translation>
    </message>
    <message>
        <source>Most people need at least 20 minutes to settle; coming back within a day helps.</source>
        <translation>La mayoría de las personas necesita al menos 20 minutos para calmarse; volver en menos de un día ayuda.</translation>
    </message>
    <message>
        <source>Sets the time to come back.</source>
        <translation>Fija la hora de volver.</translation>
    </message>
    <message>
        <source>Place to meet</source>
        <translation>Lugar de encuentro</translation>
    </message>
    <message>
        <source>Where you will meet again.</source>
        <translation>Dónde volverán a encontrarse.</translation>
    </message>
    <message>
        <source>Where? For example: the living room</source>
        <translation>¿Dónde? Por ejemplo: la sala de estar</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Close this and carry on.</source>
        <translation>Cerrar esto y seguir.</translation>
    </message>
    <message>
        <source>Pause now</source>
        <translation>Pausar ahora</translation>
    </message>
    <message>
        <source>Pauses the repair and keeps everything.</source>
        <translation>Pausa la reparación y conserva todo.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PracticeCard</name>
    <message>
        <source>Choose one that appeals to you right now:</source>
        <translation>Elige una que te atraiga ahora mismo:</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Guides you through this practice one step at a time.</source>
        <translation>Te guía por esta práctica paso a paso.</translation>
    </message>
    <message>
        <source>Opens the breathing pacer for this practice.</source>
        <translation>Abre la guía de ritmo respiratorio para esta práctica.</translation>
    </message>
    <message>
        <source>This practice could not be found in the practices library. You can skip this card.</source>
        <translation>No se encontró esta práctica en la biblioteca de prácticas. Puedes saltar esta tarjeta.</translation>
    </message>
    <message>
        <source>Time is up. Let your breathing find its own pace again.</source>
        <translation>Se acabó el tiempo. Deja que tu respiración vuelva a su propio ritmo.</translation>
    </message>
    <message>
        <source>You did this practice earlier. You can do it again, or choose another.</source>
        <translation>Ya hiciste esta práctica antes. Puedes repetirla o elegir otra.</translation>
    </message>
</context>
<context>
    <name>tend::ui::PracticeStarter</name>
    <message>
        <source>Practise</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Who is practising?</source>
        <translation>¿Quién va a practicar?</translation>
    </message>
    <message>
        <source>Practise: %1</source>
        <translation>Practicar: %1</translation>
    </message>
    <message>
        <source>I&apos;m %1</source>
        <translation>Soy %1</translation>
    </message>
    <message>
        <source>Start the practice as %1.</source>
        <translation>Empezar la práctica como %1.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Practise together: %1</source>
        <translation>Practicar en pareja: %1</translation>
    </message>
</context>
<context>
    <name>tend::ui::PresenterPanel</name>
    <message>
        <source>Presenter notes</source>
        <translation>Notas de presentación</translation>
    </message>
    <message>
        <source>PRESENTER NOTES</source>
        <translation>NOTAS DE PRESENTACIÓN</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What to watch for</source>
        <translation>En qué fijarse</translation>
    </message>
    <message>
        <source>Jump to any card</source>
        <translation>Ir a cualquier tarjeta</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go there.</source>
        <translation>Pulsa Enter o haz doble clic para ir allí.</translation>
    </message>
    <message>
        <source>Every step and card of the sample repair. Press Enter to go to the selected card.</source>
        <translation>Todos los pasos y tarjetas de la reparación de ejemplo. Pulsa Enter para ir a la tarjeta seleccionada.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Put the sample journal back as it was and go to Home.</source>
        <translation>Devuelve el diario de ejemplo a como estaba y vuelve a Inicio.</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Back to a normal window (Ctrl+Shift+F).</source>
        <translation>Volver a una ventana normal (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>No hay notas para este paso.</translation>
    </message>
    <message>
        <source>The presenter notes could not be loaded: %1</source>
        <translation>No se pudieron cargar las notas de presentación: %1</translation>
    </message>
</context>
<context>
    <name>tend::ui::PrivacyCurtain</name>
    <message>
        <source>Privacy curtain</source>
        <translation>Cortina de privacidad</translation>
    </message>
    <message>
        <source>The screen is hidden while the keyboard changes hands.</source>
        <translation>La pantalla queda oculta mientras el teclado cambia de manos.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>It&apos;s me — show my screen</source>
        <translation>Soy yo — mostrar mi pantalla</translation>
    </message>
    <message>
        <source>Over to %1</source>
        <translation>Turno de %1</translation>
    </message>
    <message>
        <source>The screen is hidden while you change places. %1, when you are at the keyboard, say it&apos;s you.</source>
        <translation>La pantalla queda oculta mientras cambian de lugar. %1, cuando estés al teclado, confirma que eres tú.</translation>
    </message>
    <message>
        <source>The screen is hidden while you change places, so what %1 wrote stays with %1. %2, when you are at the keyboard, say it&apos;s you.</source>
        <translation>La pantalla queda oculta mientras cambian de lugar, así que lo que escribió %1 sigue siendo solo de %1. %2, cuando estés al teclado, confirma que eres tú.</translation>
    </message>
    <message>
        <source>I&apos;m %1 — show my screen</source>
        <translation>Soy %1 — mostrar mi pantalla</translation>
    </message>
    <message>
        <source>Confirms that %1 is at the keyboard now (Enter).</source>
        <translation>Confirma que %1 está ahora al teclado (Enter).</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver con %1</translation>
    </message>
    <message>
        <source>Goes back to how it was, without showing anything (Escape).</source>
        <translation>Vuelve a como estaba, sin mostrar nada (Esc).</translation>
    </message>
</context>
<context>
    <name>tend::ui::PrivacySection</name>
    <message>
        <source>Privacy and locking</source>
        <translation>Privacidad y bloqueo</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New journal passphrase</source>
        <translation>Nueva frase de contraseña del diario</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>New journal passphrase, again</source>
        <translation>Nueva frase de contraseña del diario, otra vez</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Crear una nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Replaces any earlier recovery key; the old one stops working.</source>
        <translation>Sustituye cualquier clave de recuperación anterior; la antigua deja de funcionar.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Clears the screen and locks the journal (Ctrl+L).</source>
        <translation>Oculta la pantalla y bloquea el diario (Ctrl+L).</translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation>Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Stores the journal readable again. Nothing is lost.</source>
        <translation>Vuelve a guardar el diario sin cifrar. No se pierde nada.</translation>
    </message>
    <message>
        <source>Deletes backups made before the passphrase was set.</source>
        <translation>Borra las copias de seguridad hechas antes de poner la frase de contraseña.</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0 = never):</source>
        <translation>Bloquear tras estos minutos sin uso (0 = nunca):</translation>
    </message>
    <message>
        <source>Minutes before Tend locks itself</source>
        <translation>Minutos antes de que Tend se bloquee</translation>
    </message>
    <message>
        <source>Time the computer spends asleep counts too.</source>
        <translation>El tiempo que el equipo pasa en suspensión también cuenta.</translation>
    </message>
    <message>
        <source>Export the journal…</source>
        <translation>Exportar el diario…</translation>
    </message>
    <message>
        <source>Encrypted, or plain after a warning.</source>
        <translation>Cifrado, o sin cifrar tras un aviso.</translation>
    </message>
    <message>
        <source>Always in the clear, so Tend can work while locked: dates and times, step names, names of people, reminders&apos; times and places, and how long each answer is.</source>
        <translation>Siempre sin cifrar, para que Tend pueda funcionar mientras está bloqueado: fechas y horas, nombres de los pasos, nombres de las personas, horas y lugares de los recordatorios, y la longitud de cada respuesta.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Una frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same in both.</source>
        <translation>Las dos entradas no coinciden. Escribe lo mismo en ambas.</translation>
    </message>
    <message>
        <source>Demo mode keeps nothing on disk, so there is nothing to protect.</source>
        <translation>El modo demo no guarda nada en el disco, así que no hay nada que proteger.</translation>
    </message>
    <message>
        <source>Protected with a passphrase, and a recovery key exists.</source>
        <translation>Protegido con una frase de contraseña, y existe una clave de recuperación.</translation>
    </message>
    <message>
        <source>Protected with a passphrase. There is no recovery key: if the passphrase is lost, nobody can open the journal.</source>
        <translation>Protegido con una frase de contraseña. No hay clave de recuperación: si se pierde la frase de contraseña, nadie podrá abrir el diario.</translation>
    </message>
    <message>
        <source>Not protected: anyone who can use this computer account, or copies the journal file, can read it. Add a passphrase to encrypt it.</source>
        <translation>Sin protección: cualquiera que pueda usar esta cuenta del equipo, o que copie el archivo del diario, puede leerlo. Añade una frase de contraseña para cifrarlo.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Protect with this passphrase</source>
        <translation>Proteger con esta frase de contraseña</translation>
    </message>
    <message>
        <source>Delete the older, unencrypted backups (%1)</source>
        <translation>Borrar las copias de seguridad antiguas sin cifrar (%1)</translation>
    </message>
    <message>
        <source>Changing… (a second or two)</source>
        <translation>Cambiando… (un segundo o dos)</translation>
    </message>
    <message>
        <source>Protecting… (a few seconds)</source>
        <translation>Protegiendo… (unos segundos)</translation>
    </message>
    <message>
        <source>The passphrase is changed. Every entry opens with the new one; the old one no longer works.</source>
        <translation>La frase de contraseña se cambió. Todas las entradas se abren con la nueva; la anterior ya no funciona.</translation>
    </message>
    <message>
        <source>The journal is protected. Consider making a recovery key now.</source>
        <translation>El diario está protegido. Conviene crear ahora una clave de recuperación.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>¿Quitar la frase de contraseña?</translation>
    </message>
    <message>
        <source>Store the journal without a passphrase?</source>
        <translation>¿Guardar el diario sin frase de contraseña?</translation>
    </message>
    <message>
        <source>Nothing is lost, but anyone who can use this computer account, or copies the file, will be able to read it. A backup is made first.</source>
        <translation>No se pierde nada, pero cualquiera que pueda usar esta cuenta del equipo, o que copie el archivo, podrá leerlo. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Removing the passphrase…</source>
        <translation>Quitando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The passphrase is removed; every entry is kept.</source>
        <translation>La frase de contraseña se quitó; se conservan todas las entradas.</translation>
    </message>
    <message>
        <source>No recovery key could be made: %1</source>
        <translation>No se pudo crear una clave de recuperación: %1</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Your new recovery key. The earlier one no longer works. It is shown only now.</source>
        <translation>Tu nueva clave de recuperación. La anterior ya no funciona. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Ya la guardé</translation>
    </message>
    <message>
        <source>A new recovery key was made.</source>
        <translation>Se creó una nueva clave de recuperación.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>tend-journal</source>
        <translation>tend-diario</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Unencrypted backups deleted: %1.</source>
        <translation>Copias de seguridad sin cifrar borradas: %1.</translation>
    </message>
</context>
<context>
    <name>tend::ui::Profile</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::PromptCard</name>
    <message>
        <source>Write here, in your own words…</source>
        <translation>Escribe aquí, con tus propias palabras…</translation>
    </message>
</context>
<context>
    <name>tend::ui::ProtectionSetupPage</name>
    <message>
        <source>Protect your journal</source>
        <translation>Protege tu diario</translation>
    </message>
    <message>
        <source>A passphrase keeps what you write unreadable to anyone who copies the journal file or opens Tend on this computer. You&apos;ll type it when Tend starts and after it locks itself. We recommend it.</source>
        <translation>Una frase de contraseña hace que nadie pueda leer lo que escribes, aunque copie el archivo del diario o abra Tend en este equipo. La escribirás al iniciar Tend y cada vez que se bloquee por sí solo. Te lo recomendamos.</translation>
    </message>
    <message>
        <source>Please keep it safe. If the passphrase is lost, and the recovery key too, the journal cannot be opened — not by you, not by us, not by anyone. There is no reset.</source>
        <translation>Guárdala bien. Si se pierden la frase de contraseña y también la clave de recuperación, el diario no se podrá abrir: ni tú, ni nosotros, ni nadie podrá hacerlo. No hay forma de restablecerla.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Repítela</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Goes on without a passphrase. You can add one later in Settings.</source>
        <translation>Continúa sin frase de contraseña. Puedes añadir una más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Protect the journal</source>
        <translation>Proteger el diario</translation>
    </message>
    <message>
        <source>Encrypts the journal with this passphrase.</source>
        <translation>Cifra el diario con esta frase de contraseña.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use this computer account, or who copies the journal file, can read it. You can add one later in Settings.</source>
        <translation>Sin frase de contraseña, cualquiera que pueda usar esta cuenta del equipo, o que copie el archivo del diario, puede leerlo. Puedes añadir una más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Choose a passphrase, then type it again.</source>
        <translation>Elige una frase de contraseña y luego escríbela otra vez.</translation>
    </message>
    <message>
        <source>A little longer, please: at least %1 characters.</source>
        <translation>Un poco más larga, por favor: al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>That works. Longer is stronger — three or four unrelated words are easy to remember. Now type it again.</source>
        <translation>Sirve. Cuanto más larga, más segura: tres o cuatro palabras sin relación entre sí son fáciles de recordar. Ahora escríbela otra vez.</translation>
    </message>
    <message>
        <source>Good. Now type it again.</source>
        <translation>Bien. Ahora escríbela otra vez.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Las dos no coinciden.</translation>
    </message>
    <message>
        <source>They match.</source>
        <translation>Coinciden.</translation>
    </message>
    <message>
        <source>Demo mode keeps nothing on disk, so there is nothing to protect.</source>
        <translation>El modo de demostración no guarda nada en el disco, así que no hay nada que proteger.</translation>
    </message>
    <message>
        <source>Protecting… (a few seconds)</source>
        <translation>Protegiendo… (unos segundos)</translation>
    </message>
    <message>
        <source>The journal could not be protected: %1</source>
        <translation>No se pudo proteger el diario: %1</translation>
    </message>
    <message>
        <source>A recovery key, just in case</source>
        <translation>Una clave de recuperación, por si acaso</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, a recovery key opens the journal instead. It is shown once, here; save it or print it and keep it apart from this computer.</source>
        <translation>Si alguna vez se olvida la frase de contraseña, una clave de recuperación abre el diario en su lugar. Se muestra una sola vez, aquí; guárdala o imprímela y tenla lejos de este equipo.</translation>
    </message>
    <message>
        <source>Go on without one</source>
        <translation>Seguir sin clave</translation>
    </message>
    <message>
        <source>Then only the passphrase opens the journal. You can make a key later in Settings.</source>
        <translation>Entonces solo la frase de contraseña abrirá el diario. Puedes crear una clave más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Crear una clave de recuperación</translation>
    </message>
    <message>
        <source>Shows a new key to save or print.</source>
        <translation>Muestra una clave nueva para guardar o imprimir.</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Ya la guardé</translation>
    </message>
    <message>
        <source>Type its last group of four first.</source>
        <translation>Primero escribe su último grupo de cuatro.</translation>
    </message>
    <message>
        <source>No recovery key could be made: %1</source>
        <translation>No se pudo crear una clave de recuperación: %1</translation>
    </message>
    <message>
        <source>Private answers, each your own</source>
        <translation>Respuestas privadas, cada cual las suyas</translation>
    </message>
    <message>
        <source>Some answers are private to the one who writes them. With a key of your own, they open only with your passphrase or PIN — even for someone who knows the journal passphrase. Optional; it can be added later in Settings.</source>
        <translation>Algunas respuestas son privadas para quien las escribe. Con una clave propia, solo se abren con tu frase de contraseña o tu PIN, incluso para alguien que conozca la frase de contraseña del diario. Es opcional; se puede añadir más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Goes on to the short private check for each person.</source>
        <translation>Pasa a la breve revisión privada de cada persona.</translation>
    </message>
</context>
<context>
    <name>tend::ui::QuickEntryCard</name>
    <message>
        <source>Something happened?</source>
        <translation>¿Pasó algo?</translation>
    </message>
    <message>
        <source>Note it while it&apos;s fresh: step 1 opens at once, just for you.</source>
        <translation>Anótalo mientras está reciente: el paso 1 se abre enseguida, solo para ti.</translation>
    </message>
    <message>
        <source>It&apos;s %1</source>
        <translation>Soy %1</translation>
    </message>
    <message>
        <source>Start step 1</source>
        <translation>Empezar el paso 1</translation>
    </message>
    <message>
        <source>Starts step 1 on your own as %1, straight away.</source>
        <translation>Empieza el paso 1 por tu cuenta como %1, ahora mismo.</translation>
    </message>
    <message>
        <source>Something happened: start step 1 as %1</source>
        <translation>Pasó algo: empezar el paso 1 como %1</translation>
    </message>
</context>
<context>
    <name>tend::ui::RecordFormatter</name>
    <message>
        <source>&lt;i&gt;(skipped)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(sin responder)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>agreed to come back %1</source>
        <translation>acordaron volver el %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing written in this repair yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Todavía no hay nada escrito en esta reparación.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Coming back to this step&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;De vuelta a este paso&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &lt;small&gt;(kept private)&lt;/small&gt;</source>
        <translation> &lt;small&gt;(en privado)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Por mi cuenta</translation>
    </message>
    <message>
        <source>A repair together</source>
        <translation>Una reparación en pareja</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>dejada de lado</translation>
    </message>
    <message>
        <source>{n} of {max}</source>
        <extracomment>A scale answer: &quot;6 of 10&quot;. Keep {n} and {max}.</extracomment>
        <translation>{n} de {max}</translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation>Nada marcado</translation>
    </message>
    <message>
        <source>racing</source>
        <translation>acelerado</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>apagado</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>the full time</source>
        <translation>el tiempo completo</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>(said aloud)</source>
        <translation>(dicho en voz alta)</translation>
    </message>
    <message>
        <source>(noticing in my body) {n}</source>
        <translation>(lo que noto en el cuerpo) {n}</translation>
    </message>
    <message>
        <source>Yes, that&apos;s it.</source>
        <translation>Sí, es eso.</translation>
    </message>
    <message>
        <source>Not quite: {n}</source>
        <translation>No del todo: {n}</translation>
    </message>
    <message>
        <source>A card from an earlier version of the program</source>
        <translation>Una tarjeta de una versión anterior del programa</translation>
    </message>
    <message>
        <source>Tend journal</source>
        <translation>Diario de Tend</translation>
    </message>
    <message>
        <source>No repairs yet.</source>
        <translation>Todavía no hay reparaciones.</translation>
    </message>
    <message>
        <source>1 repair.</source>
        <translation>1 reparación.</translation>
    </message>
    <message>
        <source>{n} repairs.</source>
        <translation>{n} reparaciones.</translation>
    </message>
    <message>
        <source>As {n} sees it: what someone else kept private is not here.</source>
        <translation>Tal como lo ve {n}: lo que otra persona se guardó para sí no aparece aquí.</translation>
    </message>
    <message>
        <source>Shared answers only: nothing anyone kept private is here.</source>
        <translation>Solo respuestas compartidas: nada de lo que alguien se guardó para sí aparece aquí.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>Un acuerdo</translation>
    </message>
    <message>
        <source>Together, {n}</source>
        <translation>En pareja, {n}</translation>
    </message>
    <message>
        <source>Ended: {n}</source>
        <translation>Terminó: {n}</translation>
    </message>
    <message>
        <source>Paused to ask for: {n}</source>
        <translation>En pausa para pedir: {n}</translation>
    </message>
    <message>
        <source>Coming back:</source>
        <translation>Para volver:</translation>
    </message>
    <message>
        <source>Coming back to this step:</source>
        <translation>Volviendo a este paso:</translation>
    </message>
    <message>
        <source>(kept private)</source>
        <translation>(guardado para sí)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>Sin terminar todavía</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Sin responder.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>cumplido en parte</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>lo dejamos ir</translation>
    </message>
</context>
<context>
    <name>tend::ui::RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation>Guardar como PDF para imprimir…</translation>
    </message>
    <message>
        <source>Saves a one-page PDF with the key; print it from any PDF viewer.</source>
        <translation>Guarda un PDF de una página con la clave; imprímelo desde cualquier visor de PDF.</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <source>Saves the key in a small text file only you can read.</source>
        <translation>Guarda la clave en un pequeño archivo de texto que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>Keep it away from this computer — on paper in a drawer, or on a USB stick. Anyone holding it can open the shared journal. Tend has no Print button because printing would bring network code into the app; print the PDF instead.</source>
        <translation>Guárdala lejos de este equipo: en papel dentro de un cajón o en una memoria USB. Cualquiera que la tenga puede abrir el diario compartido. Tend no tiene botón de imprimir porque imprimir añadiría código de red a la aplicación; imprime el PDF en su lugar.</translation>
    </message>
    <message>
        <source>To check you have it, type its last group of four:</source>
        <translation>Para comprobar que la tienes, escribe su último grupo de cuatro:</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <source>The four characters after the last dash.</source>
        <translation>Los cuatro caracteres después del último guion.</translation>
    </message>
    <message>
        <source>That matches.</source>
        <translation>Coincide.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Tend recovery key</source>
        <translation>Clave de recuperación de Tend</translation>
    </message>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>This key opens your Tend journal if the passphrase is forgotten. Keep it somewhere safe, away from the computer. Anyone holding it can open the shared journal (not a partner&apos;s own private answers). Made on %1.</source>
        <translation>Esta clave abre tu diario de Tend si se olvida la frase de contraseña. Guárdala en un lugar seguro, lejos del equipo. Cualquiera que la tenga puede abrir el diario compartido (pero no las respuestas privadas de cada persona de la pareja). Creada el %1.</translation>
    </message>
    <message>
        <source>tend-recovery-key.pdf</source>
        <translation>tend-clave-de-recuperacion.pdf</translation>
    </message>
    <message>
        <source>tend-recovery-key.txt</source>
        <translation>tend-clave-de-recuperacion.txt</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <source>Save the recovery key as text</source>
        <translation>Guardar la clave de recuperación como texto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReflectionsCard</name>
    <message>
        <source>Reflections written alone</source>
        <translation>Reflexiones escritas a solas</translation>
    </message>
    <message>
        <source>Bring one into a repair together and go straight to step 5 when you meet.</source>
        <translation>Lleven una a una reparación en pareja y pasen directamente al paso 5 cuando se encuentren.</translation>
    </message>
    <message>
        <source>%1&apos;s reflection, %2</source>
        <translation>Reflexión de %1, %2</translation>
    </message>
    <message>
        <source>Bring it in</source>
        <translation>Incluirla</translation>
    </message>
    <message>
        <source>%1 chooses what to share, then you meet at step 5.</source>
        <translation>%1 elige qué compartir y luego se encuentran en el paso 5.</translation>
    </message>
    <message>
        <source>Bring %1&apos;s reflection into a repair together</source>
        <translation>Llevar la reflexión de %1 a una reparación en pareja</translation>
    </message>
</context>
<context>
    <name>tend::ui::RepairAttemptsCard</name>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 veces</translation>
    </message>
    <message>
        <source>Repair attempts</source>
        <translation>Intentos de reparación</translation>
    </message>
    <message>
        <source>Who reached back?</source>
        <translation>¿Quién intentó acercarse?</translation>
    </message>
    <message>
        <source>It was taken</source>
        <translation>Fue aceptado</translation>
    </message>
    <message>
        <source>Note the attempt, taken by the other: “I see you trying — thank you.”</source>
        <translation>Anotar el intento, aceptado por la otra persona: «Veo que lo intentas. Gracias».</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>Note the attempt; it was missed or not taken this time.</source>
        <translation>Anotar el intento; esta vez pasó de largo o no fue aceptado.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take back the attempt just noted.</source>
        <translation>Quitar el intento recién anotado.</translation>
    </message>
    <message>
        <source>%1 reached back %2, none taken yet</source>
        <translation>%1 intentó acercarse %2, aún ninguno aceptado</translation>
    </message>
    <message>
        <source>%1 reached back %2, taken %3</source>
        <translation>%1 intentó acercarse %2, aceptado %3</translation>
    </message>
    <message>
        <source>Nothing noted in the last %1 days yet.</source>
        <translation>Todavía nada anotado en los últimos %1 días.</translation>
    </message>
    <message>
        <source>The last %1 days: %2.</source>
        <translation>Los últimos %1 días: %2.</translation>
    </message>
    <message>
        <source>Noted: %1 reached back, and it was taken.</source>
        <translation>Anotado: %1 intentó acercarse, y fue aceptado.</translation>
    </message>
    <message>
        <source>Noted: %1 reached back.</source>
        <translation>Anotado: %1 intentó acercarse.</translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>Quitado.</translation>
    </message>
    <message>
        <source>A small way back after friction: a joke, a touch, “can we start over?”. Note one when you see it, and whether it was taken. No words are kept: only who, when, and whether.</source>
        <translation>Un pequeño gesto para volver después de una fricción: una broma, un roce, «¿empezamos de nuevo?». Anoten uno cuando lo vean, y si fue aceptado. No se guardan palabras: solo quién, cuándo y si fue aceptado.</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReportDialog</name>
    <message>
        <source>A report for your therapist</source>
        <translation>Un informe para su terapeuta</translation>
    </message>
    <message>
        <source>A PDF you can take to a session. Each of you decides whether your own shared answers go into it.</source>
        <translation>Un PDF que pueden llevar a una sesión. Cada persona decide si sus propias respuestas compartidas se incluyen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never in it:&lt;/b&gt; anything kept private, and nothing from the safety check.</source>
        <translation>&lt;b&gt;Nunca incluye:&lt;/b&gt; nada de lo que se mantiene en privado ni nada de la revisión de seguridad.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Whose answers</source>
        <translation>Qué respuestas</translation>
    </message>
    <message>
        <source>My answers</source>
        <translation>Mis respuestas</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>De los dos</translation>
    </message>
    <message>
        <source>Only %1&apos;s own answers</source>
        <translation>Solo las respuestas de %1</translation>
    </message>
    <message>
        <source>What will be in it</source>
        <translation>Qué incluirá</translation>
    </message>
    <message>
        <source>Who agrees</source>
        <translation>Quién da su acuerdo</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>El diario no está abierto.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>%1 agrees</source>
        <translation>%1 está de acuerdo</translation>
    </message>
    <message>
        <source>%1&apos;s PIN</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase</source>
        <translation>Frase de contraseña de %1</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, to agree</source>
        <translation>PIN de %1, para dar su acuerdo</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase, to agree</source>
        <translation>Frase de contraseña de %1, para dar su acuerdo</translation>
    </message>
    <message>
        <source>Their shared answers (%1) and check-ins (%2) go into this report.</source>
        <translation>Sus respuestas compartidas (%1) y sus valoraciones (%2) se incluyen en este informe.</translation>
    </message>
    <message>
        <source>A cover page: your names, the dates, and the one repair in them (%1).</source>
        <translation>Una portada: sus nombres, las fechas y la reparación de ese periodo (%1).</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>not completed yet</source>
        <translation>aún sin completar</translation>
    </message>
    <message>
        <source>A cover page: your names, the dates, and the %1 repairs in them (%2 completed, %3 paused for now).</source>
        <translation>Una portada: sus nombres, las fechas y las %1 reparaciones de ese periodo (%2 completadas, %3 en pausa por ahora).</translation>
    </message>
    <message>
        <source>Each repair in order, as you would read it: the shared answers of whoever agrees, their check-ins, and where your agreements stand.</source>
        <translation>Cada reparación en orden, tal como la leerían: las respuestas compartidas de quien dé su acuerdo, sus valoraciones y en qué punto están sus acuerdos.</translation>
    </message>
    <message>
        <source>What you wrote together, the wording of your agreements and the charts, only if both of you agree.</source>
        <translation>Lo que escribieron en pareja, el texto de sus acuerdos y los gráficos, solo si los dos dan su acuerdo.</translation>
    </message>
    <message>
        <source>There are no repairs in these dates.</source>
        <translation>No hay reparaciones en estas fechas.</translation>
    </message>
    <message>
        <source>Tend report %1 to %2.pdf</source>
        <translation>Informe de Tend %1 a %2.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Creando el informe…</translation>
    </message>
    <message>
        <source>%1&apos;s %2 did not match, so nothing was written. Try again.</source>
        <translation>No coincide %2 de %1, así que no se guardó nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>el PIN</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>la frase de contraseña</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: keep it somewhere private, and share it only with the person it is for.</source>
        <translation>Guardado en %1. No está cifrado: guárdalo en un lugar privado y compártelo solo con la persona a quien va dirigido.</translation>
    </message>
    <message>
        <source>Every repair in the journal</source>
        <translation>Todas las reparaciones del diario</translation>
    </message>
    <message>
        <source>Every repair up to {n}</source>
        <extracomment>{n} is a date.</extracomment>
        <translation>Todas las reparaciones hasta el {n}</translation>
    </message>
    <message>
        <source>From {n} to today</source>
        <extracomment>{n} is a date.</extracomment>
        <translation>Del {n} hasta hoy</translation>
    </message>
    <message>
        <source>{n} to {max}</source>
        <extracomment>A span of dates: {n} is the first day, {max} the last.</extracomment>
        <translation>Del {n} al {max}</translation>
    </message>
    <message>
        <source>{n}&apos;s own answers</source>
        <extracomment>{n} is a partner&apos;s name.</extracomment>
        <translation>Las respuestas de {n}</translation>
    </message>
    <message>
        <source>For {n}, together</source>
        <extracomment>{n} is the couple&apos;s name (&quot;Sam &amp; Alex&quot;).</extracomment>
        <translation>Para {n}, en pareja</translation>
    </message>
    <message>
        <source>{n} did not agree to share their answers, so none of them are here.</source>
        <extracomment>{n} is a partner&apos;s name.</extracomment>
        <translation>{n} no dio su permiso para compartir sus respuestas, así que aquí no aparece ninguna.</translation>
    </message>
    <message>
        <source>What the two of you wrote together, the wording of your agreements and the charts are left out: they need both of you to agree.</source>
        <translation>Quedan fuera lo que escribieron juntos, el texto de sus acuerdos y los gráficos: para eso hace falta el permiso de los dos.</translation>
    </message>
    <message>
        <source>Only {n}&apos;s own answers are here; nothing written together.</source>
        <extracomment>{n} is a partner&apos;s name.</extracomment>
        <translation>Aquí solo están las respuestas de {n}; nada de lo que escribieron juntos.</translation>
    </message>
    <message>
        <source>Nothing anyone kept private is here, and nothing from the safety check ever is.</source>
        <translation>No aparece nada de lo que alguien guardó en privado, y nunca aparece nada de la revisión de seguridad.</translation>
    </message>
    <message>
        <source>{n} of 10, {max}</source>
        <extracomment>A check-in: {n} is the level, {max} the body&apos;s state (&quot;racing&quot;).</extracomment>
        <translation>{n} de 10, {max}</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>kept</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly kept</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>cumplido en parte</translation>
    </message>
    <message>
        <source>not kept this time</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>esta vez no se cumplió</translation>
    </message>
    <message>
        <source>let go together</source>
        <extracomment>An agreement&apos;s state.</extracomment>
        <translation>lo dejamos ir juntos</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReturnScreen</name>
    <message>
        <source>COMING BACK</source>
        <translation>REENCUENTRO</translation>
    </message>
    <message>
        <source>Time to come back together</source>
        <translation>Es hora de reencontrarse</translation>
    </message>
    <message>
        <source>While Tend was closed, the time you agreed to come back has come. Keeping that promise is part of the repair — and if either of you is not ready yet, agreeing a new time is keeping it too.</source>
        <translation>Mientras Tend estaba cerrado, llegó la hora que acordaron para volver. Cumplir esa promesa es parte de la reparación; y si para alguno de los dos todavía no es el momento, acordar una nueva hora también es cumplirla.</translation>
    </message>
    <message>
        <source>Not now — go to the start screen</source>
        <translation>Ahora no: ir a la pantalla de inicio</translation>
    </message>
    <message>
        <source>Leaves the repair paused; you can continue it from Home.</source>
        <translation>Deja la reparación en pausa; pueden continuarla desde Inicio.</translation>
    </message>
    <message>
        <source>Where you agreed to meet: %1</source>
        <translation>Donde acordaron encontrarse: %1</translation>
    </message>
    <message>
        <source>Before you start, take one slow breath together.</source>
        <translation>Antes de empezar, respiren juntos una vez, despacio.</translation>
    </message>
    <message>
        <source>Continue the repair</source>
        <translation>Continuar la reparación</translation>
    </message>
    <message>
        <source>Opens the repair where you paused it.</source>
        <translation>Abre la reparación donde la dejaron en pausa.</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Reencuentro</translation>
    </message>
</context>
<context>
    <name>tend::ui::ReturnWatch</name>
    <message>
        <source>Open the repair</source>
        <translation>Abrir la reparación</translation>
    </message>
    <message>
        <source>Continue the repair you agreed to come back to.</source>
        <translation>Continúa la reparación que acordaron retomar.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hides this notice.</source>
        <translation>Oculta este aviso.</translation>
    </message>
    <message>
        <source>Open Tend</source>
        <translation>Abrir Tend</translation>
    </message>
    <message>
        <source>Quit Tend</source>
        <translation>Salir de Tend</translation>
    </message>
    <message>
        <source>Tend is still here</source>
        <translation>Tend sigue aquí</translation>
    </message>
    <message>
        <source>It will remind you at the time you agreed to come back. To quit, use the menu of this icon.</source>
        <translation>Les avisará a la hora que acordaron para volver. Para salir, usen el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SafetyCheckScreen</name>
    <message>
        <source>Private safety check</source>
        <translation>Revisión de seguridad privada</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Gracias.</translation>
    </message>
    <message>
        <source>Now it&apos;s %1&apos;s turn. Please pass the screen over; these answers are private too, and nobody else will see them.</source>
        <translation>Ahora le toca a %1. Pásale la pantalla, por favor; estas respuestas también son privadas y nadie más las verá.</translation>
    </message>
    <message>
        <source>I&apos;m %1 — begin</source>
        <translation>Soy %1: empezar</translation>
    </message>
    <message>
        <source>PRIVATE  ·  FOR %1 ONLY</source>
        <translation>PRIVADO  ·  SOLO PARA %1</translation>
    </message>
    <message>
        <source>That&apos;s fine</source>
        <translation>Está bien</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>PRIVATE  ·  %1  ·  QUESTION %2 OF %3</source>
        <translation>PRIVADO  ·  %1  ·  PREGUNTA %2 DE %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The question before.</source>
        <translation>La pregunta anterior.</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Go on without answering. Nothing is recorded for this question.</source>
        <translation>Sigue sin responder. No se guarda nada para esta pregunta.</translation>
    </message>
    <message>
        <source>Shows or hides this section.</source>
        <translation>Muestra u oculta esta sección.</translation>
    </message>
    <message>
        <source>Carry on with the questions</source>
        <translation>Seguir con las preguntas</translation>
    </message>
    <message>
        <source>Finish for now</source>
        <translation>Terminar por ahora</translation>
    </message>
    <message>
        <source>Calming practices</source>
        <translation>Prácticas para calmarse</translation>
    </message>
    <message>
        <source>Something small and steadying, whenever you want it.</source>
        <translation>Algo breve que te ayude a recuperar la calma, cuando quieras.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Not saved yet — Tend will keep trying.</source>
        <translation>Aún no se ha guardado; Tend lo seguirá intentando.</translation>
    </message>
    <message>
        <source>Kept on screen only</source>
        <translation>Solo en pantalla</translation>
    </message>
</context>
<context>
    <name>tend::ui::ScaleInput</name>
    <message>
        <source>%1 is %2, %3 is %4. Use the arrow keys to move.</source>
        <translation>%1 es %2, %3 es %4. Usa las teclas de flecha para moverte.</translation>
    </message>
    <message>
        <source>the least</source>
        <translation>lo mínimo</translation>
    </message>
    <message>
        <source>the most</source>
        <translation>lo máximo</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::ScheduleCard</name>
    <message>
        <source>When will you come back to this?</source>
        <translation>¿Cuándo retomarán esto?</translation>
    </message>
    <message>
        <source>Time to come back</source>
        <translation>Hora de volver</translation>
    </message>
    <message>
        <source>At least %1 minutes from now, and within a day.</source>
        <translation>Dentro de %1 minutos como mínimo, y antes de que pase un día.</translation>
    </message>
    <message>
        <source>Sets the time to come back.</source>
        <translation>Fija la hora de volver.</translation>
    </message>
    <message>
        <source>Where will you meet?</source>
        <translation>¿Dónde se encontrarán?</translation>
    </message>
    <message>
        <source>Place to meet</source>
        <translation>Lugar de encuentro</translation>
    </message>
    <message>
        <source>Somewhere you both feel at ease, such as the kitchen table or a walk outside.</source>
        <translation>Un sitio donde los dos se sientan a gusto, como la mesa de la cocina o un paseo al aire libre.</translation>
    </message>
    <message>
        <source>For example: the kitchen table</source>
        <translation>Por ejemplo: la mesa de la cocina</translation>
    </message>
    <message>
        <source>Uses this place.</source>
        <translation>Usa este lugar.</translation>
    </message>
    <message>
        <source>Pick a suggestion or set your own time. A break of at least %1 minutes gives the body time to settle.</source>
        <translation>Elijan una sugerencia o pongan su propia hora. Una pausa de al menos %1 minutos le da al cuerpo tiempo para calmarse.</translation>
    </message>
    <message>
        <source>Good. Tend will remind you at that time. Do something calming until then rather than going over the argument.</source>
        <translation>Bien. Tend les avisará a esa hora. Hasta entonces, hagan algo que les dé calma en lugar de darle vueltas a la discusión.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SessionController</name>
    <message>
        <source>The repair program could not be loaded, so a repair cannot start.</source>
        <translation>No se pudo cargar el programa de reparación, así que no se puede empezar una reparación.</translation>
    </message>
    <message>
        <source>The program this repair used is no longer available.</source>
        <translation>El programa que usó esta reparación ya no está disponible.</translation>
    </message>
    <message>
        <source>The saved state of this repair could not be read.</source>
        <translation>No se pudo leer el estado guardado de esta reparación.</translation>
    </message>
    <message>
        <source>The full repair could not be loaded, so this one goes on.</source>
        <translation>No se pudo cargar la reparación completa, así que esta continúa.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SessionListModel</name>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>dejada de lado</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Por mi cuenta</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 respuestas</translation>
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
        <translation>Prácticas para calmarse</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Repair together</source>
        <translation>Reparación en pareja</translation>
    </message>
    <message>
        <source>Repair on my own</source>
        <translation>Reparación por mi cuenta</translation>
    </message>
    <message>
        <source>Pause — I feel unsafe</source>
        <translation>Pausa — no me siento a salvo</translation>
    </message>
    <message>
        <source>Stops the session straight away and offers calming practices and help.</source>
        <translation>Detiene la sesión de inmediato y ofrece prácticas para calmarse y ayuda.</translation>
    </message>
    <message>
        <source>Stop this repair for now? Everything is kept.</source>
        <translation>¿Detener esta reparación por ahora? Todo se conserva.</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Detener por ahora</translation>
    </message>
    <message>
        <source>Why this step?</source>
        <translation>¿Por qué este paso?</translation>
    </message>
    <message>
        <source>Shows why this step matters.</source>
        <translation>Muestra por qué importa este paso.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The card before (Alt+Left). Your answers are kept.</source>
        <translation>La tarjeta anterior (Alt+Left). Tus respuestas se conservan.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go on to the next card (Ctrl+Enter). You can skip a card by going on without answering.</source>
        <translation>Pasa a la siguiente tarjeta (Ctrl+Enter). Puedes saltarte una tarjeta si sigues sin responder.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Who is writing now?</source>
        <translation>¿Quién escribe ahora?</translation>
    </message>
    <message>
        <source>%1 is writing</source>
        <translation>%1 está escribiendo</translation>
    </message>
    <message>
        <source>Switch the screen to %1 (Alt+%2).</source>
        <translation>Cambiar la pantalla a %1 (Alt+%2).</translation>
    </message>
    <message>
        <source>together</source>
        <translation>en pareja</translation>
    </message>
    <message>
        <source>each on your own</source>
        <translation>cada persona por su cuenta</translation>
    </message>
    <message>
        <source>opens when you have both finished step %1</source>
        <translation>se abre cuando los dos hayan terminado el paso %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No repair is open</source>
        <translation>No hay ninguna reparación abierta</translation>
    </message>
    <message>
        <source>STEP %1 OF %2</source>
        <translation>PASO %1 DE %2</translation>
    </message>
    <message>
        <source>TOGETHER</source>
        <translation>EN PAREJA</translation>
    </message>
    <message>
        <source>%1&apos;S OWN WORK</source>
        <translation>TRABAJO PERSONAL DE %1</translation>
    </message>
    <message>
        <source>ROUND %1</source>
        <translation>RONDA %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Not kept: the journal is not open, so this stays on screen only.</source>
        <translation>No se guarda: el diario no está abierto, así que esto solo queda en pantalla.</translation>
    </message>
    <message>
        <source>Pause and come back</source>
        <translation>Pausar y volver luego</translation>
    </message>
    <message>
        <source>Pause now with a time to come back, within a day.</source>
        <translation>Hacer una pausa ahora y fijar una hora para volver, antes de que pase un día.</translation>
    </message>
    <message>
        <source>Carry on for now</source>
        <translation>Seguir por ahora</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
    <message>
        <source>WAITING FOR EACH OTHER</source>
        <translation>ESPERANDO A LA OTRA PERSONA</translation>
    </message>
    <message>
        <source>%1, you have finished your own steps</source>
        <translation>%1, ya terminaste tus pasos</translation>
    </message>
    <message>
        <source>The next step is done together. It opens when %1 has finished the steps before it too — now or another time.</source>
        <translation>El siguiente paso se hace en pareja. Se abre cuando %1 también haya terminado los pasos anteriores, ahora o en otro momento.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <source>You have reached the end</source>
        <translation>Llegaste al final</translation>
    </message>
    <message>
        <source>Thank you for staying with it.</source>
        <translation>Gracias por seguir hasta aquí.</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Paused — everything is kept</source>
        <translation>En pausa: todo se conserva</translation>
    </message>
    <message>
        <source>You agreed to come back on %1.</source>
        <translation>Acordaron volver el %1.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Come back whenever you are both ready.</source>
        <translation>Vuelvan cuando sea buen momento para los dos.</translation>
    </message>
    <message>
        <source>Until then, do something calming rather than going over what happened.</source>
        <translation>Hasta entonces, hagan algo que les dé calma en lugar de darle vueltas a lo que pasó.</translation>
    </message>
    <message>
        <source>Continue now</source>
        <translation>Continuar ahora</translation>
    </message>
    <message>
        <source>Carry on where you paused.</source>
        <translation>Seguir donde lo dejaron.</translation>
    </message>
    <message>
        <source>Taking a pause</source>
        <translation>Una pausa</translation>
    </message>
    <message>
        <source>COMPLETE</source>
        <translation>COMPLETADO</translation>
    </message>
    <message>
        <source>Practice complete</source>
        <translation>Práctica completada</translation>
    </message>
    <message>
        <source>Thank you for taking this time. What you wrote is kept in your journal.</source>
        <translation>Gracias por tomarte este tiempo. Lo que escribiste queda guardado en tu diario.</translation>
    </message>
    <message>
        <source>You came through all five steps</source>
        <translation>Recorrieron los cinco pasos</translation>
    </message>
    <message>
        <source>Thank you for staying with each other through this. Repair is a skill, and you just practised it.</source>
        <translation>Gracias por acompañarse en esto. Reparar es una habilidad, y acaban de practicarla.</translation>
    </message>
    <message>
        <source>What you agreed to try</source>
        <translation>Lo que acordaron intentar</translation>
    </message>
    <message>
        <source>Read it in the journal</source>
        <translation>Leerlo en el diario</translation>
    </message>
    <message>
        <source>ON YOUR OWN</source>
        <translation>POR TU CUENTA</translation>
    </message>
    <message>
        <source>For now, Tend offers calming practices here in place of the repair steps. That can change when the private check is taken again, from Settings.</source>
        <translation>Por ahora, Tend ofrece aquí prácticas para calmarse en lugar de los pasos de reparación. Eso puede cambiar cuando se vuelva a hacer la revisión privada, desde Ajustes.</translation>
    </message>
    <message>
        <source>Something small and steadying, whenever you want it. “Get help now” is always at the top of the window.</source>
        <translation>Algo breve que te ayude a recuperar la calma, cuando quieras. «Pedir ayuda ahora» está siempre en la parte superior de la ventana.</translation>
    </message>
    <message>
        <source>Help and phone numbers</source>
        <translation>Ayuda y teléfonos</translation>
    </message>
    <message>
        <source>Emergency numbers and helplines for your country.</source>
        <translation>Números de emergencia y líneas de ayuda de tu país.</translation>
    </message>
    <message>
        <source>BEFORE YOU BEGIN  ·  TOGETHER</source>
        <translation>ANTES DE EMPEZAR  ·  EN PAREJA</translation>
    </message>
    <message>
        <source>Did we keep this?</source>
        <translation>¿Cumplimos esto?</translation>
    </message>
    <message>
        <source>ON YOUR OWN  ·  STEPS 1–4 DONE</source>
        <translation>POR TU CUENTA  ·  PASOS 1–4 HECHOS</translation>
    </message>
    <message>
        <source>Your reflection is kept</source>
        <translation>Tu reflexión está guardada</translation>
    </message>
    <message>
        <source>Well done for taking this time. Everything you wrote is in the journal, and private answers stay yours.</source>
        <translation>Bien hecho por tomarte este tiempo. Todo lo que escribiste está en el diario, y las respuestas privadas siguen siendo solo tuyas.</translation>
    </message>
    <message>
        <source>Step 5 happens together. When you both feel ready to meet, bring this reflection into a repair together — you choose what to share.</source>
        <translation>El paso 5 se hace en pareja. Cuando los dos sientan que es buen momento para encontrarse, lleva esta reflexión a una reparación en pareja: tú eliges qué compartir.</translation>
    </message>
    <message>
        <source>Bring it into a repair together</source>
        <translation>Llevarla a una reparación en pareja</translation>
    </message>
    <message>
        <source>Choose what to share, then your partner does their own steps and you meet at step 5.</source>
        <translation>Elige qué compartir; luego tu pareja hace sus propios pasos y se encuentran en el paso 5.</translation>
    </message>
    <message>
        <source>You can read it back in the journal, on your own or with your therapist.</source>
        <translation>Puedes volver a leerla en el diario, por tu cuenta o con tu terapeuta.</translation>
    </message>
    <message>
        <source>Already agreed in the round before — these are kept</source>
        <translation>Ya lo acordaron en la ronda anterior; esto se mantiene</translation>
    </message>
    <message>
        <source>Add anything new below; you can let one go later from your commitments.</source>
        <translation>Añadan abajo lo que sea nuevo; más adelante pueden soltar alguno desde sus compromisos.</translation>
    </message>
    <message>
        <source>What you each wrote on your own</source>
        <translation>Lo que cada persona escribió por su cuenta</translation>
    </message>
    <message>
        <source>Neither of you wrote down needs or requests on your own, or you kept them to yourselves. You can say them to each other now.</source>
        <translation>Ninguno de los dos anotó necesidades o peticiones por su cuenta, o se las guardaron. Pueden decírselas ahora.</translation>
    </message>
    <message>
        <source>You are back at the start of this step because one of you said “not yet”. That is the repair doing its work, not a failure.</source>
        <translation>Están de nuevo al inicio de este paso porque uno de ustedes dijo «todavía no». Es la reparación haciendo su trabajo, no un fracaso.</translation>
    </message>
    <message>
        <source>You are starting this step again after your pause.</source>
        <translation>Están empezando este paso de nuevo después de su pausa.</translation>
    </message>
    <message>
        <source>This time, begin with what still feels unsettled. Your intention and agreements from the round before are filled in — change them if you like.</source>
        <translation>Esta vez, empiecen por lo que todavía se siente sin resolver. Su intención y sus acuerdos de la ronda anterior ya están puestos; cámbienlos si quieren.</translation>
    </message>
    <message>
        <source>Now in the full repair. What you have written so far is carried over, ready to change.</source>
        <translation>Ahora están en la reparación completa. Lo que escribieron hasta aquí se ha traído, listo para cambiarlo.</translation>
    </message>
    <message>
        <source>You chose</source>
        <translation>Eligieron</translation>
    </message>
    <message>
        <source>When the same place keeps bringing you back</source>
        <translation>Cuando el mismo punto los trae de vuelta una y otra vez</translation>
    </message>
    <message>
        <source>Going round more than once is common, and you are still here, trying. If this keeps happening, in this repair or from one repair to the next, a couples therapist can help you both see what keeps pulling you back, with someone beside you who is on neither side.</source>
        <translation>Dar más de una vuelta es frecuente, y ustedes siguen aquí, intentándolo. Si esto se repite, en esta reparación o de una a la siguiente, una terapeuta o un terapeuta de pareja puede ayudarles a ver qué los sigue trayendo de vuelta, con alguien a su lado que no toma partido por nadie.</translation>
    </message>
    <message>
        <source>To find one: your doctor can often refer you; professional bodies for counselling and psychotherapy in your country keep registers you can search for couples work; and many counselling services offer couples sessions. You can bring what you wrote here, if you both want to.</source>
        <translation>Para encontrar uno: a menudo su médico puede derivarles; los colegios y asociaciones profesionales de psicología y psicoterapia de su país tienen registros donde buscar terapia de pareja; y muchos servicios de orientación ofrecen sesiones para parejas. Pueden llevar lo que escribieron aquí, si los dos lo desean.</translation>
    </message>
    <message>
        <source>Another day, when things are calm: “%1”, a short practice together in noticing the small ways you each reach back, and taking them.</source>
        <translation>Otro día, con calma: «%1», una práctica breve en pareja para notar los pequeños gestos con los que cada uno intenta acercarse, y aceptarlos.</translation>
    </message>
    <message>
        <source>Practise it now</source>
        <translation>Practicarlo ahora</translation>
    </message>
    <message>
        <source>What you each wrote in an earlier repair</source>
        <translation>Lo que cada uno escribió en una reparación anterior</translation>
    </message>
    <message>
        <source>What you wrote in an earlier repair</source>
        <translation>Lo que escribiste en una reparación anterior</translation>
    </message>
    <message>
        <source>An old hurt, again</source>
        <translation>Otra vez una herida antigua</translation>
    </message>
    <message>
        <source>You have marked an old hurt in an earlier repair too. Pain that keeps coming back often needs more room than one evening can give. A couples therapist, or a therapist of your own, can help you look at where it comes from, with someone beside you who is on neither side.</source>
        <translation>También marcaste una herida antigua en una reparación anterior. El dolor que vuelve una y otra vez suele necesitar más espacio del que cabe en una tarde. Una terapia de pareja, o una terapia propia, puede ayudarte a ver de dónde viene, con alguien a tu lado que no toma partido.</translation>
    </message>
</context>
<context>
    <name>tend::ui::Settings</name>
    <message>
        <source>Your preferences could not be saved to %1.</source>
        <translation>No se pudieron guardar tus preferencias en %1.</translation>
    </message>
</context>
<context>
    <name>tend::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The names Tend uses on screen, and an optional colour for each.</source>
        <translation>Los nombres que Tend usa en pantalla y, si quieres, un color para cada persona.</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Segunda persona</translation>
    </message>
    <message>
        <source>Save names and colours</source>
        <translation>Guardar nombres y colores</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Tema de color</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Text size, starting from your system&apos;s size</source>
        <translation>Tamaño del texto, a partir del tamaño del sistema</translation>
    </message>
    <message>
        <source>Reduce motion (no fading between pages)</source>
        <translation>Reducir el movimiento (sin fundidos entre páginas)</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Turns off gentle animations such as fading between pages.</source>
        <translation>Desactiva las animaciones suaves, como el fundido entre páginas.</translation>
    </message>
    <message>
        <source>Play a soft sound when a timer or a breathing practice ends</source>
        <translation>Reproducir un sonido suave cuando termine un temporizador o una práctica de respiración</translation>
    </message>
    <message>
        <source>Sound at the end of a timer</source>
        <translation>Sonido al terminar un temporizador</translation>
    </message>
    <message>
        <source>The desktop&apos;s own event sound; if your desktop has event sounds turned off, Tend stays quiet too. The card always shows when the time is up.</source>
        <translation>El sonido de eventos del propio escritorio; si tu escritorio tiene los sonidos de eventos desactivados, Tend tampoco suena. La tarjeta siempre muestra cuándo se acabó el tiempo.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Show the gentle writing coach while I write</source>
        <translation>Mostrar el amable asistente de escritura mientras escribo</translation>
    </message>
    <message>
        <source>Writing coach</source>
        <translation>Asistente de escritura</translation>
    </message>
    <message>
        <source>A quiet note beside what you write, about how it might land. It runs on this computer only.</source>
        <translation>Una nota discreta junto a lo que escribes, sobre cómo podría recibirse. Funciona solo en este equipo.</translation>
    </message>
    <message>
        <source>Help and safety</source>
        <translation>Ayuda y seguridad</translation>
    </message>
    <message>
        <source>The country decides which emergency number and helplines the help page shows.</source>
        <translation>El país determina qué número de emergencia y qué líneas de ayuda muestra la página de ayuda.</translation>
    </message>
    <message>
        <source>The private safety check can be taken again at any time. Answers stay with the person who gives them.</source>
        <translation>La revisión de seguridad privada se puede volver a hacer en cualquier momento. Las respuestas quedan solo con la persona que las da.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything Tend keeps is in this folder, on this computer only.</source>
        <translation>Todo lo que Tend guarda está en esta carpeta, solo en este equipo.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Muestra la carpeta de datos en tu gestor de archivos.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Tend makes a checked copy of your journal once a day when you open it, and keeps the last ten.</source>
        <translation>Tend hace una copia verificada de tu diario una vez al día, al abrirlo, y conserva las diez últimas.</translation>
    </message>
    <message>
        <source>Verified copies of the journal, newest first.</source>
        <translation>Copias verificadas del diario, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Makes and checks a copy of the journal now.</source>
        <translation>Hace y verifica ahora una copia del diario.</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restaurar la copia seleccionada…</translation>
    </message>
    <message>
        <source>Puts the chosen copy in place. The current journal is set aside, never deleted.</source>
        <translation>Pone en su lugar la copia elegida. El diario actual se aparta; nunca se borra.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>Copia hecha y verificada.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>No se pudo hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>About Tend</source>
        <translation>Acerca de Tend</translation>
    </message>
    <message>
        <source>Version %1. Tend is self-help practice, not therapy. It sends nothing anywhere: no accounts, no tracking, no network.</source>
        <translation>Versión %1. Tend es una práctica de autoayuda, no una terapia. No envía nada a ningún sitio: sin cuentas, sin rastreo, sin red.</translation>
    </message>
    <message>
        <source>Take the private check again (%1)</source>
        <translation>Volver a hacer la revisión privada (%1)</translation>
    </message>
    <message>
        <source>A few private questions, for %1 only.</source>
        <translation>Unas preguntas privadas, solo para %1.</translation>
    </message>
    <message>
        <source>Demo mode: nothing is written to disk.</source>
        <translation>Modo de demostración: no se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 KB</source>
        <translation>%1 · %2 · %3 KB</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation>¿Restaurar la copia del %1?</translation>
    </message>
    <message>
        <source>Anything written after it will no longer show. The current journal is kept beside it, not deleted.</source>
        <translation>Lo que se escribió después ya no se verá. El diario actual se guarda al lado; no se borra.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Keep things as they are</source>
        <translation>Dejarlo como está</translation>
    </message>
    <message>
        <source>Restored. The journal you had before was kept as %1.</source>
        <translation>Restaurada. El diario que tenías antes se guardó como %1.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>No se pudo restaurar la copia: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>tend::ui::StepRail</name>
    <message>
        <source>Steps of this repair</source>
        <translation>Pasos de esta reparación</translation>
    </message>
    <message>
        <source>FIVE STEPS</source>
        <translation>CINCO PASOS</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>estás aquí</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>PASOS</translation>
    </message>
</context>
<context>
    <name>tend::ui::Theme</name>
    <message>
        <source>Sage</source>
        <translation>Salvia</translation>
    </message>
    <message>
        <source>Clay</source>
        <translation>Arcilla</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Cielo</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Ciruela</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
</context>
<context>
    <name>tend::ui::TimerCard</name>
    <message>
        <source>remaining</source>
        <translation>restante</translation>
    </message>
</context>
<context>
    <name>tend::ui::TurnsCard</name>
    <message>
        <source>Either of you can pause at any moment: Pause at the top, or Ctrl+P. Nothing is lost.</source>
        <translation>Cualquiera de los dos puede hacer una pausa en cualquier momento: con el botón de pausa de arriba o con Ctrl+P. No se pierde nada.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Each of you takes a turn as the speaker before moving on. Still to be heard: %1.</source>
        <translation>Cada persona habla por turno antes de seguir. Aún falta escuchar a: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1: heard</source>
        <translation>%1: ya se le escuchó</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: todavía no</translation>
    </message>
    <message>
        <source>Round %1  ·  %2 speaks, %3 listens</source>
        <translation>Ronda %1  ·  %2 habla, %3 escucha</translation>
    </message>
    <message>
        <source>Who would like to speak first?</source>
        <translation>¿Quién quiere hablar primero?</translation>
    </message>
    <message>
        <source>The speaker shares; the listener only listens, then reflects back. You will swap after.</source>
        <translation>Quien habla comparte; quien escucha solo escucha y luego devuelve lo que oyó. Después intercambian los papeles.</translation>
    </message>
    <message>
        <source>Take a breath together. Now you swap roles.</source>
        <translation>Respiren juntos. Ahora intercambien los papeles.</translation>
    </message>
    <message>
        <source>%1 speaks first</source>
        <translation>%1 habla primero</translation>
    </message>
    <message>
        <source>%1 speaks now</source>
        <translation>Ahora habla %1</translation>
    </message>
    <message>
        <source>%1, share it again with what you added.</source>
        <translation>%1, vuelve a compartirlo con lo que añadiste.</translation>
    </message>
    <message>
        <source>%1, share what you would like %2 to hear.</source>
        <translation>%1, comparte lo que te gustaría que %2 escuche.</translation>
    </message>
    <message>
        <source>What you share (writing it down is optional)</source>
        <translation>Lo que compartes (escribirlo es opcional)</translation>
    </message>
    <message>
        <source>Speak from your own experience: what you felt, and feel now in your body…</source>
        <translation>Habla desde tu propia experiencia: lo que sentiste y lo que sientes ahora en el cuerpo…</translation>
    </message>
    <message>
        <source>Done — %1 reflects back</source>
        <translation>Hecho: ahora %1 devuelve lo que oyó</translation>
    </message>
    <message>
        <source>%1, say back what you heard, in your own words.</source>
        <translation>%1, di con tus propias palabras lo que escuchaste.</translation>
    </message>
    <message>
        <source>What %1 wrote down</source>
        <translation>Lo que anotó %1</translation>
    </message>
    <message>
        <source>What I heard you say</source>
        <translation>Lo que te escuché decir</translation>
    </message>
    <message>
        <source>What I heard is…</source>
        <translation>Lo que escuché es…</translation>
    </message>
    <message>
        <source>What I noticed in my body while listening</source>
        <translation>Lo que noté en mi cuerpo mientras escuchaba</translation>
    </message>
    <message>
        <source>While you spoke, I noticed…</source>
        <translation>Mientras hablabas, noté…</translation>
    </message>
    <message>
        <source>Ask %1: “%2”</source>
        <translation>Preguntar a %1: «%2»</translation>
    </message>
    <message>
        <source>Did I hear you right?</source>
        <translation>¿Te entendí bien?</translation>
    </message>
    <message>
        <source>What %1 heard</source>
        <translation>Lo que escuchó %1</translation>
    </message>
    <message>
        <source>What %1 noticed in their body</source>
        <translation>Lo que %1 notó en su cuerpo</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 pregunta:</translation>
    </message>
    <message>
        <source>%1, was that it?</source>
        <translation>%1, ¿era eso?</translation>
    </message>
    <message>
        <source>Yes, that&apos;s it</source>
        <translation>Sí, es eso</translation>
    </message>
    <message>
        <source>Not quite — I&apos;d like to add something</source>
        <translation>No del todo: quiero añadir algo</translation>
    </message>
    <message>
        <source>%1, what would you add or put differently?</source>
        <translation>%1, ¿qué añadirías o dirías de otra forma?</translation>
    </message>
    <message>
        <source>What I&apos;d add</source>
        <translation>Lo que añadiría</translation>
    </message>
    <message>
        <source>What I meant was… / What I&apos;d add is…</source>
        <translation>Lo que quise decir es… / Lo que añadiría es…</translation>
    </message>
    <message>
        <source>Start another round</source>
        <translation>Empezar otra ronda</translation>
    </message>
    <message>
        <source>You have both been heard.</source>
        <translation>Las dos voces se escucharon.</translation>
    </message>
    <message>
        <source>Thank you for listening to each other. Press Next when you are ready to go on.</source>
        <translation>Gracias por escucharse. Pulsen Siguiente cuando quieran seguir.</translation>
    </message>
    <message numerus="yes">
        <source>Time each turn: %n minute for each of you</source>
        <translation>
            <numerusform>Medir cada turno: %n minuto para cada uno</numerusform>
            <numerusform>Medir cada turno: %n minutos para cada uno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time each turn: %n minutes for each of you</source>
        <translation>
            <numerusform>Medir cada turno: %n minuto para cada uno</numerusform>
            <numerusform>Medir cada turno: %n minutos para cada uno</numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet clock for the speaker&apos;s turn. It says when a turn runs long; it never stops anyone.</source>
        <translation>Un reloj discreto para el turno de quien habla. Avisa cuando un turno se alarga; nunca interrumpe a nadie.</translation>
    </message>
    <message>
        <source>What makes sense to me is…</source>
        <translation>Lo que entiendo es…</translation>
    </message>
    <message>
        <source>What makes sense to %1</source>
        <translation>Lo que %1 entiende</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Speaking time: %1</source>
        <translation>Tiempo de palabra: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minute</source>
        <translation>
            <numerusform>%1 de %n minuto</numerusform>
            <numerusform>%1 de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minutes</source>
        <translation>
            <numerusform>%1 de %n minuto</numerusform>
            <numerusform>%1 de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This turn has run past %n minute (%1). When you are ready, let the other one reflect back; there is the same time for them.</source>
        <translation>
            <numerusform>Este turno ya pasa de %n minuto (%1). Cuando quieras, deja que la otra persona te devuelva lo que oyó; tendrá el mismo tiempo.</numerusform>
            <numerusform>Este turno ya pasa de %n minutos (%1). Cuando quieras, deja que la otra persona te devuelva lo que oyó; tendrá el mismo tiempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This turn has run past %n minutes (%1). When you are ready, let the other one reflect back; there is the same time for them.</source>
        <translation>
            <numerusform>Este turno ya pasa de %n minuto (%1). Cuando quieras, deja que la otra persona te devuelva lo que oyó; tendrá el mismo tiempo.</numerusform>
            <numerusform>Este turno ya pasa de %n minutos (%1). Cuando quieras, deja que la otra persona te devuelva lo que oyó; tendrá el mismo tiempo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ui::UserProgramsSection</name>
    <message>
        <source>Your own programs</source>
        <translation>Programas propios</translation>
    </message>
    <message>
        <source>Therapists can add programs of their own: put the program&apos;s JSON file in this folder, then reload. A file with problems is listed with what to fix and is not loaded.</source>
        <translation>Cada terapeuta puede añadir sus propios programas: coloca el archivo JSON del programa en esta carpeta y vuelve a cargar. Un archivo con problemas aparece en la lista con lo que hay que corregir y no se carga.</translation>
    </message>
    <message>
        <source>Reload programs</source>
        <translation>Volver a cargar programas</translation>
    </message>
    <message>
        <source>Reads the program files in the folder again and checks each one.</source>
        <translation>Vuelve a leer los archivos de programa de la carpeta y revisa cada uno.</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is ready.</source>
        <translation>%1 (%2, %3) está listo.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Starts a new repair with %1.</source>
        <translation>Empieza una nueva reparación con %1.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Not available right now. Each person takes the private check first, from Home.</source>
        <translation>No disponible por ahora. Cada persona hace primero la revisión privada, desde Inicio.</translation>
    </message>
    <message>
        <source>%1 was not loaded:</source>
        <translation>No se cargó %1:</translation>
    </message>
    <message>
        <source>The folder does not exist yet; create it to add programs.</source>
        <translation>La carpeta aún no existe; créala para añadir programas.</translation>
    </message>
    <message>
        <source>No program files in the folder.</source>
        <translation>No hay archivos de programa en la carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n program loaded</source>
        <translation>
            <numerusform>%n programa cargado</numerusform>
            <numerusform>%n programas cargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programs loaded</source>
        <translation>
            <numerusform>%n programa cargado</numerusform>
            <numerusform>%n programas cargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file with problems</source>
        <translation>
            <numerusform>%n archivo con problemas</numerusform>
            <numerusform>%n archivos con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files with problems</source>
        <translation>
            <numerusform>%n archivo con problemas</numerusform>
            <numerusform>%n archivos con problemas</numerusform>
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
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Welcome to Tend</source>
        <translation>Te damos la bienvenida a Tend</translation>
    </message>
    <message>
        <source>After a hurtful moment, Tend walks you back to each other, one calm step at a time.</source>
        <translation>Después de un momento que dolió, Tend los acompaña a reencontrarse, paso a paso y con calma.</translation>
    </message>
    <message>
        <source>Self-help practice, not therapy</source>
        <translation>Práctica de autoayuda, no terapia</translation>
    </message>
    <message>
        <source>It can&apos;t diagnose and doesn&apos;t watch for emergencies. “Get help now” is always at the top.</source>
        <translation>No puede diagnosticar ni vigila emergencias. «Pedir ayuda ahora» está siempre arriba.</translation>
    </message>
    <message>
        <source>Everything stays on this computer</source>
        <translation>Todo se queda en este equipo</translation>
    </message>
    <message>
        <source>No account, no cloud, nothing sent anywhere.</source>
        <translation>Sin cuenta, sin nube, nada se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>Go at your own pace</source>
        <translation>A tu propio ritmo</translation>
    </message>
    <message>
        <source>Pause, skip or stop at any step.</source>
        <translation>Puedes pausar, saltar o parar en cualquier paso.</translation>
    </message>
    <message>
        <source>Let&apos;s set up</source>
        <translation>Vamos a configurarlo</translation>
    </message>
    <message>
        <source>Choose who uses Tend and your country. Takes a minute.</source>
        <translation>Elige quién usa Tend y tu país. Lleva un minuto.</translation>
    </message>
    <message>
        <source>Who will use Tend?</source>
        <translation>¿Quién usará Tend?</translation>
    </message>
    <message>
        <source>The two of us</source>
        <translation>Somos dos</translation>
    </message>
    <message>
        <source>A couple working through things, at one screen or at different times.</source>
        <translation>Una pareja que está resolviendo cosas, en la misma pantalla o en momentos distintos.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>Journaling on my own, for example between therapy sessions.</source>
        <translation>Para escribir por mi cuenta, por ejemplo entre sesiones de terapia.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation>Nombre de tu pareja</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>¿Dónde vives?</translation>
    </message>
    <message>
        <source>Only used to show the right emergency number and helplines. You can change it in Settings.</source>
        <translation>Solo se usa para mostrar el número de emergencia y las líneas de ayuda que corresponden. Puedes cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Saves these details and goes on to a short private check for each person.</source>
        <translation>Guarda estos datos y pasa a una breve revisión privada para cada persona.</translation>
    </message>
    <message>
        <source>Add both names to go on.</source>
        <translation>Añade los dos nombres para continuar.</translation>
    </message>
    <message>
        <source>Add your name to go on.</source>
        <translation>Añade tu nombre para continuar.</translation>
    </message>
    <message>
        <source>Add your partner&apos;s name to go on.</source>
        <translation>Añade el nombre de tu pareja para continuar.</translation>
    </message>
    <message>
        <source>Use two different names so Tend can tell you apart.</source>
        <translation>Usa dos nombres distintos para que Tend pueda diferenciarlos.</translation>
    </message>
    <message>
        <source>You can go on without a country; the help page will then show the general advice and the international directory.</source>
        <translation>Puedes continuar sin país; la página de ayuda mostrará entonces los consejos generales y el directorio internacional.</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::BreathingOrb</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>A soft circle that grows and brightens as you breathe in and shrinks and dims as you breathe out.</source>
        <translation>Un círculo suave que crece y se ilumina al inhalar, y se encoge y se atenúa al exhalar.</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::BreathingPacer</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation>1 respiración</translation>
    </message>
    <message>
        <source>%1 breaths</source>
        <translation>%1 respiraciones</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Empezar la respiración</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause breathing</source>
        <translation>Pausar la respiración</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume breathing</source>
        <translation>Reanudar la respiración</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start breathing again</source>
        <translation>Empezar la respiración de nuevo</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Guía del ritmo de respiración</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Patrón de respiración</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Fase de la respiración</translation>
    </message>
    <message>
        <source>Seconds left in this phase</source>
        <translation>Segundos que quedan en esta fase</translation>
    </message>
    <message>
        <source>Breaths and time left</source>
        <translation>Respiraciones y tiempo restantes</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <translation>&amp;Movimiento reducido</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimiento reducido</translation>
    </message>
    <message>
        <source>Keep the circle still and follow a slow change of brightness instead.</source>
        <translation>Mantén el círculo quieto y sigue en su lugar un cambio lento de brillo.</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>End the breathing practice</source>
        <translation>Terminar la práctica de respiración</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Breath %1 of %2 · %3 left</source>
        <translation>Respiración %1 de %2 · quedan %3</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::FillRing</name>
    <message>
        <source>Time ring</source>
        <translation>Anillo de tiempo</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::HugTimer</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar el temporizador</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Reanudar el temporizador</translation>
    </message>
    <message>
        <source>Once &amp;more</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>Run the timer once more</source>
        <translation>Poner el temporizador otra vez</translation>
    </message>
    <message>
        <source>Re-bonding timer</source>
        <translation>Temporizador de reencuentro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Duración en segundos</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Empezar de &amp;cero</translation>
    </message>
    <message>
        <source>Start the timer over</source>
        <translation>Volver a empezar el temporizador desde cero</translation>
    </message>
    <message>
        <source>Touch is optional</source>
        <translation>El contacto físico es opcional</translation>
    </message>
    <message>
        <source>Other ways to reconnect</source>
        <translation>Otras formas de reconectar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>tend::ui::regulation::LiftPractice</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Empezar la práctica</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the practice</source>
        <translation>Pausar la práctica</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the practice</source>
        <translation>Reanudar la práctica</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Start the practice again</source>
        <translation>Empezar la práctica de nuevo</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>Práctica guiada</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Número de paso</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Time in this step</source>
        <translation>Tiempo en este paso</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Pre&amp;vious step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>Previous step of the practice</source>
        <translation>Paso anterior de la práctica</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>About 1 minute</source>
        <translation>Alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Unos %1 minutos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Practice step %1 of %2</source>
        <translation>Paso %1 de %2 de la práctica</translation>
    </message>
    <message>
        <source>&amp;Finish practice</source>
        <translation>&amp;Terminar la práctica</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Siguiente paso</translation>
    </message>
    <message>
        <source>Finish the practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <source>Next step of the practice</source>
        <translation>Siguiente paso de la práctica</translation>
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
        <translation>HH:mm, dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>tend::ui::report::PdfReport</name>
    <message>
        <source>Our repairs with Tend</source>
        <translation>Nuestras reparaciones con Tend</translation>
    </message>
    <message>
        <source>1 repair</source>
        <translation>1 reparación</translation>
    </message>
    <message>
        <source>%1 repairs</source>
        <translation>%1 reparaciones</translation>
    </message>
    <message>
        <source>%1 completed, %2 paused for now</source>
        <translation>%1 completadas, %2 en pausa por ahora</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>With the agreement of %1, whose shared answers are in it.</source>
        <translation>Con el acuerdo de %1, cuyas respuestas compartidas aparecen en él.</translation>
    </message>
    <message>
        <source>What is not in it</source>
        <translation>Lo que no incluye</translation>
    </message>
    <message>
        <source>Made on %1 with Tend, a self-help guide for repairing after a rupture. It is practice between two people, not therapy, and it keeps no diagnosis. Please keep this report private.</source>
        <translation>Creado el %1 con Tend, una guía de autoayuda para reparar después de un desencuentro. Es una práctica entre dos personas, no una terapia, y no contiene ningún diagnóstico. Por favor, guarden este informe en privado.</translation>
    </message>
    <message>
        <source>How the repairs have gone</source>
        <translation>Cómo han ido las reparaciones</translation>
    </message>
    <message>
        <source>Repairs by month</source>
        <translation>Reparaciones por mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciadas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>En pausa por ahora</translation>
    </message>
    <message>
        <source>Coming back together, over time</source>
        <translation>El reencuentro, a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No repair reached re-bonding together in this time.</source>
        <translation>En este periodo, ninguna reparación llegó a la reencuentro en pareja.</translation>
    </message>
    <message>
        <source>%1 repairs completed together. From the rupture to re-bonding usually took about %2.</source>
        <translation>%1 reparaciones completadas en pareja. Desde el desencuentro hasta la reencuentro solían pasar unos %2.</translation>
    </message>
    <message>
        <source>Check-ins before and after settling</source>
        <translation>Valoraciones antes y después de calmarse</translation>
    </message>
    <message>
        <source>Before settling</source>
        <translation>Antes de calmarse</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>After settling</source>
        <translation>Después de calmarse</translation>
    </message>
    <message>
        <source>From 0 (calm) to 10 (overwhelming), across %1 check-ins before and after: the level came down %2 times, stayed about the same %3 times and went up %4 times.</source>
        <translation>De 0 (calma) a 10 (abrumador), en %1 valoraciones de antes y después: el nivel bajó %2 veces, se mantuvo más o menos igual %3 veces y subió %4 veces.</translation>
    </message>
    <message>
        <source>What went with settling</source>
        <translation>Lo que acompañó a la calma</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Veces realizada</translation>
    </message>
    <message>
        <source>Average drop in level</source>
        <translation>Bajada media del nivel</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún pendiente</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>Let go of together</source>
        <translation>Retirado de común acuerdo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>An agreement (its words are left out)</source>
        <translation>Un acuerdo (se omite su texto)</translation>
    </message>
    <message>
        <source>One answer is left out: its writer did not agree.</source>
        <translation>Se omite una respuesta: quien la escribió no dio su acuerdo.</translation>
    </message>
    <message>
        <source>%1 answers are left out: their writer did not agree.</source>
        <translation>Se omiten %1 respuestas: quien las escribió no dio su acuerdo.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>There were no repairs in these dates.</source>
        <translation>No hubo reparaciones en estas fechas.</translation>
    </message>
    <message>
        <source>The report could not be laid out as a PDF.</source>
        <translation>No se pudo maquetar el informe como PDF.</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · página %2 de %3</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>tend::ui::safety::CalmingOnly</name>
    <message>
        <source>Breathe a little slower</source>
        <translation>Respira un poco más despacio</translation>
    </message>
    <message>
        <source>Something steadying</source>
        <translation>Algo para recuperar la calma</translation>
    </message>
</context>
</TS>
