#include "tend/content/Guard.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <variant>

namespace tend::content {

namespace {

enum class Tok { LParen, RParen, Op, Has, And, Or, Not, True, False, Number, String, Ref, End };

struct Token {
    Tok type = Tok::End;
    std::string text;  // operator spelling, string value, reference card id
    std::string field; // reference field
    double number = 0;
    std::size_t column = 0; // 1-based
};

struct SyntaxError {
    std::size_t column;
    std::string message;
};

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Columns count characters, not bytes, so a guard with non-ASCII text still points at the right place.
class Lexer {
public:
    explicit Lexer(std::string_view text) : m_text(text) {}

    std::variant<std::vector<Token>, SyntaxError> run()
    {
        std::vector<Token> tokens;
        while (true) {
            skipSpace();
            const std::size_t column = m_column;
            if (m_pos >= m_text.size()) {
                tokens.push_back({Tok::End, {}, {}, 0, column});
                return tokens;
            }
            const char c = m_text[m_pos];
            if (c == '(' || c == ')') {
                tokens.push_back({c == '(' ? Tok::LParen : Tok::RParen, std::string(1, c), {}, 0, column});
                advance(1);
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                const char n = peek(1);
                if (c == '=' && n != '=')
                    return SyntaxError{column, "use \"==\" to compare"};
                if (c == '!' && n != '=')
                    return SyntaxError{column, "use \"not\" instead of \"!\""};
                const std::size_t length = n == '=' ? 2 : 1;
                tokens.push_back({Tok::Op, std::string(m_text.substr(m_pos, length)), {}, 0, column});
                advance(length);
            } else if (c == '&' || c == '|') {
                return SyntaxError{column, c == '&' ? "use \"and\" instead of \"&&\"" : "use \"or\" instead of \"||\""};
            } else if (c == '"') {
                auto token = readString(column);
                if (auto* error = std::get_if<SyntaxError>(&token))
                    return *error;
                tokens.push_back(std::get<Token>(token));
            } else if (isIdChar(c)) {
                auto token = readWord(column);
                if (auto* error = std::get_if<SyntaxError>(&token))
                    return *error;
                tokens.push_back(std::get<Token>(token));
            } else if (c >= 'A' && c <= 'Z') {
                return SyntaxError{column, "ids and words are lowercase"};
            } else {
                return SyntaxError{column, "unexpected character"};
            }
        }
    }

private:
    char peek(std::size_t ahead) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0'; }

    void advance(std::size_t bytes)
    {
        for (std::size_t i = 0; i < bytes && m_pos < m_text.size(); ++i, ++m_pos) {
            // Continuation bytes of UTF-8 do not start a new column.
            if ((static_cast<unsigned char>(m_text[m_pos]) & 0xC0) != 0x80)
                ++m_column;
        }
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            advance(1);
    }

    std::variant<Token, SyntaxError> readString(std::size_t column)
    {
        advance(1); // opening quote
        std::string value;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                advance(1);
                return Token{Tok::String, value, {}, 0, column};
            }
            if (c == '\\') {
                const char n = peek(1);
                if (n != '"' && n != '\\')
                    return SyntaxError{m_column, "only \\\" and \\\\ may follow a backslash in a string"};
                value += n;
                advance(2);
                continue;
            }
            value += c;
            advance(1);
        }
        return SyntaxError{column, "this string has no closing quote"};
    }

