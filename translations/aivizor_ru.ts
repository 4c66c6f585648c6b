<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Aivizor::AccountController</name>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="36"/>
        <source>Sign &amp;In…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="39"/>
        <source>Sign &amp;Out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="110"/>
        <source>Could not start a web browser; open the link in the sign-in window yourself.</source>
        <translation>Не удалось запустить браузер; откройте ссылку из окна входа вручную.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="114"/>
        <source>Signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="125"/>
        <source>Signed out %1.</source>
        <translation>%1: выход выполнен.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="126"/>
        <source>Signed out %1, but the forum did not confirm that the key was revoked: %2</source>
        <translation>%1: выход выполнен, но форум не подтвердил отзыв ключа: %2</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="136"/>
        <source>The demo server left no credentials; reading only.</source>
        <translation>Демо-сервер не оставил учётных данных; только чтение.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="143"/>
        <source>The demo credentials are unreadable; reading only.</source>
        <translation>Учётные данные демо не читаются; только чтение.</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="151"/>
        <source>No Keychain Available</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="152"/>
        <source>Aivizor cannot store the key for %1 in the system keychain:
%2

It never writes keys to a plain file. Keep the key for this session only (you sign in again after a restart), or do not keep it (you stay signed out)?</source>
        <translation>Aivizor не может сохранить ключ для %1 в системной связке ключей:
%2

Ключи никогда не записываются в обычный файл. Сохранить ключ только на этот сеанс (после перезапуска нужно войти снова) или не сохранять его (вы останетесь не в системе)?</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="159"/>
        <source>Keep for This Session</source>
        <translation>Сохранить на этот сеанс</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="161"/>
        <source>Do Not Keep</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="219"/>
        <source>Signed in as %1</source>
        <translation>Вход: %1</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="220"/>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="222"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../app/accounts/accountcontroller.cpp" line="223"/>
        <source>Sign in to reply and like posts</source>
        <translation>Войдите, чтобы отвечать и отмечать сообщения «нравится»</translation>
    </message>
