#include "kabar/search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "kabar/fts_tokenizer.h"
#include "kabar/store.h"
#include "store/sqlite_util.h"
#include "store/store_test_util.h"

namespace kabar {
namespace {

using kabar::testing::TempDir;

Article MakeNews(const std::string& site, const std::string& outlet, const std::string& title,
                 const std::vector<std::string>& body, const std::string& published,
                 const std::string& language = "id") {
  Article a;
  a.site = site;
  a.outlet = outlet;
  a.title = title;
  a.body = body;
  a.published = published;
  a.language = language;
  a.source.path = site + "/" + title;
  return a;
}

class SearcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists("/usr/share/hunspell/id_ID.dic")) {
      GTEST_SKIP() << "hunspell-id lexicon is not installed";
    }
    std::vector<Article> articles = {
        MakeNews("tempo.co", "Tempo", "Kim Jong Un bertemu Putin di Vladivostok",
                 {"Pemimpin Korea Utara itu tiba dengan kereta lapis baja.",
                  "Pertemuan membahas kerja sama militer kedua negara."},
                 "2023-09-13T10:00:00+07:00"),
        MakeNews("kompas.com", "Kompas", "Harga beras naik menjelang Lebaran",
                 {"Pemerintah menyiapkan operasi pasar untuk menekan harga.",
                  "Menurut pedagang, kenaikan harga terjadi sejak pekan lalu di Bekasi."},
                 "2023-03-20T08:00:00+07:00"),
        MakeNews("detik.com", "detikNews", "Banjir rendam ratusan rumah",
                 {"Warga mengungsi ke masjid terdekat. Kim, seorang warga, menulis surat.",
                  "Barang bekas hanyut terbawa arus."},
                 "2024-01-05T07:00:00+07:00"),
        MakeNews("harbor.example", "Harbor Ledger", "Ministers meet over rice prices",
                 {"The ministers were meeting in Jakarta to discuss rice prices and Putin."},
                 "2023-03-21T09:00:00+00:00", "en"),
    };
    // An exact copy of the first article on another site: a duplicate to fold.
    articles.push_back(articles[0]);
    articles.back().site = "copy.example";
    articles.back().outlet = "Copy";
    articles.back().source.path = "copy";
    Result<std::unique_ptr<Store>> store = Store::Open(dir_.File("k.db"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_TRUE((*store)->AddHook(&index_).ok());
    ASSERT_TRUE((*store)->Add(&articles).ok());
    for (const Article& a : articles) ids_.push_back(a.id);
    store_ = std::move(store).value();
    Result<std::unique_ptr<Searcher>> searcher = Searcher::Open(store_->handle());
    ASSERT_TRUE(searcher.ok()) << searcher.status().ToString();
    searcher_ = std::move(searcher).value();
  }

  // Ids of the hits for `query`, best first.
  std::vector<std::string> Find(const std::string& query, SearchFilters filters = {}) {
    SearchRequest request;
    request.query = query;
    request.filters = std::move(filters);
    Result<SearchResponse> r = searcher_->Search(request);
    EXPECT_TRUE(r.ok()) << query << ": " << r.status().ToString();
    std::vector<std::string> ids;
    if (r.ok()) {
      for (const SearchHit& h : r->hits) ids.push_back(h.id);
    }
    return ids;
  }

  TempDir dir_;
  SearchIndex index_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Searcher> searcher_;
  std::vector<std::string> ids_;
};

using Ids = std::vector<std::string>;

TEST_F(SearcherTest, FindsWordsPhrasesPrefixesAndBooleans) {
  EXPECT_EQ(Find("kim jong un"), Ids{ids_[0]});
  EXPECT_EQ(Find("\"korea utara\""), Ids{ids_[0]});
  EXPECT_EQ(Find("\"utara korea\""), Ids{});
  EXPECT_EQ(Find("pemerin*"), Ids{ids_[1]});
  EXPECT_EQ(Find("banjir OR lebaran").size(), 2u);
  EXPECT_EQ(Find("harga -lebaran"), Ids{});
  EXPECT_EQ(Find("rice -lebaran"), Ids{ids_[3]});
  EXPECT_EQ(Find("rice NOT jakarta"), Ids{});
}

// Prefixes run as an OR of the index's terms (from its vocabulary) must find exactly what
// FTS5's own prefix query finds.
TEST_F(SearcherTest, ExpandedPrefixesMatchWhatFtsPrefixQueriesMatch) {
  for (const char* prefix : {"pemerin", "pe", "harg", "min", "ki", "Kim", "ba", "zz"}) {
    std::string query = std::string(prefix) + "*";
    SearchRequest request;
    request.query = query;
    Result<SearchResponse> r = searcher_->Search(request);
    ASSERT_TRUE(r.ok()) << query;
    Ids found;
    for (const SearchHit& h : r->hits) found.push_back(h.id);
    std::sort(found.begin(), found.end());
    store::Stmt st;
    ASSERT_TRUE(st.Prepare(store_->handle(),
                           "SELECT a.id FROM article_fts f JOIN articles a ON a.seq = f.rowid "
                           "WHERE article_fts MATCH ?1 AND a.duplicate_of IS NULL ORDER BY a.id")
                    .ok());
    st.BindText(1, "\"" + std::string(prefix) + "\" *");
    Ids native;
    Status s;
    while (st.Step(&s)) native.push_back(st.Text(0));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(found, native) << query;
    if (found.empty()) continue;
    EXPECT_NE(r->fts_match.find(kIndexTermMark), std::string::npos) << query << " not expanded";
  }
}

TEST_F(SearcherTest, RanksTitleMatchesFirst) {
  // "kim" is in the title of article 0 and only in the body of article 2.
  EXPECT_EQ(Find("kim"), (Ids{ids_[0], ids_[2]}));
  // "putin": title of 0, body of 3.
  EXPECT_EQ(Find("putin"), (Ids{ids_[0], ids_[3]}));
}

TEST_F(SearcherTest, StemsAndKeepsNames) {
  EXPECT_EQ(Find("pertemuan"), Ids{ids_[0]});       // bertemu / pertemuan share "temu"
  EXPECT_EQ(Find("ditulis"), Ids{ids_[2]});         // menulis
  EXPECT_EQ(Find("meeting prices"), Ids{ids_[3]});  // English stemming
  EXPECT_EQ(Find("Bekasi"), Ids{ids_[1]});          // the name, not "bekas"
}

TEST_F(SearcherTest, FiltersByOutletSiteLanguageDateAndStory) {
  EXPECT_EQ(Find("harga outlet:kompas"), Ids{ids_[1]});
  EXPECT_EQ(Find("harga OR rice", {.sites = {"harbor.example"}}), Ids{ids_[3]});
  EXPECT_EQ(Find("lang:en"), Ids{ids_[3]});
  EXPECT_EQ(Find("from:2024-01-01"), Ids{ids_[2]});
  EXPECT_EQ(Find("to:2023-03-20 harga"), Ids{ids_[1]});
  std::string story = "story:" + store_->GetArticle(ids_[2])->story_id;
  EXPECT_EQ(Find(story), Ids{ids_[2]});
}

TEST_F(SearcherTest, FoldsDuplicates) {
  SearchRequest request;
  request.query = "vladivostok";
  Result<SearchResponse> r = searcher_->Search(request);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].duplicates, 1);
  request.include_duplicates = true;
  r = searcher_->Search(request);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 2u);
  EXPECT_EQ(r->hits[1].duplicate_of, ids_[0]);
}

