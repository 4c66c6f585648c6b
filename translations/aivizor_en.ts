<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Aivizor::ApiError</name>
    <message numerus="yes">
        <location filename="../lib/net/apierror.cpp" line="117"/>
        <source>The forum asked us to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>The forum asked us to slow down. Try again in %n second.</numerusform>
            <numerusform>The forum asked us to slow down. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ComposerWidget</name>
    <message numerus="yes">
        <location filename="../app/composer/composerwidget.cpp" line="418"/>
        <source>The forum asks to wait: sending again in %n second(s).</source>
        <translation>
            <numerusform>The forum asks to wait: sending again in %n second.</numerusform>
            <numerusform>The forum asks to wait: sending again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::DemoServer</name>
    <message numerus="yes">
        <location filename="../app/demo/demoserver.cpp" line="17"/>
        <source>The demo server did not report its address within %n second(s).</source>
        <translation>
            <numerusform>The demo server did not report its address within %n second.</numerusform>
            <numerusform>The demo server did not report its address within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::FeedTreeModel</name>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="41"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="43"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/feedtreemodel.cpp" line="270"/>
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n topic</numerusform>
            <numerusform>%1, %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::FindBar</name>
    <message numerus="yes">
        <location filename="../app/reader/findbar.cpp" line="156"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationBell</name>
    <message numerus="yes">
        <location filename="../app/notifications/notificationbell.cpp" line="24"/>
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationTray</name>
    <message numerus="yes">
        <location filename="../app/notifications/notificationtray.cpp" line="44"/>
        <source>Aivizor: %n unread notification(s)</source>
        <translation>
            <numerusform>Aivizor: %n unread notification</numerusform>
            <numerusform>Aivizor: %n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::NotificationTreeModel</name>
    <message numerus="yes">
        <location filename="../lib/notifications/notificationtreemodel.cpp" line="191"/>
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n unread)</numerusform>
            <numerusform>%1 (%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::OfflineProgress</name>
    <message numerus="yes">
        <location filename="../app/widgets/offlineprogress.cpp" line="60"/>
        <source>%n topic(s) could not be saved.</source>
        <translation>
            <numerusform>%n topic could not be saved.</numerusform>
            <numerusform>%n topics could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::Outbox</name>
    <message numerus="yes">
        <location filename="../lib/posting/outbox.cpp" line="324"/>
        <source>%n damaged entries in %1 were skipped.</source>
        <translation>
            <numerusform>%n damaged entry in %1 was skipped.</numerusform>
            <numerusform>%n damaged entries in %1 were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ReaderView</name>
    <message numerus="yes">
        <location filename="../app/reader/readerview.cpp" line="410"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ReadingController</name>
    <message numerus="yes">
        <location filename="../app/shell/readingcontroller.cpp" line="276"/>
        <source>%n topic(s) marked read.</source>
        <translation>
            <numerusform>%n topic marked read.</numerusform>
            <numerusform>%n topics marked read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/readingcontroller.cpp" line="296"/>
        <source>%n topic(s) unread again.</source>
        <translation>
            <numerusform>%n topic unread again.</numerusform>
            <numerusform>%n topics unread again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::RemoteImagesBar</name>
    <message numerus="yes">
        <location filename="../app/reader/remoteimagesbar.cpp" line="33"/>
        <source>%n picture(s) from other sites not loaded.</source>
        <translation>
            <numerusform>%n picture from other sites not loaded.</numerusform>
            <numerusform>%n pictures from other sites not loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::ScreenshotRunner</name>
    <message numerus="yes">
        <location filename="../app/shell/screenshotrunner.cpp" line="26"/>
        <source>Timed out after %n second(s) waiting for the content to load.</source>
        <translation>
            <numerusform>Timed out after %n second waiting for the content to load.</numerusform>
            <numerusform>Timed out after %n seconds waiting for the content to load.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::SearchPanel</name>
    <message numerus="yes">
        <location filename="../app/search/searchpanel.cpp" line="202"/>
        <source>%n result(s) so far; scroll for more.</source>
        <translation>
            <numerusform>%n result so far; scroll for more.</numerusform>
            <numerusform>%n results so far; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/search/searchpanel.cpp" line="204"/>
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicDelegate</name>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="257"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="258"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicdelegate.cpp" line="259"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicFilterProxy</name>
    <message numerus="yes">
        <location filename="../app/feeds/topicfilterproxy.cpp" line="63"/>
        <source>, %n reply(s)</source>
        <translation>
            <numerusform>, %n reply</numerusform>
            <numerusform>, %n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/topicfilterproxy.cpp" line="71"/>
        <source>, %n new post(s)</source>
        <translation>
            <numerusform>, %n new post</numerusform>
            <numerusform>, %n new posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aivizor::TopicListModel</name>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="308"/>
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n new post</numerusform>
            <numerusform>%n new posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="327"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/topiclistmodel.cpp" line="328"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="60"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="63"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="66"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="68"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/text/relativetime.cpp" line="69"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadHtml</name>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="224"/>
        <location filename="../app/reader/threadhtml.cpp" line="272"/>
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="228"/>
        <source>%n reply(s)</source>
        <comment>counter</comment>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="229"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reader/threadhtml.cpp" line="240"/>
        <source>%n earlier reply(s) not loaded. Scroll up to load them.</source>
        <translation>
            <numerusform>%n earlier reply not loaded. Scroll up to load it.</numerusform>
            <numerusform>%n earlier replies not loaded. Scroll up to load them.</numerusform>
        </translation>
    </message>
</context>
</TS>
