// The strict JSON object reader behind the document reader: members looked up
// by key, each value checked for its type and domain, every refusal naming the
// JSON path ("scenarios[2].self_hosted.review_rate: 1.7 is not in [0, 1]").
// Works on either JSON view of jsonnode.h (simdjson's or Qt's).
#pragma once

#include "core/io/jsonnode.h"
#include "core/model/inputdomain.h"
#include "core/model/inputschema.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace ftroi::reader {

struct Refusal {
    QString message;
};

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

template<typename Node>
QString describe(const Node &v)
{
    switch (v.kind()) {
    case NodeKind::Null: return QStringLiteral("null");
    case NodeKind::Bool: return v.boolean() ? QStringLiteral("true") : QStringLiteral("false");
    case NodeKind::Number: return QStringLiteral("the number ") + numberText(v.number());
    case NodeKind::String: {
        QString s = v.text();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QStringLiteral("the text \"%1\"").arg(s);
    }
    case NodeKind::Array: return QStringLiteral("a list");
    case NodeKind::Object: return QStringLiteral("an object");
    }
    return QStringLiteral("nothing");
}

// Any finite number up to kMaxInputValue (range ends, which their input's domain checks later).
inline constexpr InputDomain kAnyDomain{-std::numeric_limits<double>::infinity(), kMaxInputValue, false, false};

// Reads the members of one JSON object, refusing bad values with their path.
// Members are looked up by ASCII key (the last of duplicates wins, as in Qt);
// the ones never looked up are the unknown keys kept for re-saving.
template<typename NodeT>
class ObjectReader
{
public:
    using Node = NodeT;

    ObjectReader(const Node &object, QString path) : m_path(std::move(path)) { collect(object); }
    // A member object of `parent`: its path is only spelled out for a message.
    ObjectReader(const Node &object, const ObjectReader *parent, std::string_view key) : m_parent(parent), m_key(key)
    {
        collect(object);
    }
    // Item `index` of the root's list `key`: its path is only spelled out for a message.
    ObjectReader(const Node &object, std::string_view key, qsizetype index) : m_key(key), m_index(index) { collect(object); }

    QString path() const
    {
        if (m_parent)
            return m_parent->at(m_key);
        if (m_index >= 0)
            return QLatin1String(m_key.data(), qsizetype(m_key.size())) + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return m_path;
    }
    QString at(const char *key) const { return at(QString::fromLatin1(key)); }
    QString at(std::string_view key) const { return at(QString::fromLatin1(key.data(), qsizetype(key.size()))); }
    QString at(const QString &key) const
    {
        const QString base = path();
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }

    template<typename K>
    [[noreturn]] void refuse(const K &key, const QString &why) const
    {
        throw Refusal{at(key) + QStringLiteral(": ") + why};
    }

    bool has(std::string_view key) const { return find(key) != nullptr; }

    Node required(std::string_view key) const
    {
        const Node *v = find(key);
        if (!v)
            refuse(key, QStringLiteral("required key is missing"));
        return *v;
    }

    // A number in `domain`. The message names the domain as the format does:
    // "must be >= 0", "must be > 0", "is not in [0, 1]", "is not in (0, 24]".
    // Whole numbers are checked where the format asks for them (optionalCount).
    template<typename K>
    double checkedNumber(const K &key, const Node &v, const InputDomain &domain) const
    {
        if (v.kind() != NodeKind::Number)
            refuse(key, QStringLiteral("expected a number, found %1").arg(describe(v)));
        const double d = v.number();
        if (!std::isfinite(d))
            refuse(key, QStringLiteral("is not a finite number"));
        const bool belowLow = domain.lowOpen ? !(d > domain.low) : d < domain.low;
        if (domain.high >= kMaxInputValue) {
            if (belowLow)
                refuse(key, QStringLiteral("%1 must be %2 %3")
                                .arg(numberText(d), domain.lowOpen ? QStringLiteral(">") : QStringLiteral(">="),
                                     numberText(domain.low)));
        } else if (belowLow || !domain.belowHigh(d)) {
            refuse(key, QStringLiteral("%1 is not in %2%3, %4%5")
                            .arg(numberText(d), domain.lowOpen ? QStringLiteral("(") : QStringLiteral("["),
                                 numberText(domain.low), numberText(domain.high),
                                 domain.highOpen ? QStringLiteral(")") : QStringLiteral("]")));
        }
        if (domain.tooSmall(d))
            refuse(key, QStringLiteral("%1 is too small (at least %2)").arg(numberText(d), numberText(domain.smallest)));
        if (d > domain.largest)
            refuse(key, QStringLiteral("%1 is too large (at most %2)").arg(numberText(d), numberText(domain.largest)));
        return d;
    }

    double number(std::string_view key, const InputDomain &domain) const
    {
        return checkedNumber(key, required(key), domain);
    }

    std::optional<double> optionalNumber(std::string_view key, const InputDomain &domain) const
    {
        const Node *v = find(key);
        if (!v)
            return std::nullopt;
        return checkedNumber(key, *v, domain);
    }

