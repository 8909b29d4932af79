#include "TableBench.h"

#include "BenchOutput.h"
#include "CellTextDelegate.h"
#include "UserGenerator.h"
#include "domain/UserStatus.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>

using Bench::ms;
using Bench::out;

namespace {

// A baseline step slower than this stops its child; the case reports the figure reached.
constexpr double CapMs = 10000.0;

// What the cases do to a table: Roster's filter and the baseline alike.
class Table
{
public:
    virtual ~Table() = default;
    virtual void setSearch(const QString &text) = 0;
    virtual void setStatus(std::optional<UserStatus> status) = 0;
    virtual void setTwoFactor(UserFilter::TwoFactor twoFactor) = 0;
    virtual void setRole(int roleId) = 0;
    virtual void clearAll() = 0;
    virtual void sort(int column, Qt::SortOrder order) = 0;
};

class RosterTable final : public Table
{
public:
    explicit RosterTable(UserFilter *filter)
        : m_filter(filter)
    {
    }
    void setSearch(const QString &text) override { m_filter->setSearchText(text); }
    void setStatus(std::optional<UserStatus> status) override { m_filter->setStatusFilter(status); }
    void setTwoFactor(UserFilter::TwoFactor twoFactor) override { m_filter->setTwoFactorFilter(twoFactor); }
    void setRole(int roleId) override { m_filter->setRoleFilter(roleId); }
    void clearAll() override { m_filter->clearFilters(); }
    void sort(int column, Qt::SortOrder order) override { m_filter->sort(column, order); }

private:
    UserFilter *m_filter;
};

// How a Qt application would do it with the stock proxy: the same filters (search in email
// and name, an ID typed as digits, status, two-factor, role) in filterAcceptsRow(), and the
// proxy's own sort.
class BaselineProxy final : public QSortFilterProxyModel, public Table
{
public:
    void setSearch(const QString &text) override
    {
        m_search = text;
        m_idSearch = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        invalidateFilter();
    }
    void setStatus(std::optional<UserStatus> status) override
    {
        m_status = status;
        invalidateFilter();
    }
    void setTwoFactor(UserFilter::TwoFactor twoFactor) override
    {
        m_twoFactor = twoFactor;
        invalidateFilter();
    }
    void setRole(int roleId) override
    {
        m_roleId = roleId;
        invalidateFilter();
    }
    void clearAll() override
    {
        m_search.clear();
        m_idSearch = false;
        m_status.reset();
        m_twoFactor = UserFilter::TwoFactor::Any;
        m_roleId = 0;
        invalidateFilter();
    }
    void sort(int column, Qt::SortOrder order) override { QSortFilterProxyModel::sort(column, order); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *source = sourceModel();
        const QModelIndex first = source->index(row, 0, parent);
        if (m_status && first.data(UsersModel::StatusRole).toInt() != int(*m_status))
            return false;
        if (m_twoFactor != UserFilter::TwoFactor::Any
            && first.data(UsersModel::TwoFactorRole).toBool() != (m_twoFactor == UserFilter::TwoFactor::On))
            return false;
        if (m_roleId != 0 && first.data(UsersModel::RoleIdRole).toInt() != m_roleId)
            return false;
        if (m_search.isEmpty())
            return true;
        if (m_idSearch)
            return QString::number(first.data(UsersModel::UserIdRole).toLongLong()).startsWith(m_search);
        return source->index(row, UsersModel::Email, parent).data().toString().contains(m_search, Qt::CaseInsensitive)
            || source->index(row, UsersModel::Name, parent).data().toString().contains(m_search, Qt::CaseInsensitive);
    }

private:
    QString m_search;
    bool m_idSearch = false;
    std::optional<UserStatus> m_status;
    UserFilter::TwoFactor m_twoFactor = UserFilter::TwoFactor::Any;
    int m_roleId = 0;
};

// Counts the viewport's paint events, so a sample can prove its change was painted.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *viewport)
    {
        viewport->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return false;
    }

private:
    int m_count = 0;
};