</context>
<context>
    <name>Aivizor::AccountListModel</name>
    <message>
        <location filename="../lib/accounts/accountlistmodel.cpp" line="92"/>
        <source>%1 on %2</source>
        <extracomment>account list entry: &quot;username on forum.example.org&quot;</extracomment>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>Aivizor::ApiError</name>
    <message>
        <location filename="../lib/net/apierror.cpp" line="27"/>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="28"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="29"/>
        <source>Access denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="30"/>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="31"/>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="32"/>
        <source>Network error</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="33"/>
        <source>Unexpected response</source>
        <translation>Неожиданный ответ</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="34"/>
        <source>Request rejected</source>
        <translation>Запрос отклонён</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="35"/>
        <source>Response too large</source>
        <translation>Слишком большой ответ</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="36"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="73"/>
        <source>The page or topic does not exist, or you need to log in to see it.</source>
        <translation>Страница или тема не существует, либо для её просмотра нужно войти.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="77"/>
        <source>This forum requires you to log in.</source>
        <translation>Этот форум требует входа.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="78"/>
        <source>You are not allowed to see this.</source>
        <translation>У вас нет доступа к этому.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/net/apierror.cpp" line="85"/>
        <source>The forum asked us to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>Форум просит снизить частоту запросов. Повторите через %n секунду.</numerusform>
            <numerusform>Форум просит снизить частоту запросов. Повторите через %n секунды.</numerusform>
            <numerusform>Форум просит снизить частоту запросов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="92"/>
        <source>The forum is in read-only mode.</source>
        <translation>Форум работает в режиме только для чтения.</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="93"/>
        <source>The forum had an internal error (HTTP %1).</source>
        <translation>На форуме произошла внутренняя ошибка (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="96"/>
        <source>The forum rejected the request (HTTP %1).</source>
        <translation>Форум отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../lib/net/apierror.cpp" line="100"/>
        <source>Unexpected HTTP status %1.</source>
        <translation>Неожиданный HTTP-статус %1.</translation>
    </message>
</context>
<context>
    <name>Aivizor::CommunityPane</name>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="24"/>
        <source>Communities</source>
        <translation>Сообщества</translation>
    </message>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="26"/>
        <source>The forum&apos;s feeds and communities</source>
        <translation>Ленты и сообщества форума</translation>
    </message>
    <message>
        <location filename="../app/feeds/communitypane.cpp" line="70"/>
        <source>Could not load the communities: %1</source>
        <translation>Не удалось загрузить сообщества: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ComposerWidget</name>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="43"/>
        <source>Composer</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="55"/>
        <source>Title of the new topic</source>
        <translation>Заголовок новой темы</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="56"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="59"/>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="62"/>
        <source>tags, separated by commas</source>
        <translation>теги через запятую</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="63"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="66"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="69"/>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="72"/>
        <source>&amp;Community:</source>
        <translation>Соо&amp;бщество:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="77"/>
        <location filename="../app/composer/composerwidget.cpp" line="284"/>
        <source>Reply text (Markdown)</source>
        <translation>Текст ответа (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="78"/>
        <source>Write your reply in Markdown. Ctrl+Enter sends, Esc hides.</source>
        <translation>Напишите ответ в Markdown. Ctrl+Enter — отправить, Esc — скрыть.</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="84"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="105"/>
        <source>Cancel Sending</source>
        <translation>Отменить отправку</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="108"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="109"/>
        <source>Hide the composer; the draft is kept (Esc)</source>
        <translation>Скрыть редактор; черновик сохраняется (Esc)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="110"/>
        <location filename="../app/composer/composerwidget.cpp" line="382"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="113"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="156"/>
        <source>Reply to the topic</source>
        <translation>Ответить в теме</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="184"/>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="184"/>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="188"/>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="188"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="190"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="190"/>
        <source>Insert a link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="192"/>
        <source>Insert Link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="192"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="197"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="197"/>
        <source>Quote the selected lines</source>
        <translation>Процитировать выделенные строки</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="198"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="198"/>
        <source>Format as code</source>
        <translation>Оформить как код</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="200"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="200"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="204"/>
        <source>Pop Out</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="205"/>
        <source>Move the composer into its own window, or back under the reader</source>
        <translation>Перенести редактор в отдельное окно или обратно под область чтения</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="264"/>
        <source>(default community)</source>
        <translation>(сообщество по умолчанию)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="284"/>
        <source>Topic text (Markdown)</source>
        <translation>Текст темы (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="286"/>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="382"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="389"/>
        <source>In the Outbox</source>
        <translation>В исходящих</translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="399"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/composer/composerwidget.cpp" line="413"/>
        <source>The forum asks to wait: sending again in %n second(s).</source>
        <translation>
            <numerusform>Форум просит подождать: повторная отправка через %n секунду.</numerusform>
            <numerusform>Форум просит подождать: повторная отправка через %n секунды.</numerusform>
            <numerusform>Форум просит подождать: повторная отправка через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/composer/composerwidget.cpp" line="468"/>
        <source>The preview appears here.</source>
        <translation>Здесь появится предпросмотр.</translation>
    </message>
</context>
<context>
    <name>Aivizor::DemoServer</name>
    <message numerus="yes">
        <location filename="../app/demo/demoserver.cpp" line="13"/>
        <source>The demo server did not report its address within %n second(s).</source>
        <translation>
            <numerusform>Демо-сервер не сообщил свой адрес за %n секунду.</numerusform>
            <numerusform>Демо-сервер не сообщил свой адрес за %n секунды.</numerusform>
            <numerusform>Демо-сервер не сообщил свой адрес за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="57"/>
        <source>The demo server (aivizor-server) was not found next to the application or in PATH.</source>
        <translation>Демо-сервер (aivizor-server) не найден ни рядом с приложением, ни в PATH.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="65"/>
        <source>Cannot create the demo server&apos;s data folder %1.</source>
        <translation>Не удаётся создать папку данных демо-сервера %1.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="96"/>
        <source>The demo server printed no address.</source>
        <translation>Демо-сервер не вывел адрес.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="102"/>
        <source>The demo server printed an unexpected first line: %1</source>
        <translation>Демо-сервер вывел неожиданную первую строку: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="115"/>
        <source>The demo server could not be started: %1</source>
        <translation>Не удалось запустить демо-сервер: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="124"/>
        <source>The demo server crashed while starting.</source>
        <translation>Демо-сервер аварийно завершился при запуске.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="125"/>
        <source>The demo server exited while starting (exit code %1).</source>
        <translation>Демо-сервер завершился при запуске (код выхода %1).</translation>
    </message>
</context>
<context>
    <name>Aivizor::DiscussionPane</name>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="81"/>
        <source>Composer</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="87"/>
        <source>Dock</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location filename="../app/composer/discussionpane.cpp" line="100"/>
        <source>Pop Out</source>
        <translation>Открепить</translation>
    </message>
</context>
<context>
    <name>Aivizor::DraftStore</name>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="36"/>
        <source>it is not an Aivizor draft</source>
        <translation>это не черновик Aivizor</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="38"/>
        <source>it belongs to a different draft</source>
        <translation>он относится к другому черновику</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="41"/>
        <source>the text is missing</source>
        <translation>отсутствует текст</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="44"/>
        <source>the tags are not a list</source>
        <translation>теги не являются списком</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="52"/>
        <source>the tags are not a list of names</source>
        <translation>теги не являются списком названий</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="119"/>
        <location filename="../lib/storage/draftstore.cpp" line="165"/>
        <location filename="../lib/storage/draftstore.cpp" line="220"/>
        <source>“%1” cannot be used as a draft name.</source>
        <translation>«%1» нельзя использовать как имя черновика.</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="152"/>
        <source>The draft could not be saved. %1</source>
        <translation>Не удалось сохранить черновик. %1</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="190"/>
        <source>The draft %1 was saved by a newer version of Aivizor (format %2) and was left as it is.</source>
        <translation>Черновик %1 сохранён более новой версией Aivizor (формат %2) и оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="196"/>
        <source>it has no valid format version</source>
        <translation>у него нет допустимой версии формата</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="201"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 повреждён: %2.</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="209"/>
        <source>The draft could not be read. %1 It could not be renamed either; it was left in place.</source>
        <translation>Не удалось прочитать черновик. %1 Переименовать его тоже не удалось; он оставлен на месте.</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="211"/>
        <source>The draft could not be read. %1 It was kept as %2.</source>
        <translation>Не удалось прочитать черновик. %1 Он сохранён как %2.</translation>
    </message>
    <message>
        <location filename="../lib/storage/draftstore.cpp" line="226"/>
        <source>The draft could not be deleted: %1</source>
        <translation>Не удалось удалить черновик: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ErrorBanner</name>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="16"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="21"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="29"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>Aivizor::FeedTreeModel</name>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="69"/>
        <location filename="../app/feeds/feedtreemodel.cpp" line="222"/>
        <source>Latest</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="71"/>
        <location filename="../app/feeds/feedtreemodel.cpp" line="222"/>
        <source>Top</source>
        <translation>Популярные</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="74"/>
        <source>Community %1</source>
        <translation>Сообщество %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="210"/>
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n тема</numerusform>
            <numerusform>%1, %n темы</numerusform>
            <numerusform>%1, %n тем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="221"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="225"/>
        <source>All communities of this forum</source>
        <translation>Все сообщества этого форума</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="226"/>
        <source>Topics with the most recent activity</source>
        <translation>Темы с самой свежей активностью</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedtreemodel.cpp" line="227"/>
        <source>The most active topics</source>
        <translation>Самые активные темы</translation>
    </message>
</context>
<context>
    <name>Aivizor::FindBar</name>
    <message>
        <location filename="../app/reader/findbar.cpp" line="22"/>
        <location filename="../app/reader/findbar.cpp" line="24"/>
        <source>Find in topic</source>
        <translation>Поиск в теме</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="25"/>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="30"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="31"/>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="34"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="35"/>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="38"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="39"/>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <location filename="../app/reader/findbar.cpp" line="152"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/findbar.cpp" line="154"/>
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
        <location filename="../lib/net/forumclient.cpp" line="27"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Форум прислал неожиданный ответ: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::ForumWriter</name>
    <message>
        <location filename="../lib/net/forumwriter.cpp" line="21"/>
        <source>The forum sent an unexpected answer: %1</source>
        <translation>Форум прислал неожиданный ответ: %1</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="398"/>
        <source>[image: %1]</source>
        <translation>[изображение: %1]</translation>
    </message>
    <message>
        <location filename="../lib/render/htmlsanitizer.cpp" line="480"/>
        <source>%1 wrote:</source>
        <translation>%1 пишет:</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../lib/storage/jsonfile.cpp" line="14"/>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location filename="../lib/storage/jsonfile.cpp" line="19"/>
        <location filename="../lib/storage/jsonfile.cpp" line="24"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/storage/jsonfile.cpp" line="29"/>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/storage/jsonfile.cpp" line="43"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/storage/jsonfile.cpp" line="50"/>
        <source>%1 is damaged (%2 at byte %3).</source>
        <translation>%1 повреждён (%2 в байте %3).</translation>
    </message>
    <message>
        <location filename="../lib/storage/jsonfile.cpp" line="57"/>
        <source>%1 is damaged (not a JSON object).</source>
        <translation>%1 повреждён (не объект JSON).</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="43"/>
        <location filename="../lib/parse/jsonreader.cpp" line="55"/>
        <source>expected an integer</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="67"/>
        <source>missing required integer</source>
        <translation>отсутствует обязательное целое число</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="81"/>
        <source>missing required string</source>
        <translation>отсутствует обязательная строка</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="85"/>
        <source>expected a string</source>
        <translation>ожидалась строка</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="107"/>
        <source>expected a boolean</source>
        <translation>ожидалось логическое значение</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="119"/>
        <source>expected an ISO 8601 date</source>
        <translation>ожидалась дата в формате ISO 8601</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="134"/>
        <source>expected a hex color</source>
        <translation>ожидался цвет в шестнадцатеричном виде</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="149"/>
        <source>missing required object</source>
        <translation>отсутствует обязательный объект</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="153"/>
        <location filename="../lib/parse/jsonreader.cpp" line="230"/>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="168"/>
        <source>missing required array</source>
        <translation>отсутствует обязательный массив</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="172"/>
        <source>expected an array</source>
        <translation>ожидался массив</translation>
    </message>
    <message>
        <location filename="../lib/parse/jsonreader.cpp" line="216"/>
        <source>expected a tag name or tag object</source>
        <translation>ожидалось название тега или объект тега</translation>
    </message>
</context>
<context>
    <name>Aivizor::KeychainCredentialStore</name>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="56"/>
        <source>No saved key for this account.</source>
        <translation>Для этой учётной записи нет сохранённого ключа.</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="62"/>
        <source>No keychain is available on this system (%1).</source>
        <translation>В этой системе нет доступной связки ключей (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="67"/>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Доступ к связке ключей запрещён (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="73"/>
        <source>The saved key could not be deleted (%1).</source>
        <translation>Не удалось удалить сохранённый ключ (%1).</translation>
    </message>
    <message>
        <location filename="../app/accounts/keychaincredentialstore.cpp" line="74"/>
        <source>The keychain reported an error (%1).</source>
        <translation>Связка ключей сообщила об ошибке (%1).</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="11"/>
        <source>A native reader for Discourse forums.</source>
        <translation>Нативный клиент для чтения форумов Discourse.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="16"/>
        <source>Start the bundled demo server and open its community.</source>
        <translation>Запустить встроенный демо-сервер и открыть его сообщество.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="18"/>
        <source>Open the Discourse forum at &lt;url&gt; for anonymous reading.</source>
        <translation>Открыть форум Discourse по адресу &lt;url&gt; для анонимного чтения.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="21"/>
        <source>Load, save a PNG of the window to &lt;file&gt; and exit.</source>
        <translation>Загрузить, сохранить PNG окна в &lt;file&gt; и выйти.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="24"/>
        <source>With --screenshot: open topic &lt;id&gt; in the reader.</source>
        <translation>С --screenshot: открыть тему &lt;id&gt; в читалке.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="27"/>
        <source>With --screenshot and --open-topic: open the composer with &lt;text&gt;.</source>
        <translation>С --screenshot и --open-topic: открыть редактор с текстом &lt;text&gt;.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="30"/>
        <source>With --screenshot: window size, e.g. 1280x800.</source>
        <translation>С --screenshot: размер окна, например 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="33"/>
        <source>Use a dark color scheme.</source>
        <translation>Использовать тёмную цветовую схему.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="35"/>
        <source>User interface language: de, ru or en.</source>
        <translation>Язык интерфейса: de, ru или en.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="42"/>
        <source>--demo and --server cannot be combined.</source>
        <translation>--demo и --server нельзя использовать вместе.</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="54"/>
        <source>Not a valid forum address: %1</source>
        <translation>Неверный адрес форума: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="66"/>
        <source>Not a valid topic id: %1</source>
        <translation>Неверный идентификатор темы: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="76"/>
        <source>Not a valid size (use WIDTHxHEIGHT): %1</source>
        <translation>Неверный размер (используйте ШИРИНАxВЫСОТА): %1</translation>
    </message>
    <message>
        <location filename="../app/shell/launchoptions.cpp" line="87"/>
        <source>Unsupported language: %1 (use de, ru or en)</source>
        <translation>Неподдерживаемый язык: %1 (используйте de, ru или en)</translation>
    </message>
</context>
<context>
    <name>Aivizor::LoopbackReceiver</name>
    <message>
        <location filename="../lib/accounts/loopbackreceiver.cpp" line="25"/>
        <source>Could not wait for the browser&apos;s answer: %1</source>
        <translation>Не удалось дождаться ответа браузера: %1</translation>
    </message>
    <message>
        <location filename="../lib/accounts/loopbackreceiver.cpp" line="69"/>
        <source>The request was too large.</source>
        <translation>Запрос слишком большой.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/loopbackreceiver.cpp" line="79"/>
        <source>Unexpected request.</source>
        <translation>Неожиданный запрос.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/loopbackreceiver.cpp" line="85"/>
        <source>Nothing here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/loopbackreceiver.cpp" line="88"/>
        <source>Aivizor received the forum&apos;s answer. You can close this tab.</source>
        <translation>Aivizor получил ответ форума. Эту вкладку можно закрыть.</translation>
    </message>
</context>
<context>
    <name>Aivizor::MainActions</name>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="16"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="18"/>
        <source>Reload the current feed (F5)</source>
        <translation>Перезагрузить текущую ленту (F5)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="20"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="22"/>
        <source>Go back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="24"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="26"/>
        <source>Go forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="28"/>
        <source>Open in &amp;Browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="30"/>
        <source>Open the current topic or feed in the web browser</source>
        <translation>Открыть текущую тему или ленту в веб-браузере</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="32"/>
        <source>Copy &amp;Link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="34"/>
        <source>Copy the address of the current topic or feed (Ctrl+L)</source>
        <translation>Скопировать адрес текущей темы или ленты (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="36"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="39"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="41"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="44"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="48"/>
        <source>&amp;Next Topic</source>
        <translation>&amp;Следующая тема</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="50"/>
        <source>&amp;Previous Topic</source>
        <translation>&amp;Предыдущая тема</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="53"/>
        <source>Communities</source>
        <translation>Сообщества</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="55"/>
        <source>Topic List</source>
        <translation>Список тем</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="57"/>
        <source>Reader</source>
        <translation>Читалка</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="59"/>
        <source>&amp;Filter Topics</source>
        <translation>&amp;Фильтр тем</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="62"/>
        <source>&amp;Latest</source>
        <translation>Н&amp;овые</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="63"/>
        <source>&amp;Top</source>
        <translation>Попу&amp;лярные</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="65"/>
        <source>&amp;About Aivizor</source>
        <translation>&amp;О программе Aivizor</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="92"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="100"/>
        <source>&amp;Focus</source>
        <translation>Фо&amp;кус</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="105"/>
        <source>&amp;Go</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <location filename="../app/shell/mainactions.cpp" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>Aivizor::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="82"/>
        <source>Main Toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="91"/>
        <source>Reader</source>
        <translation>Читалка</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="124"/>
        <source>communities</source>
        <translation>сообщества</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <location filename="../app/mainwindow.cpp" line="555"/>
        <source>topics</source>
        <translation>темы</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>&amp;New Topic…</source>
        <translation>&amp;Новая тема…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="221"/>
        <source>Could not start a web browser for %1</source>
        <translation>Не удалось запустить веб-браузер для %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="228"/>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>About Aivizor</source>
        <translation>О программе Aivizor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>&lt;p&gt;&lt;b&gt;Aivizor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A native desktop reader for Discourse forums.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aivizor %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Нативный настольный клиент для чтения форумов Discourse.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="356"/>
        <location filename="../app/mainwindow.cpp" line="549"/>
        <source>Starting the demo server…</source>
        <translation>Запуск демо-сервера…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="388"/>
        <source>Aivizor</source>
        <translation>Aivizor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="409"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="476"/>
        <source>Could not load the %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="483"/>
        <source>Rate limited by the server</source>
        <translation>Сервер ограничил частоту запросов</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="487"/>
        <source>Server error %1</source>
        <translation>Ошибка сервера %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="527"/>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="533"/>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="536"/>
        <source>Server not responding — retrying</source>
        <translation>Сервер не отвечает — повторная попытка</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="539"/>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="551"/>
        <source>Loading communities…</source>
        <translation>Загрузка сообществ…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>Loading %1…</source>
        <translation>Загрузка: %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="557"/>
        <source>Loading topic…</source>
        <translation>Загрузка темы…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="570"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../lib/render/markdownpreview.cpp" line="51"/>
        <source>&lt;p&gt;The preview could not be rendered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Не удалось построить предпросмотр.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Aivizor::MemoryCredentialStore</name>
    <message>
        <location filename="../lib/auth/memorycredentialstore.cpp" line="9"/>
        <source>No keychain is available on this system.</source>
        <translation>В этой системе нет доступной связки ключей.</translation>
    </message>
    <message>
        <location filename="../lib/auth/memorycredentialstore.cpp" line="22"/>
        <source>No saved key for this account.</source>
        <translation>Для этой учётной записи нет сохранённого ключа.</translation>
    </message>
</context>
<context>
    <name>Aivizor::Outbox</name>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="84"/>
        <source>The forum address is not valid.</source>
        <translation>Неверный адрес форума.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="255"/>
        <source>The outbox could not be saved. %1</source>
        <translation>Не удалось сохранить исходящие. %1</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="274"/>
        <source>%1 is not an Aivizor outbox.</source>
        <translation>%1 — не исходящие Aivizor.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="276"/>
        <source>%1 was saved by a newer version of Aivizor.</source>
        <translation>%1 сохранён более новой версией Aivizor.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="278"/>
        <source>%1 has no valid format version.</source>
        <translation>У %1 нет допустимой версии формата.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/outbox.cpp" line="296"/>
        <source>%n damaged entries in %1 were skipped.</source>
        <translation>
            <numerusform>%n повреждённая запись в %1 пропущена.</numerusform>
            <numerusform>%n повреждённые записи в %1 пропущены.</numerusform>
            <numerusform>%n повреждённых записей в %1 пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="303"/>
        <source>The outbox could not be read completely. %1</source>
        <translation>Не удалось полностью прочитать исходящие. %1</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="304"/>
        <source>The outbox could not be read completely. %1 The original was kept as %2.</source>
        <translation>Не удалось полностью прочитать исходящие. %1 Оригинал сохранён как %2.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="318"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="319"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="320"/>
        <source>Waiting (the forum asked to slow down)</source>
        <translation>Ожидает (форум просит снизить частоту)</translation>
    </message>
    <message>
        <location filename="../lib/storage/outbox.cpp" line="321"/>
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
        <location filename="../app/composer/outboxbutton.cpp" line="31"/>
        <source>Outbox (%1)</source>
        <translation>Исходящие (%1)</translation>
    </message>
</context>
<context>
    <name>Aivizor::OutboxDialog</name>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="20"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="25"/>
        <source>Post</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="25"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="25"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="25"/>
        <source>Next Attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="25"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="32"/>
        <source>&amp;Retry Now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="33"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="34"/>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../app/composer/outboxdialog.cpp" line="74"/>
        <source>Topic %1: %2</source>
        <translation>Тема %1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxPayload</name>
    <message>
        <location filename="../lib/storage/outboxentry.cpp" line="31"/>
        <source>The post is empty.</source>
        <translation>Сообщение пустое.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outboxentry.cpp" line="33"/>
        <source>The reply has no topic.</source>
        <translation>У ответа нет темы.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outboxentry.cpp" line="35"/>
        <source>The reply refers to an invalid post number.</source>
        <translation>Ответ ссылается на неверный номер сообщения.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outboxentry.cpp" line="37"/>
        <source>The new topic has no title.</source>
        <translation>У новой темы нет заголовка.</translation>
    </message>
    <message>
        <location filename="../lib/storage/outboxentry.cpp" line="39"/>
        <source>The new topic has an invalid category.</source>
        <translation>У новой темы неверное сообщество.</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <location filename="../lib/parse/communityparser.cpp" line="55"/>
        <location filename="../lib/parse/postparser.cpp" line="10"/>
        <location filename="../lib/parse/topiclistparser.cpp" line="74"/>
        <location filename="../lib/parse/topicparser.cpp" line="13"/>
        <source>the response is not a JSON object</source>
        <translation>ответ не является объектом JSON</translation>
    </message>
</context>
<context>
    <name>Aivizor::PostBrowser</name>
    <message>
        <location filename="../app/reader/postbrowser.cpp" line="16"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>PostTime</name>
    <message>
        <location filename="../app/reader/posttime.cpp" line="21"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/reader/posttime.cpp" line="34"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/posttime.cpp" line="37"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/posttime.cpp" line="40"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/posttime.cpp" line="43"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/posttime.cpp" line="45"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n месяц назад</numerusform>
            <numerusform>%n месяца назад</numerusform>
            <numerusform>%n месяцев назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/posttime.cpp" line="46"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n год назад</numerusform>
            <numerusform>%n года назад</numerusform>
            <numerusform>%n лет назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../lib/net/apierror.cpp" line="88"/>
        <source>The forum asked us to slow down. Try again later.</source>
        <translation>Форум просит снизить частоту запросов. Повторите позже.</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReaderView</name>
    <message>
        <location filename="../app/reader/readerview.cpp" line="52"/>
        <source>Reader</source>
        <translation>Читалка</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="65"/>
        <source>&amp;Quote</source>
        <translation>&amp;Цитировать</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="67"/>
        <source>Quote the selected text in a reply (q)</source>
        <translation>Процитировать выделенный текст в ответе (q)</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="69"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="71"/>
        <source>Reply to the topic (r)</source>
        <translation>Ответить в теме (r)</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="142"/>
        <source>Select a topic to read it here.</source>
        <translation>Выберите тему, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="283"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="293"/>
        <source>Loading more posts…</source>
        <translation>Загрузка следующих сообщений…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/readerview.cpp" line="368"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите через %n секунду.</numerusform>
            <numerusform>Повторите через %n секунды.</numerusform>
            <numerusform>Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="371"/>
        <source>This topic could not be shown.</source>
        <translation>Не удалось показать эту тему.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="681"/>
        <source>Jump to Post</source>
        <translation>Перейти к сообщению</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="682"/>
        <source>Post number:</source>
        <translation>Номер сообщения:</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="740"/>
        <source>Could not open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="743"/>
        <source>This link was blocked: %1</source>
        <translation>Эта ссылка заблокирована: %1</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="783"/>
        <source>Zoom %1%</source>
        <translation>Масштаб %1%</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="834"/>
        <source>Sign in (File &gt; Sign In…) to reply and like posts.</source>
        <translation>Войдите (Файл &gt; Войти…), чтобы отвечать и отмечать сообщения «нравится».</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="836"/>
        <source>This topic is closed: it no longer accepts replies.</source>
        <translation>Эта тема закрыта: ответы больше не принимаются.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="837"/>
        <source>You cannot reply to this topic.</source>
        <translation>Вы не можете отвечать в этой теме.</translation>
    </message>
    <message>
        <location filename="../app/reader/readerview.cpp" line="936"/>
        <source>Select text in a post first, then press q to quote it.</source>
        <translation>Сначала выделите текст в сообщении, затем нажмите q, чтобы процитировать его.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/feeds/relativetime.cpp" line="17"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../app/feeds/relativetime.cpp" line="19"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../app/feeds/relativetime.cpp" line="21"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../app/feeds/relativetime.cpp" line="23"/>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <location filename="../app/feeds/relativetime.cpp" line="25"/>
        <source>%1 mo</source>
        <translation>%1 мес</translation>
    </message>
    <message>
        <location filename="../app/feeds/relativetime.cpp" line="26"/>
        <source>%1 y</source>
        <translation>%1 г</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReplyController</name>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="39"/>
        <source>Your post was accepted and waits for a moderator&apos;s approval.</source>
        <translation>Ваше сообщение принято и ожидает одобрения модератора.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="84"/>
        <source>The like could not be changed: %1</source>
        <translation>Не удалось изменить отметку «нравится»: %1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="91"/>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="187"/>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="195"/>
        <source>Reply to post #%1</source>
        <translation>Ответ на сообщение №%1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="196"/>
        <source>Reply to @%1 (post #%2)</source>
        <translation>Ответ @%1 (сообщение №%2)</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="200"/>
        <source>Reply to the topic</source>
        <translation>Ответить в теме</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="200"/>
        <source>Reply to “%1”</source>
        <translation>Ответ в теме «%1»</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="252"/>
        <source>Sign in (File &gt; Sign In…) to start a topic.</source>
        <translation>Войдите (Файл &gt; Войти…), чтобы создать тему.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="268"/>
        <source>Sign in to send.</source>
        <translation>Войдите, чтобы отправить.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="317"/>
        <source>Your topic was created.</source>
        <translation>Ваша тема создана.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="320"/>
        <source>Your reply was posted.</source>
        <translation>Ваш ответ опубликован.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="323"/>
        <source>Your reply from the outbox was posted.</source>
        <translation>Ваш ответ из исходящих опубликован.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="330"/>
        <source>A post in the outbox was rejected: %1</source>
        <translation>Сообщение из исходящих отклонено: %1</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="349"/>
        <source>Not sent yet: %1. The reply waits in the outbox and is sent automatically (next try at %2).</source>
        <translation>Ещё не отправлено: %1. Ответ ждёт в исходящих и будет отправлен автоматически (следующая попытка в %2).</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="359"/>
        <location filename="../app/composer/replycontroller.cpp" line="375"/>
        <source>It is being sent right now; try again in a moment.</source>
        <translation>Сообщение отправляется прямо сейчас; повторите через мгновение.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="364"/>
        <source>Sending cancelled. The text is kept.</source>
        <translation>Отправка отменена. Текст сохранён.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="371"/>
        <source>That post belongs to another forum; open it first.</source>
        <translation>Это сообщение относится к другому форуму; сначала откройте его.</translation>
    </message>
    <message>
        <location filename="../app/composer/replycontroller.cpp" line="417"/>
        <source>Still waiting for the forum to confirm the last like.</source>
        <translation>Форум ещё не подтвердил последнюю отметку «нравится».</translation>
    </message>
</context>
<context>
    <name>Aivizor::ReplySender</name>
    <message>
        <location filename="../lib/compose/replysender.cpp" line="135"/>
        <source>The account for this forum was signed out.</source>
        <translation>Учётная запись для этого форума вышла из системы.</translation>
    </message>
</context>
<context>
    <name>Aivizor::ScreenshotRunner</name>
    <message numerus="yes">
        <location filename="../app/shell/screenshotrunner.cpp" line="24"/>
        <source>Timed out after %n second(s) waiting for the content to load.</source>
        <translation>
            <numerusform>Время ожидания загрузки истекло через %n секунду.</numerusform>
            <numerusform>Время ожидания загрузки истекло через %n секунды.</numerusform>
            <numerusform>Время ожидания загрузки истекло через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shell/screenshotrunner.cpp" line="88"/>
        <source>Could not write the screenshot to %1</source>
        <translation>Не удалось записать снимок экрана в %1</translation>
    </message>
    <message>
        <location filename="../app/shell/screenshotrunner.cpp" line="102"/>
        <source>Screenshot failed: %1</source>
        <translation>Не удалось сделать снимок экрана: %1</translation>
    </message>
</context>
<context>
    <name>Aivizor::SignIn</name>
    <message>
        <location filename="../lib/accounts/signin.cpp" line="129"/>
        <source>The forum did not say who is signed in.</source>
        <translation>Форум не сообщил, кто выполнил вход.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/signin.cpp" line="133"/>
        <source>This key belongs to %1, not to %2.</source>
        <translation>Этот ключ принадлежит %1, а не %2.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/signin.cpp" line="141"/>
        <location filename="../lib/accounts/signin.cpp" line="185"/>
        <source>The forum did not accept the key.</source>
        <translation>Форум не принял ключ.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/signin.cpp" line="154"/>
        <source>The forum did not say who approved the key.</source>
        <translation>Форум не сообщил, кто подтвердил ключ.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/signin.cpp" line="234"/>
        <source>Not signed in: the key was not kept.</source>
        <translation>Вход не выполнен: ключ не сохранён.</translation>
    </message>
    <message>
        <location filename="../lib/accounts/signin.cpp" line="287"/>
        <source>The key for %1 is no longer stored. Please sign in again.</source>
        <translation>Ключ для %1 больше не хранится. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>Aivizor::SignInDialog</name>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="21"/>
        <location filename="../app/accounts/signindialog.cpp" line="62"/>
        <source>Sign In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="31"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="32"/>
        <source>Receive the key automatically (local redirect)</source>
        <translation>Получить ключ автоматически (локальное перенаправление)</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="34"/>
        <source>Turn this off when the forum does not allow redirects to this computer; it then shows a text to paste below.</source>
        <translation>Отключите, если форум не разрешает перенаправление на этот компьютер; тогда он покажет текст, который нужно вставить ниже.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="36"/>
        <source>Open the Approval Page</source>
        <translation>Открыть страницу подтверждения</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="44"/>
        <source>If the forum shows a block of text instead of returning here, paste it here.</source>
        <translation>Если форум показывает блок текста вместо возврата сюда, вставьте его сюда.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="46"/>
        <source>Use the Pasted Text</source>
        <translation>Использовать вставленный текст</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="48"/>
        <source>Username:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="65"/>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="66"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="70"/>
        <source>Approve in the Browser</source>
        <translation>Подтвердить в браузере</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="71"/>
        <source>API Key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="82"/>
        <source>&amp;Forum address:</source>
        <translation>&amp;Адрес форума:</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="92"/>
        <location filename="../app/accounts/signindialog.cpp" line="188"/>
        <source>Checking the key…</source>
        <translation>Проверка ключа…</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="116"/>
        <source>Approve Aivizor on the forum&apos;s page: &lt;a href=&quot;%1&quot;&gt;open it again&lt;/a&gt;.</source>
        <translation>Подтвердите доступ Aivizor на странице форума: &lt;a href=&quot;%1&quot;&gt;открыть снова&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="120"/>
        <source>Waiting for the approval in the browser…</source>
        <translation>Ожидание подтверждения в браузере…</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="121"/>
        <source>After approving, paste the text the forum shows below.</source>
        <translation>После подтверждения вставьте ниже текст, который покажет форум.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="125"/>
        <source>Signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="149"/>
        <source>Enter the forum&apos;s address, for example https://forum.example.org.</source>
        <translation>Введите адрес форума, например https://forum.example.org.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="153"/>
        <source>Connecting to %1… Sign in again once the forum is shown.</source>
        <translation>Подключение к %1… Войдите снова, когда форум откроется.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="167"/>
        <location filename="../app/accounts/signindialog.cpp" line="184"/>
        <source>A sign-in is already running.</source>
        <translation>Вход уже выполняется.</translation>
    </message>
    <message>
        <location filename="../app/accounts/signindialog.cpp" line="180"/>
        <source>Enter your username and the API key.</source>
        <translation>Введите имя пользователя и API-ключ.</translation>
    </message>
</context>
<context>
    <name>ThreadHtml</name>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="103"/>
        <source>closed this topic</source>
        <translation>закрыл(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="105"/>
        <source>opened this topic</source>
        <translation>открыл(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="107"/>
        <source>pinned this topic</source>
        <translation>закрепил(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="109"/>
        <source>unpinned this topic</source>
        <translation>открепил(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="111"/>
        <source>archived this topic</source>
        <translation>архивировал(а) эту тему</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="113"/>
        <source>unlisted this topic</source>
        <translation>скрыл(а) эту тему из списков</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="115"/>
        <source>listed this topic</source>
        <translation>вернул(а) эту тему в списки</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="117"/>
        <source>changed this topic (%1)</source>
        <translation>изменил(а) эту тему (%1)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="132"/>
        <source>You like this post. Click to take the like back.</source>
        <translation>Вам нравится это сообщение. Нажмите, чтобы убрать отметку «нравится».</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="132"/>
        <source>Like this post</source>
        <translation>Нравится</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="142"/>
        <source>Reply to this post (r replies to the topic)</source>
        <translation>Ответить на это сообщение (r — ответ в теме)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="143"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="159"/>
        <source>Show the topics of %1</source>
        <translation>Показать темы: %1</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="168"/>
        <source>Pinned</source>
        <translation>Закреплена</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="170"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="172"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="178"/>
        <source>Show topics tagged %1</source>
        <translation>Показать темы с тегом %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="214"/>
        <location filename="../app/reader/threadhtml.cpp" line="259"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n отметка «нравится»</numerusform>
            <numerusform>%n отметки «нравится»</numerusform>
            <numerusform>%n отметок «нравится»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="218"/>
        <source>%n reply(s)</source>
        <comment>counter</comment>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="219"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n просмотр</numerusform>
            <numerusform>%n просмотра</numerusform>
            <numerusform>%n просмотров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="221"/>
        <source>Replies (%1)</source>
        <translation>Ответы (%1)</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="223"/>
        <source>No replies in this topic yet.</source>
        <translation>В этой теме пока нет ответов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="230"/>
        <source>%n earlier reply(s) not loaded. Scroll up to load them.</source>
        <translation>
            <numerusform>%n более ранний ответ не загружен. Прокрутите вверх, чтобы загрузить его.</numerusform>
            <numerusform>%n более ранних ответа не загружены. Прокрутите вверх, чтобы загрузить их.</numerusform>
            <numerusform>%n более ранних ответов не загружено. Прокрутите вверх, чтобы загрузить их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="247"/>
        <source>post #%1</source>
        <translation>сообщение №%1</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="250"/>
        <source>in reply to</source>
        <translation>в ответ на</translation>
    </message>
    <message>
        <location filename="../app/reader/threadhtml.cpp" line="251"/>
        <source>Go to post #%1</source>
        <translation>Перейти к сообщению №%1</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicDelegate</name>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="56"/>
        <location filename="../app/feeds/topicdelegate.cpp" line="58"/>
        <source>%1k</source>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="59"/>
        <source>%1M</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="220"/>
        <source>Last activity: %1</source>
        <translation>Последняя активность: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="223"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="224"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n просмотр</numerusform>
            <numerusform>%n просмотра</numerusform>
            <numerusform>%n просмотров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="225"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n отметка «нравится»</numerusform>
            <numerusform>%n отметки «нравится»</numerusform>
            <numerusform>%n отметок «нравится»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/topicdelegate.cpp" line="230"/>
        <source>Started by %1 (@%2) on %3</source>
        <translation>Начал(а) %1 (@%2), %3</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicFilterProxy</name>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="39"/>
        <source>, by %1</source>
        <translation>, автор %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicfilterproxy.cpp" line="41"/>
        <source>, %n reply(s)</source>
        <translation>
            <numerusform>, %n ответ</numerusform>
            <numerusform>, %n ответа</numerusform>
            <numerusform>, %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="43"/>
        <source>, pinned</source>
        <translation>, закреплена</translation>
    </message>
    <message>
        <location filename="../app/feeds/topicfilterproxy.cpp" line="45"/>
        <source>, closed</source>
        <translation>, закрыта</translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicListPane</name>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="26"/>
        <source>Filter topics by title, tag or author  ( / )</source>
        <translation>Фильтр тем по названию, тегу или автору  ( / )</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="27"/>
        <source>Filter topics</source>
        <translation>Фильтр тем</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="47"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="189"/>
        <source>Could not load the topics: %1</source>
        <translation>Не удалось загрузить темы: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="190"/>
        <source>Could not load more topics: %1</source>
        <translation>Не удалось загрузить следующие темы: %1</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="226"/>
        <source>Loading topics…</source>
        <translation>Загрузка тем…</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="228"/>
        <source>No loaded topic matches “%1”.</source>
        <translation>Ни одна загруженная тема не соответствует «%1».</translation>
    </message>
    <message>
        <location filename="../app/feeds/topiclistpane.cpp" line="230"/>
        <source>There are no topics here yet.</source>
        <translation>Здесь пока нет тем.</translation>
    </message>
</context>
<context>
    <name>Aivizor::Transport</name>
    <message>
        <location filename="../lib/net/transport.cpp" line="69"/>
        <source>The forum refused the connection.</source>
        <translation>Форум отклонил подключение.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="72"/>
        <source>The forum&apos;s host name could not be found.</source>
        <translation>Не удалось найти имя хоста форума.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="76"/>
        <source>The forum did not answer in time.</source>
        <translation>Форум не ответил вовремя.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="80"/>
        <source>A secure connection to the forum could not be established.</source>
        <translation>Не удалось установить защищённое соединение с форумом.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="83"/>
        <source>The forum closed the connection unexpectedly.</source>
        <translation>Форум неожиданно закрыл соединение.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="86"/>
        <source>Network error: %1</source>
        <translation>Ошибка сети: %1</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="260"/>
        <location filename="../lib/net/transport.cpp" line="336"/>
        <source>The forum&apos;s answer is larger than %1 bytes.</source>
        <translation>Ответ форума больше %1 байт.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="301"/>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <location filename="../lib/net/transport.cpp" line="345"/>
        <source>The forum&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Ответ форума — недопустимый JSON (%1 в байте %2).</translation>
    </message>
</context>
<context>
    <name>UserApiKeyRequest</name>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="129"/>
        <source>The forum address is not a valid http(s) URL.</source>
        <translation>Адрес форума не является допустимым URL http(s).</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="133"/>
        <source>The authorization request is missing the application name, client id or scopes.</source>
        <translation>В запросе авторизации отсутствует имя приложения, идентификатор клиента или области доступа.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="137"/>
        <source>The authorization redirect address is not valid.</source>
        <translation>Неверный адрес перенаправления для авторизации.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="151"/>
        <source>Could not create the encryption key for the authorization.</source>
        <translation>Не удалось создать ключ шифрования для авторизации.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="204"/>
        <source>No authorization is in progress; start it again.</source>
        <translation>Авторизация не выполняется; начните её заново.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="213"/>
        <source>The authorization payload is empty.</source>
        <translation>Данные авторизации пусты.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="218"/>
        <source>The authorization payload is not valid Base64 text. Copy it again, completely.</source>
        <translation>Данные авторизации не являются допустимым текстом Base64. Скопируйте их заново полностью.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="223"/>
        <source>The authorization payload has the wrong length (%1 bytes instead of %2). Copy it again, completely.</source>
        <translation>Данные авторизации имеют неверную длину (%1 байт вместо %2). Скопируйте их заново полностью.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="234"/>
        <source>The authorization payload could not be decrypted. It may belong to an earlier authorization attempt; start again.</source>
        <translation>Не удалось расшифровать данные авторизации. Возможно, они относятся к более ранней попытке авторизации; начните заново.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="243"/>
        <source>The decrypted authorization payload does not contain an API key.</source>
        <translation>Расшифрованные данные авторизации не содержат API-ключа.</translation>
    </message>
    <message>
        <location filename="../lib/auth/userapikeyrequest.cpp" line="247"/>
        <source>The authorization payload does not match this request (wrong nonce). Start the authorization again.</source>
        <translation>Данные авторизации не соответствуют этому запросу (неверный nonce). Начните авторизацию заново.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>Aivizor</source>
        <translation>Aivizor</translation>
    </message>
</context>
</TS>
