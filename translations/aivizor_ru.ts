<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Aivizor::AboutDialog</name>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="29"/>
        <source>About Aivizor</source>
        <translation>О программе Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="38"/>
        <source>Aivizor icon</source>
        <translation>Значок Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="40"/>
        <source>Aivizor</source>
        <translation>Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="45"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="47"/>
        <source>A native desktop reader for Discourse forums.</source>
        <translation>Нативный настольный клиент для чтения форумов Discourse.</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="49"/>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>Свободное программное обеспечение под лицензией &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt; версии 3 или (по вашему выбору) любой более поздней версии (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="58"/>
        <source>Built with Qt %1.</source>
        <translation>Собрано с Qt %1.</translation>
    </message>
    <message>
        <location filename="../app/shell/aboutdialog.cpp" line="59"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Собрано с Qt %1, работает на Qt %2.</translation>
    </message>
</context>
<context>
    <name>Aivizor::AccountController</name>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="24"/>
        <source>Sign &amp;In…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="27"/>
        <source>Sign &amp;Out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="76"/>
        <source>Could not start a web browser; open the link in the sign-in window yourself.</source>
        <translation>Не удалось запустить браузер; откройте ссылку из окна входа вручную.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="80"/>
        <source>Signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="91"/>
        <source>Signed out %1.</source>
        <translation>%1: выход выполнен.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="92"/>
        <source>Signed out %1, but the forum did not confirm that the key was revoked: %2</source>
        <translation>%1: выход выполнен, но форум не подтвердил отзыв ключа: %2</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="102"/>
        <source>The demo server left no credentials; reading only.</source>
        <translation>Демо-сервер не оставил учётных данных; только чтение.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="109"/>
        <source>The demo credentials are unreadable; reading only.</source>
        <translation>Учётные данные демо не читаются; только чтение.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="117"/>
        <source>No Keychain Available</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="118"/>
        <source>Aivizor cannot store the key for %1 in the system keychain:
%2

It never writes keys to a plain file. Keep the key for this session only (you sign in again after a restart), or do not keep it (you stay signed out)?</source>
        <translation>Aivizor не может сохранить ключ для %1 в системной связке ключей:
%2

Ключи никогда не записываются в обычный файл. Сохранить ключ только на этот сеанс (после перезапуска нужно войти снова) или не сохранять его (вы останетесь не в системе)?</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="125"/>
        <source>Keep for This Session</source>
        <translation>Сохранить на этот сеанс</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="127"/>
        <source>Do Not Keep</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="183"/>
        <source>Signed in as %1</source>
        <translation>Вход: %1</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="184"/>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="186"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="187"/>
        <source>Sign in to reply and like posts</source>
        <translation>Войдите, чтобы отвечать и отмечать сообщения «нравится»</translation>
    </message>
</context>
<context>
    <name>Aivizor::AlertKind</name>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="58"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="59"/>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="60"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="61"/>
        <source>Private messages</source>
        <translation>Личные сообщения</translation>
    </message>
    <message>
        <location filename="../lib/notifications/alertkind.cpp" line="62"/>
        <source>Likes</source>
        <translation>Лайки</translation>
    </message>
</context>
<context>
    <name>Aivizor::ApiError</name>
    <message>
        <location filename="../lib/net/apierror.cpp" line="29"/>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="30"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="31"/>
        <source>Access denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="32"/>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="33"/>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="34"/>
        <source>Network error</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="35"/>
        <source>Unexpected response</source>
        <translation>Неожиданный ответ</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="36"/>
        <source>Request rejected</source>
        <translation>Запрос отклонён</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="37"/>
        <source>Response too large</source>
        <translation>Слишком большой ответ</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="38"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="39"/>
        <source>Saved copy unavailable</source>
        <translation>Сохранённая копия недоступна</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="40"/>
        <source>Cannot be sent</source>
        <translation>Невозможно отправить</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="105"/>
        <source>The page or topic does not exist, or you need to log in to see it.</source>
        <translation>Страница или тема не существует, либо для её просмотра нужно войти.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="109"/>
        <source>This forum requires you to log in.</source>
        <translation>Этот форум требует входа.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="110"/>
        <source>You are not allowed to see this.</source>
        <translation>У вас нет доступа к этому.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/net/apierror.cpp" line="117"/>
        <source>The forum asked us to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>Форум просит снизить частоту запросов. Повторите через %n секунду.</numerusform>
            <numerusform>Форум просит снизить частоту запросов. Повторите через %n секунды.</numerusform>
            <numerusform>Форум просит снизить частоту запросов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="124"/>
        <source>The forum is in read-only mode.</source>
        <translation>Форум работает в режиме только для чтения.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="125"/>
        <source>The forum had an internal error (HTTP %1).</source>
        <translation>На форуме произошла внутренняя ошибка (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="128"/>
        <source>The forum rejected the request (HTTP %1).</source>
        <translation>Форум отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="132"/>
        <source>Unexpected HTTP status %1.</source>
        <translation>Неожиданный HTTP-статус %1.</translation>
    </message>
</context>
<context>
    <name>Aivizor::CommunityDelegate</name>
    <message>
        <location filename="../app/feeds/communitydelegate.cpp" line="70"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::CommunityPane</name>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="30"/>
        <source>Communities</source>
        <translation>Сообщества</translation>
    </message>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="32"/>
        <source>The forum&apos;s feeds and communities</source>
        <translation>Ленты и сообщества форума</translation>
    </message>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="103"/>
        <source>Could not load the communities: %1</source>
        <translation>Не удалось загрузить сообщества: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ComposerWidget</name>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="45"/>
        <source>Composer</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="57"/>
        <source>Title of the new topic</source>
        <translation>Заголовок новой темы</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="58"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="61"/>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="64"/>
        <source>tags, separated by commas</source>
        <translation>теги через запятую</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="65"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="71"/>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="75"/>
        <source>&amp;Community:</source>
        <translation>Соо&amp;бщество:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="82"/>
        <location filename="../app/composer/composerwidget.cpp" line="289"/>
        <source>Reply text (Markdown)</source>
        <translation>Текст ответа (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="83"/>
        <source>Write your reply in Markdown. Ctrl+Enter sends, Esc hides.</source>
        <translation>Напишите ответ в Markdown. Ctrl+Enter — отправить, Esc — скрыть.</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="89"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="110"/>
        <source>Cancel Sending</source>
        <translation>Отменить отправку</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="113"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="114"/>
        <source>Hide the composer; the draft is kept (Esc)</source>
        <translation>Скрыть редактор; черновик сохраняется (Esc)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="115"/>
        <location filename="../app/composer/composerwidget.cpp" line="387"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="118"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="161"/>
        <source>Reply to the topic</source>
        <translation>Ответить в теме</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="189"/>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="189"/>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="193"/>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="193"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="195"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="195"/>
        <source>Insert a link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="197"/>
        <source>Insert Link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="197"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="202"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="202"/>
        <source>Quote the selected lines</source>
        <translation>Процитировать выделенные строки</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="203"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="203"/>
        <source>Format as code</source>
        <translation>Оформить как код</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="205"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="205"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="209"/>
        <source>Pop Out</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="210"/>
        <source>Move the composer into its own window, or back under the reader</source>
        <translation>Перенести редактор в отдельное окно или обратно под область чтения</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="269"/>
        <source>(default community)</source>
        <translation>(сообщество по умолчанию)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="289"/>
        <source>Topic text (Markdown)</source>
        <translation>Текст темы (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="291"/>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="387"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="394"/>
        <source>In the Outbox</source>
        <translation>В исходящих</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="404"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/composer/composerwidget.cpp" line="418"/>
        <source>The forum asks to wait: sending again in %n second(s).</source>
        <translation>
            <numerusform>Форум просит подождать: повторная отправка через %n секунду.</numerusform>
            <numerusform>Форум просит подождать: повторная отправка через %n секунды.</numerusform>
            <numerusform>Форум просит подождать: повторная отправка через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="473"/>
        <source>The preview appears here.</source>
        <translation>Здесь появится предпросмотр.</translation>
    </message>
</context>
<context>
    <name>Aivizor::DemoServer</name>
    <message numerus="yes">
        <location filename="../app/demo/demoserver.cpp" line="17"/>
        <source>The demo server did not report its address within %n second(s).</source>
        <translation>
            <numerusform>Демо-сервер не сообщил свой адрес за %n секунду.</numerusform>
            <numerusform>Демо-сервер не сообщил свой адрес за %n секунды.</numerusform>
            <numerusform>Демо-сервер не сообщил свой адрес за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="61"/>
        <source>The demo server (aivizor-server) was not found next to the application or in PATH.</source>
        <translation>Демо-сервер (aivizor-server) не найден ни рядом с приложением, ни в PATH.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="69"/>
        <source>Cannot create the demo server&apos;s data folder %1.</source>
        <translation>Не удаётся создать папку данных демо-сервера %1.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="100"/>
        <source>The demo server printed no address.</source>
        <translation>Демо-сервер не вывел адрес.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="106"/>
        <source>The demo server printed an unexpected first line: %1</source>
        <translation>Демо-сервер вывел неожиданную первую строку: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="120"/>
        <source>The demo server could not be started: %1</source>
        <translation>Не удалось запустить демо-сервер: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="129"/>
        <source>The demo server crashed while starting.</source>
        <translation>Демо-сервер аварийно завершился при запуске.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="130"/>
        <source>The demo server exited while starting (exit code %1).</source>
        <translation>Демо-сервер завершился при запуске (код выхода %1).</translation>
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
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>Aivizor::DiscussionPane</name>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="83"/>
        <source>Composer</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="89"/>
        <source>Dock</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="102"/>
        <source>Pop Out</source>
        <translation>Открепить</translation>
    </message>
</context>
<context>
    <name>Aivizor::DraftJournal</name>
    <message>
        <location filename="../lib/drafts/draftjournal.cpp" line="101"/>
        <location filename="../lib/drafts/draftjournal.cpp" line="118"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::DraftStore</name>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="40"/>
        <source>it is not an Aivizor draft</source>
        <translation>это не черновик Aivizor</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="42"/>
        <source>it belongs to a different draft</source>
        <translation>он относится к другому черновику</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="45"/>
        <source>the text is missing</source>
        <translation>отсутствует текст</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="48"/>
        <source>the tags are not a list</source>
        <translation>теги не являются списком</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="56"/>
        <source>the tags are not a list of names</source>
        <translation>теги не являются списком названий</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="135"/>
        <location filename="../lib/drafts/draftstore.cpp" line="192"/>
        <location filename="../lib/drafts/draftstore.cpp" line="260"/>
        <source>“%1” cannot be used as a draft name.</source>
        <translation>«%1» нельзя использовать как имя черновика.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="150"/>
        <location filename="../lib/drafts/draftstore.cpp" line="179"/>
        <source>The draft could not be saved. %1</source>
        <translation>Не удалось сохранить черновик. %1</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="228"/>
        <source>The draft %1 was saved by a newer version of Aivizor (format %2) and was left as it is.</source>
        <translation>Черновик %1 сохранён более новой версией Aivizor (формат %2) и оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="234"/>
        <source>it has no valid format version</source>
        <translation>у него нет допустимой версии формата</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="239"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 повреждён: %2.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="249"/>
        <source>The draft could not be read. %1 It could not be renamed either; it was left in place.</source>
        <translation>Не удалось прочитать черновик. %1 Переименовать его тоже не удалось; он оставлен на месте.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="251"/>
        <source>The draft could not be read. %1 It was kept as %2.</source>
        <translation>Не удалось прочитать черновик. %1 Он сохранён как %2.</translation>
    </message>
    <message>
        <location filename="../lib/drafts/draftstore.cpp" line="267"/>
        <source>The draft could not be deleted: %1</source>
        <translation>Не удалось удалить черновик: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ErrorBanner</name>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="18"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="23"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="31"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>Aivizor::FeedMenus</name>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="104"/>
        <source>Open in &amp;Browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="106"/>
        <source>Could not start a web browser for %1</source>
        <translation>Не удалось запустить веб-браузер для %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="109"/>
        <source>Copy &amp;Link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="111"/>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="131"/>
        <source>Make Available &amp;Offline</source>
        <translation>Сделать доступным &amp;офлайн</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="150"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="155"/>
        <source>Copy &amp;Title</source>
        <translation>Копировать &amp;заголовок</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="171"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedmenus.cpp" line="176"/>
        <source>&amp;Quote</source>
        <translation>&amp;Цитировать</translation>
    </message>
</context>
<context>
    <name>Aivizor::FeedTreeModel</name>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="41"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанная</numerusform>
            <numerusform>%n непрочитанные</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="43"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новые</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="107"/>
        <source>Latest</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="109"/>
        <source>Top</source>
        <translation>Популярные</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="112"/>
        <source>Community %1</source>
        <translation>Сообщество %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="117"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="119"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="270"/>
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n тема</numerusform>
            <numerusform>%1, %n темы</numerusform>
            <numerusform>%1, %n тем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="281"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="288"/>
        <source>All communities of this forum</source>
        <translation>Все сообщества этого форума</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="290"/>
        <source>Topics with the most recent activity</source>
        <translation>Темы с самой свежей активностью</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="292"/>
        <source>The most active topics</source>
        <translation>Самые активные темы</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="294"/>
        <source>Topics you have not opened yet</source>
        <translation>Темы, которые вы ещё не открывали</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="296"/>
        <source>Topics with posts you have not read</source>
        <translation>Темы с непрочитанными сообщениями</translation>
    </message>
</context>
<context>
    <name>Aivizor::FindBar</name>
    <message>
        <location filename="../app/reader/findbar.cpp" line="24"/>
        <location filename="../app/reader/findbar.cpp" line="26"/>
        <source>Find in topic</source>
        <translation>Поиск в теме</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="27"/>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="32"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="33"/>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="36"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="37"/>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="40"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="41"/>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="154"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/findbar.cpp" line="156"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumClient</name>
    <message>
        <location filename="../lib/net/forumclient.cpp" line="35"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Форум прислал неожиданный ответ: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumRegistry</name>
    <message>
        <location filename="../lib/session/forumregistry.cpp" line="226"/>
        <source>%1 on %2</source>
        <extracomment>forum list entry: &quot;username on forum.example.org&quot;</extracomment>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumStore</name>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="31"/>
        <source>There is no saved copy of this yet.</source>
        <translation>Сохранённой копии этого пока нет.</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="38"/>
        <source>The saved copy of this forum is not open.</source>
        <translation>Сохранённая копия этого форума не открыта.</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="45"/>
        <source>Could not read the saved copy of this forum: %1</source>
        <translation>Не удалось прочитать сохранённую копию этого форума: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="52"/>
        <source>This part of the saved copy is damaged; it will be fetched again.</source>
        <translation>Эта часть сохранённой копии повреждена; она будет загружена заново.</translation>
    </message>
    <message>
        <location filename="../lib/store/forumstore.cpp" line="241"/>
        <source>Cannot open the saved copy of this forum: %1</source>
        <translation>Не удаётся открыть сохранённую копию этого форума: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumWriter</name>
    <message>
        <location filename="../lib/net/forumwriter.cpp" line="24"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Форум прислал неожиданный ответ: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::KeychainCredentialStore</name>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="58"/>
        <source>No saved key for this account.</source>
        <translation>Для этой учётной записи нет сохранённого ключа.</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="64"/>
        <source>No keychain is available on this system (%1).</source>
        <translation>В этой системе нет доступной связки ключей (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="69"/>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Доступ к связке ключей запрещён (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="75"/>
        <source>The saved key could not be deleted (%1).</source>
        <translation>Не удалось удалить сохранённый ключ (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="76"/>
        <source>The keychain reported an error (%1).</source>
        <translation>Связка ключей сообщила об ошибке (%1).</translation>
    </message>
</context>
<context>
    <name>Aivizor::Lightbox</name>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="24"/>
        <source>Picture viewer</source>
        <translation>Просмотр изображений</translation>
    </message>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="144"/>
        <source>Loading picture…</source>
        <translation>Загрузка изображения…</translation>
    </message>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="150"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../app/reader/lightbox.cpp" line="156"/>
        <source>Esc closes · ← → other pictures · wheel or +/− zooms · 0 fits</source>
        <translation>Esc — закрыть · ← → другие изображения · колесо или +/− — масштаб · 0 — по размеру окна</translation>
    </message>
</context>
<context>
    <name>Aivizor::LocalSearch</name>
    <message>
        <location filename="../lib/search/localsearch.cpp" line="42"/>
        <source>Cannot open the saved copy: %1</source>
        <translation>Не удаётся открыть сохранённую копию: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::LoopbackReceiver</name>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="27"/>
        <source>Could not wait for the browser&apos;s answer: %1</source>
        <translation>Не удалось дождаться ответа браузера: %1</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="71"/>
        <source>The request was too large.</source>
        <translation>Запрос слишком большой.</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="81"/>
        <source>Unexpected request.</source>
        <translation>Неожиданный запрос.</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="87"/>
        <source>Nothing here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <location filename="../lib/signin/loopbackreceiver.cpp" line="90"/>
        <source>Aivizor received the forum&apos;s answer. You can close this tab.</source>
        <translation>Aivizor получил ответ форума. Эту вкладку можно закрыть.</translation>
    </message>
</context>
<context>
    <name>Aivizor::MainActions</name>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="18"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="20"/>
        <source>Reload the current feed (F5)</source>
        <translation>Перезагрузить текущую ленту (F5)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="22"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="24"/>
        <source>Go back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="26"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="28"/>
        <source>Go forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="30"/>
        <source>Open in &amp;Browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="32"/>
        <source>Open the current topic or feed in the web browser</source>
        <translation>Открыть текущую тему или ленту в веб-браузере</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="34"/>
        <source>Copy &amp;Link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="36"/>
        <source>Copy the address of the current topic or feed (Ctrl+L)</source>
        <translation>Скопировать адрес текущей темы или ленты (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="38"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="41"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="43"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="46"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="50"/>
        <source>&amp;Next Topic</source>
        <translation>&amp;Следующая тема</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="52"/>
        <source>&amp;Previous Topic</source>
        <translation>&amp;Предыдущая тема</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="55"/>
        <source>Communities</source>
        <translation>Сообщества</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="57"/>
        <source>Topic List</source>
        <translation>Список тем</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="59"/>
        <source>Reader</source>
        <translation>Читалка</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="61"/>
        <source>&amp;Filter Topics</source>
        <translation>&amp;Фильтр тем</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="65"/>
        <source>&amp;Search Forum…</source>
        <translation>&amp;Поиск по форуму…</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="68"/>
        <source>&amp;Go To…</source>
        <translation>П&amp;ерейти к…</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="72"/>
        <source>Make Community Available &amp;Offline</source>
        <translation>Сделать сообщество доступным &amp;офлайн</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="74"/>
        <source>Save the latest topics of the community shown, with their posts and pictures, for reading without a connection</source>
        <translation>Сохранить последние темы показанного сообщества с сообщениями и изображениями для чтения без подключения</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="77"/>
        <source>&amp;Latest</source>
        <translation>Н&amp;овые</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="78"/>
        <source>&amp;Top</source>
        <translation>Попу&amp;лярные</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="80"/>
        <source>&amp;About Aivizor</source>
        <translation>&amp;О программе Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="82"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="85"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="89"/>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="121"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="130"/>
        <source>&amp;Focus</source>
        <translation>Фо&amp;кус</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="135"/>
        <source>&amp;Go</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="147"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>Aivizor::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>Main Toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>Reader</source>
        <translation>Читалка</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>Next post</source>
        <translation>Следующее сообщение</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>Previous post</source>
        <translation>Предыдущее сообщение</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>First post</source>
        <translation>Первое сообщение</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Last post</source>
        <translation>Последнее сообщение</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>Jump to a post number</source>
        <translation>Перейти к сообщению по номеру</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Find in the topic</source>
        <translation>Найти в теме</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Reply to the topic</source>
        <translation>Ответить в теме</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>Quote the selected text</source>
        <translation>Цитировать выделенный текст</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>communities</source>
        <translation>сообщества</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <location filename="../app/mainwindow.cpp" line="745"/>
        <source>topics</source>
        <translation>темы</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>topic</source>
        <translation>тему</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>&amp;Mark</source>
        <translation>&amp;Отметить</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>&amp;New Topic…</source>
        <translation>&amp;Новая тема…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="318"/>
        <source>Could not start a web browser for %1</source>
        <translation>Не удалось запустить веб-браузер для %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="325"/>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="718"/>
        <source>Offline — retrying</source>
        <translation>Нет связи — повторная попытка</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="719"/>
        <source>%1 — retrying</source>
        <translation>%1 — повторная попытка</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="721"/>
        <source>%1
Next try at %2.</source>
        <translation>%1
Следующая попытка в %2.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="463"/>
        <location filename="../app/mainwindow.cpp" line="739"/>
        <source>Starting the demo server…</source>
        <translation>Запуск демо-сервера…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="547"/>
        <source>Aivizor</source>
        <translation>Aivizor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="713"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="680"/>
        <source>Could not load the %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="706"/>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="710"/>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="741"/>
        <source>Loading communities…</source>
        <translation>Загрузка сообществ…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="743"/>
        <source>Loading %1…</source>
        <translation>Загрузка: %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="747"/>
        <source>Loading topic…</source>
        <translation>Загрузка темы…</translation>
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
        <translation>В этой системе нет доступной связки ключей.</translation>
    </message>
    <message>
        <location filename="../lib/credentials/memorycredentialstore.cpp" line="24"/>
        <source>No saved key for this account.</source>
        <translation>Для этой учётной записи нет сохранённого ключа.</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationBell</name>
    <message numerus="yes">
        <location filename="../app/notifications/notificationbell.cpp" line="24"/>
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Уведомления: %n непрочитанное</numerusform>
            <numerusform>Уведомления: %n непрочитанных</numerusform>
            <numerusform>Уведомления: %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationbell.cpp" line="24"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationController</name>
    <message>
        <location filename="../app/notifications/notificationcontroller.cpp" line="42"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationcontroller.cpp" line="164"/>
        <source>%1 did not mark the notifications read, so they show as unread again: %2</source>
        <translation>%1 не отметил уведомления прочитанными, поэтому они снова показаны непрочитанными: %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationPanel</name>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="75"/>
        <location filename="../app/notifications/notificationpanel.cpp" line="78"/>
        <location filename="../app/notifications/notificationpanel.cpp" line="103"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="82"/>
        <source>Mark &amp;Read</source>
        <translation>Отметить &amp;прочитанным</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="84"/>
        <source>Mark &amp;All Read</source>
        <translation>Отметить &amp;все прочитанными</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationpanel.cpp" line="95"/>
        <source>No notifications. Replies, mentions, quotes, likes and messages will appear here.</source>
        <translation>Уведомлений нет. Здесь появятся ответы, упоминания, цитаты, лайки и сообщения.</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationText</name>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="9"/>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="12"/>
        <source>%1 replied to you</source>
        <translation>%1 ответил(а) вам</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="13"/>
        <source>%1 mentioned you</source>
        <translation>%1 упомянул(а) вас</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="14"/>
        <source>%1 mentioned your group</source>
        <translation>%1 упомянул(а) вашу группу</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="15"/>
        <source>%1 quoted you</source>
        <translation>%1 процитировал(а) вас</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="16"/>
        <source>%1 edited your post</source>
        <translation>%1 отредактировал(а) ваше сообщение</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="18"/>
        <source>%1 liked your post</source>
        <translation>%1 понравилось ваше сообщение</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="19"/>
        <source>%1 sent you a message</source>
        <translation>%1 отправил(а) вам сообщение</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="21"/>
        <source>%1 invited you to a message</source>
        <translation>%1 пригласил(а) вас в переписку</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="22"/>
        <source>%1 posted in a topic you watch</source>
        <translation>%1 написал(а) в теме, за которой вы наблюдаете</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="23"/>
        <source>%1 linked to your post</source>
        <translation>%1 сослался(лась) на ваше сообщение</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="24"/>
        <source>You were granted a badge</source>
        <translation>Вы получили значок</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="25"/>
        <source>%1 started a new topic</source>
        <translation>%1 начал(а) новую тему</translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtext.cpp" line="28"/>
        <source>News from %1</source>
        <translation>Новости от %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationTray</name>
    <message>
        <location filename="../app/notifications/notificationtray.cpp" line="22"/>
        <source>&amp;Show Aivizor</source>
        <translation>&amp;Показать Aivizor</translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationtray.cpp" line="24"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notifications/notificationtray.cpp" line="44"/>
        <source>Aivizor: %n unread notification(s)</source>
        <translation>
            <numerusform>Aivizor: %n непрочитанное уведомление</numerusform>
            <numerusform>Aivizor: %n непрочитанных уведомления</numerusform>
            <numerusform>Aivizor: %n непрочитанных уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notifications/notificationtray.cpp" line="44"/>
        <source>Aivizor: no unread notifications</source>
        <translation>Aivizor: непрочитанных уведомлений нет</translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationTreeModel</name>
    <message numerus="yes">
        <location filename="../lib/notifications/notificationtreemodel.cpp" line="191"/>
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n непрочитанное)</numerusform>
            <numerusform>%1 (%n непрочитанных)</numerusform>
            <numerusform>%1 (%n непрочитанных)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/notifications/notificationtreemodel.cpp" line="213"/>
        <source>Unread: %1</source>
        <translation>Непрочитанное: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::OfflineController</name>
    <message>
        <location filename="../app/shell/offlinecontroller.cpp" line="45"/>
        <source>Could not save the community for offline reading: %1</source>
        <translation>Не удалось сохранить сообщество для чтения офлайн: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/offlinecontroller.cpp" line="49"/>
        <source>%1 is saved for offline reading.</source>
        <translation>%1: сохранено для чтения офлайн.</translation>
    </message>
    <message>
        <location filename="../app/shell/offlinecontroller.cpp" line="49"/>
        <source>The community</source>
        <translation>Сообщество</translation>
    </message>
</context>
<context>
    <name>Aivizor::OfflineDownload</name>
    <message>
        <location filename="../lib/store/offlinedownload.cpp" line="122"/>
        <source>The saved copy of this forum is not open.</source>
        <translation>Сохранённая копия этого форума не открыта.</translation>
    </message>
</context>
<context>
    <name>Aivizor::OfflineProgress</name>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="29"/>
        <source>Stop saving for offline reading; what is saved stays</source>
        <translation>Прекратить сохранение для чтения офлайн; уже сохранённое останется</translation>
    </message>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="57"/>
        <source>Saving for offline reading: %1 of %2</source>
        <translation>Сохранение для чтения офлайн: %1 из %2</translation>
    </message>
    <message>
        <location filename="../app/widgets/offlineprogress.cpp" line="58"/>
        <source>Saving %1 for offline reading: %2 of %3</source>
        <translation>Сохранение «%1» для чтения офлайн: %2 из %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/widgets/offlineprogress.cpp" line="60"/>
        <source>%n topic(s) could not be saved.</source>
        <translation>
            <numerusform>Не удалось сохранить %n тему.</numerusform>
            <numerusform>Не удалось сохранить %n темы.</numerusform>
            <numerusform>Не удалось сохранить %n тем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::Outbox</name>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="113"/>
        <source>The forum address is not valid.</source>
        <translation>Неверный адрес форума.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="283"/>
        <source>The outbox could not be saved. %1</source>
        <translation>Не удалось сохранить исходящие. %1</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="302"/>
        <source>%1 is not an Aivizor outbox.</source>
        <translation>%1 — не исходящие Aivizor.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="304"/>
        <source>%1 was saved by a newer version of Aivizor.</source>
        <translation>%1 сохранён более новой версией Aivizor.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="306"/>
        <source>%1 has no valid format version.</source>
        <translation>У %1 нет допустимой версии формата.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/posting/outbox.cpp" line="324"/>
        <source>%n damaged entries in %1 were skipped.</source>
        <translation>
            <numerusform>%n повреждённая запись в %1 пропущена.</numerusform>
            <numerusform>%n повреждённые записи в %1 пропущены.</numerusform>
            <numerusform>%n повреждённых записей в %1 пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="332"/>
        <source>The outbox could not be read completely. %1</source>
        <translation>Не удалось полностью прочитать исходящие. %1</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="333"/>
        <source>The outbox could not be read completely. %1 The original was kept as %2.</source>
        <translation>Не удалось полностью прочитать исходящие. %1 Оригинал сохранён как %2.</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="347"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="348"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="349"/>
        <source>Waiting (the forum asked to slow down)</source>
        <translation>Ожидает (форум просит снизить частоту)</translation>
    </message>
    <message>
        <location filename="../lib/posting/outbox.cpp" line="350"/>
        <source>Not accepted; edit and send again</source>
        <translation>Не принято; измените и отправьте снова</translation>
    </message>
</context>
<context>
    <name>Aivizor::OutboxButton</name>
    <message>
        <location filename="../app/composer/outboxbutton.cpp" line="14"/>
        <source>Posts waiting to be sent</source>
        <translation>Сообщения, ожидающие отправки</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxbutton.cpp" line="42"/>
        <source>Outbox (%1)</source>
        <translation>Исходящие (%1)</translation>
    </message>
</context>
<context>
    <name>Aivizor::OutboxDialog</name>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="22"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Post</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Next Attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="27"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="34"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="35"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="36"/>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="76"/>
        <source>Topic %1: %2</source>
        <translation>Тема %1: %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::PostBrowser</name>
    <message>
        <location filename="../app/reader/postbrowser.cpp" line="18"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>Aivizor::PreferencesDialog</name>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="39"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="49"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="65"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="110"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="115"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="116"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="117"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="118"/>
        <source>&amp;Theme:</source>
        <translation>Цветовая &amp;схема:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="122"/>
        <source>Reader font</source>
        <translation>Шрифт читалки</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="125"/>
        <source>Reader font size</source>
        <translation>Размер шрифта читалки</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="126"/>
        <source>&amp;Reader font:</source>
        <translation>Шрифт &amp;читалки:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="132"/>
        <source>Topic list font</source>
        <translation>Шрифт списка тем</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="135"/>
        <source>Topic list font size</source>
        <translation>Размер шрифта списка тем</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="136"/>
        <source>Topic &amp;list font:</source>
        <translation>Шрифт списка &amp;тем:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="144"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="149"/>
        <source>Never load</source>
        <translation>Никогда не загружать</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="150"/>
        <source>Ask for each topic</source>
        <translation>Спрашивать для каждой темы</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="151"/>
        <source>Always load</source>
        <translation>Всегда загружать</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="152"/>
        <source>Images stored on other servers than the forum tell those servers what you read.</source>
        <translation>Изображения, размещённые не на сервере форума, сообщают своим серверам, что вы читаете.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="153"/>
        <source>&amp;Images from other hosts:</source>
        <translation>&amp;Изображения с других серверов:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="158"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="159"/>
        <source>How long the forum may stay silent before a request fails. Takes effect when a forum is opened.</source>
        <translation>Сколько форум может молчать, прежде чем запрос завершится ошибкой. Применяется при открытии форума.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="161"/>
        <source>&amp;Network timeout:</source>
        <translation>&amp;Время ожидания сети:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="167"/>
        <source>Offline reading</source>
        <translation>Чтение офлайн</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="173"/>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="174"/>
        <source>Disk space for each forum&apos;s saved topics and pictures. When it is full, what was read longest ago goes first; communities made available offline stay.</source>
        <translation>Место на диске для сохранённых тем и изображений каждого форума. Когда оно заполнено, первым удаляется то, что читалось давнее всего; сообщества, сделанные доступными офлайн, остаются.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="176"/>
        <source>&amp;Space for saved copies:</source>
        <translation>&amp;Место для сохранённых копий:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="181"/>
        <source>How many of a community&apos;s latest topics &quot;Make Available Offline&quot; saves.</source>
        <translation>Сколько последних тем сообщества сохраняет «Сделать доступным офлайн».</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="182"/>
        <source>&amp;Topics saved per community:</source>
        <translation>&amp;Тем на сообщество:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="188"/>
        <source>Start-up</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="195"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="196"/>
        <source>A new language takes effect when Aivizor is started again.</source>
        <translation>Новый язык вступит в силу после перезапуска Aivizor.</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="207"/>
        <source>The forum used last</source>
        <translation>Последний открытый форум</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="209"/>
        <location filename="../app/settings/preferencesdialog.cpp" line="215"/>
        <location filename="../app/settings/preferencesdialog.cpp" line="227"/>
        <source>The demo forum</source>
        <translation>Демо-форум</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="216"/>
        <source>&amp;Open at start:</source>
        <translation>&amp;Открывать при запуске:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="222"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="230"/>
        <source>On the &amp;desktop, from:</source>
        <translation>На &amp;рабочем столе, от:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="242"/>
        <source>Show:</source>
        <translation>Показывать:</translation>
    </message>
    <message>
        <location filename="../app/settings/preferencesdialog.cpp" line="245"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;Продолжать работу в системном лотке после закрытия окна</translation>
    </message>
</context>
<context>
    <name>Aivizor::QuickSwitcher</name>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="34"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="34"/>
        <source>Topic in %1</source>
        <translation>Тема в «%1»</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="36"/>
        <source>Feed</source>
        <translation>Лента</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="38"/>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="38"/>
        <source>Community in %1</source>
        <translation>Сообщество в «%1»</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="40"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="40"/>
        <source>Forum at %1</source>
        <translation>Форум по адресу %1</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="51"/>
        <source>Go To</source>
        <translation>Перейти к</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="54"/>
        <source>Go to a community, feed, forum or recent topic…</source>
        <translation>Перейти к сообществу, ленте, форуму или недавней теме…</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="55"/>
        <source>Name to go to</source>
        <translation>Куда перейти</translation>
    </message>
    <message>
        <location filename="../app/search/quickswitcher.cpp" line="58"/>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReaderNavigator</name>
    <message>
        <location filename="../app/reader/readernavigator.cpp" line="125"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReaderView</name>
    <message>
        <location filename="../app/reader/readerview.cpp" line="50"/>
        <source>Reader</source>
        <translation>Читалка</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="67"/>
        <source>&amp;Quote</source>
        <translation>&amp;Цитировать</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="69"/>
        <source>Quote the selected text in a reply (q)</source>
        <translation>Процитировать выделенный текст в ответе (q)</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="71"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="73"/>
        <source>Reply to the topic (r)</source>
        <translation>Ответить в теме (r)</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="157"/>
        <source>Select a topic to read it here.</source>
        <translation>Выберите тему, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="354"/>
        <source>Loading more posts…</source>
        <translation>Загрузка следующих сообщений…</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="407"/>
        <source>These posts were never saved on this computer, and the forum cannot be reached: %1</source>
        <translation>Эти сообщения не сохранялись на этом компьютере, а форум недоступен: %1</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="408"/>
        <source>This topic was never saved on this computer, and the forum cannot be reached: %1</source>
        <translation>Эта тема не сохранялась на этом компьютере, а форум недоступен: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/readerview.cpp" line="410"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите через %n секунду.</numerusform>
            <numerusform>Повторите через %n секунды.</numerusform>
            <numerusform>Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="412"/>
        <source>This topic could not be shown.</source>
        <translation>Не удалось показать эту тему.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="369"/>
        <source>Jump to Post</source>
        <translation>Перейти к сообщению</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="370"/>
        <source>Post number:</source>
        <translation>Номер сообщения:</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="497"/>
        <source>Could not open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="500"/>
        <source>This link was blocked: %1</source>
        <translation>Эта ссылка заблокирована: %1</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="540"/>
        <source>Zoom %1%</source>
        <translation>Масштаб %1%</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="591"/>
        <source>Sign in (File &gt; Sign In…) to reply and like posts.</source>
        <translation>Войдите (Файл &gt; Войти…), чтобы отвечать и отмечать сообщения «нравится».</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="593"/>
        <source>This topic is closed: it no longer accepts replies.</source>
        <translation>Эта тема закрыта: ответы больше не принимаются.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="594"/>
        <source>You cannot reply to this topic.</source>
        <translation>Вы не можете отвечать в этой теме.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="657"/>
        <source>Select text in a post first, then press q to quote it.</source>
        <translation>Сначала выделите текст в сообщении, затем нажмите q, чтобы процитировать его.</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReadingController</name>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="54"/>
        <source>Read &amp;On</source>
        <translation>Читать &amp;дальше</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="55"/>
        <source>Page down; at the end of a topic, the next unread one (Space)</source>
        <translation>Страница вниз; в конце темы — следующая непрочитанная (Пробел)</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="56"/>
        <source>Read &amp;Back</source>
        <translation>Читать &amp;назад</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="57"/>
        <source>Next &amp;Unread Topic</source>
        <translation>Следующая &amp;непрочитанная тема</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="58"/>
        <source>Mark Topic Read or &amp;Unread</source>
        <translation>Отметить тему прочитанной или &amp;непрочитанной</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="59"/>
        <source>Mark &amp;Feed Read</source>
        <translation>Отметить &amp;ленту прочитанной</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="60"/>
        <source>Mark every new or unread topic of the feed shown read (Shift+C)</source>
        <translation>Отметить прочитанными все новые и непрочитанные темы показанной ленты (Shift+C)</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="61"/>
        <source>&amp;Undo Mark Read</source>
        <translation>&amp;Отменить отметку о прочтении</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="132"/>
        <source>Nothing unread is left.</source>
        <translation>Непрочитанного больше нет.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="202"/>
        <source>Marked read.</source>
        <translation>Отмечено прочитанным.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="205"/>
        <source>Marked unread.</source>
        <translation>Отмечено непрочитанным.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="254"/>
        <source>Everything here is read.</source>
        <translation>Здесь всё прочитано.</translation>
    </message>
    <message>
        <location filename="../app/shell/readingcontroller.cpp" line="267"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/readingcontroller.cpp" line="276"/>
        <source>%n topic(s) marked read.</source>
        <translation>
            <numerusform>%n тема отмечена прочитанной.</numerusform>
            <numerusform>%n темы отмечены прочитанными.</numerusform>
            <numerusform>%n тем отмечено прочитанными.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/readingcontroller.cpp" line="296"/>
        <source>%n topic(s) unread again.</source>
        <translation>
            <numerusform>%n тема снова непрочитана.</numerusform>
            <numerusform>%n темы снова непрочитаны.</numerusform>
            <numerusform>%n тем снова непрочитаны.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::RemoteImagesBar</name>
    <message>
        <location filename="../app/reader/remoteimagesbar.cpp" line="15"/>
        <source>&amp;Load Pictures</source>
        <translation>&amp;Загрузить изображения</translation>
    </message>
    <message>
        <location filename="../app/reader/remoteimagesbar.cpp" line="17"/>
        <source>Load the pictures of this topic from the sites they are on; those sites learn that you read it</source>
        <translation>Загрузить изображения этой темы с сайтов, где они лежат; эти сайты узнают, что вы её читаете</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/remoteimagesbar.cpp" line="33"/>
        <source>%n picture(s) from other sites not loaded.</source>
        <translation>
            <numerusform>%n изображение с других сайтов не загружено.</numerusform>
            <numerusform>%n изображения с других сайтов не загружены.</numerusform>
            <numerusform>%n изображений с других сайтов не загружено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ReplyController</name>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="89"/>
        <source>Your post was accepted and waits for a moderator&apos;s approval.</source>
        <translation>Ваше сообщение принято и ожидает одобрения модератора.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="94"/>
        <source>The like could not be changed: %1</source>
        <translation>Не удалось изменить отметку «нравится»: %1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="183"/>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="191"/>
        <source>Reply to post #%1</source>
        <translation>Ответ на сообщение №%1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="192"/>
        <source>Reply to @%1 (post #%2)</source>
        <translation>Ответ @%1 (сообщение №%2)</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="196"/>
        <source>Reply to the topic</source>
        <translation>Ответить в теме</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="196"/>
        <source>Reply to “%1”</source>
        <translation>Ответ в теме «%1»</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="248"/>
        <source>Sign in (File &gt; Sign In…) to start a topic.</source>
        <translation>Войдите (Файл &gt; Войти…), чтобы создать тему.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="264"/>
        <source>Sign in to send.</source>
        <translation>Войдите, чтобы отправить.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="312"/>
        <source>Your topic was created.</source>
        <translation>Ваша тема создана.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="315"/>
        <source>Your reply was posted.</source>
        <translation>Ваш ответ опубликован.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="318"/>
        <source>Your reply from the outbox was posted.</source>
        <translation>Ваш ответ из исходящих опубликован.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="325"/>
        <source>A post in the outbox was rejected: %1</source>
        <translation>Сообщение из исходящих отклонено: %1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="344"/>
        <source>Not sent yet: %1. The reply waits in the outbox and is sent automatically (next try at %2).</source>
        <translation>Ещё не отправлено: %1. Ответ ждёт в исходящих и будет отправлен автоматически (следующая попытка в %2).</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="354"/>
        <location filename="../app/composer/replycontroller.cpp" line="370"/>
        <source>It is being sent right now; try again in a moment.</source>
        <translation>Сообщение отправляется прямо сейчас; повторите через мгновение.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="359"/>
        <source>Sending cancelled. The text is kept.</source>
        <translation>Отправка отменена. Текст сохранён.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="366"/>
        <source>That post belongs to another forum; open it first.</source>
        <translation>Это сообщение относится к другому форуму; сначала откройте его.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="412"/>
        <source>Still waiting for the forum to confirm the last like.</source>
        <translation>Форум ещё не подтвердил последнюю отметку «нравится».</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReplySender</name>
    <message>
        <location filename="../lib/posting/replysender.cpp" line="122"/>
        <source>The account for this forum was signed out.</source>
        <translation>Учётная запись для этого форума вышла из системы.</translation>
    </message>
</context>
<context>
    <name>Aivizor::SavedCopyIndicator</name>
    <message>
        <location filename="../app/shell/savedcopyindicator.cpp" line="67"/>
        <source>Showing saved copy from %1</source>
        <translation>Сохранённая копия от %1</translation>
    </message>
    <message>
        <location filename="../app/shell/savedcopyindicator.cpp" line="68"/>
        <source>The forum has not answered yet: what you see was saved on this computer at %1.</source>
        <translation>Форум ещё не ответил: показано то, что было сохранено на этом компьютере %1.</translation>
    </message>
</context>
<context>
    <name>Aivizor::ScreenshotRunner</name>
    <message numerus="yes">
        <location filename="../app/shell/screenshotrunner.cpp" line="26"/>
        <source>Timed out after %n second(s) waiting for the content to load.</source>
        <translation>
            <numerusform>Время ожидания загрузки истекло через %n секунду.</numerusform>
            <numerusform>Время ожидания загрузки истекло через %n секунды.</numerusform>
            <numerusform>Время ожидания загрузки истекло через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shell/screenshotrunner.cpp" line="90"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Не удалось записать снимок экрана в %1</translation>
    </message>
    <message>
        <location filename="../app/shell/screenshotrunner.cpp" line="104"/>
        <source>Screenshot failed: %1</source>
        <translation>Не удалось сделать снимок экрана: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchBuilder</name>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="17"/>
        <source>all of these words</source>
        <translation>все эти слова</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="20"/>
        <source>this exact phrase</source>
        <translation>точная фраза</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="23"/>
        <source>username</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="26"/>
        <source>Any community</source>
        <translation>Любое сообщество</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="29"/>
        <source>tag, another tag</source>
        <translation>тег, другой тег</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="30"/>
        <source>Titles only</source>
        <translation>Только заголовки</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="34"/>
        <source>Open or closed</source>
        <translation>Открытые или закрытые</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="35"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="36"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="39"/>
        <source>Best match</source>
        <translation>Лучшее совпадение</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="40"/>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="41"/>
        <source>Most liked</source>
        <translation>Больше всего лайков</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="43"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="47"/>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="74"/>
        <source>Words:</source>
        <translation>Слова:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="75"/>
        <source>Phrase:</source>
        <translation>Фраза:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="76"/>
        <source>Posted by:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="77"/>
        <source>In:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="78"/>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="79"/>
        <source>Topics:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="80"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../app/search/searchbuilder.cpp" line="81"/>
        <source>Order:</source>
        <translation>Порядок:</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchController</name>
    <message>
        <location filename="../app/search/searchcontroller.cpp" line="193"/>
        <source>Latest</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../app/search/searchcontroller.cpp" line="195"/>
        <source>Top</source>
        <translation>Популярные</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchPanel</name>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="27"/>
        <source>Search: words, &quot;a phrase&quot;, @user, #community, tags:a,b, in:title…</source>
        <translation>Поиск: слова, &quot;фраза&quot;, @пользователь, #сообщество, tags:a,b, in:title…</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="28"/>
        <source>Search query</source>
        <translation>Поисковый запрос</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="29"/>
        <source>Discourse search syntax: &quot;exact phrase&quot;, @username, #community-slug, tags:a,b, in:title, status:open or status:closed, order:latest or order:likes, before:YYYY-MM-DD, after:YYYY-MM-DD. Press Enter to search.</source>
        <translation>Синтаксис поиска Discourse: &quot;точная фраза&quot;, @имя, #сообщество, tags:a,b, in:title, status:open или status:closed, order:latest или order:likes, before:ГГГГ-ММ-ДД, after:ГГГГ-ММ-ДД. Нажмите Enter для поиска.</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="34"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="35"/>
        <source>Show or hide the search options (who, where, when, order)</source>
        <translation>Показать или скрыть параметры поиска (кто, где, когда, порядок)</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="42"/>
        <source>This forum</source>
        <translation>Этот форум</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="43"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="44"/>
        <source>Search in</source>
        <translation>Искать в</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="45"/>
        <source>Search the forum, or the saved copy of it on this computer (works offline)</source>
        <translation>Искать на форуме или в его сохранённой копии на этом компьютере (работает без сети)</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="54"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="192"/>
        <source>Loading more results…</source>
        <translation>Загрузка результатов…</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="192"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="198"/>
        <source>Type a query and press Enter.</source>
        <translation>Введите запрос и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="200"/>
        <source>No results for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/search/searchpanel.cpp" line="202"/>
        <source>%n result(s) so far; scroll for more.</source>
        <translation>
            <numerusform>Пока %n результат; прокрутите, чтобы увидеть больше.</numerusform>
            <numerusform>Пока %n результата; прокрутите, чтобы увидеть больше.</numerusform>
            <numerusform>Пока %n результатов; прокрутите, чтобы увидеть больше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/search/searchpanel.cpp" line="204"/>
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n результат.</numerusform>
            <numerusform>%n результата.</numerusform>
            <numerusform>%n результатов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="206"/>
        <source>From the saved copy on this computer. %1</source>
        <translation>Из сохранённой копии на этом компьютере. %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchpanel.cpp" line="207"/>
        <source>The forum cannot be reached: from the saved copy on this computer. %1</source>
        <translation>Форум недоступен: из сохранённой копии на этом компьютере. %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchResultDelegate</name>
    <message>
        <location filename="../app/search/searchresultdelegate.cpp" line="86"/>
        <source>Topic %1</source>
        <translation>Тема %1</translation>
    </message>
    <message>
        <location filename="../app/search/searchresultdelegate.cpp" line="109"/>
        <source>post #%1</source>
        <translation>сообщение №%1</translation>
    </message>
    <message>
        <location filename="../app/search/searchresultdelegate.cpp" line="111"/>
        <source>from the saved copy</source>
        <translation>из сохранённой копии</translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchResultModel</name>
    <message>
        <location filename="../lib/models/searchresultmodel.cpp" line="217"/>
        <source>%1, by %2, from the saved copy: %3</source>
        <translation>%1, автор %2, из сохранённой копии: %3</translation>
    </message>
    <message>
        <location filename="../lib/models/searchresultmodel.cpp" line="219"/>
        <source>%1, by %2: %3</source>
        <translation>%1, автор %2: %3</translation>
    </message>
</context>
<context>
    <name>Aivizor::ShortcutsOverlay</name>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="55"/>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="61"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="70"/>
        <source>Press Esc or ? to close.</source>
        <translation>Нажмите Esc или ?, чтобы закрыть.</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="72"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="72"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="82"/>
        <source>Esc or ? closes this list.</source>
        <translation>Esc или ? закрывает этот список.</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="110"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location filename="../app/shell/shortcutsoverlay.cpp" line="164"/>
        <source>Other</source>
        <translation>Прочее</translation>
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
        <translation>Форум не сообщил, кто выполнил вход.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="153"/>
        <source>This key belongs to %1, not to %2.</source>
        <translation>Этот ключ принадлежит %1, а не %2.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="161"/>
        <location filename="../lib/signin/signin.cpp" line="207"/>
        <source>The forum did not accept the key.</source>
        <translation>Форум не принял ключ.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="175"/>
        <source>The forum did not say who approved the key.</source>
        <translation>Форум не сообщил, кто подтвердил ключ.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="187"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Форум прислал неожиданный ответ: %1</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="256"/>
        <source>Not signed in: the key was not kept.</source>
        <translation>Вход не выполнен: ключ не сохранён.</translation>
    </message>
    <message>
        <location filename="../lib/signin/signin.cpp" line="309"/>
        <source>The key for %1 is no longer stored. Please sign in again.</source>
        <translation>Ключ для %1 больше не хранится. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>Aivizor::SignInDialog</name>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="25"/>
        <location filename="../app/accounts/signindialog.cpp" line="66"/>
        <source>Sign In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="35"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="36"/>
        <source>Receive the key automatically (local redirect)</source>
        <translation>Получить ключ автоматически (локальное перенаправление)</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="38"/>
        <source>Turn this off when the forum does not allow redirects to this computer; it then shows a text to paste below.</source>
        <translation>Отключите, если форум не разрешает перенаправление на этот компьютер; тогда он покажет текст, который нужно вставить ниже.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="40"/>
        <source>Open the Approval Page</source>
        <translation>Открыть страницу подтверждения</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="48"/>
        <source>If the forum shows a block of text instead of returning here, paste it here.</source>
        <translation>Если форум показывает блок текста вместо возврата сюда, вставьте его сюда.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="50"/>
        <source>Use the Pasted Text</source>
        <translation>Использовать вставленный текст</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="52"/>
        <source>Username:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="69"/>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="70"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="74"/>
        <source>Approve in the Browser</source>
        <translation>Подтвердить в браузере</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="75"/>
        <source>API Key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="86"/>
        <source>&amp;Forum address:</source>
        <translation>&amp;Адрес форума:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="96"/>
        <location filename="../app/accounts/signindialog.cpp" line="193"/>
        <source>Checking the key…</source>
        <translation>Проверка ключа…</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="120"/>
        <source>Approve Aivizor on the forum&apos;s page: &lt;a href=&quot;%1&quot;&gt;open it again&lt;/a&gt;.</source>
        <translation>Подтвердите доступ Aivizor на странице форума: &lt;a href=&quot;%1&quot;&gt;открыть снова&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="124"/>
        <source>Waiting for the approval in the browser…</source>
        <translation>Ожидание подтверждения в браузере…</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="125"/>
        <source>After approving, paste the text the forum shows below.</source>
        <translation>После подтверждения вставьте ниже текст, который покажет форум.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="129"/>
        <source>Signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="153"/>
        <source>Enter the forum&apos;s address, for example https://forum.example.org.</source>
        <translation>Введите адрес форума, например https://forum.example.org.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="157"/>
        <source>Connecting to %1… Sign in again once the forum is shown.</source>
        <translation>Подключение к %1… Войдите снова, когда форум откроется.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="172"/>
        <location filename="../app/accounts/signindialog.cpp" line="189"/>
        <source>A sign-in is already running.</source>
        <translation>Вход уже выполняется.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="185"/>
        <source>Enter your username and the API key.</source>
        <translation>Введите имя пользователя и API-ключ.</translation>
    </message>
</context>
<context>
    <name>Aivizor::StoreSearcher</name>
    <message>
        <location filename="../lib/search/storesearcher.cpp" line="123"/>
        <source>Could not search the saved copy: %1</source>
        <translation>Не удалось выполнить поиск в сохранённой копии: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::StoreWriter</name>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="46"/>
        <source>There is no room left to save pages for offline reading: the disk or the size limit of the saved copy is full. Everything saved before is kept.</source>
        <translation>Не осталось места для сохранения страниц для чтения офлайн: диск заполнен или достигнут предел размера сохранённой копии. Всё, что было сохранено раньше, остаётся.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="49"/>
        <source>The saved copy of this forum is damaged. It will be set aside and started again the next time the forum is opened.</source>
        <translation>Сохранённая копия этого форума повреждена. Она будет отложена, а при следующем открытии форума будет создана новая.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="51"/>
        <source>Could not save to the saved copy of this forum: %1</source>
        <translation>Не удалось записать в сохранённую копию этого форума: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="92"/>
        <source>The saved copy of this forum could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>Не удалось прочитать сохранённую копию этого форума, поэтому создана новая. Старый файл сохранён как %1.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="109"/>
        <source>The saved copy cannot use write-ahead logging.</source>
        <translation>Сохранённая копия не может использовать журнал упреждающей записи.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="126"/>
        <source>Cannot create the copy %1</source>
        <translation>Не удаётся создать копию %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="156"/>
        <source>Cannot create the folder for the saved copy: %1</source>
        <translation>Не удаётся создать папку для сохранённой копии: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="173"/>
        <source>The saved copy of this forum cannot be read and cannot be moved aside: %1</source>
        <translation>Сохранённую копию этого форума не удаётся ни прочитать, ни отложить в сторону: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="182"/>
        <source>Cannot open the saved copy of this forum: %1</source>
        <translation>Не удаётся открыть сохранённую копию этого форума: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="188"/>
        <source>The saved copy of this forum was written by a newer version of Aivizor (format %1; this version reads up to %2). It was left untouched; this session works from the network only.</source>
        <translation>Сохранённая копия этого форума записана более новой версией Aivizor (формат %1; эта версия читает форматы до %2). Она оставлена без изменений; в этом сеансе данные берутся только из сети.</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="201"/>
        <source>Cannot prepare the saved copy of this forum: %1</source>
        <translation>Не удаётся подготовить сохранённую копию этого форума: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/storewriter.cpp" line="284"/>
        <source>The saved copy is not open.</source>
        <translation>Сохранённая копия не открыта.</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicDelegate</name>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="73"/>
        <location filename="../app/feeds/topicdelegate.cpp" line="75"/>
        <source>%1k</source>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="76"/>
        <source>%1M</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="165"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="165"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="254"/>
        <source>Last activity: %1</source>
        <translation>Последняя активность: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="257"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="258"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n просмотр</numerusform>
            <numerusform>%n просмотра</numerusform>
            <numerusform>%n просмотров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="259"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n отметка «нравится»</numerusform>
            <numerusform>%n отметки «нравится»</numerusform>
            <numerusform>%n отметок «нравится»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="264"/>
        <source>Started by %1 (@%2) on %3</source>
        <translation>Начал(а) %1 (@%2), %3</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicFilterProxy</name>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="61"/>
        <source>, by %1</source>
        <translation>, автор %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicfilterproxy.cpp" line="63"/>
        <source>, %n reply(s)</source>
        <translation>
            <numerusform>, %n ответ</numerusform>
            <numerusform>, %n ответа</numerusform>
            <numerusform>, %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="65"/>
        <source>, pinned</source>
        <translation>, закреплена</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="67"/>
        <source>, closed</source>
        <translation>, закрыта</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="69"/>
        <source>, new</source>
        <translation>, новая</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicfilterproxy.cpp" line="71"/>
        <source>, %n new post(s)</source>
        <translation>
            <numerusform>, %n новое сообщение</numerusform>
            <numerusform>, %n новых сообщения</numerusform>
            <numerusform>, %n новых сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicLevelButton</name>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="23"/>
        <source>Watching</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="24"/>
        <source>Notified of every reply; the count of new replies shows.</source>
        <translation>Уведомления о каждом ответе; показывается число новых ответов.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="25"/>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="26"/>
        <source>The count of new replies shows; notified when mentioned.</source>
        <translation>Показывается число новых ответов; уведомления при упоминании.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="27"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="28"/>
        <source>Notified when mentioned or replied to.</source>
        <translation>Уведомления при упоминании или ответе вам.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="29"/>
        <source>Muted</source>
        <translation>Без уведомлений</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="30"/>
        <source>Never notified; the topic leaves the unread counts.</source>
        <translation>Без уведомлений; тема не учитывается среди непрочитанных.</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="42"/>
        <source>Notification level of this topic</source>
        <translation>Уровень уведомлений этой темы</translation>
    </message>
    <message>
        <location filename="../app/reader/topiclevelbutton.cpp" line="98"/>
        <source>Notification level: %1. %2</source>
        <translation>Уровень уведомлений: %1. %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicListModel</name>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="306"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="308"/>
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n новое сообщение</numerusform>
            <numerusform>%n новых сообщения</numerusform>
            <numerusform>%n новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="326"/>
        <source>by %1</source>
        <translation>автор %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="327"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="328"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n отметка «нравится»</numerusform>
            <numerusform>%n отметки «нравится»</numerusform>
            <numerusform>%n отметок «нравится»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="329"/>
        <source>last activity %1</source>
        <translation>последняя активность %1</translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="331"/>
        <source>tags: %1</source>
        <translation>теги: %1</translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="333"/>
        <source>pinned</source>
        <translation>закреплена</translation>
    </message>
    <message>
        <location filename="../lib/models/topiclistmodel.cpp" line="335"/>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicListPane</name>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="29"/>
        <source>Filter topics by title, tag or author  ( / )</source>
        <translation>Фильтр тем по названию, тегу или автору  ( / )</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="30"/>
        <source>Filter topics</source>
        <translation>Фильтр тем</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="38"/>
        <source>Unread Only</source>
        <translation>Только непрочитанные</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="39"/>
        <source>Show only new and unread topics</source>
        <translation>Показывать только новые и непрочитанные темы</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="60"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="225"/>
        <source>These topics were never saved on this computer, and the forum cannot be reached: %1</source>
        <translation>Эти темы не сохранялись на этом компьютере, а форум недоступен: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="228"/>
        <source>Could not load the topics: %1</source>
        <translation>Не удалось загрузить темы: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="223"/>
        <source>Could not load more topics: %1</source>
        <translation>Не удалось загрузить следующие темы: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="266"/>
        <source>Loading topics…</source>
        <translation>Загрузка тем…</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="268"/>
        <source>Everything loaded here is read.</source>
        <translation>Всё загруженное здесь прочитано.</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="270"/>
        <source>No loaded topic matches “%1”.</source>
        <translation>Ни одна загруженная тема не соответствует «%1».</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="272"/>
        <source>There are no topics here yet.</source>
        <translation>Здесь пока нет тем.</translation>
    </message>
</context>
<context>
    <name>Aivizor::Transport</name>
    <message>
        <location filename="../lib/net/transport.cpp" line="72"/>
        <source>The forum refused the connection.</source>
        <translation>Форум отклонил подключение.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="75"/>
        <source>The forum&apos;s host name could not be found.</source>
        <translation>Не удалось найти имя хоста форума.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="79"/>
        <source>The forum did not answer in time.</source>
        <translation>Форум не ответил вовремя.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="83"/>
        <source>A secure connection to the forum could not be established.</source>
        <translation>Не удалось установить защищённое соединение с форумом.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="86"/>
        <source>The forum closed the connection unexpectedly.</source>
        <translation>Форум неожиданно закрыл соединение.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="89"/>
        <source>Network error: %1</source>
        <translation>Ошибка сети: %1</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="209"/>
        <source>Only web images are loaded.</source>
        <translation>Загружаются только изображения из интернета.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="315"/>
        <location filename="../lib/net/transport.cpp" line="485"/>
        <source>The image is larger than %1 bytes.</source>
        <translation>Изображение больше %1 байт.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="316"/>
        <location filename="../lib/net/transport.cpp" line="420"/>
        <source>The forum&apos;s answer is larger than %1 bytes.</source>
        <translation>Ответ форума больше %1 байт.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="364"/>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="429"/>
        <source>The forum&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Ответ форума — недопустимый JSON (%1 в байте %2).</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="441"/>
        <source>The forum redirected the request too many times.</source>
        <translation>Форум перенаправил запрос слишком много раз.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="442"/>
        <source>The forum sent the request on to another site, which Aivizor does not follow.</source>
        <translation>Форум перенаправил запрос на другой сайт; Aivizor туда не переходит.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="496"/>
        <source>The image could not be decoded.</source>
        <translation>Не удалось декодировать изображение.</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="500"/>
        <source>[image: %1]</source>
        <translation>[изображение: %1]</translation>
    </message>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="584"/>
        <source>%1 wrote:</source>
        <translation>%1 пишет:</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="17"/>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="22"/>
        <location filename="../lib/files/jsonfile.cpp" line="28"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="33"/>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="47"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="54"/>
        <source>%1 is damaged (%2 at byte %3).</source>
        <translation>%1 повреждён (%2 в байте %3).</translation>
    </message>
    <message>
        <location filename="../lib/files/jsonfile.cpp" line="61"/>
        <source>%1 is damaged (not a JSON object).</source>
        <translation>%1 повреждён (не объект JSON).</translation>
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
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="83"/>
        <source>missing required integer</source>
        <translation>отсутствует обязательное целое число</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="97"/>
        <source>missing required string</source>
        <translation>отсутствует обязательная строка</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="101"/>
        <source>expected a string</source>
        <translation>ожидалась строка</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="123"/>
        <source>expected a boolean</source>
        <translation>ожидалось логическое значение</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="135"/>
        <source>expected an ISO 8601 date</source>
        <translation>ожидалась дата в формате ISO 8601</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="150"/>
        <source>expected a hex color</source>
        <translation>ожидался цвет в шестнадцатеричном виде</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="165"/>
        <source>missing required object</source>
        <translation>отсутствует обязательный объект</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="169"/>
        <location filename="../lib/parse/jsonreader.cpp" line="246"/>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="184"/>
        <source>missing required array</source>
        <translation>отсутствует обязательный массив</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="188"/>
        <source>expected an array</source>
        <translation>ожидался массив</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="232"/>
        <source>expected a tag name or tag object</source>
        <translation>ожидалось название тега или объект тега</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="46"/>
        <source>A native reader for Discourse forums.</source>
        <translation>Нативный клиент для чтения форумов Discourse.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="51"/>
        <source>Start the bundled demo server and open its community.</source>
        <translation>Запустить встроенный демо-сервер и открыть его сообщество.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="53"/>
        <source>Open the Discourse forum at &lt;url&gt; for anonymous reading.</source>
        <translation>Открыть форум Discourse по адресу &lt;url&gt; для анонимного чтения.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="56"/>
        <source>Load, save a PNG of the window to &lt;file&gt; and exit.</source>
        <translation>Загрузить, сохранить PNG окна в &lt;file&gt; и выйти.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="59"/>
        <source>Open topic &lt;id&gt; in the reader.</source>
        <translation>Открыть тему &lt;id&gt; в читалке.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="74"/>
        <source>A forum or topic address to open, or an aivizor:// link.</source>
        <translation>Адрес форума или темы для открытия либо ссылка aivizor://.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="81"/>
        <source>Give one address at most, not %1.</source>
        <translation>Укажите не более одного адреса, а не %1.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="91"/>
        <source>--demo, --server and an address cannot be combined.</source>
        <translation>--demo, --server и адрес нельзя использовать вместе.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="62"/>
        <source>With --screenshot and --open-topic: open the composer with &lt;text&gt;.</source>
        <translation>С --screenshot и --open-topic: открыть редактор с текстом &lt;text&gt;.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="65"/>
        <source>With --screenshot: window size, e.g. 1280x800.</source>
        <translation>С --screenshot: размер окна, например 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="68"/>
        <source>Use a dark color scheme.</source>
        <translation>Использовать тёмную цветовую схему.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="70"/>
        <source>User interface language: de, ru or en.</source>
        <translation>Язык интерфейса: de, ru или en.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="98"/>
        <source>Not a valid forum address: %1</source>
        <translation>Неверный адрес форума: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="107"/>
        <source>Not a valid topic id: %1</source>
        <translation>Неверный идентификатор темы: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="117"/>
        <source>Not a valid size (use WIDTHxHEIGHT): %1</source>
        <translation>Неверный размер (используйте ШИРИНАxВЫСОТА): %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="128"/>
        <source>Unsupported language: %1 (use de, ru or en)</source>
        <translation>Неподдерживаемый язык: %1 (используйте de, ru или en)</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../lib/render/markdownpreview.cpp" line="53"/>
        <source>&lt;p&gt;The preview could not be rendered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Не удалось построить предпросмотр.&lt;/p&gt;</translation>
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
        <translation>ответ не является объектом JSON</translation>
    </message>
    <message>
        <location filename="../lib/parse/notificationparser.cpp" line="95"/>
        <location filename="../lib/parse/trackingstateparser.cpp" line="14"/>
        <source>the response is not a JSON array</source>
        <translation>ответ не является массивом JSON</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../lib/net/apierror.cpp" line="120"/>
        <source>The forum asked us to slow down. Try again later.</source>
        <translation>Форум просит снизить частоту запросов. Повторите позже.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="20"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="22"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="24"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="26"/>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="28"/>
        <source>%1 mo</source>
        <translation>%1 мес</translation>
    </message>
    <message>
        <location filename="../lib/text/relativetime.cpp" line="29"/>
        <source>%1 y</source>
        <translation>%1 г</translation>
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
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="60"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="63"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="66"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="68"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n месяц назад</numerusform>
            <numerusform>%n месяца назад</numerusform>
            <numerusform>%n месяцев назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="69"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n год назад</numerusform>
            <numerusform>%n года назад</numerusform>
            <numerusform>%n лет назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadHtml</name>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="78"/>
        <source>Show the rest</source>
        <translation>Показать остальное</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="79"/>
        <source>(%1% of this post is shown)</source>
        <translation>(показано %1% сообщения)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="113"/>
        <source>closed this topic</source>
        <translation>закрыл(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="115"/>
        <source>opened this topic</source>
        <translation>открыл(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="117"/>
        <source>pinned this topic</source>
        <translation>закрепил(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="119"/>
        <source>unpinned this topic</source>
        <translation>открепил(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="121"/>
        <source>archived this topic</source>
        <translation>архивировал(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="123"/>
        <source>unlisted this topic</source>
        <translation>скрыл(а) эту тему из списков</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="125"/>
        <source>listed this topic</source>
        <translation>вернул(а) эту тему в списки</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="127"/>
        <source>changed this topic (%1)</source>
        <translation>изменил(а) эту тему (%1)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="142"/>
        <source>You like this post. Click to take the like back.</source>
        <translation>Вам нравится это сообщение. Нажмите, чтобы убрать отметку «нравится».</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="142"/>
        <source>Like this post</source>
        <translation>Нравится</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="152"/>
        <source>Reply to this post (r replies to the topic)</source>
        <translation>Ответить на это сообщение (r — ответ в теме)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="153"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="169"/>
        <source>Show the topics of %1</source>
        <translation>Показать темы: %1</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="178"/>
        <source>Pinned</source>
        <translation>Закреплена</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="180"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="182"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="188"/>
        <source>Show topics tagged %1</source>
        <translation>Показать темы с тегом %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="224"/>
        <location filename="../app/reader/threadhtml.cpp" line="272"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n отметка «нравится»</numerusform>
            <numerusform>%n отметки «нравится»</numerusform>
            <numerusform>%n отметок «нравится»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="228"/>
        <source>%n reply(s)</source>
        <comment>counter</comment>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="229"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n просмотр</numerusform>
            <numerusform>%n просмотра</numerusform>
            <numerusform>%n просмотров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="231"/>
        <source>Replies (%1)</source>
        <translation>Ответы (%1)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="233"/>
        <source>No replies in this topic yet.</source>
        <translation>В этой теме пока нет ответов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="240"/>
        <source>%n earlier reply(s) not loaded. Scroll up to load them.</source>
        <translation>
            <numerusform>%n более ранний ответ не загружен. Прокрутите вверх, чтобы загрузить его.</numerusform>
            <numerusform>%n более ранних ответа не загружены. Прокрутите вверх, чтобы загрузить их.</numerusform>
            <numerusform>%n более ранних ответов не загружено. Прокрутите вверх, чтобы загрузить их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="250"/>
        <source>New since your last visit</source>
        <translation>Новое с вашего последнего визита</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="260"/>
        <source>post #%1</source>
        <translation>сообщение №%1</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="263"/>
        <source>in reply to</source>
        <translation>в ответ на</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="264"/>
        <source>Go to post #%1</source>
        <translation>Перейти к сообщению №%1</translation>
    </message>
</context>
<context>
    <name>UserApiKeyRequest</name>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="133"/>
        <source>The forum address is not a valid http(s) URL.</source>
        <translation>Адрес форума не является допустимым URL http(s).</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="137"/>
        <source>The authorization request is missing the application name, client id or scopes.</source>
        <translation>В запросе авторизации отсутствует имя приложения, идентификатор клиента или области доступа.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="141"/>
        <source>The authorization redirect address is not valid.</source>
        <translation>Неверный адрес перенаправления для авторизации.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="155"/>
        <source>Could not create the encryption key for the authorization.</source>
        <translation>Не удалось создать ключ шифрования для авторизации.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="202"/>
        <source>No authorization is in progress; start it again.</source>
        <translation>Авторизация не выполняется; начните её заново.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="211"/>
        <source>The authorization payload is empty.</source>
        <translation>Данные авторизации пусты.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="216"/>
        <source>The authorization payload is not valid Base64 text. Copy it again, completely.</source>
        <translation>Данные авторизации не являются допустимым текстом Base64. Скопируйте их заново полностью.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="221"/>
        <source>The authorization payload has the wrong length (%1 bytes instead of %2). Copy it again, completely.</source>
        <translation>Данные авторизации имеют неверную длину (%1 байт вместо %2). Скопируйте их заново полностью.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="232"/>
        <source>The authorization payload could not be decrypted. It may belong to an earlier authorization attempt; start again.</source>
        <translation>Не удалось расшифровать данные авторизации. Возможно, они относятся к более ранней попытке авторизации; начните заново.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="241"/>
        <source>The decrypted authorization payload does not contain an API key.</source>
        <translation>Расшифрованные данные авторизации не содержат API-ключа.</translation>
    </message>
    <message>
        <location filename="../lib/signin/userapikeyrequest.cpp" line="245"/>
        <source>The authorization payload does not match this request (wrong nonce). Start the authorization again.</source>
        <translation>Данные авторизации не соответствуют этому запросу (неверный nonce). Начните авторизацию заново.</translation>
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