    // An input of the schema (inputschema.h): its key and domain come from there,
    // and a whole-number input must be whole.
    double input(const InputSpec &spec) const
    {
        const double d = number(spec.key(), spec.domain);
        if (spec.domain.integer && d != std::floor(d))
            refuse(spec.key(), QStringLiteral("%1 is not a whole number").arg(numberText(d)));
        return d;
    }
    std::optional<double> optionalInput(const InputSpec &spec) const { return optionalNumber(spec.key(), spec.domain); }

    // An optional whole number >= 0.
    std::optional<double> optionalCount(std::string_view key) const
    {
        const Node *v = find(key);
        if (!v)
            return std::nullopt;
        const double d = checkedNumber(key, *v, kNonNegativeDomain);
        if (d != std::floor(d))
            refuse(key, QStringLiteral("%1 is not a whole number").arg(numberText(d)));
        return d;
    }

    QString text(std::string_view key) const { return checkedText(key, required(key)).text(); }

    // Short texts that repeat from scenario to scenario (models, instances, codes).
    QString sharedText(std::string_view key) const { return checkedText(key, required(key)).sharedText(); }

    QString optionalSharedText(std::string_view key) const
    {
        const Node *v = find(key);
        return v ? checkedText(key, *v).sharedText() : QString();
    }

    bool boolean(std::string_view key) const
    {
        const Node v = required(key);
        if (v.kind() != NodeKind::Bool)
            refuse(key, QStringLiteral("expected true or false, found %1").arg(describe(v)));
        return v.boolean();
    }

    template<typename K>
    Node objectNode(const K &key, const Node &v) const
    {
        if (v.kind() != NodeKind::Object)
            refuse(key, QStringLiteral("expected an object, found %1").arg(describe(v)));
        return v;
    }

    Node object(std::string_view key) const { return objectNode(key, required(key)); }

    // The reader of the object member `key` (refused when it is not an object).
    ObjectReader child(std::string_view key) const { return ObjectReader(object(key), this, key); }

    template<typename Enum>
    Enum code(std::string_view key, std::optional<Enum> (*parse)(const QString &), const char *allowed) const
    {
        const QString t = sharedText(key);
        const std::optional<Enum> value = parse(t);
        if (!value)
            refuse(key, QStringLiteral("\"%1\" is not one of %2").arg(t, QLatin1String(allowed)));
        return *value;
    }

    // Every member, in document order, marked as known.
    template<typename F>
    void forEachMember(F f) const
    {
        for (const Member &m : m_members) {
            m.used = true;
            f(Node::keyText(m.key), m.value);
        }
    }

    // The members never looked up, plus the unknown keys of known child objects.
    // Inserted in key order: a QJsonObject keeps its keys sorted, so each insert
    // lands at the end (linear in the number of keys, not quadratic).
    QJsonObject unknown(std::initializer_list<std::pair<const char *, QJsonObject>> children = {}) const
    {
        std::vector<std::pair<QString, const Member *>> unused;
        for (const Member &m : m_members)
            if (!m.used)
                unused.emplace_back(Node::keyText(m.key), &m);
        std::sort(unused.begin(), unused.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonObject o;
        for (const auto &[key, member] : unused)
            o.insert(key, member->value.toQt());
        for (const auto &[key, unknownOfChild] : children)
            if (!unknownOfChild.isEmpty())
                o.insert(QLatin1String(key), unknownOfChild);
        return o;
    }

private:
    const Node &checkedText(std::string_view key, const Node &v) const
    {
        if (v.kind() != NodeKind::String)
            refuse(key, QStringLiteral("expected text, found %1").arg(describe(v)));
        return v;
    }

    static quint64 bloomBit(quint64 print) { return quint64(1) << ((print * 0x9E3779B97F4A7C15ull) >> 58); }

    void collect(const Node &object)
    {
        object.forEachMember([this](const typename Node::Key &key, const Node &value) {
            const quint64 print = Node::print(key);
            m_bloom |= bloomBit(print);
            m_members.push_back({key, print, value, false});
        });
    }

    struct Member {
        typename Node::Key key;
        quint64 print;
        Node value;
        mutable bool used;
    };

    // The value of `ascii`, or null. Keys never repeat in an object (strictjson.h
    // refuses it before), so the first match is the one. Keys are usually looked
    // up in document order, so the search starts after the last one found.
    const Node *find(std::string_view ascii) const
    {
        const quint64 print = keyPrint(ascii);
        if (!(m_bloom & bloomBit(print)))
            return nullptr;
        const qsizetype n = m_members.size();
        for (qsizetype k = 0, i = m_next; k < n; ++k, i = i + 1 == n ? 0 : i + 1) {
            const Member &m = m_members[i];
            if (m.print == print && Node::keyEquals(m.key, ascii)) {
                m.used = true;
                m_next = i + 1 == n ? 0 : i + 1;
                return &m.value;
            }
        }
        return nullptr;
    }

    QVarLengthArray<Member, 16> m_members; // no allocation for the usual handful of keys
    quint64 m_bloom = 0;       // bloomBit() of every member's print
    mutable qsizetype m_next = 0; // where the next look-up starts
    QString m_path;
    const ObjectReader *m_parent = nullptr;
    std::string_view m_key;
    qsizetype m_index = -1;
};

} // namespace ftroi::reader
