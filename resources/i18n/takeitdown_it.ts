<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="75"/>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="77"/>
        <source>Something went wrong inside the app. Your photos and videos have not been sent anywhere. You can close the app and open it again.</source>
        <translation>Qualcosa è andato storto nell’app. Le tue foto e i tuoi video non sono stati inviati da nessuna parte. Puoi chiudere l’app e riaprirla.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="150"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="63"/>
        <source>Take It Down</source>
        <translation>Take It Down</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="151"/>
        <source>Quick exit</source>
        <translation>Uscita rapida</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="152"/>
        <source>Close the app at once. Pressing Esc twice does the same.</source>
        <translation>Chiude subito l’app. Premere Esc due volte fa lo stesso.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="153"/>
        <source>Quick exit: close the app at once</source>
        <translation>Uscita rapida: chiudi subito l’app</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="238"/>
        <source>They will be added to case {case}.</source>
        <translation>Verranno aggiunte alla segnalazione {case}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="274"/>
        <source>Save the fingerprints</source>
        <translation>Salva le impronte</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="158"/>
        <source>Practice mode</source>
        <translation>Modalità di prova</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="282"/>
        <source>Take It Down practice receipt

This was practice: nothing was sent to anyone, and this practice case disappeared when the app closed.

Case number: {case}
PIN: {pin}
</source>
        <translation>Ricevuta di prova Take It Down

Era solo una prova: non è stato inviato nulla a nessuno, e questa segnalazione di prova è sparita alla chiusura dell’app.

Numero di segnalazione: {case}
PIN: {pin}
</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="286"/>
        <source>Take It Down case receipt

Case number: {case}
PIN: {pin}
Service: {service}

Keep this safe. You need the case number and the PIN to check or withdraw the case.
</source>
        <translation>Ricevuta della segnalazione Take It Down

Numero di segnalazione: {case}
PIN: {pin}
Servizio: {service}

Conservala in un posto sicuro. Ti servono il numero di segnalazione e il PIN per controllare o ritirare la segnalazione.
</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="296"/>
        <source>Save receipt</source>
        <translation>Salva la ricevuta</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="304"/>
        <source>Practice case, nothing was sent.
Case number: {case}
PIN: {pin}</source>
        <translation>Segnalazione di prova, non è stato inviato nulla.
Numero di segnalazione: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="306"/>
        <source>Case number: {case}
