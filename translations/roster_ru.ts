<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message>
        <source>Roster could not keep a local copy of the users: %1</source>
        <translation>Roster не удалось сохранить локальную копию пользователей: %1</translation>
    </message>
    <message>
        <source>The activity log could not be saved: %1</source>
        <translation>Не удалось сохранить журнал действий: %1</translation>
    </message>
    <message>
        <source>The server ended the session (%1). Sign in again to see changes and to make them.</source>
        <translation>Сервер завершил сеанс (%1). Войдите снова, чтобы видеть изменения и вносить их.</translation>
    </message>
    <message>
        <source>Roster is offline: changes are possible again once it reaches the server.</source>
        <translation>Roster не в сети: изменения снова станут возможны, когда появится связь с сервером.</translation>
    </message>
    <message>
        <source>Offline since %1. Showing the users as of %2; changes are disabled until Roster reaches the server again.</source>
        <translation>Не в сети с %1. Показаны пользователи по состоянию на %2; изменения недоступны, пока Roster снова не подключится к серверу.</translation>
    </message>
    <message>
        <source>Offline since %1: Roster cannot reach the server. Changes are disabled until it can.</source>
        <translation>Не в сети с %1: Roster не может подключиться к серверу. Изменения недоступны, пока подключение не восстановится.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Roster is not signed in to this account.</source>
        <translation>Roster не выполнил вход в этот аккаунт.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>&amp;Demo account</source>
        <translation>Дем&amp;оаккаунт</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Демоаккаунт</translation>
    </message>
    <message>
        <source>Switch between accounts, add one, or sign out</source>
        <translation>Переключиться на другой аккаунт, добавить аккаунт или выйти</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Accounts of this sign-in</source>
        <translation>Аккаунты этого входа</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Аккаунт %1</translation>
    </message>
    <message>
        <source>Open %1 (account ID %2)</source>
        <translation>Открыть %1 (ID аккаунта %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AccountTokens</name>
    <message>
        <source>The account is not known yet. Try again once the users are loaded.</source>
        <translation>Аккаунт ещё не известен. Повторите попытку, когда пользователи загрузятся.</translation>
    </message>
    <message>
        <source>API token “%1” was already deleted</source>
        <translation>API-токен «%1» уже был удалён</translation>
    </message>
    <message>
        <source>API token “%1”</source>
        <translation>API-токен «%1»</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Истёк %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>ActionPolicy</name>
    <message>
        <source>Another operation is running; wait for it or cancel it.</source>
        <translation>Выполняется другая операция; дождитесь её завершения или отмените её.</translation>
    </message>
    <message>
        <source>Roster is still finding out what you may do in this account.</source>
        <translation>Roster ещё выясняет, что вам разрешено в этом аккаунте.</translation>
    </message>
    <message>
        <source>Only administrators can invite users.</source>
        <translation>Только администраторы могут приглашать пользователей.</translation>
    </message>
    <message>
        <source>Only administrators can resend invitations.</source>
        <translation>Только администраторы могут повторно отправлять приглашения.</translation>
    </message>
    <message>
        <source>This server cannot resend invitations.</source>
        <translation>Этот сервер не умеет повторно отправлять приглашения.</translation>
    </message>
    <message>
        <source>Select a user whose invitation is pending or expired.</source>
        <translation>Выберите пользователя, приглашение которого ожидает принятия или истекло.</translation>
    </message>
    <message>
        <source>Only pending or expired invitations can be resent.</source>
        <translation>Повторно отправить можно только ожидающие или истёкшие приглашения.</translation>
    </message>
    <message>
        <source>No invitation is known to have expired.</source>
        <translation>Истёкших приглашений нет.</translation>
    </message>
    <message>
        <source>Select the user to edit.</source>
        <translation>Выберите пользователя, которого нужно изменить.</translation>
    </message>
    <message>
        <source>Select only one user to edit.</source>
        <translation>Выберите для изменения только одного пользователя.</translation>
    </message>
    <message>
        <source>Only administrators can remove users.</source>
        <translation>Только администраторы могут удалять пользователей.</translation>
    </message>
    <message>
        <source>Select the users to remove.</source>
        <translation>Выберите пользователей для удаления.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself from the account.</source>
        <translation>Нельзя удалить из аккаунта самого себя.</translation>
    </message>
    <message>
        <source>Only administrators can change roles.</source>
        <translation>Только администраторы могут менять роли.</translation>
    </message>
    <message>
        <source>Select the users whose role should change.</source>
        <translation>Выберите пользователей, роль которых нужно изменить.</translation>
    </message>
    <message>
        <source>Only %1 can change their own name and language.</source>
        <translation>Только %1 может изменить своё имя и язык.</translation>
    </message>
    <message>
        <source>Only administrators can activate or deactivate users.</source>
        <translation>Только администраторы могут активировать и деактивировать пользователей.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя деактивировать самого себя.</translation>
    </message>
    <message>
        <source>You are the only active administrator of this account. Make someone else an administrator first: without one, nobody could invite people, remove users or give roles again.</source>
        <translation>Вы единственный активный администратор этого аккаунта. Сначала назначьте администратором кого-то другого: без администратора никто не сможет приглашать людей, удалять пользователей или назначать роли.</translation>
    </message>
    <message>
        <source>You will no longer be able to invite people, remove users, change anyone&apos;s role or delete other people&apos;s API tokens in this account. Only another administrator can make you an administrator again.</source>
        <translation>Вы больше не сможете приглашать людей, удалять пользователей, менять роли и удалять чужие API-токены в этом аккаунте. Вернуть вам роль администратора сможет только другой администратор.</translation>
    </message>
</context>
<context>
    <name>ActivityEntry</name>
    <message>
        <source>Invite</source>
        <comment>activity log action</comment>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <comment>activity log action</comment>
        <translation>Повторная отправка приглашения</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>activity log action</comment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Change role</source>
        <comment>activity log action</comment>
        <translation>Смена роли</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>activity log action</comment>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <comment>activity log action</comment>
        <translation>Отмена удаления</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>activity log action</comment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>activity log action</comment>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>activity log action</comment>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Delete API token</source>
        <comment>activity log action</comment>
        <translation>Удаление API-токена</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>The activity log in %1 could not be read or written: %2</source>
        <translation>Не удалось прочитать или записать журнал действий в %1: %2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>он не открыт</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <comment>an activity log result the log could not store</comment>
        <translation>%1 (не сохранено)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID пользователя: %1</translation>
    </message>
    <message>
        <source>%1
This entry could not be saved in the activity log; it will be gone after a restart.</source>
        <translation>%1
Эту запись не удалось сохранить в журнале действий; после перезапуска она пропадёт.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln запись в %1.</numerusform>
            <numerusform>Экспортировано %Ln записи в %1.</numerusform>
            <numerusform>Экспортировано %Ln записей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>Не удалось экспортировать действия в %1: %2</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Экспорт действий</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>roster-activity-%1.csv</source>
        <comment>file name</comment>
        <translation>roster-activity-%1.csv</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln entries</source>
        <translation>
            <numerusform>Показано %1 из %Ln записи</numerusform>
            <numerusform>Показано %1 из %Ln записей</numerusform>
            <numerusform>Показано %1 из %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity log for this account</source>
        <translation>Для этого аккаунта нет журнала действий</translation>
    </message>
    <message>
        <source>The earlier activity could not be read. %1</source>
        <translation>Не удалось прочитать прежние действия. %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Фильтр действий</translation>
    </message>
    <message>
        <source>Part of a user&apos;s email or ID, the details, the error, or who did it</source>
        <translation>Часть эл. почты или ID пользователя, подробностей, ошибки или имени того, кто это сделал</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Фильтр по действию</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>Показывать только ошибки</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the activity shown</source>
        <translation>Экспортировать показанные действия</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file for spreadsheets</source>
        <translation>Сохранить показанные записи в файл CSV для электронных таблиц</translation>
    </message>
    <message>
        <source>Activity log message</source>
        <translation>Сообщение журнала действий</translation>
    </message>
    <message>
        <source>Activity count</source>
        <translation>Число действий</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Очистить фильтр</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Failures &amp;only</source>
        <translation>Только &amp;ошибки</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent a response Roster cannot read: %1</source>
        <translation>Сервер прислал ответ, который Roster не может прочитать: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection.</source>
        <translation>Сервер недоступен. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Sign-in is no longer valid. Sign in again.</source>
        <translation>Вход больше не действителен. Войдите снова.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <source>The user no longer exists in this account.</source>
        <translation>Этого пользователя больше нет в аккаунте.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation>Слишком много запросов. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation>На сервере произошла ошибка. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server sent a response Roster cannot read.</source>
        <translation>Сервер прислал ответ, который Roster не может прочитать.</translation>
    </message>
    <message>
        <source>This server does not support this action.</source>
        <translation>Этот сервер не поддерживает это действие.</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>Не удалось прочитать или записать локальный файл.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>CloudRole</name>
    <message>
        <source>Administrator of all projects</source>
        <translation>Администратор всех проектов</translation>
    </message>
    <message>
        <source>Project administrator</source>
        <translation>Администратор проекта</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Internal network only user</source>
        <translation>Пользователь только внутренней сети</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Попробуйте &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Roster lists the users of a cloud account and invites, edits and removes them.</source>
        <translation>Roster показывает пользователей облачного аккаунта, приглашает, изменяет и удаляет их.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Open the offline demo account.</source>
        <translation>Открыть офлайн-демоаккаунт.</translation>
    </message>
    <message>
        <source>Rebuild the demo account from scratch, then open it.</source>
        <translation>Пересоздать демоаккаунт с нуля и открыть его.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1.</source>
        <translation>Использовать этот язык вместо системного: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Write a PNG of the main window once the users are loaded, then exit.</source>
        <translation>После загрузки пользователей сохранить снимок главного окна в PNG и выйти.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>файл.png</translation>
    </message>
    <message>
        <source>Write every user of the account as CSV to this file (- for standard output), without opening a window, then exit.</source>
        <translation>Записать всех пользователей аккаунта в этот файл CSV (- для стандартного вывода), не открывая окна, и выйти.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>файл.csv</translation>
    </message>
    <message>
        <source>With --export: read the account at this API address (for example https://api.gcore.com). The API token comes from the keychain profile named by --profile, or from the environment variable ROSTER_API_TOKEN; never from the command line.</source>
        <translation>С --export: читать аккаунт по этому адресу API (например, https://api.gcore.com). API-токен берётся из профиля в связке ключей, указанного в --profile, или из переменной окружения ROSTER_API_TOKEN, но никогда из командной строки.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>With --api-url: the account profile whose API token is in the keychain.</source>
        <translation>С --api-url: профиль аккаунта, API-токен которого хранится в связке ключей.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Use this demo account database instead of the default one.</source>
        <translation>Использовать эту базу данных демоаккаунта вместо стандартной.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Delay every demo request by this many milliseconds.</source>
        <translation>Задерживать каждый демозапрос на столько миллисекунд.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>Print the milliseconds until the first load is painted, then exit.</source>
        <translation>Вывести число миллисекунд до отрисовки первой загрузки и выйти.</translation>
    </message>
    <message>
        <source>Unsupported language &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Язык &apos;%1&apos; не поддерживается. Выберите один из: %2.</translation>
    </message>
    <message>
        <source>--demo-latency needs a whole number of milliseconds from 0 to %1, not &apos;%2&apos;.</source>
        <translation>--demo-latency требует целое число миллисекунд от 0 до %1, а не &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--screenshot needs the name of the PNG file to write.</source>
        <translation>--screenshot требует имя записываемого файла PNG.</translation>
    </message>
    <message>
        <source>--export needs the name of the CSV file to write, or - for standard output.</source>
        <translation>--export требует имя записываемого файла CSV или - для стандартного вывода.</translation>
    </message>
    <message>
        <source>--export writes a file without opening a window: it cannot be combined with --screenshot or --startup-probe.</source>
        <translation>--export записывает файл, не открывая окна: его нельзя сочетать с --screenshot или --startup-probe.</translation>
    </message>
    <message>
        <source>--api-url needs an http or https address such as https://api.gcore.com, not &apos;%1&apos;.</source>
        <translation>--api-url требует адрес http или https, например https://api.gcore.com, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--api-url works with --export only in this version; signing in from the window comes later.</source>
        <translation>В этой версии --api-url работает только с --export; вход из окна появится позже.</translation>
    </message>
    <message>
        <source>Choose either the demo account or --api-url, not both.</source>
        <translation>Выберите либо демоаккаунт, либо --api-url, но не оба.</translation>
    </message>
    <message>
        <source>--profile needs a profile name, and --api-url.</source>
        <translation>--profile требует имя профиля и --api-url.</translation>
    </message>
    <message>
        <source>--demo-file needs the path of a demo account database.</source>
        <translation>--demo-file требует путь к базе данных демоаккаунта.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: Roster takes options only.</source>
        <translation>Неожиданный аргумент &apos;%1&apos;: Roster принимает только параметры.</translation>
    </message>
    <message>
        <source>Give up on a request to the account API after this many seconds, however slowly it still answers (default: %1).</source>
        <translation>Прекратить запрос к API аккаунта через столько секунд, как бы медленно он ни отвечал (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Stop reading the list of users after this many seconds and keep what arrived (default: %1).</source>
        <translation>Прекратить чтение списка пользователей через столько секунд и сохранить то, что пришло (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of seconds from 1 to %2, not &apos;%3&apos;.</source>
        <translation>Для --%1 нужно целое число секунд от 1 до %2, а не «%3».</translation>
    </message>
    <message>
        <source>With --export: write every cell exactly as it is. By default a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return) gets a &apos; in front, so a value such as +49 30 1234 reads &apos;+49 30 1234.</source>
        <translation>С --export: записывать каждую ячейку в точности как есть. По умолчанию перед ячейкой, которую электронная таблица выполнила бы как формулу (начинающейся с =, +, -, @, табуляции или возврата каретки), ставится &apos;, так что значение вроде +49 30 1234 выглядит как &apos;+49 30 1234.</translation>
    </message>
    <message>
        <source>--csv-raw works with --export only.</source>
        <translation>--csv-raw работает только с --export.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>Для этого аккаунта не сохранён секрет.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Системная связка ключей отказала в доступе: %1</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret safely.</source>
        <translation>Нет системной связки ключей, чтобы надёжно хранить секрет.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Ошибка системной связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>DemoAccount</name>
    <message>
        <source>&quot;%1&quot; is not a valid choice.</source>
        <translation>&quot;%1&quot; — недопустимое значение.</translation>
    </message>
    <message>
        <source>A generated account needs at least one user.</source>
        <translation>В созданном аккаунте должен быть хотя бы один пользователь.</translation>
    </message>
    <message>
        <source>Ensure this field has no more than %1 characters.</source>
        <translation>Убедитесь, что в этом поле не больше %1 символов.</translation>
    </message>
    <message numerus="yes">
        <source>An administrator can invite at most %n new user(s) a day. Try again later.</source>
        <translation>
            <numerusform>Администратор может пригласить не больше %n нового пользователя в день. Повторите попытку позже.</numerusform>
            <numerusform>Администратор может пригласить не больше %n новых пользователей в день. Повторите попытку позже.</numerusform>
            <numerusform>Администратор может пригласить не больше %n новых пользователей в день. Повторите попытку позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>Введите правильный номер телефона.</translation>
    </message>
    <message>
        <source>A user with this email address already exists.</source>
        <translation>Пользователь с таким адресом электронной почты уже существует.</translation>
    </message>
    <message>
        <source>Choose at least one way to sign in.</source>
        <translation>Выберите хотя бы один способ входа.</translation>
    </message>
    <message>
        <source>The account needs at least one active administrator. Make someone else an administrator first.</source>
        <translation>В аккаунте должен быть хотя бы один активный администратор. Сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself from the account.</source>
        <translation>Нельзя удалить из аккаунта самого себя.</translation>
    </message>
    <message>
        <source>You can&apos;t deactivate yourself.</source>
        <translation>Нельзя деактивировать самого себя.</translation>
    </message>
    <message>
        <source>Token not found.</source>
        <translation>Токен не найден.</translation>
    </message>
    <message>
        <source>The invitation has expired. Ask an administrator to send it again.</source>
        <translation>Срок приглашения истёк. Попросите администратора отправить его повторно.</translation>
    </message>
    <message>
        <source>Project %1 not found.</source>
        <translation>Проект %1 не найден.</translation>
    </message>
    <message>
        <source>ClientAdministrator applies to the whole account, not to one project.</source>
        <translation>ClientAdministrator действует на весь аккаунт, а не на один проект.</translation>
    </message>
    <message>
        <source>Either client_id or project_id is required.</source>
        <translation>Требуется client_id или project_id.</translation>
    </message>
    <message>
        <source>%1 is given per project: send project_id.</source>
        <translation>%1 назначается для каждого проекта: передайте project_id.</translation>
    </message>
</context>
<context>
    <name>DemoAccountApi</name>
    <message>
        <source>Demo account</source>
        <translation>Демоаккаунт</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo account file %1 is not open.</source>
        <translation>Файл демоаккаунта %1 не открыт.</translation>
    </message>
    <message>
        <source>The demo account file %1 could not be read or written: %2</source>
        <translation>Не удалось прочитать или записать файл демоаккаунта %1: %2</translation>
    </message>
    <message>
        <source>Roster cannot create the folder %1 for the demo account file %2.</source>
        <translation>Roster не может создать папку %1 для файла демоаккаунта %2.</translation>
    </message>
    <message>
        <source>Roster cannot read the demo account file %1. Check its permissions, or start Roster with --demo-reset to replace it.</source>
        <translation>Roster не может прочитать файл демоаккаунта %1. Проверьте права доступа к нему или запустите Roster с --demo-reset, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The demo account file %1 is read-only. Check its permissions, or start Roster with --demo-reset to replace it.</source>
        <translation>Файл демоаккаунта %1 доступен только для чтения. Проверьте права доступа к нему или запустите Roster с --demo-reset, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The demo account file %1 is in use by another program. Close it and try again.</source>
        <translation>Файл демоаккаунта %1 занят другой программой. Закройте её и повторите попытку.</translation>
    </message>
    <message>
        <source>The demo account file %1 is damaged and cannot be moved aside: %2</source>
        <translation>Файл демоаккаунта %1 повреждён, и его не удаётся переместить: %2</translation>
    </message>
    <message>
        <source>Roster cannot create or write the demo account file %1: %2</source>
        <translation>Roster не может создать или записать файл демоаккаунта %1: %2</translation>
    </message>
    <message>
        <source>The demo account file %1 does not exist.</source>
        <translation>Файл демоаккаунта %1 не существует.</translation>
    </message>
    <message>
        <source>The demo account file %1 could not be read: %2</source>
        <translation>Не удалось прочитать файл демоаккаунта %1: %2</translation>
    </message>
    <message>
        <source>Roster cannot start the demo account afresh: the file %1 cannot be removed (%2).</source>
        <translation>Roster не может создать демоаккаунт заново: не удаётся удалить файл %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lower Your Own Role</source>
        <translation>Понижение своей роли</translation>
    </message>
    <message>
        <source>Lower your own role to %1?</source>
        <translation>Понизить свою роль до «%1»?</translation>
    </message>
    <message>
        <source>&amp;Lower My Role</source>
        <translation>&amp;Понизить мою роль</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <source>This user no longer exists in the account (removed by someone else).</source>
        <translation>Этого пользователя больше нет в аккаунте (его удалил кто-то другой).</translation>
    </message>
    <message>
        <source>The current role could not be read from the server (%1) The role shown is the one from the user list.</source>
        <translation>Не удалось получить текущую роль с сервера (%1) Показана роль из списка пользователей.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Save to try again.</source>
        <translation>Введённые данные не потеряны: нажмите «Сохранить», чтобы повторить попытку.</translation>
    </message>
    <message>
        <source>The name and language were saved, the role was not.</source>
        <translation>Имя и язык сохранены, а роль — нет.</translation>
    </message>
    <message>
        <source>The name and language were saved.</source>
        <translation>Имя и язык сохранены.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Reading the current role…</source>
        <translation>Получение текущей роли…</translation>
    </message>
    <message>
        <source>Edit Your Details</source>
        <translation>Изменение своих данных</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>The email address cannot be changed here.</source>
        <translation>Адрес электронной почты здесь изменить нельзя.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Активен (может входить)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Адрес электронной почты не может содержать пробелы.</translation>
    </message>
    <message>
        <source>An email address has exactly one @, as in name@example.com.</source>
        <translation>В адресе электронной почты ровно один символ @, например name@example.com.</translation>
    </message>
    <message>
        <source>Enter the name before the @, as in name@example.com.</source>
        <translation>Введите имя перед @, например name@example.com.</translation>
    </message>
    <message>
        <source>Enter the domain after the @, as in name@example.com.</source>
        <translation>Введите домен после @, например name@example.com.</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>Этот адрес электронной почты слишком длинный.</translation>
    </message>
    <message>
        <source>The name before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>Имя перед @ не может начинаться или заканчиваться точкой или содержать две точки подряд.</translation>
    </message>
    <message>
        <source>The name before the @ cannot contain %1.</source>
        <translation>Имя перед @ не может содержать %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain: it needs a dot, as in example.com.</source>
        <translation>«%1» — недопустимый домен: в нём должна быть точка, например example.com.</translation>
    </message>
    <message>
        <source>The domain cannot end with a dot: “%1” should read “%2”.</source>
        <translation>Домен не может заканчиваться точкой: «%1» должно быть «%2».</translation>
    </message>
    <message>
        <source>The domain “%1” cannot start with a dot or have two dots in a row.</source>
        <translation>Домен «%1» не может начинаться с точки или содержать две точки подряд.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading users…</source>
        <translation>Загрузка пользователей…</translation>
    </message>
    <message>
        <source>This account has no users yet.</source>
        <translation>В этом аккаунте пока нет пользователей.</translation>
    </message>
    <message>
        <source>Users invited to the account appear here after a refresh.</source>
        <translation>Приглашённые в аккаунт пользователи появятся здесь после обновления.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>No users match the filters.</source>
        <translation>Нет пользователей, подходящих под фильтры.</translation>
    </message>
    <message>
        <source>No users match the search “%1” and filters.</source>
        <translation>Нет пользователей, подходящих под запрос «%1» и фильтры.</translation>
    </message>
    <message>
        <source>No users match the search “%1”.</source>
        <translation>Нет пользователей, подходящих под запрос «%1».</translation>
    </message>
    <message>
        <source>Search by a user ID or part of an email address or name, or clear the filters to see every user.</source>
        <translation>Ищите по ID пользователя или части адреса электронной почты или имени либо сбросьте фильтры, чтобы увидеть всех пользователей.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Не удалось загрузить пользователей.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter choice and how many users it matches</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>two-factor authentication filter</comment>
        <translation>Все</translation>
    </message>
    <message>
        <source>On</source>
        <comment>two-factor authentication is on</comment>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>two-factor authentication is off</comment>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>Search by ID or email</source>
        <translation>Поиск: ID или почта</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Поиск пользователей</translation>
    </message>
    <message>
        <source>Digits find a user ID (exact match first, then IDs starting with them); any other text finds part of an email address or a name. (%1)</source>
        <translation>Цифры ищут ID пользователя (сначала точное совпадение, затем ID, которые с них начинаются); любой другой текст ищет часть адреса электронной почты или имени. (%1)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Two-factor:</source>
        <translation>&amp;2FA:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Two-factor authentication filter</source>
        <translation>Фильтр по двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Фильтр по роли</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every user: empty the search field and reset the filters</source>
        <translation>Показать всех пользователей: очистить поле поиска и сбросить фильтры</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Any sign-in method</source>
        <translation>Все способы входа</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Способ в&amp;хода:</translation>
    </message>
    <message>
        <source>Sign-in method filter</source>
        <translation>Фильтр по способу входа</translation>
    </message>
</context>
<context>
    <name>GcoreAccountApi</name>
    <message>
        <source>the response is empty</source>
        <translation>ответ пустой</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>недопустимый JSON в позиции %1 (%2)</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <source>the account id is missing</source>
        <translation>отсутствует ID аккаунта</translation>
    </message>
    <message>
        <source>the signed-in user is missing</source>
        <translation>отсутствует вошедший пользователь</translation>
    </message>
    <message>
        <source>the company name is not text</source>
        <translation>название компании не является текстом</translation>
    </message>
    <message>
        <source>the invited user&apos;s id is missing</source>
        <translation>отсутствует ID приглашённого пользователя</translation>
    </message>
    <message>
        <source>the role is missing</source>
        <translation>отсутствует роль</translation>
    </message>
    <message>
        <source>the list of API tokens is missing</source>
        <translation>отсутствует список API-токенов</translation>
    </message>
    <message>
        <source>the list of projects is missing</source>
        <translation>отсутствует список проектов</translation>
    </message>
    <message>
        <source>a project has no id</source>
        <translation>у проекта нет ID</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Проект %1</translation>
    </message>
    <message>
        <source>Roster connects to %1 only over https://. Unencrypted http:// is allowed for this computer (localhost) only.</source>
        <translation>Roster подключается к %1 только по https://. Нешифрованный http:// разрешён только для этого компьютера (localhost).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>Не удалось установить защищённое соединение с %1: его сертификат не является доверенным.</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>Сеанс истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>the sign-in tokens are missing</source>
        <translation>отсутствуют токены входа</translation>
    </message>
    <message>
        <source>This server cannot resend invitations. Remove the invitation and invite the person again.</source>
        <translation>Этот сервер не умеет повторно отправлять приглашения. Удалите приглашение и пригласите человека снова.</translation>
    </message>
    <message>
        <source>This server cannot deactivate users.</source>
        <translation>Этот сервер не умеет деактивировать пользователей.</translation>
    </message>
    <message>
        <source>the answer is too large (over %1 MB)</source>
        <translation>ответ слишком большой (более %1 МБ)</translation>
    </message>
    <message>
        <source>The server did not finish its answer within %1 s.</source>
        <translation>Сервер не завершил ответ за %1 с.</translation>
    </message>
    <message>
        <source>the answer could not be read to its end (%1)</source>
        <translation>ответ не удалось прочитать до конца (%1)</translation>
    </message>
    <message>
        <source>the server sent %1 users where at most %2 were asked for</source>
        <translation>сервер прислал %1 пользователей, хотя запрошено не более %2</translation>
    </message>
    <message>
        <source>An API token opens one account only. Sign in with your email and password to reach your other accounts.</source>
        <translation>API-токен открывает только один аккаунт. Войдите по электронной почте и паролю, чтобы открыть другие аккаунты.</translation>
    </message>
    <message>
        <source>the list of Cloud roles is missing</source>
        <translation>список ролей Cloud отсутствует</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1).</source>
        <translation>Сервер ответил с неожиданным статусом (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите попытку через %n секунду.</numerusform>
            <numerusform>Повторите попытку через %n секунды.</numerusform>
            <numerusform>Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Inviting…</source>
        <translation>Отправка приглашений…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite %n Users</source>
        <translation>
            <numerusform>&amp;Пригласить %n пользователя</numerusform>
            <numerusform>&amp;Пригласить %n пользователей</numerusform>
            <numerusform>&amp;Пригласить %n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite User</source>
        <translation>&amp;Пригласить пользователя</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Everyone was invited.</source>
        <translation>Все приглашены.</translation>
    </message>
    <message>
        <source>To invite, give every person a name and a valid email address.</source>
        <translation>Чтобы пригласить, укажите для каждого человека имя и правильный адрес электронной почты.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) could not be invited: see the messages above, correct what they name and press Invite again.</source>
        <translation>
            <numerusform>Не удалось пригласить %n человека: прочитайте сообщения выше, исправьте указанное и снова нажмите «Пригласить».</numerusform>
            <numerusform>Не удалось пригласить %n человек: прочитайте сообщения выше, исправьте указанное и снова нажмите «Пригласить».</numerusform>
            <numerusform>Не удалось пригласить %n человек: прочитайте сообщения выше, исправьте указанное и снова нажмите «Пригласить».</numerusform>
        </translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>Приглашение %1…</translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation>Приглашение пользователей</translation>
    </message>
    <message>
        <source>People who are new to the platform get an invitation email with a link, valid for 24 hours, to set a password. People who already have an account get a notice that they can now open this one.</source>
        <translation>Новые на платформе люди получат письмо с приглашением и ссылкой для установки пароля, действительной 24 часа. Те, у кого уже есть аккаунт, получат уведомление, что теперь им доступен и этот.</translation>
    </message>
    <message>
        <source>Other services (Billing, DNS, Storage, Streaming, Web security) give invited users full permissions automatically.</source>
        <translation>Другие сервисы (Биллинг, DNS, Хранилище, Стриминг, Веб-безопасность) автоматически дают приглашённым пользователям полные права.</translation>
    </message>
    <message>
        <source>A&amp;dd another user</source>
        <translation>&amp;Добавить ещё пользователя</translation>
    </message>
    <message>
        <source>Invite several people at once</source>
        <translation>Пригласить сразу нескольких человек</translation>
    </message>
    <message>
        <source>Send the invitations (Ctrl+Enter)</source>
        <translation>Отправить приглашения (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Invitation status</source>
        <translation>Статус приглашения</translation>
    </message>
</context>
<context>
    <name>InvitePersonForm</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>project name</comment>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <source>Cloud role in project %1</source>
        <translation>Роль Cloud в проекте %1</translation>
    </message>
    <message>
        <source>Loading the projects…</source>
        <translation>Загрузка проектов…</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>Не удалось загрузить проекты: %1</translation>
    </message>
    <message>
        <source>This account has no projects yet.</source>
        <translation>В этом аккаунте пока нет проектов.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name, for example their first and last name.</source>
        <translation>Введите имя человека, например имя и фамилию.</translation>
    </message>
    <message>
        <source>A name can have at most 255 characters.</source>
        <translation>Имя может содержать не больше 255 символов.</translation>
    </message>
    <message>
        <source>This email address is already in person %1 above.</source>
        <translation>Этот адрес электронной почты уже указан выше у человека %1.</translation>
    </message>
    <message>
        <source>Without projects, choose Client access.</source>
        <translation>Если проектов нет, выберите доступ «Клиент».</translation>
    </message>
    <message>
        <source>Choose a role in at least one project, or choose Client access.</source>
        <translation>Выберите роль хотя бы в одном проекте или выберите доступ «Клиент».</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>Приглашение %1…</translation>
    </message>
    <message>
        <source>Invited; setting the Cloud access…</source>
        <translation>Приглашение отправлено; настройка доступа к Cloud…</translation>
    </message>
    <message>
        <source>%1 already has an account: an access notice was sent to %2.</source>
        <translation>У %1 уже есть аккаунт: уведомление о доступе отправлено на %2.</translation>
    </message>
    <message>
        <source>An invitation email was sent to %1; the link in it is valid for %2 hours.</source>
        <translation>Письмо с приглашением отправлено на %1; ссылка в нём действительна %2 ч.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <comment>error message, project name</comment>
        <translation>%1 (проект %2)</translation>
    </message>
    <message>
        <source>Invited.</source>
        <translation>Приглашение отправлено.</translation>
    </message>
    <message>
        <source>Invited, but the Cloud access could not be set: %1</source>
        <translation>Приглашение отправлено, но доступ к Cloud настроить не удалось: %1</translation>
    </message>
    <message>
        <source>Not invited: the daily limit is reached. An administrator can invite at most %1 new users a day.</source>
        <translation>Приглашение не отправлено: достигнут дневной лимит. Администратор может пригласить не больше %1 новых пользователей в день.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Повторите попытку через %1.</translation>
    </message>
    <message>
        <source>Try again tomorrow.</source>
        <translation>Повторите попытку завтра.</translation>
    </message>
    <message>
        <source>Not invited: only an administrator of the account can invite users (%1)</source>
        <translation>Приглашение не отправлено: приглашать пользователей может только администратор аккаунта (%1)</translation>
    </message>
    <message>
        <source>Not invited: %1 Everything typed is kept: press Invite to try again.</source>
        <translation>Приглашение не отправлено: %1 Всё введённое сохранено: нажмите «Пригласить», чтобы повторить попытку.</translation>
    </message>
    <message>
        <source>Not invited: %1</source>
        <translation>Приглашение не отправлено: %1</translation>
    </message>
    <message>
        <source>Not invited: correct the fields marked above.</source>
        <translation>Приглашение не отправлено: исправьте отмеченные выше поля.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Stopped before the answer came: the person may have been invited.</source>
        <translation>Остановлено до получения ответа: возможно, приглашение уже отправлено.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Человек %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Эл. &amp;почта:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Р&amp;оль:</translation>
    </message>
    <message>
        <source>Cloud access:</source>
        <translation>Доступ к Cloud:</translation>
    </message>
    <message>
        <source>First and last name, for example Jane Doe</source>
        <translation>Имя и фамилия, например Иван Петров</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Client (all projects)</source>
        <translation>&amp;Клиент (все проекты)</translation>
    </message>
    <message>
        <source>&amp;Project by project</source>
        <translation>&amp;По проектам</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Имя человека %1</translation>
    </message>
    <message>
        <source>Email of person %1</source>
        <translation>Эл. почта человека %1</translation>
    </message>
    <message>
        <source>Interface language of person %1</source>
        <translation>Язык интерфейса человека %1</translation>
    </message>
    <message>
        <source>Role of person %1</source>
        <translation>Роль человека %1</translation>
    </message>
    <message>
        <source>Cloud access for the whole account</source>
        <translation>Доступ к Cloud для всего аккаунта</translation>
    </message>
    <message>
        <source>Cloud access project by project</source>
        <translation>Доступ к Cloud по проектам</translation>
    </message>
    <message>
        <source>Cloud access of person %1 in all projects</source>
        <translation>Доступ к Cloud человека %1 во всех проектах</translation>
    </message>
    <message>
        <source>Load the projects again</source>
        <translation>Загрузить проекты снова</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Удалить человека %1</translation>
    </message>
    <message>
        <source>Result for person %1</source>
        <translation>Результат для человека %1</translation>
    </message>
    <message>
        <source>What the person may do in the account (IAM and CDN)</source>
        <translation>Что человеку разрешено в аккаунте (IAM и CDN)</translation>
    </message>
    <message>
        <source>No access, or administrator of every Cloud project</source>
        <translation>Нет доступа или администратор всех проектов Cloud</translation>
    </message>
    <message>
        <source>A Cloud role in each project: the project on the left, the role on the right</source>
        <translation>Роль Cloud в каждом проекте: слева проект, справа роль</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export Users</source>
        <translation>Экспорт пользователей</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>пользователи.csv</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n user(s) to %1.</source>
        <translation>
            <numerusform>Сохранён %n пользователь в %1.</numerusform>
            <numerusform>Сохранено %n пользователя в %1.</numerusform>
            <numerusform>Сохранено %n пользователей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Loading was stopped before any user arrived.</source>
        <translation>Загрузка остановлена до получения первого пользователя.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Load the users again (%1)</source>
        <translation>Загрузить пользователей заново (%1)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>О&amp;становить</translation>
    </message>
    <message>
        <source>Stop loading the users</source>
        <translation>Остановить загрузку пользователей</translation>
    </message>
    <message>
        <source>&amp;Find User</source>
        <translation>&amp;Найти пользователя</translation>
    </message>
    <message>
        <source>Search by ID or email</source>
        <translation>Поиск: ID или почта</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the users shown, with the columns shown, as a CSV file</source>
        <translation>Сохранить показанных пользователей с показанными столбцами в файл CSV</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Добавить аккаунт…</translation>
    </message>
    <message>
        <source>Sign in to another account</source>
        <translation>Войти в другой аккаунт</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Выйти из а&amp;ккаунта</translation>
    </message>
    <message>
        <source>Sign out of this account and remove its secret from the keychain</source>
        <translation>Выйти из этого аккаунта и удалить его секрет из связки ключей</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>Аккаунт не открыт</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name without / or \.</source>
        <translation>Дайте профилю имя без / и \.</translation>
    </message>
    <message>
        <source>Use an https:// address; http:// works only on this computer.</source>
        <translation>Используйте адрес https://; http:// работает только на этом компьютере.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Не удалось сохранить настройки.</translation>
    </message>
</context>
<context>
    <name>RemovalEverywhere</name>
    <message>
        <source>Removed from %1 (Remove from All My Accounts)</source>
        <translation>Удалён из %1 (удаление из всех моих аккаунтов)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was removed from %n account(s).</source>
        <translation>
            <numerusform>%1 удалён из %n аккаунта.</numerusform>
            <numerusform>%1 удалён из %n аккаунтов.</numerusform>
            <numerusform>%1 удалён из %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from %2 of %3 accounts. Not removed from %4</source>
        <translation>%1 удалён из %2 из %3 аккаунтов. Не удалён из: %4</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Будет удалён</translation>
    </message>
    <message>
        <source>Not removed: you are not an administrator in this account</source>
        <translation>Не удалён: вы не администратор в этом аккаунте</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Not removed: blocked by %n active API token(s) (%1). Delete them in this account first.</source>
        <translation>
            <numerusform>Не удалён: мешает %n активный API-токен (%1). Сначала удалите его в этом аккаунте.</numerusform>
            <numerusform>Не удалён: мешают %n активных API-токена (%1). Сначала удалите их в этом аккаунте.</numerusform>
            <numerusform>Не удалён: мешают %n активных API-токенов (%1). Сначала удалите их в этом аккаунте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: Roster could not check this account: %1</source>
        <translation>Не удалён: Roster не смог проверить этот аккаунт: %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Не удалён: %1</translation>
    </message>
    <message>
        <source>API token “%1” in %2 (Remove from All My Accounts)</source>
        <translation>API-токен «%1» в %2 (удаление из всех моих аккаунтов)</translation>
    </message>
    <message>
        <source>the API token “%1” could not be deleted: %2</source>
        <translation>API-токен «%1» не удалось удалить: %2</translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s) (%1)</source>
        <translation>
            <numerusform>Будет удалён после удаления %n API-токена (%1)</numerusform>
            <numerusform>Будет удалён после удаления %n API-токенов (%1)</numerusform>
            <numerusform>Будет удалён после удаления %n API-токенов (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEverywhereDialog</name>
    <message>
        <source>Remove from All My Accounts</source>
        <translation>Удаление из всех моих аккаунтов</translation>
    </message>
    <message>
        <source>Remove %1 from every account you share with them?</source>
        <translation>Удалить %1 из всех аккаунтов, которые у вас общие?</translation>
    </message>
    <message>
        <source>Each account is checked first. The person keeps their sign-in and any other accounts; only their access to the accounts below ends. This cannot be undone.</source>
        <translation>Сначала проверяется каждый аккаунт. Пользователь сохранит свой вход и другие аккаунты; прекратится только доступ к аккаунтам ниже. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>%1 (this account)</source>
        <translation>%1 (этот аккаунт)</translation>
    </message>
    <message>
        <source>Account ID %1</source>
        <translation>ID аккаунта %1</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>Checking each account…</source>
        <translation>Проверка каждого аккаунта…</translation>
    </message>
    <message>
        <source>Removed from %1 of %2 accounts.</source>
        <translation>Удалён из %1 из %2 аккаунтов.</translation>
    </message>
    <message>
        <source>%1 cannot be removed from any of these accounts; each says why.</source>
        <translation>%1 нельзя удалить ни из одного из этих аккаунтов; у каждого указана причина.</translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from %n account(s).</source>
        <translation>
            <numerusform>%1 будет удалён из %n аккаунта.</numerusform>
            <numerusform>%1 будет удалён из %n аккаунтов.</numerusform>
            <numerusform>%1 будет удалён из %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove from %n Account(s)</source>
        <translation>
            <numerusform>Удалить из %n аккаунта</numerusform>
            <numerusform>Удалить из %n аккаунтов</numerusform>
            <numerusform>Удалить из %n аккаунтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n API token(s) that block it first (this cannot be undone)</source>
        <translation>
            <numerusform>Сначала удалить %n мешающий API-токен (это нельзя отменить)</numerusform>
            <numerusform>Сначала удалить %n мешающих API-токена (это нельзя отменить)</numerusform>
            <numerusform>Сначала удалить %n мешающих API-токенов (это нельзя отменить)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveUserDialog</name>
    <message>
        <source>Checking API tokens…</source>
        <translation>Проверка API-токенов…</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Будет удалён</translation>
    </message>
    <message>
        <source>Left out: active API tokens</source>
        <translation>Пропущен: есть активные API-токены</translation>
    </message>
    <message>
        <source>API tokens could not be checked</source>
        <translation>Не удалось проверить API-токены</translation>
    </message>
    <message>
        <source>Left out: no longer in this account</source>
        <translation>Пропущен: больше нет в аккаунте</translation>
    </message>
    <message>
        <source>Will be removed (API tokens not checked)</source>
        <translation>Будет удалён (API-токены не проверены)</translation>
    </message>
    <message>
        <source>Checking the user&apos;s API tokens…</source>
        <translation>Проверка API-токенов пользователя…</translation>
    </message>
    <message>
        <source>Checking API tokens… %1 of %2</source>
        <translation>Проверка API-токенов… %1 из %2</translation>
    </message>
    <message>
        <source>The API tokens of %1 could not be checked: %2 Retry to check them again.</source>
        <translation>Не удалось проверить API-токены %1: %2 Нажмите «Повторить», чтобы проверить их снова.</translation>
    </message>
    <message numerus="yes">
        <source>The API tokens of %n user(s) could not be checked: %1 Retry to check them again.</source>
        <translation>
            <numerusform>Не удалось проверить API-токены %n пользователя: %1 Нажмите «Повторить», чтобы проверить их снова.</numerusform>
            <numerusform>Не удалось проверить API-токены %n пользователей: %1 Нажмите «Повторить», чтобы проверить их снова.</numerusform>
            <numerusform>Не удалось проверить API-токены %n пользователей: %1 Нажмите «Повторить», чтобы проверить их снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server cannot list API tokens, so they could not be checked. If a user has active tokens, the server refuses to remove them.</source>
        <translation>Этот сервер не умеет показывать список API-токенов, поэтому их не удалось проверить. Если у пользователя есть активные токены, сервер откажется его удалять.</translation>
    </message>
    <message>
        <source>This user is no longer in the account (removed by someone else).</source>
        <translation>Этого пользователя больше нет в аккаунте (его удалил кто-то другой).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) are no longer in the account and are left out.</source>
        <translation>
            <numerusform>%n пользователя больше нет в аккаунте, он пропущен.</numerusform>
            <numerusform>%n пользователей больше нет в аккаунте, они пропущены.</numerusform>
            <numerusform>%n пользователей больше нет в аккаунте, они пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t remove the user as they have active tokens:</source>
        <translation>Нельзя удалить пользователя, так как у него есть активные токены:</translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t remove %n user(s) as they have active tokens; they are left out:</source>
        <translation>
            <numerusform>Нельзя удалить %n пользователя, так как у него есть активные токены; он пропущен:</numerusform>
            <numerusform>Нельзя удалить %n пользователей, так как у них есть активные токены; они пропущены:</numerusform>
            <numerusform>Нельзя удалить %n пользователей, так как у них есть активные токены; они пропущены:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>person, tokens</comment>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>To confirm, type the user&apos;s email address: %1</source>
        <translation>Для подтверждения введите адрес электронной почты пользователя: %1</translation>
    </message>
    <message>
        <source>To confirm, type the number of users to remove (shown once the API tokens are checked).</source>
        <translation>Для подтверждения введите число удаляемых пользователей (оно появится после проверки API-токенов).</translation>
    </message>
    <message>
        <source>To confirm, type the number of users to remove: %1</source>
        <translation>Для подтверждения введите число удаляемых пользователей: %1</translation>
    </message>
    <message>
        <source>None of these users can be removed.</source>
        <translation>Ни одного из этих пользователей удалить нельзя.</translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation>&amp;Удалить пользователя</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n User(s)</source>
        <translation>
            <numerusform>&amp;Удалить %n пользователя</numerusform>
            <numerusform>&amp;Удалить %n пользователей</numerusform>
            <numerusform>&amp;Удалить %n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the API token check</source>
        <translation>Ожидание проверки API-токенов</translation>
    </message>
    <message>
        <source>The API tokens could not be checked; retry first</source>
        <translation>Не удалось проверить API-токены; сначала повторите проверку</translation>
    </message>
    <message>
        <source>No user here can be removed</source>
        <translation>Здесь нет пользователей, которых можно удалить</translation>
    </message>
    <message>
        <source>Type the user&apos;s email address to confirm</source>
        <translation>Введите адрес электронной почты пользователя для подтверждения</translation>
    </message>
    <message>
        <source>Type the number of users to remove to confirm</source>
        <translation>Введите число удаляемых пользователей для подтверждения</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Удаление пользователя</translation>
    </message>
    <message>
        <source>Remove %1 from this account?</source>
        <translation>Удалить %1 из этого аккаунта?</translation>
    </message>
    <message>
        <source>This removes %1 from this account only. A person who belongs to other accounts keeps access to those; one who belongs to no other account is deleted. To give them access again, invite them again.</source>
        <translation>%1 будет удалён только из этого аккаунта. Человек, состоящий в других аккаунтах, сохранит к ним доступ; тот, кто больше ни в каком аккаунте не состоит, будет удалён. Чтобы снова дать доступ, пригласите его повторно.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n User(s)</source>
        <translation>
            <numerusform>Удаление %n пользователя</numerusform>
            <numerusform>Удаление %n пользователей</numerusform>
            <numerusform>Удаление %n пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n user(s) from this account?</source>
        <translation>
            <numerusform>Удалить %n пользователя из этого аккаунта?</numerusform>
            <numerusform>Удалить этих %n пользователей из этого аккаунта?</numerusform>
            <numerusform>Удалить этих %n пользователей из этого аккаунта?</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes them from this account only. A person who belongs to other accounts keeps access to those; one who belongs to no other account is deleted. To give them access again, invite them again.</source>
        <translation>Они будут удалены только из этого аккаунта. Человек, состоящий в других аккаунтах, сохранит к ним доступ; тот, кто больше ни в каком аккаунте не состоит, будет удалён. Чтобы снова дать доступ, пригласите их повторно.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation>Удаляемые пользователи</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>API token check</source>
        <translation>Проверка API-токенов</translation>
    </message>
    <message>
        <source>Users who cannot be removed</source>
        <translation>Пользователи, которых нельзя удалить</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>Check the API tokens again</source>
        <translation>Проверить API-токены снова</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>истекает %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <comment>expiry, date</comment>
        <translation>%1, последнее использование %2</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>token name, expiry and last use</comment>
        <translation>«%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s)</source>
        <translation>
            <numerusform>Будет удалён после удаления %n API-токена</numerusform>
            <numerusform>Будет удалён после удаления %n API-токенов</numerusform>
            <numerusform>Будет удалён после удаления %n API-токенов</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens will be deleted first; whatever uses them stops working.</source>
        <translation>Сначала эти токены будут удалены; всё, что их использует, перестанет работать.</translation>
    </message>
    <message>
        <source>Delete these tokens first: tick the box below, or use the API tokens view.</source>
        <translation>Сначала удалите эти токены: отметьте флажок ниже или воспользуйтесь разделом «API-токены».</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have active tokens; they will be deleted first:</source>
        <translation>
            <numerusform>У %n пользователя есть активные токены; они будут удалены первыми:</numerusform>
            <numerusform>У %n пользователей есть активные токены; они будут удалены первыми:</numerusform>
            <numerusform>У %n пользователей есть активные токены; они будут удалены первыми:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete their tokens first: tick the box below, or use the API tokens view.</source>
        <translation>Сначала удалите их токены: отметьте флажок ниже или воспользуйтесь разделом «API-токены».</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n active API token(s) first (this cannot be undone)</source>
        <translation>
            <numerusform>Сначала &amp;удалить %n активный API-токен (это нельзя отменить)</numerusform>
            <numerusform>Сначала &amp;удалить %n активных API-токена (это нельзя отменить)</numerusform>
            <numerusform>Сначала &amp;удалить %n активных API-токенов (это нельзя отменить)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tokens and &amp;Remove User</source>
        <translation>Удалить токены и &amp;пользователя</translation>
    </message>
    <message numerus="yes">
        <source>Delete Tokens and &amp;Remove %n User(s)</source>
        <translation>
            <numerusform>Удалить токены и %n &amp;пользователя</numerusform>
            <numerusform>Удалить токены и %n &amp;пользователей</numerusform>
            <numerusform>Удалить токены и %n &amp;пользователей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrators</source>
        <translation>Администраторы</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>Инженеры</translation>
    </message>
    <message>
        <source>Purge and Prefetch only (API+Web)</source>
        <translation>Только очистка и предзагрузка (API+Web)</translation>
    </message>
    <message>
        <source>Purge and Prefetch only (API)</source>
        <translation>Только очистка и предзагрузка (API)</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Без роли</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Роль %1</translation>
    </message>
</context>
<context>
    <name>RosterApp</name>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Не удалось прочитать пользователей: %1</translation>
    </message>
    <message>
        <source>Could not write the users to standard output.</source>
        <translation>Не удалось записать пользователей в стандартный вывод.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1: %2</source>
        <translation>Не удалось записать снимок экрана в %1: %2</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>Не удалось загрузить пользователей: %1</translation>
    </message>
    <message numerus="yes">
        <source>The users did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>Пользователи не загрузились за %n секунду.</numerusform>
            <numerusform>Пользователи не загрузились за %n секунды.</numerusform>
            <numerusform>Пользователи не загрузились за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster talks to %1 only over https (http is for this computer alone).</source>
        <translation>Roster обращается к %1 только по https (http — только для этого компьютера).</translation>
    </message>
    <message>
        <source>No API token: set ROSTER_API_TOKEN, or name a keychain profile with --profile.</source>
        <translation>Нет API-токена: задайте ROSTER_API_TOKEN или укажите профиль связки ключей в --profile.</translation>
    </message>
    <message>
        <source>No API token for the profile %1: %2</source>
        <translation>Нет API-токена для профиля %1: %2</translation>
    </message>
    <message>
        <source>Could not open the demo account %1.</source>
        <translation>Не удалось открыть демоаккаунт %1.</translation>
    </message>
</context>
<context>
    <name>ServerMessage</name>
    <message>
        <source>This field is required</source>
        <translation>Это поле обязательно</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>User not found.</source>
        <translation>Пользователь не найден.</translation>
    </message>
    <message>
        <source>User with given email not found.</source>
        <translation>Пользователь с таким адресом электронной почты не найден.</translation>
    </message>
    <message>
        <source>This user already activated.</source>
        <translation>Этот пользователь уже активирован.</translation>
    </message>
    <message>
        <source>This user cannot be added to this client.</source>
        <translation>Этого пользователя нельзя добавить к этому клиенту.</translation>
    </message>
    <message>
        <source>You can&apos;t remove the user as they have active tokens</source>
        <translation>Нельзя удалить пользователя, так как у него есть активные токены</translation>
    </message>
    <message>
        <source>You do not have permission to perform this action.</source>
        <translation>У вас нет прав на выполнение этого действия.</translation>
    </message>
    <message>
        <source>No active account found with the given credentials.</source>
        <translation>Активный аккаунт с такими учётными данными не найден.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Введите правильный адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message numerus="yes">
        <source>Showing %1 of %2 users</source>
        <translation>
            <numerusform>Показано %1 из %2 пользователя</numerusform>
            <numerusform>Показано %1 из %2 пользователей</numerusform>
            <numerusform>Показано %1 из %2 пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>Обновление… %1 из %2</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation>Обновление… %1</translation>
    </message>
    <message>
        <source>Saved list from %1 · refreshing…</source>
        <translation>Сохранённый список от %1 · обновление…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Refresh stopped: the list may be incomplete</source>
        <translation>Обновление остановлено: список может быть неполным</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Не в сети с %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Не удалось обновить: %1</translation>
    </message>
    <message>
        <source>Saved list from %1</source>
        <translation>Сохранённый список от %1</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Последнее обновление: %1</translation>
    </message>
    <message>
        <source>Number of users shown</source>
        <translation>Число показанных пользователей</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Where the users come from</source>
        <translation>Откуда взяты пользователи</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter the address of the account API, for example %1.</source>
        <translation>Введите адрес API аккаунта, например %1.</translation>
    </message>
    <message>
        <source>This is not a web address. Enter one such as %1.</source>
        <translation>Это не веб-адрес. Введите адрес вроде %1.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in below.</source>
        <translation>Не указывайте имя пользователя и пароль в адресе; войдите ниже.</translation>
    </message>
    <message>
        <source>Leave out the part from ? or # on: enter only the address of the API.</source>
        <translation>Уберите часть, начиная с ? или #: введите только адрес API.</translation>
    </message>
    <message>
        <source>Roster talks to remote servers only over https://, so that nobody on the way can read the token or password. Use https://%1, or http:// only for this computer (localhost, 127.0.0.1).</source>
        <translation>Roster обращается к удалённым серверам только по https://, чтобы никто по пути не мог прочитать токен или пароль. Используйте https://%1, а http:// — только для этого компьютера (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Дайте профилю имя.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Имя профиля не может содержать / или \.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”. Choose another name.</source>
        <translation>Профиль «%1» уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Enter the API token. You can create one in the account settings.</source>
        <translation>Введите API-токен. Его можно создать в настройках аккаунта.</translation>
    </message>
    <message>
        <source>Enter the email address you sign in with.</source>
        <translation>Введите адрес электронной почты, с которым вы входите.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>The details changed during the test; they are tested again on Sign In.</source>
        <translation>Данные изменились во время проверки; они будут проверены снова при входе.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>аккаунт %1</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <comment>company name, account id</comment>
        <translation>%1 (аккаунт %2)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <comment>account, person</comment>
        <translation>Подключено к %1 как %2.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, %3.</source>
        <comment>account, person, role</comment>
        <translation>Подключено к %1 как %2, %3.</translation>
    </message>
    <message>
        <source>Connection test stopped.</source>
        <translation>Проверка подключения остановлена.</translation>
    </message>
    <message>
        <source>The details changed since the last test: they are tested again on Sign In.</source>
        <translation>Данные изменились после последней проверки: они будут проверены снова при входе.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Проверить п&amp;одключение</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Stop the connection test</source>
        <translation>Остановить проверку подключения</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Закрыть без входа</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Добавление аккаунта</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Вход в %1</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Имя профиля:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Адрес API:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Способ входа:</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;токен</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>Эл. почта и &amp;пароль</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API-то&amp;кен:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Одноразовый &amp;код:</translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this account: enter the current code from your authenticator app.</source>
        <translation>Для этого аккаунта включена двухфакторная аутентификация: введите текущий код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>For example: Production</source>
        <translation>Например: Продакшн</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <source>Sign in with an API token</source>
        <translation>Войти с API-токеном</translation>
    </message>
    <message>
        <source>Sign in with email and password</source>
        <translation>Войти по эл. почте и паролю</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>A name for this account in Roster&apos;s account switcher</source>
        <translation>Название этого аккаунта в переключателе аккаунтов Roster</translation>
    </message>
    <message>
        <source>Where the account API is; https:// is required except for this computer</source>
        <translation>Где находится API аккаунта; https:// обязателен, кроме этого компьютера</translation>
    </message>
    <message>
        <source>A permanent API token of the account; it is kept in the system keychain</source>
        <translation>Постоянный API-токен аккаунта; он хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>Sign in with these details and show which account and role they give</source>
        <translation>Войти с этими данными и показать, к какому аккаунту и с какой ролью они дают доступ</translation>
    </message>
</context>
<context>
    <name>SignInMethod</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>SSO</source>
        <comment>single sign-on</comment>
        <translation>SSO</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>the damaged file cannot be moved aside</source>
        <translation>повреждённый файл не удаётся переместить</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>драйвер SQLite для Qt не установлен</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>The user has been deleted</source>
        <translation>Пользователь удалён</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Ни один аккаунт не открыт.</translation>
    </message>
    <message>
        <source>Loading API tokens…</source>
        <translation>Загрузка API-токенов…</translation>
    </message>
    <message>
        <source>The API tokens could not be loaded: %1</source>
        <translation>Не удалось загрузить API-токены: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s)</source>
        <translation>
            <numerusform>%n API-токен</numerusform>
            <numerusform>%n API-токена</numerusform>
            <numerusform>%n API-токенов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n токен не удалось прочитать, он не показан.</numerusform>
            <numerusform>%n токена не удалось прочитать, они не показаны.</numerusform>
            <numerusform>%n токенов не удалось прочитать, они не показаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can delete other people&apos;s API tokens.</source>
        <translation>Только администратор может удалять API-токены других пользователей.</translation>
    </message>
    <message>
        <source>Select the tokens to delete</source>
        <translation>Выберите токены для удаления</translation>
    </message>
    <message>
        <source>Delete the selected API tokens</source>
        <translation>Удалить выбранные API-токены</translation>
    </message>
    <message>
        <source>• “%1”, issued by %2</source>
        <comment>token, issuer</comment>
        <translation>• «%1», выпущен пользователем %2</translation>
    </message>
    <message>
        <source>Delete API Tokens</source>
        <translation>Удаление API-токенов</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API token(s)? Whatever uses them stops working at once; this cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n API-токен? Всё, что его использует, сразу перестанет работать; это нельзя отменить.</numerusform>
            <numerusform>Удалить %n API-токена? Всё, что их использует, сразу перестанет работать; это нельзя отменить.</numerusform>
            <numerusform>Удалить %n API-токенов? Всё, что их использует, сразу перестанет работать; это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n API token(s)…</source>
        <translation>
            <numerusform>Удаление %n API-токена…</numerusform>
            <numerusform>Удаление %n API-токенов…</numerusform>
            <numerusform>Удаление %n API-токенов…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <comment>token, reason</comment>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation>
            <numerusform>%n API-токен удалён.</numerusform>
            <numerusform>%n API-токена удалено.</numerusform>
            <numerusform>%n API-токенов удалено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) could not be deleted: %1</source>
        <translation>
            <numerusform>Не удалось удалить %n API-токен: %1</numerusform>
            <numerusform>Не удалось удалить %n API-токена: %1</numerusform>
            <numerusform>Не удалось удалить %n API-токенов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выпущен</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Load the API tokens again</source>
        <translation>Загрузить API-токены заново</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>О&amp;тменить удаление</translation>
    </message>
    <message>
        <source>&amp;Invite Users…</source>
        <translation>&amp;Пригласить пользователей…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Actions for this user</source>
        <translation>Действия с этим пользователем</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;send %n Invites</source>
        <translation>
            <numerusform>&amp;Отправить повторно %n приглашение</numerusform>
            <numerusform>&amp;Отправить повторно %n приглашения</numerusform>
            <numerusform>&amp;Отправить повторно %n приглашений</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;send Invite</source>
        <translation>&amp;Отправить приглашение повторно</translation>
    </message>
    <message>
        <source>Send the invitation again; the new link is valid for 24 hours.</source>
        <translation>Отправить приглашение повторно; новая ссылка действительна 24 часа.</translation>
    </message>
    <message>
        <source>Resend (%1)</source>
        <translation>Отправить снова (%1)</translation>
    </message>
    <message>
        <source>Send every expired invitation again</source>
        <translation>Повторно отправить все истёкшие приглашения</translation>
    </message>
    <message>
        <source>Invite people to this account (%1)</source>
        <translation>Пригласить людей в этот аккаунт (%1)</translation>
    </message>
    <message>
        <source>Change the name, language or role</source>
        <translation>Изменить имя, язык или роль</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Users…</source>
        <translation>
            <numerusform>&amp;Удалить %n пользователя…</numerusform>
            <numerusform>&amp;Удалить %n пользователей…</numerusform>
            <numerusform>&amp;Удалить %n пользователей…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove from this account (%1)</source>
        <translation>Удалить из этого аккаунта (%1)</translation>
    </message>
    <message>
        <source>Resend the invitation to %1?</source>
        <translation>Отправить приглашение %1 повторно?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Resend the invitations to %n users?</source>
        <translation>
            <numerusform>Повторно отправить приглашение %n пользователю?</numerusform>
            <numerusform>Повторно отправить приглашения %n пользователям?</numerusform>
            <numerusform>Повторно отправить приглашения %n пользователям?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend Invitation</source>
        <translation>Отправить приглашение повторно</translation>
    </message>
    <message>
        <source>The new link is valid for 24 hours.</source>
        <translation>Новая ссылка действительна 24 часа.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Отправить повторно</translation>
    </message>
    <message>
        <source>Copy E&amp;mail</source>
        <translation>Копировать &amp;эл. почту</translation>
    </message>
    <message>
        <source>Copy I&amp;D</source>
        <translation>Копировать &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>Изменить &amp;роль</translation>
    </message>
    <message>
        <source>Resend All E&amp;xpired (%1)</source>
        <translation>Отправить &amp;все истёкшие повторно (%1)</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Ни один аккаунт не открыт.</translation>
    </message>
    <message>
        <source>Remove from All My &amp;Accounts…</source>
        <translation>Удалить из всех моих &amp;аккаунтов…</translation>
    </message>
    <message>
        <source>Select one person to remove them from every account you share.</source>
        <translation>Выберите одного пользователя, чтобы удалить его из всех общих аккаунтов.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from your accounts here.</source>
        <translation>Здесь нельзя удалить себя из своих аккаунтов.</translation>
    </message>
    <message>
        <source>This person belongs to no other account of yours.</source>
        <translation>Этот пользователь не состоит в других ваших аккаунтах.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove from this account</source>
        <translation>Удалить из этого аккаунта</translation>
    </message>
    <message>
        <source>Remove this person from each account you share with them, after one confirmation</source>
        <translation>Удалить пользователя из каждого общего аккаунта после одного подтверждения</translation>
    </message>
