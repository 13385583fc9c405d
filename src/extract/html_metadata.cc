// ExtractHtmlMetadata: one iterative walk over the tree collecting candidates per field with
// a rank (lower wins), then a reconciliation step.
#include "extract/html_metadata.h"

#include <cctype>
#include <cstring>
#include <ctime>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "common/ascii_case.h"
#include "extract/agencies.h"
#include "extract/author_names.h"
#include "extract/char_refs.h"
#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/html_date.h"
#include "extract/html_document.h"
#include "extract/html_prescan.h"
#include "extract/outlets.h"
#include "extract/publisher_zone.h"
#include "extract/status_url_time.h"
#include "extract/text_util.h"

namespace kabar {
namespace {

using nlohmann::json;

// A field's best value so far; a lower rank is more specific.
struct Ranked {
  std::string value;
  int rank = 1 << 20;
  void Offer(int r, std::string v) {
    if (r < rank && !v.empty()) {
      rank = r;
      value = std::move(v);
    }
  }
};

// A date field: the best value, made precise by a lower-ranked candidate of the same day that
// has a time ("2018-04-18" from one source, "2018-04-18T14:39:09+02:00" from another).
struct RankedDate {
  Ranked best;
  std::vector<std::pair<int, std::string>> timed;  // candidates with a time
  void Offer(int r, std::string v) {
    if (v.size() > 10) timed.push_back({r, v});
    best.Offer(r, std::move(v));
  }
  std::string Value() const {
    if (best.value.size() != 10) return best.value;
    const std::pair<int, std::string>* pick = nullptr;
    for (const auto& c : timed) {
      if (c.second.compare(0, 10, best.value) == 0 && (pick == nullptr || c.first < pick->first)) {
        pick = &c;
      }
    }
    return pick != nullptr ? pick->second : best.value;
  }
};

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

bool LooksLikeUrl(std::string_view s) {
  return s.rfind("http", 0) == 0 || s.rfind("//", 0) == 0 || s.find(".com/") != s.npos;
}

// A section as markup gives it, reduced to one name: the first of a list ("Brasil,Notícias",
// a JSON-LD array), without leading decoration ("- Destacado"); empty when it names a site
// ("gizmodo.com") rather than a section.
std::string CleanSection(std::string_view s) {
  s = s.substr(0, s.find(','));
  size_t start = s.find_first_not_of(" -|>");
  s = start == std::string_view::npos ? std::string_view() : s.substr(start);
  std::string section = extract::CollapseSpace(s);
  if (!extract::SiteFromToken(section).empty()) return "";
  return section;
}

// "By Jane Doe" -> "Jane Doe".
std::string CleanAuthor(std::string_view s) {
  std::string t = Trim(s);
  for (const char* p : {"By ", "by ", "BY ", "Oleh ", "oleh ", "OLEH "}) {
    if (t.rfind(p, 0) == 0) t = Trim(t.substr(std::strlen(p)));
  }
  if (t.size() > 80 || LooksLikeUrl(t)) return "";
  return t;
}

constexpr const char* kPublishedMetas[] = {"article:published_time",
                                           "og:article:published_time",
                                           "article:published",
                                           "datepublished",
                                           "publishdate",
                                           "publish-date",
                                           "publish_date",
                                           "pubdate",
                                           "pub_date",
                                           "publication_date",
                                           "publication-date",
                                           "og:published_time",
                                           "published_time",
                                           "dc.date.issued",
                                           "dcterms.issued",
                                           "dc.date",
                                           "dcterms.date",
                                           "dcterms.created",
                                           "dc.date.created",
                                           "sailthru.date",
                                           "parsely-pub-date",
                                           "article.published",
                                           "article_date_original",
                                           "original-publish-date",
                                           "cxenseparse:recs:publishtime",
                                           "citation_publication_date",
                                           "citation_date",
                                           "prism.publicationdate",
                                           "bt:pubdate",
                                           "date",
                                           "datecreated",
                                           "release_date",
                                           "article:post_date",
                                           "content_create_date",
                                           "dc.date.published",
                                           "displaydate",
                                           "originalpublicationdate",
                                           "dateposted",
                                           "dtk:publishdate"};  // detik's network of sites

constexpr const char* kModifiedMetas[] = {"article:modified_time",
                                          "og:updated_time",
                                          "article:modified",
                                          "datemodified",
                                          "dateModified",
                                          "last-modified",
                                          "lastmod",
                                          "dc.date.modified",
                                          "dcterms.modified",
                                          "modified_time",
                                          "updated_time",
                                          "article:updated_time",
                                          "og:article:modified_time"};

int IndexIn(const std::string& key, const char* const* list, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (key == list[i]) return static_cast<int>(i);
  }
  return -1;
}

bool IsArticleType(const json& type) {
  static const char* const kTypes[] = {"NewsArticle",          "Article",
                                       "ReportageNewsArticle", "BlogPosting",
                                       "AnalysisNewsArticle",  "OpinionNewsArticle",
                                       "ReviewNewsArticle",    "BackgroundNewsArticle",
                                       "LiveBlogPosting",      "Report",
                                       "SocialMediaPosting",   "TechArticle",
                                       "ScholarlyArticle",     "AskPublicNewsArticle",
                                       "SatiricalArticle",     "Posting"};
  auto is = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    for (const char* k : kTypes) {
      if (s == k || s == std::string("http://schema.org/") + k ||
          s == std::string("https://schema.org/") + k) {
        return true;
      }
    }
    return false;
  };
  if (type.is_array()) {
    for (const json& t : type) {
      if (is(t)) return true;
    }
    return false;
  }
  return is(type);
}

