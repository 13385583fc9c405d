// StoryCorpus: a deterministic generator of news articles with known ground truth, for the
// store/dedup/clustering tests and benchmarks. Header-only so tests and benchmarks share it.
//
// The world: `events` events, each on one day with its own topic words and named people or
// places (capitalised), grouped into storylines that share names and recur weeks apart. Each
// article reports one event from one outlet: a title and paragraphs mixing the event's words
// with common background words (Zipf-distributed). Some articles are copies of an earlier one:
//   - syndicated: the same body on another outlet, with a syndication note (syndicated_from);
//   - edited: the same body with a few words changed and a different boilerplate paragraph.
// Truth per article: event (= gold story), storyline, and the original it copies (or -1).
#ifndef KABAR_BENCH_STORY_CORPUS_H_
#define KABAR_BENCH_STORY_CORPUS_H_

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "kabar/article.h"
#include "kabar/cluster.h"

namespace kabar::bench {

struct CorpusOptions {
  uint64_t seed = 1;
  int articles = 10000;
  int articles_per_event = 5;  // mean
  int events_per_storyline = 4;
  int outlets = 200;
  int first_day = 19000;  // days since 1970-01-01 (2022-01-08)
  int days = 365;
  double syndicated_rate = 0.08;
  double edited_rate = 0.05;
  int paragraphs = 6;
  int words_per_paragraph = 40;
  int vocabulary = 50000;
};

struct CorpusArticle {
  Article article;
  int event = 0;
  int storyline = 0;
  int64_t copy_of = -1;  // index of the article this one copies
};

class StoryCorpus {
 public:
  explicit StoryCorpus(const CorpusOptions& o) : o_(o), rng_(o.seed) {
    events_ = std::max(1, o.articles / o.articles_per_event);
    zipf_.resize(static_cast<size_t>(o.vocabulary));
    double sum = 0;
    for (int i = 0; i < o.vocabulary; ++i) sum += 1.0 / (i + 1);
    double acc = 0;
    for (int i = 0; i < o.vocabulary; ++i) {
      acc += 1.0 / (i + 1) / sum;
      zipf_[static_cast<size_t>(i)] = acc;
    }
  }

  int events() const { return events_; }

  // Article number i (call with i = 0, 1, 2, ... in order; copies refer back).
  CorpusArticle Next() {
    int i = static_cast<int>(made_.size());
    CorpusArticle c;
    std::uniform_real_distribution<double> u(0, 1);
    double r = u(rng_);
    if (i > 10 && r < o_.syndicated_rate + o_.edited_rate) {
      int64_t orig = RecentOriginal(i);
      const Meta& m = made_[static_cast<size_t>(orig)];
      c = Make(m.event, i);
      c.copy_of = orig;
      CorpusArticle o = Make(m.event, static_cast<int>(orig));  // regenerate the original
      c.article.body = o.article.body;
      c.article.published = o.article.published;
      if (r < o_.syndicated_rate) {
        c.article.title = o.article.title;
        c.article.syndicated_from.site = o.article.site;
        c.article.syndicated_from.title = o.article.title;
      } else {
        std::mt19937_64 er(o_.seed * 31 + static_cast<uint64_t>(i));
        for (std::string& p : c.article.body) Edit(&p, 0.01, &er);
        c.article.body.push_back(Background(&er, 25));  // the outlet's own closing paragraph
      }
    } else {
      int event = EventFor(i);
      c = Make(event, i);
    }
    made_.push_back({c.event, c.copy_of});
    return c;
  }

 private:
  struct Meta {
    int event;
    int64_t copy_of;
  };

  // Events are laid out in time order; article i reports an event near its position.
  int EventFor(int i) {
    std::uniform_int_distribution<int> jitter(-o_.articles_per_event, o_.articles_per_event);
    int64_t e = static_cast<int64_t>(i) * events_ / o_.articles + jitter(rng_) / 2;
    return static_cast<int>(std::clamp<int64_t>(e, 0, events_ - 1));
  }

  int64_t RecentOriginal(int i) {
    std::uniform_int_distribution<int> back(1, std::min(i, 200));
    int64_t j = i - back(rng_);
    while (made_[static_cast<size_t>(j)].copy_of >= 0) j = made_[static_cast<size_t>(j)].copy_of;
    return j;
  }

