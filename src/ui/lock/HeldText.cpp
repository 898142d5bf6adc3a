#include "ui/lock/HeldText.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTextEdit>

#include <sodium.h>

#include <cstring>

namespace tend::ui {
namespace {

QString textOf(QWidget* widget, int& kind)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        kind = 0;
        return line->text();
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        kind = 1;
        return plain->toPlainText();
    }
    if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
        if (rich->document()->isEmpty())
            return {};
        kind = 2;
        return rich->toHtml();
    }
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        kind = 3;
        return label->text();
    }
    return {};
}

QAbstractScrollArea* scrollAreaOf(QWidget* widget)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        return plain;
    return qobject_cast<QTextEdit*>(widget);
}

} // namespace

bool HeldText::hold(QWidget* root, const QWidget* skip)
{
    clear();
    if (!root)
        return true;
    // First pass: what there is, and how many bytes it needs.
    struct Found {
        QWidget* widget;
        int kind;
        QByteArray utf8;
    };
    std::vector<Found> found;
    std::size_t total = 0;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (skip && (widget == skip || skip->isAncestorOf(widget)))
            continue;
        int kind = -1;
        const QString text = textOf(widget, kind);
        if (kind < 0 || text.isEmpty())
            continue;
        QByteArray utf8 = text.toUtf8();
        total += std::size_t(utf8.size());
        found.push_back({widget, kind, std::move(utf8)});
    }
    auto block = crypto::SecureBytes::allocate(total > 0 ? total : 1);
    if (!block) {
        for (Found& f : found)
            sodium_memzero(f.utf8.data(), std::size_t(f.utf8.size()));
        return false;
    }
    m_block = std::move(*block);
    std::size_t offset = 0;
    for (Found& f : found) {
        Item item;
        item.widget = f.widget;
        item.kind = Kind(f.kind);
        item.offset = offset;
        item.length = std::size_t(f.utf8.size());
        std::memcpy(m_block.mutableData() + offset, f.utf8.constData(), item.length);
        sodium_memzero(f.utf8.data(), item.length);
        offset += item.length;
        const QSignalBlocker quiet(f.widget);
        if (auto* line = qobject_cast<QLineEdit*>(f.widget)) {
            item.cursor = line->cursorPosition();
            line->clear();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(f.widget)) {
            item.cursor = plain->textCursor().position();
            item.anchor = plain->textCursor().anchor();
            item.scrollV = plain->verticalScrollBar()->value();
            item.scrollH = plain->horizontalScrollBar()->value();
            const QSignalBlocker quietDoc(plain->document());
            plain->clear();
        } else if (auto* rich = qobject_cast<QTextEdit*>(f.widget)) {
            item.cursor = rich->textCursor().position();
            item.anchor = rich->textCursor().anchor();
            item.scrollV = rich->verticalScrollBar()->value();
            item.scrollH = rich->horizontalScrollBar()->value();
            const QSignalBlocker quietDoc(rich->document());
            rich->clear();
        } else if (auto* label = qobject_cast<QLabel*>(f.widget)) {
            label->clear();
        }
        m_items.push_back(item);
    }
    return true;
}

void HeldText::restore()
{
    for (const Item& item : m_items) {
        QWidget* widget = item.widget.data();
        if (!widget)
            continue;
        const QString text =
            QString::fromUtf8(reinterpret_cast<const char*>(m_block.data()) + item.offset, qsizetype(item.length));
        const QSignalBlocker quiet(widget);
        switch (item.kind) {
        case Kind::LineEdit: {
            auto* line = static_cast<QLineEdit*>(widget);
            line->setText(text);
            line->setCursorPosition(item.cursor);
            break;
        }
        case Kind::PlainText:
        case Kind::RichEdit: {
            QTextCursor cursor;
            if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
                const QSignalBlocker quietDoc(plain->document());
                plain->setPlainText(text);
                cursor = plain->textCursor();
            } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
                const QSignalBlocker quietDoc(rich->document());
                rich->setHtml(text);
                cursor = rich->textCursor();
            }
            const int end = cursor.document() ? cursor.document()->characterCount() - 1 : 0;
            cursor.setPosition(std::clamp(item.anchor, 0, end));
            cursor.setPosition(std::clamp(item.cursor, 0, end), QTextCursor::KeepAnchor);
            if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
                plain->setTextCursor(cursor);
            else if (auto* rich = qobject_cast<QTextEdit*>(widget))
                rich->setTextCursor(cursor);
            if (QAbstractScrollArea* area = scrollAreaOf(widget)) {
                area->verticalScrollBar()->setValue(item.scrollV);
                area->horizontalScrollBar()->setValue(item.scrollH);
            }
            break;
        }
        case Kind::Label:
            static_cast<QLabel*>(widget)->setText(text);
            break;
        }
    }
    clear();
}

void HeldText::clear()
{
    m_items.clear();
    m_block = crypto::SecureBytes();
}

} // namespace tend::ui