    std::variant<Token, SyntaxError> readWord(std::size_t column)
    {
        const std::size_t start = m_pos;
        std::size_t end = start;
        while (end < m_text.size() && isIdChar(m_text[end]))
            ++end;
        std::string_view word = m_text.substr(start, end - start);

        // A number: optional '-', digits, optional fraction; anything else made of id characters is an id.
        std::size_t i = word.front() == '-' ? 1 : 0;
        bool number = i < word.size() && isDigit(word[i]);
        while (number && i < word.size() && isDigit(word[i]))
            ++i;
        if (number && i == word.size() && end < m_text.size() && m_text[end] == '.' && end + 1 < m_text.size() &&
            isDigit(m_text[end + 1])) {
            ++end;
            while (end < m_text.size() && isDigit(m_text[end]))
                ++end;
            if (end < m_text.size() && isIdChar(m_text[end]))
                return SyntaxError{column, "this number is not well formed"};
            word = m_text.substr(start, end - start);
            i = word.size();
        }
        if (number && i == word.size()) {
            double value = 0;
            try {
                value = std::stod(std::string(word));
            } catch (...) {
                return SyntaxError{column, "this number is too large"};
            }
            if (!std::isfinite(value))
                return SyntaxError{column, "this number is too large"};
            advance(end - start);
            return Token{Tok::Number, std::string(word), {}, value, column};
        }
        if (word.front() == '-')
            return SyntaxError{column, "an id cannot start with \"-\""};

        advance(end - start);
        if (word == "and")
            return Token{Tok::And, "and", {}, 0, column};
        if (word == "or")
            return Token{Tok::Or, "or", {}, 0, column};
        if (word == "not")
            return Token{Tok::Not, "not", {}, 0, column};
        if (word == "has")
            return Token{Tok::Has, "has", {}, 0, column};
        if (word == "true")
            return Token{Tok::True, "true", {}, 0, column};
        if (word == "false")
            return Token{Tok::False, "false", {}, 0, column};

        Token ref{Tok::Ref, std::string(word), {}, 0, column};
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            advance(1);
            const std::size_t fieldStart = m_pos;
            while (m_pos < m_text.size() && (isIdChar(m_text[m_pos]) || m_text[m_pos] == '_'))
                advance(1);
            if (m_pos == fieldStart)
                return SyntaxError{m_column, "expected a field name after \".\""};
            ref.field = std::string(m_text.substr(fieldStart, m_pos - fieldStart));
        }
        return ref;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_column = 1;
};

} // namespace

struct Guard::Node {
    enum class Type { Or, And, Not, Compare, Truthy, Constant };
    struct Operand {
        bool isReference = false;
        GuardReference reference;
        nlohmann::json literal;
    };

    Type type = Type::Constant;
    std::vector<std::shared_ptr<const Node>> children; // Or, And: 2+; Not: 1
    std::string op;                                    // Compare
    Operand left;                                      // Compare, Truthy (reference)
    Operand right;                                     // Compare
    bool constant = false;                             // Constant
};

namespace {

using Node = Guard::Node;
using NodePtr = std::shared_ptr<const Node>;

class Parser {
public:
    Parser(const std::vector<Token>& tokens) : m_tokens(tokens) {}

    std::variant<NodePtr, SyntaxError> run()
    {
        auto root = parseOr(0);
        if (m_error)
            return *m_error;
        if (current().type != Tok::End) {
            if (current().type == Tok::RParen)
                return SyntaxError{current().column, "this \")\" has no matching \"(\""};
            return SyntaxError{current().column,
                               "expected \"and\", \"or\" or the end of the guard, found " + describe(current())};
        }
        return root;
    }

private:
    const Token& current() const { return m_tokens[m_index]; }
    void take()
    {
        if (m_index + 1 < m_tokens.size())
            ++m_index;
    }
    NodePtr fail(std::size_t column, std::string message)
    {
        if (!m_error)
            m_error = SyntaxError{column, std::move(message)};
        return nullptr;
    }

    static std::string describe(const Token& token)
    {
        switch (token.type) {
        case Tok::End:
            return "the end of the guard";
        case Tok::String:
            return "a string";
        case Tok::Number:
            return "the number " + token.text;
        case Tok::Ref:
            return "\"" + token.text + (token.field.empty() ? "" : "." + token.field) + "\"";
        default:
            return "\"" + token.text + "\"";
        }
    }

    NodePtr parseOr(int depth)
    {
        auto left = parseAnd(depth);
        if (m_error)
            return nullptr;
        if (current().type != Tok::Or)
            return left;
        auto node = std::make_shared<Node>();
        node->type = Node::Type::Or;
        node->children.push_back(left);
        while (current().type == Tok::Or) {
            take();
            auto right = parseAnd(depth);
            if (m_error)
                return nullptr;
            node->children.push_back(right);
        }
        return node;
    }

    NodePtr parseAnd(int depth)
    {
        auto left = parseUnary(depth);
        if (m_error)
            return nullptr;
        if (current().type != Tok::And)
            return left;
        auto node = std::make_shared<Node>();
        node->type = Node::Type::And;
        node->children.push_back(left);
        while (current().type == Tok::And) {
            take();
            auto right = parseUnary(depth);
            if (m_error)
                return nullptr;
            node->children.push_back(right);
        }
        return node;
    }

