#include "TableBench.h"

#include "BenchMemory.h"
#include "BenchOutput.h"
#include "CellTextDelegate.h"
#include "UserGenerator.h"
#include "domain/Role.h"
#include "domain/SignInMethod.h"
#include "domain/UserStatus.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QEvent>
#include <QHeaderView>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <array>
#include <functional>
#include <malloc.h>
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
    virtual void setSignIn(std::optional<SignInMethod> method) = 0;
    virtual void clearAll() = 0;
    virtual void sort(int column, Qt::SortOrder order) = 0;
    virtual UsersModel &users() = 0;
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
    void setSignIn(std::optional<SignInMethod> method) override { m_filter->setSignInMethodFilter(method); }
    void clearAll() override { m_filter->clearFilters(); }
    void sort(int column, Qt::SortOrder order) override { m_filter->sort(column, order); }
    UsersModel &users() override { return *m_filter->usersModel(); }

private:
    UserFilter *m_filter;
};

// How a Qt application would do it with the stock proxy: the same filters (search in email
// and name, an ID typed as digits, status, two-factor, role, sign-in method) in filterAcceptsRow(), and the
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
    void setSignIn(std::optional<SignInMethod> method) override
    {
        m_signIn = method;
        invalidateFilter();
    }
    void clearAll() override
    {
        m_search.clear();
        m_idSearch = false;
        m_status.reset();
        m_twoFactor = UserFilter::TwoFactor::Any;
        m_roleId = 0;
        m_signIn.reset();
        invalidateFilter();
    }
    void sort(int column, Qt::SortOrder order) override { QSortFilterProxyModel::sort(column, order); }
    UsersModel &users() override { return *static_cast<UsersModel *>(sourceModel()); }

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
        if (m_signIn && !(first.data(UsersModel::SignInMethodsRole).toInt() & int(*m_signIn)))
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
    std::optional<SignInMethod> m_signIn;
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

    // A sign-in method many users have besides a password, and one few have; then back to any.
    const auto signIn = [](std::optional<SignInMethod> m) { return [m](Table &t) { t.setSignIn(m); }; };
    cases.append({QStringLiteral("sign-in-google"), clear, {signIn(SignInMethod::Google)}});
    cases.append({QStringLiteral("sign-in-github"), clear, {signIn(SignInMethod::GitHub)}});
    cases.append({QStringLiteral("sign-in-any"), [clear](Table &t) {
                      clear(t);
                      t.setSignIn(SignInMethod::Google);
                  },
                  {signIn(std::nullopt)}});

    // Every filter at once, cleared in one go.
    cases.append({QStringLiteral("clear-all"), [clear, roleId](Table &t) {
                      clear(t);
                      t.setSearch(QStringLiteral("an"));
                      t.setStatus(UserStatus::Pending);
                      t.setTwoFactor(TwoFactor::Off);
                      t.setRole(roleId);
                      t.setSignIn(SignInMethod::Password);
                  },
                  {[](Table &t) { t.clearAll(); }}});

    // A status picked while the table is sorted by name: the visible rows are then walked in
    // an order unrelated to where they are stored.
    cases.append({QStringLiteral("status-pending-sorted-by-name"), [clear](Table &t) {
                      clear(t);
                      t.sort(UsersModel::Name, Qt::AscendingOrder);
                  },
                  {status(UserStatus::Pending)}});

    // A refresh that changed 2,000 users spread over the table (renamed, some with a new
    // email), arriving in one batch while the table is sorted by name: each step applies the
    // changed records, the next one the records as they were.
    for (const auto &[name, column] : {QPair<const char *, int>{"name", UsersModel::Name},
                                       QPair<const char *, int>{"role", UsersModel::RoleColumn}}) {
        auto batches = std::make_shared<std::array<QList<User>, 2>>();
        const auto apply = [batches](int which) {
            return [batches, which](Table &t) { t.users().upsertUsers((*batches)[size_t(which)]); };
        };
        cases.append({QStringLiteral("update-2000-sorted-by-") + QLatin1String(name),
                      [clear, batches, column = column](Table &t) {
                          clear(t);
                          t.sort(column, Qt::AscendingOrder);
                          if (!(*batches)[0].isEmpty())
                              return;
                          const int rows = t.users().rowCount();
                          const int step = std::max(1, rows / 2000);
                          for (int row = step / 2; row < rows && (*batches)[0].size() < 2000; row += step) {
                              const User &before = t.users().user(row);
                              User after = before;
                              after.name = before.name.isEmpty() ? QStringLiteral("Renamed %1").arg(row)
                                                                 : before.name + QStringLiteral(" Zweite");
                              if (row % 3 == 0)
                                  after.email = QStringLiteral("renamed.%1@example.org").arg(row);
                              if (row % 5 == 0 && !after.clientAndRoles.isEmpty()
                                  && !after.clientAndRoles.first().roleIds.isEmpty())
                                  after.clientAndRoles.first().roleIds.first() = Role::Engineers;
                              (*batches)[0].append(after);
                              (*batches)[1].append(before);
                          }
                      },
                      {apply(0), apply(1)}});
    }

    // Sort by each column in each direction, from the table sorted by ID (by name for the
    // ID column itself).
    const QList<QPair<const char *, int>> columns = {{"id", UsersModel::Id},           {"name", UsersModel::Name},
                                                    {"email", UsersModel::Email},     {"role", UsersModel::RoleColumn},
                                                    {"status", UsersModel::Status},   {"2fa", UsersModel::TwoFactor},
                                                    {"language", UsersModel::Language}, {"sign-in", UsersModel::SignInColumn}};
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

