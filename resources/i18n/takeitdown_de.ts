<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="75"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="77"/>
        <source>Something went wrong inside the app. Your photos and videos have not been sent anywhere. You can close the app and open it again.</source>
        <translation>In der App ist etwas schiefgelaufen. Deine Fotos und Videos wurden nirgendwohin gesendet. Du kannst die App schließen und wieder öffnen.</translation>
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
        <translation>Schnell beenden</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="152"/>
        <source>Close the app at once. Pressing Esc twice does the same.</source>
        <translation>Schließt die App sofort. Zweimal Esc drücken tut dasselbe.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="153"/>
        <source>Quick exit: close the app at once</source>
        <translation>Schnell beenden: die App sofort schließen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="238"/>
        <source>They will be added to case {case}.</source>
        <translation>Sie werden zum Fall {case} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="274"/>
        <source>Save the fingerprints</source>
        <translation>Fingerabdrücke speichern</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="158"/>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="282"/>
        <source>Take It Down practice receipt

This was practice: nothing was sent to anyone, and this practice case disappeared when the app closed.

Case number: {case}
PIN: {pin}
</source>
        <translation>Take It Down – Übungsbeleg

Das war nur eine Übung: Es wurde nichts an irgendwen gesendet, und dieser Übungsfall ist beim Schließen der App verschwunden.

Fallnummer: {case}
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
        <translation>Take It Down – Fallbeleg

Fallnummer: {case}
PIN: {pin}
Dienst: {service}

Bewahre diesen Beleg sicher auf. Du brauchst die Fallnummer und die PIN, um den Fall abzufragen oder zurückzuziehen.
</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="296"/>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="304"/>
        <source>Practice case, nothing was sent.
Case number: {case}
PIN: {pin}</source>
        <translation>Übungsfall, es wurde nichts gesendet.
Fallnummer: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="306"/>
        <source>Case number: {case}
