<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="75"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/app.py" line="77"/>
        <source>Something went wrong inside the app. Your photos and videos have not been sent anywhere. You can close the app and open it again.</source>
        <translation>Un problème est survenu dans l’application. Vos photos et vidéos n’ont été envoyées nulle part. Vous pouvez fermer l’application et la rouvrir.</translation>
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
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="152"/>
        <source>Close the app at once. Pressing Esc twice does the same.</source>
        <translation>Ferme l’application tout de suite. Appuyer deux fois sur Échap fait la même chose.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="153"/>
        <source>Quick exit: close the app at once</source>
        <translation>Sortie rapide : fermer l’application tout de suite</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="238"/>
        <source>They will be added to case {case}.</source>
        <translation>Elles seront ajoutées à la demande {case}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="274"/>
        <source>Save the fingerprints</source>
        <translation>Enregistrer les empreintes</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="158"/>
        <source>Practice mode</source>
        <translation>Mode d’essai</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="282"/>
        <source>Take It Down practice receipt

This was practice: nothing was sent to anyone, and this practice case disappeared when the app closed.

Case number: {case}
PIN: {pin}
</source>
        <translation>Reçu d’essai Take It Down

Ce n’était qu’un essai : rien n’a été envoyé à personne, et cette demande d’essai a disparu à la fermeture de l’app.

Numéro de demande : {case}
PIN : {pin}
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
        <translation>Reçu de demande Take It Down

Numéro de demande : {case}
PIN : {pin}
Service : {service}

Gardez ce reçu en lieu sûr. Le numéro de demande et le PIN sont nécessaires pour consulter ou retirer la demande.
</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="296"/>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="304"/>
        <source>Practice case, nothing was sent.
Case number: {case}
PIN: {pin}</source>
        <translation>Demande d’essai, rien n’a été envoyé.