std::unique_ptr<QTableView> makeView(QAbstractItemModel *model)
{
    auto view = std::make_unique<QTableView>();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(24);
    view->verticalHeader()->hide();
    view->setSortingEnabled(false);
    view->setWordWrap(false); // as the window's table: one line a cell, elided
    view->setModel(model);
    view->resize(1280, 800);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

// One case: `setup` (not timed) brings the table to where the case starts, then each step is
// one timed sample, in order, every round.
struct Case
{
    QString name;
    std::function<void(Table &)> setup;
    QList<std::function<void(Table &)>> steps;
};

// The cases, the same for Roster and the baseline. `id` is a user's id to type and paste,
// `roleId` a role many users have.
QList<Case> tableCases(qint64 id, int roleId)
{
    using TwoFactor = UserFilter::TwoFactor;
    const auto nothing = [](Table &) {};
    const auto clear = [](Table &t) {
        t.clearAll();
        t.sort(UsersModel::Id, Qt::AscendingOrder);
    };
    const auto search = [](const QString &text) { return [text](Table &t) { t.setSearch(text); }; };
    const auto status = [](std::optional<UserStatus> s) { return [s](Table &t) { t.setStatus(s); }; };
    const auto twoFactor = [](TwoFactor f) { return [f](Table &t) { t.setTwoFactor(f); }; };

    QList<Case> cases;
    // A bare repaint of the table as it is: what every other case is measured against.
    cases.append({QStringLiteral("paint-only"), clear, {nothing, nothing, nothing, nothing, nothing}});

    // Someone typing a name from a ticket.
    cases.append({QStringLiteral("search-first-key"), clear, {search(QStringLiteral("a"))}});
    Case later{QStringLiteral("search-later-keys"), [clear](Table &t) {
                   clear(t);
                   t.setSearch(QStringLiteral("a"));
               },
               {}};
    for (const char *text : {"an", "ann", "anna", "anna.", "anna.s", "anna.sc"})
        later.steps.append(search(QString::fromLatin1(text)));
    cases.append(later);
    cases.append({QStringLiteral("search-clear"), [clear](Table &t) {
                      clear(t);
                      t.setSearch(QStringLiteral("anna.sc"));
                  },
                  {search(QString())}});

    // A user ID from a ticket, typed digit by digit and pasted whole.
    const QString digits = QString::number(id);
    Case typed{QStringLiteral("id-typed"), clear, {}};
    for (qsizetype n = 1; n <= digits.size(); ++n)
        typed.steps.append(search(digits.left(n)));
    cases.append(typed);
    cases.append({QStringLiteral("id-pasted"), clear, {search(digits)}});

    // Each status, from all; then back to all.
    const QList<QPair<const char *, UserStatus>> statuses = {{"active", UserStatus::Active},
                                                            {"pending", UserStatus::Pending},
                                                            {"expired", UserStatus::Expired},
                                                            {"deactivated", UserStatus::Deactivated}};
    for (const auto &[name, value] : statuses)
        cases.append({QStringLiteral("status-") + QLatin1String(name), clear, {status(value)}});
    cases.append({QStringLiteral("status-any"), [clear](Table &t) {
                      clear(t);
                      t.setStatus(UserStatus::Pending);
                  },
                  {status(std::nullopt)}});

    cases.append({QStringLiteral("2fa-on"), clear, {twoFactor(TwoFactor::On)}});
    cases.append({QStringLiteral("2fa-off"), clear, {twoFactor(TwoFactor::Off)}});
    cases.append({QStringLiteral("2fa-any"), [clear](Table &t) {
                      clear(t);
                      t.setTwoFactor(TwoFactor::On);
                  },
                  {twoFactor(TwoFactor::Any)}});

    cases.append({QStringLiteral("role"), clear, {[roleId](Table &t) { t.setRole(roleId); }}});
    cases.append({QStringLiteral("role-any"), [clear, roleId](Table &t) {
                      clear(t);
                      t.setRole(roleId);
                  },
                  {[](Table &t) { t.setRole(0); }}});

    // Every filter at once, cleared in one go.
    cases.append({QStringLiteral("clear-all"), [clear, roleId](Table &t) {
                      clear(t);
                      t.setSearch(QStringLiteral("an"));
                      t.setStatus(UserStatus::Pending);
                      t.setTwoFactor(TwoFactor::Off);
                      t.setRole(roleId);
                  },
                  {[](Table &t) { t.clearAll(); }}});

    // A status picked while the table is sorted by name: the visible rows are then walked in
    // an order unrelated to where they are stored.
    cases.append({QStringLiteral("status-pending-sorted-by-name"), [clear](Table &t) {
                      clear(t);
                      t.sort(UsersModel::Name, Qt::AscendingOrder);
                  },
                  {status(UserStatus::Pending)}});

    // Sort by each column in each direction, from the table sorted by ID (by name for the
    // ID column itself).
    const QList<QPair<const char *, int>> columns = {{"id", UsersModel::Id},           {"name", UsersModel::Name},
                                                    {"email", UsersModel::Email},     {"role", UsersModel::RoleColumn},
                                                    {"status", UsersModel::Status},   {"2fa", UsersModel::TwoFactor},
                                                    {"language", UsersModel::Language}};
    for (const auto &[name, column] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const int from = column == UsersModel::Id ? UsersModel::Name : UsersModel::Id;
            cases.append({QStringLiteral("sort-%1-%2")
                              .arg(QLatin1String(name), order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                                      : QStringLiteral("desc")),
                          [from](Table &t) {
                              t.clearAll();
                              t.sort(from, Qt::AscendingOrder);
                          },
                          {[column = column, order](Table &t) { t.sort(column, order); }}});
        }
    }
    return cases;
}

