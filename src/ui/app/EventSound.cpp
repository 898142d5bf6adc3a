#include "ui/app/EventSound.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <dlfcn.h>

#include "tend/common/Log.h"

namespace tend::ui::sound {
namespace {

// The few entry points of libcanberra used here (canberra.h is not needed to build; the library is optional).
struct ca_context;
using CreateFn = int (*)(ca_context**);
using ChangePropsFn = int (*)(ca_context*, ...);
using PlayFn = int (*)(ca_context*, std::uint32_t, ...);
using StrErrorFn = const char* (*)(int);

struct Canberra {
    void* library = nullptr;
    ca_context* context = nullptr;
    PlayFn play = nullptr;
    StrErrorFn error = nullptr;
    bool tried = false;
};

Canberra& canberra()
{
    static Canberra c;
    if (c.tried)
        return c;
    c.tried = true;
    c.library = dlopen("libcanberra.so.0", RTLD_LAZY | RTLD_LOCAL);
    if (!c.library) {
        tend::log::get("ui")->info("no event sounds: libcanberra is not installed");
        return c;
    }
    auto create = reinterpret_cast<CreateFn>(dlsym(c.library, "ca_context_create"));
    auto changeProps = reinterpret_cast<ChangePropsFn>(dlsym(c.library, "ca_context_change_props"));
    c.play = reinterpret_cast<PlayFn>(dlsym(c.library, "ca_context_play"));
    c.error = reinterpret_cast<StrErrorFn>(dlsym(c.library, "ca_strerror"));
    if (!create || !changeProps || !c.play || create(&c.context) != 0) {
        c.play = nullptr;
        c.context = nullptr;
        tend::log::get("ui")->warn("no event sounds: libcanberra could not be set up");
        return c;
    }
    changeProps(c.context, "application.name", "Tend", "application.id", "org.tend.Tend", nullptr);
    return c;
}

/// The desktop's switch for event sounds (GNOME and others keep it in GSettings, read through GIO when present).
bool desktopAllowsEventSounds()
{
    static int allowed = -1;
    if (allowed >= 0)
        return allowed == 1;
    allowed = 1;
    void* gio = dlopen("libgio-2.0.so.0", RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD);
    if (!gio)
        gio = dlopen("libgio-2.0.so.0", RTLD_LAZY | RTLD_LOCAL);
    if (!gio)
        return true;
    using DefaultSourceFn = void* (*)();
    using LookupFn = void* (*)(void*, const char*, int);
    using NewFn = void* (*)(const char*);
    using GetBoolFn = int (*)(void*, const char*);
    using UnrefFn = void (*)(void*);
    auto source = reinterpret_cast<DefaultSourceFn>(dlsym(gio, "g_settings_schema_source_get_default"));
    auto lookup = reinterpret_cast<LookupFn>(dlsym(gio, "g_settings_schema_source_lookup"));
    auto make = reinterpret_cast<NewFn>(dlsym(gio, "g_settings_new"));
    auto getBool = reinterpret_cast<GetBoolFn>(dlsym(gio, "g_settings_get_boolean"));
    auto unref = reinterpret_cast<UnrefFn>(dlsym(gio, "g_object_unref"));
    auto schemaUnref = reinterpret_cast<UnrefFn>(dlsym(gio, "g_settings_schema_unref"));
    void* defaults = source ? source() : nullptr;
    void* schema = defaults && lookup ? lookup(defaults, "org.gnome.desktop.sound", 1) : nullptr;
    if (schema && make && getBool && unref) {
        if (void* settings = make("org.gnome.desktop.sound")) {
            allowed = getBool(settings, "event-sounds") ? 1 : 0;
            unref(settings);
        }
    }
    if (schema && schemaUnref)
        schemaUnref(schema);
    return allowed == 1;
}

std::function<bool(const QString&)>& testPlayer()
{
    static std::function<bool(const QString&)> player;
    return player;
}

} // namespace

void setPlayerForTesting(std::function<bool(const QString& description)> player)
{
    testPlayer() = std::move(player);
}

bool playTimerFinished(const QString& description)
{
    if (testPlayer())
        return testPlayer()(description);
    if (!desktopAllowsEventSounds())
        return false;
    Canberra& c = canberra();
    if (!c.play || !c.context)
        return false;
    const QByteArray words = description.toUtf8();
    for (const char* id : {"alarm-clock-elapsed", "complete"}) {
        const int result = c.play(c.context, 0, "event.id", id, "event.description", words.constData(),
                                  "canberra.cache-control", "volatile", nullptr);
        if (result == 0)
            return true;
        tend::log::get("ui")->debug("event sound {} not played: {}", id, c.error ? c.error(result) : "error");
    }
    return false;
}

} // namespace tend::ui::sound
