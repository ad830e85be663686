<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="64"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="66"/>
        <source>Something went wrong inside the app. Your photos and videos have not been sent anywhere. You can close the app and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="61"/>
        <source>Take It Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="157"/>
        <source>They will be added to case {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="203"/>
        <source>Save the fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="210"/>
        <source>Take It Down case receipt

Case number: {case}
PIN: {pin}
Service: {service}

Keep this safe. You need the case number and the PIN to check or withdraw the case.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="213"/>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="223"/>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="224"/>
        <source>Have you saved the case number and PIN? They will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="225"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="336"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="226"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="243"/>
        <source>No service is set up for this kind of case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="245"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="253"/>
        <source>Withdrawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="283"/>
        <source>Saved. The new language is used the next time the app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="283"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="291"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="295"/>
        <source>No service address is set for this kind of case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="299"/>
        <source>Connected. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="31"/>
        <source>Not found: it may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="32"/>
        <source>Not a photo or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="33"/>
        <source>This computer does not allow it to be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="34"/>
        <source>Could not be read from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="35"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="36"/>
        <source>Not supported: this is not a photo or video this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="37"/>
        <source>Damaged or only partly downloaded, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="38"/>
        <source>Too large to fingerprint safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="39"/>
        <source>Sound only: there are no pictures in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="40"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="41"/>
        <source>Something went wrong while reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="43"/>
        <source>Could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="48"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="50"/>
        <source>Fingerprinting… {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="55"/>
        <source>Done, but this picture has very little detail, so websites may not recognise copies of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="57"/>
        <source>Done, but only part of it could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="58"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="65"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="65"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="79"/>
        <source>Drag photos, videos or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="86"/>
        <source>Drop area for photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="133"/>
        <source>Add the photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="137"/>
        <source>Each file is fingerprinted here, on this computer. The files themselves are not copied or sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="147"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="148"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="158"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="158"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="158"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="171"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="172"/>
        <source>Stop fingerprinting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="173"/>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="186"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="114"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="191"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="255"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="384"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="477"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="187"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="114"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="213"/>
        <source>Choose photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="220"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="258"/>
        <source>“{name}” is already in the list, so it was not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="283"/>
        <source>Wait until every file has been fingerprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="285"/>
        <source>Add at least one photo or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="49"/>
        <source>Stop intimate photos and videos from spreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="53"/>
        <source>This app makes a fingerprint of each photo or video you choose. Only those fingerprints are sent, so that websites taking part can recognise the pictures and block them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="60"/>
        <source>Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="442"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="71"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="366"/>
        <source>Check an existing case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="72"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="94"/>
        <source>When were they taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="98"/>
        <source>There are two services: one for pictures taken before the person in them was 18, and one for adults. Your answer decides where the fingerprints go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="103"/>
        <source>I was under 18 in some or all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="104"/>
        <source>I was 18 or older in all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="110"/>
        <source>If you are not sure, choose “under 18”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="143"/>
        <source>This copy of the app has no service set up for pictures taken under 18. NCMEC&apos;s free Take It Down service does the same in a web browser: takeitdown.ncmec.org. If you are in danger, please talk to someone you trust or call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="150"/>
        <source>This copy of the app has no service set up for adults. StopNCII.org does the same for free in a web browser. You can also set a service address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="165"/>
        <source>Check what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="172"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="209"/>
        <source>Show the exact data (technical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="186"/>
        <source>I am the person in these photos and videos, or I am helping them and they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="192"/>
        <source>Save the fingerprints to a file instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="193"/>
        <source>Send the fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="209"/>
        <source>Hide the exact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="215"/>
        <source>{photos} photo(s) and {videos} video(s). Only their fingerprints are sent: no pictures, no file names, nothing about you or this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="222"/>
        <source>{count} photo(s) have very little detail. Their fingerprints are less reliable, so websites may not recognise every copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="246"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="269"/>
        <source>Sending the fingerprints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="256"/>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="257"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="271"/>
        <source>This usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="276"/>
        <source>The fingerprints have not been sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="279"/>
        <source>Nothing is lost: you can try again, or save the fingerprints to send later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="294"/>
        <source>Done: your case is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="306"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="369"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="376"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="307"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="372"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="377"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="310"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="311"/>
        <source>Save receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="319"/>
        <source>Write down or save the case number and PIN now. The PIN is shown only once and cannot be recovered: it is not stored anywhere, so nobody else can use your case. You need both to check the case or to withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="328"/>
        <source>What happens next: websites that take part receive the fingerprints and block uploads that match them. Edited, cropped or filtered copies may look different enough to need their own submission: you can add them to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="337"/>
        <source>Add more files to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="353"/>
        <source>Case number: {case}
PIN: {pin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="374"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="454"/>
        <source>Pictures taken under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="375"/>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="454"/>
        <source>Pictures of adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="378"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="385"/>
        <source>Withdraw this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="386"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="413"/>
        <source>Withdraw this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="416"/>
        <source>If you withdraw the case, its fingerprints stop being shared with websites and they will no longer block these pictures. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="420"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="421"/>
        <source>Keep the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="446"/>
        <source>Where fingerprints are sent. Leave a field empty to use the service this copy of the app came with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="457"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="469"/>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="472"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="477"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/pages.py" line="501"/>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="66"/>
        <source>PRACTICE MODE: no service is set up in this copy of the app, so you can try every step safely. Nothing is sent anywhere; a practice service runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="69"/>
        <source>Fingerprints are sent only when you press “Send”, after you have seen what will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="74"/>
        <source>Practice mode: the fingerprints go to a practice service on this computer and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="80"/>
        <source>They will be sent to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="82"/>
        <source>They will be sent to {organisation} ({program}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="89"/>
        <source>That address cannot be used. It must start with https:// (http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="144"/>
        <source>This case is withdrawn. Its fingerprints are no longer shared with websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="145"/>
        <source>This case is active: the fingerprints of {count} file(s) are being shared with websites that take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="150"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="152"/>
        <source>This computer does not seem to be connected to the internet. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="153"/>
        <source>The service could not be reached or did not answer in time. It may be busy; please try again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="154"/>
        <source>The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="155"/>
        <source>The service address is not safe to use. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="156"/>
        <source>No case matches this case number and PIN. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="157"/>
        <source>Too many attempts with a wrong PIN. Please wait a while before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="158"/>
        <source>The service did not accept the fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="159"/>
        <source>The service gave an answer this app could not understand. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="163"/>
        <source>It said: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