// Runs the cases on a shown table and hands each sample to `sample(case, ms)`; stops early
// when it returns false. A sample ends with the change painted: the events it caused are
// processed, and when they did not paint the viewport, it is repainted there and then; the
// viewport's paint events show that it was. Returns false when a sample was not painted.
bool runCases(const QList<Case> &cases, int firstCase, int runs, Table &table, QTableView &view,
              const std::function<bool(int, double)> &sample)
{
    PaintCounter paints(view.viewport());
    for (int c = firstCase; c < cases.size(); ++c) {
        const Case &one = cases.at(c);
        for (int r = 0; r < runs; ++r) {
            one.setup(table);
            QCoreApplication::processEvents();
            view.viewport()->repaint();
            for (const auto &step : one.steps) {
                const int before = paints.count();
                QElapsedTimer timer;
                timer.start();
                step(table);
                QCoreApplication::processEvents();
                if (paints.count() == before)
                    view.viewport()->repaint();
                const double elapsed = double(timer.nsecsElapsed()) / 1e6;
                if (paints.count() == before) {
                    QTextStream(stderr) << "roster-bench: " << one.name << " was not painted" << Qt::endl;
                    return false;
                }
                if (!sample(c, elapsed))
                    return true;
            }
        }
    }
    return true;
}

