#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/platform/accessibility_mirror.h"

using namespace capwalk::platform;

namespace {
MirrorNode node(std::uint32_t id, MirrorRole role, std::string name) {
  MirrorNode n;
  n.id = id;
  n.role = role;
  n.name = std::move(name);
  n.rect = {10, 20, 300, 48};
  return n;
}
}  // namespace

TEST_CASE("Accessible names are the visible part of an ImGui label") {
  CHECK(visible_label("Start") == "Start");
  CHECK(visible_label("Delete##row3") == "Delete");
  CHECK(visible_label("  Next  ##next") == "Next");
  CHECK(visible_label("###only-id") == "");
  CHECK(visible_label("") == "");
  CHECK(visible_label(nullptr) == "");
}

TEST_CASE("A snapshot becomes JSON the page's glue can read") {
  MirrorSnapshot s;
  s.title = "Welcome \xE2\x80\x93 capwalk";
  s.content_height = 812.3f;
  MirrorNode h = node(1, MirrorRole::Heading, "Find the training");
  h.level = 1;
  s.nodes.push_back(h);
  MirrorNode box = node(2, MirrorRole::Checkbox, "I'd like training on this");
  box.checked = true;
  s.nodes.push_back(box);
  MirrorNode radio = node(3, MirrorRole::Radio, "Not yet");
  radio.group = "How confident are you?";
  s.nodes.push_back(radio);
  MirrorNode bar = node(4, MirrorRole::ProgressBar, "Progress");
  bar.value = "7 of 18";
  bar.value_now = 7;
  bar.value_max = 18;
  s.nodes.push_back(bar);
  MirrorNode off = node(5, MirrorRole::Button, "Next");
  off.disabled = true;
  s.nodes.push_back(off);

  const auto j = nlohmann::json::parse(to_json(s));
  CHECK(j["title"] == "Welcome \xE2\x80\x93 capwalk");
  CHECK(j["height"].get<double>() == Approx(812.25));  // rounded to 1/8 px
  REQUIRE(j["nodes"].size() == 5);
  CHECK(j["nodes"][0]["role"] == "heading");
  CHECK(j["nodes"][0]["level"] == 1);
  CHECK(j["nodes"][0]["rect"] == nlohmann::json::array({10, 20, 300, 48}));
  CHECK(j["nodes"][1]["role"] == "checkbox");
  CHECK(j["nodes"][1]["checked"] == true);
  CHECK(j["nodes"][2]["group"] == "How confident are you?");
  CHECK(j["nodes"][2]["checked"] == false);
  CHECK(j["nodes"][3]["value"] == "7 of 18");
  CHECK(j["nodes"][3]["now"] == 7);
  CHECK(j["nodes"][3]["max"] == 18);
  CHECK(j["nodes"][4]["disabled"] == true);
  CHECK_FALSE(j["nodes"][0].contains("disabled"));
  CHECK_FALSE(j["nodes"][0].contains("checked"));
}

TEST_CASE("Text that is not valid UTF-8 never breaks the mirror") {
  MirrorSnapshot s;
  s.nodes.push_back(node(1, MirrorRole::Text, std::string("bad \xFF byte")));
  const auto j = nlohmann::json::parse(to_json(s));
  CHECK(j["nodes"][0]["name"].get<std::string>().find("bad ") == 0);
}

TEST_CASE("Snapshots compare equal only when nothing a person could notice changed") {
  MirrorSnapshot a;
  a.title = "t";
  a.nodes.push_back(node(1, MirrorRole::Button, "Start"));
  MirrorSnapshot b = a;
  CHECK(a == b);
  b.nodes[0].rect.y += 1;
  CHECK(a != b);
  b = a;
  b.nodes[0].checked = true;
  CHECK(a != b);
  b = a;
  b.content_height = 10;
  CHECK(a != b);
}

TEST_CASE("The in-memory mirror records what was published") {
  MemoryAccessibilityMirror mirror;
  MirrorSnapshot s;
  s.nodes.push_back(node(7, MirrorRole::Button, "Start"));
  mirror.publish(s);
  CHECK(mirror.publish_count == 1);
  REQUIRE(mirror.find(MirrorRole::Button, "Start") != nullptr);
  CHECK(mirror.find(MirrorRole::Button, "Start")->id == 7);
  CHECK(mirror.find(MirrorRole::Heading, "Start") == nullptr);
}

TEST_CASE("A text box with a limit tells the page, so its field takes no more") {
  MirrorSnapshot s;
  MirrorNode limited = node(1, MirrorRole::TextBox, "Private note (optional)");
  limited.max_length = 500;
  s.nodes.push_back(limited);
  s.nodes.push_back(node(2, MirrorRole::TextBox, "Search roles"));
  const auto j = nlohmann::json::parse(to_json(s));
  CHECK(j["nodes"][0]["maxlength"] == 500);
  CHECK_FALSE(j["nodes"][1].contains("maxlength"));
  MirrorSnapshot other = s;
  other.nodes[0].max_length = 200;
  CHECK(s != other);
}

TEST_CASE("A copy button tells the page what it copies, so the page copies it in the click itself") {
  MirrorSnapshot s;
  MirrorNode copy = node(1, MirrorRole::Button, "Copy link");
  copy.copies = "https://example.org/#r=AAAA";
  s.nodes.push_back(copy);
  s.nodes.push_back(node(2, MirrorRole::Button, "Next"));
  const auto j = nlohmann::json::parse(to_json(s));
  CHECK(j["nodes"][0]["copies"] == "https://example.org/#r=AAAA");
  CHECK_FALSE(j["nodes"][1].contains("copies"));
  MirrorSnapshot other = s;
  other.nodes[0].copies = "https://example.org/#r=BBBB";
  CHECK(s != other);
}

TEST_CASE("A link tells the page its address, so the page's own anchor opens it") {
  MirrorSnapshot s;
  MirrorNode link = node(1, MirrorRole::Link, "Suicide awareness in 20 minutes");
  link.href = "https://example.org/x";
  s.nodes.push_back(link);
  s.nodes.push_back(node(2, MirrorRole::Button, "Next"));
  CHECK(std::string(to_string(MirrorRole::Link)) == "link");
  const auto j = nlohmann::json::parse(to_json(s));
  CHECK(j["nodes"][0]["role"] == "link");
  CHECK(j["nodes"][0]["name"] == "Suicide awareness in 20 minutes");
  CHECK(j["nodes"][0]["href"] == "https://example.org/x");
  CHECK_FALSE(j["nodes"][1].contains("href"));
  MirrorSnapshot other = s;
  other.nodes[0].href = "https://example.org/y";
  CHECK(s != other);
}