Numéro de demande : {case}
PIN : {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="306"/>
        <source>Case number: {case}
PIN: {pin}</source>
        <translation>Numéro de demande : {case}
PIN : {pin}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="327"/>
        <source>Start over?</source>
        <translation>Recommencer ?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="328"/>
        <source>Have you written down or saved the case number and PIN? They will not be shown again.</source>
        <translation>Avez-vous noté ou enregistré le numéro de demande et le PIN ? Ils ne seront plus affichés.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="329"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="123"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="330"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="562"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="355"/>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="364"/>
        <source>No service is set up for this kind of case.</source>
        <translation>Aucun service n’est configuré pour ce type de demande.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="357"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="366"/>
        <source>Withdrawing…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="416"/>
        <source>None of the originals could be read, so there is nothing to compare the copy with.</source>
        <translation>Aucun des originaux n’a pu être lu : il n’y a rien à quoi comparer la copie.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="425"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="42"/>
        <source>This file could not be read, so it could not be checked.</source>
        <translation>Ce fichier n’a pas pu être lu, il n’a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="460"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="462"/>
        <source>Nothing has changed, so nothing was saved.</source>
        <translation>Rien n’a changé, donc rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="471"/>
        <source>No service address is set for this kind of case.</source>
        <translation>Aucune adresse de service n’est définie pour ce type de demande.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="473"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="477"/>
        <source>Connected. {text}</source>
        <translation>Connecté. {text}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="556"/>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer ?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="558"/>
        <source>The case number and PIN have not been saved. Without them you cannot check or withdraw the case later, and they will not be shown again.</source>
        <translation>Le numéro de demande et le PIN n’ont pas été enregistrés. Sans eux, vous ne pourrez plus consulter ni retirer la demande, et ils ne seront plus affichés.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/main_window.py" line="561"/>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="60"/>
        <source>PRACTICE MODE: nothing is sent anywhere. A practice service runs on this computer, and its cases disappear when the app closes.</source>
        <translation>MODE D’ESSAI : rien n’est envoyé nulle part. Un service d’essai fonctionne sur cet ordinateur, et ses demandes disparaissent à la fermeture de l’application.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="67"/>
        <source>No service is set up in this version of the app, so you can try every step safely in practice mode.</source>
        <translation>Aucun service n’est configuré dans cette version de l’application : vous pouvez essayer chaque étape sans risque en mode d’essai.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="72"/>
        <source>Fingerprints go to {organisation}, and only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Les empreintes vont à {organisation}, et seulement quand vous appuyez sur « Envoyer », après avoir vu exactement ce qui sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="75"/>
        <source>Fingerprints are sent only when you press “Send”, after you have seen exactly what will be sent.</source>
        <translation>Les empreintes ne sont envoyées que quand vous appuyez sur « Envoyer », après avoir vu exactement ce qui sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="82"/>
        <source>Practice mode: the fingerprints go to a practice service on this computer and nowhere else.</source>
        <translation>Mode d’essai : les empreintes vont à un service d’essai sur cet ordinateur, et nulle part ailleurs.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="84"/>
        <source>They will be sent to {organisation}.</source>
        <translation>Elles seront envoyées à {organisation}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="85"/>
        <source>They will be sent to the service at {url}.</source>
        <translation>Elles seront envoyées au service à l’adresse {url}.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="91"/>
        <source>{organisation} ({program}).</source>
        <translation>{organisation} ({program}).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="98"/>
        <source>That address cannot be used. It must start with https:// (http:// only for this computer).</source>
        <translation>Cette adresse ne peut pas être utilisée. Elle doit commencer par https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="165"/>
        <source>This practice case is withdrawn. In practice mode nothing is shared with websites.</source>
        <translation>Cette demande d’essai est retirée. En mode d’essai, rien n’est partagé avec les sites web.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="167"/>
        <source>This practice case is open with the fingerprints of %n file(s). In practice mode nothing is shared with websites, and the case disappears when the app closes.</source>
        <translation>
            <numerusform>Cette demande d’essai est ouverte avec les empreintes de %n fichier. En mode d’essai, rien n’est partagé avec les sites web, et la demande disparaît à la fermeture de l’application.</numerusform>
            <numerusform>Cette demande d’essai est ouverte avec les empreintes de %n fichiers. En mode d’essai, rien n’est partagé avec les sites web, et la demande disparaît à la fermeture de l’application.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/service.py" line="173"/>
        <source>This case is withdrawn. Its fingerprints are no longer shared with websites.</source>
        <translation>Cette demande est retirée. Ses empreintes ne sont plus partagées avec les sites web.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/service.py" line="175"/>
        <source>This case is active: the fingerprints of %n file(s) are being shared with websites that take part.</source>
        <translation>
            <numerusform>Cette demande est active : les empreintes de %n fichier sont partagées avec les sites web participants.</numerusform>
            <numerusform>Cette demande est active : les empreintes de %n fichiers sont partagées avec les sites web participants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="63"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="78"/>
        <source>Check an existing case</source>
        <translation>Consulter une demande existante</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="64"/>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="69"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="116"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="118"/>
        <source>Case number</source>
        <translation>Numéro de demande</translation>
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
        <translation>Service</translation>
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
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="73"/>
        <source>Withdraw this case…</source>
        <translation>Retirer cette demande…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="67"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="78"/>
        <source>Taken when the person in them was under 18</source>
        <translation>Images prises quand la personne avait moins de 18 ans</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="68"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="79"/>
        <source>Taken when the person in them was 18 or older</source>
        <translation>Images prises quand la personne avait 18 ans ou plus</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="74"/>
        <source>Check</source>
        <comment>button: ask the service how the case stands</comment>
        <translation>Consulter</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="94"/>
        <source>Withdraw this case?</source>
        <translation>Retirer cette demande ?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="96"/>
        <source>This is a practice case: nothing was shared with any website. Withdrawing it shows how withdrawing works, and cannot be undone.</source>
        <translation>Ceci est une demande d’essai : rien n’a été partagé avec aucun site. La retirer montre comment fonctionne le retrait, et c’est définitif.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="101"/>
        <source>If you withdraw the case, its fingerprints stop being shared with websites and they will no longer block these pictures. This cannot be undone.</source>
        <translation>Si vous retirez la demande, ses empreintes ne sont plus partagées avec les sites web, et ils ne bloqueront plus ces images. C’est définitif.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="104"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/check.py" line="105"/>
        <source>Keep the case</source>
        <translation>Garder la demande</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="37"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="120"/>
        <source>Copy</source>
        <comment>to the clipboard</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="38"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="121"/>
        <source>The copy is removed from the clipboard after two minutes.</source>
        <translation>La copie est effacée du presse-papiers au bout de deux minutes.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="122"/>
        <source>Save receipt…</source>
        <translation>Enregistrer le reçu…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="124"/>
        <source>Add more files to this case</source>
        <translation>Ajouter d’autres fichiers à cette demande</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="126"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="180"/>
        <source>Copied. It will be removed from the clipboard in two minutes.</source>
        <translation>Copié. Ce sera effacé du presse-papiers dans deux minutes.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="142"/>
        <source>Done: your practice case is open</source>
        <translation>C’est fait : votre demande d’essai est ouverte</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="145"/>
        <source>This is only practice: the case exists on this computer until the app closes. Nothing was sent to any website and nothing will be blocked.</source>
        <translation>Ce n’est qu’un essai : la demande existe sur cet ordinateur jusqu’à la fermeture de l’application. Rien n’a été envoyé à aucun site web et rien ne sera bloqué.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="151"/>
        <source>With a real service, this is where you would write down the case number and PIN. You can try checking or withdrawing this practice case before you close the app.</source>
        <translation>Avec un vrai service, c’est ici que vous noteriez le numéro de demande et le PIN. Vous pouvez essayer de consulter ou de retirer cette demande d’essai avant de fermer l’application.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="156"/>
        <source>Done: your case is open</source>
        <translation>C’est fait : votre demande est ouverte</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="159"/>
        <source>Write down or save the case number and PIN now. The PIN is shown only once and cannot be recovered: it is not stored anywhere, so nobody else can use your case. You need both to check the case or to withdraw it.</source>
        <translation>Notez ou enregistrez maintenant le numéro de demande et le PIN. Le PIN n’est affiché qu’une fois et ne peut pas être retrouvé : il n’est conservé nulle part, donc personne d’autre ne peut utiliser votre demande. Les deux sont nécessaires pour consulter ou retirer la demande.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="166"/>
        <source>What happens next: websites that take part receive the fingerprints and block uploads that match them. Edited, cropped or filtered copies may look different enough to need their own submission: you can add them to this case.</source>
        <translation>Et ensuite : les sites web participants reçoivent les empreintes et bloquent les publications qui y correspondent. Une copie retouchée, recadrée ou filtrée peut être assez différente pour nécessiter son propre envoi : vous pouvez l’ajouter à cette demande.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="33"/>
        <source>Not found: it may have been moved or deleted.</source>
        <translation>Introuvable : il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="34"/>
        <source>Not a photo or video.</source>
        <translation>Ce n’est ni une photo ni une vidéo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="35"/>
        <source>This computer does not allow it to be opened.</source>
        <translation>Cet ordinateur ne permet pas de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="36"/>
        <source>Could not be read from the disk.</source>
        <translation>Impossible de le lire sur le disque.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="37"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="38"/>
        <source>Not supported: this is not a photo or video this app can read.</source>
        <translation>Non pris en charge : ce n’est pas une photo ou une vidéo que cette application sait lire.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="39"/>
        <source>Damaged or only partly downloaded, so it could not be read.</source>
        <translation>Endommagé ou téléchargé en partie seulement, il n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="40"/>
        <source>Too large to fingerprint safely.</source>
        <translation>Trop volumineux pour créer son empreinte sans risque.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="41"/>
        <source>Sound only: there are no pictures in it.</source>
        <translation>Son uniquement : il ne contient pas d’images.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="42"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="43"/>
        <source>Something went wrong while reading it.</source>
        <translation>Un problème est survenu pendant la lecture.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="45"/>
        <source>Could not be read.</source>
        <translation>Impossible de le lire.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="50"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="52"/>
        <source>Fingerprinting… {percent}%</source>
        <translation>Création de l’empreinte… {percent} %</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="57"/>
        <source>Done, but this picture has very little detail, so websites may not recognise copies of it.</source>
        <translation>Terminé, mais cette image a très peu de détails : les sites web risquent de ne pas en reconnaître les copies.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="61"/>
        <source>Done, but only part of it could be read.</source>
        <translation>Terminé, mais une partie seulement a pu être lue.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="63"/>
        <source>Done, but some of its pictures could not be read.</source>
        <translation>Terminé, mais certaines de ses images n’ont pas pu être lues.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="66"/>
        <source>Done, but only the first of its %n picture(s) was fingerprinted.</source>
        <translation>
            <numerusform>Terminé, mais seule la première de ses %n image a reçu une empreinte.</numerusform>
            <numerusform>Terminé, mais seule la première de ses %n images a reçu une empreinte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="67"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="74"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="114"/>
        <source>Drag photos, videos or folders into this window</source>
        <translation>Faites glisser des photos, des vidéos ou des dossiers dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="217"/>
        <source>Add the photos and videos</source>
        <translation>Ajoutez les photos et les vidéos</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="220"/>
        <source>Each file is fingerprinted here, on this computer. The files themselves are not copied or sent anywhere.</source>
        <translation>L’empreinte de chaque fichier est créée ici, sur cet ordinateur. Les fichiers eux-mêmes ne sont ni copiés ni envoyés.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="224"/>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="225"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="231"/>
        <source>Previews stay blurred until you choose to see them.</source>
        <translation>Les aperçus restent flous tant que vous ne choisissez pas de les voir.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="232"/>
        <source>Files to fingerprint</source>
        <translation>Fichiers dont créer l’empreinte</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="233"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="240"/>
        <source>Remove</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="241"/>
        <source>Stop fingerprinting</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="242"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="244"/>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="62"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="269"/>
        <source>Choose photos and videos</source>
        <translation>Choisissez des photos et des vidéos</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="274"/>
        <source>Choose a folder</source>
        <translation>Choisissez un dossier</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Blur previews</source>
        <translation>Flouter les aperçus</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="313"/>
        <source>Show previews</source>
        <translation>Afficher les aperçus</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="328"/>
        <source>“{name}” is already in the list, so it was not added again.</source>
        <translation>« {name} » est déjà dans la liste, il n’a donc pas été ajouté une deuxième fois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="336"/>
        <source>Fingerprinting finished: %n file(s) ready.</source>
        <translation>
            <numerusform>Empreintes terminées : %n fichier prêt.</numerusform>
            <numerusform>Empreintes terminées : %n fichiers prêts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="365"/>
        <source>Wait until every file has been fingerprinted.</source>
        <translation>Attendez que l’empreinte de chaque fichier soit créée.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/files.py" line="367"/>
        <source>Add at least one photo or video.</source>
        <translation>Ajoutez au moins une photo ou une vidéo.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/partials/dialogs.py" line="36"/>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation>Impossible d’enregistrer le fichier à cet endroit. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="17"/>
        <source>Fingerprints of {photos} and {videos} will be sent.</source>
        <translation>Les empreintes de {photos} et de {videos} seront envoyées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="18"/>
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n vidéo</numerusform>
            <numerusform>%n vidéos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="21"/>
        <source>Fingerprints of %n video(s) will be sent.</source>
        <translation>
            <numerusform>Les empreintes de %n vidéo seront envoyées.</numerusform>
            <numerusform>Les empreintes de %n vidéos seront envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="22"/>
        <source>Fingerprints of %n photo(s) will be sent.</source>
        <translation>
            <numerusform>Les empreintes de %n photo seront envoyées.</numerusform>
            <numerusform>Les empreintes de %n photos seront envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="82"/>
        <source>Check what will be sent</source>
        <translation>Vérifiez ce qui sera envoyé</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="83"/>
        <source>No pictures, no file names, nothing about you or this computer.</source>
        <translation>Aucune image, aucun nom de fichier, rien sur vous ni sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="85"/>
        <source>The exact data that will be sent</source>
        <translation>Les données exactes qui seront envoyées</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="86"/>
        <source>I am the person in these pictures, or I am helping them and they agree.</source>
        <translation>Je suis la personne sur ces images, ou je l’aide et elle est d’accord.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="88"/>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="49"/>
        <source>Save without sending…</source>
        <translation>Enregistrer sans envoyer…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="90"/>
        <source>Keep the fingerprints in a file, to send later or from another device. Nothing is sent.</source>
        <translation>Garder les empreintes dans un fichier, pour les envoyer plus tard ou depuis un autre appareil. Rien n’est envoyé.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="92"/>
        <source>Send the fingerprints</source>
        <translation>Envoyer les empreintes</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Hide the exact data</source>
        <translation>Masquer les données exactes</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="100"/>
        <source>Show the exact data (technical)</source>
        <translation>Voir les données exactes (technique)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="117"/>
        <source>%n photo(s) have very little detail, so websites may not recognise every copy.</source>
        <translation>
            <numerusform>%n photo a très peu de détails : les sites web risquent de ne pas en reconnaître toutes les copies.</numerusform>
            <numerusform>%n photos ont très peu de détails : les sites web risquent de ne pas en reconnaître toutes les copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="126"/>
        <source>%n file(s) will not be sent</source>
        <translation>
            <numerusform>%n fichier ne sera pas envoyé</numerusform>
            <numerusform>%n fichiers ne seront pas envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/review.py" line="129"/>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="47"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="50"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="55"/>
        <source>Sending the fingerprints…</source>
        <translation>Envoi des empreintes…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="56"/>
        <source>This usually takes a few seconds.</source>
        <translation>Cela prend en général quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="58"/>
        <source>The fingerprints have not been sent yet</source>
        <translation>Les empreintes n’ont pas encore été envoyées</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/sending.py" line="62"/>
        <source>Nothing is lost: you can try again, or save the fingerprints to send later.</source>
        <translation>Rien n’est perdu : vous pouvez réessayer, ou enregistrer les empreintes pour les envoyer plus tard.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="70"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="77"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="73"/>
        <source>Where fingerprints are sent. Leave a field empty to use the service this version of the app came with.</source>
        <translation>Où les empreintes sont envoyées. Laissez un champ vide pour utiliser le service fourni avec cette version de l’application.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="82"/>
        <source>Service address: {kind}</source>
        <translation>Adresse du service : {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="83"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="84"/>
        <source>Test connection: {kind}</source>
        <translation>Tester la connexion : {kind}</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="85"/>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="88"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="87"/>
        <source>Same as this computer</source>
        <translation>Celle de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/settings.py" line="90"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="64"/>
        <source>Help stop intimate photos and videos from spreading</source>
        <translation>Aidez à empêcher la diffusion de photos et de vidéos intimes</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="67"/>
        <source>This app makes a fingerprint of each photo or video you choose. Only those fingerprints are sent, so that websites taking part can recognise the pictures and block them.</source>
        <translation>Cette application crée une empreinte de chaque photo ou vidéo que vous choisissez. Seules ces empreintes sont envoyées, pour que les sites web participants puissent reconnaître les images et les bloquer.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="73"/>
        <source>Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.</source>
        <translation>Vos photos et vidéos ne quittent jamais cet ordinateur. Personne ne les voit : ni nous, ni les sites web.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="76"/>
        <source>To leave the app at once, press Esc twice or use “Quick exit” at the top.</source>
        <translation>Pour quitter l’application tout de suite, appuyez deux fois sur Échap ou utilisez « Sortie rapide » en haut.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="80"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="50"/>
        <source>How old was the person in them?</source>
        <translation>Quel âge avait la personne sur les images ?</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="53"/>
        <source>What counts is their age when the pictures were taken, not today. If you are helping someone, answer for them. The answer decides which service receives the fingerprints.</source>
        <translation>Ce qui compte, c’est son âge au moment où les images ont été prises, pas aujourd’hui. Si vous aidez quelqu’un, répondez pour cette personne. La réponse décide quel service reçoit les empreintes.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="58"/>
        <source>Under 18 in at least one of the pictures</source>
        <translation>Moins de 18 ans sur au moins une des images</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="59"/>
        <source>18 or older in all of the pictures</source>
        <translation>18 ans ou plus sur toutes les images</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="60"/>
        <source>If you are not sure, choose “under 18”.</source>
        <translation>En cas de doute, choisissez « moins de 18 ans ».</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="100"/>
        <source>This version of the app has no service set up for pictures taken before the person in them turned 18. NCMEC&apos;s free Take It Down service does the same in a web browser: takeitdown.ncmec.org. If you are in danger, please talk to someone you trust or call your local emergency number.</source>
        <translation>Cette version de l’application n’a pas de service configuré pour les images prises avant les 18 ans de la personne qui y figure. Le service gratuit Take It Down du NCMEC fait la même chose dans un navigateur : takeitdown.ncmec.org. Si vous êtes en danger, parlez à une personne de confiance ou appelez le numéro d’urgence local.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/who.py" line="107"/>
        <source>This version of the app has no service set up for adults. StopNCII.org does the same for free in a web browser. You can also set a service address in Settings.</source>
        <translation>Cette version de l’application n’a pas de service configuré pour les adultes. StopNCII.org fait la même chose gratuitement dans un navigateur. Vous pouvez aussi indiquer une adresse de service dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="21"/>
        <source>Yes: this is the same file as one of your originals. Websites that take part will recognise it.</source>
        <translation>Oui : c’est le même fichier que l’un de vos originaux. Les sites web participants le reconnaîtront.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="24"/>
        <source>Probably: this copy is a mirrored or turned version of one of your originals. Websites that check for that will recognise it. To be sure that every website does, add it to the case too.</source>
        <translation>Probablement : cette copie est une version retournée ou en miroir de l’un de vos originaux. Les sites qui vérifient ce cas la reconnaîtront. Pour être sûr que tous le fassent, ajoutez-la aussi à la demande.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="28"/>
        <source>Yes: websites that take part would recognise this copy. It is close enough to one of your originals.</source>
        <translation>Oui : les sites web participants reconnaîtraient cette copie. Elle est assez proche de l’un de vos originaux.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="30"/>
        <source>Yes: websites that take part would recognise this video. Most of its scenes match one of your originals.</source>
        <translation>Oui : les sites web participants reconnaîtraient cette vidéo. La plupart de ses scènes correspondent à l’un de vos originaux.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="33"/>
        <source>No: this picture has too little detail to be recognised by how it looks. Adding it to the case still lets websites block this exact file.</source>
        <translation>Non : cette image a trop peu de détails pour être reconnue à son apparence. L’ajouter à la demande permet quand même aux sites de bloquer ce fichier exact.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="38"/>
        <source>This copy cannot be compared: none of your originals is the same kind of file (a photo or a video). Add it to the case so that it can be blocked too.</source>
        <translation>Cette copie ne peut pas être comparée : aucun de vos originaux n’est du même type (photo ou vidéo). Ajoutez-la à la demande pour qu’elle puisse aussi être bloquée.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="44"/>
        <source>No: this copy looks too different from your originals for websites to recognise it (for example, it is cropped or has a frame around it). Add it to the case so that it can be blocked too.</source>
        <translation>Non : cette copie est trop différente de vos originaux pour que les sites la reconnaissent (par exemple, elle est recadrée ou entourée d’un cadre). Ajoutez-la à la demande pour qu’elle puisse aussi être bloquée.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="55"/>
        <source>Closest original: {name}. Difference: {distance} (up to 31 is recognised).</source>
        <translation>Original le plus proche : {name}. Différence : {distance} (reconnu jusqu’à 31).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="60"/>
        <source>Closest original: {name}. Matching scenes: {copy}% of the copy, {original}% of the original (80% of each is recognised).</source>
        <translation>Original le plus proche : {name}. Scènes concordantes : {copy} % de la copie, {original} % de l’original (reconnu à partir de 80 % de chaque côté).</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="127"/>
        <location filename="../../takeitdown_desktop/gui/views/done.py" line="125"/>
        <location filename="../../takeitdown_desktop/gui/views/welcome.py" line="79"/>
        <source>Check a copy</source>
        <translation>Vérifier une copie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="130"/>
        <source>Found a copy of your photo or video online? Check whether websites that take part would recognise it from your fingerprints. Nothing is sent: the check happens on this computer.</source>
        <translation>Vous avez trouvé une copie de votre photo ou vidéo en ligne ? Vérifiez si les sites web participants la reconnaîtraient grâce à vos empreintes. Rien n’est envoyé : la vérification se fait sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="134"/>
        <source>The copy you found</source>
        <translation>La copie trouvée</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="135"/>
        <source>Your originals</source>
        <translation>Vos originaux</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="136"/>
        <source>Choose the copy…</source>
        <translation>Choisir la copie…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="137"/>
        <source>Choose originals…</source>
        <translation>Choisir les originaux…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="138"/>
        <source>Choose a fingerprint file…</source>
        <translation>Choisir un fichier d’empreintes…</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="140"/>
        <source>Check</source>
        <comment>button: compare the copy found online with the originals</comment>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Add it to this case</source>
        <translation>L’ajouter à cette demande</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="141"/>
        <source>Start a case with it</source>
        <translation>Ouvrir une demande avec elle</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="147"/>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="153"/>
        <source>Nothing chosen yet</source>
        <translation>Rien n’est choisi pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="150"/>
        <source>The fingerprints of %n file(s) from this case</source>
        <translation>
            <numerusform>Les empreintes de %n fichier de cette demande</numerusform>
            <numerusform>Les empreintes de %n fichiers de cette demande</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="186"/>
        <source>Checking… Nothing is sent: this happens on this computer.</source>
        <translation>Vérification… Rien n’est envoyé : tout se passe sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="200"/>
        <source>Practice mode: nothing was shared with websites, so none of them is looking for this copy. This is what a real case would do.</source>
        <translation>Mode d’essai : rien n’a été partagé avec les sites web, donc aucun ne recherche cette copie. C’est ce que ferait une vraie demande.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="226"/>
        <source>Choose the copy</source>
        <translation>Choisir la copie</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="232"/>
        <source>Choose your originals</source>
        <translation>Choisir vos originaux</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/gui/views/copy_check.py" line="237"/>
        <source>Choose a fingerprint file</source>
        <translation>Choisir un fichier d’empreintes</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="33"/>
        <source>This computer does not seem to be connected to the internet. Check the connection and try again.</source>
        <translation>Cet ordinateur ne semble pas connecté à Internet. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="37"/>
        <source>The service could not be reached or did not answer in time. It may be busy; please try again in a little while.</source>
        <translation>Le service n’a pas pu être joint ou n’a pas répondu à temps. Il est peut-être occupé ; réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="41"/>
        <source>The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks.</source>
        <translation>La connexion au service n’est pas sécurisée (son certificat n’a pas pu être vérifié), donc rien n’a été envoyé. Cela peut arriver sur certains réseaux Wi-Fi publics.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="46"/>
        <source>The service address is not safe to use: an address on another computer must start with https://.</source>
        <translation>L’adresse du service n’est pas sûre : une adresse sur un autre ordinateur doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="50"/>
        <source>No case matches this case number and PIN. Check both and try again.</source>
        <translation>Aucune demande ne correspond à ce numéro de demande et à ce PIN. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="55"/>
        <source>Too many wrong PINs were tried, so checking is paused for a while, even with the right PIN. Your case is not affected. Please try again later.</source>
        <translation>Trop de PIN erronés ont été essayés : la consultation est suspendue un moment, même avec le bon PIN. Votre demande n’est pas touchée. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="60"/>
        <source>The service did not accept the fingerprints.</source>
        <translation>Le service n’a pas accepté les empreintes.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="61"/>
        <source>The service gave an answer this app could not understand. Please try again later.</source>
        <translation>Le service a donné une réponse que cette application ne comprend pas. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="64"/>
        <source>Practice mode is not included in this version of the app. Set a service address in Settings.</source>
        <translation>Le mode d’essai n’est pas inclus dans cette version de l’application. Indiquez une adresse de service dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="68"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="71"/>
        <source>The service is not taking more cases from this internet connection for now: many were opened from it in the last hour. Your fingerprints were not kept. Please try again later.</source>
        <translation>Le service n’accepte plus de demandes depuis cette connexion internet pour le moment : beaucoup ont été ouvertes depuis elle au cours de la dernière heure. Vos empreintes n’ont pas été conservées. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../takeitdown_desktop/core/case.py" line="77"/>
        <source>It said: {reason}</source>
        <translation>Il a répondu : {reason}</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <location filename="../../build_scripts/entry.py" line="32"/>
        <source>A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora).</source>
        <translation>Une bibliothèque graphique manque. Installez le paquet libgl1 (Debian, Ubuntu) ou mesa-libGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="33"/>
        <source>A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora).</source>
        <translation>Une bibliothèque graphique manque. Installez le paquet libegl1 (Debian, Ubuntu) ou mesa-libEGL (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="34"/>
        <source>A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora).</source>
        <translation>Une bibliothèque d’affichage manque. Installez le paquet libxcb-cursor0 (Debian, Ubuntu) ou xcb-util-cursor (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="35"/>
        <source>The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this.</source>
        <translation>L’application n’a pas pu ouvrir de fenêtre sur ce bureau. Installer le paquet libxcb-cursor0 règle en général le problème.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="36"/>
        <source>A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora).</source>
        <translation>Une bibliothèque de polices manque. Installez le paquet libfontconfig1 (Debian, Ubuntu) ou fontconfig (Fedora).</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="38"/>
        <source>Take It Down could not start</source>
        <translation>Take It Down n’a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="39"/>
        <source>No photos or videos were read or sent.</source>
        <translation>Aucune photo ni vidéo n’a été lue ni envoyée.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="40"/>
        <source>Take It Down stopped unexpectedly</source>
        <translation>Take It Down s’est fermé de façon inattendue</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="41"/>
        <source>It closed because of an error.</source>
        <translation>L’application s’est fermée à cause d’une erreur.</translation>
    </message>
    <message>
        <location filename="../../build_scripts/entry.py" line="42"/>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
</context>
</TS>
