<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountSession</name>
    <message>
        <source>Roster could not keep a local copy of the users: %1</source>
        <translation>Roster konnte keine lokale Kopie der Benutzer speichern: %1</translation>
    </message>
    <message>
        <source>The activity log could not be saved: %1</source>
        <translation>Das Aktivitätsprotokoll konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The server ended the session (%1). Sign in again to see changes and to make them.</source>
        <translation>Der Server hat die Sitzung beendet (%1). Melden Sie sich erneut an, um Änderungen zu sehen und vorzunehmen.</translation>
    </message>
    <message>
        <source>Roster is offline: changes are possible again once it reaches the server.</source>
        <translation>Roster ist offline: Änderungen sind wieder möglich, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Offline since %1. Showing the users as of %2; changes are disabled until Roster reaches the server again.</source>
        <translation>Offline seit %1. Angezeigt werden die Benutzer mit Stand %2; Änderungen sind deaktiviert, bis Roster den Server wieder erreicht.</translation>
    </message>
    <message>
        <source>Offline since %1: Roster cannot reach the server. Changes are disabled until it can.</source>
        <translation>Offline seit %1: Roster erreicht den Server nicht. Änderungen sind deaktiviert, bis das wieder möglich ist.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Roster is not signed in to this account.</source>
        <translation>Roster ist bei diesem Konto nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>&amp;Demo account</source>
        <translation>&amp;Demokonto</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
    <message>
        <source>Switch between accounts, add one, or sign out</source>
        <translation>Zwischen Konten wechseln, eines hinzufügen oder abmelden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Accounts of this sign-in</source>
        <translation>Konten dieser Anmeldung</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Open %1 (account ID %2)</source>
        <translation>%1 öffnen (Konto-ID %2)</translation>
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
        <translation>Das Konto ist noch nicht bekannt. Versuchen Sie es erneut, sobald die Benutzer geladen sind.</translation>
    </message>
    <message>
        <source>API token “%1” was already deleted</source>
        <translation>API-Token „%1“ war bereits gelöscht</translation>
    </message>
    <message>
        <source>API token “%1”</source>
        <translation>API-Token „%1“</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ActionPolicy</name>
    <message>
        <source>Another operation is running; wait for it or cancel it.</source>
        <translation>Ein anderer Vorgang läuft; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Roster is still finding out what you may do in this account.</source>
        <translation>Roster ermittelt noch, was Sie in diesem Konto tun dürfen.</translation>
    </message>
    <message>
        <source>Only administrators can invite users.</source>
        <translation>Nur Administratoren können Benutzer einladen.</translation>
    </message>
    <message>
        <source>Only administrators can resend invitations.</source>
        <translation>Nur Administratoren können Einladungen erneut senden.</translation>
    </message>
    <message>
        <source>This server cannot resend invitations.</source>
        <translation>Dieser Server kann Einladungen nicht erneut senden.</translation>
    </message>
    <message>
        <source>Select a user whose invitation is pending or expired.</source>
        <translation>Wählen Sie einen Benutzer mit ausstehender oder abgelaufener Einladung.</translation>
    </message>
    <message>
        <source>Only pending or expired invitations can be resent.</source>
        <translation>Nur ausstehende oder abgelaufene Einladungen können erneut gesendet werden.</translation>
    </message>
    <message>
        <source>No invitation is known to have expired.</source>
        <translation>Es ist keine abgelaufene Einladung bekannt.</translation>
    </message>
    <message>
        <source>Select the user to edit.</source>
        <translation>Wählen Sie den zu bearbeitenden Benutzer.</translation>
    </message>
    <message>
        <source>Select only one user to edit.</source>
        <translation>Wählen Sie nur einen Benutzer zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Only administrators can remove users.</source>
        <translation>Nur Administratoren können Benutzer entfernen.</translation>
    </message>
    <message>
        <source>Select the users to remove.</source>
        <translation>Wählen Sie die zu entfernenden Benutzer.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself from the account.</source>
        <translation>Sie können sich nicht selbst aus dem Konto entfernen.</translation>
    </message>
    <message>
        <source>Only administrators can change roles.</source>
        <translation>Nur Administratoren können Rollen ändern.</translation>
    </message>
    <message>
        <source>Select the users whose role should change.</source>
        <translation>Wählen Sie die Benutzer, deren Rolle sich ändern soll.</translation>
    </message>
    <message>
        <source>Only %1 can change their own name and language.</source>
        <translation>Nur %1 kann den eigenen Namen und die eigene Sprache ändern.</translation>
    </message>
    <message>
        <source>Only administrators can activate or deactivate users.</source>
        <translation>Nur Administratoren können Benutzer aktivieren oder deaktivieren.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Sie können sich nicht selbst deaktivieren.</translation>
    </message>
    <message>
        <source>You are the only active administrator of this account. Make someone else an administrator first: without one, nobody could invite people, remove users or give roles again.</source>
        <translation>Sie sind der einzige aktive Administrator dieses Kontos. Machen Sie zuerst eine andere Person zum Administrator: ohne einen könnte niemand mehr Personen einladen, Benutzer entfernen oder Rollen vergeben.</translation>
    </message>
    <message>
        <source>You will no longer be able to invite people, remove users, change anyone&apos;s role or delete other people&apos;s API tokens in this account. Only another administrator can make you an administrator again.</source>
        <translation>Sie können in diesem Konto dann keine Personen mehr einladen, keine Benutzer entfernen, keine Rollen ändern und keine API-Token anderer löschen. Nur ein anderer Administrator kann Sie wieder zum Administrator machen.</translation>
    </message>
</context>
<context>
    <name>ActivityEntry</name>
    <message>
        <source>Invite</source>
        <comment>activity log action</comment>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <comment>activity log action</comment>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>activity log action</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change role</source>
        <comment>activity log action</comment>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>activity log action</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <comment>activity log action</comment>
        <translation>Entfernen rückgängig</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>activity log action</comment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>activity log action</comment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>activity log action</comment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Delete API token</source>
        <comment>activity log action</comment>
        <translation>API-Token löschen</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>The activity log in %1 could not be read or written: %2</source>
        <translation>Das Aktivitätsprotokoll in %1 konnte nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>sie ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <comment>an activity log result the log could not store</comment>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>%1
This entry could not be saved in the activity log; it will be gone after a restart.</source>
        <translation>%1
