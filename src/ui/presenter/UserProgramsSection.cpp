#include "ui/presenter/UserProgramsSection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/common/Log.h"
#include "tend/content/ContentLibrary.h"
#include "tend/modes/UserContent.h"
#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

UserProgramsSection::UserProgramsSection(AppContext* app, QWidget* parent)
    : QFrame(parent), m_app(app),
      m_content(std::make_unique<modes::UserContent>(app->options().dataDir, app->options().contentDir))
{
    setObjectName(QStringLiteral("userProgramsSection"));
    setProperty("role", QStringLiteral("card"));
    auto* body = new QVBoxLayout(this);
    body->setContentsMargins(24, 20, 24, 22);
    body->setSpacing(12);
    body->addWidget(makeLabel(tr("Your own programs"), "heading", this));
    body->addWidget(makeLabel(tr("Therapists can add programs of their own: put the program's JSON file in this "
                                 "folder, then reload. A file with problems is listed with what to fix and is not "
                                 "loaded."),
                              "muted", this));
    m_folder = makeLabel(qs(modes::userProgramsFolder(app->options().dataDir).string()), "small", this);
    m_folder->setObjectName(QStringLiteral("userProgramsFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->addWidget(m_folder);
    auto* row = new QHBoxLayout();
    QPushButton* reloadButton =
        makeButton(tr("Reload programs"), QStringLiteral("reloadPrograms"), this, nullptr, QStringLiteral("reset"),
                   tr("Reads the program files in the folder again and checks each one."));
    row->addWidget(reloadButton);
    m_summary = makeLabel(QString(), "muted", this);
    m_summary->setObjectName(QStringLiteral("userProgramsSummary"));
    row->addWidget(m_summary, 1);
    body->addLayout(row);
    auto* list = new QWidget(this);
    list->setObjectName(QStringLiteral("userProgramsList"));
    m_list = new QVBoxLayout(list);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(8);
    body->addWidget(list);
    connect(reloadButton, &QPushButton::clicked, this, &UserProgramsSection::reload);
    reload();
}

UserProgramsSection::~UserProgramsSection() = default;

void UserProgramsSection::reload()
{
    const modes::UserContentScan& scan = m_content->reload();
    m_app->addUserPrograms(); // so the programs listed as ready can be started
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_loaded.clear();
    m_rejected.clear();
    QWidget* host = m_list->parentWidget();
    for (const auto& program : scan.programs) {
        const QString line = tr("%1 (%2, %3) is ready.").arg(qs(program->title), qs(program->id), qs(program->locale));
        m_loaded << line;
        auto* row = new QWidget(host);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        QLabel* label = makeLabel(line, "body", row);
        label->setObjectName(QStringLiteral("userProgram-") + qs(program->id));
        rowLayout->addWidget(label, 1);
        const content::ContentLibrary* library = m_app->library();
        if (library && library->program(program->id, program->locale)) {
            const QString id = qs(program->id);
            // An ordinary button, like "Reload programs": a quiet one read as plain text beside the line, above all
            // in the dark theme.
            QPushButton* start =
                makeButton(tr("Start"), QStringLiteral("startUserProgram-") + id, row, nullptr, QStringLiteral("play"),
                           tr("Starts a new repair with %1.").arg(qs(program->title)));
            start->setAccessibleName(tr("Start %1").arg(qs(program->title)));
            start->setEnabled(canStart());
            if (!start->isEnabled())
                start->setToolTip(tr("Not available right now. Each person takes the private check first, from Home."));
            connect(start, &QPushButton::clicked, this, [this, id] { Q_EMIT startRequested(id); });
            rowLayout->addWidget(start);
        }
        m_list->addWidget(row);
    }
    for (const modes::RejectedFile& rejected : scan.rejected) {
        QStringList messages;
        for (const auto& problem : rejected.problems)
            messages << qs(problem.toString());
        const QString line = tr("%1 was not loaded:").arg(qs(rejected.file.filename().string())) + QLatin1Char('\n') +
                             messages.join(QLatin1Char('\n'));
        m_rejected << line;
        QLabel* label = makeLabel(line, "warmNote", host);
        label->setObjectName(QStringLiteral("userProgramProblem"));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_list->addWidget(label);
    }
    if (!scan.folderExists)
        m_summary->setText(tr("The folder does not exist yet; create it to add programs."));
    else if (scan.programs.empty() && scan.rejected.empty())
        m_summary->setText(tr("No program files in the folder."));
    else
        m_summary->setText(summaryText(int(scan.programs.size()), int(scan.rejected.size())));
    tend::log::get("ui")->info("user programs reloaded: {} loaded, {} rejected", scan.programs.size(),
                               scan.rejected.size());
    Q_EMIT reloaded();
}

bool UserProgramsSection::canStart() const
{
    const Profile& profile = m_app->profile();
    if (!profile.isSet() || profile.partners.isEmpty())
        return false;
    for (const PartnerInfo& partner : profile.partners) {
        const SafetyStatus status = m_app->safetyStatus(partner.id);
        if (!status.taken || status.calmingOnly || (profile.partners.size() > 1 && status.jointLocked))
            return false;
    }
    return true;
}

QString UserProgramsSection::summaryText(int loaded, int rejected)
{
    // One tr() per English form, each keeping %n, so a translation can still give every count its own form.
    const QString programs =
        loaded == 1 ? tr("%n program loaded", nullptr, loaded) : tr("%n programs loaded", nullptr, loaded);
    if (rejected == 0)
        return programs + QLatin1Char('.');
    const QString files = rejected == 1 ? tr("%n file with problems", nullptr, rejected)
                                        : tr("%n files with problems", nullptr, rejected);
    return tr("%1, %2.").arg(programs, files);
}

QStringList UserProgramsSection::loadedLines() const
{
    return m_loaded;
}

QStringList UserProgramsSection::rejectedLines() const
{
    return m_rejected;
}

} // namespace tend::ui
