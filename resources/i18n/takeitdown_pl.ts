<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="75"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="77"/>
        <source>Something went wrong inside the app. Your photos and videos have not been sent anywhere. You can close the app and open it again.</source>
        <translation>W aplikacji coś poszło nie tak. Twoje zdjęcia i filmy nie zostały nigdzie wysłane. Możesz zamknąć aplikację i otworzyć ją ponownie.</translation>
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
        <translation>Szybkie wyjście</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="152"/>
        <source>Close the app at once. Pressing Esc twice does the same.</source>
        <translation>Od razu zamyka aplikację. Dwukrotne naciśnięcie Esc działa tak samo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="153"/>
        <source>Quick exit: close the app at once</source>
        <translation>Szybkie wyjście: od razu zamknij aplikację</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="238"/>
        <source>They will be added to case {case}.</source>
        <translation>Zostaną dodane do zgłoszenia {case}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="274"/>
        <source>Save the fingerprints</source>
        <translation>Zapisz odciski cyfrowe</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="158"/>
        <source>Practice mode</source>
        <translation>Tryb próbny</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="282"/>
        <source>Take It Down practice receipt

This was practice: nothing was sent to anyone, and this practice case disappeared when the app closed.

Case number: {case}
PIN: {pin}
</source>
        <translation>Próbne potwierdzenie Take It Down

To była tylko próba: nic nie zostało nikomu wysłane, a to próbne zgłoszenie zniknęło po zamknięciu aplikacji.

Numer zgłoszenia: {case}
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
        <translation>Potwierdzenie zgłoszenia Take It Down

Numer zgłoszenia: {case}
PIN: {pin}
Usługa: {service}

Przechowuj je w bezpiecznym miejscu. Numer zgłoszenia i PIN są potrzebne, aby sprawdzić lub wycofać zgłoszenie.
</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="296"/>
        <source>Save receipt</source>
        <translation>Zapisz potwierdzenie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="304"/>
        <source>Practice case, nothing was sent.
Case number: {case}
PIN: {pin}</source>
        <translation>Zgłoszenie próbne, nic nie zostało wysłane.
Numer zgłoszenia: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="306"/>
        <source>Case number: {case}
