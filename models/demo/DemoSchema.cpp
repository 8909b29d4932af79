#include "DemoSchema.h"

QString DemoSchema::usersByEmail()
{
    return QStringLiteral("CREATE UNIQUE INDEX users_by_email ON users (email_key)");
}

// Each step takes the schema from version N - 1 to N; a new version appends one.
SqliteFile::Migrations DemoSchema::migrations()
{
    return {
        {// 1: the account, its users, their tokens, people on the platform, invitations sent
         QStringLiteral(R"(CREATE TABLE account (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            client_id INTEGER NOT NULL,
            company_name TEXT NOT NULL,
            reseller INTEGER NOT NULL,
            owner_id INTEGER NOT NULL))"),
         QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            email TEXT NOT NULL,
            email_key TEXT NOT NULL,
            name TEXT,
            lang TEXT NOT NULL,
            phone TEXT,
            role_id INTEGER NOT NULL,
            activated INTEGER NOT NULL,
            is_active INTEGER NOT NULL,
            two_fa INTEGER NOT NULL,
            auth_types TEXT NOT NULL,
            invitation_sent_at INTEGER))"),
         usersByEmail(),
         QStringLiteral(R"(CREATE TABLE tokens (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER))"),
         QStringLiteral("CREATE INDEX tokens_by_user ON tokens (user_id)"),
         QStringLiteral(R"(CREATE TABLE platform_people (
            email_key TEXT PRIMARY KEY,
            email TEXT NOT NULL,
            name TEXT,
            can_join INTEGER NOT NULL))"),
         // Invitations of new users, for the daily limit (resends do not count).
         QStringLiteral(R"(CREATE TABLE invitations_sent (
            id INTEGER PRIMARY KEY,
            invited_by INTEGER NOT NULL,
            sent_at INTEGER NOT NULL))")},
        {// 2: the Cloud service's projects and role assignments; project_id 0 is the whole account
         QStringLiteral(R"(CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            is_default INTEGER NOT NULL))"),
         QStringLiteral(R"(CREATE TABLE cloud_assignments (
            user_id INTEGER NOT NULL,
            project_id INTEGER NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (user_id, project_id)))")},
        {// 3: when a token was last used, and who issued it once the issuer is gone (a removal
         // keeps the issuer's expired tokens, as the server does)
         QStringLiteral("ALTER TABLE tokens ADD COLUMN last_used_at INTEGER"),
         QStringLiteral("ALTER TABLE tokens ADD COLUMN former_email TEXT"),
         QStringLiteral("ALTER TABLE tokens ADD COLUMN former_name TEXT")},
    };
}

QStringList DemoSchema::probes()
{
    return {
        QStringLiteral("SELECT id, client_id, company_name, reseller, owner_id FROM account LIMIT 0"),
        QStringLiteral(
            "SELECT id, email, email_key, name, lang, phone, role_id, activated, is_active, two_fa, auth_types, "
            "invitation_sent_at FROM users INDEXED BY users_by_email LIMIT 0"),
        QStringLiteral(
            "SELECT id, user_id, name, created_at, expires_at, last_used_at, former_email, former_name FROM tokens LIMIT 0"),
        QStringLiteral("SELECT email_key, email, name, can_join FROM platform_people LIMIT 0"),
        QStringLiteral("SELECT id, invited_by, sent_at FROM invitations_sent LIMIT 0"),
        QStringLiteral("SELECT id, name, is_default FROM projects LIMIT 0"),
        QStringLiteral("SELECT user_id, project_id, role FROM cloud_assignments LIMIT 0"),
    };
}
