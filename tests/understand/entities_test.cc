// Entity finding and merging on hand-written paragraphs.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "kabar/understand.h"

namespace kabar {
namespace {

Article Understood(std::vector<std::string> body, std::string title = "") {
  Article a;
  a.title = std::move(title);
  a.body = std::move(body);
  if (const Understander* u = DefaultUnderstander()) u->Understand(&a);
  return a;
}

const EntityMention* Find(const Article& a, const std::string& name) {
  for (const EntityMention& e : a.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool HasAlias(const EntityMention& e, const std::string& spelling) {
  return std::find(e.aliases.begin(), e.aliases.end(), spelling) != e.aliases.end();
}

TEST(Entities, ShortMentionsJoinTheFullName) {
  Article a = Understood({
      "Presiden Prancis Emmanuel Macron bertemu Kanselir Jerman Olaf Scholz di Berlin.",
      "Macron mengatakan kedua negara sepakat memperkuat industri pertahanan Eropa.",
      "Scholz menyambut baik usulan itu.",
  });
  const EntityMention* macron = Find(a, "Emmanuel Macron");
  ASSERT_NE(macron, nullptr);
  EXPECT_EQ(macron->type, "PER");
  EXPECT_EQ(macron->mentions, 2);
  EXPECT_TRUE(HasAlias(*macron, "Macron"));
  EXPECT_EQ(Find(a, "Macron"), nullptr);
  const EntityMention* scholz = Find(a, "Olaf Scholz");
  ASSERT_NE(scholz, nullptr);
  EXPECT_EQ(scholz->mentions, 2);
  EXPECT_NE(Find(a, "Prancis"), nullptr);
  EXPECT_NE(Find(a, "Jerman"), nullptr);
}

TEST(Entities, SpellingsAndLanguagesJoinOneCanonicalName) {
  Article id = Understood({"Korut kembali menembakkan rudal, kata militer Korea Selatan.",
                           "Pemimpin Korea Utara Kim Jong-un menyaksikan peluncuran itu."});
  Article en = Understood({"North Korea fired a missile on Sunday, South Korea said.",
                           "The DPRK leader Kim Jong Un watched the launch with Russia's envoy."});
  for (const Article* a : {&id, &en}) {
    EXPECT_NE(Find(*a, "Korea Utara"), nullptr);
    EXPECT_NE(Find(*a, "Korea Selatan"), nullptr);
    EXPECT_NE(Find(*a, "Kim Jong Un"), nullptr);
  }
  const EntityMention* nk = Find(id, "Korea Utara");
  ASSERT_NE(nk, nullptr);
  EXPECT_EQ(nk->mentions, 2);
  EXPECT_TRUE(HasAlias(*nk, "Korut"));
  EXPECT_EQ(nk->type, "LOC");
  const EntityMention* nk_en = Find(en, "Korea Utara");
  ASSERT_NE(nk_en, nullptr);
  EXPECT_TRUE(HasAlias(*nk_en, "North Korea"));
  EXPECT_TRUE(HasAlias(*nk_en, "DPRK"));
}

TEST(Entities, UserAliasFileExtendsTheTable) {
  char path[] = "/tmp/kabar_aliases_XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  std::string text = "Jakarta International Stadium\tLOC\tJIS\n";
  ASSERT_EQ(write(fd, text.data(), text.size()), static_cast<ssize_t>(text.size()));
  close(fd);
  UnderstandOptions options;
  options.aliases_file = path;
  auto u = Understander::Create(options);
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  std::string name, type;
  (*u)->Canonical("J.I.S.", &name, &type);
  EXPECT_EQ(name, "Jakarta International Stadium");
  EXPECT_EQ(type, "LOC");
  unlink(path);
}

}  // namespace
}  // namespace kabar
