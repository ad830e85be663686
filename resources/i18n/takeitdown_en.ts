<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/service.py" line="167" />
            <source>This practice case is open with the fingerprints of %n file(s). In practice mode nothing is shared with websites, and the case disappears when the app closes.</source>
            <translation>
                <numerusform>This practice case is open with the fingerprints of %n file. In practice mode nothing is shared with websites, and the case disappears when the app closes.</numerusform>
                <numerusform>This practice case is open with the fingerprints of %n files. In practice mode nothing is shared with websites, and the case disappears when the app closes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/service.py" line="175" />
            <source>This case is active: the fingerprints of %n file(s) are being shared with websites that take part.</source>
            <translation>
                <numerusform>This case is active: the fingerprints of %n file are being shared with websites that take part.</numerusform>
                <numerusform>This case is active: the fingerprints of %n files are being shared with websites that take part.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/files.py" line="66" />
            <source>Done, but only the first of its %n picture(s) was fingerprinted.</source>
            <translation>
                <numerusform>Done, but only the first of its %n picture was fingerprinted.</numerusform>
                <numerusform>Done, but only the first of its %n pictures was fingerprinted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/files.py" line="336" />
            <source>Fingerprinting finished: %n file(s) ready.</source>
            <translation>
                <numerusform>Fingerprinting finished: %n file ready.</numerusform>
                <numerusform>Fingerprinting finished: %n files ready.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/review.py" line="18" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/review.py" line="18" />
            <source>%n video(s)</source>
            <translation>
                <numerusform>%n video</numerusform>
                <numerusform>%n videos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/review.py" line="21" />
            <source>Fingerprints of %n video(s) will be sent.</source>
            <translation>
                <numerusform>Fingerprints of %n video will be sent.</numerusform>
                <numerusform>Fingerprints of %n videos will be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/review.py" line="22" />
            <source>Fingerprints of %n photo(s) will be sent.</source>
            <translation>
                <numerusform>Fingerprints of %n photo will be sent.</numerusform>
                <numerusform>Fingerprints of %n photos will be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/review.py" line="117" />
            <source>%n photo(s) have very little detail, so websites may not recognise every copy.</source>
            <translation>
                <numerusform>%n photo has very little detail, so websites may not recognise every copy.</numerusform>
                <numerusform>%n photos have very little detail, so websites may not recognise every copy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/review.py" line="126" />
            <source>%n file(s) will not be sent</source>
            <translation>
                <numerusform>%n file will not be sent</numerusform>
                <numerusform>%n files will not be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="150" />
            <source>The fingerprints of %n file(s) from this case</source>
            <translation>
                <numerusform>The fingerprints of %n file from this case</numerusform>
                <numerusform>The fingerprints of %n files from this case</numerusform>
            </translation>
        </message>
    </context>
</TS>
