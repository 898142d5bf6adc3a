#pragma once

#include <QString>

#include <functional>

#include "tend/content/Program.h"
#include "ui/cards/CardContext.h"

class QWidget;

namespace tend::ui {

class CardWidget;

/// Builds the widget for a card by its `kind`. Later work swaps a kind's widget (the breathing
/// pacer replaces the placeholder) by registering a new creator; nothing else changes.
class CardFactory {
public:
    using Creator = std::function<CardWidget*(const content::Card& card, const CardContext& context, QWidget* parent)>;

    /// A widget for `card`; an unknown kind gets a plain card that shows its text.
    static CardWidget* create(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    static void registerKind(const QString& kind, Creator creator);
    /// Every kind the content format defines.
    static QStringList kinds();
};

} // namespace tend::ui