  std::string Word(std::mt19937_64* r) {
    double x = std::uniform_real_distribution<double>(0, 1)(*r);
    size_t k = static_cast<size_t>(std::lower_bound(zipf_.begin(), zipf_.end(), x) - zipf_.begin());
    return Spell(k);
  }

  // A pronounceable pseudo-word for index k (so stemmers see word-like input).
  static std::string Spell(uint64_t k) {
    static const char* syl[] = {"ka", "ri", "mo", "sa", "tu", "ne", "lo", "pi",
                                "da", "gu", "be", "ho", "ja", "wi", "ze", "fa"};
    std::string s;
    do {
      s += syl[k % 16];
      k /= 16;
    } while (k > 0);
    return s;
  }

  std::string Name(uint64_t k) {
    std::string n = Spell(k * 7919 + 104729);
    n[0] = static_cast<char>(n[0] - 32);
    return n;
  }

  std::string Background(std::mt19937_64* r, int n) {
    std::string p;
    for (int k = 0; k < n; ++k) p += (k ? " " : "") + Word(r);
    return p + ".";
  }

  void Edit(std::string* p, double rate, std::mt19937_64* r) {
    std::string out, w;
    std::uniform_real_distribution<double> u(0, 1);
    for (size_t k = 0; k <= p->size(); ++k) {
      char ch = k < p->size() ? (*p)[k] : ' ';
      if (ch == ' ') {
        if (!out.empty()) out.push_back(' ');
        out += u(*r) < rate ? Word(r) : w;
        w.clear();
      } else {
        w.push_back(ch);
      }
    }
    *p = out;
  }

  CorpusArticle Make(int event, int i) {
    CorpusArticle c;
    c.event = event;
    c.storyline = event % std::max(1, events_ / o_.events_per_storyline);
    std::mt19937_64 er(o_.seed * 1000003 + static_cast<uint64_t>(event));  // the event's world
    std::mt19937_64 ar(o_.seed * 7777777 + static_cast<uint64_t>(i));      // this article
    std::vector<std::string> topic, names;
    for (int k = 0; k < 25; ++k) topic.push_back(Spell(100000 + er() % 60000));
    // Storyline names shared by its events, plus the event's own.
    std::mt19937_64 lr(o_.seed * 99991 + static_cast<uint64_t>(c.storyline));
    for (int k = 0; k < 3; ++k) names.push_back(Name(lr() % 200000));
    for (int k = 0; k < 2; ++k) names.push_back(Name(er() % 200000));
    int outlet = static_cast<int>(ar() % static_cast<uint64_t>(o_.outlets));
    Article& a = c.article;
    a.site = "outlet" + std::to_string(outlet) + ".co.id";
    a.outlet = "Outlet " + std::to_string(outlet);
    a.language = "id";
    a.url = "https://" + a.site + "/berita/" + std::to_string(i);
    a.source.path = "corpus";
    a.source.offset = static_cast<uint64_t>(i);
    // Events spread evenly over the period, so a storyline's events recur months apart.
    int64_t base = o_.first_day + static_cast<int64_t>(event) * o_.days / events_;
    int64_t day = base + static_cast<int64_t>(ar() % 2);
    a.published = FormatDay(day) + "T10:00:00+07:00";
    a.fetched_at = FormatDay(day + 1) + "T00:00:00Z";
    std::uniform_int_distribution<size_t> pick(0, topic.size() - 1), pickn(0, names.size() - 1);
    a.title = names[pickn(ar)];
    for (int k = 0; k < 7; ++k) a.title += " " + topic[pick(ar)];
    for (int p = 0; p < o_.paragraphs; ++p) {
      std::string para;
      for (int k = 0; k < o_.words_per_paragraph; ++k) {
        uint64_t x = ar() % 10;
        std::string w = x < 3 ? topic[pick(ar)] : x < 4 ? names[pickn(ar)] : Word(&ar);
        para += (k ? " " : "") + w;
      }
      a.body.push_back(para + ".");
    }
    return c;
  }

  CorpusOptions o_;
  std::mt19937_64 rng_;
  int events_ = 1;
  std::vector<double> zipf_;
  std::vector<Meta> made_;
};

}  // namespace kabar::bench

#endif  // KABAR_BENCH_STORY_CORPUS_H_