PIN: {pin}</source>
        <translation>Numero di segnalazione: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="327"/>
        <source>Start over?</source>
        <translation>Ricominciare?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="328"/>
        <source>Have you written down or saved the case number and PIN? They will not be shown again.</source>
        <translation>Hai scritto o salvato il numero di segnalazione e il PIN? Non verranno mostrati di nuovo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="329"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="123"/>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="330"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="562"/>
        <source>Go back</source>
        <translation>Torna indietro</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="355"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="364"/>
        <source>No service is set up for this kind of case.</source>
        <translation>Nessun servizio è configurato per questo tipo di segnalazione.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="357"/>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="366"/>
        <source>Withdrawing…</source>
        <translation>Ritiro in corso…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="416"/>
        <source>None of the originals could be read, so there is nothing to compare the copy with.</source>
        <translation>Non è stato possibile leggere nessuno degli originali, quindi non c’è niente con cui confrontare la copia.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="425"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="42"/>
        <source>This file could not be read, so it could not be checked.</source>
        <translation>Non è stato possibile leggere questo file, quindi non è stato controllato.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="460"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="462"/>
        <source>Nothing has changed, so nothing was saved.</source>
        <translation>Non è cambiato nulla, quindi non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="471"/>
        <source>No service address is set for this kind of case.</source>
        <translation>Nessun indirizzo di servizio è impostato per questo tipo di segnalazione.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="473"/>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="477"/>
        <source>Connected. {text}</source>
        <translation>Connesso. {text}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="556"/>
        <source>Close without saving?</source>
        <translation>Chiudere senza salvare?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="558"/>
        <source>The case number and PIN have not been saved. Without them you cannot check or withdraw the case later, and they will not be shown again.</source>
        <translation>Il numero di segnalazione e il PIN non sono stati salvati. Senza di loro non potrai più controllare o ritirare la segnalazione, e non verranno mostrati di nuovo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="561"/>
        <source>Close anyway</source>
        <translation>Chiudi comunque</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="60"/>
        <source>PRACTICE MODE: nothing is sent anywhere. A practice service runs on this computer, and its cases disappear when the app closes.</source>
        <translation>MODALITÀ DI PROVA: non viene inviato nulla. Un servizio di prova funziona su questo computer, e le sue segnalazioni spariscono quando l’app si chiude.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="67"/>
        <source>No service is set up in this version of the app, so you can try every step safely in practice mode.</source>
        <translation>In questa versione dell’app non è configurato nessun servizio, quindi puoi provare ogni passaggio in sicurezza in modalità di prova.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="72"/>
        <source>Fingerprints go to {organisation}, and only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Le impronte vanno a {organisation}, e solo quando premi “Invia”, dopo aver visto esattamente cosa verrà inviato.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="75"/>
        <source>Fingerprints are sent only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Le impronte vengono inviate solo quando premi “Invia”, dopo aver visto esattamente cosa verrà inviato.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="82"/>
        <source>Practice mode: the fingerprints go to a practice service on this computer and nowhere else.</source>
        <translation>Modalità di prova: le impronte vanno a un servizio di prova su questo computer e da nessun’altra parte.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="84"/>
        <source>They will be sent to {organisation}.</source>
        <translation>Verranno inviate a {organisation}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="85"/>
        <source>They will be sent to the service at {url}.</source>
        <translation>Verranno inviate al servizio all’indirizzo {url}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="91"/>
        <source>{organisation} ({program}).</source>
        <translation>{organisation} ({program}).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="98"/>
        <source>That address cannot be used. It must start with https:// (http:// only for this computer).</source>
        <translation>Questo indirizzo non si può usare. Deve iniziare con https:// (http:// solo per questo computer).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="165"/>
        <source>This practice case is withdrawn. In practice mode nothing is shared with websites.</source>
        <translation>Questa segnalazione di prova è ritirata. In modalità di prova non viene condiviso nulla con i siti web.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="167"/>
        <source>This practice case is open with the fingerprints of %n file(s). In practice mode nothing is shared with websites, and the case disappears when the app closes.</source>
        <translation>
            <numerusform>Questa segnalazione di prova è aperta con le impronte di %n file. In modalità di prova non viene condiviso nulla con i siti web, e la segnalazione sparisce quando l’app si chiude.</numerusform>
            <numerusform>Questa segnalazione di prova è aperta con le impronte di %n file. In modalità di prova non viene condiviso nulla con i siti web, e la segnalazione sparisce quando l’app si chiude.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="173"/>
        <source>This case is withdrawn. Its fingerprints are no longer shared with websites.</source>
        <translation>Questa segnalazione è ritirata. Le sue impronte non sono più condivise con i siti web.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="175"/>
        <source>This case is active: the fingerprints of %n file(s) are being shared with websites that take part.</source>
        <translation>
            <numerusform>Questa segnalazione è attiva: le impronte di %n file sono condivise con i siti web che partecipano.</numerusform>
            <numerusform>Questa segnalazione è attiva: le impronte di %n file sono condivise con i siti web che partecipano.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="63"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="78"/>
        <source>Check an existing case</source>
        <translation>Controlla una segnalazione esistente</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="64"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="69"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="116"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="118"/>
        <source>Case number</source>
        <translation>Numero di segnalazione</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="65"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="117"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="119"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="66"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="71"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="72"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="139"/>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="243"/>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="87"/>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="48"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="89"/>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="61"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="73"/>
        <source>Withdraw this case…</source>
        <translation>Ritira questa segnalazione…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="67"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="78"/>
        <source>Taken when the person in them was under 18</source>
        <translation>Immagini di quando la persona ritratta aveva meno di 18 anni</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="68"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="79"/>
        <source>Taken when the person in them was 18 or older</source>
        <translation>Immagini di quando la persona ritratta aveva 18 anni o più</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="74"/>
        <source>Check</source>
        <comment>button: ask the service how the case stands</comment>
        <translation>Controlla</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="94"/>
        <source>Withdraw this case?</source>
        <translation>Ritirare questa segnalazione?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="96"/>
        <source>This is a practice case: nothing was shared with any website. Withdrawing it shows how withdrawing works, and cannot be undone.</source>
        <translation>Questa è una segnalazione di prova: non è stato condiviso nulla con nessun sito. Ritirarla mostra come funziona il ritiro, e non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="101"/>
        <source>If you withdraw the case, its fingerprints stop being shared with websites and they will no longer block these pictures. This cannot be undone.</source>
        <translation>Se ritiri la segnalazione, le sue impronte non vengono più condivise con i siti web, che non bloccheranno più queste immagini. Non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="104"/>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="105"/>
        <source>Keep the case</source>
        <translation>Mantieni la segnalazione</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="37"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="120"/>
        <source>Copy</source>
        <comment>to the clipboard</comment>
        <translation>Copia negli appunti</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="38"/>
        <source>Select all</source>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="121"/>
        <source>The copy is removed from the clipboard after two minutes.</source>
        <translation>La copia viene tolta dagli appunti dopo due minuti.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="122"/>
        <source>Save receipt…</source>
        <translation>Salva la ricevuta…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="124"/>
        <source>Add more files to this case</source>
        <translation>Aggiungi altri file a questa segnalazione</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="126"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="180"/>
        <source>Copied. It will be removed from the clipboard in two minutes.</source>
        <translation>Copiato. Verrà tolto dagli appunti tra due minuti.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="142"/>
        <source>Done: your practice case is open</source>
        <translation>Fatto: la tua segnalazione di prova è aperta</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="145"/>
        <source>This is only practice: the case exists on this computer until the app closes. Nothing was sent to any website and nothing will be blocked.</source>
        <translation>È solo una prova: la segnalazione esiste su questo computer finché l’app resta aperta. Non è stato inviato nulla a nessun sito e non verrà bloccato nulla.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="151"/>
        <source>With a real service, this is where you would write down the case number and PIN. You can try checking or withdrawing this practice case before you close the app.</source>
        <translation>Con un servizio vero, qui scriveresti il numero di segnalazione e il PIN. Puoi provare a controllare o ritirare questa segnalazione di prova prima di chiudere l’app.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="156"/>
        <source>Done: your case is open</source>
        <translation>Fatto: la tua segnalazione è aperta</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="159"/>
        <source>Write down or save the case number and PIN now. The PIN is shown only once and cannot be recovered: it is not stored anywhere, so nobody else can use your case. You need both to check the case or to withdraw it.</source>
        <translation>Scrivi o salva adesso il numero di segnalazione e il PIN. Il PIN viene mostrato una sola volta e non si può recuperare: non è conservato da nessuna parte, così nessun altro può usare la tua segnalazione. Ti servono entrambi per controllare o ritirare la segnalazione.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="166"/>
        <source>What happens next: websites that take part receive the fingerprints and block uploads that match them. Edited, cropped or filtered copies may look different enough to need their own submission: you can add them to this case.</source>
        <translation>Cosa succede ora: i siti web che partecipano ricevono le impronte e bloccano i caricamenti che corrispondono. Copie modificate, ritagliate o con filtri possono essere abbastanza diverse da richiedere un invio a parte: puoi aggiungerle a questa segnalazione.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="33"/>
        <source>Not found: it may have been moved or deleted.</source>
        <translation>Non trovato: forse è stato spostato o eliminato.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="34"/>
        <source>Not a photo or video.</source>
        <translation>Non è una foto né un video.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="35"/>
        <source>This computer does not allow it to be opened.</source>
        <translation>Questo computer non permette di aprirlo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="36"/>
        <source>Could not be read from the disk.</source>
        <translation>Impossibile leggerlo dal disco.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="37"/>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="38"/>
        <source>Not supported: this is not a photo or video this app can read.</source>
        <translation>Non supportato: non è una foto o un video che questa app sa leggere.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="39"/>
        <source>Damaged or only partly downloaded, so it could not be read.</source>
        <translation>Danneggiato o scaricato solo in parte, quindi non è stato possibile leggerlo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="40"/>
        <source>Too large to fingerprint safely.</source>
        <translation>Troppo grande per crearne l’impronta in sicurezza.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="41"/>
        <source>Sound only: there are no pictures in it.</source>
        <translation>Solo audio: non contiene immagini.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="42"/>
        <source>Stopped.</source>
        <translation>Fermato.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="43"/>
        <source>Something went wrong while reading it.</source>
        <translation>Qualcosa è andato storto durante la lettura.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="45"/>
        <source>Could not be read.</source>
        <translation>Impossibile leggerlo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="50"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="52"/>
        <source>Fingerprinting… {percent}%</source>
        <translation>Creazione dell’impronta… {percent}%</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="57"/>
        <source>Done, but this picture has very little detail, so websites may not recognise copies of it.</source>
        <translation>Fatto, ma questa immagine ha pochissimi dettagli, quindi i siti web potrebbero non riconoscerne le copie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="61"/>
        <source>Done, but only part of it could be read.</source>
        <translation>Fatto, ma è stato possibile leggerne solo una parte.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="63"/>
        <source>Done, but some of its pictures could not be read.</source>
        <translation>Fatto, ma alcune sue immagini non si sono potute leggere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="66"/>
        <source>Done, but only the first of its %n picture(s) was fingerprinted.</source>
        <translation>
            <numerusform>Fatto, ma solo la prima delle sue %n immagine ha ricevuto l’impronta.</numerusform>
            <numerusform>Fatto, ma solo la prima delle sue %n immagini ha ricevuto l’impronta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="67"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="114"/>
        <source>Drag photos, videos or folders into this window</source>
        <translation>Trascina foto, video o cartelle in questa finestra</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="217"/>
        <source>Add the photos and videos</source>
        <translation>Aggiungi le foto e i video</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="220"/>
        <source>Each file is fingerprinted here, on this computer. The files themselves are not copied or sent anywhere.</source>
        <translation>L’impronta di ogni file viene creata qui, su questo computer. I file non vengono copiati né inviati da nessuna parte.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="224"/>
        <source>Choose files…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="225"/>
        <source>Choose a folder…</source>
        <translation>Scegli una cartella…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="231"/>
        <source>Previews stay blurred until you choose to see them.</source>
        <translation>Le anteprime restano sfocate finché non scegli di vederle.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="232"/>
        <source>Files to fingerprint</source>
        <translation>File di cui creare l’impronta</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="240"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="241"/>
        <source>Stop fingerprinting</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="242"/>
        <source>Clear all</source>
        <translation>Svuota l’elenco</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="244"/>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="62"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="269"/>
        <source>Choose photos and videos</source>
        <translation>Scegli foto e video</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="274"/>
        <source>Choose a folder</source>
        <translation>Scegli una cartella</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Blur previews</source>
        <translation>Sfoca le anteprime</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Show previews</source>
        <translation>Mostra le anteprime</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="328"/>
        <source>“{name}” is already in the list, so it was not added again.</source>
        <translation>“{name}” è già nell’elenco, quindi non è stato aggiunto di nuovo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="336"/>
        <source>Fingerprinting finished: %n file(s) ready.</source>
        <translation>
            <numerusform>Impronte create: %n file pronto.</numerusform>
            <numerusform>Impronte create: %n file pronti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="365"/>
        <source>Wait until every file has been fingerprinted.</source>
        <translation>Aspetta che sia creata l’impronta di ogni file.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="367"/>
        <source>Add at least one photo or video.</source>
        <translation>Aggiungi almeno una foto o un video.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/partials/dialogs.py" line="36"/>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation>Impossibile salvare il file lì. Scegli un altro posto.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="17"/>
        <source>Fingerprints of {photos} and {videos} will be sent.</source>
        <translation>Verranno inviate le impronte di {photos} e {videos}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n video</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="21"/>
        <source>Fingerprints of %n video(s) will be sent.</source>
        <translation>
            <numerusform>Verranno inviate le impronte di %n video.</numerusform>
            <numerusform>Verranno inviate le impronte di %n video.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="22"/>
        <source>Fingerprints of %n photo(s) will be sent.</source>
        <translation>
            <numerusform>Verranno inviate le impronte di %n foto.</numerusform>
            <numerusform>Verranno inviate le impronte di %n foto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="82"/>
        <source>Check what will be sent</source>
        <translation>Controlla cosa verrà inviato</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="83"/>
        <source>No pictures, no file names, nothing about you or this computer.</source>
        <translation>Nessuna immagine, nessun nome di file, niente su di te o su questo computer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="85"/>
        <source>The exact data that will be sent</source>
        <translation>I dati esatti che verranno inviati</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="86"/>
        <source>I am the person in these pictures, or I am helping them and they agree.</source>
        <translation>Sono la persona in queste immagini, oppure la sto aiutando ed è d’accordo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="88"/>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="49"/>
        <source>Save without sending…</source>
        <translation>Salva senza inviare…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="90"/>
        <source>Keep the fingerprints in a file, to send later or from another device. Nothing is sent.</source>
        <translation>Conserva le impronte in un file, per inviarle più tardi o da un altro dispositivo. Non viene inviato nulla.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="92"/>
        <source>Send the fingerprints</source>
        <translation>Invia le impronte</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Hide the exact data</source>
        <translation>Nascondi i dati esatti</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Show the exact data (technical)</source>
        <translation>Mostra i dati esatti (tecnico)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="117"/>
        <source>%n photo(s) have very little detail, so websites may not recognise every copy.</source>
        <translation>
            <numerusform>%n foto ha pochissimi dettagli, quindi i siti web potrebbero non riconoscerne ogni copia.</numerusform>
            <numerusform>%n foto hanno pochissimi dettagli, quindi i siti web potrebbero non riconoscerne ogni copia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="126"/>
        <source>%n file(s) will not be sent</source>
        <translation>
            <numerusform>%n file non verrà inviato</numerusform>
            <numerusform>%n file non verranno inviati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="129"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="47"/>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="50"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="55"/>
        <source>Sending the fingerprints…</source>
        <translation>Invio delle impronte…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="56"/>
        <source>This usually takes a few seconds.</source>
        <translation>Di solito ci vogliono pochi secondi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="58"/>
        <source>The fingerprints have not been sent yet</source>
        <translation>Le impronte non sono ancora state inviate</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="62"/>
        <source>Nothing is lost: you can try again, or save the fingerprints to send later.</source>
        <translation>Non si è perso nulla: puoi riprovare, oppure salvare le impronte per inviarle più tardi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="77"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="73"/>
        <source>Where fingerprints are sent. Leave a field empty to use the service this version of the app came with.</source>
        <translation>Dove vengono inviate le impronte. Lascia un campo vuoto per usare il servizio fornito con questa versione dell’app.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="82"/>
        <source>Service address: {kind}</source>
        <translation>Indirizzo del servizio: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="83"/>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="84"/>
        <source>Test connection: {kind}</source>
        <translation>Prova la connessione: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="85"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="88"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="87"/>
        <source>Same as this computer</source>
        <translation>Come su questo computer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="90"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="64"/>
        <source>Help stop intimate photos and videos from spreading</source>
        <translation>Aiuta a fermare la diffusione di foto e video intimi</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="67"/>
        <source>This app makes a fingerprint of each photo or video you choose. Only those fingerprints are sent, so that websites taking part can recognise the pictures and block them.</source>
        <translation>Questa app crea un’impronta di ogni foto o video che scegli. Vengono inviate solo queste impronte, così i siti web che partecipano possono riconoscere le immagini e bloccarle.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="73"/>
        <source>Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.</source>
        <translation>Le tue foto e i tuoi video non lasciano mai questo computer. Nessuno li vede: né noi, né i siti web.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="76"/>
        <source>To leave the app at once, press Esc twice or use “Quick exit” at the top.</source>
        <translation>Per uscire subito dall’app, premi Esc due volte o usa “Uscita rapida” in alto.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="80"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="50"/>
        <source>How old was the person in them?</source>
        <translation>Quanti anni aveva la persona nelle immagini?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="53"/>
        <source>What counts is their age when the pictures were taken, not today. If you are helping someone, answer for them. The answer decides which service receives the fingerprints.</source>
        <translation>Conta l’età che aveva quando le immagini sono state scattate, non quella di oggi. Se stai aiutando qualcuno, rispondi per questa persona. La risposta decide quale servizio riceve le impronte.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="58"/>
        <source>Under 18 in at least one of the pictures</source>
        <translation>Meno di 18 anni in almeno una delle immagini</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="59"/>
        <source>18 or older in all of the pictures</source>
        <translation>18 anni o più in tutte le immagini</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="60"/>
        <source>If you are not sure, choose “under 18”.</source>
        <translation>Se non sei sicuro o sicura, scegli “meno di 18”.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="100"/>
        <source>This version of the app has no service set up for pictures taken before the person in them turned 18. NCMEC&apos;s free Take It Down service does the same in a web browser: takeitdown.ncmec.org. If you are in danger, please talk to someone you trust or call your local emergency number.</source>
        <translation>Questa versione dell’app non ha un servizio configurato per le immagini scattate prima che la persona ritratta compisse 18 anni. Il servizio gratuito Take It Down di NCMEC fa lo stesso in un browser: takeitdown.ncmec.org. Se sei in pericolo, parla con una persona di cui ti fidi o chiama il numero di emergenza locale.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="107"/>
        <source>This version of the app has no service set up for adults. StopNCII.org does the same for free in a web browser. You can also set a service address in Settings.</source>
        <translation>Questa versione dell’app non ha un servizio configurato per gli adulti. StopNCII.org fa lo stesso gratis in un browser. Puoi anche impostare un indirizzo di servizio nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="21"/>
        <source>Yes: this is the same file as one of your originals. Websites that take part will recognise it.</source>
        <translation>Sì: è lo stesso file di uno dei tuoi originali. I siti web che partecipano lo riconosceranno.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="24"/>
        <source>Probably: this copy is a mirrored or turned version of one of your originals. Websites that check for that will recognise it. To be sure that every website does, add it to the case too.</source>
        <translation>Probabilmente: questa copia è una versione specchiata o ruotata di uno dei tuoi originali. I siti che lo controllano la riconosceranno. Per avere la certezza che la riconoscano tutti, aggiungila anche alla segnalazione.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="28"/>
        <source>Yes: websites that take part would recognise this copy. It is close enough to one of your originals.</source>
        <translation>Sì: i siti web che partecipano riconoscerebbero questa copia. È abbastanza simile a uno dei tuoi originali.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="30"/>
        <source>Yes: websites that take part would recognise this video. Most of its scenes match one of your originals.</source>
        <translation>Sì: i siti web che partecipano riconoscerebbero questo video. Gran parte delle scene corrisponde a uno dei tuoi originali.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="33"/>
        <source>No: this picture has too little detail to be recognised by how it looks. Adding it to the case still lets websites block this exact file.</source>
        <translation>No: questa immagine ha troppi pochi dettagli per essere riconosciuta dall’aspetto. Aggiungerla alla segnalazione permette comunque ai siti di bloccare proprio questo file.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="38"/>
        <source>This copy cannot be compared: none of your originals is the same kind of file (a photo or a video). Add it to the case so that it can be blocked too.</source>
        <translation>Questa copia non si può confrontare: nessuno dei tuoi originali è dello stesso tipo (foto o video). Aggiungila alla segnalazione così potrà essere bloccata anche lei.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="44"/>
        <source>No: this copy looks too different from your originals for websites to recognise it (for example, it is cropped or has a frame around it). Add it to the case so that it can be blocked too.</source>
        <translation>No: questa copia è troppo diversa dai tuoi originali perché i siti la riconoscano (per esempio è ritagliata o ha una cornice). Aggiungila alla segnalazione così potrà essere bloccata anche lei.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="55"/>
        <source>Closest original: {name}. Difference: {distance} (up to 31 is recognised).</source>
        <translation>Originale più simile: {name}. Differenza: {distance} (fino a 31 viene riconosciuta).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="60"/>
        <source>Closest original: {name}. Matching scenes: {copy}% of the copy, {original}% of the original (80% of each is recognised).</source>
        <translation>Originale più simile: {name}. Scene corrispondenti: {copy}% della copia, {original}% dell’originale (viene riconosciuto con l’80% di ciascuno).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="127"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="125"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="79"/>
        <source>Check a copy</source>
        <translation>Controlla una copia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="130"/>
        <source>Found a copy of your photo or video online? Check whether websites that take part would recognise it from your fingerprints. Nothing is sent: the check happens on this computer.</source>
        <translation>Hai trovato online una copia della tua foto o del tuo video? Controlla se i siti web che partecipano la riconoscerebbero dalle tue impronte. Non viene inviato nulla: il controllo avviene su questo computer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="134"/>
        <source>The copy you found</source>
        <translation>La copia che hai trovato</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="135"/>
        <source>Your originals</source>
        <translation>I tuoi originali</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="136"/>
        <source>Choose the copy…</source>
        <translation>Scegli la copia…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="137"/>
        <source>Choose originals…</source>
        <translation>Scegli gli originali…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="138"/>
        <source>Choose a fingerprint file…</source>
        <translation>Scegli un file di impronte…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="140"/>
        <source>Check</source>
        <comment>button: compare the copy found online with the originals</comment>
        <translation>Confronta</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Add it to this case</source>
        <translation>Aggiungila a questa segnalazione</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Start a case with it</source>
        <translation>Apri una segnalazione con questa</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="147"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="153"/>
        <source>Nothing chosen yet</source>
        <translation>Niente scelto per ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="150"/>
        <source>The fingerprints of %n file(s) from this case</source>
        <translation>
            <numerusform>Le impronte di %n file di questa segnalazione</numerusform>
            <numerusform>Le impronte di %n file di questa segnalazione</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="186"/>
        <source>Checking… Nothing is sent: this happens on this computer.</source>
        <translation>Controllo in corso… Non viene inviato nulla: succede su questo computer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="200"/>
        <source>Practice mode: nothing was shared with websites, so none of them is looking for this copy. This is what a real case would do.</source>
        <translation>Modalità di prova: non è stato condiviso nulla con i siti web, quindi nessuno sta cercando questa copia. Questo è ciò che farebbe una segnalazione vera.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="226"/>
        <source>Choose the copy</source>
        <translation>Scegli la copia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="232"/>
        <source>Choose your originals</source>
        <translation>Scegli i tuoi originali</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="237"/>
        <source>Choose a fingerprint file</source>
        <translation>Scegli un file di impronte</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="33"/>
        <source>This computer does not seem to be connected to the internet. Check the connection and try again.</source>
        <translation>Sembra che questo computer non sia connesso a Internet. Controlla la connessione e riprova.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="37"/>
        <source>The service could not be reached or did not answer in time. It may be busy; please try again in a little while.</source>
        <translation>Non è stato possibile raggiungere il servizio, o non ha risposto in tempo. Forse è occupato: riprova tra un po’.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="41"/>
        <source>The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks.</source>
        <translation>La connessione al servizio non è sicura (non è stato possibile verificare il suo certificato), quindi non è stato inviato nulla. Può succedere su alcune reti Wi-Fi pubbliche.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="46"/>
        <source>The service address is not safe to use: an address on another computer must start with https://.</source>
        <translation>L’indirizzo del servizio non è sicuro: un indirizzo su un altro computer deve iniziare con https://.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="50"/>
        <source>No case matches this case number and PIN. Check both and try again.</source>
        <translation>Nessuna segnalazione corrisponde a questo numero di segnalazione e PIN. Controlla entrambi e riprova.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="55"/>
        <source>Too many wrong PINs were tried, so checking is paused for a while, even with the right PIN. Your case is not affected. Please try again later.</source>
        <translation>Sono stati provati troppi PIN sbagliati, quindi le verifiche sono sospese per un po’, anche con il PIN giusto. La tua segnalazione non cambia. Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="60"/>
        <source>The service did not accept the fingerprints.</source>
        <translation>Il servizio non ha accettato le impronte.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="61"/>
        <source>The service gave an answer this app could not understand. Please try again later.</source>
        <translation>Il servizio ha dato una risposta che questa app non capisce. Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="64"/>
        <source>Practice mode is not included in this version of the app. Set a service address in Settings.</source>
        <translation>La modalità di prova non è inclusa in questa versione dell’app. Imposta un indirizzo di servizio nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="68"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Qualcosa è andato storto. Riprova.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="71"/>
        <source>The service is not taking more cases from this internet connection for now: many were opened from it in the last hour. Your fingerprints were not kept. Please try again later.</source>
        <translation>Per ora il servizio non accetta altre segnalazioni da questa connessione internet: nell’ultima ora ne sono state aperte molte da qui. Le tue impronte non sono state conservate. Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="77"/>
        <source>It said: {reason}</source>
        <translation>Ha risposto: {reason}</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <location filename="../../build_scripts/entry.py" line="32"/>
        <source>A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora).</source>
        <translation>Manca una libreria grafica. Installa il pacchetto libgl1 (Debian, Ubuntu) o mesa-libGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="33"/>
        <source>A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora).</source>
        <translation>Manca una libreria grafica. Installa il pacchetto libegl1 (Debian, Ubuntu) o mesa-libEGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="34"/>
        <source>A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora).</source>
        <translation>Manca una libreria di visualizzazione. Installa il pacchetto libxcb-cursor0 (Debian, Ubuntu) o xcb-util-cursor (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="35"/>
        <source>The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this.</source>
        <translation>L’app non è riuscita ad aprire una finestra su questo desktop. Di solito si risolve installando il pacchetto libxcb-cursor0.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="36"/>
        <source>A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora).</source>
        <translation>Manca una libreria dei caratteri. Installa il pacchetto libfontconfig1 (Debian, Ubuntu) o fontconfig (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="38"/>
        <source>Take It Down could not start</source>
        <translation>Take It Down non è riuscita ad avviarsi</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="39"/>
        <source>No photos or videos were read or sent.</source>
        <translation>Nessuna foto e nessun video è stato letto o inviato.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="40"/>
        <source>Take It Down stopped unexpectedly</source>
        <translation>Take It Down si è chiusa inaspettatamente</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="41"/>
        <source>It closed because of an error.</source>
        <translation>Si è chiusa a causa di un errore.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="42"/>
        <source>Details:</source>
        <translation>Dettagli:</translation>
    </message>
</context>
</TS>