PIN: {pin}</source>
        <translation>Fallnummer: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="327"/>
        <source>Start over?</source>
        <translation>Neu anfangen?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="328"/>
        <source>Have you written down or saved the case number and PIN? They will not be shown again.</source>
        <translation>Hast du die Fallnummer und die PIN aufgeschrieben oder gespeichert? Sie werden nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="329"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="123"/>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="330"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="562"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="355"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="364"/>
        <source>No service is set up for this kind of case.</source>
        <translation>Für diese Art von Fall ist kein Dienst eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="357"/>
        <source>Checking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="366"/>
        <source>Withdrawing…</source>
        <translation>Wird zurückgezogen…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="416"/>
        <source>None of the originals could be read, so there is nothing to compare the copy with.</source>
        <translation>Keines der Originale konnte gelesen werden, daher gibt es nichts, womit die Kopie verglichen werden kann.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="425"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="42"/>
        <source>This file could not be read, so it could not be checked.</source>
        <translation>Diese Datei konnte nicht gelesen und daher nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="460"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="462"/>
        <source>Nothing has changed, so nothing was saved.</source>
        <translation>Nichts hat sich geändert, also wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="471"/>
        <source>No service address is set for this kind of case.</source>
        <translation>Für diese Art von Fall ist keine Dienstadresse eingetragen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="473"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="477"/>
        <source>Connected. {text}</source>
        <translation>Verbunden. {text}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="556"/>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="558"/>
        <source>The case number and PIN have not been saved. Without them you cannot check or withdraw the case later, and they will not be shown again.</source>
        <translation>Die Fallnummer und die PIN wurden nicht gespeichert. Ohne sie kannst du den Fall später nicht abfragen oder zurückziehen, und sie werden nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="561"/>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="60"/>
        <source>PRACTICE MODE: nothing is sent anywhere. A practice service runs on this computer, and its cases disappear when the app closes.</source>
        <translation>ÜBUNGSMODUS: Nichts wird irgendwohin gesendet. Ein Übungsdienst läuft auf diesem Computer, und seine Fälle verschwinden, wenn die App geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="67"/>
        <source>No service is set up in this version of the app, so you can try every step safely in practice mode.</source>
        <translation>In dieser Version der App ist kein Dienst eingerichtet. Du kannst also jeden Schritt gefahrlos im Übungsmodus ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="72"/>
        <source>Fingerprints go to {organisation}, and only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Die Fingerabdrücke gehen an {organisation}, und erst, wenn du auf „Senden“ drückst, nachdem du genau gesehen hast, was gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="75"/>
        <source>Fingerprints are sent only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Die Fingerabdrücke werden erst gesendet, wenn du auf „Senden“ drückst, nachdem du genau gesehen hast, was gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="82"/>
        <source>Practice mode: the fingerprints go to a practice service on this computer and nowhere else.</source>
        <translation>Übungsmodus: Die Fingerabdrücke gehen an einen Übungsdienst auf diesem Computer und nirgendwo sonst hin.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="84"/>
        <source>They will be sent to {organisation}.</source>
        <translation>Sie werden an {organisation} gesendet.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="85"/>
        <source>They will be sent to the service at {url}.</source>
        <translation>Sie werden an den Dienst unter {url} gesendet.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="91"/>
        <source>{organisation} ({program}).</source>
        <translation>{organisation} ({program}).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="98"/>
        <source>That address cannot be used. It must start with https:// (http:// only for this computer).</source>
        <translation>Diese Adresse kann nicht verwendet werden. Sie muss mit https:// beginnen (http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="165"/>
        <source>This practice case is withdrawn. In practice mode nothing is shared with websites.</source>
        <translation>Dieser Übungsfall ist zurückgezogen. Im Übungsmodus wird nichts mit Websites geteilt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="167"/>
        <source>This practice case is open with the fingerprints of %n file(s). In practice mode nothing is shared with websites, and the case disappears when the app closes.</source>
        <translation>
            <numerusform>Dieser Übungsfall ist offen, mit den Fingerabdrücken von %n Datei. Im Übungsmodus wird nichts mit Websites geteilt, und der Fall verschwindet, wenn die App geschlossen wird.</numerusform>
            <numerusform>Dieser Übungsfall ist offen, mit den Fingerabdrücken von %n Dateien. Im Übungsmodus wird nichts mit Websites geteilt, und der Fall verschwindet, wenn die App geschlossen wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="173"/>
        <source>This case is withdrawn. Its fingerprints are no longer shared with websites.</source>
        <translation>Dieser Fall ist zurückgezogen. Seine Fingerabdrücke werden nicht mehr mit Websites geteilt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="175"/>
        <source>This case is active: the fingerprints of %n file(s) are being shared with websites that take part.</source>
        <translation>
            <numerusform>Dieser Fall ist aktiv: Die Fingerabdrücke von %n Datei werden mit teilnehmenden Websites geteilt.</numerusform>
            <numerusform>Dieser Fall ist aktiv: Die Fingerabdrücke von %n Dateien werden mit teilnehmenden Websites geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="63"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="78"/>
        <source>Check an existing case</source>
        <translation>Bestehenden Fall abfragen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="64"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="69"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="116"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="118"/>
        <source>Case number</source>
        <translation>Fallnummer</translation>
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
        <translation>Dienst</translation>
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
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="73"/>
        <source>Withdraw this case…</source>
        <translation>Diesen Fall zurückziehen…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="67"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="78"/>
        <source>Taken when the person in them was under 18</source>
        <translation>Aufgenommen, als die Person darauf unter 18 war</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="68"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="79"/>
        <source>Taken when the person in them was 18 or older</source>
        <translation>Aufgenommen, als die Person darauf 18 oder älter war</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="74"/>
        <source>Check</source>
        <comment>button: ask the service how the case stands</comment>
        <translation>Abfragen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="94"/>
        <source>Withdraw this case?</source>
        <translation>Diesen Fall zurückziehen?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="96"/>
        <source>This is a practice case: nothing was shared with any website. Withdrawing it shows how withdrawing works, and cannot be undone.</source>
        <translation>Das ist ein Übungsfall: Es wurde nichts mit einer Website geteilt. Das Zurückziehen zeigt, wie es funktioniert, und lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="101"/>
        <source>If you withdraw the case, its fingerprints stop being shared with websites and they will no longer block these pictures. This cannot be undone.</source>
        <translation>Wenn du den Fall zurückziehst, werden seine Fingerabdrücke nicht mehr mit Websites geteilt, und diese Bilder werden dort nicht mehr blockiert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="104"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="105"/>
        <source>Keep the case</source>
        <translation>Fall behalten</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="37"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="120"/>
        <source>Copy</source>
        <comment>to the clipboard</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="38"/>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="121"/>
        <source>The copy is removed from the clipboard after two minutes.</source>
        <translation>Das Kopierte wird nach zwei Minuten aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="122"/>
        <source>Save receipt…</source>
        <translation>Beleg speichern…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="124"/>
        <source>Add more files to this case</source>
        <translation>Weitere Dateien zu diesem Fall hinzufügen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="126"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="180"/>
        <source>Copied. It will be removed from the clipboard in two minutes.</source>
        <translation>Kopiert. Es wird in zwei Minuten aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="142"/>
        <source>Done: your practice case is open</source>
        <translation>Fertig: Dein Übungsfall ist offen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="145"/>
        <source>This is only practice: the case exists on this computer until the app closes. Nothing was sent to any website and nothing will be blocked.</source>
        <translation>Das ist nur eine Übung: Der Fall besteht auf diesem Computer, bis die App geschlossen wird. Nichts wurde an eine Website gesendet, und nichts wird blockiert.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="151"/>
        <source>With a real service, this is where you would write down the case number and PIN. You can try checking or withdrawing this practice case before you close the app.</source>
        <translation>Bei einem echten Dienst würdest du hier die Fallnummer und die PIN aufschreiben. Du kannst ausprobieren, diesen Übungsfall abzufragen oder zurückzuziehen, bevor du die App schließt.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="156"/>
        <source>Done: your case is open</source>
        <translation>Fertig: Dein Fall ist offen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="159"/>
        <source>Write down or save the case number and PIN now. The PIN is shown only once and cannot be recovered: it is not stored anywhere, so nobody else can use your case. You need both to check the case or to withdraw it.</source>
        <translation>Schreib dir die Fallnummer und die PIN jetzt auf oder speichere sie. Die PIN wird nur einmal angezeigt und kann nicht wiederhergestellt werden: Sie wird nirgends gespeichert, also kann niemand sonst deinen Fall nutzen. Du brauchst beides, um den Fall abzufragen oder zurückzuziehen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="166"/>
        <source>What happens next: websites that take part receive the fingerprints and block uploads that match them. Edited, cropped or filtered copies may look different enough to need their own submission: you can add them to this case.</source>
        <translation>Wie es weitergeht: Teilnehmende Websites erhalten die Fingerabdrücke und blockieren passende Uploads. Bearbeitete, zugeschnittene oder gefilterte Kopien können so anders aussehen, dass sie eigens eingereicht werden müssen: Du kannst sie zu diesem Fall hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="33"/>
        <source>Not found: it may have been moved or deleted.</source>
        <translation>Nicht gefunden: Sie wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="34"/>
        <source>Not a photo or video.</source>
        <translation>Kein Foto und kein Video.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="35"/>
        <source>This computer does not allow it to be opened.</source>
        <translation>Dieser Computer erlaubt nicht, sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="36"/>
        <source>Could not be read from the disk.</source>
        <translation>Konnte nicht vom Datenträger gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="37"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="38"/>
        <source>Not supported: this is not a photo or video this app can read.</source>
        <translation>Nicht unterstützt: Das ist kein Foto oder Video, das diese App lesen kann.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="39"/>
        <source>Damaged or only partly downloaded, so it could not be read.</source>
        <translation>Beschädigt oder nur teilweise heruntergeladen, daher nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="40"/>
        <source>Too large to fingerprint safely.</source>
        <translation>Zu groß, um sicher einen Fingerabdruck zu erstellen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="41"/>
        <source>Sound only: there are no pictures in it.</source>
        <translation>Nur Ton: Es sind keine Bilder darin.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="42"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="43"/>
        <source>Something went wrong while reading it.</source>
        <translation>Beim Lesen ist etwas schiefgelaufen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="45"/>
        <source>Could not be read.</source>
        <translation>Konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="50"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="52"/>
        <source>Fingerprinting… {percent}%</source>
        <translation>Fingerabdruck wird erstellt… {percent} %</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="57"/>
        <source>Done, but this picture has very little detail, so websites may not recognise copies of it.</source>
        <translation>Fertig, aber dieses Bild hat sehr wenig Details. Websites erkennen Kopien davon vielleicht nicht.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="61"/>
        <source>Done, but only part of it could be read.</source>
        <translation>Fertig, aber nur ein Teil konnte gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="63"/>
        <source>Done, but some of its pictures could not be read.</source>
        <translation>Fertig, aber einige Bilder darin konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="66"/>
        <source>Done, but only the first of its %n picture(s) was fingerprinted.</source>
        <translation>
            <numerusform>Fertig, aber nur das erste seiner %n Bilder hat einen Fingerabdruck bekommen.</numerusform>
            <numerusform>Fertig, aber nur das erste seiner %n Bilder hat einen Fingerabdruck bekommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="67"/>
        <source>Done</source>
        <translation>Fertig</translation>
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
        <translation>Ziehe Fotos, Videos oder Ordner in dieses Fenster</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="217"/>
        <source>Add the photos and videos</source>
        <translation>Füge die Fotos und Videos hinzu</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="220"/>
        <source>Each file is fingerprinted here, on this computer. The files themselves are not copied or sent anywhere.</source>
        <translation>Der Fingerabdruck jeder Datei wird hier auf diesem Computer erstellt. Die Dateien selbst werden weder kopiert noch gesendet.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="224"/>
        <source>Choose files…</source>
        <translation>Dateien auswählen…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="225"/>
        <source>Choose a folder…</source>
        <translation>Ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="231"/>
        <source>Previews stay blurred until you choose to see them.</source>
        <translation>Die Vorschauen bleiben unscharf, bis du sie sehen willst.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="232"/>
        <source>Files to fingerprint</source>
        <translation>Dateien für Fingerabdrücke</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="240"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="241"/>
        <source>Stop fingerprinting</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="242"/>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="244"/>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="62"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="269"/>
        <source>Choose photos and videos</source>
        <translation>Fotos und Videos auswählen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="274"/>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Blur previews</source>
        <translation>Vorschauen unscharf machen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Show previews</source>
        <translation>Vorschauen zeigen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="328"/>
        <source>“{name}” is already in the list, so it was not added again.</source>
        <translation>„{name}“ ist schon in der Liste und wurde nicht noch einmal hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="336"/>
        <source>Fingerprinting finished: %n file(s) ready.</source>
        <translation>
            <numerusform>Fingerabdrücke fertig: %n Datei bereit.</numerusform>
            <numerusform>Fingerabdrücke fertig: %n Dateien bereit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="365"/>
        <source>Wait until every file has been fingerprinted.</source>
        <translation>Warte, bis für jede Datei ein Fingerabdruck erstellt ist.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="367"/>
        <source>Add at least one photo or video.</source>
        <translation>Füge mindestens ein Foto oder Video hinzu.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/partials/dialogs.py" line="36"/>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation>Die Datei konnte dort nicht gespeichert werden. Bitte wähle einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="17"/>
        <source>Fingerprints of {photos} and {videos} will be sent.</source>
        <translation>Die Fingerabdrücke von {photos} und {videos} werden gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="21"/>
        <source>Fingerprints of %n video(s) will be sent.</source>
        <translation>
            <numerusform>Die Fingerabdrücke von %n Video werden gesendet.</numerusform>
            <numerusform>Die Fingerabdrücke von %n Videos werden gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="22"/>
        <source>Fingerprints of %n photo(s) will be sent.</source>
        <translation>
            <numerusform>Die Fingerabdrücke von %n Foto werden gesendet.</numerusform>
            <numerusform>Die Fingerabdrücke von %n Fotos werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="82"/>
        <source>Check what will be sent</source>
        <translation>Prüfe, was gesendet wird</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="83"/>
        <source>No pictures, no file names, nothing about you or this computer.</source>
        <translation>Keine Bilder, keine Dateinamen, nichts über dich oder diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="85"/>
        <source>The exact data that will be sent</source>
        <translation>Die genauen Daten, die gesendet werden</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="86"/>
        <source>I am the person in these pictures, or I am helping them and they agree.</source>
        <translation>Ich bin die Person auf diesen Bildern, oder ich helfe ihr und sie ist einverstanden.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="88"/>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="49"/>
        <source>Save without sending…</source>
        <translation>Ohne Senden speichern…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="90"/>
        <source>Keep the fingerprints in a file, to send later or from another device. Nothing is sent.</source>
        <translation>Die Fingerabdrücke in einer Datei aufbewahren, um sie später oder von einem anderen Gerät zu senden. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="92"/>
        <source>Send the fingerprints</source>
        <translation>Fingerabdrücke senden</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Hide the exact data</source>
        <translation>Genaue Daten ausblenden</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Show the exact data (technical)</source>
        <translation>Genaue Daten zeigen (technisch)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="117"/>
        <source>%n photo(s) have very little detail, so websites may not recognise every copy.</source>
        <translation>
            <numerusform>%n Foto hat sehr wenig Details. Websites erkennen vielleicht nicht jede Kopie.</numerusform>
            <numerusform>%n Fotos haben sehr wenig Details. Websites erkennen vielleicht nicht jede Kopie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="126"/>
        <source>%n file(s) will not be sent</source>
        <translation>
            <numerusform>%n Datei wird nicht gesendet</numerusform>
            <numerusform>%n Dateien werden nicht gesendet</numerusform>
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
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="50"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="55"/>
        <source>Sending the fingerprints…</source>
        <translation>Die Fingerabdrücke werden gesendet…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="56"/>
        <source>This usually takes a few seconds.</source>
        <translation>Das dauert meist nur ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="58"/>
        <source>The fingerprints have not been sent yet</source>
        <translation>Die Fingerabdrücke wurden noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="62"/>
        <source>Nothing is lost: you can try again, or save the fingerprints to send later.</source>
        <translation>Nichts ist verloren: Du kannst es erneut versuchen oder die Fingerabdrücke speichern und später senden.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="77"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="73"/>
        <source>Where fingerprints are sent. Leave a field empty to use the service this version of the app came with.</source>
        <translation>Wohin die Fingerabdrücke gesendet werden. Lass ein Feld leer, um den Dienst zu nutzen, mit dem diese Version der App kam.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="82"/>
        <source>Service address: {kind}</source>
        <translation>Dienstadresse: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="83"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="84"/>
        <source>Test connection: {kind}</source>
        <translation>Verbindung testen: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="85"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="88"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="87"/>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="90"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="64"/>
        <source>Help stop intimate photos and videos from spreading</source>
        <translation>Hilf mit, die Verbreitung intimer Fotos und Videos zu stoppen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="67"/>
        <source>This app makes a fingerprint of each photo or video you choose. Only those fingerprints are sent, so that websites taking part can recognise the pictures and block them.</source>
        <translation>Diese App erstellt einen Fingerabdruck von jedem Foto oder Video, das du auswählst. Nur diese Fingerabdrücke werden gesendet, damit teilnehmende Websites die Bilder erkennen und blockieren können.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="73"/>
        <source>Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.</source>
        <translation>Deine Fotos und Videos verlassen nie diesen Computer. Niemand sieht sie: nicht wir, nicht die Websites.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="76"/>
        <source>To leave the app at once, press Esc twice or use “Quick exit” at the top.</source>
        <translation>Um die App sofort zu verlassen, drücke zweimal Esc oder nutze oben „Schnell beenden“.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="80"/>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="50"/>
        <source>How old was the person in them?</source>
        <translation>Wie alt war die Person auf den Bildern?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="53"/>
        <source>What counts is their age when the pictures were taken, not today. If you are helping someone, answer for them. The answer decides which service receives the fingerprints.</source>
        <translation>Es zählt das Alter, als die Bilder entstanden sind, nicht heute. Wenn du jemandem hilfst, antworte für diese Person. Die Antwort entscheidet, welcher Dienst die Fingerabdrücke erhält.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="58"/>
        <source>Under 18 in at least one of the pictures</source>
        <translation>Unter 18 auf mindestens einem der Bilder</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="59"/>
        <source>18 or older in all of the pictures</source>
        <translation>18 oder älter auf allen Bildern</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="60"/>
        <source>If you are not sure, choose “under 18”.</source>
        <translation>Wenn du unsicher bist, wähle „unter 18“.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="100"/>
        <source>This version of the app has no service set up for pictures taken before the person in them turned 18. NCMEC&apos;s free Take It Down service does the same in a web browser: takeitdown.ncmec.org. If you are in danger, please talk to someone you trust or call your local emergency number.</source>
        <translation>Diese Version der App hat keinen Dienst für Bilder, die entstanden sind, bevor die Person darauf 18 wurde. Der kostenlose Dienst Take It Down von NCMEC macht dasselbe im Webbrowser: takeitdown.ncmec.org. Wenn du in Gefahr bist, sprich bitte mit jemandem, dem du vertraust, oder ruf den Notruf an.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="107"/>
        <source>This version of the app has no service set up for adults. StopNCII.org does the same for free in a web browser. You can also set a service address in Settings.</source>
        <translation>Diese Version der App hat keinen Dienst für Erwachsene. StopNCII.org macht dasselbe kostenlos im Webbrowser. Du kannst auch in den Einstellungen eine Dienstadresse eintragen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="21"/>
        <source>Yes: this is the same file as one of your originals. Websites that take part will recognise it.</source>
        <translation>Ja: Das ist dieselbe Datei wie eines deiner Originale. Teilnehmende Websites werden sie erkennen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="24"/>
        <source>Probably: this copy is a mirrored or turned version of one of your originals. Websites that check for that will recognise it. To be sure that every website does, add it to the case too.</source>
        <translation>Wahrscheinlich: Diese Kopie ist eine gespiegelte oder gedrehte Fassung eines deiner Originale. Websites, die darauf achten, werden sie erkennen. Damit jede Website sie erkennt, füge sie auch dem Fall hinzu.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="28"/>
        <source>Yes: websites that take part would recognise this copy. It is close enough to one of your originals.</source>
        <translation>Ja: Teilnehmende Websites würden diese Kopie erkennen. Sie ähnelt einem deiner Originale genug.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="30"/>
        <source>Yes: websites that take part would recognise this video. Most of its scenes match one of your originals.</source>
        <translation>Ja: Teilnehmende Websites würden dieses Video erkennen. Die meisten Szenen stimmen mit einem deiner Originale überein.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="33"/>
        <source>No: this picture has too little detail to be recognised by how it looks. Adding it to the case still lets websites block this exact file.</source>
        <translation>Nein: Dieses Bild hat zu wenig Details, um am Aussehen erkannt zu werden. Wenn du es dem Fall hinzufügst, können Websites trotzdem genau diese Datei blockieren.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="38"/>
        <source>This copy cannot be compared: none of your originals is the same kind of file (a photo or a video). Add it to the case so that it can be blocked too.</source>
        <translation>Diese Kopie lässt sich nicht vergleichen: Keines deiner Originale ist von derselben Art (Foto oder Video). Füge sie dem Fall hinzu, damit auch sie blockiert werden kann.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="44"/>
        <source>No: this copy looks too different from your originals for websites to recognise it (for example, it is cropped or has a frame around it). Add it to the case so that it can be blocked too.</source>
        <translation>Nein: Diese Kopie weicht zu stark von deinen Originalen ab, als dass Websites sie erkennen (zum Beispiel ist sie zugeschnitten oder hat einen Rahmen). Füge sie dem Fall hinzu, damit auch sie blockiert werden kann.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="55"/>
        <source>Closest original: {name}. Difference: {distance} (up to 31 is recognised).</source>
        <translation>Ähnlichstes Original: {name}. Unterschied: {distance} (bis 31 wird erkannt).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="60"/>
        <source>Closest original: {name}. Matching scenes: {copy}% of the copy, {original}% of the original (80% of each is recognised).</source>
        <translation>Ähnlichstes Original: {name}. Übereinstimmende Szenen: {copy} % der Kopie, {original} % des Originals (ab 80 % auf beiden Seiten wird erkannt).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="127"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="125"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="79"/>
        <source>Check a copy</source>
        <translation>Kopie prüfen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="130"/>
        <source>Found a copy of your photo or video online? Check whether websites that take part would recognise it from your fingerprints. Nothing is sent: the check happens on this computer.</source>
        <translation>Du hast eine Kopie deines Fotos oder Videos im Netz gefunden? Prüfe, ob teilnehmende Websites sie an deinen Fingerabdrücken erkennen würden. Es wird nichts gesendet: Die Prüfung läuft auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="134"/>
        <source>The copy you found</source>
        <translation>Die gefundene Kopie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="135"/>
        <source>Your originals</source>
        <translation>Deine Originale</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="136"/>
        <source>Choose the copy…</source>
        <translation>Kopie auswählen…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="137"/>
        <source>Choose originals…</source>
        <translation>Originale auswählen…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="138"/>
        <source>Choose a fingerprint file…</source>
        <translation>Fingerabdruck-Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="140"/>
        <source>Check</source>
        <comment>button: compare the copy found online with the originals</comment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Add it to this case</source>
        <translation>Diesem Fall hinzufügen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Start a case with it</source>
        <translation>Damit einen Fall eröffnen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="147"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="153"/>
        <source>Nothing chosen yet</source>
        <translation>Noch nichts ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="150"/>
        <source>The fingerprints of %n file(s) from this case</source>
        <translation>
            <numerusform>Die Fingerabdrücke von %n Datei aus diesem Fall</numerusform>
            <numerusform>Die Fingerabdrücke von %n Dateien aus diesem Fall</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="186"/>
        <source>Checking… Nothing is sent: this happens on this computer.</source>
        <translation>Wird geprüft… Es wird nichts gesendet: Das passiert auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="200"/>
        <source>Practice mode: nothing was shared with websites, so none of them is looking for this copy. This is what a real case would do.</source>
        <translation>Übungsmodus: Mit Websites wurde nichts geteilt, also sucht keine von ihnen nach dieser Kopie. So würde ein echter Fall wirken.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="226"/>
        <source>Choose the copy</source>
        <translation>Kopie auswählen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="232"/>
        <source>Choose your originals</source>
        <translation>Deine Originale auswählen</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="237"/>
        <source>Choose a fingerprint file</source>
        <translation>Fingerabdruck-Datei auswählen</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="33"/>
        <source>This computer does not seem to be connected to the internet. Check the connection and try again.</source>
        <translation>Dieser Computer scheint nicht mit dem Internet verbunden zu sein. Prüfe die Verbindung und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="37"/>
        <source>The service could not be reached or did not answer in time. It may be busy; please try again in a little while.</source>
        <translation>Der Dienst war nicht erreichbar oder hat nicht rechtzeitig geantwortet. Vielleicht ist er ausgelastet; bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="41"/>
        <source>The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks.</source>
        <translation>Die Verbindung zum Dienst ist nicht sicher (sein Zertifikat konnte nicht geprüft werden), deshalb wurde nichts gesendet. Das kann in manchen öffentlichen WLANs passieren.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="46"/>
        <source>The service address is not safe to use: an address on another computer must start with https://.</source>
        <translation>Die Dienstadresse ist nicht sicher: Eine Adresse auf einem anderen Computer muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="50"/>
        <source>No case matches this case number and PIN. Check both and try again.</source>
        <translation>Kein Fall passt zu dieser Fallnummer und PIN. Prüfe beides und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="55"/>
        <source>Too many wrong PINs were tried, so checking is paused for a while, even with the right PIN. Your case is not affected. Please try again later.</source>
        <translation>Es wurden zu viele falsche PINs versucht, deshalb ist das Abfragen eine Weile pausiert, auch mit der richtigen PIN. Deinem Fall passiert nichts. Bitte versuch es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="60"/>
        <source>The service did not accept the fingerprints.</source>
        <translation>Der Dienst hat die Fingerabdrücke nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="61"/>
        <source>The service gave an answer this app could not understand. Please try again later.</source>
        <translation>Der Dienst hat eine Antwort gegeben, die diese App nicht versteht. Bitte versuche es später erneut.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="64"/>
        <source>Practice mode is not included in this version of the app. Set a service address in Settings.</source>
        <translation>Der Übungsmodus ist in dieser Version der App nicht enthalten. Trage in den Einstellungen eine Dienstadresse ein.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="68"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgelaufen. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="71"/>
        <source>The service is not taking more cases from this internet connection for now: many were opened from it in the last hour. Your fingerprints were not kept. Please try again later.</source>
        <translation>Der Dienst nimmt von dieser Internetverbindung gerade keine weiteren Fälle an: In der letzten Stunde wurden viele von hier eröffnet. Deine Fingerabdrücke wurden nicht gespeichert. Bitte versuch es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="77"/>
        <source>It said: {reason}</source>
        <translation>Er hat geantwortet: {reason}</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <location filename="../../build_scripts/entry.py" line="32"/>
        <source>A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora).</source>
        <translation>Eine Grafikbibliothek fehlt. Installiere das Paket libgl1 (Debian, Ubuntu) oder mesa-libGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="33"/>
        <source>A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora).</source>
        <translation>Eine Grafikbibliothek fehlt. Installiere das Paket libegl1 (Debian, Ubuntu) oder mesa-libEGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="34"/>
        <source>A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora).</source>
        <translation>Eine Anzeigebibliothek fehlt. Installiere das Paket libxcb-cursor0 (Debian, Ubuntu) oder xcb-util-cursor (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="35"/>
        <source>The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this.</source>
        <translation>Die App konnte auf diesem Desktop kein Fenster öffnen. Meist hilft es, das Paket libxcb-cursor0 zu installieren.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="36"/>
        <source>A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora).</source>
        <translation>Eine Schriftbibliothek fehlt. Installiere das Paket libfontconfig1 (Debian, Ubuntu) oder fontconfig (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="38"/>
        <source>Take It Down could not start</source>
        <translation>Take It Down konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="39"/>
        <source>No photos or videos were read or sent.</source>
        <translation>Es wurden keine Fotos oder Videos gelesen oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="40"/>
        <source>Take It Down stopped unexpectedly</source>
        <translation>Take It Down wurde unerwartet beendet</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="41"/>
        <source>It closed because of an error.</source>
        <translation>Die App wurde wegen eines Fehlers geschlossen.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="42"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
</context>
</TS>
