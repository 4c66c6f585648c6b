#pragma once

#include <QString>
#include <QStringView>

namespace Aivizor {

// HTML character references: the named ones that forum posts actually use, plus numeric ones.
namespace HtmlEntities {

// Decodes the character reference that starts at text[pos] (which must be '&') and appends the
// result to out. Returns the number of characters consumed, or 0 when there is no reference there
// (the caller then keeps the '&' literally). In attribute values a legacy reference without ';'
// followed by a letter, digit or '=' is not decoded, so query strings such as "?a=1&copy=2" survive.
qsizetype decodeAt(QStringView text, qsizetype pos, bool inAttribute, QString &out);

// Decodes every character reference in text.
QString decode(QStringView text, bool inAttribute);

// Appends text escaped for HTML and XML: & < > (and " in attribute values) as references; control
// characters, U+FFFE and U+FFFF dropped and lone surrogates replaced, as XML allows none of them.
void appendEscaped(QString &out, QStringView text, bool attribute);

} // namespace HtmlEntities

} // namespace Aivizor
