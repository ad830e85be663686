<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="75"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="77"/>
        <source>Something went wrong inside the app. Your photos and videos have not been sent anywhere. You can close the app and open it again.</source>
        <translation>حدث خطأ ما داخل التطبيق. لم تُرسَل صورك ومقاطع الفيديو الخاصة بك إلى أي مكان. يمكنك إغلاق التطبيق وفتحه من جديد.</translation>
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
        <translation>خروج سريع</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="152"/>
        <source>Close the app at once. Pressing Esc twice does the same.</source>
        <translation>يغلق التطبيق فورًا. الضغط على Esc مرتين يفعل الشيء نفسه.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="153"/>
        <source>Quick exit: close the app at once</source>
        <translation>خروج سريع: إغلاق التطبيق فورًا</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="238"/>
        <source>They will be added to case {case}.</source>
        <translation>ستُضاف إلى البلاغ {case}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="274"/>
        <source>Save the fingerprints</source>
        <translation>حفظ البصمات</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="158"/>
        <source>Practice mode</source>
        <translation>وضع التجربة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="282"/>
        <source>Take It Down practice receipt

This was practice: nothing was sent to anyone, and this practice case disappeared when the app closed.

Case number: {case}
PIN: {pin}
</source>
        <translation>إيصال تجريبي من Take It Down

كان هذا للتجربة فقط: لم يُرسَل أي شيء إلى أي أحد، واختفى هذا البلاغ التجريبي عند إغلاق التطبيق.

رقم البلاغ: {case}
رمز PIN: {pin}
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
        <translation>إيصال بلاغ Take It Down

رقم البلاغ: {case}
رمز PIN: {pin}
الخدمة: {service}

احتفظ به في مكان آمن. تحتاج إلى رقم البلاغ ورمز PIN لمتابعة البلاغ أو سحبه.
</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="296"/>
        <source>Save receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="304"/>
        <source>Practice case, nothing was sent.
Case number: {case}
PIN: {pin}</source>
        <translation>بلاغ تجريبي، لم يُرسل أي شيء.
رقم البلاغ: {case}
رمز PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="306"/>
        <source>Case number: {case}
PIN: {pin}</source>
        <translation>رقم البلاغ: {case}