TEST_F(SearcherTest, MarksMatchesInTitleAndSnippet) {
  SearchRequest request;
  request.query = "pemerintah";
  Result<SearchResponse> r = searcher_->Search(request);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  std::vector<std::string> marked;
  for (const TextPart& p : r->hits[0].snippet) {
    if (p.match) marked.push_back(p.text);
  }
  EXPECT_EQ(marked, std::vector<std::string>{"Pemerintah"});
  EXPECT_EQ(r->hits[0].title_parts.size(), 1u);
  EXPECT_FALSE(r->hits[0].title_parts[0].match);
}

TEST_F(SearcherTest, PagesWithHasMore) {
  SearchRequest request;
  request.query = "harga OR kim OR banjir";
  request.limit = 2;
  Result<SearchResponse> first = searcher_->Search(request);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->hits.size(), 2u);
  EXPECT_TRUE(first->has_more);
  request.offset = 2;
  Result<SearchResponse> second = searcher_->Search(request);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->hits.size(), 1u);
  EXPECT_FALSE(second->has_more);
}

// A query ranks at most max_candidates matches (or offset + limit + 1), the newest ones, and
// says so; the page is still the best of those.
TEST_F(SearcherTest, RanksABoundedWindowOfTheNewestMatches) {
  SearchRequest request;
  request.query = "harga OR kim OR banjir";  // articles 0, 1, 2 (4 is 0's duplicate)
  Result<SearchResponse> all = searcher_->Search(request);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->candidates, 3u);
  EXPECT_FALSE(all->candidates_capped);

  SearchLimits limits;
  limits.max_candidates = 1;
  Result<std::unique_ptr<Searcher>> bounded = Searcher::Open(store_->handle(), limits);
  ASSERT_TRUE(bounded.ok());
  request.limit = 1;  // window = max(1, 0 + 1 + 1) = 2: articles 2 and 1, not 0
  Result<SearchResponse> r = (*bounded)->Search(request);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->candidates, 2u);
  EXPECT_TRUE(r->candidates_capped);
  EXPECT_TRUE(r->has_more);
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_TRUE(r->hits[0].id == ids_[1] || r->hits[0].id == ids_[2]) << r->hits[0].id;
  request.offset = 1;  // window 3: every match
  r = (*bounded)->Search(request);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->candidates, 3u);
  EXPECT_FALSE(r->candidates_capped);
}

