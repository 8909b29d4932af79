<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message>
        <source>Roster could not keep a local copy of the users: %1</source>
        <translation>Roster 无法保存用户的本地副本：%1</translation>
    </message>
    <message>
        <source>The activity log could not be saved: %1</source>
        <translation>无法保存活动日志：%1</translation>
    </message>
    <message>
        <source>The server ended the session (%1). Sign in again to see changes and to make them.</source>
        <translation>服务器已结束会话（%1）。请重新登录以查看和进行更改。</translation>
    </message>
    <message>
        <source>Roster is offline: changes are possible again once it reaches the server.</source>
        <translation>Roster 处于离线状态：连接到服务器后才能再次进行更改。</translation>
    </message>
    <message>
        <source>Offline since %1. Showing the users as of %2; changes are disabled until Roster reaches the server again.</source>
        <translation>自 %1 起离线。显示的是 %2 时的用户；在 Roster 重新连接到服务器之前，无法进行更改。</translation>
    </message>
    <message>
        <source>Offline since %1: Roster cannot reach the server. Changes are disabled until it can.</source>
        <translation>自 %1 起离线：Roster 无法连接到服务器。在恢复连接之前，无法进行更改。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Roster is not signed in to this account.</source>
        <translation>Roster 未登录此账户。</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>今天 %1</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>&amp;Demo account</source>
        <translation>演示账户(&amp;D)</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>演示账户</translation>
    </message>
    <message>
        <source>Switch between accounts, add one, or sign out</source>
        <translation>切换账户、添加账户或退出登录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Accounts of this sign-in</source>
        <translation>此登录的账户</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>Open %1 (account ID %2)</source>
        <translation>打开 %1（账户 ID %2）</translation>
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
        <translation>尚不知道该账户。请在用户加载完成后重试。</translation>
    </message>
    <message>
        <source>API token “%1” was already deleted</source>
        <translation>API 令牌“%1”已被删除</translation>
    </message>
    <message>
        <source>API token “%1”</source>
        <translation>API 令牌“%1”</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ActionPolicy</name>
    <message>
        <source>Another operation is running; wait for it or cancel it.</source>
        <translation>另一个操作正在进行；请等待其完成或将其取消。</translation>
    </message>
    <message>
        <source>Roster is still finding out what you may do in this account.</source>
        <translation>Roster 仍在确认您在此账户中的权限。</translation>
    </message>
    <message>
        <source>Only administrators can invite users.</source>
        <translation>只有管理员可以邀请用户。</translation>
    </message>
    <message>
        <source>Only administrators can resend invitations.</source>
        <translation>只有管理员可以重新发送邀请。</translation>
    </message>
    <message>
        <source>This server cannot resend invitations.</source>
        <translation>此服务器无法重新发送邀请。</translation>
    </message>
    <message>
        <source>Select a user whose invitation is pending or expired.</source>
        <translation>请选择邀请待接受或已过期的用户。</translation>
    </message>
    <message>
        <source>Only pending or expired invitations can be resent.</source>
        <translation>只能重新发送待接受或已过期的邀请。</translation>
    </message>
    <message>
        <source>No invitation is known to have expired.</source>
        <translation>没有已知的过期邀请。</translation>
    </message>
    <message>
        <source>Select the user to edit.</source>
        <translation>请选择要编辑的用户。</translation>
    </message>
    <message>
        <source>Select only one user to edit.</source>
        <translation>请只选择一个要编辑的用户。</translation>
    </message>
    <message>
        <source>Only administrators can remove users.</source>
        <translation>只有管理员可以移除用户。</translation>
    </message>
    <message>
        <source>Select the users to remove.</source>
        <translation>请选择要移除的用户。</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself from the account.</source>
        <translation>您不能将自己从账户中移除。</translation>
    </message>
    <message>
        <source>Only administrators can change roles.</source>
        <translation>只有管理员可以更改角色。</translation>
    </message>
    <message>
        <source>Select the users whose role should change.</source>
        <translation>请选择要更改角色的用户。</translation>
    </message>
    <message>
        <source>Only %1 can change their own name and language.</source>
        <translation>只有 %1 本人可以更改自己的姓名和语言。</translation>
    </message>
    <message>
        <source>Only administrators can activate or deactivate users.</source>
        <translation>只有管理员可以激活或停用用户。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己。</translation>
    </message>
    <message>
        <source>You are the only active administrator of this account. Make someone else an administrator first: without one, nobody could invite people, remove users or give roles again.</source>
        <translation>您是此账户唯一的有效管理员。请先将其他人设为管理员：没有管理员，就没有人能再邀请他人、移除用户或分配角色。</translation>
    </message>
    <message>
        <source>You will no longer be able to invite people, remove users, change anyone&apos;s role or delete other people&apos;s API tokens in this account. Only another administrator can make you an administrator again.</source>
        <translation>您将无法再在此账户中邀请他人、移除用户、更改任何人的角色或删除他人的 API 令牌。只有其他管理员才能再次将您设为管理员。</translation>
    </message>
</context>
<context>
    <name>ActivityEntry</name>
    <message>
        <source>Invite</source>
        <comment>activity log action</comment>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <comment>activity log action</comment>
        <translation>重新发送邀请</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>activity log action</comment>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change role</source>
        <comment>activity log action</comment>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>activity log action</comment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <comment>activity log action</comment>
        <translation>撤销移除</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>activity log action</comment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>activity log action</comment>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>activity log action</comment>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Delete API token</source>
        <comment>activity log action</comment>
        <translation>删除 API 令牌</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>The activity log in %1 could not be read or written: %2</source>
        <translation>无法读取或写入 %1 中的活动日志：%2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>它未打开</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <comment>an activity log result the log could not store</comment>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <source>%1
This entry could not be saved in the activity log; it will be gone after a restart.</source>
        <translation>%1
