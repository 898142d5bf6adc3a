#pragma once

#include <QTranslator>

namespace tend::ui {

/// The pseudo-locale (`--locale pseudo`, developer builds only; docs/translating.md): every interface string accented,
/// 40 % longer and in brackets — "[Ĝéţ ĥéļþ ñöŵ ~~~~~]" — so clipping, strings that skip tr() and sentences glued from
/// pieces show up before a translator meets them. Placeholders (%1, %n), markup and & mnemonics are kept.
class PseudoTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    /// The pseudo form of one string.
    static QString pseudo(const QString& text);
};

} // namespace tend::ui
