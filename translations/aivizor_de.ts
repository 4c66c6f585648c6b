<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Aivizor::AboutDialog</name>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="29"/>
        <source>About Aivizor</source>
        <translation>Über Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="38"/>
        <source>Aivizor icon</source>
        <translation>Aivizor-Symbol</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="40"/>
        <source>Aivizor</source>
        <translation>Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="45"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="47"/>
        <source>A native desktop reader for Discourse forums.</source>
        <translation>Ein nativer Desktop-Reader für Discourse-Foren.</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="49"/>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>Freie Software unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="58"/>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="59"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>Aivizor::AccountController</name>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="24"/>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="27"/>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="76"/>
        <source>Could not start a web browser; open the link in the sign-in window yourself.</source>
        <translation>Der Webbrowser ließ sich nicht starten; öffnen Sie den Link im Anmeldefenster selbst.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="80"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="91"/>
        <source>Signed out %1.</source>
        <translation>%1 wurde abgemeldet.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="92"/>
        <source>Signed out %1, but the forum did not confirm that the key was revoked: %2</source>
        <translation>%1 wurde abgemeldet, aber das Forum hat den Widerruf des Schlüssels nicht bestätigt: %2</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="102"/>
        <source>The demo server left no credentials; reading only.</source>
        <translation>Der Demo-Server hat keine Zugangsdaten hinterlassen; nur Lesen.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="109"/>
        <source>The demo credentials are unreadable; reading only.</source>
        <translation>Die Demo-Zugangsdaten sind unlesbar; nur Lesen.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="117"/>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="118"/>
        <source>Aivizor cannot store the key for %1 in the system keychain:
%2

It never writes keys to a plain file. Keep the key for this session only (you sign in again after a restart), or do not keep it (you stay signed out)?</source>
        <translation>Aivizor kann den Schlüssel für %1 nicht im Schlüsselbund des Systems speichern:
%2

Schlüssel werden nie in eine einfache Datei geschrieben. Den Schlüssel nur für diese Sitzung behalten (nach einem Neustart melden Sie sich erneut an) oder gar nicht behalten (Sie bleiben abgemeldet)?</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="125"/>
        <source>Keep for This Session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="127"/>
        <source>Do Not Keep</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="183"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="184"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="186"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="187"/>
        <source>Sign in to reply and like posts</source>
        <translation>Melden Sie sich an, um zu antworten und „Gefällt mir“ zu vergeben</translation>
    </message>
</context>
<context>
    <name>Aivizor::AlertKind</name>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="58"/>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="59"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="60"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="61"/>
        <source>Private messages</source>
        <translation>Private Nachrichten</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="62"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
</context>
<context>
    <name>Aivizor::ApiError</name>
    <message>
        <location filename="../lib/net/apierror.cpp" line="29"/>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="30"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="31"/>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="32"/>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="33"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="34"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="35"/>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="36"/>
        <source>Request rejected</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="37"/>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="38"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="39"/>
        <source>Saved copy unavailable</source>
        <translation>Gespeicherte Kopie nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="40"/>
        <source>Cannot be sent</source>
        <translation>Kann nicht gesendet werden</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="105"/>
        <source>The page or topic does not exist, or you need to log in to see it.</source>
        <translation>Die Seite oder das Thema existiert nicht, oder Sie müssen sich anmelden, um es zu sehen.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="109"/>
        <source>This forum requires you to log in.</source>
        <translation>Dieses Forum verlangt eine Anmeldung.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="110"/>
        <source>You are not allowed to see this.</source>
        <translation>Sie dürfen dies nicht sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/net/apierror.cpp" line="117"/>
        <source>The forum asked us to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>Das Forum bittet um weniger Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Das Forum bittet um weniger Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="124"/>
        <source>The forum is in read-only mode.</source>
        <translation>Das Forum ist im Nur-Lesen-Modus.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="125"/>
        <source>The forum had an internal error (HTTP %1).</source>
        <translation>Im Forum ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="128"/>
        <source>The forum rejected the request (HTTP %1).</source>
        <translation>Das Forum hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="132"/>
        <source>Unexpected HTTP status %1.</source>
        <translation>Unerwarteter HTTP-Status %1.</translation>
    </message>
</context>
<context>
    <name>Aivizor::CommunityDelegate</name>
    <message>
        <location filename="../app/feeds/communitydelegate.cpp" line="70"/>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
