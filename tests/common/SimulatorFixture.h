#pragma once

#include "AccountSimulator.h"
#include "SimulatorFault.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

// The account simulator on 127.0.0.1 that a test talks to over HTTP, as a fixture its test
// class derives from: m_sim on a demo file of its own, with the account's id and its owner.
// Header only: the tests that use it link roster_accountsim.
class SimulatorFixture
{
protected:
    SimulatorFixture() = default;
    ~SimulatorFixture() { stopSimulator(); }

    // Starts the simulator on a newly seeded demo account, or with `generatedUsers` > 0 on
    // that many generated users; sets m_clientId, m_ownerId and m_ownerEmail.
    Result<Done> startSimulator(int generatedUsers = 0)
    {
        stopSimulator();
        if (!m_folder.isValid())
            return ApiError::make(ApiError::Kind::Storage,
                                  QStringLiteral("No temporary folder for the simulator: ") + m_folder.errorString());
        m_sim = std::make_unique<AccountSimulator>(m_folder.filePath(QStringLiteral("sim.sqlite")));
        Result<Done> opened = m_sim->open(true);
        if (opened && generatedUsers > 0) {
            opened = m_sim->account().seedGenerated(generatedUsers);
            if (opened)
                opened = m_sim->open(false); // learns the new owner
        }
        if (!opened)
            return opened;
        if (m_sim->start(0) == 0)
            return ApiError::make(ApiError::Kind::Network, QStringLiteral("The simulator cannot listen on 127.0.0.1"));
        const Result<AccountInfo> me = m_sim->account().me();
        if (!me)
            return me.error();
        m_clientId = me.value().clientId;
        m_ownerId = m_sim->ownerId();
        const Result<User> owner = m_sim->account().user(m_ownerId);
        if (!owner)
            return owner.error();
        m_ownerEmail = owner.value().email;
        return Done{};
    }
    void stopSimulator() { m_sim.reset(); }

    // Adds a fault written as roster-accountsim --fault takes it, e.g. "/iam/users:status=503,times=1".
    void setFault(const QString &spec)
    {
        QString problem;
        const std::optional<SimulatorFault> fault = SimulatorFault::fromSpec(spec, &problem);
        QVERIFY2(fault, qPrintable(problem));
        m_sim->addFault(*fault);
    }

    // Someone of the account other than the owner for whom `pred` holds; 0 when nobody is.
    qint64 findUser(const std::function<bool(const User &)> &pred) const
    {
        const Result<UserPage> all = m_sim->account().listUsers(0, 0);
        if (!all)
            return 0;
        for (const User &u : all.value().users) {
            if (u.id != m_ownerId && pred(u))
                return u.id;
        }
        return 0;
    }

    std::unique_ptr<AccountSimulator> m_sim;
    qint64 m_clientId = 0;
    qint64 m_ownerId = 0;
    QString m_ownerEmail;

private:
    QTemporaryDir m_folder;

    Q_DISABLE_COPY_MOVE(SimulatorFixture)
};
