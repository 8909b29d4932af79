<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>Exported %Ln entry to %1.</numerusform>
            <numerusform>Exported %Ln entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln entries</source>
        <translation>
            <numerusform>Showing %1 of %Ln entry</numerusform>
            <numerusform>Showing %1 of %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAccount</name>
    <message numerus="yes">
        <source>An administrator can invite at most %n new user(s) a day. Try again later.</source>
        <translation>
            <numerusform>An administrator can invite at most %n new user a day. Try again later.</numerusform>
            <numerusform>An administrator can invite at most %n new users a day. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>&amp;Invite %n Users</source>
        <translation>
            <numerusform>&amp;Invite %n User</numerusform>
            <numerusform>&amp;Invite %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) could not be invited: see the messages above, correct what they name and press Invite again.</source>
        <translation>
            <numerusform>%n person could not be invited: see the message above, correct what it names and press Invite again.</numerusform>
            <numerusform>%n people could not be invited: see the messages above, correct what they name and press Invite again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitePersonForm</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Saved %n user(s) to %1.</source>
        <translation>
            <numerusform>Saved %n user to %1.</numerusform>
            <numerusform>Saved %n users to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalEverywhere</name>
    <message numerus="yes">
        <source>%1 was removed from %n account(s).</source>
        <translation>
            <numerusform>%1 was removed from %n account.</numerusform>
            <numerusform>%1 was removed from %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not removed: blocked by %n active API token(s) (%1). Delete them in this account first.</source>
        <translation>
            <numerusform>Not removed: blocked by %n active API token (%1). Delete it in this account first.</numerusform>
            <numerusform>Not removed: blocked by %n active API tokens (%1). Delete them in this account first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s) (%1)</source>
        <translation>
            <numerusform>Will be removed after deleting %n API token (%1)</numerusform>
            <numerusform>Will be removed after deleting %n API tokens (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEverywhereDialog</name>
    <message numerus="yes">
        <source>%1 will be removed from %n account(s).</source>
        <translation>
            <numerusform>%1 will be removed from %n account.</numerusform>
            <numerusform>%1 will be removed from %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove from %n Account(s)</source>
        <translation>
            <numerusform>Remove from %n Account</numerusform>
            <numerusform>Remove from %n Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n API token(s) that block it first (this cannot be undone)</source>
        <translation>
            <numerusform>Delete the %n API token that blocks it first (this cannot be undone)</numerusform>
            <numerusform>Delete the %n API tokens that block it first (this cannot be undone)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveUserDialog</name>
    <message numerus="yes">
        <source>The API tokens of %n user(s) could not be checked: %1 Retry to check them again.</source>
        <translation>
            <numerusform>The API tokens of %n user could not be checked: %1 Retry to check them again.</numerusform>
            <numerusform>The API tokens of %n users could not be checked: %1 Retry to check them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) are no longer in the account and are left out.</source>
        <translation>
            <numerusform>%n user is no longer in the account and is left out.</numerusform>
            <numerusform>%n users are no longer in the account and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t remove %n user(s) as they have active tokens; they are left out:</source>
        <translation>
            <numerusform>You can&apos;t remove %n user as they have active tokens; they are left out:</numerusform>
            <numerusform>You can&apos;t remove %n users as they have active tokens; they are left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n User(s)</source>
        <translation>
            <numerusform>&amp;Remove %n User</numerusform>
            <numerusform>&amp;Remove %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n User(s)</source>
        <translation>
            <numerusform>Remove %n User</numerusform>
            <numerusform>Remove %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n user(s) from this account?</source>
        <translation>
            <numerusform>Remove this %n user from this account?</numerusform>
            <numerusform>Remove these %n users from this account?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s)</source>
        <translation>
            <numerusform>Will be removed after deleting %n API token</numerusform>
            <numerusform>Will be removed after deleting %n API tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have active tokens; they will be deleted first:</source>
        <translation>
            <numerusform>%n user has active tokens; they will be deleted first:</numerusform>
            <numerusform>%n users have active tokens; they will be deleted first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n active API token(s) first (this cannot be undone)</source>
        <translation>
            <numerusform>&amp;Delete %n active API token first (this cannot be undone)</numerusform>
            <numerusform>&amp;Delete %n active API tokens first (this cannot be undone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Tokens and &amp;Remove %n User(s)</source>
        <translation>
            <numerusform>Delete Tokens and &amp;Remove %n User</numerusform>
            <numerusform>Delete Tokens and &amp;Remove %n Users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterApp</name>
    <message numerus="yes">
        <source>The users did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>The users did not finish loading within %n second.</numerusform>
            <numerusform>The users did not finish loading within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message numerus="yes">
        <source>Showing %1 of %2 users</source>
        <translation>
            <numerusform>Showing %1 of %2 user</numerusform>
            <numerusform>Showing %1 of %2 users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message numerus="yes">
        <source>%n API token(s)</source>
        <translation>
            <numerusform>%n API token</numerusform>
            <numerusform>%n API tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n token could not be read and is not shown.</numerusform>
            <numerusform>%n tokens could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API token(s)? Whatever uses them stops working at once; this cannot be undone.</source>
        <translation>
            <numerusform>Delete %n API token? Whatever uses it stops working at once; this cannot be undone.</numerusform>
            <numerusform>Delete %n API tokens? Whatever uses them stops working at once; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n API token(s)…</source>
        <translation>
            <numerusform>Deleting %n API token…</numerusform>
            <numerusform>Deleting %n API tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation>
            <numerusform>%n API token deleted.</numerusform>
            <numerusform>%n API tokens deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n API token could not be deleted: %1</numerusform>
            <numerusform>%n API tokens could not be deleted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message numerus="yes">
        <source>Re&amp;send %n Invites</source>
        <translation>
            <numerusform>Re&amp;send %n Invite</numerusform>
            <numerusform>Re&amp;send %n Invites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Users…</source>
        <translation>
            <numerusform>&amp;Remove %n User…</numerusform>
            <numerusform>&amp;Remove %n Users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend the invitations to %n users?</source>
        <translation>
            <numerusform>Resend the invitation to %n user?</numerusform>
            <numerusform>Resend the invitations to %n users?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailsPane</name>
    <message numerus="yes">
        <source>%n earlier entries in the Activity log</source>
        <translation>
            <numerusform>%n earlier entry in the Activity log</numerusform>
            <numerusform>%n earlier entries in the Activity log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more could not be read</source>
        <translation>
            <numerusform>%n more could not be read</numerusform>
            <numerusform>%n more could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message numerus="yes">
        <source>%n users could not be read: %1.</source>
        <translation>
            <numerusform>%n user could not be read: %1.</numerusform>
            <numerusform>%n users could not be read: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message numerus="yes">
        <source>%n users removed from the account.</source>
        <translation>
            <numerusform>%n user removed from the account.</numerusform>
            <numerusform>%n users removed from the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n users were not removed.</source>
        <translation>
            <numerusform>The %n user was not removed.</numerusform>
            <numerusform>The %n users were not removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to %1</source>
        <translation>
            <numerusform>%n user to %1</numerusform>
            <numerusform>%n users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from the account after deleting %n API token(s)</source>
        <translation>
            <numerusform>Removed from the account after deleting %n API token</numerusform>
            <numerusform>Removed from the account after deleting %n API tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitations resent to %n people. The new links are valid for 24 hours.</source>
        <translation>
            <numerusform>Invitation resent to %n person. The new link is valid for 24 hours.</numerusform>
            <numerusform>Invitations resent to %n people. The new links are valid for 24 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are now in the role %1.</source>
        <translation>
            <numerusform>%n person is now in the role %1.</numerusform>
            <numerusform>%n people are now in the role %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users were removed from the account.</source>
        <translation>
            <numerusform>%n user was removed from the account.</numerusform>
            <numerusform>%n users were removed from the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
</context>
</TS>