    NodePtr parseUnary(int depth)
    {
        if (depth >= Guard::kMaxDepth)
            return fail(current().column, "the guard is nested too deeply");
        const Token& token = current();
        if (token.type == Tok::Not) {
            take();
            auto child = parseUnary(depth + 1);
            if (m_error)
                return nullptr;
            auto node = std::make_shared<Node>();
            node->type = Node::Type::Not;
            node->children.push_back(child);
            return node;
        }
        if (token.type == Tok::LParen) {
            const std::size_t open = token.column;
            take();
            auto inner = parseOr(depth + 1);
            if (m_error)
                return nullptr;
            if (current().type != Tok::RParen)
                return fail(current().type == Tok::End ? open : current().column,
                            current().type == Tok::End ? "this \"(\" is never closed"
                                                       : "expected \")\", found " + describe(current()));
            take();
            return inner;
        }
        return parseComparison();
    }

    bool operand(Node::Operand& out, const char* after)
    {
        const Token& token = current();
        switch (token.type) {
        case Tok::Ref:
            out.isReference = true;
            out.reference = {token.text, token.field, token.column};
            break;
        case Tok::Number:
            out.literal = token.number;
            if (std::floor(token.number) == token.number && std::fabs(token.number) < 1e15)
                out.literal = static_cast<std::int64_t>(token.number);
            break;
        case Tok::String:
            out.literal = token.text;
            break;
        case Tok::True:
        case Tok::False:
            out.literal = token.type == Tok::True;
            break;
        default:
            fail(token.column, std::string("expected ") + after + ", found " + describe(token));
            return false;
        }
        take();
        return true;
    }

    NodePtr parseComparison()
    {
        const Token first = current();
        auto node = std::make_shared<Node>();
        if (!operand(node->left, "a card id, a value, \"not\" or \"(\""))
            return nullptr;
        const Token& op = current();
        if (op.type != Tok::Op && op.type != Tok::Has) {
            if (first.type == Tok::Ref) {
                node->type = Node::Type::Truthy;
                return node;
            }
            if (first.type == Tok::True || first.type == Tok::False) {
                node->type = Node::Type::Constant;
                node->constant = first.type == Tok::True;
                return node;
            }
            return fail(op.column, "expected a comparison (==, !=, <, <=, >, >=, has) after " + describe(first));
        }
        node->type = Node::Type::Compare;
        node->op = op.text;
        const std::string after = "a value after \"" + op.text + "\"";
        take();
        if (!operand(node->right, after.c_str()))
            return nullptr;
        if (!node->left.isReference && !node->right.isReference)
            return fail(first.column, "a comparison needs a card id on at least one side");
        if (current().type == Tok::Op || current().type == Tok::Has)
            return fail(current().column, "comparisons cannot be chained; join them with \"and\"");
        return node;
    }

    const std::vector<Token>& m_tokens;
    std::size_t m_index = 0;
    std::optional<SyntaxError> m_error;
};

enum class Kind { Number, String, Bool, List, Other };

Kind kindOf(const nlohmann::json& value)
{
    if (value.is_number())
        return Kind::Number;
    if (value.is_string())
        return Kind::String;
    if (value.is_boolean())
        return Kind::Bool;
    if (value.is_array())
        return Kind::List;
    return Kind::Other;
}

std::optional<nlohmann::json> valueOf(const Node::Operand& operand, const GuardLookup& lookup)
{
    if (!operand.isReference)
        return operand.literal;
    if (!lookup)
        return std::nullopt;
    auto value = lookup(operand.reference.card, operand.reference.field);
    if (value && value->is_null())
        return std::nullopt;
    return value;
}

bool truthy(const nlohmann::json& value)
{
    if (value.is_null())
        return false;
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_string())
        return !value.get_ref<const std::string&>().empty();
    if (value.is_array() || value.is_object())
        return !value.empty();
    return true;
}

bool compare(const std::string& op, const nlohmann::json& left, const nlohmann::json& right)
{
    if (op == "has") {
        if (!left.is_array())
            return false;
        for (const auto& item : left) {
            if (kindOf(item) == kindOf(right) && item == right)
                return true;
        }
        return false;
    }
    const Kind kind = kindOf(left);
    if (kind != kindOf(right) || kind == Kind::Other)
        return false;
    if (op == "==")
        return left == right;
    if (op == "!=")
        return left != right;
    if (kind == Kind::Number) {
        const double a = left.get<double>();
        const double b = right.get<double>();
        if (op == "<")
            return a < b;
        if (op == "<=")
            return a <= b;
        if (op == ">")
            return a > b;
        return a >= b;
    }
    if (kind == Kind::String) {
        const auto& a = left.get_ref<const std::string&>();
        const auto& b = right.get_ref<const std::string&>();
        if (op == "<")
            return a < b;
        if (op == "<=")
            return a <= b;
        if (op == ">")
            return a > b;
        return a >= b;
    }
    return false; // ordering is not defined for booleans and lists
}

