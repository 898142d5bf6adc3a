#pragma once
// Walking a repair the way people do (clicks and keys), for the together and alone tests.

#include <QCheckBox>
#include <QLabel>
#include <QSlider>

#include <cstdio>

#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "ui/app/SessionController.h"
#include "ui/cards/CardWidget.h"
#include "ui/screens/SessionScreen.h"

namespace tend::test::walking {

inline QString cardOf(ui::SessionScreen* s)
{
    return s->currentCard() ? s->currentCard()->cardId() : QString();
}

inline std::string idOf(UiApp& t, int index)
{
    return t.app()->profile().partners[index].id;
}
inline QString qidOf(UiApp& t, int index)
{
    return QString::fromStdString(idOf(t, index));
}

/// Answers the current card as a person would and moves on (prompts get `text`).
inline void answerAndGoOn(ui::MainWindow* w, ui::SessionScreen* s, const QString& text)
{
    ui::CardWidget* card = s->currentCard();
    REQUIRE(card);
    const QString kind = card->kind();
    INFO("card " << card->cardId().toStdString());
    if (kind == QLatin1String("gate")) {
        for (const char* option : {"gate-can-speak", "gate-yes"}) {
            if (card->findChild<QAbstractButton*>(QString::fromLatin1(option))) {
                clickOn(card, QString::fromLatin1(option));
                return;
            }
        }
        FAIL("unexpected gate " << card->cardId().toStdString());
    }
    if (kind == QLatin1String("prompt")) {
        typeInto(card, QStringLiteral("promptEditor"), text);
    } else if (kind == QLatin1String("checklist")) {
        auto boxes = card->findChildren<QCheckBox*>();
        REQUIRE_FALSE(boxes.isEmpty());
        clickOn(card, boxes.front()->objectName());
    } else if (kind == QLatin1String("choice")) {
        QString option;
        for (const char* preferred : {"option-assurance", "option-steady"}) {
            if (card->findChild<QAbstractButton*>(QString::fromLatin1(preferred)))
                option = QString::fromLatin1(preferred);
        }
        for (QAbstractButton* chip : card->findChildren<QAbstractButton*>()) {
            if (option.isEmpty() && chip->objectName().startsWith(QLatin1String("option-")))
                option = chip->objectName();
        }
        clickOn(card, option);
    } else if (kind == QLatin1String("checkin")) {
        auto* slider = need<QSlider>(card, QStringLiteral("scaleSlider"));
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Left);
        clickOn(card, QStringLiteral("state-steady"));
    }
    pressNext(w);
}

/// Walks the writer through their own steps until they wait, reach the together step, or reach `stopAt`.
inline void walkOwnSteps(ui::MainWindow* w, ui::SessionScreen* s, const QString& name, const QString& stopAt = {})
{
    for (int guard = 0; guard < 80; ++guard) {
        if (s->view() != ui::SessionScreen::View::Card)
            return;
        if (!stopAt.isEmpty() && cardOf(s) == stopAt)
            return;
        if (s->controller()->session().position(s->writer()).place == engine::PartnerPlace::Together)
            return;
        if (qEnvironmentVariableIsSet("TEND_TEST_TRACE"))
            std::printf("walk %s at %s\n", qPrintable(name), qPrintable(cardOf(s)));
        answerAndGoOn(w, s, name + QStringLiteral(" writes about ") + cardOf(s));
    }
    FAIL("the walk did not end");
}

/// Both turns of the speaker–listener exchange; the first speaker corrects once.
inline void bothTurns(ui::MainWindow* w, ui::SessionScreen* s, UiApp& t)
{
    for (int speaker : {0, 1}) {
        clickOn(w, QStringLiteral("turnsFirst-") + qidOf(t, speaker));
        typeInto(w, QStringLiteral("turnsShared"), QStringLiteral("My chest went tight and I felt alone."));
        clickOn(w, QStringLiteral("turnsToReflect"));
        CHECK(s->writer() == idOf(t, 1 - speaker)); // the listener writes now
        typeInto(w, QStringLiteral("turnsReflected"), QStringLiteral("You felt alone, and it hurt."));
        typeInto(w, QStringLiteral("turnsNoticed"), QStringLiteral("My shoulders dropped."));
        clickOn(w, QStringLiteral("turnsToConfirm"));
        clickOn(w, QStringLiteral("turnsYes"));
    }
}

/// Step 5 from its first card to "are we clear?" (both turns, a needs line and `commitments`).
inline void stepFiveToClear(ui::MainWindow* w, ui::SessionScreen* s, UiApp& t, const QString& commitments)
{
    for (int guard = 0; guard < 20 && cardOf(s) != QStringLiteral("clear"); ++guard) {
        const QString card = cardOf(s);
        if (card == QStringLiteral("turns")) {
            bothTurns(w, s, t);
            pressNext(w);
        } else if (card == QStringLiteral("new-commitments")) {
            answerAndGoOn(w, s, commitments);
        } else if (card == QStringLiteral("shake-it-off") || card == QStringLiteral("showing-feelings")) {
            pressNext(w);
        } else {
            answerAndGoOn(w, s, QStringLiteral("We both want to feel close again."));
        }
    }
    REQUIRE(cardOf(s) == QStringLiteral("clear"));
}

} // namespace tend::test::walking
