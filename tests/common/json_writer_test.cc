// JsonWriter writes into its string's storage ahead of the text: what the string holds after
// Finish (or the writer's end) is exactly the JSON, appended to what was there, however the
// storage had to grow.
#include "common/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kabar {
namespace {

TEST(JsonWriter, AppendsToWhatTheStringHeld) {
  std::string out = "prefix ";
  {
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("a");
    w.Int(-12);
    w.Key("b");
    w.Strings({"x", "y\"z"});
    w.StringKey("k\n");
    w.Null();
    w.Key("c");
    w.Bool(false);
    w.EndObject();
  }
  EXPECT_EQ(out, R"(prefix {"a":-12,"b":["x","y\"z"],"k\n":null,"c":false})");
}

TEST(JsonWriter, FinishTrimsAndWritingGoesOn) {
  std::string out;
  out.reserve(1000);
  JsonWriter w(&out);
  w.BeginArray();
  w.Uint(7);
  w.Finish();
  EXPECT_EQ(out, "[7");
  w.String("tail");
  w.EndArray();
  w.Finish();
  EXPECT_EQ(out, R"([7,"tail"])");
}

TEST(JsonWriter, GrowsPastTheStorageItStartedWith) {
  std::vector<std::string> values;
  for (int i = 0; i < 300; ++i) {
    values.push_back(std::string(static_cast<size_t>(i * 7), 'a') + (i % 3 == 0 ? "\"\\\t" : "") +
                     (i % 5 == 0 ? "caf\xC3\xA9" : "") + (i % 7 == 0 ? "\x01" : ""));
  }
  values.push_back("bad \xFF utf-8");
  std::string out;
  {
    JsonWriter w(&out);
    w.Strings(values);
  }
  EXPECT_EQ(out,
            nlohmann::json(values).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

TEST(AppendJsonString, AppendsOneLiteral) {
  std::string out = "x=";
  AppendJsonString("say \"hi\"", &out);
  EXPECT_EQ(out, R"(x="say \"hi\"")");
  AppendJsonString("", &out);
  EXPECT_EQ(out, R"(x="say \"hi\"""")");
}

}  // namespace
}  // namespace kabar
