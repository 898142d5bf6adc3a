#include "ui/screens/Screen.h"

namespace tend::ui {
namespace {

struct Key {
    ScreenId id;
    const char* key;
};
constexpr Key kKeys[] = {
    {ScreenId::Welcome, "welcome"},           {ScreenId::SafetyCheck, "safety"}, {ScreenId::Home, "home"},
    {ScreenId::Session, "session"},           {ScreenId::Journal, "journal"},    {ScreenId::Commitments, "commitments"},
    {ScreenId::Settings, "settings"},         {ScreenId::Help, "help"},          {ScreenId::Return, "return"},
    {ScreenId::JournalState, "journalState"}, {ScreenId::Insights, "insights"},
};

} // namespace

QString screenKey(ScreenId id)
{
    for (const Key& k : kKeys) {
        if (k.id == id)
            return QString::fromLatin1(k.key);
    }
    return {};
}

bool screenFromKey(const QString& key, ScreenId& out)
{
    for (const Key& k : kKeys) {
        if (key == QLatin1String(k.key)) {
            out = k.id;
            return true;
        }
    }
    return false;
}

Screen::Screen(ScreenId id, AppContext* app, QWidget* parent) : QWidget(parent), m_id(id), m_app(app)
{
    setObjectName(screenKey(id) + QStringLiteral("Screen"));
}

} // namespace tend::ui