</context>
<context>
    <name>UserCache</name>
    <message>
        <source>The local copy of the users in %1 could not be read or written: %2</source>
        <translation>Не удалось прочитать или записать локальную копию пользователей в %1: %2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>он не открыт</translation>
    </message>
</context>
<context>
    <name>UserDetailsPane</name>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-токены</translation>
    </message>
    <message>
        <source>Cloud roles</source>
        <translation>Роли Cloud</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 (ID %2): %3</source>
        <comment>company, account ID, roles</comment>
        <translation>%1 (ID %2): %3</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>нет роли</translation>
    </message>
    <message>
        <source>%1 — this account</source>
        <translation>%1 — этот аккаунт</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Не загружены</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not be loaded: %1</source>
        <translation>Не удалось загрузить: %1</translation>
    </message>
    <message>
        <source>%1 · Expires: %2</source>
        <comment>token name, expiry</comment>
        <translation>%1 · Истекает: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries in the Activity log</source>
        <translation>
            <numerusform>%n более ранняя запись в журнале действий</numerusform>
            <numerusform>%n более ранние записи в журнале действий</numerusform>
            <numerusform>%n более ранних записей в журнале действий</numerusform>
        </translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Пользователь не выбран</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Load the account&apos;s API tokens</source>
        <translation>Загрузить API-токены аккаунта</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <comment>the field&apos;s name</comment>
        <translation>Копировать поле «%1»</translation>
    </message>
    <message>
        <source>User Details</source>
        <translation>Сведения о пользователе</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Не удалось прочитать</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>весь аккаунт</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>проект %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>Cloud role, project</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more could not be read</source>
        <translation>
            <numerusform>ещё %n не удалось прочитать</numerusform>
            <numerusform>ещё %n не удалось прочитать</numerusform>
            <numerusform>ещё %n не удалось прочитать</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserJson</name>
    <message>
        <source>the field &quot;%1&quot; of a user has an unexpected value</source>
        <translation>поле &quot;%1&quot; пользователя имеет неожиданное значение</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>ответ пустой</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>недопустимый JSON в позиции %1 (%2)</translation>
    </message>
    <message>
        <source>a user was expected</source>
        <translation>ожидался пользователь</translation>
    </message>
    <message>
        <source>the list of users is missing</source>
        <translation>отсутствует список пользователей</translation>
    </message>
    <message>
        <source>the user count is not a number</source>
        <translation>число пользователей не является числом</translation>
    </message>
    <message>
        <source>a list of users was expected</source>
        <translation>ожидался список пользователей</translation>
    </message>
    <message>
        <source>an entry of the user list is not a user</source>
        <translation>элемент списка пользователей не является пользователем</translation>
    </message>
    <message>
        <source>the server sent no usable id</source>
        <translation>сервер не прислал пригодный идентификатор</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>%1 of %2 users could be read.</source>
        <translation>Удалось прочитать %1 из %2 пользователей.</translation>
    </message>
    <message>
        <source>%1 users could be read before Roster stopped.</source>
        <translation>До остановки Roster удалось прочитать пользователей: %1.</translation>
    </message>
    <message>
        <source>The server stopped sending users before the end of the list.</source>
        <translation>Сервер перестал присылать пользователей до конца списка.</translation>
    </message>
    <message>
        <source>The server sent a page of users that had all been read already.</source>
        <translation>Сервер прислал страницу пользователей, которые все уже были прочитаны.</translation>
    </message>
    <message>
        <source>Roster reads at most %1 pages of users at a time.</source>
        <translation>Roster читает за раз не более %1 страниц пользователей.</translation>
    </message>
    <message>
        <source>Roster reads at most %1 users at a time.</source>
        <translation>Roster читает за раз не более %1 пользователей.</translation>
    </message>
    <message>
        <source>Reading the list took longer than Roster waits.</source>
        <translation>Чтение списка заняло больше времени, чем Roster ждёт.</translation>
    </message>
    <message>
        <source>1 user could not be read: %1.</source>
        <translation>Не удалось прочитать 1 пользователя: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n users could not be read: %1.</source>
        <translation>
            <numerusform>Не удалось прочитать %n пользователя: %1.</numerusform>
            <numerusform>Не удалось прочитать %n пользователей: %1.</numerusform>
            <numerusform>Не удалось прочитать %n пользователей: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users could be read.</source>
        <translation>Удалось прочитать пользователей: %1.</translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <source>Invitation sent again; the one before was sent %1</source>
        <translation>Приглашение отправлено повторно; предыдущее было отправлено %1</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Приглашение отправлено повторно</translation>
    </message>
    <message>
        <source>Resending invitations… %1 of %2</source>
        <translation>Повторная отправка приглашений… %1 из %2</translation>
    </message>
    <message>
        <source>Invitation resent to %1. The new link is valid for 24 hours.</source>
        <translation>Приглашение повторно отправлено %1. Новая ссылка действительна 24 часа.</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation>Роль: %1 → %2</translation>
    </message>
    <message>
        <source>Changing roles… %1 of %2</source>
        <translation>Смена ролей… %1 из %2</translation>
    </message>
    <message>
        <source>%1 is now in the role %2.</source>
        <translation>Теперь у %1 роль %2.</translation>
    </message>
    <message>
        <source>%1 removed from the account.</source>
        <translation>%1 удалён из аккаунта.</translation>
    </message>
    <message numerus="yes">
        <source>%n users removed from the account.</source>
        <translation>
            <numerusform>%n пользователь удалён из аккаунта.</numerusform>
            <numerusform>%n пользователя удалены из аккаунта.</numerusform>
            <numerusform>%n пользователей удалено из аккаунта.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Removal undone before it was sent</source>
        <translation>Удаление отменено до отправки</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 не удалён.</translation>
    </message>
    <message numerus="yes">
        <source>The %n users were not removed.</source>
        <translation>
            <numerusform>%n пользователь не удалён.</numerusform>
            <numerusform>%n пользователя не удалены.</numerusform>
            <numerusform>%n пользователей не удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from the account</source>
        <translation>Удалён из аккаунта</translation>
    </message>
    <message>
        <source>Removing users… %1 of %2</source>
        <translation>Удаление пользователей… %1 из %2</translation>
    </message>
    <message>
        <source>%1 was removed from the account.</source>
        <translation>%1 удалён из аккаунта.</translation>
    </message>
    <message>
        <source>Someone else already removed this user from the account.</source>
        <translation>Кто-то другой уже удалил этого пользователя из аккаунта.</translation>
    </message>
    <message>
        <source>Access given to an existing account, role %1</source>
        <translation>Доступ предоставлен существующему аккаунту, роль %1</translation>
    </message>
    <message>
        <source>Invitation sent, role %1</source>
        <translation>Приглашение отправлено, роль %1</translation>
    </message>
    <message>
        <source>%1 already had an account and was told about the access.</source>
        <translation>У %1 уже был аккаунт, ему отправлено уведомление о доступе.</translation>
    </message>
    <message>
        <source>Invitation sent to %1. The link is valid for 24 hours.</source>
        <translation>Приглашение отправлено %1. Ссылка действительна 24 часа.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Имя: %1 → %2</translation>
    </message>
    <message>
        <source>Language: %1 → %2</source>
        <translation>Язык: %1 → %2</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Активирован</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Изменения для %1 сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to %1</source>
        <translation>
            <numerusform>%n пользователь в %1</numerusform>
            <numerusform>%n пользователя в %1</numerusform>
            <numerusform>%n пользователей в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The user is no longer in the list.</source>
        <translation>Этого пользователя больше нет в списке.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>Выполнено: %1 из %2.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Отменено. %1</translation>
    </message>
    <message>
        <source>%1 Failed: %2</source>
        <translation>%1 Не удалось: %2</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Повторить неудачные</translation>
    </message>
    <message numerus="yes">
        <source>Removed from the account after deleting %n API token(s)</source>
        <translation>
            <numerusform>Удалён из аккаунта после удаления %n API-токена</numerusform>
            <numerusform>Удалён из аккаунта после удаления %n API-токенов</numerusform>
            <numerusform>Удалён из аккаунта после удаления %n API-токенов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: the API token “%1” could not be deleted: %2</source>
        <translation>Не удалён: не удалось удалить API-токен «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Invitations resent to %n people. The new links are valid for 24 hours.</source>
        <translation>
            <numerusform>Приглашение повторно отправлено %n человеку. Новая ссылка действует 24 часа.</numerusform>
            <numerusform>Приглашения повторно отправлены %n людям. Новые ссылки действуют 24 часа.</numerusform>
            <numerusform>Приглашения повторно отправлены %n людям. Новые ссылки действуют 24 часа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are now in the role %1.</source>
        <translation>
            <numerusform>Теперь у %n человека роль «%1».</numerusform>
            <numerusform>Теперь у %n человек роль «%1».</numerusform>
            <numerusform>Теперь у %n человек роль «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users were removed from the account.</source>
        <translation>
            <numerusform>%n пользователь удалён из аккаунта.</numerusform>
            <numerusform>%n пользователя удалены из аккаунта.</numerusform>
            <numerusform>%n пользователей удалено из аккаунта.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Pending invitation</source>
        <translation>Ожидает принятия приглашения</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>Срок приглашения истёк</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>On</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключена</translation>
    </message>
    <message>
        <source>The invitation expired on %1.</source>
        <translation>Срок приглашения истёк %1.</translation>
    </message>
    <message>
        <source>The invitation is valid until %1.</source>
        <translation>Приглашение действительно до %1.</translation>
    </message>
    <message>
        <source>The invitation was not sent from Roster, so when it expires is unknown.</source>
        <translation>Приглашение отправлено не из Roster, поэтому срок его действия неизвестен.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · истекает %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Способ входа</translation>
    </message>