void benchTable(const QList<User> &users, int runs, const QString &only)
{
    UsersModel model;
    // The model's own list, as the window's is: shared with `users`, the first change of a row
    // would copy all of them.
    QList<User> own = users;
    own.detach();
    model.setUsers(std::move(own));
    UserFilter filter;
    QElapsedTimer sinceLoad;
    sinceLoad.start();
    filter.setSourceModel(&model);
    // What a person sorts once the rows are loaded: the name and email orders built off the
    // GUI thread (after the rows were quiet for a moment, which this time includes).
    if (model.rowCount() >= 20000) {
        QEventLoop wait;
        QObject::connect(&filter, &UserFilter::textOrdersBuilt, &wait, &QEventLoop::quit);
        QTimer::singleShot(120000, &wait, &QEventLoop::quit);
        if (!filter.textOrdersReady())
            wait.exec();
        if (!filter.textOrdersReady()) {
            QTextStream(stderr) << "roster-bench: the text orders were not built in two minutes" << Qt::endl;
            return;
        }
        Bench::report(QStringLiteral("roster-text-orders"), int(users.size()), {double(sinceLoad.nsecsElapsed()) / 1e6});
    }
    const std::unique_ptr<QTableView> view = makeView(&filter);
    view->setItemDelegate(new CellTextDelegate(view.get())); // the window's table paints with it
    RosterTable table(&filter);
    const auto [id, roleId] = caseValues(users);
    QList<Case> cases = tableCases(id, roleId);
    if (!only.isEmpty()) {
        const QRegularExpression pattern(only);
        cases.removeIf([&](const Case &c) { return c.name != QLatin1String("paint-only") && !pattern.match(c.name).hasMatch(); });
    }
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
    QList<User> generated = UserGenerator::generate(users, 2026);
    const auto [id, roleId] = caseValues(generated);
    UsersModel model;
    model.setUsers(std::move(generated)); // the model's own list, as in benchTable()
    BaselineProxy proxy;
    proxy.setSourceModel(&model);
    const std::unique_ptr<QTableView> view = makeView(&proxy);
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

int tableMemoryChild(int users)
{
    malloc_trim(0);
    const qint64 start = Bench::residentBytes();
    UsersModel model;
    // Made inside the model's own list: what remains is what the model keeps.
    model.setUsers(UserGenerator::generate(users, 2026));
    malloc_trim(0);
    const qint64 withModel = Bench::residentBytes();
    UserFilter filter;
    filter.setTextOrderThreshold(1); // with its name and email orders, as a settled table has
    filter.setSourceModel(&model);
    QEventLoop wait;
    QObject::connect(&filter, &UserFilter::textOrdersBuilt, &wait, &QEventLoop::quit);
    QTimer::singleShot(120000, &wait, &QEventLoop::quit);
    if (!filter.textOrdersReady())
        wait.exec();
    malloc_trim(0);
    const qint64 withFilter = Bench::residentBytes();
    out() << "memory " << (withModel - start) << ' ' << (withFilter - withModel) << ' '
          << (filter.textOrdersReady() ? 1 : 0) << ' ' << model.recordBytesHeld() << Qt::endl;
    return filter.textOrdersReady() ? 0 : 1;
}

bool benchTableMemory(const QString &self, int users, int runs)
{
    std::vector<double> model;
    std::vector<double> filter;
    std::vector<double> records; // the model's chunks of records, of its bytes
    for (int r = 0; r < runs; ++r) {
        QProcess child;
        child.start(self, {QStringLiteral("--table-memory-child"), QString::number(users)});
        if (!child.waitForFinished(10 * 60 * 1000) || child.exitCode() != 0) {
            QTextStream(stderr) << "roster-bench: the table-memory child failed: " << child.readAllStandardError()
                                << Qt::endl;
            return false;
        }
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 5 || fields.at(0) != "memory") {
            QTextStream(stderr) << "roster-bench: the table-memory child said nothing" << Qt::endl;
            return false;
        }
        model.push_back(fields.at(1).toDouble() / users);
        filter.push_back(fields.at(2).toDouble() / users);
        records.push_back(fields.at(4).toDouble() / users);
    }
    std::vector<double> total(model.size());
    for (size_t i = 0; i < model.size(); ++i)
        total[i] = model[i] + filter[i];
    const auto median = [](std::vector<double> v) { return Bench::spread(std::move(v)).median; };
    out() << "roster-table-memory users=" << users << " bytes_per_user=" << qRound(median(total))
          << " model_bytes_per_user=" << qRound(median(model)) << " filter_bytes_per_user=" << qRound(median(filter))
          << Qt::endl;
    out() << "# roster-table-memory users=" << users << " runs=" << runs << " record_chunk_bytes_per_user="
          << qRound(median(records)) << " (resident growth after malloc_trim, each run its own process)" << Qt::endl;
    return true;
}