</context>
<context>
    <name>Aivizor::CommunityPane</name>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="30"/>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="32"/>
        <source>The forum&apos;s feeds and communities</source>
        <translation>Feeds und Communitys des Forums</translation>
    </message>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="103"/>
        <source>Could not load the communities: %1</source>
        <translation>Die Communitys konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ComposerWidget</name>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="45"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="57"/>
        <source>Title of the new topic</source>
        <translation>Titel des neuen Themas</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="58"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="61"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="64"/>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="65"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="71"/>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="75"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="82"/>
        <location filename="../app/composer/composerwidget.cpp" line="289"/>
        <source>Reply text (Markdown)</source>
        <translation>Antworttext (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="83"/>
        <source>Write your reply in Markdown. Ctrl+Enter sends, Esc hides.</source>
        <translation>Schreiben Sie Ihre Antwort in Markdown. Strg+Eingabe sendet, Esc blendet aus.</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="89"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="110"/>
        <source>Cancel Sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="113"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="114"/>
        <source>Hide the composer; the draft is kept (Esc)</source>
        <translation>Editor ausblenden; der Entwurf bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="115"/>
        <location filename="../app/composer/composerwidget.cpp" line="387"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="118"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="161"/>
        <source>Reply to the topic</source>
        <translation>Auf das Thema antworten</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="189"/>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="189"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="193"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="193"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="195"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="195"/>
        <source>Insert a link</source>
        <translation>Einen Link einfügen</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="197"/>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="197"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="202"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="202"/>
        <source>Quote the selected lines</source>
        <translation>Die markierten Zeilen zitieren</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="203"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="203"/>
        <source>Format as code</source>
        <translation>Als Code formatieren</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="205"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="205"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="209"/>
        <source>Pop Out</source>
        <translation>Abdocken</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="210"/>
        <source>Move the composer into its own window, or back under the reader</source>
        <translation>Den Editor in ein eigenes Fenster verschieben oder zurück unter den Leser</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="269"/>
        <source>(default community)</source>
        <translation>(Standard-Community)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="289"/>
        <source>Topic text (Markdown)</source>
        <translation>Thementext (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="291"/>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="387"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="394"/>
        <source>In the Outbox</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="404"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/composer/composerwidget.cpp" line="418"/>
        <source>The forum asks to wait: sending again in %n second(s).</source>
        <translation>
            <numerusform>Das Forum bittet zu warten: erneutes Senden in %n Sekunde.</numerusform>
            <numerusform>Das Forum bittet zu warten: erneutes Senden in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="473"/>
        <source>The preview appears here.</source>
        <translation>Hier erscheint die Vorschau.</translation>
    </message>
</context>
<context>
    <name>Aivizor::DemoServer</name>
    <message numerus="yes">
        <location filename="../app/demo/demoserver.cpp" line="17"/>
        <source>The demo server did not report its address within %n second(s).</source>
        <translation>
            <numerusform>Der Demo-Server hat seine Adresse nicht innerhalb von %n Sekunde gemeldet.</numerusform>
            <numerusform>Der Demo-Server hat seine Adresse nicht innerhalb von %n Sekunden gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="61"/>
        <source>The demo server (aivizor-server) was not found next to the application or in PATH.</source>
        <translation>Der Demo-Server (aivizor-server) wurde weder neben der Anwendung noch im PATH gefunden.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="69"/>
        <source>Cannot create the demo server&apos;s data folder %1.</source>
        <translation>Der Datenordner des Demo-Servers %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="100"/>
        <source>The demo server printed no address.</source>
        <translation>Der Demo-Server hat keine Adresse ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="106"/>
        <source>The demo server printed an unexpected first line: %1</source>
        <translation>Der Demo-Server hat eine unerwartete erste Zeile ausgegeben: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="120"/>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="129"/>
        <source>The demo server crashed while starting.</source>
        <translation>Der Demo-Server ist beim Start abgestürzt.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="130"/>
        <source>The demo server exited while starting (exit code %1).</source>
        <translation>Der Demo-Server hat sich beim Start beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>Aivizor::DesktopNotifier</name>
    <message>
        <location filename="../lib/notifications/desktopnotifier.cpp" line="144"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../lib/notifications/desktopnotifier.cpp" line="155"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Aivizor::DiscussionPane</name>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="83"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="89"/>
        <source>Dock</source>
        <translation>Andocken</translation>
    </message>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="102"/>
        <source>Pop Out</source>
        <translation>Abdocken</translation>
    </message>
</context>
<context>
    <name>Aivizor::DraftJournal</name>
    <message>
        <location filename="../lib/drafts/draftjournal.cpp" line="101"/>
        <location filename="../lib/drafts/draftjournal.cpp" line="118"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::DraftStore</name>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="40"/>
        <source>it is not an Aivizor draft</source>
        <translation>es ist kein Aivizor-Entwurf</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="42"/>
        <source>it belongs to a different draft</source>
        <translation>er gehört zu einem anderen Entwurf</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="45"/>
        <source>the text is missing</source>
        <translation>der Text fehlt</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="48"/>
        <source>the tags are not a list</source>
        <translation>die Schlagwörter sind keine Liste</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="56"/>
        <source>the tags are not a list of names</source>
        <translation>die Schlagwörter sind keine Liste von Namen</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="135"/>
        <location filename="../lib/drafts/draftstore.cpp" line="192"/>
        <location filename="../lib/drafts/draftstore.cpp" line="260"/>
        <source>“%1” cannot be used as a draft name.</source>
        <translation>„%1“ kann nicht als Name eines Entwurfs verwendet werden.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="150"/>
        <location filename="../lib/drafts/draftstore.cpp" line="179"/>
        <source>The draft could not be saved. %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="228"/>
        <source>The draft %1 was saved by a newer version of Aivizor (format %2) and was left as it is.</source>
        <translation>Der Entwurf %1 wurde von einer neueren Version von Aivizor gespeichert (Format %2) und bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="234"/>
        <source>it has no valid format version</source>
        <translation>er hat keine gültige Formatversion</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="239"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="249"/>
        <source>The draft could not be read. %1 It could not be renamed either; it was left in place.</source>
        <translation>Der Entwurf konnte nicht gelesen werden. %1 Er konnte auch nicht umbenannt werden und blieb an seinem Ort.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="251"/>
        <source>The draft could not be read. %1 It was kept as %2.</source>
        <translation>Der Entwurf konnte nicht gelesen werden. %1 Er wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="267"/>
        <source>The draft could not be deleted: %1</source>
        <translation>Der Entwurf konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ErrorBanner</name>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="18"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="23"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="31"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Aivizor::FeedMenus</name>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="104"/>
        <source>Open in &amp;Browser</source>
        <translation>Im B&amp;rowser öffnen</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="106"/>
        <source>Could not start a web browser for %1</source>
        <translation>Für %1 konnte kein Webbrowser gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="109"/>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="111"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="131"/>
        <source>Make Available &amp;Offline</source>
        <translation>&amp;Offline verfügbar machen</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="150"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="155"/>
        <source>Copy &amp;Title</source>
        <translation>&amp;Titel kopieren</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="171"/>
        <source>&amp;Reply</source>
        <translation>A&amp;ntworten</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="176"/>
        <source>&amp;Quote</source>
        <translation>&amp;Zitieren</translation>
    </message>
</context>
<context>
    <name>Aivizor::FeedTreeModel</name>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="41"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="43"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="107"/>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="109"/>
        <source>Top</source>
        <translation>Beliebt</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="112"/>
        <source>Community %1</source>
        <translation>Community %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="117"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="119"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="270"/>
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n Thema</numerusform>
            <numerusform>%1, %n Themen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="281"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="288"/>
        <source>All communities of this forum</source>
        <translation>Alle Communitys dieses Forums</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="290"/>
        <source>Topics with the most recent activity</source>
        <translation>Themen mit der jüngsten Aktivität</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="292"/>
        <source>The most active topics</source>
        <translation>Die aktivsten Themen</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="294"/>
        <source>Topics you have not opened yet</source>
        <translation>Themen, die Sie noch nicht geöffnet haben</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="296"/>
        <source>Topics with posts you have not read</source>
        <translation>Themen mit Beiträgen, die Sie nicht gelesen haben</translation>
    </message>
</context>
<context>
    <name>Aivizor::FindBar</name>
    <message>
        <location filename="../app/reader/findbar.cpp" line="24"/>
        <location filename="../app/reader/findbar.cpp" line="26"/>
        <source>Find in topic</source>
        <translation>Im Thema suchen</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="27"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="32"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="33"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="36"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="37"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="40"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="41"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="154"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/findbar.cpp" line="156"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumClient</name>
    <message>
        <location filename="../lib/net/forumclient.cpp" line="35"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Das Forum hat eine unerwartete Antwort gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumRegistry</name>
    <message>
        <location filename="../lib/session/forumregistry.cpp" line="226"/>
        <source>%1 on %2</source>
        <extracomment>forum list entry: &quot;username on forum.example.org&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumStore</name>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="31"/>
        <source>There is no saved copy of this yet.</source>
        <translation>Hiervon gibt es noch keine gespeicherte Kopie.</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="38"/>
        <source>The saved copy of this forum is not open.</source>
        <translation>Die gespeicherte Kopie dieses Forums ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="45"/>
        <source>Could not read the saved copy of this forum: %1</source>
        <translation>Die gespeicherte Kopie dieses Forums konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="52"/>
        <source>This part of the saved copy is damaged; it will be fetched again.</source>
        <translation>Dieser Teil der gespeicherten Kopie ist beschädigt; er wird erneut abgerufen.</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="241"/>
        <source>Cannot open the saved copy of this forum: %1</source>
        <translation>Die gespeicherte Kopie dieses Forums kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumWriter</name>
    <message>
        <location filename="../lib/net/forumwriter.cpp" line="24"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Das Forum hat eine unerwartete Antwort gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::KeychainCredentialStore</name>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="58"/>
        <source>No saved key for this account.</source>
        <translation>Für dieses Konto ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="64"/>
        <source>No keychain is available on this system (%1).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="69"/>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="75"/>
        <source>The saved key could not be deleted (%1).</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelöscht werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="76"/>
        <source>The keychain reported an error (%1).</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet (%1).</translation>
    </message>
</context>
<context>
    <name>Aivizor::Lightbox</name>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="24"/>
        <source>Picture viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="144"/>
        <source>Loading picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="150"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="156"/>
        <source>Esc closes · ← → other pictures · wheel or +/− zooms · 0 fits</source>
        <translation>Esc schließt · ← → andere Bilder · Mausrad oder +/− zoomt · 0 passt ein</translation>
    </message>
</context>
<context>
    <name>Aivizor::LocalSearch</name>
    <message>
        <location filename="../lib/search/localsearch.cpp" line="42"/>
        <source>Cannot open the saved copy: %1</source>
        <translation>Die gespeicherte Kopie lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::LoopbackReceiver</name>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="27"/>
        <source>Could not wait for the browser&apos;s answer: %1</source>
        <translation>Auf die Antwort des Browsers kann nicht gewartet werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="71"/>
        <source>The request was too large.</source>
        <translation>Die Anfrage war zu groß.</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="81"/>
        <source>Unexpected request.</source>
        <translation>Unerwartete Anfrage.</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="87"/>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="90"/>
        <source>Aivizor received the forum&apos;s answer. You can close this tab.</source>
        <translation>Aivizor hat die Antwort des Forums erhalten. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>Aivizor::MainActions</name>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="18"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="20"/>
        <source>Reload the current feed (F5)</source>
        <translation>Den aktuellen Feed neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="22"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="24"/>
        <source>Go back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="26"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="28"/>
        <source>Go forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="30"/>
        <source>Open in &amp;Browser</source>
        <translation>Im B&amp;rowser öffnen</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="32"/>
        <source>Open the current topic or feed in the web browser</source>
        <translation>Das aktuelle Thema oder den Feed im Webbrowser öffnen</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="34"/>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="36"/>
        <source>Copy the address of the current topic or feed (Ctrl+L)</source>
        <translation>Die Adresse des aktuellen Themas oder Feeds kopieren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="38"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="41"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="43"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="50"/>
        <source>&amp;Next Topic</source>
        <translation>&amp;Nächstes Thema</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="52"/>
        <source>&amp;Previous Topic</source>
        <translation>Vor&amp;heriges Thema</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="55"/>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="57"/>
        <source>Topic List</source>
        <translation>Themenliste</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="59"/>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="61"/>
        <source>&amp;Filter Topics</source>
        <translation>&amp;Themen filtern</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="65"/>
        <source>&amp;Search Forum…</source>
        <translation>Forum &amp;durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="68"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="72"/>
        <source>Make Community Available &amp;Offline</source>
        <translation>Community &amp;offline verfügbar machen</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="74"/>
        <source>Save the latest topics of the community shown, with their posts and pictures, for reading without a connection</source>
        <translation>Die neuesten Themen der angezeigten Community mit ihren Beiträgen und Bildern zum Lesen ohne Verbindung speichern</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="77"/>
        <source>&amp;Latest</source>
        <translation>Ne&amp;ueste</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="78"/>
        <source>&amp;Top</source>
        <translation>&amp;Beliebt</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="80"/>
        <source>&amp;About Aivizor</source>
        <translation>&amp;Über Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="82"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="85"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="89"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="121"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="130"/>
        <source>&amp;Focus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="135"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="147"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Aivizor::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>Next post</source>
        <translation>Nächster Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>Previous post</source>
        <translation>Vorheriger Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>First post</source>
        <translation>Erster Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Last post</source>
        <translation>Letzter Beitrag</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>Jump to a post number</source>
        <translation>Zu einer Beitragsnummer springen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Find in the topic</source>
        <translation>Im Thema suchen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Reply to the topic</source>
        <translation>Auf das Thema antworten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>Quote the selected text</source>
        <translation>Den markierten Text zitieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <location filename="../app/mainwindow.cpp" line="745"/>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>topic</source>
        <translation>das Thema</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>&amp;Mark</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>&amp;New Topic…</source>
        <translation>&amp;Neues Thema…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="318"/>
        <source>Could not start a web browser for %1</source>
        <translation>Für %1 konnte kein Webbrowser gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="325"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="718"/>
        <source>Offline — retrying</source>
        <translation>Offline — neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="719"/>
        <source>%1 — retrying</source>
        <translation>%1 — neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="721"/>
        <source>%1
Next try at %2.</source>
        <translation>%1
Nächster Versuch um %2.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="463"/>
        <location filename="../app/mainwindow.cpp" line="739"/>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="547"/>
        <source>Aivizor</source>
        <translation>Aivizor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="713"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="680"/>
        <source>Could not load the %1: %2</source>
        <translation>%1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="706"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="710"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="741"/>
        <source>Loading communities…</source>
        <translation>Communitys werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="743"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="747"/>
        <source>Loading topic…</source>
        <translation>Thema wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="760"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::MemoryCredentialStore</name>
    <message>
        <location filename="../lib/credentials/memorycredentialstore.cpp" line="11"/>
        <source>No keychain is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../lib/credentials/memorycredentialstore.cpp" line="24"/>
        <source>No saved key for this account.</source>
        <translation>Für dieses Konto ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationBell</name>
    <message numerus="yes">
        <location filename="../app/notifications/notificationbell.cpp" line="24"/>
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationbell.cpp" line="24"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationController</name>
    <message>
        <location filename="../app/notifications/notificationcontroller.cpp" line="42"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationcontroller.cpp" line="164"/>
        <source>%1 did not mark the notifications read, so they show as unread again: %2</source>
        <translation>%1 hat die Benachrichtigungen nicht als gelesen markiert; sie erscheinen wieder als ungelesen: %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationPanel</name>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="75"/>
        <location filename="../app/notifications/notificationpanel.cpp" line="78"/>
        <location filename="../app/notifications/notificationpanel.cpp" line="103"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="82"/>
        <source>Mark &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="84"/>
        <source>Mark &amp;All Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="95"/>
        <source>No notifications. Replies, mentions, quotes, likes and messages will appear here.</source>
        <translation>Keine Benachrichtigungen. Antworten, Erwähnungen, Zitate, Likes und Nachrichten erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationText</name>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="9"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="12"/>
        <source>%1 replied to you</source>
        <translation>%1 hat Ihnen geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="13"/>
        <source>%1 mentioned you</source>
        <translation>%1 hat Sie erwähnt</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="14"/>
        <source>%1 mentioned your group</source>
        <translation>%1 hat Ihre Gruppe erwähnt</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="15"/>
        <source>%1 quoted you</source>
        <translation>%1 hat Sie zitiert</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="16"/>
        <source>%1 edited your post</source>
        <translation>%1 hat Ihren Beitrag bearbeitet</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="18"/>
        <source>%1 liked your post</source>
        <translation>%1 gefällt Ihr Beitrag</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="19"/>
        <source>%1 sent you a message</source>
        <translation>%1 hat Ihnen eine Nachricht geschickt</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="21"/>
        <source>%1 invited you to a message</source>
        <translation>%1 hat Sie zu einer Nachricht eingeladen</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="22"/>
        <source>%1 posted in a topic you watch</source>
        <translation>%1 hat in einem beobachteten Thema geschrieben</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="23"/>
        <source>%1 linked to your post</source>
        <translation>%1 hat auf Ihren Beitrag verlinkt</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="24"/>
        <source>You were granted a badge</source>
        <translation>Sie haben ein Abzeichen erhalten</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="25"/>
        <source>%1 started a new topic</source>
        <translation>%1 hat ein neues Thema begonnen</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="28"/>
        <source>News from %1</source>
        <translation>Neuigkeiten von %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationTray</name>
    <message>
        <location filename="../app/notifications/notificationtray.cpp" line="22"/>
        <source>&amp;Show Aivizor</source>
        <translation>Aivizor &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationtray.cpp" line="24"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notifications/notificationtray.cpp" line="44"/>
        <source>Aivizor: %n unread notification(s)</source>
        <translation>
            <numerusform>Aivizor: %n ungelesene Benachrichtigung</numerusform>
            <numerusform>Aivizor: %n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationtray.cpp" line="44"/>
        <source>Aivizor: no unread notifications</source>
        <translation>Aivizor: keine ungelesenen Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationTreeModel</name>
    <message numerus="yes">
        <location filename="../lib/notifications/notificationtreemodel.cpp" line="191"/>
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n ungelesen)</numerusform>
            <numerusform>%1 (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtreemodel.cpp" line="213"/>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::OfflineController</name>
    <message>
        <location filename="../app/shell/offlinecontroller.cpp" line="45"/>
        <source>Could not save the community for offline reading: %1</source>
        <translation>Die Community konnte nicht zum Offline-Lesen gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/offlinecontroller.cpp" line="49"/>
        <source>%1 is saved for offline reading.</source>
        <translation>%1 ist zum Offline-Lesen gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/shell/offlinecontroller.cpp" line="49"/>
        <source>The community</source>
        <translation>Die Community</translation>
    </message>
</context>
<context>
    <name>Aivizor::OfflineDownload</name>
    <message>
        <location filename="../lib/store/offlinedownload.cpp" line="122"/>
        <source>The saved copy of this forum is not open.</source>
        <translation>Die gespeicherte Kopie dieses Forums ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Aivizor::OfflineProgress</name>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="29"/>
        <source>Stop saving for offline reading; what is saved stays</source>
        <translation>Speichern zum Offline-Lesen beenden; bereits Gespeichertes bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="57"/>
        <source>Saving for offline reading: %1 of %2</source>
        <translation>Speichern zum Offline-Lesen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="58"/>
        <source>Saving %1 for offline reading: %2 of %3</source>
        <translation>%1 wird zum Offline-Lesen gespeichert: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/widgets/offlineprogress.cpp" line="60"/>
        <source>%n topic(s) could not be saved.</source>
        <translation>
            <numerusform>%n Thema konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Themen konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::Outbox</name>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="113"/>
        <source>The forum address is not valid.</source>
        <translation>Die Forumsadresse ist nicht gültig.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="283"/>
        <source>The outbox could not be saved. %1</source>
        <translation>Der Postausgang konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="302"/>
        <source>%1 is not an Aivizor outbox.</source>
        <translation>%1 ist kein Aivizor-Postausgang.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="304"/>
        <source>%1 was saved by a newer version of Aivizor.</source>
        <translation>%1 wurde von einer neueren Version von Aivizor gespeichert.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="306"/>
        <source>%1 has no valid format version.</source>
        <translation>%1 hat keine gültige Formatversion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/posting/outbox.cpp" line="324"/>
        <source>%n damaged entries in %1 were skipped.</source>
        <translation>
            <numerusform>%n beschädigter Eintrag in %1 wurde übersprungen.</numerusform>
            <numerusform>%n beschädigte Einträge in %1 wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="332"/>
        <source>The outbox could not be read completely. %1</source>
        <translation>Der Postausgang konnte nicht vollständig gelesen werden. %1</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="333"/>
        <source>The outbox could not be read completely. %1 The original was kept as %2.</source>
        <translation>Der Postausgang konnte nicht vollständig gelesen werden. %1 Das Original wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="347"/>
        <source>Waiting to send</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="348"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="349"/>
        <source>Waiting (the forum asked to slow down)</source>
        <translation>Wartet (das Forum bittet um weniger Anfragen)</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="350"/>
        <source>Not accepted; edit and send again</source>
        <translation>Nicht angenommen; bearbeiten und erneut senden</translation>
    </message>
</context>
<context>
    <name>Aivizor::OutboxButton</name>
    <message>
        <location filename="../app/composer/outboxbutton.cpp" line="14"/>
        <source>Posts waiting to be sent</source>
        <translation>Beiträge, die auf das Senden warten</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxbutton.cpp" line="42"/>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
</context>
<context>
    <name>Aivizor::OutboxDialog</name>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="22"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Next Attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="34"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="35"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="36"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="76"/>
        <source>Topic %1: %2</source>
        <translation>Thema %1: %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::PostBrowser</name>
    <message>
        <location filename="../app/reader/postbrowser.cpp" line="18"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>Aivizor::PreferencesDialog</name>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="39"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="49"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="65"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="110"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="115"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="116"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="117"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="118"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="122"/>
        <source>Reader font</source>
        <translation>Schrift im Reader</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="125"/>
        <source>Reader font size</source>
        <translation>Schriftgröße im Reader</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="126"/>
        <source>&amp;Reader font:</source>
        <translation>Schrift im &amp;Reader:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="132"/>
        <source>Topic list font</source>
        <translation>Schrift der Themenliste</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="135"/>
        <source>Topic list font size</source>
        <translation>Schriftgröße der Themenliste</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="136"/>
        <source>Topic &amp;list font:</source>
        <translation>Schrift der Themen&amp;liste:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="144"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="149"/>
        <source>Never load</source>
        <translation>Nie laden</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="150"/>
        <source>Ask for each topic</source>
        <translation>Bei jedem Thema fragen</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="151"/>
        <source>Always load</source>
        <translation>Immer laden</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="152"/>
        <source>Images stored on other servers than the forum tell those servers what you read.</source>
        <translation>Bilder, die auf anderen Servern als dem Forum liegen, verraten diesen Servern, was Sie lesen.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="153"/>
        <source>&amp;Images from other hosts:</source>
        <translation>&amp;Bilder von anderen Hosts:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="158"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="159"/>
        <source>How long the forum may stay silent before a request fails. Takes effect when a forum is opened.</source>
        <translation>Wie lange das Forum schweigen darf, bevor eine Anfrage fehlschlägt. Wirkt beim nächsten Öffnen eines Forums.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="161"/>
        <source>&amp;Network timeout:</source>
        <translation>&amp;Netzwerk-Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="167"/>
        <source>Offline reading</source>
        <translation>Offline-Lesen</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="173"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="174"/>
        <source>Disk space for each forum&apos;s saved topics and pictures. When it is full, what was read longest ago goes first; communities made available offline stay.</source>
        <translation>Speicherplatz für die gespeicherten Themen und Bilder jedes Forums. Ist er voll, wird zuerst entfernt, was am längsten nicht gelesen wurde; offline verfügbar gemachte Communities bleiben.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="176"/>
        <source>&amp;Space for saved copies:</source>
        <translation>&amp;Platz für gespeicherte Kopien:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="181"/>
        <source>How many of a community&apos;s latest topics &quot;Make Available Offline&quot; saves.</source>
        <translation>Wie viele der neuesten Themen einer Community „Offline verfügbar machen“ speichert.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="182"/>
        <source>&amp;Topics saved per community:</source>
        <translation>&amp;Gespeicherte Themen je Community:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="188"/>
        <source>Start-up</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="195"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="196"/>
        <source>A new language takes effect when Aivizor is started again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Aivizor wirksam.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="207"/>
        <source>The forum used last</source>
        <translation>Das zuletzt verwendete Forum</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="209"/>
        <location filename="../app/settings/preferencesdialog.cpp" line="215"/>
        <location filename="../app/settings/preferencesdialog.cpp" line="227"/>
        <source>The demo forum</source>
        <translation>Das Demo-Forum</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="216"/>
        <source>&amp;Open at start:</source>
        <translation>Beim Start ö&amp;ffnen:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="222"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="230"/>
        <source>On the &amp;desktop, from:</source>
        <translation>Auf dem &amp;Desktop, von:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="242"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="245"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Systembereich weiterlaufen</translation>
    </message>
</context>
<context>
    <name>Aivizor::QuickSwitcher</name>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="34"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="34"/>
        <source>Topic in %1</source>
        <translation>Thema in %1</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="36"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="38"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="38"/>
        <source>Community in %1</source>
        <translation>Community in %1</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="40"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="40"/>
        <source>Forum at %1</source>
        <translation>Forum unter %1</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="51"/>
        <source>Go To</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="54"/>
        <source>Go to a community, feed, forum or recent topic…</source>
        <translation>Zu einer Community, einem Feed, einem Forum oder einem zuletzt gelesenen Thema…</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="55"/>
        <source>Name to go to</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="58"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReaderNavigator</name>
    <message>
        <location filename="../app/reader/readernavigator.cpp" line="125"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReaderView</name>
    <message>
        <location filename="../app/reader/readerview.cpp" line="50"/>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="67"/>
        <source>&amp;Quote</source>
        <translation>&amp;Zitieren</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="69"/>
        <source>Quote the selected text in a reply (q)</source>
        <translation>Den markierten Text in einer Antwort zitieren (q)</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="71"/>
        <source>&amp;Reply</source>
        <translation>A&amp;ntworten</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="73"/>
        <source>Reply to the topic (r)</source>
        <translation>Auf das Thema antworten (r)</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="157"/>
        <source>Select a topic to read it here.</source>
        <translation>Wählen Sie ein Thema, um es hier zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="354"/>
        <source>Loading more posts…</source>
        <translation>Weitere Beiträge werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="407"/>
        <source>These posts were never saved on this computer, and the forum cannot be reached: %1</source>
        <translation>Diese Beiträge wurden nie auf diesem Computer gespeichert, und das Forum ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="408"/>
        <source>This topic was never saved on this computer, and the forum cannot be reached: %1</source>
        <translation>Dieses Thema wurde nie auf diesem Computer gespeichert, und das Forum ist nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/readerview.cpp" line="410"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="412"/>
        <source>This topic could not be shown.</source>
        <translation>Dieses Thema konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="369"/>
        <source>Jump to Post</source>
        <translation>Zu Beitrag springen</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="370"/>
        <source>Post number:</source>
        <translation>Beitragsnummer:</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="497"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="500"/>
        <source>This link was blocked: %1</source>
        <translation>Dieser Link wurde blockiert: %1</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="540"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="591"/>
        <source>Sign in (File &gt; Sign In…) to reply and like posts.</source>
        <translation>Melden Sie sich an (Datei &gt; Anmelden…), um zu antworten und „Gefällt mir“ zu vergeben.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="593"/>
        <source>This topic is closed: it no longer accepts replies.</source>
        <translation>Dieses Thema ist geschlossen: Es nimmt keine Antworten mehr an.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="594"/>
        <source>You cannot reply to this topic.</source>
        <translation>Sie können auf dieses Thema nicht antworten.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="657"/>
        <source>Select text in a post first, then press q to quote it.</source>
        <translation>Markieren Sie zuerst Text in einem Beitrag und drücken Sie dann q, um ihn zu zitieren.</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReadingController</name>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="54"/>
        <source>Read &amp;On</source>
        <translation>&amp;Weiterlesen</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="55"/>
        <source>Page down; at the end of a topic, the next unread one (Space)</source>
        <translation>Eine Seite weiter; am Ende eines Themas das nächste ungelesene (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="56"/>
        <source>Read &amp;Back</source>
        <translation>&amp;Zurückblättern</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="57"/>
        <source>Next &amp;Unread Topic</source>
        <translation>Nächstes &amp;ungelesenes Thema</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="58"/>
        <source>Mark Topic Read or &amp;Unread</source>
        <translation>Thema als gelesen oder &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="59"/>
        <source>Mark &amp;Feed Read</source>
        <translation>&amp;Feed als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="60"/>
        <source>Mark every new or unread topic of the feed shown read (Shift+C)</source>
        <translation>Jedes neue oder ungelesene Thema des angezeigten Feeds als gelesen markieren (Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="61"/>
        <source>&amp;Undo Mark Read</source>
        <translation>Als gelesen markieren &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="132"/>
        <source>Nothing unread is left.</source>
        <translation>Es ist nichts Ungelesenes mehr da.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="202"/>
        <source>Marked read.</source>
        <translation>Als gelesen markiert.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="205"/>
        <source>Marked unread.</source>
        <translation>Als ungelesen markiert.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="254"/>
        <source>Everything here is read.</source>
        <translation>Hier ist alles gelesen.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="267"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/readingcontroller.cpp" line="276"/>
        <source>%n topic(s) marked read.</source>
        <translation>
            <numerusform>%n Thema als gelesen markiert.</numerusform>
            <numerusform>%n Themen als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/readingcontroller.cpp" line="296"/>
        <source>%n topic(s) unread again.</source>
        <translation>
            <numerusform>%n Thema wieder ungelesen.</numerusform>
            <numerusform>%n Themen wieder ungelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::RemoteImagesBar</name>
    <message>
        <location filename="../app/reader/remoteimagesbar.cpp" line="15"/>
        <source>&amp;Load Pictures</source>
        <translation>Bilder &amp;laden</translation>
    </message>
    <message>
        <location filename="../app/reader/remoteimagesbar.cpp" line="17"/>
        <source>Load the pictures of this topic from the sites they are on; those sites learn that you read it</source>
        <translation>Die Bilder dieses Themas von den Seiten laden, auf denen sie liegen; diese Seiten erfahren, dass Sie es lesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/remoteimagesbar.cpp" line="33"/>
        <source>%n picture(s) from other sites not loaded.</source>
        <translation>
            <numerusform>%n Bild von anderen Seiten nicht geladen.</numerusform>
            <numerusform>%n Bilder von anderen Seiten nicht geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ReplyController</name>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="89"/>
        <source>Your post was accepted and waits for a moderator&apos;s approval.</source>
        <translation>Ihr Beitrag wurde angenommen und wartet auf die Freigabe durch die Moderation.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="94"/>
        <source>The like could not be changed: %1</source>
        <translation>„Gefällt mir“ konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="183"/>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="191"/>
        <source>Reply to post #%1</source>
        <translation>Antwort auf Beitrag #%1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="192"/>
        <source>Reply to @%1 (post #%2)</source>
        <translation>Antwort an @%1 (Beitrag #%2)</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="196"/>
        <source>Reply to the topic</source>
        <translation>Auf das Thema antworten</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="196"/>
        <source>Reply to “%1”</source>
        <translation>Antwort auf „%1“</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="248"/>
        <source>Sign in (File &gt; Sign In…) to start a topic.</source>
        <translation>Melden Sie sich an (Datei &gt; Anmelden…), um ein Thema zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="264"/>
        <source>Sign in to send.</source>
        <translation>Zum Senden anmelden.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="312"/>
        <source>Your topic was created.</source>
        <translation>Ihr Thema wurde erstellt.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="315"/>
        <source>Your reply was posted.</source>
        <translation>Ihre Antwort wurde veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="318"/>
        <source>Your reply from the outbox was posted.</source>
        <translation>Ihre Antwort aus dem Postausgang wurde veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="325"/>
        <source>A post in the outbox was rejected: %1</source>
        <translation>Ein Beitrag im Postausgang wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="344"/>
        <source>Not sent yet: %1. The reply waits in the outbox and is sent automatically (next try at %2).</source>
        <translation>Noch nicht gesendet: %1. Die Antwort wartet im Postausgang und wird automatisch gesendet (nächster Versuch um %2).</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="354"/>
        <location filename="../app/composer/replycontroller.cpp" line="370"/>
        <source>It is being sent right now; try again in a moment.</source>
        <translation>Er wird gerade gesendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="359"/>
        <source>Sending cancelled. The text is kept.</source>
        <translation>Senden abgebrochen. Der Text bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="366"/>
        <source>That post belongs to another forum; open it first.</source>
        <translation>Dieser Beitrag gehört zu einem anderen Forum; öffnen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="412"/>
        <source>Still waiting for the forum to confirm the last like.</source>
        <translation>Das Forum hat das letzte „Gefällt mir“ noch nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReplySender</name>
    <message>
        <location filename="../lib/posting/replysender.cpp" line="122"/>
        <source>The account for this forum was signed out.</source>
        <translation>Das Konto für dieses Forum wurde abgemeldet.</translation>
    </message>
</context>
<context>
    <name>Aivizor::SavedCopyIndicator</name>
    <message>
        <location filename="../app/shell/savedcopyindicator.cpp" line="67"/>
        <source>Showing saved copy from %1</source>
        <translation>Gespeicherte Kopie von %1</translation>
    </message>
    <message>
        <location filename="../app/shell/savedcopyindicator.cpp" line="68"/>
        <source>The forum has not answered yet: what you see was saved on this computer at %1.</source>
        <translation>Das Forum hat noch nicht geantwortet: Was Sie sehen, wurde am %1 auf diesem Computer gespeichert.</translation>
    </message>
</context>
<context>
    <name>Aivizor::ScreenshotRunner</name>
    <message numerus="yes">
        <location filename="../app/shell/screenshotrunner.cpp" line="26"/>
        <source>Timed out after %n second(s) waiting for the content to load.</source>
        <translation>
            <numerusform>Zeitüberschreitung nach %n Sekunde beim Warten auf die Inhalte.</numerusform>
            <numerusform>Zeitüberschreitung nach %n Sekunden beim Warten auf die Inhalte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shell/screenshotrunner.cpp" line="90"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/shell/screenshotrunner.cpp" line="104"/>
        <source>Screenshot failed: %1</source>
        <translation>Screenshot fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchBuilder</name>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="17"/>
        <source>all of these words</source>
        <translation>alle diese Wörter</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="20"/>
        <source>this exact phrase</source>
        <translation>genau diese Wortfolge</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="23"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="26"/>
        <source>Any community</source>
        <translation>Jede Community</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="29"/>
        <source>tag, another tag</source>
        <translation>Schlagwort, weiteres Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="30"/>
        <source>Titles only</source>
        <translation>Nur Titel</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="34"/>
        <source>Open or closed</source>
        <translation>Offen oder geschlossen</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="35"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="36"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="39"/>
        <source>Best match</source>
        <translation>Beste Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="40"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="41"/>
        <source>Most liked</source>
        <translation>Meiste Likes</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="43"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="47"/>
        <source>Before</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="74"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="75"/>
        <source>Phrase:</source>
        <translation>Wortfolge:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="76"/>
        <source>Posted by:</source>
        <translation>Geschrieben von:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="77"/>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="78"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="79"/>
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="80"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="81"/>
        <source>Order:</source>
        <translation>Sortierung:</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchController</name>
    <message>
        <location filename="../app/search/searchcontroller.cpp" line="193"/>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../app/search/searchcontroller.cpp" line="195"/>
        <source>Top</source>
        <translation>Beliebt</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchPanel</name>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="27"/>
        <source>Search: words, &quot;a phrase&quot;, @user, #community, tags:a,b, in:title…</source>
        <translation>Suche: Wörter, &quot;eine Wortfolge&quot;, @benutzer, #community, tags:a,b, in:title…</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="28"/>
        <source>Search query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="29"/>
        <source>Discourse search syntax: &quot;exact phrase&quot;, @username, #community-slug, tags:a,b, in:title, status:open or status:closed, order:latest or order:likes, before:YYYY-MM-DD, after:YYYY-MM-DD. Press Enter to search.</source>
        <translation>Discourse-Suchsyntax: &quot;genaue Wortfolge&quot;, @benutzername, #community-kürzel, tags:a,b, in:title, status:open oder status:closed, order:latest oder order:likes, before:JJJJ-MM-TT, after:JJJJ-MM-TT. Eingabetaste startet die Suche.</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="34"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="35"/>
        <source>Show or hide the search options (who, where, when, order)</source>
        <translation>Suchoptionen ein- oder ausblenden (wer, wo, wann, Sortierung)</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="42"/>
        <source>This forum</source>
        <translation>Dieses Forum</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="43"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="44"/>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="45"/>
        <source>Search the forum, or the saved copy of it on this computer (works offline)</source>
        <translation>Das Forum durchsuchen oder seine gespeicherte Kopie auf diesem Computer (geht auch offline)</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="54"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="192"/>
        <source>Loading more results…</source>
        <translation>Weitere Ergebnisse werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="192"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="198"/>
        <source>Type a query and press Enter.</source>
        <translation>Suchbegriff eingeben und Eingabetaste drücken.</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="200"/>
        <source>No results for “%1”.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/search/searchpanel.cpp" line="202"/>
        <source>%n result(s) so far; scroll for more.</source>
        <translation>
            <numerusform>Bisher %n Ergebnis; für weitere scrollen.</numerusform>
            <numerusform>Bisher %n Ergebnisse; für weitere scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/search/searchpanel.cpp" line="204"/>
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n Ergebnis.</numerusform>
            <numerusform>%n Ergebnisse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="206"/>
        <source>From the saved copy on this computer. %1</source>
        <translation>Aus der gespeicherten Kopie auf diesem Computer. %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="207"/>
        <source>The forum cannot be reached: from the saved copy on this computer. %1</source>
        <translation>Das Forum ist nicht erreichbar: aus der gespeicherten Kopie auf diesem Computer. %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchResultDelegate</name>
    <message>
        <location filename="../app/search/searchresultdelegate.cpp" line="86"/>
        <source>Topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchresultdelegate.cpp" line="109"/>
        <source>post #%1</source>
        <translation>Beitrag #%1</translation>
    </message>
    <message>
        <location filename="../app/search/searchresultdelegate.cpp" line="111"/>
        <source>from the saved copy</source>
        <translation>aus der gespeicherten Kopie</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchResultModel</name>
    <message>
        <location filename="../lib/models/searchresultmodel.cpp" line="217"/>
        <source>%1, by %2, from the saved copy: %3</source>
        <translation>%1, von %2, aus der gespeicherten Kopie: %3</translation>
    </message>
    <message>
        <location filename="../lib/models/searchresultmodel.cpp" line="219"/>
        <source>%1, by %2: %3</source>
        <translation>%1, von %2: %3</translation>
    </message>
</context>
<context>
    <name>Aivizor::ShortcutsOverlay</name>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="55"/>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="61"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="70"/>
        <source>Press Esc or ? to close.</source>
        <translation>Esc oder ? drücken zum Schließen.</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="72"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="72"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="82"/>
        <source>Esc or ? closes this list.</source>
        <translation>Esc oder ? schließt diese Liste.</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="110"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="164"/>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="184"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::SignIn</name>
    <message>
        <location filename="../lib/signin/signin.cpp" line="149"/>
        <source>The forum did not say who is signed in.</source>
        <translation>Das Forum hat nicht mitgeteilt, wer angemeldet ist.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="153"/>
        <source>This key belongs to %1, not to %2.</source>
        <translation>Dieser Schlüssel gehört %1, nicht %2.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="161"/>
        <location filename="../lib/signin/signin.cpp" line="207"/>
        <source>The forum did not accept the key.</source>
        <translation>Das Forum hat den Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="175"/>
        <source>The forum did not say who approved the key.</source>
        <translation>Das Forum hat nicht mitgeteilt, wer den Schlüssel freigegeben hat.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="187"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Das Forum hat eine unerwartete Antwort gesendet: %1</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="256"/>
        <source>Not signed in: the key was not kept.</source>
        <translation>Nicht angemeldet: Der Schlüssel wurde nicht behalten.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="309"/>
        <source>The key for %1 is no longer stored. Please sign in again.</source>
        <translation>Der Schlüssel für %1 ist nicht mehr gespeichert. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Aivizor::SignInDialog</name>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="25"/>
        <location filename="../app/accounts/signindialog.cpp" line="66"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="35"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="36"/>
        <source>Receive the key automatically (local redirect)</source>
        <translation>Schlüssel automatisch empfangen (lokale Weiterleitung)</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="38"/>
        <source>Turn this off when the forum does not allow redirects to this computer; it then shows a text to paste below.</source>
        <translation>Schalten Sie dies aus, wenn das Forum keine Weiterleitung auf diesen Rechner erlaubt; es zeigt dann einen Text, den Sie unten einfügen.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="40"/>
        <source>Open the Approval Page</source>
        <translation>Freigabeseite öffnen</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="48"/>
        <source>If the forum shows a block of text instead of returning here, paste it here.</source>
        <translation>Wenn das Forum einen Textblock anzeigt, statt hierher zurückzukehren, fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="50"/>
        <source>Use the Pasted Text</source>
        <translation>Eingefügten Text verwenden</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="52"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="69"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="70"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="74"/>
        <source>Approve in the Browser</source>
        <translation>Im Browser freigeben</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="75"/>
        <source>API Key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="86"/>
        <source>&amp;Forum address:</source>
        <translation>&amp;Forumsadresse:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="96"/>
        <location filename="../app/accounts/signindialog.cpp" line="193"/>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="120"/>
        <source>Approve Aivizor on the forum&apos;s page: &lt;a href=&quot;%1&quot;&gt;open it again&lt;/a&gt;.</source>
        <translation>Geben Sie Aivizor auf der Seite des Forums frei: &lt;a href=&quot;%1&quot;&gt;erneut öffnen&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="124"/>
        <source>Waiting for the approval in the browser…</source>
        <translation>Warten auf die Freigabe im Browser…</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="125"/>
        <source>After approving, paste the text the forum shows below.</source>
        <translation>Fügen Sie nach der Freigabe den Text, den das Forum anzeigt, unten ein.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="129"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="153"/>
        <source>Enter the forum&apos;s address, for example https://forum.example.org.</source>
        <translation>Geben Sie die Adresse des Forums ein, zum Beispiel https://forum.example.org.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="157"/>
        <source>Connecting to %1… Sign in again once the forum is shown.</source>
        <translation>Verbindung zu %1… Melden Sie sich erneut an, sobald das Forum angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="172"/>
        <location filename="../app/accounts/signindialog.cpp" line="189"/>
        <source>A sign-in is already running.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="185"/>
        <source>Enter your username and the API key.</source>
        <translation>Geben Sie Ihren Benutzernamen und den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>Aivizor::StoreSearcher</name>
    <message>
        <location filename="../lib/search/storesearcher.cpp" line="123"/>
        <source>Could not search the saved copy: %1</source>
        <translation>Die gespeicherte Kopie ließ sich nicht durchsuchen: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::StoreWriter</name>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="46"/>
        <source>There is no room left to save pages for offline reading: the disk or the size limit of the saved copy is full. Everything saved before is kept.</source>
        <translation>Es ist kein Platz mehr, um Seiten zum Offline-Lesen zu speichern: Der Datenträger ist voll oder die Größengrenze der gespeicherten Kopie ist erreicht. Alles bisher Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="49"/>
        <source>The saved copy of this forum is damaged. It will be set aside and started again the next time the forum is opened.</source>
        <translation>Die gespeicherte Kopie dieses Forums ist beschädigt. Sie wird beiseitegelegt und beim nächsten Öffnen des Forums neu angelegt.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="51"/>
        <source>Could not save to the saved copy of this forum: %1</source>
        <translation>In die gespeicherte Kopie dieses Forums konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="92"/>
        <source>The saved copy of this forum could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>Die gespeicherte Kopie dieses Forums konnte nicht gelesen werden, daher wurde eine neue angelegt. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="109"/>
        <source>The saved copy cannot use write-ahead logging.</source>
        <translation>Die gespeicherte Kopie kann kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="126"/>
        <source>Cannot create the copy %1</source>
        <translation>Die Kopie %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="156"/>
        <source>Cannot create the folder for the saved copy: %1</source>
        <translation>Der Ordner für die gespeicherte Kopie kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="173"/>
        <source>The saved copy of this forum cannot be read and cannot be moved aside: %1</source>
        <translation>Die gespeicherte Kopie dieses Forums kann weder gelesen noch beiseitegelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="182"/>
        <source>Cannot open the saved copy of this forum: %1</source>
        <translation>Die gespeicherte Kopie dieses Forums kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="188"/>
        <source>The saved copy of this forum was written by a newer version of Aivizor (format %1; this version reads up to %2). It was left untouched; this session works from the network only.</source>
        <translation>Die gespeicherte Kopie dieses Forums wurde von einer neueren Version von Aivizor geschrieben (Format %1; diese Version liest bis %2). Sie bleibt unverändert; in dieser Sitzung werden Daten nur aus dem Netzwerk geladen.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="201"/>
        <source>Cannot prepare the saved copy of this forum: %1</source>
        <translation>Die gespeicherte Kopie dieses Forums kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="284"/>
        <source>The saved copy is not open.</source>
        <translation>Die gespeicherte Kopie ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicDelegate</name>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="73"/>
        <location filename="../app/feeds/topicdelegate.cpp" line="75"/>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="76"/>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="165"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="165"/>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="254"/>
        <source>Last activity: %1</source>
        <translation>Letzte Aktivität: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="257"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="258"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="259"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n Like</numerusform>
            <numerusform>%n Likes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="264"/>
        <source>Started by %1 (@%2) on %3</source>
        <translation>Begonnen von %1 (@%2) am %3</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicFilterProxy</name>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="61"/>
        <source>, by %1</source>
        <translation>, von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicfilterproxy.cpp" line="63"/>
        <source>, %n reply(s)</source>
        <translation>
            <numerusform>, %n Antwort</numerusform>
            <numerusform>, %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="65"/>
        <source>, pinned</source>
        <translation>, angeheftet</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="67"/>
        <source>, closed</source>
        <translation>, geschlossen</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="69"/>
        <source>, new</source>
        <translation>, neu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicfilterproxy.cpp" line="71"/>
        <source>, %n new post(s)</source>
        <translation>
            <numerusform>, %n neuer Beitrag</numerusform>
            <numerusform>, %n neue Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicLevelButton</name>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="23"/>
        <source>Watching</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="24"/>
        <source>Notified of every reply; the count of new replies shows.</source>
        <translation>Benachrichtigung bei jeder Antwort; die Zahl neuer Antworten wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="25"/>
        <source>Tracking</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="26"/>
        <source>The count of new replies shows; notified when mentioned.</source>
        <translation>Die Zahl neuer Antworten wird angezeigt; Benachrichtigung bei Erwähnung.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="27"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="28"/>
        <source>Notified when mentioned or replied to.</source>
        <translation>Benachrichtigung bei Erwähnung oder Antwort an Sie.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="29"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="30"/>
        <source>Never notified; the topic leaves the unread counts.</source>
        <translation>Nie benachrichtigt; das Thema zählt nicht mehr zu den ungelesenen.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="42"/>
        <source>Notification level of this topic</source>
        <translation>Benachrichtigungsstufe dieses Themas</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="98"/>
        <source>Notification level: %1. %2</source>
        <translation>Benachrichtigungsstufe: %1. %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicListModel</name>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="306"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="308"/>
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n neuer Beitrag</numerusform>
            <numerusform>%n neue Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="326"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="327"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="328"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n Like</numerusform>
            <numerusform>%n Likes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="329"/>
        <source>last activity %1</source>
        <translation>letzte Aktivität %1</translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="331"/>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="333"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="335"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicListPane</name>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="29"/>
        <source>Filter topics by title, tag or author  ( / )</source>
        <translation>Themen nach Titel, Tag oder Autor filtern  ( / )</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="30"/>
        <source>Filter topics</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="38"/>
        <source>Unread Only</source>
        <translation>Nur Ungelesene</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="39"/>
        <source>Show only new and unread topics</source>
        <translation>Nur neue und ungelesene Themen zeigen</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="60"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="225"/>
        <source>These topics were never saved on this computer, and the forum cannot be reached: %1</source>
        <translation>Diese Themen wurden nie auf diesem Computer gespeichert, und das Forum ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="228"/>
        <source>Could not load the topics: %1</source>
        <translation>Die Themen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="223"/>
        <source>Could not load more topics: %1</source>
        <translation>Weitere Themen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="266"/>
        <source>Loading topics…</source>
        <translation>Themen werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="268"/>
        <source>Everything loaded here is read.</source>
        <translation>Alles, was hier geladen ist, ist gelesen.</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="270"/>
        <source>No loaded topic matches “%1”.</source>
        <translation>Kein geladenes Thema passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="272"/>
        <source>There are no topics here yet.</source>
        <translation>Hier gibt es noch keine Themen.</translation>
    </message>
</context>
<context>
    <name>Aivizor::Transport</name>
    <message>
        <location filename="../lib/net/transport.cpp" line="72"/>
        <source>The forum refused the connection.</source>
        <translation>Das Forum hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="75"/>
        <source>The forum&apos;s host name could not be found.</source>
        <translation>Der Hostname des Forums wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="79"/>
        <source>The forum did not answer in time.</source>
        <translation>Das Forum hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="83"/>
        <source>A secure connection to the forum could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Forum hergestellt werden.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="86"/>
        <source>The forum closed the connection unexpectedly.</source>
        <translation>Das Forum hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="89"/>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="209"/>
        <source>Only web images are loaded.</source>
        <translation>Es werden nur Bilder aus dem Web geladen.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="315"/>
        <location filename="../lib/net/transport.cpp" line="485"/>
        <source>The image is larger than %1 bytes.</source>
        <translation>Das Bild ist größer als %1 Byte.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="316"/>
        <location filename="../lib/net/transport.cpp" line="420"/>
        <source>The forum&apos;s answer is larger than %1 bytes.</source>
        <translation>Die Antwort des Forums ist größer als %1 Byte.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="364"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="429"/>
        <source>The forum&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Forums ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="441"/>
        <source>The forum redirected the request too many times.</source>
        <translation>Das Forum hat die Anfrage zu oft umgeleitet.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="442"/>
        <source>The forum sent the request on to another site, which Aivizor does not follow.</source>
        <translation>Das Forum hat die Anfrage an eine andere Website weitergeleitet; Aivizor folgt dem nicht.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="496"/>
        <source>The image could not be decoded.</source>
        <translation>Das Bild konnte nicht dekodiert werden.</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="500"/>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="584"/>
        <source>%1 wrote:</source>
        <translation>%1 schrieb:</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="17"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="22"/>
        <location filename="../lib/files/jsonfile.cpp" line="28"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="33"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="47"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="54"/>
        <source>%1 is damaged (%2 at byte %3).</source>
        <translation>%1 ist beschädigt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="61"/>
        <source>%1 is damaged (not a JSON object).</source>
        <translation>%1 ist beschädigt (kein JSON-Objekt).</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="45"/>
        <location filename="../lib/parse/jsonreader.cpp" line="57"/>
        <location filename="../lib/parse/jsonreader.cpp" line="71"/>
        <source>expected an integer</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="83"/>
        <source>missing required integer</source>
        <translation>erforderliche Ganzzahl fehlt</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="97"/>
        <source>missing required string</source>
        <translation>erforderliche Zeichenkette fehlt</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="101"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="123"/>
        <source>expected a boolean</source>
        <translation>Wahrheitswert erwartet</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="135"/>
        <source>expected an ISO 8601 date</source>
        <translation>Datum nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="150"/>
        <source>expected a hex color</source>
        <translation>hexadezimale Farbe erwartet</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="165"/>
        <source>missing required object</source>
        <translation>erforderliches Objekt fehlt</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="169"/>
        <location filename="../lib/parse/jsonreader.cpp" line="246"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="184"/>
        <source>missing required array</source>
        <translation>erforderliches Array fehlt</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="188"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="232"/>
        <source>expected a tag name or tag object</source>
        <translation>Schlagwortname oder Schlagwortobjekt erwartet</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="46"/>
        <source>A native reader for Discourse forums.</source>
        <translation>Ein nativer Reader für Discourse-Foren.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="51"/>
        <source>Start the bundled demo server and open its community.</source>
        <translation>Den mitgelieferten Demo-Server starten und seine Community öffnen.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="53"/>
        <source>Open the Discourse forum at &lt;url&gt; for anonymous reading.</source>
        <translation>Das Discourse-Forum unter &lt;url&gt; zum anonymen Lesen öffnen.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="56"/>
        <source>Load, save a PNG of the window to &lt;file&gt; and exit.</source>
        <translation>Laden, ein PNG des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="59"/>
        <source>Open topic &lt;id&gt; in the reader.</source>
        <translation>Thema &lt;id&gt; im Reader öffnen.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="74"/>
        <source>A forum or topic address to open, or an aivizor:// link.</source>
        <translation>Eine zu öffnende Forums- oder Themenadresse oder ein aivizor://-Link.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="81"/>
        <source>Give one address at most, not %1.</source>
        <translation>Geben Sie höchstens eine Adresse an, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="91"/>
        <source>--demo, --server and an address cannot be combined.</source>
        <translation>--demo, --server und eine Adresse können nicht kombiniert werden.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="62"/>
        <source>With --screenshot and --open-topic: open the composer with &lt;text&gt;.</source>
        <translation>Mit --screenshot und --open-topic: den Editor mit &lt;text&gt; öffnen.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="65"/>
        <source>With --screenshot: window size, e.g. 1280x800.</source>
        <translation>Mit --screenshot: Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="68"/>
        <source>Use a dark color scheme.</source>
        <translation>Ein dunkles Farbschema verwenden.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="70"/>
        <source>User interface language: de, ru or en.</source>
        <translation>Sprache der Oberfläche: de, ru oder en.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="98"/>
        <source>Not a valid forum address: %1</source>
        <translation>Keine gültige Forenadresse: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="107"/>
        <source>Not a valid topic id: %1</source>
        <translation>Keine gültige Themen-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="117"/>
        <source>Not a valid size (use WIDTHxHEIGHT): %1</source>
        <translation>Keine gültige Größe (BREITExHÖHE verwenden): %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="128"/>
        <source>Unsupported language: %1 (use de, ru or en)</source>
        <translation>Nicht unterstützte Sprache: %1 (de, ru oder en verwenden)</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../lib/render/markdownpreview.cpp" line="53"/>
        <source>&lt;p&gt;The preview could not be rendered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Vorschau konnte nicht erstellt werden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <location filename="../lib/parse/communityparser.cpp" line="57"/>
        <location filename="../lib/parse/notificationparser.cpp" line="77"/>
        <location filename="../lib/parse/postparser.cpp" line="12"/>
        <location filename="../lib/parse/searchparser.cpp" line="50"/>
        <location filename="../lib/parse/topiclistparser.cpp" line="85"/>
        <location filename="../lib/parse/topicparser.cpp" line="15"/>
        <location filename="../lib/parse/userparser.cpp" line="23"/>
        <source>the response is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../lib/parse/notificationparser.cpp" line="95"/>
        <location filename="../lib/parse/trackingstateparser.cpp" line="14"/>
        <source>the response is not a JSON array</source>
        <translation>die Antwort ist kein JSON-Array</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../lib/net/apierror.cpp" line="120"/>
        <source>The forum asked us to slow down. Try again later.</source>
        <translation>Das Forum bittet um weniger Anfragen. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="20"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="22"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="24"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="26"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="28"/>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="29"/>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="44"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="57"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="60"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="63"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="66"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="68"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="69"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadHtml</name>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="78"/>
        <source>Show the rest</source>
        <translation>Den Rest zeigen</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="79"/>
        <source>(%1% of this post is shown)</source>
        <translation>(%1 % dieses Beitrags werden gezeigt)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="113"/>
        <source>closed this topic</source>
        <translation>hat dieses Thema geschlossen</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="115"/>
        <source>opened this topic</source>
        <translation>hat dieses Thema geöffnet</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="117"/>
        <source>pinned this topic</source>
        <translation>hat dieses Thema angeheftet</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="119"/>
        <source>unpinned this topic</source>
        <translation>hat dieses Thema losgelöst</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="121"/>
        <source>archived this topic</source>
        <translation>hat dieses Thema archiviert</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="123"/>
        <source>unlisted this topic</source>
        <translation>hat dieses Thema unsichtbar gemacht</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="125"/>
        <source>listed this topic</source>
        <translation>hat dieses Thema sichtbar gemacht</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="127"/>
        <source>changed this topic (%1)</source>
        <translation>hat dieses Thema geändert (%1)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="142"/>
        <source>You like this post. Click to take the like back.</source>
        <translation>Ihnen gefällt dieser Beitrag. Klicken, um „Gefällt mir“ zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="142"/>
        <source>Like this post</source>
        <translation>„Gefällt mir“ für diesen Beitrag</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="152"/>
        <source>Reply to this post (r replies to the topic)</source>
        <translation>Auf diesen Beitrag antworten (r antwortet auf das Thema)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="153"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="169"/>
        <source>Show the topics of %1</source>
        <translation>Die Themen von %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="178"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="180"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="182"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="188"/>
        <source>Show topics tagged %1</source>
        <translation>Themen mit dem Schlagwort %1 anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="224"/>
        <location filename="../app/reader/threadhtml.cpp" line="272"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n Like</numerusform>
            <numerusform>%n Likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="228"/>
        <source>%n reply(s)</source>
        <comment>counter</comment>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="229"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="231"/>
        <source>Replies (%1)</source>
        <translation>Antworten (%1)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="233"/>
        <source>No replies in this topic yet.</source>
        <translation>In diesem Thema gibt es noch keine Antworten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="240"/>
        <source>%n earlier reply(s) not loaded. Scroll up to load them.</source>
        <translation>
            <numerusform>%n frühere Antwort nicht geladen. Nach oben scrollen, um sie zu laden.</numerusform>
            <numerusform>%n frühere Antworten nicht geladen. Nach oben scrollen, um sie zu laden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="250"/>
        <source>New since your last visit</source>
        <translation>Neu seit Ihrem letzten Besuch</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="260"/>
        <source>post #%1</source>
        <translation>Beitrag #%1</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="263"/>
        <source>in reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="264"/>
        <source>Go to post #%1</source>
        <translation>Zu Beitrag #%1 springen</translation>
    </message>
</context>
<context>
    <name>UserApiKeyRequest</name>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="133"/>
        <source>The forum address is not a valid http(s) URL.</source>
        <translation>Die Forumsadresse ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="137"/>
        <source>The authorization request is missing the application name, client id or scopes.</source>
        <translation>In der Autorisierungsanfrage fehlen der Anwendungsname, die Client-ID oder die Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="141"/>
        <source>The authorization redirect address is not valid.</source>
        <translation>Die Weiterleitungsadresse für die Autorisierung ist nicht gültig.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="155"/>
        <source>Could not create the encryption key for the authorization.</source>
        <translation>Der Verschlüsselungsschlüssel für die Autorisierung konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="202"/>
        <source>No authorization is in progress; start it again.</source>
        <translation>Es läuft keine Autorisierung; starten Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="211"/>
        <source>The authorization payload is empty.</source>
        <translation>Die Autorisierungsdaten sind leer.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="216"/>
        <source>The authorization payload is not valid Base64 text. Copy it again, completely.</source>
        <translation>Die Autorisierungsdaten sind kein gültiger Base64-Text. Kopieren Sie sie erneut und vollständig.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="221"/>
        <source>The authorization payload has the wrong length (%1 bytes instead of %2). Copy it again, completely.</source>
        <translation>Die Autorisierungsdaten haben die falsche Länge (%1 Byte statt %2). Kopieren Sie sie erneut und vollständig.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="232"/>
        <source>The authorization payload could not be decrypted. It may belong to an earlier authorization attempt; start again.</source>
        <translation>Die Autorisierungsdaten konnten nicht entschlüsselt werden. Sie gehören vielleicht zu einem früheren Autorisierungsversuch; starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="241"/>
        <source>The decrypted authorization payload does not contain an API key.</source>
        <translation>Die entschlüsselten Autorisierungsdaten enthalten keinen API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="245"/>
        <source>The authorization payload does not match this request (wrong nonce). Start the authorization again.</source>
        <translation>Die Autorisierungsdaten passen nicht zu dieser Anfrage (falsche Nonce). Starten Sie die Autorisierung erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>Aivizor</source>
        <translation>Aivizor</translation>
    </message>
</context>
</TS>
