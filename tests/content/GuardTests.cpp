// The `when` guard language: parsing, errors with columns, and evaluation against answers.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "tend/content/Guard.h"

using nlohmann::json;
using tend::content::Guard;
using tend::content::GuardSyntaxError;

namespace {

// Answers keyed "card" or "card.field".
struct Answers {
    std::map<std::string, json> values;

    tend::content::GuardLookup lookup() const
    {
        return [this](std::string_view card, std::string_view field) -> std::optional<json> {
            std::string key(card);
            if (!field.empty())
                key += "." + std::string(field);
            auto it = values.find(key);
            if (it == values.end())
                return std::nullopt;
            return it->second;
        };
    }
};

bool holds(const std::string& text, const Answers& answers)
{
    auto guard = Guard::parse(text);
    INFO(text);
    REQUIRE(guard.ok());
    return guard->evaluate(answers.lookup());
}

GuardSyntaxError errorOf(const std::string& text)
{
    GuardSyntaxError error;
    auto guard = Guard::parse(text, &error);
    INFO(text);
    REQUIRE_FALSE(guard.ok());
    CHECK(guard.error().message.rfind("column " + std::to_string(error.column) + ": ", 0) == 0);
    return error;
}

} // namespace

TEST_CASE("the documented guard examples parse and evaluate")
{
    Answers answers;
    answers.values = {{"checkin-before.level", 8},
                      {"checkin-before.state", "racing"},
                      {"needs", json::array({"space", "assurance"})},
                      {"ready", "yes"},
                      {"checkin-after.level", 4}};
    CHECK(holds("checkin-before.level >= 7", answers));
    CHECK(holds("checkin-before.state == \"racing\"", answers));
    CHECK(holds("needs has \"space\"", answers));
    CHECK(holds("ready == \"yes\" and not (checkin-after.level > 6)", answers));

    answers.values["checkin-before.level"] = 6;
    answers.values["checkin-after.level"] = 7;
    CHECK_FALSE(holds("checkin-before.level >= 7", answers));
    CHECK_FALSE(holds("needs has \"solitude\"", answers));
    CHECK_FALSE(holds("ready == \"yes\" and not (checkin-after.level > 6)", answers));
}

TEST_CASE("and binds tighter than or, not binds tightest, parentheses group")
{
    Answers answers;
    answers.values = {{"a", true}, {"b", false}, {"c", false}};
    CHECK(holds("a or b and c", answers)); // a or (b and c)
    CHECK_FALSE(holds("(a or b) and c", answers));
    CHECK_FALSE(holds("not a or b", answers)); // (not a) or b
    CHECK(holds("not (a and b)", answers));
    CHECK(holds("not not a", answers));
    CHECK(holds("a and (b or not c)", answers));
}

TEST_CASE("every comparison operator on numbers and strings")
{
    Answers answers;
    answers.values = {{"n", 5}, {"s", "2026-05-01T18:30:00Z"}, {"f", 2.5}};
    CHECK(holds("n == 5", answers));
    CHECK(holds("n != 4", answers));
    CHECK(holds("n < 6", answers));
    CHECK(holds("n <= 5", answers));
    CHECK(holds("n > 4", answers));
    CHECK(holds("n >= 5", answers));
    CHECK_FALSE(holds("n > 5", answers));
    CHECK(holds("f < 2.75", answers));
    CHECK(holds("n > -1", answers));
    CHECK(holds("s < \"2026-06-01T00:00:00Z\"", answers)); // ISO times order as text
    CHECK(holds("7 > n", answers));                        // the literal may come first
    CHECK(holds("n == 5.0", answers));
}

TEST_CASE("references may be compared with each other")
{
    Answers answers;
    answers.values = {{"checkin-before.level", 8}, {"checkin-after.level", 4}};
    CHECK(holds("checkin-after.level < checkin-before.level", answers));
    CHECK_FALSE(holds("checkin-after.level >= checkin-before.level", answers));
}