رمز PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="327"/>
        <source>Start over?</source>
        <translation>البدء من جديد؟</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="328"/>
        <source>Have you written down or saved the case number and PIN? They will not be shown again.</source>
        <translation>هل كتبت أو حفظت رقم البلاغ ورمز PIN؟ لن يظهرا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="329"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="123"/>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="330"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="562"/>
        <source>Go back</source>
        <translation>الرجوع</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="355"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="364"/>
        <source>No service is set up for this kind of case.</source>
        <translation>لا توجد خدمة معدّة لهذا النوع من البلاغات.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="357"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="366"/>
        <source>Withdrawing…</source>
        <translation>جارٍ السحب…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="416"/>
        <source>None of the originals could be read, so there is nothing to compare the copy with.</source>
        <translation>تعذّرت قراءة جميع الملفات الأصلية، فلا يوجد ما تُقارَن به النسخة.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="425"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="42"/>
        <source>This file could not be read, so it could not be checked.</source>
        <translation>تعذّرت قراءة هذا الملف، لذلك لم يمكن التحقق منه.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="460"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="462"/>
        <source>Nothing has changed, so nothing was saved.</source>
        <translation>لم يتغير شيء، لذلك لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="471"/>
        <source>No service address is set for this kind of case.</source>
        <translation>لم يُحدَّد عنوان خدمة لهذا النوع من البلاغات.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="473"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="477"/>
        <source>Connected. {text}</source>
        <translation>تم الاتصال. {text}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="556"/>
        <source>Close without saving?</source>
        <translation>الإغلاق دون حفظ؟</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="558"/>
        <source>The case number and PIN have not been saved. Without them you cannot check or withdraw the case later, and they will not be shown again.</source>
        <translation>لم يُحفظ رقم البلاغ ورمز PIN. بدونهما لن تتمكن لاحقًا من متابعة البلاغ أو سحبه، ولن يظهرا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="561"/>
        <source>Close anyway</source>
        <translation>الإغلاق على أي حال</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="60"/>
        <source>PRACTICE MODE: nothing is sent anywhere. A practice service runs on this computer, and its cases disappear when the app closes.</source>
        <translation>وضع التجربة: لا يُرسَل أي شيء إلى أي مكان. تعمل خدمة تجريبية على هذا الكمبيوتر، وتختفي بلاغاتها عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="67"/>
        <source>No service is set up in this version of the app, so you can try every step safely in practice mode.</source>
        <translation>لا توجد خدمة معدّة في هذا الإصدار من التطبيق، لذلك يمكنك تجربة كل خطوة بأمان في وضع التجربة.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="72"/>
        <source>Fingerprints go to {organisation}, and only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>تذهب البصمات إلى {organisation}، وفقط عندما تضغط «إرسال»، بعد أن ترى بالضبط ما سيُرسَل.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="75"/>
        <source>Fingerprints are sent only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>لا تُرسَل البصمات إلا عندما تضغط «إرسال»، بعد أن ترى بالضبط ما سيُرسَل.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="82"/>
        <source>Practice mode: the fingerprints go to a practice service on this computer and nowhere else.</source>
        <translation>وضع التجربة: تذهب البصمات إلى خدمة تجريبية على هذا الكمبيوتر ولا تذهب إلى أي مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="84"/>
        <source>They will be sent to {organisation}.</source>
        <translation>ستُرسَل إلى {organisation}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="85"/>
        <source>They will be sent to the service at {url}.</source>
        <translation>ستُرسَل إلى الخدمة على العنوان {url}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="91"/>
        <source>{organisation} ({program}).</source>
        <translation>{organisation} ({program}).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="98"/>
        <source>That address cannot be used. It must start with https:// (http:// only for this computer).</source>
        <translation>لا يمكن استخدام هذا العنوان. يجب أن يبدأ بـ https://‎ (و http://‎ لهذا الكمبيوتر فقط).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="165"/>
        <source>This practice case is withdrawn. In practice mode nothing is shared with websites.</source>
        <translation>سُحب هذا البلاغ التجريبي. في وضع التجربة لا يُشارَك أي شيء مع المواقع.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="167"/>
        <source>This practice case is open with the fingerprints of %n file(s). In practice mode nothing is shared with websites, and the case disappears when the app closes.</source>
        <translation>
            <numerusform>هذا البلاغ التجريبي مفتوح ولا يحتوي على بصمات أي ملف. في وضع التجربة لا يُشارَك أي شيء مع المواقع، ويختفي البلاغ عند إغلاق التطبيق.</numerusform>
            <numerusform>هذا البلاغ التجريبي مفتوح ببصمات ملف واحد. في وضع التجربة لا يُشارَك أي شيء مع المواقع، ويختفي البلاغ عند إغلاق التطبيق.</numerusform>
            <numerusform>هذا البلاغ التجريبي مفتوح ببصمات ملفين. في وضع التجربة لا يُشارَك أي شيء مع المواقع، ويختفي البلاغ عند إغلاق التطبيق.</numerusform>
            <numerusform>هذا البلاغ التجريبي مفتوح ببصمات %n ملفات. في وضع التجربة لا يُشارَك أي شيء مع المواقع، ويختفي البلاغ عند إغلاق التطبيق.</numerusform>
            <numerusform>هذا البلاغ التجريبي مفتوح ببصمات %n ملفًا. في وضع التجربة لا يُشارَك أي شيء مع المواقع، ويختفي البلاغ عند إغلاق التطبيق.</numerusform>
            <numerusform>هذا البلاغ التجريبي مفتوح ببصمات %n ملف. في وضع التجربة لا يُشارَك أي شيء مع المواقع، ويختفي البلاغ عند إغلاق التطبيق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="173"/>
        <source>This case is withdrawn. Its fingerprints are no longer shared with websites.</source>
        <translation>سُحب هذا البلاغ. لم تعد بصماته تُشارَك مع المواقع.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="175"/>
        <source>This case is active: the fingerprints of %n file(s) are being shared with websites that take part.</source>
        <translation>
            <numerusform>هذا البلاغ نشط، لكنه لا يحتوي على بصمات أي ملف.</numerusform>
            <numerusform>هذا البلاغ نشط: تُشارَك بصمات ملف واحد مع المواقع المشاركة.</numerusform>
            <numerusform>هذا البلاغ نشط: تُشارَك بصمات ملفين مع المواقع المشاركة.</numerusform>
            <numerusform>هذا البلاغ نشط: تُشارَك بصمات %n ملفات مع المواقع المشاركة.</numerusform>
            <numerusform>هذا البلاغ نشط: تُشارَك بصمات %n ملفًا مع المواقع المشاركة.</numerusform>
            <numerusform>هذا البلاغ نشط: تُشارَك بصمات %n ملف مع المواقع المشاركة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="63"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="78"/>
        <source>Check an existing case</source>
        <translation>متابعة بلاغ موجود</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="64"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="69"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="116"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="118"/>
        <source>Case number</source>
        <translation>رقم البلاغ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="65"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="117"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="119"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="66"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="71"/>
        <source>Service</source>
        <translation>الخدمة</translation>
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
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="73"/>
        <source>Withdraw this case…</source>
        <translation>سحب هذا البلاغ…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="67"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="78"/>
        <source>Taken when the person in them was under 18</source>
        <translation>التُقطت حين كان عمر الشخص فيها أقل من 18 عامًا</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="68"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="79"/>
        <source>Taken when the person in them was 18 or older</source>
        <translation>التُقطت حين كان عمر الشخص فيها 18 عامًا أو أكثر</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="74"/>
        <source>Check</source>
        <comment>button: ask the service how the case stands</comment>
        <translation>عرض الحالة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="94"/>
        <source>Withdraw this case?</source>
        <translation>سحب هذا البلاغ؟</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="96"/>
        <source>This is a practice case: nothing was shared with any website. Withdrawing it shows how withdrawing works, and cannot be undone.</source>
        <translation>هذا بلاغ تجريبي: لم تتم مشاركة أي شيء مع أي موقع. سحبه يُظهر كيف يعمل السحب، ولا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="101"/>
        <source>If you withdraw the case, its fingerprints stop being shared with websites and they will no longer block these pictures. This cannot be undone.</source>
        <translation>إذا سحبت البلاغ، تتوقف مشاركة بصماته مع المواقع، ولن تحظر هذه الصور بعد ذلك. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="104"/>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="105"/>
        <source>Keep the case</source>
        <translation>الإبقاء على البلاغ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="37"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="120"/>
        <source>Copy</source>
        <comment>to the clipboard</comment>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="38"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="121"/>
        <source>The copy is removed from the clipboard after two minutes.</source>
        <translation>يُزال النص المنسوخ من الحافظة بعد دقيقتين.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="122"/>
        <source>Save receipt…</source>
        <translation>حفظ الإيصال…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="124"/>
        <source>Add more files to this case</source>
        <translation>إضافة ملفات أخرى إلى هذا البلاغ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="126"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="180"/>
        <source>Copied. It will be removed from the clipboard in two minutes.</source>
        <translation>تم النسخ. سيُزال النص المنسوخ من الحافظة بعد دقيقتين.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="142"/>
        <source>Done: your practice case is open</source>
        <translation>تم: بلاغك التجريبي مفتوح</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="145"/>
        <source>This is only practice: the case exists on this computer until the app closes. Nothing was sent to any website and nothing will be blocked.</source>
        <translation>هذه مجرد تجربة: البلاغ موجود على هذا الكمبيوتر حتى يُغلق التطبيق. لم يُرسَل شيء إلى أي موقع ولن يُحظر شيء.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="151"/>
        <source>With a real service, this is where you would write down the case number and PIN. You can try checking or withdrawing this practice case before you close the app.</source>
        <translation>مع خدمة حقيقية، هنا تكتب رقم البلاغ ورمز PIN. يمكنك تجربة متابعة هذا البلاغ التجريبي أو سحبه قبل إغلاق التطبيق.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="156"/>
        <source>Done: your case is open</source>
        <translation>تم: بلاغك مفتوح</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="159"/>
        <source>Write down or save the case number and PIN now. The PIN is shown only once and cannot be recovered: it is not stored anywhere, so nobody else can use your case. You need both to check the case or to withdraw it.</source>
        <translation>اكتب رقم البلاغ ورمز PIN أو احفظهما الآن. يظهر رمز PIN مرة واحدة فقط ولا يمكن استرجاعه: فهو غير محفوظ في أي مكان، لذلك لا يستطيع أحد غيرك استخدام بلاغك. تحتاج إلى الاثنين لمتابعة البلاغ أو سحبه.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="166"/>
        <source>What happens next: websites that take part receive the fingerprints and block uploads that match them. Edited, cropped or filtered copies may look different enough to need their own submission: you can add them to this case.</source>
        <translation>ماذا بعد: تتلقى المواقع المشاركة البصمات وتحظر ما يطابقها من ملفات مرفوعة. النسخ المعدّلة أو المقصوصة أو التي عليها فلاتر قد تختلف بما يكفي لتحتاج إلى إرسال خاص بها: يمكنك إضافتها إلى هذا البلاغ.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="33"/>
        <source>Not found: it may have been moved or deleted.</source>
        <translation>غير موجود: ربما نُقل أو حُذف.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="34"/>
        <source>Not a photo or video.</source>
        <translation>ليس صورة أو فيديو.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="35"/>
        <source>This computer does not allow it to be opened.</source>
        <translation>لا يسمح هذا الكمبيوتر بفتحه.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="36"/>
        <source>Could not be read from the disk.</source>
        <translation>تعذّرت قراءته من القرص.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="37"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="38"/>
        <source>Not supported: this is not a photo or video this app can read.</source>
        <translation>غير مدعوم: ليس صورة أو فيديو يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="39"/>
        <source>Damaged or only partly downloaded, so it could not be read.</source>
        <translation>تالف أو نُزّل جزء منه فقط، لذلك تعذّرت قراءته.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="40"/>
        <source>Too large to fingerprint safely.</source>
        <translation>كبير جدًا لإنشاء بصمته بأمان.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="41"/>
        <source>Sound only: there are no pictures in it.</source>
        <translation>صوت فقط: لا توجد فيه صور.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="42"/>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="43"/>
        <source>Something went wrong while reading it.</source>
        <translation>حدث خطأ ما أثناء قراءته.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="45"/>
        <source>Could not be read.</source>
        <translation>تعذّرت قراءته.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="50"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="52"/>
        <source>Fingerprinting… {percent}%</source>
        <translation>جارٍ إنشاء البصمة… ‎{percent}%</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="57"/>
        <source>Done, but this picture has very little detail, so websites may not recognise copies of it.</source>
        <translation>تم، لكن هذه الصورة فيها تفاصيل قليلة جدًا، لذلك قد لا تتعرّف المواقع على نسخها.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="61"/>
        <source>Done, but only part of it could be read.</source>
        <translation>تم، لكن أمكن قراءة جزء منه فقط.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="63"/>
        <source>Done, but some of its pictures could not be read.</source>
        <translation>تم، لكن تعذّرت قراءة بعض صوره.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="66"/>
        <source>Done, but only the first of its %n picture(s) was fingerprinted.</source>
        <translation>
            <numerusform>تم، لكن أُخذت بصمة الصورة الأولى فقط من صوره.</numerusform>
            <numerusform>تم، لكن أُخذت بصمة الصورة الأولى فقط من صوره.</numerusform>
            <numerusform>تم، لكن أُخذت بصمة الصورة الأولى فقط من صورتيه.</numerusform>
            <numerusform>تم، لكن أُخذت بصمة الصورة الأولى فقط من صوره الـ%n.</numerusform>
            <numerusform>تم، لكن أُخذت بصمة الصورة الأولى فقط من صوره الـ%n.</numerusform>
            <numerusform>تم، لكن أُخذت بصمة الصورة الأولى فقط من صوره الـ%n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="67"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="114"/>
        <source>Drag photos, videos or folders into this window</source>
        <translation>اسحب الصور أو مقاطع الفيديو أو المجلدات إلى هذه النافذة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="217"/>
        <source>Add the photos and videos</source>
        <translation>أضف الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="220"/>
        <source>Each file is fingerprinted here, on this computer. The files themselves are not copied or sent anywhere.</source>
        <translation>تُنشأ بصمة كل ملف هنا، على هذا الكمبيوتر. لا تُنسخ الملفات نفسها ولا تُرسَل إلى أي مكان.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="224"/>
        <source>Choose files…</source>
        <translation>اختيار ملفات…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="225"/>
        <source>Choose a folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="231"/>
        <source>Previews stay blurred until you choose to see them.</source>
        <translation>تبقى المعاينات ضبابية إلى أن تختار رؤيتها.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="232"/>
        <source>Files to fingerprint</source>
        <translation>الملفات المطلوب إنشاء بصماتها</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="240"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="241"/>
        <source>Stop fingerprinting</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="242"/>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="244"/>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="62"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="269"/>
        <source>Choose photos and videos</source>
        <translation>اختر الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="274"/>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Blur previews</source>
        <translation>تمويه المعاينات</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Show previews</source>
        <translation>إظهار المعاينات</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="328"/>
        <source>“{name}” is already in the list, so it was not added again.</source>
        <translation>«{name}» موجود في القائمة بالفعل، لذلك لم يُضف مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="336"/>
        <source>Fingerprinting finished: %n file(s) ready.</source>
        <translation>
            <numerusform>انتهى إنشاء البصمات: لا ملفات جاهزة.</numerusform>
            <numerusform>انتهى إنشاء البصمات: ملف واحد جاهز.</numerusform>
            <numerusform>انتهى إنشاء البصمات: ملفان جاهزان.</numerusform>
            <numerusform>انتهى إنشاء البصمات: %n ملفات جاهزة.</numerusform>
            <numerusform>انتهى إنشاء البصمات: %n ملفًا جاهزًا.</numerusform>
            <numerusform>انتهى إنشاء البصمات: %n ملف جاهز.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="365"/>
        <source>Wait until every file has been fingerprinted.</source>
        <translation>انتظر حتى تُنشأ بصمة كل ملف.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="367"/>
        <source>Add at least one photo or video.</source>
        <translation>أضف صورة واحدة أو فيديو واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/partials/dialogs.py" line="36"/>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation>تعذّر حفظ الملف هناك. يُرجى اختيار مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="17"/>
        <source>Fingerprints of {photos} and {videos} will be sent.</source>
        <translation>ستُرسَل بصمات {photos} و{videos}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n صورة</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n فيديو</numerusform>
            <numerusform>فيديو واحد</numerusform>
            <numerusform>فيديوان</numerusform>
            <numerusform>%n مقاطع فيديو</numerusform>
            <numerusform>%n مقطع فيديو</numerusform>
            <numerusform>%n مقطع فيديو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="21"/>
        <source>Fingerprints of %n video(s) will be sent.</source>
        <translation>
            <numerusform>ستُرسَل بصمات %n فيديو.</numerusform>
            <numerusform>ستُرسَل بصمات فيديو واحد.</numerusform>
            <numerusform>ستُرسَل بصمات فيديوين.</numerusform>
            <numerusform>ستُرسَل بصمات %n مقاطع فيديو.</numerusform>
            <numerusform>ستُرسَل بصمات %n مقطع فيديو.</numerusform>
            <numerusform>ستُرسَل بصمات %n مقطع فيديو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="22"/>
        <source>Fingerprints of %n photo(s) will be sent.</source>
        <translation>
            <numerusform>ستُرسَل بصمات %n صورة.</numerusform>
            <numerusform>ستُرسَل بصمة صورة واحدة.</numerusform>
            <numerusform>ستُرسَل بصمات صورتين.</numerusform>
            <numerusform>ستُرسَل بصمات %n صور.</numerusform>
            <numerusform>ستُرسَل بصمات %n صورة.</numerusform>
            <numerusform>ستُرسَل بصمات %n صورة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="82"/>
        <source>Check what will be sent</source>
        <translation>تحقّق مما سيُرسَل</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="83"/>
        <source>No pictures, no file names, nothing about you or this computer.</source>
        <translation>لا صور، ولا أسماء ملفات، ولا شيء عنك أو عن هذا الكمبيوتر.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="85"/>
        <source>The exact data that will be sent</source>
        <translation>البيانات الدقيقة التي ستُرسَل</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="86"/>
        <source>I am the person in these pictures, or I am helping them and they agree.</source>
        <translation>أنا الشخص الظاهر في هذه الصور، أو أساعده وهو موافق.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="88"/>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="49"/>
        <source>Save without sending…</source>
        <translation>حفظ دون إرسال…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="90"/>
        <source>Keep the fingerprints in a file, to send later or from another device. Nothing is sent.</source>
        <translation>احتفظ بالبصمات في ملف، لإرسالها لاحقًا أو من جهاز آخر. لا يُرسَل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="92"/>
        <source>Send the fingerprints</source>
        <translation>إرسال البصمات</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Hide the exact data</source>
        <translation>إخفاء البيانات الدقيقة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Show the exact data (technical)</source>
        <translation>إظهار البيانات الدقيقة (تقني)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="117"/>
        <source>%n photo(s) have very little detail, so websites may not recognise every copy.</source>
        <translation>
            <numerusform>%n صورة فيها تفاصيل قليلة جدًا، لذلك قد لا تتعرّف المواقع على كل نسخة.</numerusform>
            <numerusform>صورة واحدة فيها تفاصيل قليلة جدًا، لذلك قد لا تتعرّف المواقع على كل نسخة.</numerusform>
            <numerusform>صورتان فيهما تفاصيل قليلة جدًا، لذلك قد لا تتعرّف المواقع على كل نسخة.</numerusform>
            <numerusform>%n صور فيها تفاصيل قليلة جدًا، لذلك قد لا تتعرّف المواقع على كل نسخة.</numerusform>
            <numerusform>%n صورة فيها تفاصيل قليلة جدًا، لذلك قد لا تتعرّف المواقع على كل نسخة.</numerusform>
            <numerusform>%n صورة فيها تفاصيل قليلة جدًا، لذلك قد لا تتعرّف المواقع على كل نسخة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="126"/>
        <source>%n file(s) will not be sent</source>
        <translation>
            <numerusform>لن يُرسَل %n ملف</numerusform>
            <numerusform>لن يُرسَل ملف واحد</numerusform>
            <numerusform>لن يُرسَل ملفان</numerusform>
            <numerusform>لن تُرسَل %n ملفات</numerusform>
            <numerusform>لن يُرسَل %n ملفًا</numerusform>
            <numerusform>لن يُرسَل %n ملف</numerusform>
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
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="50"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="55"/>
        <source>Sending the fingerprints…</source>
        <translation>جارٍ إرسال البصمات…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="56"/>
        <source>This usually takes a few seconds.</source>
        <translation>يستغرق هذا عادةً بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="58"/>
        <source>The fingerprints have not been sent yet</source>
        <translation>لم تُرسَل البصمات بعد</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="62"/>
        <source>Nothing is lost: you can try again, or save the fingerprints to send later.</source>
        <translation>لم يضع شيء: يمكنك إعادة المحاولة، أو حفظ البصمات لإرسالها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="77"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="73"/>
        <source>Where fingerprints are sent. Leave a field empty to use the service this version of the app came with.</source>
        <translation>المكان الذي تُرسَل إليه البصمات. اترك الحقل فارغًا لاستخدام الخدمة التي جاء بها هذا الإصدار من التطبيق.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="82"/>
        <source>Service address: {kind}</source>
        <translation>عنوان الخدمة: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="83"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="84"/>
        <source>Test connection: {kind}</source>
        <translation>اختبار الاتصال: {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="85"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="88"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="87"/>
        <source>Same as this computer</source>
        <translation>مثل هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="90"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="64"/>
        <source>Help stop intimate photos and videos from spreading</source>
        <translation>ساعد في وقف انتشار الصور ومقاطع الفيديو الحميمة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="67"/>
        <source>This app makes a fingerprint of each photo or video you choose. Only those fingerprints are sent, so that websites taking part can recognise the pictures and block them.</source>
        <translation>ينشئ هذا التطبيق بصمة لكل صورة أو فيديو تختاره. لا يُرسَل إلا هذه البصمات، حتى تتمكن المواقع المشاركة من التعرّف على الصور وحظرها.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="73"/>
        <source>Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.</source>
        <translation>لا تغادر صورك ومقاطع الفيديو الخاصة بك هذا الكمبيوتر أبدًا. لا أحد يراها: لا نحن ولا المواقع.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="76"/>
        <source>To leave the app at once, press Esc twice or use “Quick exit” at the top.</source>
        <translation>لمغادرة التطبيق فورًا، اضغط Esc مرتين أو استخدم «خروج سريع» في الأعلى.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="80"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="50"/>
        <source>How old was the person in them?</source>
        <translation>كم كان عمر الشخص الظاهر فيها؟</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="53"/>
        <source>What counts is their age when the pictures were taken, not today. If you are helping someone, answer for them. The answer decides which service receives the fingerprints.</source>
        <translation>المهم هو العمر وقت التقاط الصور، لا العمر اليوم. إذا كنت تساعد شخصًا ما، فأجب عنه. تحدد الإجابة الخدمة التي تتلقى البصمات.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="58"/>
        <source>Under 18 in at least one of the pictures</source>
        <translation>أقل من 18 عامًا في صورة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="59"/>
        <source>18 or older in all of the pictures</source>
        <translation>18 عامًا أو أكثر في كل الصور</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="60"/>
        <source>If you are not sure, choose “under 18”.</source>
        <translation>إذا لم تكن متأكدًا، فاختر «أقل من 18».</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="100"/>
        <source>This version of the app has no service set up for pictures taken before the person in them turned 18. NCMEC&apos;s free Take It Down service does the same in a web browser: takeitdown.ncmec.org. If you are in danger, please talk to someone you trust or call your local emergency number.</source>
        <translation>لا توجد في هذا الإصدار من التطبيق خدمة معدّة للصور التي التُقطت قبل أن يبلغ الشخص الظاهر فيها 18 عامًا. تقدّم خدمة Take It Down المجانية من NCMEC الشيء نفسه في متصفح الويب: takeitdown.ncmec.org. إذا كنت في خطر، يُرجى التحدث إلى شخص تثق به أو الاتصال برقم الطوارئ المحلي.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="107"/>
        <source>This version of the app has no service set up for adults. StopNCII.org does the same for free in a web browser. You can also set a service address in Settings.</source>
        <translation>لا توجد في هذا الإصدار من التطبيق خدمة معدّة للبالغين. يقدّم موقع StopNCII.org الشيء نفسه مجانًا في متصفح الويب. يمكنك أيضًا تحديد عنوان خدمة في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="21"/>
        <source>Yes: this is the same file as one of your originals. Websites that take part will recognise it.</source>
        <translation>نعم: هذا هو الملف نفسه لأحد ملفاتك الأصلية. ستتعرّف عليه المواقع المشاركة.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="24"/>
        <source>Probably: this copy is a mirrored or turned version of one of your originals. Websites that check for that will recognise it. To be sure that every website does, add it to the case too.</source>
        <translation>على الأرجح: هذه النسخة معكوسة أو مُدارة من أحد ملفاتك الأصلية. ستتعرّف عليها المواقع التي تتحقق من ذلك. لتتأكد من أن كل المواقع ستتعرّف عليها، أضفها إلى البلاغ أيضًا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="28"/>
        <source>Yes: websites that take part would recognise this copy. It is close enough to one of your originals.</source>
        <translation>نعم: ستتعرّف المواقع المشاركة على هذه النسخة. فهي قريبة بما يكفي من أحد ملفاتك الأصلية.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="30"/>
        <source>Yes: websites that take part would recognise this video. Most of its scenes match one of your originals.</source>
        <translation>نعم: ستتعرّف المواقع المشاركة على هذا الفيديو. معظم مشاهده تطابق أحد ملفاتك الأصلية.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="33"/>
        <source>No: this picture has too little detail to be recognised by how it looks. Adding it to the case still lets websites block this exact file.</source>
        <translation>لا: في هذه الصورة تفاصيل قليلة جدًا للتعرّف عليها من شكلها. إضافتها إلى البلاغ تتيح للمواقع مع ذلك حظر هذا الملف بعينه.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="38"/>
        <source>This copy cannot be compared: none of your originals is the same kind of file (a photo or a video). Add it to the case so that it can be blocked too.</source>
        <translation>لا يمكن مقارنة هذه النسخة: لا يوجد بين ملفاتك الأصلية ملف من النوع نفسه (صورة أو فيديو). أضفها إلى البلاغ حتى يمكن حظرها هي أيضًا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="44"/>
        <source>No: this copy looks too different from your originals for websites to recognise it (for example, it is cropped or has a frame around it). Add it to the case so that it can be blocked too.</source>
        <translation>لا: هذه النسخة مختلفة جدًا عن ملفاتك الأصلية فلن تتعرّف عليها المواقع (مثلًا لأنها مقصوصة أو حولها إطار). أضفها إلى البلاغ حتى يمكن حظرها هي أيضًا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="55"/>
        <source>Closest original: {name}. Difference: {distance} (up to 31 is recognised).</source>
        <translation>أقرب ملف أصلي: {name}. الفرق: {distance} (يُتعرَّف عليها حتى 31).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="60"/>
        <source>Closest original: {name}. Matching scenes: {copy}% of the copy, {original}% of the original (80% of each is recognised).</source>
        <translation>أقرب ملف أصلي: {name}. المشاهد المتطابقة: {copy}% من النسخة و{original}% من الأصل (يُتعرَّف عليه عند 80% من كليهما).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="127"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="125"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="79"/>
        <source>Check a copy</source>
        <translation>التحقق من نسخة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="130"/>
        <source>Found a copy of your photo or video online? Check whether websites that take part would recognise it from your fingerprints. Nothing is sent: the check happens on this computer.</source>
        <translation>وجدت نسخة من صورتك أو الفيديو الخاص بك على الإنترنت؟ تحقّق مما إذا كانت المواقع المشاركة ستتعرّف عليها من بصماتك. لا يُرسَل أي شيء: يتم التحقق على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="134"/>
        <source>The copy you found</source>
        <translation>النسخة التي وجدتها</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="135"/>
        <source>Your originals</source>
        <translation>ملفاتك الأصلية</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="136"/>
        <source>Choose the copy…</source>
        <translation>اختيار النسخة…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="137"/>
        <source>Choose originals…</source>
        <translation>اختيار الملفات الأصلية…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="138"/>
        <source>Choose a fingerprint file…</source>
        <translation>اختيار ملف بصمات…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="140"/>
        <source>Check</source>
        <comment>button: compare the copy found online with the originals</comment>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Add it to this case</source>
        <translation>إضافتها إلى هذا البلاغ</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Start a case with it</source>
        <translation>فتح بلاغ بها</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="147"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="153"/>
        <source>Nothing chosen yet</source>
        <translation>لم يتم اختيار شيء بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="150"/>
        <source>The fingerprints of %n file(s) from this case</source>
        <translation>
            <numerusform>بصمات %n ملف من هذا البلاغ</numerusform>
            <numerusform>بصمات ملف واحد من هذا البلاغ</numerusform>
            <numerusform>بصمات ملفين من هذا البلاغ</numerusform>
            <numerusform>بصمات %n ملفات من هذا البلاغ</numerusform>
            <numerusform>بصمات %n ملفًا من هذا البلاغ</numerusform>
            <numerusform>بصمات %n ملف من هذا البلاغ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="186"/>
        <source>Checking… Nothing is sent: this happens on this computer.</source>
        <translation>جارٍ التحقق… لا يُرسَل أي شيء: يحدث هذا على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="200"/>
        <source>Practice mode: nothing was shared with websites, so none of them is looking for this copy. This is what a real case would do.</source>
        <translation>وضع التجربة: لم يُشارَك أي شيء مع المواقع، لذلك لا يبحث أي منها عن هذه النسخة. هذا ما سيفعله بلاغ حقيقي.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="226"/>
        <source>Choose the copy</source>
        <translation>اختيار النسخة</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="232"/>
        <source>Choose your originals</source>
        <translation>اختيار ملفاتك الأصلية</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="237"/>
        <source>Choose a fingerprint file</source>
        <translation>اختيار ملف بصمات</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="33"/>
        <source>This computer does not seem to be connected to the internet. Check the connection and try again.</source>
        <translation>يبدو أن هذا الكمبيوتر غير متصل بالإنترنت. تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="37"/>
        <source>The service could not be reached or did not answer in time. It may be busy; please try again in a little while.</source>
        <translation>تعذّر الوصول إلى الخدمة أو لم تردّ في الوقت المناسب. قد تكون مشغولة؛ يُرجى المحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="41"/>
        <source>The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks.</source>
        <translation>الاتصال بالخدمة غير آمن (تعذّر التحقق من شهادتها)، لذلك لم يُرسَل أي شيء. قد يحدث هذا على بعض شبكات Wi-Fi العامة.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="46"/>
        <source>The service address is not safe to use: an address on another computer must start with https://.</source>
        <translation>عنوان الخدمة غير آمن: يجب أن يبدأ العنوان على كمبيوتر آخر بـ https://‎.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="50"/>
        <source>No case matches this case number and PIN. Check both and try again.</source>
        <translation>لا يوجد بلاغ يطابق رقم البلاغ ورمز PIN هذين. تحقّق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="55"/>
        <source>Too many wrong PINs were tried, so checking is paused for a while, even with the right PIN. Your case is not affected. Please try again later.</source>
        <translation>جُرِّب عدد كبير من رموز PIN الخاطئة، لذلك توقفت المتابعة لبعض الوقت، حتى مع رمز PIN الصحيح. بلاغك لم يتأثر. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="60"/>
        <source>The service did not accept the fingerprints.</source>
        <translation>لم تقبل الخدمة البصمات.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="61"/>
        <source>The service gave an answer this app could not understand. Please try again later.</source>
        <translation>أعطت الخدمة ردًا لا يفهمه هذا التطبيق. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="64"/>
        <source>Practice mode is not included in this version of the app. Set a service address in Settings.</source>
        <translation>وضع التجربة غير متوفر في هذا الإصدار من التطبيق. حدّد عنوان خدمة في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="68"/>
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ ما. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="71"/>
        <source>The service is not taking more cases from this internet connection for now: many were opened from it in the last hour. Your fingerprints were not kept. Please try again later.</source>
        <translation>لا تقبل الخدمة حاليًا بلاغات أخرى من اتصال الإنترنت هذا: فُتح منه كثير من البلاغات في الساعة الأخيرة. لم تُحفَظ بصماتك. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="77"/>
        <source>It said: {reason}</source>
        <translation>قالت الخدمة: {reason}</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <location filename="../../build_scripts/entry.py" line="32"/>
        <source>A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora).</source>
        <translation>تنقص مكتبة رسوميات. ثبّت الحزمة libgl1 (Debian، Ubuntu) أو mesa-libGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="33"/>
        <source>A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora).</source>
        <translation>تنقص مكتبة رسوميات. ثبّت الحزمة libegl1 (Debian، Ubuntu) أو mesa-libEGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="34"/>
        <source>A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora).</source>
        <translation>تنقص مكتبة عرض. ثبّت الحزمة libxcb-cursor0 (Debian، Ubuntu) أو xcb-util-cursor (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="35"/>
        <source>The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this.</source>
        <translation>لم يتمكن التطبيق من فتح نافذة على سطح المكتب هذا. غالبًا ما يحل تثبيت الحزمة libxcb-cursor0 المشكلة.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="36"/>
        <source>A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora).</source>
        <translation>تنقص مكتبة خطوط. ثبّت الحزمة libfontconfig1 (Debian، Ubuntu) أو fontconfig (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="38"/>
        <source>Take It Down could not start</source>
        <translation>تعذّر تشغيل Take It Down</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="39"/>
        <source>No photos or videos were read or sent.</source>
        <translation>لم تُقرأ أي صور أو مقاطع فيديو ولم يُرسل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="40"/>
        <source>Take It Down stopped unexpectedly</source>
        <translation>توقف Take It Down بشكل غير متوقع</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="41"/>
        <source>It closed because of an error.</source>
        <translation>أُغلق بسبب خطأ.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="42"/>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
</context>
</TS>