Dieser Eintrag konnte nicht im Aktivitätsprotokoll gespeichert werden; nach einem Neustart ist er verschwunden.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>Die Aktivität konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>roster-activity-%1.csv</source>
        <comment>file name</comment>
        <translation>roster-aktivitaet-%1.csv</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln entries</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag angezeigt</numerusform>
            <numerusform>%1 von %Ln Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity log for this account</source>
        <translation>Kein Aktivitätsprotokoll für dieses Konto</translation>
    </message>
    <message>
        <source>The earlier activity could not be read. %1</source>
        <translation>Die frühere Aktivität konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>Part of a user&apos;s email or ID, the details, the error, or who did it</source>
        <translation>Teil der E-Mail-Adresse oder ID eines Benutzers, der Details, des Fehlers oder wer es getan hat</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>Nur Fehler anzeigen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the activity shown</source>
        <translation>Die angezeigte Aktivität exportieren</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file for spreadsheets</source>
        <translation>Die angezeigten Einträge als CSV-Datei für Tabellenkalkulationen speichern</translation>
    </message>
    <message>
        <source>Activity log message</source>
        <translation>Meldung des Aktivitätsprotokolls</translation>
    </message>
    <message>
        <source>Activity count</source>
        <translation>Anzahl der Aktivitäten</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Failures &amp;only</source>
        <translation>Nur Fe&amp;hler</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent a response Roster cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die Roster nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in is no longer valid. Sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Sie haben keine Berechtigung dafür.</translation>
    </message>
    <message>
        <source>The user no longer exists in this account.</source>
        <translation>Der Benutzer existiert in diesem Konto nicht mehr.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent a response Roster cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Roster nicht lesen kann.</translation>
    </message>
    <message>
        <source>This server does not support this action.</source>
        <translation>Dieser Server unterstützt diese Aktion nicht.</translation>
    </message>
    <message>
        <source>A local file could not be read or written.</source>
        <translation>Eine lokale Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>CloudRole</name>
    <message>
        <source>Administrator of all projects</source>
        <translation>Administrator aller Projekte</translation>
    </message>
    <message>
        <source>Project administrator</source>
        <translation>Projektadministrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Internal network only user</source>
        <translation>Benutzer nur im internen Netzwerk</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Roster lists the users of a cloud account and invites, edits and removes them.</source>
        <translation>Roster listet die Benutzer eines Cloud-Kontos auf und lädt sie ein, bearbeitet und entfernt sie.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open the offline demo account.</source>
        <translation>Das Offline-Demokonto öffnen.</translation>
    </message>
    <message>
        <source>Rebuild the demo account from scratch, then open it.</source>
        <translation>Das Demokonto neu aufbauen und dann öffnen.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1.</source>
        <translation>Diese Sprache statt der des Systems verwenden: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Write a PNG of the main window once the users are loaded, then exit.</source>
        <translation>Nach dem Laden der Benutzer ein PNG des Hauptfensters schreiben und dann beenden.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <source>Write every user of the account as CSV to this file (- for standard output), without opening a window, then exit.</source>
        <translation>Alle Benutzer des Kontos als CSV in diese Datei schreiben (- für die Standardausgabe), ohne ein Fenster zu öffnen, und dann beenden.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <source>With --export: read the account at this API address (for example https://api.gcore.com). The API token comes from the keychain profile named by --profile, or from the environment variable ROSTER_API_TOKEN; never from the command line.</source>
        <translation>Mit --export: das Konto unter dieser API-Adresse lesen (zum Beispiel https://api.gcore.com). Das API-Token stammt aus dem mit --profile genannten Profil im Schlüsselbund oder aus der Umgebungsvariable ROSTER_API_TOKEN, niemals aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --api-url: the account profile whose API token is in the keychain.</source>
        <translation>Mit --api-url: das Kontoprofil, dessen API-Token im Schlüsselbund liegt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use this demo account database instead of the default one.</source>
        <translation>Diese Datenbank des Demokontos statt der Standarddatenbank verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Delay every demo request by this many milliseconds.</source>
        <translation>Jede Demo-Anfrage um so viele Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Print the milliseconds until the first load is painted, then exit.</source>
        <translation>Die Millisekunden bis zur Anzeige des ersten Ladevorgangs ausgeben und dann beenden.</translation>
    </message>
    <message>
        <source>Unsupported language &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Nicht unterstützte Sprache &apos;%1&apos;. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--demo-latency needs a whole number of milliseconds from 0 to %1, not &apos;%2&apos;.</source>
        <translation>--demo-latency braucht eine ganze Zahl von Millisekunden zwischen 0 und %1, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--screenshot needs the name of the PNG file to write.</source>
        <translation>--screenshot braucht den Namen der zu schreibenden PNG-Datei.</translation>
    </message>
    <message>
        <source>--export needs the name of the CSV file to write, or - for standard output.</source>
        <translation>--export braucht den Namen der zu schreibenden CSV-Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>--export writes a file without opening a window: it cannot be combined with --screenshot or --startup-probe.</source>
        <translation>--export schreibt eine Datei, ohne ein Fenster zu öffnen: Es lässt sich nicht mit --screenshot oder --startup-probe kombinieren.</translation>
    </message>
    <message>
        <source>--api-url needs an http or https address such as https://api.gcore.com, not &apos;%1&apos;.</source>
        <translation>--api-url braucht eine http- oder https-Adresse wie https://api.gcore.com, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--api-url works with --export only in this version; signing in from the window comes later.</source>
        <translation>--api-url funktioniert in dieser Version nur mit --export; die Anmeldung im Fenster folgt später.</translation>
    </message>
    <message>
        <source>Choose either the demo account or --api-url, not both.</source>
        <translation>Wählen Sie entweder das Demokonto oder --api-url, nicht beides.</translation>
    </message>
    <message>
        <source>--profile needs a profile name, and --api-url.</source>
        <translation>--profile braucht einen Profilnamen und --api-url.</translation>
    </message>
    <message>
        <source>--demo-file needs the path of a demo account database.</source>
        <translation>--demo-file braucht den Pfad einer Datenbank des Demokontos.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: Roster takes options only.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;: Roster akzeptiert nur Optionen.</translation>
    </message>
    <message>
        <source>Give up on a request to the account API after this many seconds, however slowly it still answers (default: %1).</source>
        <translation>Eine Anfrage an die Konto-API nach so vielen Sekunden aufgeben, wie langsam sie auch noch antwortet (Standard: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Stop reading the list of users after this many seconds and keep what arrived (default: %1).</source>
        <translation>Das Lesen der Benutzerliste nach so vielen Sekunden beenden und behalten, was angekommen ist (Standard: %1).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of seconds from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 braucht eine ganze Zahl von Sekunden von 1 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>With --export: write every cell exactly as it is. By default a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return) gets a &apos; in front, so a value such as +49 30 1234 reads &apos;+49 30 1234.</source>
        <translation>Mit --export: jede Zelle genau so schreiben, wie sie ist. Sonst bekommt eine Zelle, die eine Tabellenkalkulation als Formel ausführen würde (eine, die mit =, +, -, @, einem Tabulator oder einem Wagenrücklauf beginnt), ein &apos; vorangestellt, sodass ein Wert wie +49 30 1234 als &apos;+49 30 1234 erscheint.</translation>
    </message>
    <message>
        <source>--csv-raw works with --export only.</source>
        <translation>--csv-raw funktioniert nur mit --export.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>Für dieses Konto ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret safely.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, um das Geheimnis sicher aufzubewahren.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Systemschlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>DemoAccount</name>
    <message>
        <source>&quot;%1&quot; is not a valid choice.</source>
        <translation>&quot;%1&quot; ist keine gültige Auswahl.</translation>
    </message>
    <message>
        <source>A generated account needs at least one user.</source>
        <translation>Ein erzeugtes Konto braucht mindestens einen Benutzer.</translation>
    </message>
    <message>
        <source>Ensure this field has no more than %1 characters.</source>
        <translation>Dieses Feld darf höchstens %1 Zeichen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>An administrator can invite at most %n new user(s) a day. Try again later.</source>
        <translation>
            <numerusform>Ein Administrator kann höchstens %n neuen Benutzer pro Tag einladen. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Ein Administrator kann höchstens %n neue Benutzer pro Tag einladen. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>Geben Sie eine gültige Telefonnummer ein.</translation>
    </message>
    <message>
        <source>A user with this email address already exists.</source>
        <translation>Ein Benutzer mit dieser E-Mail-Adresse existiert bereits.</translation>
    </message>
    <message>
        <source>Choose at least one way to sign in.</source>
        <translation>Wählen Sie mindestens eine Anmeldemethode.</translation>
    </message>
    <message>
        <source>The account needs at least one active administrator. Make someone else an administrator first.</source>
        <translation>Das Konto braucht mindestens einen aktiven Administrator. Machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself from the account.</source>
        <translation>Sie können sich nicht selbst aus dem Konto entfernen.</translation>
    </message>
    <message>
        <source>You can&apos;t deactivate yourself.</source>
        <translation>Sie können sich nicht selbst deaktivieren.</translation>
    </message>
    <message>
        <source>Token not found.</source>
        <translation>Token nicht gefunden.</translation>
    </message>
    <message>
        <source>The invitation has expired. Ask an administrator to send it again.</source>
        <translation>Die Einladung ist abgelaufen. Bitten Sie einen Administrator, sie erneut zu senden.</translation>
    </message>
    <message>
        <source>Project %1 not found.</source>
        <translation>Projekt %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>ClientAdministrator applies to the whole account, not to one project.</source>
        <translation>ClientAdministrator gilt für das ganze Konto, nicht für ein einzelnes Projekt.</translation>
    </message>
    <message>
        <source>Either client_id or project_id is required.</source>
        <translation>Entweder client_id oder project_id ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is given per project: send project_id.</source>
        <translation>%1 wird pro Projekt vergeben: Senden Sie project_id.</translation>
    </message>
</context>
<context>
    <name>DemoAccountApi</name>
    <message>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo account file %1 is not open.</source>
        <translation>Die Datei %1 des Demokontos ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The demo account file %1 could not be read or written: %2</source>
        <translation>Die Datei %1 des Demokontos konnte nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Roster cannot create the folder %1 for the demo account file %2.</source>
        <translation>Roster kann den Ordner %1 für die Datei %2 des Demokontos nicht anlegen.</translation>
    </message>
    <message>
        <source>Roster cannot read the demo account file %1. Check its permissions, or start Roster with --demo-reset to replace it.</source>
        <translation>Roster kann die Datei %1 des Demokontos nicht lesen. Prüfen Sie ihre Berechtigungen oder starten Sie Roster mit --demo-reset, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The demo account file %1 is read-only. Check its permissions, or start Roster with --demo-reset to replace it.</source>
        <translation>Die Datei %1 des Demokontos ist schreibgeschützt. Prüfen Sie ihre Berechtigungen oder starten Sie Roster mit --demo-reset, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The demo account file %1 is in use by another program. Close it and try again.</source>
        <translation>Die Datei %1 des Demokontos wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The demo account file %1 is damaged and cannot be moved aside: %2</source>
        <translation>Die Datei %1 des Demokontos ist beschädigt und kann nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>Roster cannot create or write the demo account file %1: %2</source>
        <translation>Roster kann die Datei %1 des Demokontos nicht anlegen oder schreiben: %2</translation>
    </message>
    <message>
        <source>The demo account file %1 does not exist.</source>
        <translation>Die Datei %1 des Demokontos existiert nicht.</translation>
    </message>
    <message>
        <source>The demo account file %1 could not be read: %2</source>
        <translation>Die Datei %1 des Demokontos konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Roster cannot start the demo account afresh: the file %1 cannot be removed (%2).</source>
        <translation>Roster kann das Demokonto nicht neu beginnen: Die Datei %1 lässt sich nicht entfernen (%2).</translation>
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
        <translation>Eigene Rolle herabsetzen</translation>
    </message>
    <message>
        <source>Lower your own role to %1?</source>
        <translation>Ihre eigene Rolle auf %1 herabsetzen?</translation>
    </message>
    <message>
        <source>&amp;Lower My Role</source>
        <translation>Meine Rolle &amp;herabsetzen</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>This user no longer exists in the account (removed by someone else).</source>
        <translation>Dieser Benutzer existiert im Konto nicht mehr (von jemand anderem entfernt).</translation>
    </message>
    <message>
        <source>The current role could not be read from the server (%1) The role shown is the one from the user list.</source>
        <translation>Die aktuelle Rolle konnte nicht vom Server gelesen werden (%1) Angezeigt wird die Rolle aus der Benutzerliste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: press Save to try again.</source>
        <translation>Ihre Eingaben gehen nicht verloren: Klicken Sie auf Speichern, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The name and language were saved, the role was not.</source>
        <translation>Name und Sprache wurden gespeichert, die Rolle nicht.</translation>
    </message>
    <message>
        <source>The name and language were saved.</source>
        <translation>Name und Sprache wurden gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading the current role…</source>
        <translation>Aktuelle Rolle wird gelesen…</translation>
    </message>
    <message>
        <source>Edit Your Details</source>
        <translation>Eigene Angaben bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The email address cannot be changed here.</source>
        <translation>Die E-Mail-Adresse kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Aktiv (kann sich anmelden)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An email address has exactly one @, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse enthält genau ein @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>Enter the name before the @, as in name@example.com.</source>
        <translation>Geben Sie den Namen vor dem @ ein, wie in name@example.com.</translation>
    </message>
    <message>
        <source>Enter the domain after the @, as in name@example.com.</source>
        <translation>Geben Sie die Domain nach dem @ ein, wie in name@example.com.</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>The name before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>Der Name vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The name before the @ cannot contain %1.</source>
        <translation>Der Name vor dem @ darf %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain: it needs a dot, as in example.com.</source>
        <translation>„%1“ ist keine gültige Domain: Sie braucht einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <source>The domain cannot end with a dot: “%1” should read “%2”.</source>
        <translation>Die Domain darf nicht mit einem Punkt enden: „%1“ muss „%2“ lauten.</translation>
    </message>
    <message>
        <source>The domain “%1” cannot start with a dot or have two dots in a row.</source>
        <translation>Die Domain „%1“ darf nicht mit einem Punkt beginnen und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>This account has no users yet.</source>
        <translation>Dieses Konto hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>Users invited to the account appear here after a refresh.</source>
        <translation>In das Konto eingeladene Benutzer erscheinen hier nach einer Aktualisierung.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No users match the filters.</source>
        <translation>Keine Benutzer entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>No users match the search “%1” and filters.</source>
        <translation>Keine Benutzer entsprechen der Suche „%1“ und den Filtern.</translation>
    </message>
    <message>
        <source>No users match the search “%1”.</source>
        <translation>Keine Benutzer entsprechen der Suche „%1“.</translation>
    </message>
    <message>
        <source>Search by a user ID or part of an email address or name, or clear the filters to see every user.</source>
        <translation>Suchen Sie nach einer Benutzer-ID oder einem Teil einer E-Mail-Adresse oder eines Namens, oder setzen Sie die Filter zurück, um alle Benutzer zu sehen.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
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
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>two-factor authentication filter</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>On</source>
        <comment>two-factor authentication is on</comment>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>two-factor authentication is off</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Search by ID or email</source>
        <translation>ID oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Digits find a user ID (exact match first, then IDs starting with them); any other text finds part of an email address or a name. (%1)</source>
        <translation>Ziffern finden eine Benutzer-ID (zuerst genaue Treffer, dann IDs, die damit beginnen); jeder andere Text findet einen Teil einer E-Mail-Adresse oder eines Namens. (%1)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Two-factor:</source>
        <translation>&amp;Zwei-Faktor:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Two-factor authentication filter</source>
        <translation>Filter für Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Rollenfilter</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every user: empty the search field and reset the filters</source>
        <translation>Alle Benutzer anzeigen: Suchfeld leeren und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Any sign-in method</source>
        <translation>Alle Anmeldemethoden</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <source>Sign-in method filter</source>
        <translation>Filter für Anmeldemethode</translation>
    </message>
</context>
<context>
    <name>GcoreAccountApi</name>
    <message>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>the account id is missing</source>
        <translation>die Konto-ID fehlt</translation>
    </message>
    <message>
        <source>the signed-in user is missing</source>
        <translation>der angemeldete Benutzer fehlt</translation>
    </message>
    <message>
        <source>the company name is not text</source>
        <translation>der Firmenname ist kein Text</translation>
    </message>
    <message>
        <source>the invited user&apos;s id is missing</source>
        <translation>die ID des eingeladenen Benutzers fehlt</translation>
    </message>
    <message>
        <source>the role is missing</source>
        <translation>die Rolle fehlt</translation>
    </message>
    <message>
        <source>the list of API tokens is missing</source>
        <translation>die Liste der API-Tokens fehlt</translation>
    </message>
    <message>
        <source>the list of projects is missing</source>
        <translation>die Projektliste fehlt</translation>
    </message>
    <message>
        <source>a project has no id</source>
        <translation>ein Projekt hat keine ID</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Roster connects to %1 only over https://. Unencrypted http:// is allowed for this computer (localhost) only.</source>
        <translation>Roster verbindet sich mit %1 nur über https://. Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht hergestellt werden: Das Zertifikat ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>Die Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>the sign-in tokens are missing</source>
        <translation>die Anmeldetokens fehlen</translation>
    </message>
    <message>
        <source>This server cannot resend invitations. Remove the invitation and invite the person again.</source>
        <translation>Dieser Server kann Einladungen nicht erneut senden. Entfernen Sie die Einladung und laden Sie die Person erneut ein.</translation>
    </message>
    <message>
        <source>This server cannot deactivate users.</source>
        <translation>Dieser Server kann Benutzer nicht deaktivieren.</translation>
    </message>
    <message>
        <source>the answer is too large (over %1 MB)</source>
        <translation>die Antwort ist zu groß (über %1 MB)</translation>
    </message>
    <message>
        <source>The server did not finish its answer within %1 s.</source>
        <translation>Der Server hat seine Antwort nicht innerhalb von %1 s beendet.</translation>
    </message>
    <message>
        <source>the answer could not be read to its end (%1)</source>
        <translation>die Antwort konnte nicht bis zum Ende gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the server sent %1 users where at most %2 were asked for</source>
        <translation>der Server hat %1 Benutzer gesendet, angefordert waren höchstens %2</translation>
    </message>
    <message>
        <source>An API token opens one account only. Sign in with your email and password to reach your other accounts.</source>
        <translation>Ein API-Token öffnet nur ein Konto. Melden Sie sich mit E-Mail-Adresse und Passwort an, um Ihre anderen Konten zu erreichen.</translation>
    </message>
    <message>
        <source>the list of Cloud roles is missing</source>
        <translation>die Liste der Cloud-Rollen fehlt</translation>
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
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Inviting…</source>
        <translation>Wird eingeladen…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite %n Users</source>
        <translation>
            <numerusform>%n Benutzer &amp;einladen</numerusform>
            <numerusform>%n Benutzer &amp;einladen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite User</source>
        <translation>Benutzer &amp;einladen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Everyone was invited.</source>
        <translation>Alle wurden eingeladen.</translation>
    </message>
    <message>
        <source>To invite, give every person a name and a valid email address.</source>
        <translation>Geben Sie zum Einladen jeder Person einen Namen und eine gültige E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) could not be invited: see the messages above, correct what they name and press Invite again.</source>
        <translation>
            <numerusform>%n Person konnte nicht eingeladen werden: Lesen Sie die Meldungen oben, korrigieren Sie das Genannte und klicken Sie erneut auf Einladen.</numerusform>
            <numerusform>%n Personen konnten nicht eingeladen werden: Lesen Sie die Meldungen oben, korrigieren Sie das Genannte und klicken Sie erneut auf Einladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>%1 wird eingeladen…</translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>People who are new to the platform get an invitation email with a link, valid for 24 hours, to set a password. People who already have an account get a notice that they can now open this one.</source>
        <translation>Personen, die neu auf der Plattform sind, erhalten eine Einladungs-E-Mail mit einem 24 Stunden gültigen Link, um ein Passwort festzulegen. Personen mit einem bestehenden Konto erhalten eine Benachrichtigung, dass sie nun auf dieses Konto zugreifen können.</translation>
    </message>
    <message>
        <source>Other services (Billing, DNS, Storage, Streaming, Web security) give invited users full permissions automatically.</source>
        <translation>Andere Dienste (Billing, DNS, Storage, Streaming, Web Security) erteilen eingeladenen Benutzern automatisch volle Berechtigungen.</translation>
    </message>
    <message>
        <source>A&amp;dd another user</source>
        <translation>Weiteren Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Invite several people at once</source>
        <translation>Mehrere Personen auf einmal einladen</translation>
    </message>
    <message>
        <source>Send the invitations (Ctrl+Enter)</source>
        <translation>Einladungen senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Invitation status</source>
        <translation>Einladungsstatus</translation>
    </message>
</context>
<context>
    <name>InvitePersonForm</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>project name</comment>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <source>Cloud role in project %1</source>
        <translation>Cloud-Rolle im Projekt %1</translation>
    </message>
    <message>
        <source>Loading the projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>Die Projekte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This account has no projects yet.</source>
        <translation>Dieses Konto hat noch keine Projekte.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name, for example their first and last name.</source>
        <translation>Geben Sie den Namen der Person ein, zum Beispiel Vor- und Nachnamen.</translation>
    </message>
    <message>
        <source>A name can have at most 255 characters.</source>
        <translation>Ein Name darf höchstens 255 Zeichen haben.</translation>
    </message>
    <message>
        <source>This email address is already in person %1 above.</source>
        <translation>Diese E-Mail-Adresse steht bereits oben bei Person %1.</translation>
    </message>
    <message>
        <source>Without projects, choose Client access.</source>
        <translation>Ohne Projekte wählen Sie den Zugriff „Client“.</translation>
    </message>
    <message>
        <source>Choose a role in at least one project, or choose Client access.</source>
        <translation>Wählen Sie in mindestens einem Projekt eine Rolle oder den Zugriff „Client“.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>%1 wird eingeladen…</translation>
    </message>
    <message>
        <source>Invited; setting the Cloud access…</source>
        <translation>Eingeladen; Cloud-Zugriff wird festgelegt…</translation>
    </message>
    <message>
        <source>%1 already has an account: an access notice was sent to %2.</source>
        <translation>%1 hat bereits ein Konto: Eine Zugriffsbenachrichtigung wurde an %2 gesendet.</translation>
    </message>
    <message>
        <source>An invitation email was sent to %1; the link in it is valid for %2 hours.</source>
        <translation>Eine Einladungs-E-Mail wurde an %1 gesendet; der Link darin ist %2 Stunden gültig.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <comment>error message, project name</comment>
        <translation>%1 (Projekt %2)</translation>
    </message>
    <message>
        <source>Invited.</source>
        <translation>Eingeladen.</translation>
    </message>
    <message>
        <source>Invited, but the Cloud access could not be set: %1</source>
        <translation>Eingeladen, aber der Cloud-Zugriff konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>Not invited: the daily limit is reached. An administrator can invite at most %1 new users a day.</source>
        <translation>Nicht eingeladen: Das Tageslimit ist erreicht. Ein Administrator kann höchstens %1 neue Benutzer pro Tag einladen.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>Try again tomorrow.</source>
        <translation>Versuchen Sie es morgen erneut.</translation>
    </message>
    <message>
        <source>Not invited: only an administrator of the account can invite users (%1)</source>
        <translation>Nicht eingeladen: Nur ein Administrator des Kontos kann Benutzer einladen (%1)</translation>
    </message>
    <message>
        <source>Not invited: %1 Everything typed is kept: press Invite to try again.</source>
        <translation>Nicht eingeladen: %1 Alle Eingaben bleiben erhalten: Klicken Sie auf Einladen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Not invited: %1</source>
        <translation>Nicht eingeladen: %1</translation>
    </message>
    <message>
        <source>Not invited: correct the fields marked above.</source>
        <translation>Nicht eingeladen: Korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Stopped before the answer came: the person may have been invited.</source>
        <translation>Angehalten, bevor die Antwort kam: Die Person wurde möglicherweise eingeladen.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Cloud access:</source>
        <translation>Cloud-Zugriff:</translation>
    </message>
    <message>
        <source>First and last name, for example Jane Doe</source>
        <translation>Vor- und Nachname, zum Beispiel Erika Mustermann</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Client (all projects)</source>
        <translation>&amp;Client (alle Projekte)</translation>
    </message>
    <message>
        <source>&amp;Project by project</source>
        <translation>&amp;Projektweise</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Name von Person %1</translation>
    </message>
    <message>
        <source>Email of person %1</source>
        <translation>E-Mail von Person %1</translation>
    </message>
    <message>
        <source>Interface language of person %1</source>
        <translation>Oberflächensprache von Person %1</translation>
    </message>
    <message>
        <source>Role of person %1</source>
        <translation>Rolle von Person %1</translation>
    </message>
    <message>
        <source>Cloud access for the whole account</source>
        <translation>Cloud-Zugriff für das ganze Konto</translation>
    </message>
    <message>
        <source>Cloud access project by project</source>
        <translation>Cloud-Zugriff projektweise</translation>
    </message>
    <message>
        <source>Cloud access of person %1 in all projects</source>
        <translation>Cloud-Zugriff von Person %1 in allen Projekten</translation>
    </message>
    <message>
        <source>Load the projects again</source>
        <translation>Projekte erneut laden</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Person %1 entfernen</translation>
    </message>
    <message>
        <source>Result for person %1</source>
        <translation>Ergebnis für Person %1</translation>
    </message>
    <message>
        <source>What the person may do in the account (IAM and CDN)</source>
        <translation>Was die Person im Konto tun darf (IAM und CDN)</translation>
    </message>
    <message>
        <source>No access, or administrator of every Cloud project</source>
        <translation>Kein Zugriff oder Administrator aller Cloud-Projekte</translation>
    </message>
    <message>
        <source>A Cloud role in each project: the project on the left, the role on the right</source>
        <translation>Eine Cloud-Rolle in jedem Projekt: links das Projekt, rechts die Rolle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>benutzer.csv</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer in %1 gespeichert.</numerusform>
            <numerusform>%n Benutzer in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Loading was stopped before any user arrived.</source>
        <translation>Das Laden wurde angehalten, bevor ein Benutzer eintraf.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the users again (%1)</source>
        <translation>Benutzer erneut laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop loading the users</source>
        <translation>Laden der Benutzer anhalten</translation>
    </message>
    <message>
        <source>&amp;Find User</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <source>Search by ID or email</source>
        <translation>ID oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the users shown, with the columns shown, as a CSV file</source>
        <translation>Die angezeigten Benutzer mit den angezeigten Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign in to another account</source>
        <translation>Bei einem anderen Konto anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out of this account and remove its secret from the keychain</source>
        <translation>Von diesem Konto abmelden und sein Geheimnis aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>Kein Konto geöffnet</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name without / or \.</source>
        <translation>Geben Sie dem Profil einen Namen ohne / oder \.</translation>
    </message>
    <message>
        <source>Use an https:// address; http:// works only on this computer.</source>
        <translation>Verwenden Sie eine https://-Adresse; http:// funktioniert nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>RemovalEverywhere</name>
    <message>
        <source>Removed from %1 (Remove from All My Accounts)</source>
        <translation>Aus %1 entfernt (Aus allen meinen Konten entfernen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was removed from %n account(s).</source>
        <translation>
            <numerusform>%1 wurde aus %n Konto entfernt.</numerusform>
            <numerusform>%1 wurde aus %n Konten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from %2 of %3 accounts. Not removed from %4</source>
        <translation>%1 wurde aus %2 von %3 Konten entfernt. Nicht entfernt aus %4</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Not removed: you are not an administrator in this account</source>
        <translation>Nicht entfernt: Sie sind in diesem Konto kein Administrator</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Not removed: blocked by %n active API token(s) (%1). Delete them in this account first.</source>
        <translation>
            <numerusform>Nicht entfernt: %n aktives API-Token verhindert es (%1). Löschen Sie es zuerst in diesem Konto.</numerusform>
            <numerusform>Nicht entfernt: %n aktive API-Token verhindern es (%1). Löschen Sie sie zuerst in diesem Konto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: Roster could not check this account: %1</source>
        <translation>Nicht entfernt: Roster konnte dieses Konto nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>API token “%1” in %2 (Remove from All My Accounts)</source>
        <translation>API-Token „%1“ in %2 (Aus allen meinen Konten entfernen)</translation>
    </message>
    <message>
        <source>the API token “%1” could not be deleted: %2</source>
        <translation>das API-Token „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s) (%1)</source>
        <translation>
            <numerusform>Wird nach dem Löschen von %n API-Token entfernt (%1)</numerusform>
            <numerusform>Wird nach dem Löschen von %n API-Token entfernt (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEverywhereDialog</name>
    <message>
        <source>Remove from All My Accounts</source>
        <translation>Aus allen meinen Konten entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from every account you share with them?</source>
        <translation>%1 aus allen Konten entfernen, die Sie mit dieser Person teilen?</translation>
    </message>
    <message>
        <source>Each account is checked first. The person keeps their sign-in and any other accounts; only their access to the accounts below ends. This cannot be undone.</source>
        <translation>Jedes Konto wird zuerst geprüft. Die Person behält ihre Anmeldung und alle anderen Konten; nur ihr Zugriff auf die Konten unten endet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 (this account)</source>
        <translation>%1 (dieses Konto)</translation>
    </message>
    <message>
        <source>Account ID %1</source>
        <translation>Konto-ID %1</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Checking each account…</source>
        <translation>Jedes Konto wird geprüft…</translation>
    </message>
    <message>
        <source>Removed from %1 of %2 accounts.</source>
        <translation>Aus %1 von %2 Konten entfernt.</translation>
    </message>
    <message>
        <source>%1 cannot be removed from any of these accounts; each says why.</source>
        <translation>%1 kann aus keinem dieser Konten entfernt werden; bei jedem steht, warum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from %n account(s).</source>
        <translation>
            <numerusform>%1 wird aus %n Konto entfernt.</numerusform>
            <numerusform>%1 wird aus %n Konten entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove from %n Account(s)</source>
        <translation>
            <numerusform>Aus %n Konto entfernen</numerusform>
            <numerusform>Aus %n Konten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n API token(s) that block it first (this cannot be undone)</source>
        <translation>
            <numerusform>Zuerst das %n API-Token löschen, das es verhindert (kann nicht rückgängig gemacht werden)</numerusform>
            <numerusform>Zuerst die %n API-Token löschen, die es verhindern (kann nicht rückgängig gemacht werden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveUserDialog</name>
    <message>
        <source>Checking API tokens…</source>
        <translation>API-Tokens werden geprüft…</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Left out: active API tokens</source>
        <translation>Ausgelassen: aktive API-Tokens</translation>
    </message>
    <message>
        <source>API tokens could not be checked</source>
        <translation>API-Tokens konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>Left out: no longer in this account</source>
        <translation>Ausgelassen: nicht mehr in diesem Konto</translation>
    </message>
    <message>
        <source>Will be removed (API tokens not checked)</source>
        <translation>Wird entfernt (API-Tokens nicht geprüft)</translation>
    </message>
    <message>
        <source>Checking the user&apos;s API tokens…</source>
        <translation>API-Tokens des Benutzers werden geprüft…</translation>
    </message>
    <message>
        <source>Checking API tokens… %1 of %2</source>
        <translation>API-Tokens werden geprüft… %1 von %2</translation>
    </message>
    <message>
        <source>The API tokens of %1 could not be checked: %2 Retry to check them again.</source>
        <translation>Die API-Tokens von %1 konnten nicht geprüft werden: %2 Wiederholen Sie, um sie erneut zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>The API tokens of %n user(s) could not be checked: %1 Retry to check them again.</source>
        <translation>
            <numerusform>Die API-Tokens von %n Benutzer konnten nicht geprüft werden: %1 Wiederholen Sie, um sie erneut zu prüfen.</numerusform>
            <numerusform>Die API-Tokens von %n Benutzern konnten nicht geprüft werden: %1 Wiederholen Sie, um sie erneut zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server cannot list API tokens, so they could not be checked. If a user has active tokens, the server refuses to remove them.</source>
        <translation>Dieser Server kann keine API-Tokens auflisten, daher konnten sie nicht geprüft werden. Hat ein Benutzer aktive Tokens, verweigert der Server das Entfernen.</translation>
    </message>
    <message>
        <source>This user is no longer in the account (removed by someone else).</source>
        <translation>Dieser Benutzer ist nicht mehr im Konto (von jemand anderem entfernt).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) are no longer in the account and are left out.</source>
        <translation>
            <numerusform>%n Benutzer ist nicht mehr im Konto und wird ausgelassen.</numerusform>
            <numerusform>%n Benutzer sind nicht mehr im Konto und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t remove the user as they have active tokens:</source>
        <translation>Sie können den Benutzer nicht entfernen, da er aktive Tokens hat:</translation>
    </message>
    <message numerus="yes">
        <source>You can&apos;t remove %n user(s) as they have active tokens; they are left out:</source>
        <translation>
            <numerusform>Sie können %n Benutzer nicht entfernen, da er aktive Tokens hat; er wird ausgelassen:</numerusform>
            <numerusform>Sie können %n Benutzer nicht entfernen, da sie aktive Tokens haben; sie werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>person, tokens</comment>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>To confirm, type the user&apos;s email address: %1</source>
        <translation>Geben Sie zur Bestätigung die E-Mail-Adresse des Benutzers ein: %1</translation>
    </message>
    <message>
        <source>To confirm, type the number of users to remove (shown once the API tokens are checked).</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der zu entfernenden Benutzer ein (wird angezeigt, sobald die API-Tokens geprüft sind).</translation>
    </message>
    <message>
        <source>To confirm, type the number of users to remove: %1</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der zu entfernenden Benutzer ein: %1</translation>
    </message>
    <message>
        <source>None of these users can be removed.</source>
        <translation>Keiner dieser Benutzer kann entfernt werden.</translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation>Benutzer &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer &amp;entfernen</numerusform>
            <numerusform>%n Benutzer &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the API token check</source>
        <translation>Warten auf die Prüfung der API-Tokens</translation>
    </message>
    <message>
        <source>The API tokens could not be checked; retry first</source>
        <translation>Die API-Tokens konnten nicht geprüft werden; zuerst wiederholen</translation>
    </message>
    <message>
        <source>No user here can be removed</source>
        <translation>Kein Benutzer hier kann entfernt werden</translation>
    </message>
    <message>
        <source>Type the user&apos;s email address to confirm</source>
        <translation>Zur Bestätigung die E-Mail-Adresse des Benutzers eingeben</translation>
    </message>
    <message>
        <source>Type the number of users to remove to confirm</source>
        <translation>Zur Bestätigung die Anzahl der zu entfernenden Benutzer eingeben</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this account?</source>
        <translation>%1 aus diesem Konto entfernen?</translation>
    </message>
    <message>
        <source>This removes %1 from this account only. A person who belongs to other accounts keeps access to those; one who belongs to no other account is deleted. To give them access again, invite them again.</source>
        <translation>Dadurch wird %1 nur aus diesem Konto entfernt. Wer zu anderen Konten gehört, behält den Zugriff darauf; wer zu keinem anderen Konto gehört, wird gelöscht. Um wieder Zugriff zu geben, laden Sie die Person erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer entfernen</numerusform>
            <numerusform>%n Benutzer entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n user(s) from this account?</source>
        <translation>
            <numerusform>Diesen %n Benutzer aus diesem Konto entfernen?</numerusform>
            <numerusform>Diese %n Benutzer aus diesem Konto entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes them from this account only. A person who belongs to other accounts keeps access to those; one who belongs to no other account is deleted. To give them access again, invite them again.</source>
        <translation>Dadurch werden sie nur aus diesem Konto entfernt. Wer zu anderen Konten gehört, behält den Zugriff darauf; wer zu keinem anderen Konto gehört, wird gelöscht. Um wieder Zugriff zu geben, laden Sie die Personen erneut ein.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation>Zu entfernende Benutzer</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>API token check</source>
        <translation>Prüfung der API-Tokens</translation>
    </message>
    <message>
        <source>Users who cannot be removed</source>
        <translation>Benutzer, die nicht entfernt werden können</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Check the API tokens again</source>
        <translation>API-Tokens erneut prüfen</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <comment>expiry, date</comment>
        <translation>%1, zuletzt verwendet %2</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>token name, expiry and last use</comment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Will be removed after deleting %n API token(s)</source>
        <translation>
            <numerusform>Wird nach dem Löschen von %n API-Token entfernt</numerusform>
            <numerusform>Wird nach dem Löschen von %n API-Token entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens will be deleted first; whatever uses them stops working.</source>
        <translation>Diese Token werden zuerst gelöscht; alles, was sie verwendet, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete these tokens first: tick the box below, or use the API tokens view.</source>
        <translation>Löschen Sie zuerst diese Token: Aktivieren Sie das Kästchen unten oder verwenden Sie die Ansicht „API-Token“.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have active tokens; they will be deleted first:</source>
        <translation>
            <numerusform>%n Benutzer hat aktive Token; sie werden zuerst gelöscht:</numerusform>
            <numerusform>%n Benutzer haben aktive Token; sie werden zuerst gelöscht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete their tokens first: tick the box below, or use the API tokens view.</source>
        <translation>Löschen Sie zuerst ihre Token: Aktivieren Sie das Kästchen unten oder verwenden Sie die Ansicht „API-Token“.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n active API token(s) first (this cannot be undone)</source>
        <translation>
            <numerusform>Zuerst %n aktives API-Token &amp;löschen (kann nicht rückgängig gemacht werden)</numerusform>
            <numerusform>Zuerst %n aktive API-Token &amp;löschen (kann nicht rückgängig gemacht werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tokens and &amp;Remove User</source>
        <translation>Token löschen und Benutzer &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Delete Tokens and &amp;Remove %n User(s)</source>
        <translation>
            <numerusform>Token löschen und %n Benutzer &amp;entfernen</numerusform>
            <numerusform>Token löschen und %n Benutzer &amp;entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>Ingenieure</translation>
    </message>
    <message>
        <source>Purge and Prefetch only (API+Web)</source>
        <translation>Nur Purge und Prefetch (API+Web)</translation>
    </message>
    <message>
        <source>Purge and Prefetch only (API)</source>
        <translation>Nur Purge und Prefetch (API)</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
</context>
<context>
    <name>RosterApp</name>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write the users to standard output.</source>
        <translation>Die Benutzer konnten nicht in die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1: %2</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The users did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>Die Benutzer wurden nicht innerhalb von %n Sekunde fertig geladen.</numerusform>
            <numerusform>Die Benutzer wurden nicht innerhalb von %n Sekunden fertig geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster talks to %1 only over https (http is for this computer alone).</source>
        <translation>Roster kommuniziert mit %1 nur über https (http ist nur für diesen Computer).</translation>
    </message>
    <message>
        <source>No API token: set ROSTER_API_TOKEN, or name a keychain profile with --profile.</source>
        <translation>Kein API-Token: Setzen Sie ROSTER_API_TOKEN oder nennen Sie mit --profile ein Profil im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No API token for the profile %1: %2</source>
        <translation>Kein API-Token für das Profil %1: %2</translation>
    </message>
    <message>
        <source>Could not open the demo account %1.</source>
        <translation>Das Demokonto %1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ServerMessage</name>
    <message>
        <source>This field is required</source>
        <translation>Dieses Feld ist erforderlich</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>User not found.</source>
        <translation>Benutzer nicht gefunden.</translation>
    </message>
    <message>
        <source>User with given email not found.</source>
        <translation>Kein Benutzer mit dieser E-Mail-Adresse gefunden.</translation>
    </message>
    <message>
        <source>This user already activated.</source>
        <translation>Dieser Benutzer ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>This user cannot be added to this client.</source>
        <translation>Dieser Benutzer kann diesem Kunden nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>You can&apos;t remove the user as they have active tokens</source>
        <translation>Sie können den Benutzer nicht entfernen, da er aktive Tokens hat</translation>
    </message>
    <message>
        <source>You do not have permission to perform this action.</source>
        <translation>Sie haben keine Berechtigung, diese Aktion auszuführen.</translation>
    </message>
    <message>
        <source>No active account found with the given credentials.</source>
        <translation>Kein aktives Konto mit diesen Anmeldedaten gefunden.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message numerus="yes">
        <source>Showing %1 of %2 users</source>
        <translation>
            <numerusform>%1 von %2 Benutzer angezeigt</numerusform>
            <numerusform>%1 von %2 Benutzern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>Wird aktualisiert… %1 von %2</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <translation>Wird aktualisiert… %1</translation>
    </message>
    <message>
        <source>Saved list from %1 · refreshing…</source>
        <translation>Gespeicherte Liste von %1 · wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refresh stopped: the list may be incomplete</source>
        <translation>Aktualisierung angehalten: Die Liste ist möglicherweise unvollständig</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved list from %1</source>
        <translation>Gespeicherte Liste von %1</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>Number of users shown</source>
        <translation>Anzahl der angezeigten Benutzer</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Where the users come from</source>
        <translation>Woher die Benutzer stammen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter the address of the account API, for example %1.</source>
        <translation>Geben Sie die Adresse der Konto-API ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>This is not a web address. Enter one such as %1.</source>
        <translation>Das ist keine Webadresse. Geben Sie eine wie %1 ein.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in below.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Adresse weg; melden Sie sich unten an.</translation>
    </message>
    <message>
        <source>Leave out the part from ? or # on: enter only the address of the API.</source>
        <translation>Lassen Sie den Teil ab ? oder # weg: Geben Sie nur die Adresse der API ein.</translation>
    </message>
    <message>
        <source>Roster talks to remote servers only over https://, so that nobody on the way can read the token or password. Use https://%1, or http:// only for this computer (localhost, 127.0.0.1).</source>
        <translation>Roster kommuniziert mit entfernten Servern nur über https://, damit unterwegs niemand das Token oder Passwort lesen kann. Verwenden Sie https://%1 oder http:// nur für diesen Computer (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Ein Profilname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”. Choose another name.</source>
        <translation>Es gibt bereits ein Profil namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the API token. You can create one in the account settings.</source>
        <translation>Geben Sie das API-Token ein. Sie können eines in den Kontoeinstellungen erstellen.</translation>
    </message>
    <message>
        <source>Enter the email address you sign in with.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The details changed during the test; they are tested again on Sign In.</source>
        <translation>Die Angaben haben sich während des Tests geändert; sie werden beim Anmelden erneut geprüft.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <comment>company name, account id</comment>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <comment>account, person</comment>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, %3.</source>
        <comment>account, person, role</comment>
        <translation>Mit %1 als %2, %3 verbunden.</translation>
    </message>
    <message>
        <source>Connection test stopped.</source>
        <translation>Verbindungstest angehalten.</translation>
    </message>
    <message>
        <source>The details changed since the last test: they are tested again on Sign In.</source>
        <translation>Die Angaben haben sich seit dem letzten Test geändert: Sie werden beim Anmelden erneut geprüft.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Stop the connection test</source>
        <translation>Verbindungstest anhalten</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Schließen, ohne sich anzumelden</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;Token</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>E-&amp;Mail und Passwort</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API-To&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this account: enter the current code from your authenticator app.</source>
        <translation>Für dieses Konto ist die Zwei-Faktor-Authentifizierung aktiviert: Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>For example: Production</source>
        <translation>Zum Beispiel: Produktion</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Sign in with an API token</source>
        <translation>Mit einem API-Token anmelden</translation>
    </message>
    <message>
        <source>Sign in with email and password</source>
        <translation>Mit E-Mail und Passwort anmelden</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>A name for this account in Roster&apos;s account switcher</source>
        <translation>Ein Name für dieses Konto in der Kontoauswahl von Roster</translation>
    </message>
    <message>
        <source>Where the account API is; https:// is required except for this computer</source>
        <translation>Wo die Konto-API liegt; https:// ist erforderlich, außer für diesen Computer</translation>
    </message>
    <message>
        <source>A permanent API token of the account; it is kept in the system keychain</source>
        <translation>Ein dauerhaftes API-Token des Kontos; es wird im Systemschlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Sign in with these details and show which account and role they give</source>
        <translation>Mit diesen Angaben anmelden und anzeigen, welches Konto und welche Rolle sie ergeben</translation>
    </message>
</context>
<context>
    <name>SignInMethod</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
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
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>the damaged file cannot be moved aside</source>
        <translation>die beschädigte Datei kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>The user has been deleted</source>
        <translation>Der Benutzer wurde gelöscht</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto ist geöffnet.</translation>
    </message>
    <message>
        <source>Loading API tokens…</source>
        <translation>API-Token werden geladen…</translation>
    </message>
    <message>
        <source>The API tokens could not be loaded: %1</source>
        <translation>Die API-Token konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s)</source>
        <translation>
            <numerusform>%n API-Token</numerusform>
            <numerusform>%n API-Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n Token konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%n Token konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can delete other people&apos;s API tokens.</source>
        <translation>Nur ein Administrator kann die API-Token anderer Personen löschen.</translation>
    </message>
    <message>
        <source>Select the tokens to delete</source>
        <translation>Wählen Sie die zu löschenden Token aus</translation>
    </message>
    <message>
        <source>Delete the selected API tokens</source>
        <translation>Ausgewählte API-Token löschen</translation>
    </message>
    <message>
        <source>• “%1”, issued by %2</source>
        <comment>token, issuer</comment>
        <translation>• „%1“, ausgestellt von %2</translation>
    </message>
    <message>
        <source>Delete API Tokens</source>
        <translation>API-Token löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API token(s)? Whatever uses them stops working at once; this cannot be undone.</source>
        <translation>
            <numerusform>%n API-Token löschen? Alles, was es verwendet, funktioniert sofort nicht mehr; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n API-Token löschen? Alles, was sie verwendet, funktioniert sofort nicht mehr; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n API token(s)…</source>
        <translation>
            <numerusform>%n API-Token wird gelöscht…</numerusform>
            <numerusform>%n API-Token werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <comment>token, reason</comment>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation>
            <numerusform>%n API-Token gelöscht.</numerusform>
            <numerusform>%n API-Token gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n API-Token konnte nicht gelöscht werden: %1</numerusform>
            <numerusform>%n API-Token konnten nicht gelöscht werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the API tokens again</source>
        <translation>API-Token erneut laden</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>Entfernen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Invite Users…</source>
        <translation>Benutzer &amp;einladen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Actions for this user</source>
        <translation>Aktionen für diesen Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;send %n Invites</source>
        <translation>
            <numerusform>%n Einladung erneut &amp;senden</numerusform>
            <numerusform>%n Einladungen erneut &amp;senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;send Invite</source>
        <translation>Einladung erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send the invitation again; the new link is valid for 24 hours.</source>
        <translation>Die Einladung erneut senden; der neue Link ist 24 Stunden gültig.</translation>
    </message>
    <message>
        <source>Resend (%1)</source>
        <translation>Erneut senden (%1)</translation>
    </message>
    <message>
        <source>Send every expired invitation again</source>
        <translation>Alle abgelaufenen Einladungen erneut senden</translation>
    </message>
    <message>
        <source>Invite people to this account (%1)</source>
        <translation>Personen in dieses Konto einladen (%1)</translation>
    </message>
    <message>
        <source>Change the name, language or role</source>
        <translation>Name, Sprache oder Rolle ändern</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Users…</source>
        <translation>
            <numerusform>%n Benutzer e&amp;ntfernen…</numerusform>
            <numerusform>%n Benutzer e&amp;ntfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;ntfernen…</translation>
    </message>
    <message>
        <source>Remove from this account (%1)</source>
        <translation>Aus diesem Konto entfernen (%1)</translation>
    </message>
    <message>
        <source>Resend the invitation to %1?</source>
        <translation>Die Einladung erneut an %1 senden?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Resend the invitations to %n users?</source>
        <translation>
            <numerusform>Die Einladung erneut an %n Benutzer senden?</numerusform>
            <numerusform>Die Einladungen erneut an %n Benutzer senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend Invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>The new link is valid for 24 hours.</source>
        <translation>Der neue Link ist 24 Stunden gültig.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Copy E&amp;mail</source>
        <translation>E-&amp;Mail kopieren</translation>
    </message>
    <message>
        <source>Copy I&amp;D</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>R&amp;olle ändern</translation>
    </message>
    <message>
        <source>Resend All E&amp;xpired (%1)</source>
        <translation>&amp;Alle abgelaufenen erneut senden (%1)</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto ist geöffnet.</translation>
    </message>
    <message>
        <source>Remove from All My &amp;Accounts…</source>
        <translation>Aus allen meinen &amp;Konten entfernen…</translation>
    </message>
    <message>
        <source>Select one person to remove them from every account you share.</source>
        <translation>Wählen Sie eine Person aus, um sie aus allen gemeinsamen Konten zu entfernen.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from your accounts here.</source>
        <translation>Sie können sich hier nicht selbst aus Ihren Konten entfernen.</translation>
    </message>
    <message>
        <source>This person belongs to no other account of yours.</source>
        <translation>Diese Person gehört zu keinem anderen Ihrer Konten.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove from this account</source>
        <translation>Aus diesem Konto entfernen</translation>
    </message>
    <message>
        <source>Remove this person from each account you share with them, after one confirmation</source>
        <translation>Diese Person nach einer Bestätigung aus jedem gemeinsamen Konto entfernen</translation>
    </message>
</context>
<context>
    <name>UserCache</name>
    <message>
        <source>The local copy of the users in %1 could not be read or written: %2</source>
        <translation>Die lokale Kopie der Benutzer in %1 konnte nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>sie ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>UserDetailsPane</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Cloud roles</source>
        <translation>Cloud-Rollen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (ID %2): %3</source>
        <comment>company, account ID, roles</comment>
        <translation>%1 (ID %2): %3</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>%1 — this account</source>
        <translation>%1 — dieses Konto</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not be loaded: %1</source>
        <translation>Konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 · Expires: %2</source>
        <comment>token name, expiry</comment>
        <translation>%1 · Läuft ab: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries in the Activity log</source>
        <translation>
            <numerusform>%n früherer Eintrag im Aktivitätsprotokoll</numerusform>
            <numerusform>%n frühere Einträge im Aktivitätsprotokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Load the account&apos;s API tokens</source>
        <translation>Die API-Token des Kontos laden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <comment>the field&apos;s name</comment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>User Details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>gesamtes Konto</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>Cloud role, project</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more could not be read</source>
        <translation>
            <numerusform>%n weitere konnte nicht gelesen werden</numerusform>
            <numerusform>%n weitere konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserJson</name>
    <message>
        <source>the field &quot;%1&quot; of a user has an unexpected value</source>
        <translation>das Feld &quot;%1&quot; eines Benutzers hat einen unerwarteten Wert</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>a user was expected</source>
        <translation>ein Benutzer wurde erwartet</translation>
    </message>
    <message>
        <source>the list of users is missing</source>
        <translation>die Benutzerliste fehlt</translation>
    </message>
    <message>
        <source>the user count is not a number</source>
        <translation>die Benutzeranzahl ist keine Zahl</translation>
    </message>
    <message>
        <source>a list of users was expected</source>
        <translation>eine Benutzerliste wurde erwartet</translation>
    </message>
    <message>
        <source>an entry of the user list is not a user</source>
        <translation>ein Eintrag der Benutzerliste ist kein Benutzer</translation>
    </message>
    <message>
        <source>the server sent no usable id</source>
        <translation>der Server hat keine verwendbare ID gesendet</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>%1 of %2 users could be read.</source>
        <translation>%1 von %2 Benutzern konnten gelesen werden.</translation>
    </message>
    <message>
        <source>%1 users could be read before Roster stopped.</source>
        <translation>%1 Benutzer konnten gelesen werden, bevor Roster aufhörte.</translation>
    </message>
    <message>
        <source>The server stopped sending users before the end of the list.</source>
        <translation>Der Server hat vor dem Ende der Liste aufgehört, Benutzer zu senden.</translation>
    </message>
    <message>
        <source>The server sent a page of users that had all been read already.</source>
        <translation>Der Server hat eine Seite mit Benutzern gesendet, die alle schon gelesen waren.</translation>
    </message>
    <message>
        <source>Roster reads at most %1 pages of users at a time.</source>
        <translation>Roster liest höchstens %1 Seiten mit Benutzern auf einmal.</translation>
    </message>
    <message>
        <source>Roster reads at most %1 users at a time.</source>
        <translation>Roster liest höchstens %1 Benutzer auf einmal.</translation>
    </message>
    <message>
        <source>Reading the list took longer than Roster waits.</source>
        <translation>Das Lesen der Liste hat länger gedauert, als Roster wartet.</translation>
    </message>
    <message>
        <source>1 user could not be read: %1.</source>
        <translation>1 Benutzer konnte nicht gelesen werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n users could not be read: %1.</source>
        <translation>
            <numerusform>%n Benutzer konnte nicht gelesen werden: %1.</numerusform>
            <numerusform>%n Benutzer konnten nicht gelesen werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users could be read.</source>
        <translation>%1 Benutzer konnten gelesen werden.</translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <source>Invitation sent again; the one before was sent %1</source>
        <translation>Einladung erneut gesendet; die vorige wurde %1 gesendet</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Einladung erneut gesendet</translation>
    </message>
    <message>
        <source>Resending invitations… %1 of %2</source>
        <translation>Einladungen werden erneut gesendet… %1 von %2</translation>
    </message>
    <message>
        <source>Invitation resent to %1. The new link is valid for 24 hours.</source>
        <translation>Einladung erneut an %1 gesendet. Der neue Link ist 24 Stunden gültig.</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation>Rolle: %1 → %2</translation>
    </message>
    <message>
        <source>Changing roles… %1 of %2</source>
        <translation>Rollen werden geändert… %1 von %2</translation>
    </message>
    <message>
        <source>%1 is now in the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 removed from the account.</source>
        <translation>%1 aus dem Konto entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n users removed from the account.</source>
        <translation>
            <numerusform>%n Benutzer aus dem Konto entfernt.</numerusform>
            <numerusform>%n Benutzer aus dem Konto entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Removal undone before it was sent</source>
        <translation>Entfernen rückgängig gemacht, bevor es gesendet wurde</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 wurde nicht entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>The %n users were not removed.</source>
        <translation>
            <numerusform>Der %n Benutzer wurde nicht entfernt.</numerusform>
            <numerusform>Die %n Benutzer wurden nicht entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from the account</source>
        <translation>Aus dem Konto entfernt</translation>
    </message>
    <message>
        <source>Removing users… %1 of %2</source>
        <translation>Benutzer werden entfernt… %1 von %2</translation>
    </message>
    <message>
        <source>%1 was removed from the account.</source>
        <translation>%1 wurde aus dem Konto entfernt.</translation>
    </message>
    <message>
        <source>Someone else already removed this user from the account.</source>
        <translation>Jemand anderes hat diesen Benutzer bereits aus dem Konto entfernt.</translation>
    </message>
    <message>
        <source>Access given to an existing account, role %1</source>
        <translation>Zugriff für ein bestehendes Konto erteilt, Rolle %1</translation>
    </message>
    <message>
        <source>Invitation sent, role %1</source>
        <translation>Einladung gesendet, Rolle %1</translation>
    </message>
    <message>
        <source>%1 already had an account and was told about the access.</source>
        <translation>%1 hatte bereits ein Konto und wurde über den Zugriff benachrichtigt.</translation>
    </message>
    <message>
        <source>Invitation sent to %1. The link is valid for 24 hours.</source>
        <translation>Einladung an %1 gesendet. Der Link ist 24 Stunden gültig.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>Language: %1 → %2</source>
        <translation>Sprache: %1 → %2</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to %1</source>
        <translation>
            <numerusform>%n Benutzer nach %1</numerusform>
            <numerusform>%n Benutzer nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The user is no longer in the list.</source>
        <translation>Der Benutzer ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>%1 Failed: %2</source>
        <translation>%1 Fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Removed from the account after deleting %n API token(s)</source>
        <translation>
            <numerusform>Nach dem Löschen von %n API-Token aus dem Konto entfernt</numerusform>
            <numerusform>Nach dem Löschen von %n API-Token aus dem Konto entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: the API token “%1” could not be deleted: %2</source>
        <translation>Nicht entfernt: Das API-Token „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Invitations resent to %n people. The new links are valid for 24 hours.</source>
        <translation>
            <numerusform>Einladung an %n Person erneut gesendet. Der neue Link ist 24 Stunden gültig.</numerusform>
            <numerusform>Einladungen an %n Personen erneut gesendet. Die neuen Links sind 24 Stunden gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are now in the role %1.</source>
        <translation>
            <numerusform>%n Person hat jetzt die Rolle %1.</numerusform>
            <numerusform>%n Personen haben jetzt die Rolle %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users were removed from the account.</source>
        <translation>
            <numerusform>%n Benutzer wurde aus dem Konto entfernt.</numerusform>
            <numerusform>%n Benutzer wurden aus dem Konto entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending invitation</source>
        <translation>Ausstehende Einladung</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>Einladung abgelaufen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The invitation expired on %1.</source>
        <translation>Die Einladung ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The invitation is valid until %1.</source>
        <translation>Die Einladung ist bis %1 gültig.</translation>
    </message>
    <message>
        <source>The invitation was not sent from Roster, so when it expires is unknown.</source>
        <translation>Die Einladung wurde nicht aus Roster gesendet, daher ist unbekannt, wann sie abläuft.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · läuft ab %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
</context>
<context>
    <name>UsersTable</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Roster cannot keep the activity log of this account: %1</source>
        <translation>Roster kann das Aktivitätsprotokoll dieses Kontos nicht führen: %1</translation>
    </message>
    <message>
        <source>Roster cannot keep a local copy of this account&apos;s users, so it cannot show them offline: %1</source>
        <translation>Roster kann keine lokale Kopie der Benutzer dieses Kontos speichern und sie daher offline nicht anzeigen: %1</translation>
    </message>
    <message>
        <source>This is the demo account: its people are made up and nothing you do here reaches a real account.</source>
        <translation>Dies ist das Demokonto: Die Personen darin sind erfunden, und nichts, was Sie hier tun, erreicht ein echtes Konto.</translation>
    </message>
    <message>
        <source>Sign In to Your Account…</source>
        <translation>Bei Ihrem Konto anmelden…</translation>
    </message>
    <message>
        <source>Roster has no secret for %1 in the keychain. Sign in to see the account&apos;s users.</source>
        <translation>Roster hat für %1 kein Geheimnis im Schlüsselbund. Melden Sie sich an, um die Benutzer des Kontos zu sehen.</translation>
    </message>
    <message>
        <source>Roster could not read the secret for %1: %2</source>
        <translation>Roster konnte das Geheimnis für %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 was not added: without a keychain Roster has nowhere to keep its secret.</source>
        <translation>%1 wurde nicht hinzugefügt: Ohne Schlüsselbund kann Roster das Geheimnis nirgends aufbewahren.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 with an API token</source>
        <translation>Mit einem API-Token bei %1 angemeldet</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Bei %1 als %2 angemeldet</translation>
    </message>
    <message>
        <source>Roster could not keep the secret in the keychain: %1</source>
        <translation>Roster konnte das Geheimnis nicht im Schlüsselbund speichern: %1</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Roster found no keychain to keep the secret in (%1).</source>
        <translation>Roster hat keinen Schlüsselbund für das Geheimnis gefunden (%1).</translation>
    </message>
    <message>
        <source>Roster never writes secrets to a plain file. It can keep this one in memory until you close Roster; you would sign in again next time.</source>
        <translation>Roster schreibt Geheimnisse nie in eine einfache Datei. Es kann dieses bis zum Schließen von Roster im Speicher behalten; beim nächsten Mal melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>Roster removes the account&apos;s secret from the keychain and its saved users from this computer. Nothing changes in the account itself.</source>
        <translation>Roster entfernt das Geheimnis des Kontos aus dem Schlüsselbund und die gespeicherten Benutzer von diesem Computer. Am Konto selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Signed out of %1; its secret and saved users were removed</source>
        <translation>Von %1 abgemeldet; Geheimnis und gespeicherte Benutzer wurden entfernt</translation>
    </message>
    <message>
        <source>Signed out of %1. Its secret was removed from the keychain.</source>
        <translation>Von %1 abgemeldet. Das Geheimnis wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Signed out of %1, but its secret could not be removed from the keychain: %2</source>
        <translation>Von %1 abgemeldet, aber das Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Roster could not open %1: %2</source>
        <translation>Roster konnte %1 nicht öffnen: %2</translation>
    </message>
</context>
</TS>