TEST_CASE("an unanswered reference makes its comparison false, whatever the operator")
{
    Answers none;
    CHECK_FALSE(holds("x == 1", none));
    CHECK_FALSE(holds("x != 1", none));
    CHECK_FALSE(holds("x < 1", none));
    CHECK_FALSE(holds("x has \"a\"", none));
    CHECK_FALSE(holds("x", none));
    CHECK(holds("not (x == 1)", none));
    CHECK(holds("not x", none));
    Answers nulls;
    nulls.values = {{"x", nullptr}};
    CHECK_FALSE(holds("x == 1", nulls));
}

TEST_CASE("values of different types never compare equal or unequal")
{
    Answers answers;
    answers.values = {{"n", 5}, {"s", "5"}, {"b", true}, {"l", json::array({1, 2})}};
    CHECK_FALSE(holds("n == \"5\"", answers));
    CHECK_FALSE(holds("n != \"5\"", answers));
    CHECK_FALSE(holds("s > 4", answers));
    CHECK_FALSE(holds("b < true", answers)); // booleans have no order
    CHECK(holds("b == true", answers));
    CHECK_FALSE(holds("l == 1", answers));
    CHECK(holds("l has 2", answers));
    CHECK_FALSE(holds("l has \"2\"", answers));
    CHECK_FALSE(holds("s has \"5\"", answers)); // has needs a list
}

TEST_CASE("a bare reference holds when its answer is present and not empty or false")
{
    Answers answers;
    answers.values = {{"t", "text"}, {"e", ""}, {"z", 0}, {"f", false}, {"l", json::array()}, {"o", json::object()}};
    CHECK(holds("t", answers));
    CHECK_FALSE(holds("e", answers));
    CHECK(holds("z", answers)); // zero is an answer
    CHECK_FALSE(holds("f", answers));
    CHECK_FALSE(holds("l", answers));
    CHECK_FALSE(holds("o", answers));
    CHECK(holds("true", answers));
    CHECK_FALSE(holds("false", answers));
}

TEST_CASE("references, fields and comparisons are reported for the validator")
{
    auto guard = Guard::parse("needs has \"space\" or (checkin-before.level >= 7 and 3 > other.level)");
    REQUIRE(guard.ok());
    const auto refs = guard->references();
    REQUIRE(refs.size() == 3);
    CHECK(refs[0].card == "needs");
    CHECK(refs[0].field.empty());
    CHECK(refs[0].column == 1);
    CHECK(refs[1].card == "checkin-before");
    CHECK(refs[1].field == "level");
    CHECK(refs[1].column == 23);
    CHECK(refs[2].card == "other");
    const auto comparisons = guard->comparisons();
    REQUIRE(comparisons.size() == 3);
    CHECK(comparisons[0].op == "has");
    CHECK(comparisons[0].literal == "space");
    CHECK(comparisons[1].op == ">=");
    CHECK(comparisons[1].literal == 7);
    CHECK(comparisons[2].reference.card == "other");
    CHECK(comparisons[2].op == "<"); // `3 > other.level` reads as `other.level < 3`
    CHECK(guard->text() == "needs has \"space\" or (checkin-before.level >= 7 and 3 > other.level)");
}

TEST_CASE("ids with digits and dashes, and negative numbers, are told apart")
{
    Answers answers;
    answers.values = {{"5-4-3-2-1", "done"}, {"step2-check.level", -3}};
    CHECK(holds("5-4-3-2-1 == \"done\"", answers));
    CHECK(holds("step2-check.level == -3", answers));
    CHECK(holds("step2-check.level < -2.5", answers));
}

TEST_CASE("strings may hold escaped quotes and any text")
{
    Answers answers;
    answers.values = {{"p", "say \"hi\" \\ ok"}, {"q", "Grüße"}};
    CHECK(holds("p == \"say \\\"hi\\\" \\\\ ok\"", answers));
    CHECK(holds("q == \"Grüße\"", answers));
}