TEST_F(SearcherTest, RefusesBadInputWithoutSqlErrors) {
  const char* bad[] = {"\"unclosed", "(", "NOT x", "a*", "from:never", "x OR"};
  for (const char* q : bad) {
    SearchRequest request;
    request.query = q;
    Result<SearchResponse> r = searcher_->Search(request);
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument) << q;
    EXPECT_EQ(r.status().message().find("SQL"), std::string::npos) << q;
  }
  SearchRequest request;
  request.query = "kim";
  request.limit = 101;
  EXPECT_EQ(searcher_->Search(request).status().code(), Status::Code::kInvalidArgument);
  request.limit = 10;
  request.offset = 10001;
  EXPECT_EQ(searcher_->Search(request).status().code(), Status::Code::kInvalidArgument);
  request.offset = 0;
  request.filters.languages = {"'; DROP TABLE articles; --"};
  EXPECT_EQ(searcher_->Search(request).status().code(), Status::Code::kInvalidArgument);
  // SQL-looking words are just words.
  EXPECT_EQ(Find("'; DROP TABLE articles; --"), Ids{});
  EXPECT_EQ(Find("kim").size(), 2u);
}

// Random mixes of query syntax, words of the index (plain, stemmed, names, accented) and
// filters, run through the whole searcher: every query either answers or is refused as
// InvalidArgument with a message that is not SQLite's.
TEST_F(SearcherTest, RandomQueriesAnswerOrAreRefusedCleanly) {
  // Pieces separated by '|'.
  const std::string joined =
      "kim|Kim|harga|beras*|pemerintah|menulis|\"kim jong\"|\"|(|)|*|-|OR|AND|NOT|NEAR|^|{|}|:|"
      "lang:id|lang:|from:2023-01-01|to:x|outlet:Tempo|site:tempo.co|\u00e9|\xff|'|;|--|\\|+|,|"
      "rumah|Ministers|pu*|a|\t|\u00a0";
  std::vector<std::string> pieces;
  for (size_t from = 0, bar; from <= joined.size(); from = bar + 1) {
    bar = std::min(joined.find('|', from), joined.size());
    pieces.push_back(joined.substr(from, bar - from));
  }
  std::mt19937 rng(42);
  int answered = 0;
  for (int round = 0; round < 3000; ++round) {
    SearchRequest request;
    int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) {
      request.query += pieces[rng() % pieces.size()];
      if (rng() % 3 != 0) request.query += " ";
    }
    Result<SearchResponse> r = searcher_->Search(request);
    if (r.ok()) {
      ++answered;
      continue;
    }
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument)
        << request.query << ": " << r.status().ToString();
    EXPECT_FALSE(r.status().message().empty()) << request.query;
    EXPECT_EQ(r.status().message().find("SQL"), std::string::npos) << request.query;
    EXPECT_EQ(r.status().message().find("fts5"), std::string::npos) << request.query;
  }
  EXPECT_GT(answered, 300);
}

TEST_F(SearcherTest, RebuildsAMissingIndex) {
  // A store ingested without the hook gets its index when the hook is registered.
  TempDir dir;
  std::vector<Article> articles = {MakeNews("a.example", "A", "Gempa di Cianjur",
                                            {"Gempa mengguncang Cianjur pagi ini."},
                                            "2022-11-21T13:00:00+07:00")};
  {
    Result<std::unique_ptr<Store>> store = Store::Open(dir.File("k.db"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Add(&articles).ok());
  }
  Result<std::unique_ptr<Store>> store = Store::Open(dir.File("k.db"));
  ASSERT_TRUE(store.ok());
  SearchIndex index;
  ASSERT_TRUE((*store)->AddHook(&index).ok());
  Result<std::unique_ptr<Searcher>> searcher = Searcher::Open((*store)->handle());
  ASSERT_TRUE(searcher.ok());
  SearchRequest request;
  request.query = "cianjur";
  Result<SearchResponse> r = (*searcher)->Search(request);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->hits.size(), 1u);
}

TEST(SplitMarkedTest, SplitsOnMarkers) {
  std::vector<TextPart> parts = SplitMarked(
      "a \x02"
      "b\x03 c");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1].text, "b");
  EXPECT_TRUE(parts[1].match);
  EXPECT_EQ(parts[2].text, " c");
}

}  // namespace
}  // namespace kabar
