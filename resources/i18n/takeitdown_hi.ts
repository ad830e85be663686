<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="75"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="77"/>
        <source>Something went wrong inside the app. Your photos and videos have not been sent anywhere. You can close the app and open it again.</source>
        <translation>ऐप में कुछ गड़बड़ हो गई। आपकी फ़ोटो और वीडियो कहीं नहीं भेजे गए हैं। आप ऐप बंद करके फिर से खोल सकते हैं।</translation>
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
        <translation>तुरंत बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="152"/>
        <source>Close the app at once. Pressing Esc twice does the same.</source>
        <translation>ऐप को तुरंत बंद करता है। Esc दो बार दबाने से भी यही होता है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="153"/>
        <source>Quick exit: close the app at once</source>
        <translation>तुरंत बाहर निकलें: ऐप को तुरंत बंद करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="238"/>
        <source>They will be added to case {case}.</source>
        <translation>इन्हें केस {case} में जोड़ा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="274"/>
        <source>Save the fingerprints</source>
        <translation>फ़िंगरप्रिंट सहेजें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="158"/>
        <source>Practice mode</source>
        <translation>अभ्यास मोड</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="282"/>
        <source>Take It Down practice receipt

This was practice: nothing was sent to anyone, and this practice case disappeared when the app closed.

Case number: {case}
PIN: {pin}
</source>
        <translation>Take It Down अभ्यास रसीद

यह सिर्फ़ अभ्यास था: किसी को कुछ भी नहीं भेजा गया, और ऐप बंद होने पर यह अभ्यास केस मिट गया।

केस नंबर: {case}
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
        <translation>Take It Down केस की रसीद

केस नंबर: {case}
PIN: {pin}
सेवा: {service}

इसे सुरक्षित रखें। केस देखने या वापस लेने के लिए आपको केस नंबर और PIN की ज़रूरत होगी।
</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="296"/>
        <source>Save receipt</source>
        <translation>रसीद सहेजें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="304"/>
        <source>Practice case, nothing was sent.
Case number: {case}
PIN: {pin}</source>
        <translation>अभ्यास केस, कुछ भी नहीं भेजा गया।
केस नंबर: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="306"/>
        <source>Case number: {case}
PIN: {pin}</source>
        <translation>केस नंबर: {case}
PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="327"/>
        <source>Start over?</source>
        <translation>फिर से शुरू करें?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="328"/>
        <source>Have you written down or saved the case number and PIN? They will not be shown again.</source>
        <translation>क्या आपने केस नंबर और PIN लिख लिया है या सहेज लिया है? ये दोबारा नहीं दिखाए जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="329"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="123"/>
        <source>Start over</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="330"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="562"/>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="355"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="364"/>
        <source>No service is set up for this kind of case.</source>
        <translation>इस तरह के केस के लिए कोई सेवा सेट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="357"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="366"/>
        <source>Withdrawing…</source>
        <translation>वापस लिया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="416"/>
        <source>None of the originals could be read, so there is nothing to compare the copy with.</source>
        <translation>कोई भी मूल फ़ाइल पढ़ी नहीं जा सकी, इसलिए कॉपी की तुलना किसी से नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="425"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="42"/>
        <source>This file could not be read, so it could not be checked.</source>
        <translation>यह फ़ाइल पढ़ी नहीं जा सकी, इसलिए इसकी जाँच नहीं हो सकी।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="460"/>
        <source>Saved.</source>
        <translation>सहेज लिया गया।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="462"/>
        <source>Nothing has changed, so nothing was saved.</source>
        <translation>कुछ नहीं बदला, इसलिए कुछ नहीं सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="471"/>
        <source>No service address is set for this kind of case.</source>
        <translation>इस तरह के केस के लिए कोई सेवा पता सेट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="473"/>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="477"/>
        <source>Connected. {text}</source>
        <translation>कनेक्ट हो गया। {text}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="556"/>
        <source>Close without saving?</source>
        <translation>सहेजे बिना बंद करें?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="558"/>
        <source>The case number and PIN have not been saved. Without them you cannot check or withdraw the case later, and they will not be shown again.</source>
        <translation>केस नंबर और PIN सहेजे नहीं गए हैं। इनके बिना आप बाद में केस देख या वापस नहीं ले पाएँगे, और ये दोबारा नहीं दिखाए जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="561"/>
        <source>Close anyway</source>
        <translation>फिर भी बंद करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="60"/>
        <source>PRACTICE MODE: nothing is sent anywhere. A practice service runs on this computer, and its cases disappear when the app closes.</source>
        <translation>अभ्यास मोड: कुछ भी कहीं नहीं भेजा जाता। एक अभ्यास सेवा इसी कंप्यूटर पर चलती है, और ऐप बंद होने पर उसके केस मिट जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="67"/>
        <source>No service is set up in this version of the app, so you can try every step safely in practice mode.</source>
        <translation>ऐप के इस वर्ज़न में कोई सेवा सेट नहीं है, इसलिए आप अभ्यास मोड में हर कदम सुरक्षित रूप से आज़मा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="72"/>
        <source>Fingerprints go to {organisation}, and only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>फ़िंगरप्रिंट {organisation} को जाते हैं, और तभी जब आप “भेजें” दबाते हैं, यह ठीक-ठीक देखने के बाद कि क्या भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="75"/>
        <source>Fingerprints are sent only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>फ़िंगरप्रिंट तभी भेजे जाते हैं जब आप “भेजें” दबाते हैं, यह ठीक-ठीक देखने के बाद कि क्या भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="82"/>
        <source>Practice mode: the fingerprints go to a practice service on this computer and nowhere else.</source>
        <translation>अभ्यास मोड: फ़िंगरप्रिंट इसी कंप्यूटर पर एक अभ्यास सेवा को जाते हैं, और कहीं नहीं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="84"/>
        <source>They will be sent to {organisation}.</source>
        <translation>इन्हें {organisation} को भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="85"/>
        <source>They will be sent to the service at {url}.</source>
        <translation>इन्हें {url} पर मौजूद सेवा को भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="91"/>
        <source>{organisation} ({program}).</source>
        <translation>{organisation} ({program})।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="98"/>
        <source>That address cannot be used. It must start with https:// (http:// only for this computer).</source>
        <translation>यह पता इस्तेमाल नहीं किया जा सकता। इसे https:// से शुरू होना चाहिए (http:// सिर्फ़ इसी कंप्यूटर के लिए)।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="165"/>
        <source>This practice case is withdrawn. In practice mode nothing is shared with websites.</source>
        <translation>यह अभ्यास केस वापस ले लिया गया है। अभ्यास मोड में वेबसाइटों के साथ कुछ भी साझा नहीं किया जाता।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="167"/>
        <source>This practice case is open with the fingerprints of %n file(s). In practice mode nothing is shared with websites, and the case disappears when the app closes.</source>
        <translation>
            <numerusform>यह अभ्यास केस %n फ़ाइल के फ़िंगरप्रिंट के साथ खुला है। अभ्यास मोड में वेबसाइटों के साथ कुछ भी साझा नहीं किया जाता, और ऐप बंद होने पर केस मिट जाता है।</numerusform>
            <numerusform>यह अभ्यास केस %n फ़ाइलों के फ़िंगरप्रिंट के साथ खुला है। अभ्यास मोड में वेबसाइटों के साथ कुछ भी साझा नहीं किया जाता, और ऐप बंद होने पर केस मिट जाता है।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="173"/>
        <source>This case is withdrawn. Its fingerprints are no longer shared with websites.</source>
        <translation>यह केस वापस ले लिया गया है। इसके फ़िंगरप्रिंट अब वेबसाइटों के साथ साझा नहीं किए जाते।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="175"/>
        <source>This case is active: the fingerprints of %n file(s) are being shared with websites that take part.</source>
        <translation>
            <numerusform>यह केस सक्रिय है: %n फ़ाइल के फ़िंगरप्रिंट भाग लेने वाली वेबसाइटों के साथ साझा किए जा रहे हैं।</numerusform>
            <numerusform>यह केस सक्रिय है: %n फ़ाइलों के फ़िंगरप्रिंट भाग लेने वाली वेबसाइटों के साथ साझा किए जा रहे हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="63"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="78"/>
        <source>Check an existing case</source>
        <translation>मौजूदा केस देखें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="64"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="69"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="116"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="118"/>
        <source>Case number</source>
        <translation>केस नंबर</translation>
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
        <translation>सेवा</translation>
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
        <translation>पीछे</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="73"/>
        <source>Withdraw this case…</source>
        <translation>यह केस वापस लें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="67"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="78"/>
        <source>Taken when the person in them was under 18</source>
        <translation>तब ली गईं जब उनमें दिख रहे व्यक्ति की उम्र 18 साल से कम थी</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="68"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="79"/>
        <source>Taken when the person in them was 18 or older</source>
        <translation>तब ली गईं जब उनमें दिख रहे व्यक्ति की उम्र 18 साल या उससे ज़्यादा थी</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="74"/>
        <source>Check</source>
        <comment>button: ask the service how the case stands</comment>
        <translation>स्थिति देखें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="94"/>
        <source>Withdraw this case?</source>
        <translation>यह केस वापस लें?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="96"/>
        <source>This is a practice case: nothing was shared with any website. Withdrawing it shows how withdrawing works, and cannot be undone.</source>
        <translation>यह अभ्यास केस है: किसी भी वेबसाइट के साथ कुछ भी साझा नहीं किया गया। इसे वापस लेने से पता चलता है कि वापस लेना कैसे काम करता है, और इसे पलटा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="101"/>
        <source>If you withdraw the case, its fingerprints stop being shared with websites and they will no longer block these pictures. This cannot be undone.</source>
        <translation>अगर आप केस वापस लेते हैं, तो इसके फ़िंगरप्रिंट वेबसाइटों के साथ साझा होना बंद हो जाएँगे और वे इन तस्वीरों को अब ब्लॉक नहीं करेंगी। इसे पलटा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="104"/>
        <source>Withdraw</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="105"/>
        <source>Keep the case</source>
        <translation>केस रखें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="37"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="120"/>
        <source>Copy</source>
        <comment>to the clipboard</comment>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="38"/>
        <source>Select all</source>
        <translation>सभी चुनें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="121"/>
        <source>The copy is removed from the clipboard after two minutes.</source>
        <translation>कॉपी किया गया टेक्स्ट दो मिनट बाद क्लिपबोर्ड से हटा दिया जाता है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="122"/>
        <source>Save receipt…</source>
        <translation>रसीद सहेजें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="124"/>
        <source>Add more files to this case</source>
        <translation>इस केस में और फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="126"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="180"/>
        <source>Copied. It will be removed from the clipboard in two minutes.</source>
        <translation>कॉपी हो गया। दो मिनट में इसे क्लिपबोर्ड से हटा दिया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="142"/>
        <source>Done: your practice case is open</source>
        <translation>हो गया: आपका अभ्यास केस खुल गया है</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="145"/>
        <source>This is only practice: the case exists on this computer until the app closes. Nothing was sent to any website and nothing will be blocked.</source>
        <translation>यह सिर्फ़ अभ्यास है: ऐप बंद होने तक केस इसी कंप्यूटर पर है। किसी वेबसाइट को कुछ नहीं भेजा गया और कुछ भी ब्लॉक नहीं होगा।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="151"/>
        <source>With a real service, this is where you would write down the case number and PIN. You can try checking or withdrawing this practice case before you close the app.</source>
        <translation>असली सेवा के साथ, यहीं आप केस नंबर और PIN लिख लेते। ऐप बंद करने से पहले आप इस अभ्यास केस को देखकर या वापस लेकर आज़मा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="156"/>
        <source>Done: your case is open</source>
        <translation>हो गया: आपका केस खुल गया है</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="159"/>
        <source>Write down or save the case number and PIN now. The PIN is shown only once and cannot be recovered: it is not stored anywhere, so nobody else can use your case. You need both to check the case or to withdraw it.</source>
        <translation>केस नंबर और PIN अभी लिख लें या सहेज लें। PIN सिर्फ़ एक बार दिखाया जाता है और वापस नहीं मिल सकता: यह कहीं सहेजा नहीं जाता, इसलिए कोई और आपके केस का इस्तेमाल नहीं कर सकता। केस देखने या वापस लेने के लिए दोनों की ज़रूरत है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="166"/>
        <source>What happens next: websites that take part receive the fingerprints and block uploads that match them. Edited, cropped or filtered copies may look different enough to need their own submission: you can add them to this case.</source>
        <translation>आगे क्या होगा: भाग लेने वाली वेबसाइटों को फ़िंगरप्रिंट मिलते हैं और वे उनसे मेल खाने वाले अपलोड ब्लॉक करती हैं। एडिट की गई, काटी गई या फ़िल्टर लगी कॉपियाँ इतनी अलग दिख सकती हैं कि उन्हें अलग से भेजना पड़े: आप उन्हें इस केस में जोड़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="33"/>
        <source>Not found: it may have been moved or deleted.</source>
        <translation>नहीं मिली: शायद इसे हटा दिया गया है या कहीं और ले जाया गया है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="34"/>
        <source>Not a photo or video.</source>
        <translation>यह फ़ोटो या वीडियो नहीं है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="35"/>
        <source>This computer does not allow it to be opened.</source>
        <translation>यह कंप्यूटर इसे खोलने की अनुमति नहीं देता।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="36"/>
        <source>Could not be read from the disk.</source>
        <translation>डिस्क से पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="37"/>
        <source>The file is empty.</source>
        <translation>फ़ाइल खाली है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="38"/>
        <source>Not supported: this is not a photo or video this app can read.</source>
        <translation>समर्थित नहीं: यह ऐसी फ़ोटो या वीडियो नहीं है जिसे यह ऐप पढ़ सके।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="39"/>
        <source>Damaged or only partly downloaded, so it could not be read.</source>
        <translation>ख़राब है या आधी-अधूरी डाउनलोड हुई है, इसलिए पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="40"/>
        <source>Too large to fingerprint safely.</source>
        <translation>सुरक्षित रूप से फ़िंगरप्रिंट बनाने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="41"/>
        <source>Sound only: there are no pictures in it.</source>
        <translation>सिर्फ़ आवाज़: इसमें कोई तस्वीर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="42"/>
        <source>Stopped.</source>
        <translation>रोक दिया गया।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="43"/>
        <source>Something went wrong while reading it.</source>
        <translation>पढ़ते समय कुछ गड़बड़ हो गई।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="45"/>
        <source>Could not be read.</source>
        <translation>पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="50"/>
        <source>Waiting</source>
        <translation>इंतज़ार में</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="52"/>
        <source>Fingerprinting… {percent}%</source>
        <translation>फ़िंगरप्रिंट बन रहा है… {percent}%</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="57"/>
        <source>Done, but this picture has very little detail, so websites may not recognise copies of it.</source>
        <translation>हो गया, पर इस तस्वीर में बहुत कम बारीकी है, इसलिए वेबसाइटें इसकी कॉपियाँ शायद न पहचानें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="61"/>
        <source>Done, but only part of it could be read.</source>
        <translation>हो गया, पर इसका सिर्फ़ कुछ हिस्सा पढ़ा जा सका।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="63"/>
        <source>Done, but some of its pictures could not be read.</source>
        <translation>हो गया, लेकिन इसकी कुछ तस्वीरें पढ़ी नहीं जा सकीं।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="66"/>
        <source>Done, but only the first of its %n picture(s) was fingerprinted.</source>
        <translation>
            <numerusform>हो गया, लेकिन इसकी %n तस्वीर में से सिर्फ़ पहली का फ़िंगरप्रिंट लिया गया।</numerusform>
            <numerusform>हो गया, लेकिन इसकी %n तस्वीरों में से सिर्फ़ पहली का फ़िंगरप्रिंट लिया गया।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="67"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="114"/>
        <source>Drag photos, videos or folders into this window</source>
        <translation>फ़ोटो, वीडियो या फ़ोल्डर इस विंडो में खींचकर लाएँ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="217"/>
        <source>Add the photos and videos</source>
        <translation>फ़ोटो और वीडियो जोड़ें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="220"/>
        <source>Each file is fingerprinted here, on this computer. The files themselves are not copied or sent anywhere.</source>
        <translation>हर फ़ाइल का फ़िंगरप्रिंट यहीं, इसी कंप्यूटर पर बनता है। फ़ाइलें खुद न कॉपी होती हैं, न कहीं भेजी जाती हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="224"/>
        <source>Choose files…</source>
        <translation>फ़ाइलें चुनें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="225"/>
        <source>Choose a folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="231"/>
        <source>Previews stay blurred until you choose to see them.</source>
        <translation>जब तक आप देखना न चुनें, प्रीव्यू धुंधले रहते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="232"/>
        <source>Files to fingerprint</source>
        <translation>फ़िंगरप्रिंट बनाने के लिए फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="240"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="241"/>
        <source>Stop fingerprinting</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="242"/>
        <source>Clear all</source>
        <translation>सब हटाएँ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="244"/>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="62"/>
        <source>Continue</source>
        <translation>आगे बढ़ें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="269"/>
        <source>Choose photos and videos</source>
        <translation>फ़ोटो और वीडियो चुनें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="274"/>
        <source>Choose a folder</source>
        <translation>फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Blur previews</source>
        <translation>प्रीव्यू धुंधले करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Show previews</source>
        <translation>प्रीव्यू दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="328"/>
        <source>“{name}” is already in the list, so it was not added again.</source>
        <translation>“{name}” पहले से सूची में है, इसलिए इसे दोबारा नहीं जोड़ा गया।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="336"/>
        <source>Fingerprinting finished: %n file(s) ready.</source>
        <translation>
            <numerusform>फ़िंगरप्रिंट पूरे हुए: %n फ़ाइल तैयार है।</numerusform>
            <numerusform>फ़िंगरप्रिंट पूरे हुए: %n फ़ाइलें तैयार हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="365"/>
        <source>Wait until every file has been fingerprinted.</source>
        <translation>हर फ़ाइल का फ़िंगरप्रिंट बनने तक इंतज़ार करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="367"/>
        <source>Add at least one photo or video.</source>
        <translation>कम से कम एक फ़ोटो या वीडियो जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/partials/dialogs.py" line="36"/>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation>फ़ाइल वहाँ सहेजी नहीं जा सकी। कृपया कोई दूसरी जगह चुनें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="17"/>
        <source>Fingerprints of {photos} and {videos} will be sent.</source>
        <translation>{photos} और {videos} के फ़िंगरप्रिंट भेजे जाएँगे।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n फ़ोटो</numerusform>
            <numerusform>%n फ़ोटो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n वीडियो</numerusform>
            <numerusform>%n वीडियो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="21"/>
        <source>Fingerprints of %n video(s) will be sent.</source>
        <translation>
            <numerusform>%n वीडियो के फ़िंगरप्रिंट भेजे जाएँगे।</numerusform>
            <numerusform>%n वीडियो के फ़िंगरप्रिंट भेजे जाएँगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="22"/>
        <source>Fingerprints of %n photo(s) will be sent.</source>
        <translation>
            <numerusform>%n फ़ोटो के फ़िंगरप्रिंट भेजे जाएँगे।</numerusform>
            <numerusform>%n फ़ोटो के फ़िंगरप्रिंट भेजे जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="82"/>
        <source>Check what will be sent</source>
        <translation>देखें कि क्या भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="83"/>
        <source>No pictures, no file names, nothing about you or this computer.</source>
        <translation>कोई तस्वीर नहीं, कोई फ़ाइल का नाम नहीं, आपके या इस कंप्यूटर के बारे में कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="85"/>
        <source>The exact data that will be sent</source>
        <translation>ठीक वही डेटा जो भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="86"/>
        <source>I am the person in these pictures, or I am helping them and they agree.</source>
        <translation>मैं इन तस्वीरों में दिखने वाला व्यक्ति हूँ, या मैं उनकी मदद कर रहा/रही हूँ और वे सहमत हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="88"/>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="49"/>
        <source>Save without sending…</source>
        <translation>भेजे बिना सहेजें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="90"/>
        <source>Keep the fingerprints in a file, to send later or from another device. Nothing is sent.</source>
        <translation>फ़िंगरप्रिंट एक फ़ाइल में रखें, ताकि बाद में या किसी दूसरे डिवाइस से भेज सकें। कुछ नहीं भेजा जाता।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="92"/>
        <source>Send the fingerprints</source>
        <translation>फ़िंगरप्रिंट भेजें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Hide the exact data</source>
        <translation>सटीक डेटा छिपाएँ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Show the exact data (technical)</source>
        <translation>सटीक डेटा दिखाएँ (तकनीकी)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="117"/>
        <source>%n photo(s) have very little detail, so websites may not recognise every copy.</source>
        <translation>
            <numerusform>%n फ़ोटो में बहुत कम बारीकी है, इसलिए वेबसाइटें शायद हर कॉपी न पहचानें।</numerusform>
            <numerusform>%n फ़ोटो में बहुत कम बारीकी है, इसलिए वेबसाइटें शायद हर कॉपी न पहचानें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="126"/>
        <source>%n file(s) will not be sent</source>
        <translation>
            <numerusform>%n फ़ाइल नहीं भेजी जाएगी</numerusform>
            <numerusform>%n फ़ाइलें नहीं भेजी जाएँगी</numerusform>
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
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="50"/>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="55"/>
        <source>Sending the fingerprints…</source>
        <translation>फ़िंगरप्रिंट भेजे जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="56"/>
        <source>This usually takes a few seconds.</source>
        <translation>आमतौर पर इसमें कुछ सेकंड लगते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="58"/>
        <source>The fingerprints have not been sent yet</source>
        <translation>फ़िंगरप्रिंट अभी भेजे नहीं गए हैं</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="62"/>
        <source>Nothing is lost: you can try again, or save the fingerprints to send later.</source>
        <translation>कुछ भी खोया नहीं है: आप फिर से कोशिश कर सकते हैं, या फ़िंगरप्रिंट सहेजकर बाद में भेज सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="77"/>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="73"/>
        <source>Where fingerprints are sent. Leave a field empty to use the service this version of the app came with.</source>
        <translation>फ़िंगरप्रिंट कहाँ भेजे जाते हैं। ऐप का यह वर्ज़न जिस सेवा के साथ आया है, उसे इस्तेमाल करने के लिए फ़ील्ड खाली छोड़ दें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="82"/>
        <source>Service address: {kind}</source>
        <translation>सेवा का पता: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="83"/>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="84"/>
        <source>Test connection: {kind}</source>
        <translation>कनेक्शन जाँचें: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="85"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="88"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="87"/>
        <source>Same as this computer</source>
        <translation>इस कंप्यूटर जैसी</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="90"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="64"/>
        <source>Help stop intimate photos and videos from spreading</source>
        <translation>अंतरंग फ़ोटो और वीडियो को फैलने से रोकने में मदद करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="67"/>
        <source>This app makes a fingerprint of each photo or video you choose. Only those fingerprints are sent, so that websites taking part can recognise the pictures and block them.</source>
        <translation>यह ऐप आपकी चुनी हर फ़ोटो या वीडियो का फ़िंगरप्रिंट बनाता है। सिर्फ़ ये फ़िंगरप्रिंट भेजे जाते हैं, ताकि भाग लेने वाली वेबसाइटें तस्वीरों को पहचानकर ब्लॉक कर सकें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="73"/>
        <source>Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.</source>
        <translation>आपकी फ़ोटो और वीडियो कभी इस कंप्यूटर से बाहर नहीं जाते। उन्हें कोई नहीं देखता: न हम, न वेबसाइटें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="76"/>
        <source>To leave the app at once, press Esc twice or use “Quick exit” at the top.</source>
        <translation>ऐप से तुरंत बाहर निकलने के लिए Esc दो बार दबाएँ या ऊपर “तुरंत बाहर निकलें” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="80"/>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="50"/>
        <source>How old was the person in them?</source>
        <translation>तस्वीरों में दिख रहे व्यक्ति की उम्र कितनी थी?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="53"/>
        <source>What counts is their age when the pictures were taken, not today. If you are helping someone, answer for them. The answer decides which service receives the fingerprints.</source>
        <translation>मायने रखती है तस्वीरें लेते समय की उम्र, आज की नहीं। अगर आप किसी की मदद कर रहे हैं, तो उनकी ओर से जवाब दें। जवाब से तय होता है कि कौन-सी सेवा फ़िंगरप्रिंट पाएगी।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="58"/>
        <source>Under 18 in at least one of the pictures</source>
        <translation>कम से कम एक तस्वीर में 18 साल से कम</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="59"/>
        <source>18 or older in all of the pictures</source>
        <translation>सभी तस्वीरों में 18 साल या उससे ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="60"/>
        <source>If you are not sure, choose “under 18”.</source>
        <translation>अगर पक्का पता नहीं है, तो “18 साल से कम” चुनें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="100"/>
        <source>This version of the app has no service set up for pictures taken before the person in them turned 18. NCMEC&apos;s free Take It Down service does the same in a web browser: takeitdown.ncmec.org. If you are in danger, please talk to someone you trust or call your local emergency number.</source>
        <translation>ऐप के इस वर्ज़न में उन तस्वीरों के लिए कोई सेवा सेट नहीं है जो उनमें दिख रहे व्यक्ति के 18 साल का होने से पहले ली गई थीं। NCMEC की मुफ़्त Take It Down सेवा वेब ब्राउज़र में यही काम करती है: takeitdown.ncmec.org। अगर आप ख़तरे में हैं, तो कृपया किसी भरोसेमंद व्यक्ति से बात करें या अपने इलाके के आपातकालीन नंबर पर कॉल करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="107"/>
        <source>This version of the app has no service set up for adults. StopNCII.org does the same for free in a web browser. You can also set a service address in Settings.</source>
        <translation>ऐप के इस वर्ज़न में वयस्कों के लिए कोई सेवा सेट नहीं है। StopNCII.org वेब ब्राउज़र में यही काम मुफ़्त में करता है। आप सेटिंग में सेवा का पता भी सेट कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="21"/>
        <source>Yes: this is the same file as one of your originals. Websites that take part will recognise it.</source>
        <translation>हाँ: यह आपकी किसी मूल फ़ाइल जैसी ही फ़ाइल है। भाग लेने वाली वेबसाइटें इसे पहचान लेंगी।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="24"/>
        <source>Probably: this copy is a mirrored or turned version of one of your originals. Websites that check for that will recognise it. To be sure that every website does, add it to the case too.</source>
        <translation>शायद: यह कॉपी आपकी किसी मूल फ़ाइल का उल्टा (मिरर) या घुमाया हुआ रूप है। जो वेबसाइटें यह जाँचती हैं, वे इसे पहचान लेंगी। पक्का करने के लिए कि हर वेबसाइट पहचाने, इसे भी केस में जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="28"/>
        <source>Yes: websites that take part would recognise this copy. It is close enough to one of your originals.</source>
        <translation>हाँ: भाग लेने वाली वेबसाइटें इस कॉपी को पहचान लेंगी। यह आपकी किसी मूल फ़ाइल से काफ़ी मिलती है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="30"/>
        <source>Yes: websites that take part would recognise this video. Most of its scenes match one of your originals.</source>
        <translation>हाँ: भाग लेने वाली वेबसाइटें इस वीडियो को पहचान लेंगी। इसके ज़्यादातर दृश्य आपकी किसी मूल फ़ाइल से मिलते हैं।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="33"/>
        <source>No: this picture has too little detail to be recognised by how it looks. Adding it to the case still lets websites block this exact file.</source>
        <translation>नहीं: इस तस्वीर में इतना कम ब्योरा है कि इसे देखकर पहचाना नहीं जा सकता। इसे केस में जोड़ने से वेबसाइटें फिर भी ठीक इसी फ़ाइल को ब्लॉक कर सकेंगी।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="38"/>
        <source>This copy cannot be compared: none of your originals is the same kind of file (a photo or a video). Add it to the case so that it can be blocked too.</source>
        <translation>इस कॉपी की तुलना नहीं हो सकती: आपकी कोई भी मूल फ़ाइल इसी तरह की (फ़ोटो या वीडियो) नहीं है। इसे केस में जोड़ें ताकि इसे भी ब्लॉक किया जा सके।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="44"/>
        <source>No: this copy looks too different from your originals for websites to recognise it (for example, it is cropped or has a frame around it). Add it to the case so that it can be blocked too.</source>
        <translation>नहीं: यह कॉपी आपकी मूल फ़ाइलों से इतनी अलग है कि वेबसाइटें इसे नहीं पहचानेंगी (जैसे, यह काटी गई है या इसके चारों ओर फ़्रेम है)। इसे केस में जोड़ें ताकि इसे भी ब्लॉक किया जा सके।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="55"/>
        <source>Closest original: {name}. Difference: {distance} (up to 31 is recognised).</source>
        <translation>सबसे मिलती मूल फ़ाइल: {name}। अंतर: {distance} (31 तक पहचाना जाता है)।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="60"/>
        <source>Closest original: {name}. Matching scenes: {copy}% of the copy, {original}% of the original (80% of each is recognised).</source>
        <translation>सबसे मिलती मूल फ़ाइल: {name}। मिलते दृश्य: कॉपी के {copy}%, मूल के {original}% (दोनों के 80% पर पहचाना जाता है)।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="127"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="125"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="79"/>
        <source>Check a copy</source>
        <translation>कॉपी जाँचें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="130"/>
        <source>Found a copy of your photo or video online? Check whether websites that take part would recognise it from your fingerprints. Nothing is sent: the check happens on this computer.</source>
        <translation>ऑनलाइन अपनी फ़ोटो या वीडियो की कॉपी मिली? जाँचें कि भाग लेने वाली वेबसाइटें आपके फ़िंगरप्रिंट से इसे पहचानेंगी या नहीं। कुछ भी भेजा नहीं जाता: जाँच इसी कंप्यूटर पर होती है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="134"/>
        <source>The copy you found</source>
        <translation>आपको मिली कॉपी</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="135"/>
        <source>Your originals</source>
        <translation>आपकी मूल फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="136"/>
        <source>Choose the copy…</source>
        <translation>कॉपी चुनें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="137"/>
        <source>Choose originals…</source>
        <translation>मूल फ़ाइलें चुनें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="138"/>
        <source>Choose a fingerprint file…</source>
        <translation>फ़िंगरप्रिंट फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="140"/>
        <source>Check</source>
        <comment>button: compare the copy found online with the originals</comment>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Add it to this case</source>
        <translation>इसे इस केस में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Start a case with it</source>
        <translation>इससे नया केस बनाएँ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="147"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="153"/>
        <source>Nothing chosen yet</source>
        <translation>अभी कुछ नहीं चुना गया</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="150"/>
        <source>The fingerprints of %n file(s) from this case</source>
        <translation>
            <numerusform>इस केस की %n फ़ाइल के फ़िंगरप्रिंट</numerusform>
            <numerusform>इस केस की %n फ़ाइलों के फ़िंगरप्रिंट</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="186"/>
        <source>Checking… Nothing is sent: this happens on this computer.</source>
        <translation>जाँच हो रही है… कुछ भी भेजा नहीं जाता: यह इसी कंप्यूटर पर होता है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="200"/>
        <source>Practice mode: nothing was shared with websites, so none of them is looking for this copy. This is what a real case would do.</source>
        <translation>अभ्यास मोड: वेबसाइटों के साथ कुछ भी साझा नहीं किया गया, इसलिए कोई भी वेबसाइट इस कॉपी को नहीं ढूँढ रही है। असली केस यही करता।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="226"/>
        <source>Choose the copy</source>
        <translation>कॉपी चुनें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="232"/>
        <source>Choose your originals</source>
        <translation>अपनी मूल फ़ाइलें चुनें</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="237"/>
        <source>Choose a fingerprint file</source>
        <translation>फ़िंगरप्रिंट फ़ाइल चुनें</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="33"/>
        <source>This computer does not seem to be connected to the internet. Check the connection and try again.</source>
        <translation>लगता है यह कंप्यूटर इंटरनेट से जुड़ा नहीं है। कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="37"/>
        <source>The service could not be reached or did not answer in time. It may be busy; please try again in a little while.</source>
        <translation>सेवा तक पहुँचा नहीं जा सका या उसने समय पर जवाब नहीं दिया। शायद वह व्यस्त है; कृपया थोड़ी देर बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="41"/>
        <source>The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks.</source>
        <translation>सेवा से कनेक्शन सुरक्षित नहीं है (उसका सर्टिफ़िकेट जाँचा नहीं जा सका), इसलिए कुछ नहीं भेजा गया। कुछ सार्वजनिक Wi-Fi नेटवर्क पर ऐसा हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="46"/>
        <source>The service address is not safe to use: an address on another computer must start with https://.</source>
        <translation>सेवा का पता सुरक्षित नहीं है: किसी दूसरे कंप्यूटर का पता https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="50"/>
        <source>No case matches this case number and PIN. Check both and try again.</source>
        <translation>इस केस नंबर और PIN से कोई केस मेल नहीं खाता। दोनों जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="55"/>
        <source>Too many wrong PINs were tried, so checking is paused for a while, even with the right PIN. Your case is not affected. Please try again later.</source>
        <translation>बहुत सारे गलत PIN आज़माए गए, इसलिए जाँच कुछ देर के लिए रोक दी गई है, सही PIN के साथ भी। आपके केस पर इसका कोई असर नहीं है। कृपया बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="60"/>
        <source>The service did not accept the fingerprints.</source>
        <translation>सेवा ने फ़िंगरप्रिंट स्वीकार नहीं किए।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="61"/>
        <source>The service gave an answer this app could not understand. Please try again later.</source>
        <translation>सेवा ने ऐसा जवाब दिया जो यह ऐप समझ नहीं पाया। कृपया बाद में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="64"/>
        <source>Practice mode is not included in this version of the app. Set a service address in Settings.</source>
        <translation>ऐप के इस वर्ज़न में अभ्यास मोड शामिल नहीं है। सेटिंग में सेवा का पता सेट करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="68"/>
        <source>Something went wrong. Please try again.</source>
        <translation>कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="71"/>
        <source>The service is not taking more cases from this internet connection for now: many were opened from it in the last hour. Your fingerprints were not kept. Please try again later.</source>
        <translation>यह सेवा अभी इस इंटरनेट कनेक्शन से और केस नहीं ले रही है: पिछले एक घंटे में इससे बहुत सारे केस खोले गए। आपके फ़िंगरप्रिंट रखे नहीं गए। कृपया बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="77"/>
        <source>It said: {reason}</source>
        <translation>सेवा ने कहा: {reason}</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <location filename="../../build_scripts/entry.py" line="32"/>
        <source>A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora).</source>
        <translation>एक ग्राफ़िक्स लाइब्रेरी मौजूद नहीं है। पैकेज libgl1 (Debian, Ubuntu) या mesa-libGL (Fedora) इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="33"/>
        <source>A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora).</source>
        <translation>एक ग्राफ़िक्स लाइब्रेरी मौजूद नहीं है। पैकेज libegl1 (Debian, Ubuntu) या mesa-libEGL (Fedora) इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="34"/>
        <source>A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora).</source>
        <translation>एक डिस्प्ले लाइब्रेरी मौजूद नहीं है। पैकेज libxcb-cursor0 (Debian, Ubuntu) या xcb-util-cursor (Fedora) इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="35"/>
        <source>The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this.</source>
        <translation>ऐप इस डेस्कटॉप पर विंडो नहीं खोल पाया। आम तौर पर पैकेज libxcb-cursor0 इंस्टॉल करने से यह ठीक हो जाता है।</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="36"/>
        <source>A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora).</source>
        <translation>एक फ़ॉन्ट लाइब्रेरी मौजूद नहीं है। पैकेज libfontconfig1 (Debian, Ubuntu) या fontconfig (Fedora) इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="38"/>
        <source>Take It Down could not start</source>
        <translation>Take It Down शुरू नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="39"/>
        <source>No photos or videos were read or sent.</source>
        <translation>कोई फ़ोटो या वीडियो न पढ़ा गया, न भेजा गया।</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="40"/>
        <source>Take It Down stopped unexpectedly</source>
        <translation>Take It Down अचानक बंद हो गया</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="41"/>
        <source>It closed because of an error.</source>
        <translation>यह एक गड़बड़ी की वजह से बंद हुआ।</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="42"/>
        <source>Details:</source>
        <translation>विवरण:</translation>
    </message>
</context>
</TS>