TEST_CASE("guards that do not parse name the column of the problem")
{
    CHECK(errorOf("").column == 1);
    CHECK(errorOf("   ").message == "the guard is empty");
    {
        auto e = errorOf("level >=");
        CHECK(e.column == 9);
        CHECK(e.message == "expected a value after \">=\", found the end of the guard");
    }
    {
        auto e = errorOf("a.level = 3");
        CHECK(e.column == 9);
        CHECK(e.message == "use \"==\" to compare");
    }
    {
        auto e = errorOf("(a == 1");
        CHECK(e.column == 1);
        CHECK(e.message == "this \"(\" is never closed");
    }
    {
        auto e = errorOf("a == 1)");
        CHECK(e.column == 7);
        CHECK(e.message == "this \")\" has no matching \"(\"");
    }
    {
        auto e = errorOf("a and");
        CHECK(e.column == 6);
    }
    {
        auto e = errorOf("a == \"open");
        CHECK(e.column == 6);
        CHECK(e.message == "this string has no closing quote");
    }
    {
        auto e = errorOf("Ready == 1");
        CHECK(e.column == 1);
        CHECK(e.message == "ids and words are lowercase");
    }
    {
        auto e = errorOf("a == 1 == 2");
        CHECK(e.column == 8);
        CHECK(e.message == "comparisons cannot be chained; join them with \"and\"");
    }
    {
        auto e = errorOf("1 == 1");
        CHECK(e.column == 1);
    }
    CHECK(errorOf("a && b").message == "use \"and\" instead of \"&&\"");
    CHECK(errorOf("a || b").message == "use \"or\" instead of \"||\"");
    CHECK(errorOf("!a").message == "use \"not\" instead of \"!\"");
    CHECK(errorOf("a == 1 b").column == 8);
    CHECK(errorOf("a.").column == 3);
    CHECK(errorOf("a == 1.2.3").column >= 6);
    CHECK(errorOf("a == #").column == 6);
    CHECK(errorOf("a has").column == 6);
    CHECK(errorOf("\"x\"").column == 4);
    CHECK(errorOf("-a == 1").column == 1);
    // Columns count characters, not bytes.
    CHECK(errorOf("a == \"ü\" b").column == 10);
}

TEST_CASE("guards are bounded in length and nesting")
{
    std::string deep(Guard::kMaxDepth + 1, '(');
    deep += "a";
    deep += std::string(Guard::kMaxDepth + 1, ')');
    CHECK(errorOf(deep).message == "the guard is nested too deeply");
    std::string nots;
    for (int i = 0; i < 100; ++i)
        nots += "not ";
    CHECK(errorOf(nots + "a").message == "the guard is nested too deeply");

    std::string shallow(Guard::kMaxDepth - 1, '(');
    shallow += "a";
    shallow += std::string(Guard::kMaxDepth - 1, ')');
    CHECK(Guard::parse(shallow).ok());

    std::string longGuard = "a";
    while (longGuard.size() <= Guard::kMaxLength)
        longGuard += " or a";
    CHECK_FALSE(Guard::parse(longGuard).ok());

    // A long but flat guard within the limit parses and evaluates without recursion trouble.
    std::string wide = "a";
    while (wide.size() + 5 < Guard::kMaxLength)
        wide += " or a";
    auto guard = Guard::parse(wide);
    REQUIRE(guard.ok());
    Answers answers;
    answers.values = {{"a", true}};
    CHECK(guard->evaluate(answers.lookup()));
}

TEST_CASE("evaluation never throws, even when the lookup does")
{
    auto guard = Guard::parse("a == 1 or b");
    REQUIRE(guard.ok());
    CHECK_FALSE(guard->evaluate(
        [](std::string_view, std::string_view) -> std::optional<json> { throw std::runtime_error("boom"); }));
    CHECK_FALSE(guard->evaluate(nullptr));
}