// The role most users have, and an ID in the middle of the list.
QPair<qint64, int> caseValues(const QList<User> &users)
{
    std::map<int, int> roles;
    for (const User &u : users)
        ++roles[u.roleId()];
    const auto most = std::max_element(roles.cbegin(), roles.cend(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    return {users.isEmpty() ? 1 : users.at(users.size() / 2).id, most == roles.cend() ? 0 : most->first};
}

} // namespace

void benchTable(const QList<User> &users, int runs)
{
    UsersModel model;
    model.setUsers(users);
    UserFilter filter;
    filter.setSourceModel(&model);
    const std::unique_ptr<QTableView> view = makeView(&filter);
    view->setItemDelegate(new CellTextDelegate(view.get())); // the window's table paints with it
    RosterTable table(&filter);
    const auto [id, roleId] = caseValues(users);
    const QList<Case> cases = tableCases(id, roleId);
    std::vector<std::vector<double>> samples(size_t(cases.size()));
    if (!runCases(cases, 0, runs, table, *view, [&](int c, double elapsed) {
            samples[size_t(c)].push_back(elapsed);
            return true;
        }))
        return;
    for (qsizetype c = 0; c < cases.size(); ++c)
        Bench::report(QStringLiteral("roster-") + cases.at(c).name, int(users.size()), samples[size_t(c)]);
}

int tableBaselineChild(int firstCase, int users, int runs)
{
    const QList<User> generated = UserGenerator::generate(users, 2026);
    UsersModel model;
    model.setUsers(generated);
    BaselineProxy proxy;
    proxy.setSourceModel(&model);
    const std::unique_ptr<QTableView> view = makeView(&proxy);
    const auto [id, roleId] = caseValues(generated);
    const QList<Case> cases = tableCases(id, roleId);
    int current = -1;
    const bool painted = runCases(cases, firstCase, runs, proxy, *view, [&](int c, double elapsed) {
        if (c != current) {
            current = c;
            out() << "case " << c << Qt::endl;
        }
        out() << "sample " << elapsed << Qt::endl;
        return true;
    });
    out() << "done" << Qt::endl;
    return painted ? 0 : 1;
}

void benchTableBaseline(const QString &self, int users, int runs)
{
    const QList<Case> cases = tableCases(0, 0); // the names only
    std::vector<std::vector<double>> samples(size_t(cases.size()));
    std::vector<bool> capped(size_t(cases.size()), false);
    int next = 0;
    while (next < cases.size()) {
        QProcess child;
        child.start(self, {QStringLiteral("--table-baseline-child"), QString::number(next), QStringLiteral("--sizes"),
                           QString::number(users), QStringLiteral("--runs"), QString::number(runs)});
        int current = next;
        bool ready = false; // the users are generated and the view is up
        bool stopped = false; // a step passed the cap
        QByteArray buffer;
        QElapsedTimer sinceOutput;
        sinceOutput.start();
        for (;;) {
            // Generating the users and building the view is not timed: two minutes for that.
            if (!child.waitForReadyRead(1000)) {
                if (child.state() == QProcess::NotRunning)
                    break;
                if (sinceOutput.elapsed() > (ready ? qint64(CapMs) + 1000 : 120000)) {
                    stopped = true;
                    break;
                }
                continue;
            }
            sinceOutput.restart();
            buffer += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(newline).trimmed();
                buffer.remove(0, newline + 1);
                if (line.startsWith("case ")) {
                    current = line.mid(5).toInt();
                    ready = true;
                } else if (line.startsWith("sample ")) {
                    samples[size_t(current)].push_back(line.mid(7).toDouble());
                    if (samples[size_t(current)].back() > CapMs)
                        stopped = true;
                } else if (line == "done") {
                    current = int(cases.size());
                }
            }
            if (stopped)
                break;
        }
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished();
        }
        if (current >= cases.size())
            break; // every case ran
        // Stopped at the cap, or the child ended early: this case is as far as it got.
        capped[size_t(current)] = true;
        next = current + 1;
    }
    for (qsizetype c = 0; c < cases.size(); ++c) {
        const QString name = QStringLiteral("qsfpm-") + cases.at(c).name;
        if (!capped[size_t(c)] && !samples[size_t(c)].empty()) {
            Bench::report(name, users, samples[size_t(c)]);
            continue;
        }
        // Stopped: the figure reached is the slowest sample, or the cap if none came back.
        const std::vector<double> &got = samples[size_t(c)];
        const double reached = got.empty() ? CapMs : std::max(CapMs, *std::max_element(got.cbegin(), got.cend()));
        out() << name << " users=" << users << " median_ms=timeout reached_ms=" << ms(reached) << Qt::endl;
    }
}