std::string JsonString(const json& j) {
  if (j.is_string()) return Trim(j.get_ref<const std::string&>());
  if (j.is_array() && !j.empty()) return JsonString(j[0]);
  if (j.is_object()) {
    auto name = j.find("name");
    if (name != j.end()) return JsonString(*name);
  }
  return "";
}

bool IsUtc(const std::string& iso) {
  return iso.size() == 25 && iso.compare(iso.size() - 6, 6, "+00:00") == 0;
}

// Whether some offset a publisher could write in (UTC-10 to UTC+14) puts the UTC instant
// `utc` on the calendar day `date` ("YYYY-MM-DD").
bool DayWithinReach(const std::string& utc, const std::string& date) {
  struct tm a = {}, b = {};
  if (strptime(utc.substr(0, 19).c_str(), "%Y-%m-%dT%H:%M:%S", &a) == nullptr ||
      strptime(date.c_str(), "%Y-%m-%d", &b) == nullptr) {
    return false;
  }
  time_t t = timegm(&a), day = timegm(&b);
  return t - 10 * 3600 < day + 86400 && t + 14 * 3600 >= day;
}

// A UTC timestamp is an instant; the publication date is the publisher's calendar day. The
// days the page itself shows (the URL's date, then the text of the element marked as the
// publication date), when an offset from UTC-10 to UTC+14 reaches them, say which (the
// site's country may be wrong: a Florida site declaring es_ES, a site showing UTC days);
// else the site's country zone (publisher_zone.h) gives the local day:
// "2020-08-25T00:23:33Z" on a .ca site is "2020-08-24T20:23:33-04:00". Other timestamps
// carry the publisher's own offset already.
std::string LocalPublished(const std::string& published, const std::vector<std::string>& shown,
                           const std::string& zone) {
  if (!IsUtc(published)) return published;
  std::string local = InZone(published, zone);
  for (const std::string& day : shown) {
    if (day.size() < 10) continue;
    if (published.compare(0, 10, day, 0, 10) == 0) return published;
    if (local.compare(0, 10, day, 0, 10) == 0) return local;
    if (DayWithinReach(published, day.substr(0, 10))) return day.substr(0, 10);
  }
  return local;
}