bool evaluateNode(const Node& node, const GuardLookup& lookup)
{
    switch (node.type) {
    case Node::Type::Or:
        for (const auto& child : node.children) {
            if (evaluateNode(*child, lookup))
                return true;
        }
        return false;
    case Node::Type::And:
        for (const auto& child : node.children) {
            if (!evaluateNode(*child, lookup))
                return false;
        }
        return true;
    case Node::Type::Not:
        return !evaluateNode(*node.children.front(), lookup);
    case Node::Type::Constant:
        return node.constant;
    case Node::Type::Truthy: {
        auto value = valueOf(node.left, lookup);
        return value && truthy(*value);
    }
    case Node::Type::Compare: {
        auto left = valueOf(node.left, lookup);
        auto right = valueOf(node.right, lookup);
        if (!left || !right)
            return false;
        return compare(node.op, *left, *right);
    }
    }
    return false;
}

void collect(const Node& node, std::vector<GuardReference>* references, std::vector<GuardComparison>* comparisons)
{
    for (const auto& child : node.children)
        collect(*child, references, comparisons);
    if (node.type == Node::Type::Truthy && references)
        references->push_back(node.left.reference);
    if (node.type != Node::Type::Compare)
        return;
    if (references) {
        if (node.left.isReference)
            references->push_back(node.left.reference);
        if (node.right.isReference)
            references->push_back(node.right.reference);
    }
    if (comparisons && node.left.isReference != node.right.isReference) {
        const bool leftRef = node.left.isReference;
        std::string op = node.op;
        if (!leftRef && op != "has") { // `7 <= x` reads as `x >= 7`
            if (op == "<")
                op = ">";
            else if (op == "<=")
                op = ">=";
            else if (op == ">")
                op = "<";
            else if (op == ">=")
                op = "<=";
        }
        comparisons->push_back({leftRef ? node.left.reference : node.right.reference, op,
                                leftRef ? node.right.literal : node.left.literal});
    }
}

} // namespace

Result<Guard> Guard::parse(std::string_view text, GuardSyntaxError* detail)
{
    auto failWith = [&](std::size_t column, std::string message) -> Result<Guard> {
        if (detail)
            *detail = {column, message};
        return makeError("column " + std::to_string(column) + ": " + message);
    };
    if (text.size() > kMaxLength)
        return failWith(kMaxLength + 1, "the guard is longer than " + std::to_string(kMaxLength) + " characters");
    Lexer lexer(text);
    auto lexed = lexer.run();
    if (auto* error = std::get_if<SyntaxError>(&lexed))
        return failWith(error->column, error->message);
    const auto& tokens = std::get<std::vector<Token>>(lexed);
    if (tokens.size() == 1)
        return failWith(1, "the guard is empty");
    Parser parser(tokens);
    auto parsed = parser.run();
    if (auto* error = std::get_if<SyntaxError>(&parsed))
        return failWith(error->column, error->message);
    Guard guard;
    guard.m_text = std::string(text);
    guard.m_root = std::get<NodePtr>(parsed);
    return guard;
}

bool Guard::evaluate(const GuardLookup& lookup) const
{
    if (!m_root)
        return false;
    try {
        return evaluateNode(*m_root, lookup);
    } catch (...) {
        // A lookup that throws (or a value type nlohmann refuses to convert) must not escape: treat as false.
        return false;
    }
}

std::vector<GuardReference> Guard::references() const
{
    std::vector<GuardReference> references;
    if (m_root)
        collect(*m_root, &references, nullptr);
    std::stable_sort(references.begin(), references.end(),
                     [](const GuardReference& a, const GuardReference& b) { return a.column < b.column; });
    return references;
}

std::vector<GuardComparison> Guard::comparisons() const
{
    std::vector<GuardComparison> comparisons;
    if (m_root)
        collect(*m_root, nullptr, &comparisons);
    return comparisons;
}

} // namespace tend::content
