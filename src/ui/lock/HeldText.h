#pragma once

#include <QPointer>
#include <QWidget>

#include <vector>

#include "tend/crypto/SecureBytes.h"

namespace tend::ui {

/// What the window showed and what was being typed, held while Tend is locked.
///
/// hold() walks a widget tree, copies the text of every line edit, text editor, text browser and label into one
/// block of locked memory (sodium_malloc: never swapped, wiped when freed) and empties the widgets, so nothing
/// intimate remains in the widget tree while the lock screen shows. restore() puts every text back, with cursor and
/// scroll positions, into the same widgets. Signals are blocked while emptying and restoring, so no card takes the
/// empty text for an edit (and saves it as a draft). Undo history is not kept: emptying a widget clears it.
///
/// Known limit: Qt's own copy of a text lived in ordinary heap memory before it was emptied; freed heap is not wiped.
class HeldText {
public:
    HeldText() = default;
    HeldText(const HeldText&) = delete;
    HeldText& operator=(const HeldText&) = delete;

    /// Empties every text-bearing widget under `root`, except `skip` and its children. Replaces what was held.
    /// False when locked memory could not be had: then nothing was emptied.
    bool hold(QWidget* root, const QWidget* skip = nullptr);
    /// Puts every held text back into the widgets that still exist, then wipes the held copy.
    void restore();
    /// Wipes the held copy without restoring it.
    void clear();
    bool holding() const { return !m_items.empty(); }
    std::size_t size() const { return m_items.size(); }

private:
    enum class Kind { LineEdit, PlainText, RichEdit, Label };
    struct Item {
        QPointer<QWidget> widget;
        Kind kind = Kind::Label;
        std::size_t offset = 0;
        std::size_t length = 0;
        int cursor = 0;
        int anchor = 0;
        int scrollV = 0;
        int scrollH = 0;
    };

    std::vector<Item> m_items;
    crypto::SecureBytes m_block;
};

} // namespace tend::ui