// The same instant as the UTC timestamp `utc` in an offset the page writes elsewhere (a
// `<time datetime>` with "+07:00" beside "article:published_time" in UTC): the publisher's own
// offset, or "" when no candidate of `dates` has one.
std::string SameInstantInPageOffset(const std::string& utc,
                                    std::initializer_list<const RankedDate*> dates) {
  extract::TimePoint instant;
  if (!IsUtc(utc) || !extract::ParseIsoTime(utc, &instant)) return "";
  for (const RankedDate* d : dates) {
    for (const auto& [rank, value] : d->timed) {
      extract::TimePoint t;
      if (value.size() == 25 && !IsUtc(value) && extract::ParseIsoTime(value, &t) &&
          t.epoch_seconds == instant.epoch_seconds) {
        return value;
      }
    }
  }
  return "";
}

class Collector {
 public:
  explicit Collector(const std::string& url) : url_(url) {}

  void Walk(const GumboNode* root) {
    std::vector<const GumboNode*> stack = {root};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (!IsElement(n)) continue;
      Visit(n);
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
      }
    }
  }

  HtmlMetadata Result() {
    HtmlMetadata m;
    m.html_title = DecodeCharRefs(html_title_);
    m.title = DecodeCharRefs(title_.value);
    m.description = DecodeCharRefs(description_.value);
    m.canonical_url = canonical_.value;
    m.site_name = DecodeCharRefs(site_name_.value);
    m.section = CleanSection(DecodeCharRefs(section_.value));
    m.trail_section = CleanSection(DecodeCharRefs(trail_section_));
    m.language = language_.value;
    std::string url_date = DateFromUrl(url_);
    if (url_date.empty()) url_date = DateFromUrl(canonical_.value);
    published_.Offer(90, url_date);
    std::string zone = PublisherTimeZone(url_.empty() ? canonical_.value : url_, locale_.value);
    m.zone = zone;
    m.published = SameInstantInPageOffset(published_.Value(), {&published_, &modified_});
    if (m.published.empty()) {
      m.published = LocalPublished(published_.Value(), {url_date, shown_date_}, zone);
    }
    // A status URL's own id dates the post exactly; it has no local calendar but UTC.
    std::string posted = TimeFromStatusUrl(url_.empty() ? canonical_.value : url_);
    if (!posted.empty()) m.published = posted;
    std::string modified = modified_.Value();
    m.modified = IsUtc(modified) ? InZone(modified, zone) : modified;
    std::string site = extract::RegistrableSite(url_.empty() ? canonical_.value : url_);
    for (const std::string& value : authors_) {
      extract::ReadAuthorValue(value, {site, m.site_name}, &m.authors);
    }
    // A byline naming a well-known outlet ("CNN Indonesia") credits no person (the page's own
    // outlet ReadAuthorValue dropped already); a wire agency named as author stays, for the
    // extractor to read as the agency.
    std::erase_if(m.authors, [&](const std::string& name) {
      return extract::CanonicalAgency(name).empty() && !extract::SiteForOutletName(name).empty();
    });
    m.editors = editors_;
    return m;
  }

 private:
  void Visit(const GumboNode* n) {
    switch (n->v.element.tag) {
      case GUMBO_TAG_HTML:
        OfferLanguage(0, Attr(n, "lang"));
        break;
      case GUMBO_TAG_TITLE:
        if (html_title_.empty()) html_title_ = NodeText(n, 2000);
        title_.Offer(40, html_title_);
        break;
      case GUMBO_TAG_META:
        VisitMeta(n);
        break;
      case GUMBO_TAG_LINK:
        if (AsciiLower(Attr(n, "rel")) == "canonical") canonical_.Offer(0, Trim(Attr(n, "href")));
        break;
      case GUMBO_TAG_SCRIPT:
        if (AsciiLower(Attr(n, "type")).find("ld+json") != std::string::npos) {
          VisitJsonLd(n);
        } else {
          published_.Offer(95 + std::min(script_dates_, 4), ScriptShownDate(n));
        }
        break;
      case GUMBO_TAG_TIME:
        VisitTime(n);
        break;
      case GUMBO_TAG_ABBR:
        VisitAbbr(n);
        break;
      default:
        break;
    }
    std::string_view itemprop = Attr(n, "itemprop");
    if (!itemprop.empty() && n->v.element.tag != GUMBO_TAG_META) VisitItemprop(n, itemprop);
    if (n->v.element.tag == GUMBO_TAG_A && AsciiLower(Attr(n, "rel")) == "author") {
      OfferAuthor(30, CleanAuthor(DecodeCharRefs(NodeText(n, 200))));
    }
  }

  static std::string ValueOf(const GumboNode* n) {
    for (const char* a : {"content", "datetime", "value"}) {
      std::string_view v = Attr(n, a);
      if (!v.empty()) return Trim(v);
    }
    // hAtom writes the machine-readable date in an abbr's title: <abbr class="published"
    // title="2025-03-11T14:20:00+08:00">14.20</abbr>.
    if (n->v.element.tag == GUMBO_TAG_ABBR && !Attr(n, "title").empty()) {
      return Trim(Attr(n, "title"));
    }
    return NodeText(n, 400);
  }

  // An hAtom date without itemprop: <abbr class="published" title="...">.
  void VisitAbbr(const GumboNode* n) {
    if (!Attr(n, "itemprop").empty()) return;  // VisitItemprop reads it
    std::string cls = AsciiLower(Attr(n, "class"));
    std::string value = ParseHtmlDate(ValueOf(n));
    if (value.empty()) return;
    if (cls.find("published") != std::string::npos) published_.Offer(26, value);
    if (cls.find("updated") != std::string::npos) modified_.Offer(35, value);
  }

  // Older pages write their dates with a one-call script where the date shows:
  // <script>showDate("2020/04/17 01:43:09")</script>. Only a whole script of that shape
  // counts (not "var now = '...'", the time the page was served).
  std::string ScriptShownDate(const GumboNode* n) {
    const GumboVector& kids = n->v.element.children;
    if (kids.length != 1) return "";
    const GumboNode* k = static_cast<const GumboNode*>(kids.data[0]);
    if (k->type != GUMBO_NODE_TEXT && k->type != GUMBO_NODE_CDATA) return "";
    std::string_view arg;
    if (!OneCallScriptArgument(k->v.text.text, &arg)) return "";
    std::string date = ParseHtmlDate(arg);
    if (!date.empty()) ++script_dates_;
    return date;
  }

  // The day a publication-date element shows as text ("28 October 2020"), if it has no zone.
  void NoteShownDate(const GumboNode* n) {
    if (!shown_date_.empty()) return;
    std::string shown = ParseHtmlDate(NodeText(n, 200));
    if (shown.size() == 10 || shown.size() == 19) shown_date_ = shown;
  }

  void VisitItemprop(const GumboNode* n, std::string_view prop) {
    if (prop == "datePublished") NoteShownDate(n);
    if (prop == "datePublished") published_.Offer(25, ParseHtmlDate(ValueOf(n)));
    if (prop == "dateModified") modified_.Offer(25, ParseHtmlDate(ValueOf(n)));
    if (prop == "headline") title_.Offer(25, NodeText(n, 1000));
    if (prop == "author") OfferAuthor(25, CleanAuthor(DecodeCharRefs(ItemName(n))));
  }

  // An author's name: an author given as a person item (`itemscope`, a schema.org Person)
  // names itself in its `itemprop="name"` part, beside parts such as its `jobTitle`
  // ("Kontributor Minahasa Utara") or image that its whole text would run into the name; any
  // other author (an Organization item, a plain element) is its text.
  static std::string ItemName(const GumboNode* item) {
    if (gumbo_get_attribute(&item->v.element.attributes, "itemscope") == nullptr ||
        Attr(item, "itemtype").find("Person") == std::string_view::npos) {
      return NodeText(item, 200);
    }
    std::vector<const GumboNode*> stack = {item};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (!IsElement(n)) continue;
      if (n != item && Attr(n, "itemprop") == "name") return ValueOf(n);
      // A nested item's name is its own (an author's employer, an image's creator).
      if (n != item && gumbo_get_attribute(&n->v.element.attributes, "itemscope") != nullptr) {
        continue;
      }
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
      }
    }
    return NodeText(item, 200);
  }

  void VisitTime(const GumboNode* n) {
    std::string_view dt = Attr(n, "datetime");
    std::string value = ParseHtmlDate(dt.empty() ? NodeText(n, 200) : dt);
    if (value.empty()) return;
    std::string cls = AsciiLower(Attr(n, "class"));
    bool pub = gumbo_get_attribute(&n->v.element.attributes, "pubdate") != nullptr ||
               cls.find("publish") != std::string::npos || Attr(n, "itemprop") == "datePublished";
    bool mod = cls.find("update") != std::string::npos || cls.find("modif") != std::string::npos;
    if (mod) {
      modified_.Offer(35, value);
    } else {
      if (pub) NoteShownDate(n);
      published_.Offer(pub ? 26 : 60 + std::min(time_count_++, 10), value);
    }
  }

  void VisitMeta(const GumboNode* n) {
    std::string key = AsciiLower(Trim(Attr(n, "property")));
    if (key.empty()) key = AsciiLower(Trim(Attr(n, "name")));
    if (key.empty()) key = AsciiLower(Trim(Attr(n, "itemprop")));
    if (key.empty()) {
      if (AsciiLower(Attr(n, "http-equiv")) == "content-language")
        OfferLanguage(5, Attr(n, "content"));
      return;
    }
    std::string content = Trim(Attr(n, "content"));
    if (content.empty()) return;
    int i = IndexIn(key, kPublishedMetas, std::size(kPublishedMetas));
    if (i >= 0) published_.Offer(i < 3 ? 10 + i : 20 + i, ParseHtmlDate(content));
    i = IndexIn(key, kModifiedMetas, std::size(kModifiedMetas));
    if (i >= 0) modified_.Offer(10 + i, ParseHtmlDate(content));
    if (key == "og:title") title_.Offer(10, content);
    if (key == "twitter:title") title_.Offer(12, content);
    if (key == "og:description") description_.Offer(10, content);
    if (key == "description") description_.Offer(12, content);
    if (key == "twitter:description") description_.Offer(14, content);
    if (key == "og:url") canonical_.Offer(5, content);
    if (key == "og:site_name") site_name_.Offer(10, content);
    if (key == "application-name") site_name_.Offer(20, content);
    if (key == "article:section" || key == "section") section_.Offer(10, content);
    if (key == "parsely-section" || key == "category") section_.Offer(20, content);
    if (key == "og:locale") OfferLanguage(10, content);
    if (key == "author" || key == "article:author" || key == "parsely-author" ||
        key == "sailthru.author" || key == "dc.creator" || key == "byl" || key == "byline" ||
        key == "dtk:author") {
      for (std::string& a : SplitAuthors(content)) OfferAuthor(20, CleanAuthor(a));
    }
  }

  static std::vector<std::string> SplitAuthors(const std::string& written) {
    std::string s = DecodeCharRefs(written);  // before splitting at ';'
    std::vector<std::string> out;
    std::string t;
    for (size_t i = 0; i < s.size();) {
      size_t skip = 0;
      for (const char* sep : {" and ", " dan ", " & ", ";", "|"}) {
        size_t n = std::strlen(sep);
        if (s.compare(i, n, sep) == 0) skip = n;
      }
      if (skip > 0) {
        t.push_back(',');
        i += skip;
      } else {
        t.push_back(s[i++]);
      }
    }
    size_t start = 0;
    while (start <= t.size()) {
      size_t comma = t.find(',', start);
      if (comma == std::string::npos) comma = t.size();
      std::string part = Trim(std::string_view(t).substr(start, comma - start));
      if (!part.empty()) out.push_back(part);
      start = comma + 1;
    }
    return out;
  }

  void OfferLanguage(int rank, std::string_view v) {
    std::string l = AsciiLower(Trim(v));
    if (l.find_first_of("-_") != std::string::npos) locale_.Offer(rank, l);
    l = l.substr(0, l.find_first_of("-_"));
    if (l.size() == 2 || l.size() == 3) language_.Offer(rank, l);
  }

  // `name` has its character references decoded already (once: SplitAuthors decodes before
  // splitting at ';', the other callers as they read the name).
  // A site's account or desk ("admin" in Yoast's JSON-LD) names no author, so it does not
  // shadow the byline's person offered at a lower rank.
  void OfferAuthor(int rank, const std::string& name) {
    if (name.empty() || rank > authors_rank_ || extract::NamesASiteRole(name)) return;
    if (rank < authors_rank_) {
      authors_.clear();
      authors_rank_ = rank;
    }
    for (const std::string& a : authors_) {
      if (AsciiLower(a) == AsciiLower(name)) return;
    }
    authors_.push_back(name);
  }

  void VisitJsonLd(const GumboNode* n) {
    std::string text;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE ||
          k->type == GUMBO_NODE_CDATA) {
        text += k->v.text.text;
      }
    }
    if (text.size() > (size_t{4} << 20)) return;
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      ScanBrokenJsonLd(text);
      return;
    }
    // Iterative walk over arrays and @graph, depth-capped.
    std::vector<std::pair<const json*, int>> stack = {{&j, 0}};
    while (!stack.empty()) {
      auto [node, depth] = stack.back();
      stack.pop_back();
      if (depth > 8) continue;
      if (node->is_array()) {
        for (const json& e : *node) stack.push_back({&e, depth + 1});
        continue;
      }
      if (!node->is_object()) continue;
      auto graph = node->find("@graph");
      if (graph != node->end()) stack.push_back({&*graph, depth + 1});
      auto main = node->find("mainEntity");
      if (main != node->end()) stack.push_back({&*main, depth + 1});
      auto type = node->find("@type");
      if (type == node->end()) continue;
      if (IsArticleType(*type)) {
        VisitJsonLdArticle(*node, 0);
      } else if (JsonString(*type) == "WebPage" || JsonString(*type) == "ItemPage") {
        VisitJsonLdArticle(*node, 50);
      } else if (JsonString(*type) == "BreadcrumbList" && trail_section_.empty()) {
        trail_section_ = LastCrumb(*node);
      }
    }
  }

  // JSON-LD that does not parse (a stray brace, a raw newline in a string) still names its
  // dates: "datePublished": "..." read as written, believed like an article's when the
  // script declares an article type.
  void ScanBrokenJsonLd(std::string_view text) {
    bool article = text.find("Article\"") != std::string_view::npos ||
                   text.find("\"BlogPosting\"") != std::string_view::npos;
    int penalty = article ? 0 : 50;
    published_.Offer(1 + penalty, ParseHtmlDate(JsonKeyValue(text, "datePublished")));
    published_.Offer(3 + penalty, ParseHtmlDate(JsonKeyValue(text, "dateCreated")));
    modified_.Offer(1 + penalty, ParseHtmlDate(JsonKeyValue(text, "dateModified")));
  }

  // The string value of the first "key": "value" in `text`, or "".
  static std::string JsonKeyValue(std::string_view text, std::string_view key) {
    std::string quoted = "\"" + std::string(key) + "\"";
    size_t p = text.find(quoted);
    if (p == std::string_view::npos) return "";
    p += quoted.size();
    while (p < text.size() && std::isspace(static_cast<unsigned char>(text[p]))) ++p;
    if (p >= text.size() || text[p] != ':') return "";
    ++p;
    while (p < text.size() && std::isspace(static_cast<unsigned char>(text[p]))) ++p;
    if (p >= text.size() || text[p] != '"') return "";
    size_t end = text.find('"', p + 1);
    if (end == std::string_view::npos || end - p > 80) return "";
    return std::string(text.substr(p + 1, end - p - 1));
  }

  // The name of a BreadcrumbList's last entry ("Home > Panorama > Gesellschaft"), its name
  // on the entry or on the entry's item; "" with fewer than two entries (the home page alone).
  static std::string LastCrumb(const json& list) {
    auto items = list.find("itemListElement");
    if (items == list.end() || !items->is_array() || items->size() < 2) return "";
    const json& last = items->back();
    if (!last.is_object()) return "";
    auto name = last.find("name");
    if (name != last.end()) return JsonString(*name);
    auto item = last.find("item");
    return item != last.end() && item->is_object() ? JsonString(*item) : "";
  }

  void VisitJsonLdArticle(const json& a, int penalty) {
    auto get = [&](const char* key) -> std::string {
      auto it = a.find(key);
      return it == a.end() ? "" : JsonString(*it);
    };
    published_.Offer(1 + penalty, ParseHtmlDate(get("datePublished")));
    published_.Offer(3 + penalty, ParseHtmlDate(get("dateCreated")));
    modified_.Offer(1 + penalty, ParseHtmlDate(get("dateModified")));
    if (penalty > 0) return;
    title_.Offer(5, get("headline"));
    description_.Offer(15, get("description"));
    section_.Offer(5, get("articleSection"));
    auto pub = a.find("publisher");
    if (pub != a.end()) site_name_.Offer(15, JsonString(*pub));
    auto author = a.find("author");
    if (author == a.end()) author = a.find("creator");
    if (author != a.end()) {
      if (author->is_array()) {
        for (const json& x : *author) {
          if (!IsOrganization(x)) OfferAuthor(5, CleanAuthor(DecodeCharRefs(JsonString(x))));
        }
      } else if (!IsOrganization(*author)) {
        for (std::string& x : SplitAuthors(JsonString(*author))) OfferAuthor(5, CleanAuthor(x));
      }
    }
    auto editor = a.find("editor");
    if (editor != a.end() && editors_.empty()) {
      std::vector<const json*> people;
      if (editor->is_array()) {
        for (const json& x : *editor) people.push_back(&x);
      } else {
        people.push_back(&*editor);
      }
      for (const json* x : people) {
        std::string name = IsOrganization(*x) ? "" : CleanAuthor(DecodeCharRefs(JsonString(*x)));
        if (!name.empty()) editors_.push_back(name);
      }
    }
  }

  // An author or editor given as an organization (the outlet itself, "CNN Indonesia") is
  // not a person's credit.
  static bool IsOrganization(const json& j) {
    if (!j.is_object()) return false;
    auto type = j.find("@type");
    return type != j.end() && JsonString(*type).find("Organization") != std::string::npos;
  }

  std::string url_;
  std::string html_title_;
  std::string shown_date_;  // the first publication-date element's text, as a day
  Ranked title_, description_, canonical_, site_name_, section_, language_, locale_;
  std::string trail_section_;  // LastCrumb of the first BreadcrumbList
  RankedDate published_, modified_;
  std::vector<std::string> authors_, editors_;
  int authors_rank_ = 1 << 20;
  int time_count_ = 0;
  int script_dates_ = 0;
};

}  // namespace

HtmlMetadata ExtractHtmlMetadata(const GumboNode* root, const std::string& url) {
  Collector c(url);
  c.Walk(root);
  return c.Result();
}

}  // namespace kabar