此条目无法保存到活动日志中，重启后将会丢失。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>无法将活动导出到 %1：%2</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>导出活动</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>roster-activity-%1.csv</source>
        <comment>file name</comment>
        <translation>roster-activity-%1.csv</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln entries</source>
        <translation>
            <numerusform>显示 %1 条，共 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity log for this account</source>
        <translation>此账户没有活动日志</translation>
    </message>
    <message>
        <source>The earlier activity could not be read. %1</source>
        <translation>无法读取之前的活动。%1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>筛选活动</translation>
    </message>
    <message>
        <source>Part of a user&apos;s email or ID, the details, the error, or who did it</source>
        <translation>用户电子邮件或 ID 的一部分、详情、错误或操作人</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>操作筛选</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>仅显示失败的操作</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the activity shown</source>
        <translation>导出显示的活动</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file for spreadsheets</source>
        <translation>将显示的记录保存为适用于电子表格的 CSV 文件</translation>
    </message>
    <message>
        <source>Activity log message</source>
        <translation>活动日志消息</translation>
    </message>
    <message>
        <source>Activity count</source>
        <translation>活动数量</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Failures &amp;only</source>
        <translation>仅显示失败(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent a response Roster cannot read: %1</source>
        <translation>服务器返回了 Roster 无法读取的响应：%1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection.</source>
        <translation>无法连接到服务器。请检查网络连接。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Sign-in is no longer valid. Sign in again.</source>
        <translation>登录已失效。请重新登录。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>The user no longer exists in this account.</source>
        <translation>该用户已不在此账户中。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation>请求过多。请稍后重试。</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation>服务器出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>The server sent a response Roster cannot read.</source>
        <translation>服务器返回了 Roster 无法读取的响应。</translation>
    </message>
    <message>
        <source>This server does not support this action.</source>
        <translation>此服务器不支持此操作。</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>无法读取或写入本地文件。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>CloudRole</name>
    <message>
        <source>Administrator of all projects</source>
        <translation>所有项目的管理员</translation>
    </message>
    <message>
        <source>Project administrator</source>
        <translation>项目管理员</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察者</translation>
    </message>
    <message>
        <source>Internal network only user</source>
        <translation>仅限内部网络用户</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试 &apos;%1 --help&apos;。</translation>
    </message>
    <message>
        <source>Roster lists the users of a cloud account and invites, edits and removes them.</source>
        <translation>Roster 列出云账户的用户，并可邀请、编辑和移除用户。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Open the offline demo account.</source>
        <translation>打开离线演示账户。</translation>
    </message>
    <message>
        <source>Rebuild the demo account from scratch, then open it.</source>
        <translation>从头重建演示账户，然后将其打开。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1.</source>
        <translation>使用此语言而非系统语言：%1。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Write a PNG of the main window once the users are loaded, then exit.</source>
        <translation>用户加载完成后将主窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>文件.png</translation>
    </message>
    <message>
        <source>Write every user of the account as CSV to this file (- for standard output), without opening a window, then exit.</source>
        <translation>不打开窗口，将账户的所有用户以 CSV 格式写入此文件（- 表示标准输出），然后退出。</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>文件.csv</translation>
    </message>
    <message>
        <source>With --export: read the account at this API address (for example https://api.gcore.com). The API token comes from the keychain profile named by --profile, or from the environment variable ROSTER_API_TOKEN; never from the command line.</source>
        <translation>与 --export 一起使用：从此 API 地址读取账户（例如 https://api.gcore.com）。API 令牌来自 --profile 指定的密钥环配置文件，或来自环境变量 ROSTER_API_TOKEN，绝不来自命令行。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>With --api-url: the account profile whose API token is in the keychain.</source>
        <translation>与 --api-url 一起使用：其 API 令牌保存在密钥环中的账户配置文件。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Use this demo account database instead of the default one.</source>
        <translation>使用此演示账户数据库代替默认数据库。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Delay every demo request by this many milliseconds.</source>
        <translation>将每个演示请求延迟指定的毫秒数。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Print the milliseconds until the first load is painted, then exit.</source>
        <translation>输出首次加载完成绘制所用的毫秒数，然后退出。</translation>
    </message>
    <message>
        <source>Unsupported language &apos;%1&apos;. Choose one of: %2.</source>
        <translation>不支持语言 &apos;%1&apos;。请从以下语言中选择：%2。</translation>
    </message>
    <message>
        <source>--demo-latency needs a whole number of milliseconds from 0 to %1, not &apos;%2&apos;.</source>
        <translation>--demo-latency 需要 0 到 %1 之间的整数毫秒数，而不是 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--screenshot needs the name of the PNG file to write.</source>
        <translation>--screenshot 需要要写入的 PNG 文件名。</translation>
    </message>
    <message>
        <source>--export needs the name of the CSV file to write, or - for standard output.</source>
        <translation>--export 需要要写入的 CSV 文件名，或用 - 表示标准输出。</translation>
    </message>
    <message>
        <source>--export writes a file without opening a window: it cannot be combined with --screenshot or --startup-probe.</source>
        <translation>--export 不打开窗口直接写入文件：不能与 --screenshot 或 --startup-probe 一起使用。</translation>
    </message>
    <message>
        <source>--api-url needs an http or https address such as https://api.gcore.com, not &apos;%1&apos;.</source>
        <translation>--api-url 需要 http 或 https 地址（例如 https://api.gcore.com），而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--api-url works with --export only in this version; signing in from the window comes later.</source>
        <translation>在此版本中，--api-url 仅能与 --export 一起使用；从窗口登录将在以后提供。</translation>
    </message>
    <message>
        <source>Choose either the demo account or --api-url, not both.</source>
        <translation>请选择演示账户或 --api-url，不能同时选择。</translation>
    </message>
    <message>
        <source>--profile needs a profile name, and --api-url.</source>
        <translation>--profile 需要配置文件名称以及 --api-url。</translation>
    </message>
    <message>
        <source>--demo-file needs the path of a demo account database.</source>
        <translation>--demo-file 需要演示账户数据库的路径。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: Roster takes options only.</source>
        <translation>意外的参数 &apos;%1&apos;：Roster 只接受选项。</translation>
    </message>
    <message>
        <source>Give up on a request to the account API after this many seconds, however slowly it still answers (default: %1).</source>
        <translation>向账户 API 的请求超过这么多秒后放弃，无论它仍在多慢地应答（默认：%1）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Stop reading the list of users after this many seconds and keep what arrived (default: %1).</source>
        <translation>读取用户列表超过这么多秒后停止，并保留已收到的内容（默认：%1）。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of seconds from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 需要 1 到 %2 之间的整数秒数，而不是“%3”。</translation>
    </message>
    <message>
        <source>With --export: write every cell exactly as it is. By default a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return) gets a &apos; in front, so a value such as +49 30 1234 reads &apos;+49 30 1234.</source>
        <translation>与 --export 一起使用：按原样写入每个单元格。默认情况下，电子表格会当作公式执行的单元格（以 =、+、-、@、制表符或回车符开头）前面会加上 &apos;，因此像 +49 30 1234 这样的值会显示为 &apos;+49 30 1234。</translation>
    </message>
    <message>
        <source>--csv-raw works with --export only.</source>
        <translation>--csv-raw 仅能与 --export 一起使用。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>此账户未保存任何密钥。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>系统密钥环拒绝访问：%1</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret safely.</source>
        <translation>没有可用于安全保存密钥的系统密钥环。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>DemoAccount</name>
    <message>
        <source>&quot;%1&quot; is not a valid choice.</source>
        <translation>&quot;%1&quot; 不是有效的选项。</translation>
    </message>
    <message>
        <source>A generated account needs at least one user.</source>
        <translation>生成的账户至少需要一个用户。</translation>
    </message>
    <message>
        <source>Ensure this field has no more than %1 characters.</source>
        <translation>请确保此字段不超过 %1 个字符。</translation>
    </message>
    <message numerus="yes">
        <source>An administrator can invite at most %n new user(s) a day. Try again later.</source>
        <translation>
            <numerusform>管理员每天最多可邀请 %n 名新用户。请稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>请输入有效的电话号码。</translation>
    </message>
    <message>
        <source>A user with this email address already exists.</source>
        <translation>使用此电子邮件地址的用户已存在。</translation>
    </message>
    <message>
        <source>Choose at least one way to sign in.</source>
        <translation>请至少选择一种登录方式。</translation>
    </message>
    <message>
        <source>The account needs at least one active administrator. Make someone else an administrator first.</source>
        <translation>账户至少需要一名活跃的管理员。请先将其他人设为管理员。</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself from the account.</source>
        <translation>您不能将自己从账户中移除。</translation>
    </message>
    <message>
        <source>You can&apos;t deactivate yourself.</source>
        <translation>您不能停用自己。</translation>
    </message>
    <message>
        <source>Token not found.</source>
        <translation>未找到令牌。</translation>
    </message>
    <message>
        <source>The invitation has expired. Ask an administrator to send it again.</source>
        <translation>邀请已过期。请让管理员重新发送邀请。</translation>
    </message>
    <message>
        <source>Project %1 not found.</source>
        <translation>未找到项目 %1。</translation>
    </message>
    <message>
        <source>ClientAdministrator applies to the whole account, not to one project.</source>
        <translation>ClientAdministrator 适用于整个账户，而不是单个项目。</translation>
    </message>
    <message>
        <source>Either client_id or project_id is required.</source>
        <translation>必须提供 client_id 或 project_id。</translation>
    </message>
    <message>
        <source>%1 is given per project: send project_id.</source>
        <translation>%1 按项目分配：请发送 project_id。</translation>
    </message>
</context>
<context>
    <name>DemoAccountApi</name>
    <message>
        <source>Demo account</source>
        <translation>演示账户</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo account file %1 is not open.</source>
        <translation>演示账户文件 %1 未打开。</translation>
    </message>
    <message>
        <source>The demo account file %1 could not be read or written: %2</source>
        <translation>无法读取或写入演示账户文件 %1：%2</translation>
    </message>
    <message>
        <source>Roster cannot create the folder %1 for the demo account file %2.</source>
        <translation>Roster 无法为演示账户文件 %2 创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Roster cannot read the demo account file %1. Check its permissions, or start Roster with --demo-reset to replace it.</source>
        <translation>Roster 无法读取演示账户文件 %1。请检查其权限，或使用 --demo-reset 启动 Roster 以替换该文件。</translation>
    </message>
    <message>
        <source>The demo account file %1 is read-only. Check its permissions, or start Roster with --demo-reset to replace it.</source>
        <translation>演示账户文件 %1 为只读。请检查其权限，或使用 --demo-reset 启动 Roster 以替换该文件。</translation>
    </message>
    <message>
        <source>The demo account file %1 is in use by another program. Close it and try again.</source>
        <translation>演示账户文件 %1 正被其他程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The demo account file %1 is damaged and cannot be moved aside: %2</source>
        <translation>演示账户文件 %1 已损坏且无法移走：%2</translation>
    </message>
    <message>
        <source>Roster cannot create or write the demo account file %1: %2</source>
        <translation>Roster 无法创建或写入演示账户文件 %1：%2</translation>
    </message>
    <message>
        <source>The demo account file %1 does not exist.</source>
        <translation>演示账户文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The demo account file %1 could not be read: %2</source>
        <translation>无法读取演示账户文件 %1：%2</translation>
    </message>
    <message>
        <source>Roster cannot start the demo account afresh: the file %1 cannot be removed (%2).</source>
        <translation>Roster 无法重新开始演示账户：无法删除文件 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (email)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lower Your Own Role</source>
        <translation>降低您自己的角色</translation>
    </message>
    <message>
        <source>Lower your own role to %1?</source>
        <translation>要将您自己的角色降低为 %1 吗？</translation>
    </message>
    <message>
        <source>&amp;Lower My Role</source>
        <translation>降低我的角色(&amp;L)</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>This user no longer exists in the account (removed by someone else).</source>
        <translation>该用户已不在账户中（已被其他人移除）。</translation>
    </message>
    <message>
        <source>The current role could not be read from the server (%1) The role shown is the one from the user list.</source>
        <translation>无法从服务器读取当前角色（%1）显示的是用户列表中的角色。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Save to try again.</source>
        <translation>您输入的内容不会丢失：点击“保存”重试。</translation>
    </message>
    <message>
        <source>The name and language were saved, the role was not.</source>
        <translation>姓名和语言已保存，但角色未保存。</translation>
    </message>
    <message>
        <source>The name and language were saved.</source>
        <translation>姓名和语言已保存。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the current role…</source>
        <translation>正在读取当前角色…</translation>
    </message>
    <message>
        <source>Edit Your Details</source>
        <translation>编辑您的资料</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>The email address cannot be changed here.</source>
        <translation>无法在此更改电子邮件地址。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>已激活(&amp;A)（可以登录）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已激活</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Enter an email address.</source>
        <translation>请输入电子邮件地址。</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>电子邮件地址不能包含空格。</translation>
    </message>
    <message>
        <source>An email address has exactly one @, as in name@example.com.</source>
        <translation>电子邮件地址只能包含一个 @，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter the name before the @, as in name@example.com.</source>
        <translation>请输入 @ 前面的名称，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter the domain after the @, as in name@example.com.</source>
        <translation>请输入 @ 后面的域名，例如 name@example.com。</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>此电子邮件地址太长。</translation>
    </message>
    <message>
        <source>The name before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>@ 前面的名称不能以点开头或结尾，也不能包含连续两个点。</translation>
    </message>
    <message>
        <source>The name before the @ cannot contain %1.</source>
        <translation>@ 前面的名称不能包含 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain: it needs a dot, as in example.com.</source>
        <translation>“%1”不是有效的域名：域名需要包含点，例如 example.com。</translation>
    </message>
    <message>
        <source>The domain cannot end with a dot: “%1” should read “%2”.</source>
        <translation>域名不能以点结尾：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>The domain “%1” cannot start with a dot or have two dots in a row.</source>
        <translation>域名“%1”不能以点开头，也不能包含两个连续的点。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <source>This account has no users yet.</source>
        <translation>此账户还没有用户。</translation>
    </message>
    <message>
        <source>Users invited to the account appear here after a refresh.</source>
        <translation>受邀加入账户的用户将在刷新后显示在此处。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No users match the filters.</source>
        <translation>没有符合筛选条件的用户。</translation>
    </message>
    <message>
        <source>No users match the search “%1” and filters.</source>
        <translation>没有符合搜索“%1”和筛选条件的用户。</translation>
    </message>
    <message>
        <source>No users match the search “%1”.</source>
        <translation>没有符合搜索“%1”的用户。</translation>
    </message>
    <message>
        <source>Search by a user ID or part of an email address or name, or clear the filters to see every user.</source>
        <translation>请按用户 ID、电子邮件地址或姓名的一部分进行搜索，或清除筛选条件以查看所有用户。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>无法加载用户。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter choice and how many users it matches</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>two-factor authentication filter</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>On</source>
        <comment>two-factor authentication is on</comment>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>two-factor authentication is off</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Search by ID or email</source>
        <translation>按 ID 或电子邮件搜索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Digits find a user ID (exact match first, then IDs starting with them); any other text finds part of an email address or a name. (%1)</source>
        <translation>输入数字可查找用户 ID（先精确匹配，再匹配以其开头的 ID）；输入其他文本可查找电子邮件地址或姓名的一部分。(%1)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Two-factor:</source>
        <translation>双重验证(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Two-factor authentication filter</source>
        <translation>双重身份验证筛选</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>双重身份验证</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>角色筛选</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every user: empty the search field and reset the filters</source>
        <translation>显示所有用户：清空搜索框并重置筛选条件</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Any sign-in method</source>
        <translation>所有登录方式</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Sign-in method filter</source>
        <translation>登录方式筛选</translation>
    </message>
</context>
<context>
    <name>GcoreAccountApi</name>
    <message>
        <source>the response is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>偏移量 %1 处的 JSON 无效（%2）</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>the account id is missing</source>
        <translation>缺少账户 ID</translation>
    </message>
    <message>
        <source>the signed-in user is missing</source>
        <translation>缺少已登录的用户</translation>
    </message>
    <message>
        <source>the company name is not text</source>
        <translation>公司名称不是文本</translation>
    </message>
    <message>
        <source>the invited user&apos;s id is missing</source>
        <translation>缺少受邀用户的 ID</translation>
    </message>
    <message>
        <source>the role is missing</source>
        <translation>缺少角色</translation>
    </message>
    <message>
        <source>the list of API tokens is missing</source>
        <translation>缺少 API 令牌列表</translation>
    </message>
    <message>
        <source>the list of projects is missing</source>
        <translation>缺少项目列表</translation>
    </message>
    <message>
        <source>a project has no id</source>
        <translation>某个项目没有 ID</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Roster connects to %1 only over https://. Unencrypted http:// is allowed for this computer (localhost) only.</source>
        <translation>Roster 仅通过 https:// 连接到 %1。未加密的 http:// 仅允许用于本机（localhost）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>无法与 %1 建立安全连接：其证书不受信任。</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>会话已过期。请重新登录。</translation>
    </message>
    <message>
        <source>the sign-in tokens are missing</source>
        <translation>缺少登录令牌</translation>
    </message>
    <message>
        <source>This server cannot resend invitations. Remove the invitation and invite the person again.</source>
        <translation>此服务器无法重新发送邀请。请移除该邀请，然后重新邀请此人。</translation>
    </message>
    <message>
        <source>This server cannot deactivate users.</source>
        <translation>此服务器无法停用用户。</translation>
    </message>
    <message>
        <source>the answer is too large (over %1 MB)</source>
        <translation>应答过大（超过 %1 MB）</translation>
    </message>
    <message>
        <source>The server did not finish its answer within %1 s.</source>
        <translation>服务器未在 %1 秒内完成应答。</translation>
    </message>
    <message>
        <source>the answer could not be read to its end (%1)</source>
        <translation>无法将应答读取到结尾（%1）</translation>
    </message>
    <message>
        <source>the server sent %1 users where at most %2 were asked for</source>
        <translation>服务器发送了 %1 个用户，而请求的最多是 %2 个</translation>
    </message>
    <message>
        <source>An API token opens one account only. Sign in with your email and password to reach your other accounts.</source>
        <translation>API 令牌只能打开一个账户。请使用电子邮件和密码登录以访问您的其他账户。</translation>
    </message>
    <message>
        <source>the list of Cloud roles is missing</source>
        <translation>缺少 Cloud 角色列表</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1).</source>
        <translation>服务器返回了意外的状态（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Inviting…</source>
        <translation>正在邀请…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite %n Users</source>
        <translation>
            <numerusform>邀请 %n 名用户(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite User</source>
        <translation>邀请用户(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Everyone was invited.</source>
        <translation>所有人都已受邀。</translation>
    </message>
    <message>
        <source>To invite, give every person a name and a valid email address.</source>
        <translation>要发送邀请，请为每个人填写姓名和有效的电子邮件地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) could not be invited: see the messages above, correct what they name and press Invite again.</source>
        <translation>
            <numerusform>有 %n 人未能受邀：请查看上方的消息，更正其中指出的问题，然后再次点击“邀请”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>正在邀请 %1…</translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation>邀请用户</translation>
    </message>
    <message>
        <source>People who are new to the platform get an invitation email with a link, valid for 24 hours, to set a password. People who already have an account get a notice that they can now open this one.</source>
        <translation>平台新用户将收到一封邀请邮件，其中包含用于设置密码的链接，有效期 24 小时。已有账户的用户将收到通知，告知其现在可以访问此账户。</translation>
    </message>
    <message>
        <source>Other services (Billing, DNS, Storage, Streaming, Web security) give invited users full permissions automatically.</source>
        <translation>其他服务（计费、DNS、存储、流媒体、Web 安全）会自动授予受邀用户完整权限。</translation>
    </message>
    <message>
        <source>A&amp;dd another user</source>
        <translation>再添加一个用户(&amp;D)</translation>
    </message>
    <message>
        <source>Invite several people at once</source>
        <translation>一次邀请多人</translation>
    </message>
    <message>
        <source>Send the invitations (Ctrl+Enter)</source>
        <translation>发送邀请 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Invitation status</source>
        <translation>邀请状态</translation>
    </message>
</context>
<context>
    <name>InvitePersonForm</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>project name</comment>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>Cloud role in project %1</source>
        <translation>项目 %1 中的 Cloud 角色</translation>
    </message>
    <message>
        <source>Loading the projects…</source>
        <translation>正在加载项目…</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>无法加载项目：%1</translation>
    </message>
    <message>
        <source>This account has no projects yet.</source>
        <translation>此账户还没有项目。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name, for example their first and last name.</source>
        <translation>请输入此人的姓名，例如其名字和姓氏。</translation>
    </message>
    <message>
        <source>A name can have at most 255 characters.</source>
        <translation>姓名最多只能包含 255 个字符。</translation>
    </message>
    <message>
        <source>This email address is already in person %1 above.</source>
        <translation>此电子邮件地址已在上方第 %1 人中使用。</translation>
    </message>
    <message>
        <source>Without projects, choose Client access.</source>
        <translation>没有项目时，请选择“客户端”访问权限。</translation>
    </message>
    <message>
        <source>Choose a role in at least one project, or choose Client access.</source>
        <translation>请至少在一个项目中选择角色，或选择“客户端”访问权限。</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>正在等待…</translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>正在邀请 %1…</translation>
    </message>
    <message>
        <source>Invited; setting the Cloud access…</source>
        <translation>已邀请；正在设置 Cloud 访问权限…</translation>
    </message>
    <message>
        <source>%1 already has an account: an access notice was sent to %2.</source>
        <translation>%1 已有账户：已向 %2 发送访问通知。</translation>
    </message>
    <message>
        <source>An invitation email was sent to %1; the link in it is valid for %2 hours.</source>
        <translation>邀请邮件已发送至 %1；其中的链接在 %2 小时内有效。</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <comment>error message, project name</comment>
        <translation>%1（项目 %2）</translation>
    </message>
    <message>
        <source>Invited.</source>
        <translation>已邀请。</translation>
    </message>
    <message>
        <source>Invited, but the Cloud access could not be set: %1</source>
        <translation>已邀请，但无法设置 Cloud 访问权限：%1</translation>
    </message>
    <message>
        <source>Not invited: the daily limit is reached. An administrator can invite at most %1 new users a day.</source>
        <translation>未邀请：已达到每日上限。管理员每天最多可邀请 %1 名新用户。</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>请在 %1后重试。</translation>
    </message>
    <message>
        <source>Try again tomorrow.</source>
        <translation>请明天再试。</translation>
    </message>
    <message>
        <source>Not invited: only an administrator of the account can invite users (%1)</source>
        <translation>未邀请：只有账户管理员可以邀请用户（%1）</translation>
    </message>
    <message>
        <source>Not invited: %1 Everything typed is kept: press Invite to try again.</source>
        <translation>未邀请：%1 已输入的内容都会保留：点击“邀请”重试。</translation>
    </message>
    <message>
        <source>Not invited: %1</source>
        <translation>未邀请：%1</translation>
    </message>
    <message>
        <source>Not invited: correct the fields marked above.</source>
        <translation>未邀请：请更正上方标记的字段。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Stopped before the answer came: the person may have been invited.</source>
        <translation>在收到响应前已停止：此人可能已受邀。</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>第 %1 人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Cloud access:</source>
        <translation>Cloud 访问权限：</translation>
    </message>
    <message>
        <source>First and last name, for example Jane Doe</source>
        <translation>名字和姓氏，例如 张三</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Client (all projects)</source>
        <translation>客户端(&amp;C)（所有项目）</translation>
    </message>
    <message>
        <source>&amp;Project by project</source>
        <translation>按项目(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>第 %1 人的姓名</translation>
    </message>
    <message>
        <source>Email of person %1</source>
        <translation>第 %1 人的电子邮件</translation>
    </message>
    <message>
        <source>Interface language of person %1</source>
        <translation>第 %1 人的界面语言</translation>
    </message>
    <message>
        <source>Role of person %1</source>
        <translation>第 %1 人的角色</translation>
    </message>
    <message>
        <source>Cloud access for the whole account</source>
        <translation>整个账户的 Cloud 访问权限</translation>
    </message>
    <message>
        <source>Cloud access project by project</source>
        <translation>按项目设置 Cloud 访问权限</translation>
    </message>
    <message>
        <source>Cloud access of person %1 in all projects</source>
        <translation>第 %1 人在所有项目中的 Cloud 访问权限</translation>
    </message>
    <message>
        <source>Load the projects again</source>
        <translation>重新加载项目</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>移除第 %1 人</translation>
    </message>
    <message>
        <source>Result for person %1</source>
        <translation>第 %1 人的结果</translation>
    </message>
    <message>
        <source>What the person may do in the account (IAM and CDN)</source>
        <translation>此人在账户中的权限（IAM 和 CDN）</translation>
    </message>
    <message>
        <source>No access, or administrator of every Cloud project</source>
        <translation>无权限，或所有 Cloud 项目的管理员</translation>
    </message>
    <message>
        <source>A Cloud role in each project: the project on the left, the role on the right</source>
        <translation>每个项目中的 Cloud 角色：左侧为项目，右侧为角色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export Users</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>用户.csv</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n user(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 名用户保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Loading was stopped before any user arrived.</source>
        <translation>在收到任何用户之前已停止加载。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the users again (%1)</source>
        <translation>重新加载用户 (%1)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop loading the users</source>
        <translation>停止加载用户</translation>
    </message>
    <message>
        <source>&amp;Find User</source>
        <translation>查找用户(&amp;F)</translation>
    </message>
    <message>
        <source>Search by ID or email</source>
        <translation>按 ID 或电子邮件搜索</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the users shown, with the columns shown, as a CSV file</source>
        <translation>将显示的用户及显示的列保存为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign in to another account</source>
        <translation>登录其他账户</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out of this account and remove its secret from the keychain</source>
        <translation>退出此账户并从密钥环中删除其密钥</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>未打开账户</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name without / or \.</source>
        <translation>请为配置文件指定不含 / 或 \ 的名称。</translation>
    </message>
    <message>
        <source>Use an https:// address; http:// works only on this computer.</source>
        <translation>请使用 https:// 地址；http:// 仅适用于本机。</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
</context>
<context>
    <name>RemovalEverywhere</name>
    <message>
        <source>Removed from %1 (Remove from All My Accounts)</source>
        <translation>已从 %1 移除（从我的所有账户中移除）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was removed from %n account(s).</source>
        <translation>
            <numerusform>%1 已从 %n 个账户中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from %2 of %3 accounts. Not removed from %4</source>
        <translation>%1 已从 %3 个账户中的 %2 个移除。未能从以下账户移除：%4</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>将被移除</translation>
    </message>
    <message>
        <source>Not removed: you are not an administrator in this account</source>
        <translation>未移除：您不是此账户的管理员</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Not removed: blocked by %n active API token(s) (%1). Delete them in this account first.</source>
        <translation>
            <numerusform>未移除：有 %n 个有效的 API 令牌阻止移除（%1）。请先在此账户中删除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: Roster could not check this account: %1</source>
        <translation>未移除：Roster 无法检查此账户：%1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未移除：%1</translation>
    </message>
    <message>
        <source>API token “%1” in %2 (Remove from All My Accounts)</source>
        <translation>%2 中的 API 令牌“%1”（从我的所有账户中移除）</translation>
    </message>
    <message>
        <source>the API token “%1” could not be deleted: %2</source>
        <translation>无法删除 API 令牌“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s) (%1)</source>
        <translation>
            <numerusform>删除 %n 个 API 令牌后将被移除（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEverywhereDialog</name>
    <message>
        <source>Remove from All My Accounts</source>
        <translation>从我的所有账户中移除</translation>
    </message>
    <message>
        <source>Remove %1 from every account you share with them?</source>
        <translation>要将 %1 从您与其共享的所有账户中移除吗？</translation>
    </message>
    <message>
        <source>Each account is checked first. The person keeps their sign-in and any other accounts; only their access to the accounts below ends. This cannot be undone.</source>
        <translation>系统会先检查每个账户。此人保留其登录信息和其他账户；只有其对下列账户的访问权限会终止。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>%1 (this account)</source>
        <translation>%1（此账户）</translation>
    </message>
    <message>
        <source>Account ID %1</source>
        <translation>账户 ID %1</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在移除…</translation>
    </message>
    <message>
        <source>Checking each account…</source>
        <translation>正在检查每个账户…</translation>
    </message>
    <message>
        <source>Removed from %1 of %2 accounts.</source>
        <translation>已从 %2 个账户中的 %1 个移除。</translation>
    </message>
    <message>
        <source>%1 cannot be removed from any of these accounts; each says why.</source>
        <translation>无法将 %1 从这些账户中的任何一个移除；每个账户都注明了原因。</translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from %n account(s).</source>
        <translation>
            <numerusform>%1 将从 %n 个账户中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove from %n Account(s)</source>
        <translation>
            <numerusform>从 %n 个账户中移除</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n API token(s) that block it first (this cannot be undone)</source>
        <translation>
            <numerusform>先删除阻止移除的 %n 个 API 令牌（此操作无法撤消）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveUserDialog</name>
    <message>
        <source>Checking API tokens…</source>
        <translation>正在检查 API 令牌…</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>将被移除</translation>
    </message>
    <message>
        <source>Left out: active API tokens</source>
        <translation>已跳过：有活跃的 API 令牌</translation>
    </message>
    <message>
        <source>API tokens could not be checked</source>
        <translation>无法检查 API 令牌</translation>
    </message>
    <message>
        <source>Left out: no longer in this account</source>
        <translation>已跳过：已不在此账户中</translation>
    </message>
    <message>
        <source>Will be removed (API tokens not checked)</source>
        <translation>将被移除（未检查 API 令牌）</translation>
    </message>
    <message>
        <source>Checking the user&apos;s API tokens…</source>
        <translation>正在检查该用户的 API 令牌…</translation>
    </message>
    <message>
        <source>Checking API tokens… %1 of %2</source>
        <translation>正在检查 API 令牌… %1/%2</translation>
    </message>
    <message>
        <source>The API tokens of %1 could not be checked: %2 Retry to check them again.</source>
        <translation>无法检查 %1 的 API 令牌：%2 请点击“重试”再次检查。</translation>
    </message>
    <message numerus="yes">
        <source>The API tokens of %n user(s) could not be checked: %1 Retry to check them again.</source>
        <translation>
            <numerusform>无法检查 %n 名用户的 API 令牌：%1 请点击“重试”再次检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>This server cannot list API tokens, so they could not be checked. If a user has active tokens, the server refuses to remove them.</source>
        <translation>此服务器无法列出 API 令牌，因此无法检查。如果用户有活跃的令牌，服务器将拒绝移除该用户。</translation>
    </message>
    <message>
        <source>This user is no longer in the account (removed by someone else).</source>
        <translation>该用户已不在账户中（已被其他人移除）。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) are no longer in the account and are left out.</source>
        <translation>
            <numerusform>%n 名用户已不在账户中，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t remove the user as they have active tokens:</source>
        <translation>无法移除该用户，因为其有活跃的令牌：</translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t remove %n user(s) as they have active tokens; they are left out:</source>
        <translation>
            <numerusform>无法移除 %n 名用户，因为他们有活跃的令牌；已跳过这些用户：</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>person, tokens</comment>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>To confirm, type the user&apos;s email address: %1</source>
        <translation>如需确认，请输入该用户的电子邮件地址：%1</translation>
    </message>
    <message>
        <source>To confirm, type the number of users to remove (shown once the API tokens are checked).</source>
        <translation>如需确认，请输入要移除的用户数（检查 API 令牌后显示）。</translation>
    </message>
    <message>
        <source>To confirm, type the number of users to remove: %1</source>
        <translation>如需确认，请输入要移除的用户数：%1</translation>
    </message>
    <message>
        <source>None of these users can be removed.</source>
        <translation>这些用户均无法移除。</translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation>移除用户(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n User(s)</source>
        <translation>
            <numerusform>移除 %n 名用户(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the API token check</source>
        <translation>正在等待 API 令牌检查</translation>
    </message>
    <message>
        <source>The API tokens could not be checked; retry first</source>
        <translation>无法检查 API 令牌；请先重试</translation>
    </message>
    <message>
        <source>No user here can be removed</source>
        <translation>此处没有可移除的用户</translation>
    </message>
    <message>
        <source>Type the user&apos;s email address to confirm</source>
        <translation>输入该用户的电子邮件地址以确认</translation>
    </message>
    <message>
        <source>Type the number of users to remove to confirm</source>
        <translation>输入要移除的用户数以确认</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>移除用户</translation>
    </message>
    <message>
        <source>Remove %1 from this account?</source>
        <translation>要从此账户中移除 %1 吗？</translation>
    </message>
    <message>
        <source>This removes %1 from this account only. A person who belongs to other accounts keeps access to those; one who belongs to no other account is deleted. To give them access again, invite them again.</source>
        <translation>这只会将 %1 从此账户中移除。属于其他账户的人仍保留对那些账户的访问权限；不属于任何其他账户的人将被删除。如需再次授予访问权限，请重新邀请。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n User(s)</source>
        <translation>
            <numerusform>移除 %n 名用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n user(s) from this account?</source>
        <translation>
            <numerusform>要从此账户中移除这 %n 名用户吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes them from this account only. A person who belongs to other accounts keeps access to those; one who belongs to no other account is deleted. To give them access again, invite them again.</source>
        <translation>这只会将他们从此账户中移除。属于其他账户的人仍保留对那些账户的访问权限；不属于任何其他账户的人将被删除。如需再次授予访问权限，请重新邀请。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation>要移除的用户</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>API token check</source>
        <translation>API 令牌检查</translation>
    </message>
    <message>
        <source>Users who cannot be removed</source>
        <translation>无法移除的用户</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Check the API tokens again</source>
        <translation>再次检查 API 令牌</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <comment>expiry, date</comment>
        <translation>%1，上次使用 %2</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>token name, expiry and last use</comment>
        <translation>“%1”（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s)</source>
        <translation>
            <numerusform>将在删除 %n 个 API 令牌后移除</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens will be deleted first; whatever uses them stops working.</source>
        <translation>将先删除这些令牌；使用它们的一切都将停止工作。</translation>
    </message>
    <message>
        <source>Delete these tokens first: tick the box below, or use the API tokens view.</source>
        <translation>请先删除这些令牌：勾选下方的复选框，或使用“API 令牌”视图。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have active tokens; they will be deleted first:</source>
        <translation>
            <numerusform>%n 个用户拥有有效令牌；这些令牌将被先删除：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete their tokens first: tick the box below, or use the API tokens view.</source>
        <translation>请先删除他们的令牌：勾选下方的复选框，或使用“API 令牌”视图。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n active API token(s) first (this cannot be undone)</source>
        <translation>
            <numerusform>先删除 %n 个有效 API 令牌（无法撤销）(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tokens and &amp;Remove User</source>
        <translation>删除令牌并移除用户(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Delete Tokens and &amp;Remove %n User(s)</source>
        <translation>
            <numerusform>删除令牌并移除 %n 个用户(&amp;R)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrators</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Purge and Prefetch only (API+Web)</source>
        <translation>仅清除和预取 (API+Web)</translation>
    </message>
    <message>
        <source>Purge and Prefetch only (API)</source>
        <translation>仅清除和预取 (API)</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>角色 %1</translation>
    </message>
</context>
<context>
    <name>RosterApp</name>
    <message>
        <source>Could not read the users: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>Could not write the users to standard output.</source>
        <translation>无法将用户写入标准输出。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1: %2</source>
        <translation>无法将截图写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>无法加载用户：%1</translation>
    </message>
    <message numerus="yes">
        <source>The users did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>用户未能在 %n 秒内加载完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster talks to %1 only over https (http is for this computer alone).</source>
        <translation>Roster 仅通过 https 与 %1 通信（http 仅限本机）。</translation>
    </message>
    <message>
        <source>No API token: set ROSTER_API_TOKEN, or name a keychain profile with --profile.</source>
        <translation>没有 API 令牌：请设置 ROSTER_API_TOKEN，或使用 --profile 指定密钥环配置文件。</translation>
    </message>
    <message>
        <source>No API token for the profile %1: %2</source>
        <translation>配置文件 %1 没有 API 令牌：%2</translation>
    </message>
    <message>
        <source>Could not open the demo account %1.</source>
        <translation>无法打开演示账户 %1。</translation>
    </message>
</context>
<context>
    <name>ServerMessage</name>
    <message>
        <source>This field is required</source>
        <translation>此字段为必填项</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <source>User not found.</source>
        <translation>未找到用户。</translation>
    </message>
    <message>
        <source>User with given email not found.</source>
        <translation>未找到使用此电子邮件地址的用户。</translation>
    </message>
    <message>
        <source>This user already activated.</source>
        <translation>此用户已激活。</translation>
    </message>
    <message>
        <source>This user cannot be added to this client.</source>
        <translation>无法将此用户添加到此客户。</translation>
    </message>
    <message>
        <source>You can&apos;t remove the user as they have active tokens</source>
        <translation>无法移除该用户，因为其有活跃的令牌</translation>
    </message>
    <message>
        <source>You do not have permission to perform this action.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>No active account found with the given credentials.</source>
        <translation>未找到与所提供凭据匹配的活跃账户。</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>请输入有效的电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message numerus="yes">
        <source>Showing %1 of %2 users</source>
        <translation>
            <numerusform>显示 %1 名用户，共 %2 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>正在刷新… %1/%2</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation>正在刷新… %1</translation>
    </message>
    <message>
        <source>Saved list from %1 · refreshing…</source>
        <translation>%1 保存的列表 · 正在刷新…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Refresh stopped: the list may be incomplete</source>
        <translation>刷新已停止：列表可能不完整</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <source>Saved list from %1</source>
        <translation>%1 保存的列表</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>上次刷新：%1</translation>
    </message>
    <message>
        <source>Number of users shown</source>
        <translation>显示的用户数</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Where the users come from</source>
        <translation>用户来源</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter the address of the account API, for example %1.</source>
        <translation>请输入账户 API 的地址，例如 %1。</translation>
    </message>
    <message>
        <source>This is not a web address. Enter one such as %1.</source>
        <translation>这不是网址。请输入类似 %1 的网址。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in below.</source>
        <translation>请勿在地址中包含用户名和密码；请在下方登录。</translation>
    </message>
    <message>
        <source>Leave out the part from ? or # on: enter only the address of the API.</source>
        <translation>请去掉从 ? 或 # 开始的部分：只输入 API 的地址。</translation>
    </message>
    <message>
        <source>Roster talks to remote servers only over https://, so that nobody on the way can read the token or password. Use https://%1, or http:// only for this computer (localhost, 127.0.0.1).</source>
        <translation>Roster 仅通过 https:// 与远程服务器通信，以防途中有人读取令牌或密码。请使用 https://%1，http:// 仅限本机（localhost、127.0.0.1）。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>配置文件名称不能包含 / 或 \。</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”. Choose another name.</source>
        <translation>已存在名为“%1”的配置文件。请另选一个名称。</translation>
    </message>
    <message>
        <source>Enter the API token. You can create one in the account settings.</source>
        <translation>请输入 API 令牌。您可以在账户设置中创建令牌。</translation>
    </message>
    <message>
        <source>Enter the email address you sign in with.</source>
        <translation>请输入您用于登录的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>The details changed during the test; they are tested again on Sign In.</source>
        <translation>测试期间信息已更改；登录时将再次测试。</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <comment>company name, account id</comment>
        <translation>%1（账户 %2）</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <comment>account, person</comment>
        <translation>已以 %2 的身份连接到 %1。</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, %3.</source>
        <comment>account, person, role</comment>
        <translation>已以 %2（%3）的身份连接到 %1。</translation>
    </message>
    <message>
        <source>Connection test stopped.</source>
        <translation>连接测试已停止。</translation>
    </message>
    <message>
        <source>The details changed since the last test: they are tested again on Sign In.</source>
        <translation>自上次测试以来信息已更改：登录时将再次测试。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>测试连接(&amp;O)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the connection test</source>
        <translation>停止连接测试</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>关闭且不登录</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置文件名称(&amp;N)：</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API 令牌(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>电子邮件和密码(&amp;M)</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API 令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this account: enter the current code from your authenticator app.</source>
        <translation>此账户已开启双重身份验证：请输入身份验证器应用中的当前验证码。</translation>
    </message>
    <message>
        <source>For example: Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <source>Sign in with an API token</source>
        <translation>使用 API 令牌登录</translation>
    </message>
    <message>
        <source>Sign in with email and password</source>
        <translation>使用电子邮件和密码登录</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>A name for this account in Roster&apos;s account switcher</source>
        <translation>此账户在 Roster 账户切换器中的名称</translation>
    </message>
    <message>
        <source>Where the account API is; https:// is required except for this computer</source>
        <translation>账户 API 的位置；除本机外必须使用 https://</translation>
    </message>
    <message>
        <source>A permanent API token of the account; it is kept in the system keychain</source>
        <translation>账户的永久 API 令牌；它保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Sign in with these details and show which account and role they give</source>
        <translation>使用这些信息登录，并显示其对应的账户和角色</translation>
    </message>
</context>
<context>
    <name>SignInMethod</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
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
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>它不是文件</translation>
    </message>
    <message>
        <source>the damaged file cannot be moved aside</source>
        <translation>无法移走已损坏的文件</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>The user has been deleted</source>
        <translation>该用户已被删除</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>没有打开的账户。</translation>
    </message>
    <message>
        <source>Loading API tokens…</source>
        <translation>正在加载 API 令牌…</translation>
    </message>
    <message>
        <source>The API tokens could not be loaded: %1</source>
        <translation>无法加载 API 令牌：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s)</source>
        <translation>
            <numerusform>%n 个 API 令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n 个令牌无法读取，未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can delete other people&apos;s API tokens.</source>
        <translation>只有管理员才能删除其他人的 API 令牌。</translation>
    </message>
    <message>
        <source>Select the tokens to delete</source>
        <translation>请选择要删除的令牌</translation>
    </message>
    <message>
        <source>Delete the selected API tokens</source>
        <translation>删除所选 API 令牌</translation>
    </message>
    <message>
        <source>• “%1”, issued by %2</source>
        <comment>token, issuer</comment>
        <translation>• “%1”，由 %2 签发</translation>
    </message>
    <message>
        <source>Delete API Tokens</source>
        <translation>删除 API 令牌</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API token(s)? Whatever uses them stops working at once; this cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 个 API 令牌？使用它们的一切将立即停止工作；此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n API token(s)…</source>
        <translation>
            <numerusform>正在删除 %n 个 API 令牌…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <comment>token, reason</comment>
        <translation>“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个 API 令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n 个 API 令牌无法删除：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Load the API tokens again</source>
        <translation>重新加载 API 令牌</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>撤销移除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Invite Users…</source>
        <translation>邀请用户(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Actions for this user</source>
        <translation>对此用户的操作</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;send %n Invites</source>
        <translation>
            <numerusform>重新发送 %n 个邀请(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;send Invite</source>
        <translation>重新发送邀请(&amp;S)</translation>
    </message>
    <message>
        <source>Send the invitation again; the new link is valid for 24 hours.</source>
        <translation>重新发送邀请；新链接在 24 小时内有效。</translation>
    </message>
    <message>
        <source>Resend (%1)</source>
        <translation>重新发送 (%1)</translation>
    </message>
    <message>
        <source>Send every expired invitation again</source>
        <translation>重新发送所有过期的邀请</translation>
    </message>
    <message>
        <source>Invite people to this account (%1)</source>
        <translation>邀请他人加入此账户 (%1)</translation>
    </message>
    <message>
        <source>Change the name, language or role</source>
        <translation>更改姓名、语言或角色</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Users…</source>
        <translation>
            <numerusform>移除 %n 名用户(&amp;R)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove from this account (%1)</source>
        <translation>从此账户中移除 (%1)</translation>
    </message>
    <message>
        <source>Resend the invitation to %1?</source>
        <translation>要向 %1 重新发送邀请吗？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Resend the invitations to %n users?</source>
        <translation>
            <numerusform>要向 %n 名用户重新发送邀请吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend Invitation</source>
        <translation>重新发送邀请</translation>
    </message>
    <message>
        <source>The new link is valid for 24 hours.</source>
        <translation>新链接在 24 小时内有效。</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>重新发送(&amp;R)</translation>
    </message>
    <message>
        <source>Copy E&amp;mail</source>
        <translation>复制电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>Copy I&amp;D</source>
        <translation>复制 ID(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>更改角色(&amp;C)</translation>
    </message>
    <message>
        <source>Resend All E&amp;xpired (%1)</source>
        <translation>重新发送所有过期邀请(&amp;X) (%1)</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>没有打开的账户。</translation>
    </message>
    <message>
        <source>Remove from All My &amp;Accounts…</source>
        <translation>从我的所有账户中移除(&amp;A)…</translation>
    </message>
    <message>
        <source>Select one person to remove them from every account you share.</source>
        <translation>请选择一个人，将其从您与其共享的所有账户中移除。</translation>
    </message>
    <message>
        <source>You cannot remove yourself from your accounts here.</source>
        <translation>您不能在此处将自己从您的账户中移除。</translation>
    </message>
    <message>
        <source>This person belongs to no other account of yours.</source>
        <translation>此人不属于您的其他任何账户。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove from this account</source>
        <translation>从此账户中移除</translation>
    </message>
    <message>
        <source>Remove this person from each account you share with them, after one confirmation</source>
        <translation>确认一次后，将此人从您与其共享的每个账户中移除</translation>
    </message>
</context>
<context>
    <name>UserCache</name>
    <message>
        <source>The local copy of the users in %1 could not be read or written: %2</source>
        <translation>无法读取或写入 %1 中的用户本地副本：%2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>它未打开</translation>
    </message>
</context>
<context>
    <name>UserDetailsPane</name>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Cloud roles</source>
        <translation>Cloud 角色</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (ID %2): %3</source>
        <comment>company, account ID, roles</comment>
        <translation>%1（ID %2）：%3</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1 — this account</source>
        <translation>%1 — 此账户</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not be loaded: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>%1 · Expires: %2</source>
        <comment>token name, expiry</comment>
        <translation>%1 · 到期：%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries in the Activity log</source>
        <translation>
            <numerusform>活动日志中还有 %n 条更早的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>Load the account&apos;s API tokens</source>
        <translation>加载此账户的 API 令牌</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <comment>the field&apos;s name</comment>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>User Details</source>
        <translation>用户详情</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>整个账户</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>Cloud role, project</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n more could not be read</source>
        <translation>
            <numerusform>另有 %n 个无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserJson</name>
    <message>
        <source>the field &quot;%1&quot; of a user has an unexpected value</source>
        <translation>用户的字段 &quot;%1&quot; 的值不符合预期</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>偏移量 %1 处的 JSON 无效（%2）</translation>
    </message>
    <message>
        <source>a user was expected</source>
        <translation>应为用户</translation>
    </message>
    <message>
        <source>the list of users is missing</source>
        <translation>缺少用户列表</translation>
    </message>
    <message>
        <source>the user count is not a number</source>
        <translation>用户数不是数字</translation>
    </message>
    <message>
        <source>a list of users was expected</source>
        <translation>应为用户列表</translation>
    </message>
    <message>
        <source>an entry of the user list is not a user</source>
        <translation>用户列表中的某个条目不是用户</translation>
    </message>
    <message>
        <source>the server sent no usable id</source>
        <translation>服务器未发送可用的 ID</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>%1 of %2 users could be read.</source>
        <translation>已读取 %2 个用户中的 %1 个。</translation>
    </message>
    <message>
        <source>%1 users could be read before Roster stopped.</source>
        <translation>Roster 停止前已读取 %1 个用户。</translation>
    </message>
    <message>
        <source>The server stopped sending users before the end of the list.</source>
        <translation>服务器在列表结束前停止发送用户。</translation>
    </message>
    <message>
        <source>The server sent a page of users that had all been read already.</source>
        <translation>服务器发送的一页用户全部已经读取过。</translation>
    </message>
    <message>
        <source>Roster reads at most %1 pages of users at a time.</source>
        <translation>Roster 一次最多读取 %1 页用户。</translation>
    </message>
    <message>
        <source>Roster reads at most %1 users at a time.</source>
        <translation>Roster 一次最多读取 %1 个用户。</translation>
    </message>
    <message>
        <source>Reading the list took longer than Roster waits.</source>
        <translation>读取列表所用时间超过了 Roster 的等待时间。</translation>
    </message>
    <message>
        <source>1 user could not be read: %1.</source>
        <translation>有 1 个用户无法读取：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n users could not be read: %1.</source>
        <translation>
            <numerusform>有 %n 个用户无法读取：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users could be read.</source>
        <translation>已读取 %1 个用户。</translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <source>Invitation sent again; the one before was sent %1</source>
        <translation>邀请已重新发送；上一封发送于 %1</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>邀请已重新发送</translation>
    </message>
    <message>
        <source>Resending invitations… %1 of %2</source>
        <translation>正在重新发送邀请… %1/%2</translation>
    </message>
    <message>
        <source>Invitation resent to %1. The new link is valid for 24 hours.</source>
        <translation>已向 %1 重新发送邀请。新链接在 24 小时内有效。</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation>角色：%1 → %2</translation>
    </message>
    <message>
        <source>Changing roles… %1 of %2</source>
        <translation>正在更改角色… %1/%2</translation>
    </message>
    <message>
        <source>%1 is now in the role %2.</source>
        <translation>%1 现在的角色为 %2。</translation>
    </message>
    <message>
        <source>%1 removed from the account.</source>
        <translation>已将 %1 从账户中移除。</translation>
    </message>
    <message numerus="yes">
        <source>%n users removed from the account.</source>
        <translation>
            <numerusform>已从账户中移除 %n 名用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Removal undone before it was sent</source>
        <translation>移除操作在发送前已撤销</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 未被移除。</translation>
    </message>
    <message numerus="yes">
        <source>The %n users were not removed.</source>
        <translation>
            <numerusform>这 %n 名用户未被移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from the account</source>
        <translation>已从账户中移除</translation>
    </message>
    <message>
        <source>Removing users… %1 of %2</source>
        <translation>正在移除用户… %1/%2</translation>
    </message>
    <message>
        <source>%1 was removed from the account.</source>
        <translation>%1 已从账户中移除。</translation>
    </message>
    <message>
        <source>Someone else already removed this user from the account.</source>
        <translation>其他人已将此用户从账户中移除。</translation>
    </message>
    <message>
        <source>Access given to an existing account, role %1</source>
        <translation>已向现有账户授予访问权限，角色为 %1</translation>
    </message>
    <message>
        <source>Invitation sent, role %1</source>
        <translation>邀请已发送，角色为 %1</translation>
    </message>
    <message>
        <source>%1 already had an account and was told about the access.</source>
        <translation>%1 已有账户，并已收到访问权限通知。</translation>
    </message>
    <message>
        <source>Invitation sent to %1. The link is valid for 24 hours.</source>
        <translation>邀请已发送至 %1。链接在 24 小时内有效。</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>姓名：%1 → %2</translation>
    </message>
    <message>
        <source>Language: %1 → %2</source>
        <translation>语言：%1 → %2</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>已保存对 %1 的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to %1</source>
        <translation>
            <numerusform>%n 名用户到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The user is no longer in the list.</source>
        <translation>该用户已不在列表中。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>已完成 %1/%2。</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <source>%1 Failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重试失败项</translation>
    </message>
    <message numerus="yes">
        <source>Removed from the account after deleting %n API token(s)</source>
        <translation>
            <numerusform>删除 %n 个 API 令牌后已从账户中移除</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: the API token “%1” could not be deleted: %2</source>
        <translation>未移除：无法删除 API 令牌“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Invitations resent to %n people. The new links are valid for 24 hours.</source>
        <translation>
            <numerusform>已向 %n 人重新发送邀请。新链接的有效期为 24 小时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are now in the role %1.</source>
        <translation>
            <numerusform>现在有 %n 人担任角色 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users were removed from the account.</source>
        <translation>
            <numerusform>已从账户中移除 %n 个用户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Pending invitation</source>
        <translation>待接受邀请</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>邀请已过期</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>The invitation expired on %1.</source>
        <translation>邀请已于 %1 过期。</translation>
    </message>
    <message>
        <source>The invitation is valid until %1.</source>
        <translation>邀请有效期至 %1。</translation>
    </message>
    <message>
        <source>The invitation was not sent from Roster, so when it expires is unknown.</source>
        <translation>该邀请并非从 Roster 发送，因此不知道其何时过期。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>双重身份验证</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · %2到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
</context>
<context>
    <name>UsersTable</name>
    <message>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>重置列(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Roster cannot keep the activity log of this account: %1</source>
        <translation>Roster 无法保存此账户的活动日志：%1</translation>
    </message>
    <message>
        <source>Roster cannot keep a local copy of this account&apos;s users, so it cannot show them offline: %1</source>
        <translation>Roster 无法保存此账户用户的本地副本，因此无法在离线时显示这些用户：%1</translation>
    </message>
    <message>
        <source>This is the demo account: its people are made up and nothing you do here reaches a real account.</source>
        <translation>这是演示账户：其中的人员均为虚构，您在此处的任何操作都不会影响真实账户。</translation>
    </message>
    <message>
        <source>Sign In to Your Account…</source>
        <translation>登录您的账户…</translation>
    </message>
    <message>
        <source>Roster has no secret for %1 in the keychain. Sign in to see the account&apos;s users.</source>
        <translation>密钥环中没有 %1 的 Roster 密钥。请登录以查看账户的用户。</translation>
    </message>
    <message>
        <source>Roster could not read the secret for %1: %2</source>
        <translation>Roster 无法读取 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 was not added: without a keychain Roster has nowhere to keep its secret.</source>
        <translation>未添加 %1：没有密钥环，Roster 无处保存其密钥。</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>未添加 %1：%2</translation>
    </message>
    <message>
        <source>Signed in to %1 with an API token</source>
        <translation>已使用 API 令牌登录 %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>已以 %2 的身份登录 %1</translation>
    </message>
    <message>
        <source>Roster could not keep the secret in the keychain: %1</source>
        <translation>Roster 无法将密钥保存到密钥环中：%1</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <source>Roster found no keychain to keep the secret in (%1).</source>
        <translation>Roster 未找到可保存密钥的密钥环（%1）。</translation>
    </message>
    <message>
        <source>Roster never writes secrets to a plain file. It can keep this one in memory until you close Roster; you would sign in again next time.</source>
        <translation>Roster 绝不会将密钥写入普通文件。它可以将此密钥保存在内存中，直到您关闭 Roster；下次需要重新登录。</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>要退出 %1 吗？</translation>
    </message>
    <message>
        <source>Roster removes the account&apos;s secret from the keychain and its saved users from this computer. Nothing changes in the account itself.</source>
        <translation>Roster 会从密钥环中删除该账户的密钥，并从此计算机上删除其保存的用户。账户本身不会有任何变化。</translation>
    </message>
    <message>
        <source>Signed out of %1; its secret and saved users were removed</source>
        <translation>已退出 %1；其密钥和保存的用户已删除</translation>
    </message>
    <message>
        <source>Signed out of %1. Its secret was removed from the keychain.</source>
        <translation>已退出 %1。其密钥已从密钥环中删除。</translation>
    </message>
    <message>
        <source>Signed out of %1, but its secret could not be removed from the keychain: %2</source>
        <translation>已退出 %1，但无法从密钥环中删除其密钥：%2</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>Roster could not open %1: %2</source>
        <translation>Roster 无法打开 %1：%2</translation>
    </message>
</context>
</TS>