</context>
<context>
    <name>UsersTable</name>
    <message>
        <source>On</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключена</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Roster cannot keep the activity log of this account: %1</source>
        <translation>Roster не может вести журнал действий этого аккаунта: %1</translation>
    </message>
    <message>
        <source>Roster cannot keep a local copy of this account&apos;s users, so it cannot show them offline: %1</source>
        <translation>Roster не может сохранить локальную копию пользователей этого аккаунта, поэтому не сможет показать их без сети: %1</translation>
    </message>
    <message>
        <source>This is the demo account: its people are made up and nothing you do here reaches a real account.</source>
        <translation>Это демоаккаунт: люди в нём вымышлены, и ничто из сделанного здесь не затронет настоящий аккаунт.</translation>
    </message>
    <message>
        <source>Sign In to Your Account…</source>
        <translation>Войти в свой аккаунт…</translation>
    </message>
    <message>
        <source>Roster has no secret for %1 in the keychain. Sign in to see the account&apos;s users.</source>
        <translation>В связке ключей нет секрета Roster для %1. Войдите, чтобы увидеть пользователей аккаунта.</translation>
    </message>
    <message>
        <source>Roster could not read the secret for %1: %2</source>
        <translation>Roster не удалось прочитать секрет для %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 was not added: without a keychain Roster has nowhere to keep its secret.</source>
        <translation>%1 не добавлен: без связки ключей Roster негде хранить его секрет.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 не добавлен: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 with an API token</source>
        <translation>Вход в %1 с API-токеном</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Вход в %1 как %2</translation>
    </message>
    <message>
        <source>Roster could not keep the secret in the keychain: %1</source>
        <translation>Roster не удалось сохранить секрет в связке ключей: %1</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Нет связки ключей</translation>
    </message>
    <message>
        <source>Roster found no keychain to keep the secret in (%1).</source>
        <translation>Roster не нашёл связку ключей для хранения секрета (%1).</translation>
    </message>
    <message>
        <source>Roster never writes secrets to a plain file. It can keep this one in memory until you close Roster; you would sign in again next time.</source>
        <translation>Roster никогда не записывает секреты в обычный файл. Он может хранить этот секрет в памяти, пока вы не закроете Roster; в следующий раз придётся войти снова.</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>Хранить до конца сеанса</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Выйти из %1?</translation>
    </message>
    <message>
        <source>Roster removes the account&apos;s secret from the keychain and its saved users from this computer. Nothing changes in the account itself.</source>
        <translation>Roster удалит секрет аккаунта из связки ключей, а сохранённых пользователей — с этого компьютера. В самом аккаунте ничего не изменится.</translation>
    </message>
    <message>
        <source>Signed out of %1; its secret and saved users were removed</source>
        <translation>Выполнен выход из %1; секрет и сохранённые пользователи удалены</translation>
    </message>
    <message>
        <source>Signed out of %1. Its secret was removed from the keychain.</source>
        <translation>Выполнен выход из %1. Секрет удалён из связки ключей.</translation>
    </message>
    <message>
        <source>Signed out of %1, but its secret could not be removed from the keychain: %2</source>
        <translation>Выполнен выход из %1, но удалить секрет из связки ключей не удалось: %2</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>аккаунт %1</translation>
    </message>
    <message>
        <source>Roster could not open %1: %2</source>
        <translation>Roster не смог открыть %1: %2</translation>
    </message>
</context>
</TS>