PIN: {pin}</source>
        <translation>Numer zgłoszenia: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="327"/>
        <source>Start over?</source>
        <translation>Zacząć od nowa?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="328"/>
        <source>Have you written down or saved the case number and PIN? They will not be shown again.</source>
        <translation>Czy numer zgłoszenia i PIN są zapisane? Nie zostaną pokazane ponownie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="329"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="123"/>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="330"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="562"/>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="355"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="364"/>
        <source>No service is set up for this kind of case.</source>
        <translation>Dla tego rodzaju zgłoszenia nie ma skonfigurowanej usługi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="357"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="366"/>
        <source>Withdrawing…</source>
        <translation>Wycofywanie…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="416"/>
        <source>None of the originals could be read, so there is nothing to compare the copy with.</source>
        <translation>Nie udało się odczytać żadnego oryginału, więc nie ma z czym porównać kopii.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="425"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="42"/>
        <source>This file could not be read, so it could not be checked.</source>
        <translation>Nie udało się odczytać tego pliku, więc nie można go było sprawdzić.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="460"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="462"/>
        <source>Nothing has changed, so nothing was saved.</source>
        <translation>Nic się nie zmieniło, więc nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="471"/>
        <source>No service address is set for this kind of case.</source>
        <translation>Dla tego rodzaju zgłoszenia nie ustawiono adresu usługi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="473"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="477"/>
        <source>Connected. {text}</source>
        <translation>Połączono. {text}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="556"/>
        <source>Close without saving?</source>
        <translation>Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="558"/>
        <source>The case number and PIN have not been saved. Without them you cannot check or withdraw the case later, and they will not be shown again.</source>
        <translation>Numer zgłoszenia i PIN nie zostały zapisane. Bez nich nie sprawdzisz ani nie wycofasz zgłoszenia później, a nie zostaną pokazane ponownie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="561"/>
        <source>Close anyway</source>
        <translation>Zamknij mimo to</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="60"/>
        <source>PRACTICE MODE: nothing is sent anywhere. A practice service runs on this computer, and its cases disappear when the app closes.</source>
        <translation>TRYB PRÓBNY: nic nie jest nigdzie wysyłane. Na tym komputerze działa próbna usługa, a jej zgłoszenia znikają po zamknięciu aplikacji.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="67"/>
        <source>No service is set up in this version of the app, so you can try every step safely in practice mode.</source>
        <translation>W tej wersji aplikacji nie ma skonfigurowanej usługi, więc możesz bezpiecznie wypróbować każdy krok w trybie próbnym.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="72"/>
        <source>Fingerprints go to {organisation}, and only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Odciski cyfrowe trafiają do {organisation}, i to dopiero po naciśnięciu „Wyślij”, gdy zobaczysz dokładnie, co zostanie wysłane.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="75"/>
        <source>Fingerprints are sent only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Odciski cyfrowe są wysyłane dopiero po naciśnięciu „Wyślij”, gdy zobaczysz dokładnie, co zostanie wysłane.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="82"/>
        <source>Practice mode: the fingerprints go to a practice service on this computer and nowhere else.</source>
        <translation>Tryb próbny: odciski cyfrowe trafiają do próbnej usługi na tym komputerze i nigdzie indziej.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="84"/>
        <source>They will be sent to {organisation}.</source>
        <translation>Zostaną wysłane do {organisation}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="85"/>
        <source>They will be sent to the service at {url}.</source>
        <translation>Zostaną wysłane do usługi pod adresem {url}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="91"/>
        <source>{organisation} ({program}).</source>
        <translation>{organisation} ({program}).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="98"/>
        <source>That address cannot be used. It must start with https:// (http:// only for this computer).</source>
        <translation>Tego adresu nie można użyć. Musi zaczynać się od https:// (http:// tylko dla tego komputera).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="165"/>
        <source>This practice case is withdrawn. In practice mode nothing is shared with websites.</source>
        <translation>To próbne zgłoszenie zostało wycofane. W trybie próbnym nic nie jest udostępniane stronom internetowym.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="167"/>
        <source>This practice case is open with the fingerprints of %n file(s). In practice mode nothing is shared with websites, and the case disappears when the app closes.</source>
        <translation>
            <numerusform>To próbne zgłoszenie jest otwarte z odciskami %n pliku. W trybie próbnym nic nie jest udostępniane stronom internetowym, a zgłoszenie znika po zamknięciu aplikacji.</numerusform>
            <numerusform>To próbne zgłoszenie jest otwarte z odciskami %n plików. W trybie próbnym nic nie jest udostępniane stronom internetowym, a zgłoszenie znika po zamknięciu aplikacji.</numerusform>
            <numerusform>To próbne zgłoszenie jest otwarte z odciskami %n plików. W trybie próbnym nic nie jest udostępniane stronom internetowym, a zgłoszenie znika po zamknięciu aplikacji.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="173"/>
        <source>This case is withdrawn. Its fingerprints are no longer shared with websites.</source>
        <translation>To zgłoszenie zostało wycofane. Jego odciski cyfrowe nie są już udostępniane stronom internetowym.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="175"/>
        <source>This case is active: the fingerprints of %n file(s) are being shared with websites that take part.</source>
        <translation>
            <numerusform>To zgłoszenie jest aktywne: odciski %n pliku są udostępniane uczestniczącym stronom internetowym.</numerusform>
            <numerusform>To zgłoszenie jest aktywne: odciski %n plików są udostępniane uczestniczącym stronom internetowym.</numerusform>
            <numerusform>To zgłoszenie jest aktywne: odciski %n plików są udostępniane uczestniczącym stronom internetowym.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="63"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="78"/>
        <source>Check an existing case</source>
        <translation>Sprawdź istniejące zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="64"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="69"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="116"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="118"/>
        <source>Case number</source>
        <translation>Numer zgłoszenia</translation>
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
        <translation>Usługa</translation>
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
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="73"/>
        <source>Withdraw this case…</source>
        <translation>Wycofaj to zgłoszenie…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="67"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="78"/>
        <source>Taken when the person in them was under 18</source>
        <translation>Zrobione, gdy osoba na nich miała mniej niż 18 lat</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="68"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="79"/>
        <source>Taken when the person in them was 18 or older</source>
        <translation>Zrobione, gdy osoba na nich miała 18 lat lub więcej</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="74"/>
        <source>Check</source>
        <comment>button: ask the service how the case stands</comment>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="94"/>
        <source>Withdraw this case?</source>
        <translation>Wycofać to zgłoszenie?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="96"/>
        <source>This is a practice case: nothing was shared with any website. Withdrawing it shows how withdrawing works, and cannot be undone.</source>
        <translation>To jest zgłoszenie próbne: nic nie zostało udostępnione żadnej stronie. Wycofanie go pokazuje, jak działa wycofanie, i nie można tego cofnąć.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="101"/>
        <source>If you withdraw the case, its fingerprints stop being shared with websites and they will no longer block these pictures. This cannot be undone.</source>
        <translation>Jeśli wycofasz zgłoszenie, jego odciski cyfrowe przestaną być udostępniane stronom internetowym i nie będą one już blokować tych zdjęć. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="104"/>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="105"/>
        <source>Keep the case</source>
        <translation>Zachowaj zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="37"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="120"/>
        <source>Copy</source>
        <comment>to the clipboard</comment>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="38"/>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="121"/>
        <source>The copy is removed from the clipboard after two minutes.</source>
        <translation>Skopiowane dane są usuwane ze schowka po dwóch minutach.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="122"/>
        <source>Save receipt…</source>
        <translation>Zapisz potwierdzenie…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="124"/>
        <source>Add more files to this case</source>
        <translation>Dodaj więcej plików do tego zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="126"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="180"/>
        <source>Copied. It will be removed from the clipboard in two minutes.</source>
        <translation>Skopiowano. Zostanie usunięte ze schowka za dwie minuty.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="142"/>
        <source>Done: your practice case is open</source>
        <translation>Gotowe: Twoje próbne zgłoszenie jest otwarte</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="145"/>
        <source>This is only practice: the case exists on this computer until the app closes. Nothing was sent to any website and nothing will be blocked.</source>
        <translation>To tylko próba: zgłoszenie istnieje na tym komputerze do zamknięcia aplikacji. Nic nie zostało wysłane do żadnej strony i nic nie zostanie zablokowane.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="151"/>
        <source>With a real service, this is where you would write down the case number and PIN. You can try checking or withdrawing this practice case before you close the app.</source>
        <translation>Przy prawdziwej usłudze w tym miejscu zapisuje się numer zgłoszenia i PIN. Przed zamknięciem aplikacji możesz spróbować sprawdzić lub wycofać to próbne zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="156"/>
        <source>Done: your case is open</source>
        <translation>Gotowe: Twoje zgłoszenie jest otwarte</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="159"/>
        <source>Write down or save the case number and PIN now. The PIN is shown only once and cannot be recovered: it is not stored anywhere, so nobody else can use your case. You need both to check the case or to withdraw it.</source>
        <translation>Zapisz teraz numer zgłoszenia i PIN. PIN jest pokazywany tylko raz i nie da się go odzyskać: nie jest nigdzie przechowywany, więc nikt inny nie może użyć Twojego zgłoszenia. Oba są potrzebne, aby sprawdzić lub wycofać zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="166"/>
        <source>What happens next: websites that take part receive the fingerprints and block uploads that match them. Edited, cropped or filtered copies may look different enough to need their own submission: you can add them to this case.</source>
        <translation>Co dalej: uczestniczące strony internetowe otrzymują odciski cyfrowe i blokują pasujące przesyłane pliki. Edytowane, przycięte lub przefiltrowane kopie mogą różnić się na tyle, że trzeba je zgłosić osobno: możesz dodać je do tego zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="33"/>
        <source>Not found: it may have been moved or deleted.</source>
        <translation>Nie znaleziono: mógł zostać przeniesiony lub usunięty.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="34"/>
        <source>Not a photo or video.</source>
        <translation>To nie jest zdjęcie ani film.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="35"/>
        <source>This computer does not allow it to be opened.</source>
        <translation>Ten komputer nie pozwala go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="36"/>
        <source>Could not be read from the disk.</source>
        <translation>Nie udało się odczytać z dysku.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="37"/>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="38"/>
        <source>Not supported: this is not a photo or video this app can read.</source>
        <translation>Nieobsługiwany: to nie jest zdjęcie ani film, który ta aplikacja potrafi odczytać.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="39"/>
        <source>Damaged or only partly downloaded, so it could not be read.</source>
        <translation>Uszkodzony lub pobrany tylko częściowo, więc nie udało się go odczytać.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="40"/>
        <source>Too large to fingerprint safely.</source>
        <translation>Za duży, aby bezpiecznie utworzyć odcisk cyfrowy.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="41"/>
        <source>Sound only: there are no pictures in it.</source>
        <translation>Tylko dźwięk: nie ma w nim obrazu.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="42"/>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="43"/>
        <source>Something went wrong while reading it.</source>
        <translation>Coś poszło nie tak podczas odczytu.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="45"/>
        <source>Could not be read.</source>
        <translation>Nie udało się odczytać.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="50"/>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="52"/>
        <source>Fingerprinting… {percent}%</source>
        <translation>Tworzenie odcisku cyfrowego… {percent}%</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="57"/>
        <source>Done, but this picture has very little detail, so websites may not recognise copies of it.</source>
        <translation>Gotowe, ale to zdjęcie ma bardzo mało szczegółów, więc strony mogą nie rozpoznać jego kopii.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="61"/>
        <source>Done, but only part of it could be read.</source>
        <translation>Gotowe, ale udało się odczytać tylko część.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="63"/>
        <source>Done, but some of its pictures could not be read.</source>
        <translation>Gotowe, ale części obrazów w nim nie udało się odczytać.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="66"/>
        <source>Done, but only the first of its %n picture(s) was fingerprinted.</source>
        <translation>
            <numerusform>Gotowe, ale odcisk ma tylko pierwszy z %n obrazu.</numerusform>
            <numerusform>Gotowe, ale odcisk ma tylko pierwszy z %n obrazów.</numerusform>
            <numerusform>Gotowe, ale odcisk ma tylko pierwszy z %n obrazów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="67"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Video</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="114"/>
        <source>Drag photos, videos or folders into this window</source>
        <translation>Przeciągnij zdjęcia, filmy lub foldery do tego okna</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="217"/>
        <source>Add the photos and videos</source>
        <translation>Dodaj zdjęcia i filmy</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="220"/>
        <source>Each file is fingerprinted here, on this computer. The files themselves are not copied or sent anywhere.</source>
        <translation>Odcisk cyfrowy każdego pliku powstaje tutaj, na tym komputerze. Same pliki nie są nigdzie kopiowane ani wysyłane.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="224"/>
        <source>Choose files…</source>
        <translation>Wybierz pliki…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="225"/>
        <source>Choose a folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="231"/>
        <source>Previews stay blurred until you choose to see them.</source>
        <translation>Podglądy pozostają rozmyte, dopóki nie zechcesz ich zobaczyć.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="232"/>
        <source>Files to fingerprint</source>
        <translation>Pliki do utworzenia odcisków</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="240"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="241"/>
        <source>Stop fingerprinting</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="242"/>
        <source>Clear all</source>
        <translation>Wyczyść wszystko</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="244"/>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="62"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="269"/>
        <source>Choose photos and videos</source>
        <translation>Wybierz zdjęcia i filmy</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="274"/>
        <source>Choose a folder</source>
        <translation>Wybierz folder</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Blur previews</source>
        <translation>Rozmyj podglądy</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Show previews</source>
        <translation>Pokaż podglądy</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="328"/>
        <source>“{name}” is already in the list, so it was not added again.</source>
        <translation>„{name}” jest już na liście, więc nie został dodany ponownie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="336"/>
        <source>Fingerprinting finished: %n file(s) ready.</source>
        <translation>
            <numerusform>Odciski gotowe: %n plik gotowy.</numerusform>
            <numerusform>Odciski gotowe: %n pliki gotowe.</numerusform>
            <numerusform>Odciski gotowe: %n plików gotowych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="365"/>
        <source>Wait until every file has been fingerprinted.</source>
        <translation>Poczekaj, aż powstanie odcisk każdego pliku.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="367"/>
        <source>Add at least one photo or video.</source>
        <translation>Dodaj co najmniej jedno zdjęcie lub film.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/partials/dialogs.py" line="36"/>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation>Nie udało się tam zapisać pliku. Wybierz inne miejsce.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="17"/>
        <source>Fingerprints of {photos} and {videos} will be sent.</source>
        <translation>Zostaną wysłane odciski cyfrowe: {photos} i {videos}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n filmy</numerusform>
            <numerusform>%n filmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="21"/>
        <source>Fingerprints of %n video(s) will be sent.</source>
        <translation>
            <numerusform>Zostaną wysłane odciski cyfrowe %n filmu.</numerusform>
            <numerusform>Zostaną wysłane odciski cyfrowe %n filmów.</numerusform>
            <numerusform>Zostaną wysłane odciski cyfrowe %n filmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="22"/>
        <source>Fingerprints of %n photo(s) will be sent.</source>
        <translation>
            <numerusform>Zostaną wysłane odciski cyfrowe %n zdjęcia.</numerusform>
            <numerusform>Zostaną wysłane odciski cyfrowe %n zdjęć.</numerusform>
            <numerusform>Zostaną wysłane odciski cyfrowe %n zdjęć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="82"/>
        <source>Check what will be sent</source>
        <translation>Sprawdź, co zostanie wysłane</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="83"/>
        <source>No pictures, no file names, nothing about you or this computer.</source>
        <translation>Żadnych zdjęć, nazw plików ani niczego o Tobie czy tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="85"/>
        <source>The exact data that will be sent</source>
        <translation>Dokładne dane, które zostaną wysłane</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="86"/>
        <source>I am the person in these pictures, or I am helping them and they agree.</source>
        <translation>Jestem osobą na tych zdjęciach albo pomagam jej i ona się zgadza.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="88"/>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="49"/>
        <source>Save without sending…</source>
        <translation>Zapisz bez wysyłania…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="90"/>
        <source>Keep the fingerprints in a file, to send later or from another device. Nothing is sent.</source>
        <translation>Zachowaj odciski cyfrowe w pliku, aby wysłać je później lub z innego urządzenia. Nic nie zostanie wysłane.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="92"/>
        <source>Send the fingerprints</source>
        <translation>Wyślij odciski cyfrowe</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Hide the exact data</source>
        <translation>Ukryj dokładne dane</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Show the exact data (technical)</source>
        <translation>Pokaż dokładne dane (techniczne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="117"/>
        <source>%n photo(s) have very little detail, so websites may not recognise every copy.</source>
        <translation>
            <numerusform>%n zdjęcie ma bardzo mało szczegółów, więc strony mogą nie rozpoznać każdej kopii.</numerusform>
            <numerusform>%n zdjęcia mają bardzo mało szczegółów, więc strony mogą nie rozpoznać każdej kopii.</numerusform>
            <numerusform>%n zdjęć ma bardzo mało szczegółów, więc strony mogą nie rozpoznać każdej kopii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="126"/>
        <source>%n file(s) will not be sent</source>
        <translation>
            <numerusform>%n plik nie zostanie wysłany</numerusform>
            <numerusform>%n pliki nie zostaną wysłane</numerusform>
            <numerusform>%n plików nie zostanie wysłanych</numerusform>
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
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="50"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="55"/>
        <source>Sending the fingerprints…</source>
        <translation>Wysyłanie odcisków cyfrowych…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="56"/>
        <source>This usually takes a few seconds.</source>
        <translation>Zwykle trwa to kilka sekund.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="58"/>
        <source>The fingerprints have not been sent yet</source>
        <translation>Odciski cyfrowe nie zostały jeszcze wysłane</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="62"/>
        <source>Nothing is lost: you can try again, or save the fingerprints to send later.</source>
        <translation>Nic nie przepadło: możesz spróbować ponownie albo zapisać odciski, aby wysłać je później.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="77"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="73"/>
        <source>Where fingerprints are sent. Leave a field empty to use the service this version of the app came with.</source>
        <translation>Dokąd są wysyłane odciski cyfrowe. Zostaw pole puste, aby użyć usługi dołączonej do tej wersji aplikacji.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="82"/>
        <source>Service address: {kind}</source>
        <translation>Adres usługi: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="83"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="84"/>
        <source>Test connection: {kind}</source>
        <translation>Sprawdź połączenie: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="85"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="88"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="87"/>
        <source>Same as this computer</source>
        <translation>Taki jak na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="90"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="64"/>
        <source>Help stop intimate photos and videos from spreading</source>
        <translation>Pomóż powstrzymać rozpowszechnianie intymnych zdjęć i filmów</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="67"/>
        <source>This app makes a fingerprint of each photo or video you choose. Only those fingerprints are sent, so that websites taking part can recognise the pictures and block them.</source>
        <translation>Ta aplikacja tworzy odcisk cyfrowy każdego wybranego zdjęcia lub filmu. Wysyłane są tylko te odciski, aby uczestniczące strony internetowe mogły rozpoznać te obrazy i je zablokować.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="73"/>
        <source>Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.</source>
        <translation>Twoje zdjęcia i filmy nigdy nie opuszczają tego komputera. Nikt ich nie widzi: ani my, ani strony internetowe.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="76"/>
        <source>To leave the app at once, press Esc twice or use “Quick exit” at the top.</source>
        <translation>Aby od razu wyjść z aplikacji, naciśnij dwa razy Esc lub użyj „Szybkiego wyjścia” u góry.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="80"/>
        <source>Start</source>
        <translation>Zacznij</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="50"/>
        <source>How old was the person in them?</source>
        <translation>Ile lat miała osoba na tych zdjęciach?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="53"/>
        <source>What counts is their age when the pictures were taken, not today. If you are helping someone, answer for them. The answer decides which service receives the fingerprints.</source>
        <translation>Liczy się wiek w chwili zrobienia zdjęć, a nie dzisiejszy. Jeśli komuś pomagasz, odpowiedz za tę osobę. Od odpowiedzi zależy, która usługa otrzyma odciski cyfrowe.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="58"/>
        <source>Under 18 in at least one of the pictures</source>
        <translation>Poniżej 18 lat na co najmniej jednym zdjęciu</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="59"/>
        <source>18 or older in all of the pictures</source>
        <translation>18 lat lub więcej na wszystkich zdjęciach</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="60"/>
        <source>If you are not sure, choose “under 18”.</source>
        <translation>Jeśli nie masz pewności, wybierz „poniżej 18 lat”.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="100"/>
        <source>This version of the app has no service set up for pictures taken before the person in them turned 18. NCMEC&apos;s free Take It Down service does the same in a web browser: takeitdown.ncmec.org. If you are in danger, please talk to someone you trust or call your local emergency number.</source>
        <translation>Ta wersja aplikacji nie ma skonfigurowanej usługi dla zdjęć zrobionych, zanim osoba na nich skończyła 18 lat. Bezpłatna usługa Take It Down organizacji NCMEC robi to samo w przeglądarce: takeitdown.ncmec.org. Jeśli grozi Ci niebezpieczeństwo, porozmawiaj z kimś zaufanym lub zadzwoń pod lokalny numer alarmowy.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="107"/>
        <source>This version of the app has no service set up for adults. StopNCII.org does the same for free in a web browser. You can also set a service address in Settings.</source>
        <translation>Ta wersja aplikacji nie ma skonfigurowanej usługi dla dorosłych. StopNCII.org robi to samo bezpłatnie w przeglądarce. Możesz też ustawić adres usługi w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="21"/>
        <source>Yes: this is the same file as one of your originals. Websites that take part will recognise it.</source>
        <translation>Tak: to ten sam plik co jeden z Twoich oryginałów. Uczestniczące strony internetowe go rozpoznają.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="24"/>
        <source>Probably: this copy is a mirrored or turned version of one of your originals. Websites that check for that will recognise it. To be sure that every website does, add it to the case too.</source>
        <translation>Prawdopodobnie: ta kopia to lustrzane odbicie lub obrócona wersja jednego z Twoich oryginałów. Strony, które to sprawdzają, ją rozpoznają. Aby mieć pewność, że zrobią to wszystkie, dodaj ją też do zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="28"/>
        <source>Yes: websites that take part would recognise this copy. It is close enough to one of your originals.</source>
        <translation>Tak: uczestniczące strony internetowe rozpoznałyby tę kopię. Jest wystarczająco podobna do jednego z Twoich oryginałów.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="30"/>
        <source>Yes: websites that take part would recognise this video. Most of its scenes match one of your originals.</source>
        <translation>Tak: uczestniczące strony internetowe rozpoznałyby ten film. Większość jego scen pasuje do jednego z Twoich oryginałów.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="33"/>
        <source>No: this picture has too little detail to be recognised by how it looks. Adding it to the case still lets websites block this exact file.</source>
        <translation>Nie: ten obraz ma za mało szczegółów, by rozpoznać go po wyglądzie. Po dodaniu go do zgłoszenia strony i tak mogą zablokować dokładnie ten plik.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="38"/>
        <source>This copy cannot be compared: none of your originals is the same kind of file (a photo or a video). Add it to the case so that it can be blocked too.</source>
        <translation>Tej kopii nie da się porównać: żaden z Twoich oryginałów nie jest tego samego rodzaju (zdjęcie lub film). Dodaj ją do zgłoszenia, by też mogła zostać zablokowana.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="44"/>
        <source>No: this copy looks too different from your originals for websites to recognise it (for example, it is cropped or has a frame around it). Add it to the case so that it can be blocked too.</source>
        <translation>Nie: ta kopia za bardzo różni się od Twoich oryginałów, by strony ją rozpoznały (na przykład jest przycięta albo ma ramkę). Dodaj ją do zgłoszenia, by też mogła zostać zablokowana.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="55"/>
        <source>Closest original: {name}. Difference: {distance} (up to 31 is recognised).</source>
        <translation>Najbardziej podobny oryginał: {name}. Różnica: {distance} (do 31 jest rozpoznawane).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="60"/>
        <source>Closest original: {name}. Matching scenes: {copy}% of the copy, {original}% of the original (80% of each is recognised).</source>
        <translation>Najbardziej podobny oryginał: {name}. Pasujące sceny: {copy}% kopii, {original}% oryginału (rozpoznawane przy 80% z każdej strony).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="127"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="125"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="79"/>
        <source>Check a copy</source>
        <translation>Sprawdź kopię</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="130"/>
        <source>Found a copy of your photo or video online? Check whether websites that take part would recognise it from your fingerprints. Nothing is sent: the check happens on this computer.</source>
        <translation>Znalazłaś lub znalazłeś w internecie kopię swojego zdjęcia albo filmu? Sprawdź, czy uczestniczące strony rozpoznałyby ją po Twoich odciskach cyfrowych. Nic nie jest wysyłane: sprawdzanie odbywa się na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="134"/>
        <source>The copy you found</source>
        <translation>Znaleziona kopia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="135"/>
        <source>Your originals</source>
        <translation>Twoje oryginały</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="136"/>
        <source>Choose the copy…</source>
        <translation>Wybierz kopię…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="137"/>
        <source>Choose originals…</source>
        <translation>Wybierz oryginały…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="138"/>
        <source>Choose a fingerprint file…</source>
        <translation>Wybierz plik z odciskami…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="140"/>
        <source>Check</source>
        <comment>button: compare the copy found online with the originals</comment>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Add it to this case</source>
        <translation>Dodaj ją do tego zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Start a case with it</source>
        <translation>Utwórz z nią zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="147"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="153"/>
        <source>Nothing chosen yet</source>
        <translation>Nic jeszcze nie wybrano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="150"/>
        <source>The fingerprints of %n file(s) from this case</source>
        <translation>
            <numerusform>Odciski cyfrowe %n pliku z tego zgłoszenia</numerusform>
            <numerusform>Odciski cyfrowe %n plików z tego zgłoszenia</numerusform>
            <numerusform>Odciski cyfrowe %n plików z tego zgłoszenia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="186"/>
        <source>Checking… Nothing is sent: this happens on this computer.</source>
        <translation>Sprawdzanie… Nic nie jest wysyłane: dzieje się to na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="200"/>
        <source>Practice mode: nothing was shared with websites, so none of them is looking for this copy. This is what a real case would do.</source>
        <translation>Tryb próbny: nic nie zostało udostępnione stronom internetowym, więc żadna z nich nie szuka tej kopii. Tak zadziałałoby prawdziwe zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="226"/>
        <source>Choose the copy</source>
        <translation>Wybierz kopię</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="232"/>
        <source>Choose your originals</source>
        <translation>Wybierz swoje oryginały</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="237"/>
        <source>Choose a fingerprint file</source>
        <translation>Wybierz plik z odciskami</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="33"/>
        <source>This computer does not seem to be connected to the internet. Check the connection and try again.</source>
        <translation>Ten komputer chyba nie ma połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="37"/>
        <source>The service could not be reached or did not answer in time. It may be busy; please try again in a little while.</source>
        <translation>Nie udało się połączyć z usługą albo nie odpowiedziała na czas. Może być zajęta; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="41"/>
        <source>The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks.</source>
        <translation>Połączenie z usługą nie jest bezpieczne (nie udało się sprawdzić jej certyfikatu), więc nic nie zostało wysłane. Może się tak zdarzyć w niektórych publicznych sieciach Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="46"/>
        <source>The service address is not safe to use: an address on another computer must start with https://.</source>
        <translation>Adres usługi nie jest bezpieczny: adres na innym komputerze musi zaczynać się od https://.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="50"/>
        <source>No case matches this case number and PIN. Check both and try again.</source>
        <translation>Żadne zgłoszenie nie pasuje do tego numeru i PIN-u. Sprawdź oba i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="55"/>
        <source>Too many wrong PINs were tried, so checking is paused for a while, even with the right PIN. Your case is not affected. Please try again later.</source>
        <translation>Wypróbowano zbyt wiele błędnych PIN-ów, więc sprawdzanie jest na chwilę wstrzymane, nawet z poprawnym PIN-em. Twojemu zgłoszeniu nic się nie stało. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="60"/>
        <source>The service did not accept the fingerprints.</source>
        <translation>Usługa nie przyjęła odcisków cyfrowych.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="61"/>
        <source>The service gave an answer this app could not understand. Please try again later.</source>
        <translation>Usługa dała odpowiedź, której ta aplikacja nie rozumie. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="64"/>
        <source>Practice mode is not included in this version of the app. Set a service address in Settings.</source>
        <translation>Tryb próbny nie jest dostępny w tej wersji aplikacji. Ustaw adres usługi w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="68"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="71"/>
        <source>The service is not taking more cases from this internet connection for now: many were opened from it in the last hour. Your fingerprints were not kept. Please try again later.</source>
        <translation>Usługa na razie nie przyjmuje kolejnych zgłoszeń z tego połączenia internetowego: w ostatniej godzinie otwarto z niego wiele zgłoszeń. Twoje odciski nie zostały zachowane. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="77"/>
        <source>It said: {reason}</source>
        <translation>Odpowiedź usługi: {reason}</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <location filename="../../build_scripts/entry.py" line="32"/>
        <source>A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora).</source>
        <translation>Brakuje biblioteki graficznej. Zainstaluj pakiet libgl1 (Debian, Ubuntu) lub mesa-libGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="33"/>
        <source>A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora).</source>
        <translation>Brakuje biblioteki graficznej. Zainstaluj pakiet libegl1 (Debian, Ubuntu) lub mesa-libEGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="34"/>
        <source>A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora).</source>
        <translation>Brakuje biblioteki wyświetlania. Zainstaluj pakiet libxcb-cursor0 (Debian, Ubuntu) lub xcb-util-cursor (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="35"/>
        <source>The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this.</source>
        <translation>Aplikacja nie mogła otworzyć okna na tym pulpicie. Zwykle pomaga instalacja pakietu libxcb-cursor0.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="36"/>
        <source>A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora).</source>
        <translation>Brakuje biblioteki czcionek. Zainstaluj pakiet libfontconfig1 (Debian, Ubuntu) lub fontconfig (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="38"/>
        <source>Take It Down could not start</source>
        <translation>Nie udało się uruchomić Take It Down</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="39"/>
        <source>No photos or videos were read or sent.</source>
        <translation>Żadne zdjęcia ani filmy nie zostały odczytane ani wysłane.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="40"/>
        <source>Take It Down stopped unexpectedly</source>
        <translation>Take It Down nieoczekiwanie się zamknęło</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="41"/>
        <source>It closed because of an error.</source>
        <translation>Aplikacja zamknęła się z powodu błędu.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="42"/>
        <source>Details:</source>
        <translation>Szczegóły:</translation>
    </message>
</context>
</TS>
