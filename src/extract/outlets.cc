// The outlet table and domain helpers. The table lists well-known Indonesian and
// international news outlets; any other site gets a name derived from its domain.
#include "extract/outlets.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "extract/text_util.h"

namespace kabar::extract {
namespace {

struct OutletEntry {
  std::string_view site;
  std::string_view name;
};

// Sorted by site (checked by a test), so lookups are binary searches.
constexpr std::array kOutlets = {
    OutletEntry{"abc.net.au", "ABC News"},
    OutletEntry{"aljazeera.com", "Al Jazeera"},
    OutletEntry{"antaranews.com", "Antara"},
    OutletEntry{"apnews.com", "Associated Press"},
    OutletEntry{"arstechnica.com", "Ars Technica"},
    OutletEntry{"axios.com", "Axios"},
    OutletEntry{"bbc.co.uk", "BBC"},
    OutletEntry{"bbc.com", "BBC"},
    OutletEntry{"beritasatu.com", "BeritaSatu"},
    OutletEntry{"bisnis.com", "Bisnis.com"},
    OutletEntry{"bloomberg.com", "Bloomberg"},
    OutletEntry{"businessinsider.com", "Business Insider"},
    OutletEntry{"cbsnews.com", "CBS News"},
    OutletEntry{"channelnewsasia.com", "CNA"},
    OutletEntry{"cnbc.com", "CNBC"},
    OutletEntry{"cnbcindonesia.com", "CNBC Indonesia"},
    OutletEntry{"cnn.com", "CNN"},
    OutletEntry{"cnnindonesia.com", "CNN Indonesia"},
    OutletEntry{"dailymail.co.uk", "Daily Mail"},
    OutletEntry{"detik.com", "detikcom"},
    OutletEntry{"dw.com", "DW"},
    OutletEntry{"economist.com", "The Economist"},
    OutletEntry{"engadget.com", "Engadget"},
    OutletEntry{"euronews.com", "Euronews"},
    OutletEntry{"forbes.com", "Forbes"},
    OutletEntry{"foxnews.com", "Fox News"},
    OutletEntry{"france24.com", "France 24"},
    OutletEntry{"ft.com", "Financial Times"},
    OutletEntry{"grid.id", "Grid.ID"},
    OutletEntry{"harianjogja.com", "Harian Jogja"},
    OutletEntry{"huffpost.com", "HuffPost"},
    OutletEntry{"idntimes.com", "IDN Times"},
    OutletEntry{"independent.co.uk", "The Independent"},
    OutletEntry{"inews.id", "iNews"},
    OutletEntry{"jakartaglobe.id", "Jakarta Globe"},
    OutletEntry{"japantimes.co.jp", "The Japan Times"},
    OutletEntry{"jawapos.com", "Jawa Pos"},
    OutletEntry{"jpnn.com", "JPNN"},
    OutletEntry{"katadata.co.id", "Katadata"},
    OutletEntry{"kompas.com", "Kompas"},
    OutletEntry{"kompas.id", "Kompas"},
    OutletEntry{"kompas.tv", "Kompas TV"},
    OutletEntry{"kontan.co.id", "Kontan"},
    OutletEntry{"koreaherald.com", "The Korea Herald"},
    OutletEntry{"kumparan.com", "kumparan"},
    OutletEntry{"latimes.com", "Los Angeles Times"},
    OutletEntry{"liputan6.com", "Liputan6"},
    OutletEntry{"malaymail.com", "Malay Mail"},
    OutletEntry{"medcom.id", "Medcom"},
    OutletEntry{"mediaindonesia.com", "Media Indonesia"},
    OutletEntry{"merdeka.com", "Merdeka"},
    OutletEntry{"metrotvnews.com", "Metro TV"},
    OutletEntry{"mongabay.co.id", "Mongabay Indonesia"},
    OutletEntry{"nbcnews.com", "NBC News"},
    OutletEntry{"npr.org", "NPR"},
    OutletEntry{"nypost.com", "New York Post"},
    OutletEntry{"nytimes.com", "The New York Times"},
    OutletEntry{"okezone.com", "Okezone"},
    OutletEntry{"pikiran-rakyat.com", "Pikiran Rakyat"},
    OutletEntry{"politico.com", "Politico"},
    OutletEntry{"republika.co.id", "Republika"},
    OutletEntry{"reuters.com", "Reuters"},
    OutletEntry{"rri.co.id", "RRI"},
    OutletEntry{"scmp.com", "South China Morning Post"},
    OutletEntry{"sindonews.com", "SINDOnews"},
    OutletEntry{"smh.com.au", "The Sydney Morning Herald"},
    OutletEntry{"solopos.com", "Solopos"},
    OutletEntry{"straitstimes.com", "The Straits Times"},
    OutletEntry{"suara.com", "Suara"},
    OutletEntry{"techcrunch.com", "TechCrunch"},
    OutletEntry{"telegraph.co.uk", "The Telegraph"},
    OutletEntry{"tempo.co", "Tempo"},
    OutletEntry{"theatlantic.com", "The Atlantic"},
    OutletEntry{"theguardian.com", "The Guardian"},
    OutletEntry{"thejakartapost.com", "The Jakarta Post"},
    OutletEntry{"themoscowtimes.com", "The Moscow Times"},
    OutletEntry{"thestar.com.my", "The Star"},
    OutletEntry{"theverge.com", "The Verge"},
    OutletEntry{"time.com", "Time"},
    OutletEntry{"tirto.id", "Tirto"},
    OutletEntry{"tribun-video.com", "Tribun Video"},
    OutletEntry{"tribunnews.com", "Tribunnews"},
    OutletEntry{"tvonenews.com", "tvOne"},
    OutletEntry{"usatoday.com", "USA Today"},
    OutletEntry{"viva.co.id", "VIVA"},
    OutletEntry{"voaindonesia.com", "VOA Indonesia"},
    OutletEntry{"voanews.com", "VOA"},
    OutletEntry{"washingtonpost.com", "The Washington Post"},
    OutletEntry{"wired.com", "Wired"},
    OutletEntry{"wsj.com", "The Wall Street Journal"},
    OutletEntry{"xinhuanet.com", "Xinhua"},
    OutletEntry{"yna.co.kr", "Yonhap"},
};

// Second-level labels under which registrations happen ("kompas.co.id", "bbc.co.uk").
constexpr std::array<std::string_view, 40> kSecondLevel = {
    "ac.id",  "biz.id", "co.id",  "go.id", "my.id",  "net.id", "or.id",  "sch.id",
    "web.id", "mil.id", "ac.uk",  "co.uk", "gov.uk", "org.uk", "me.uk",  "com.au",
    "net.au", "org.au", "gov.au", "co.jp", "ne.jp",  "or.jp",  "co.kr",  "or.kr",
    "com.sg", "com.my", "co.nz",  "co.in", "com.br", "com.cn", "com.hk", "com.tw",
    "com.ph", "com.vn", "co.th",  "co.za", "com.tr", "com.mx", "com.ar", "com.pk",
};

// Top-level domains accepted in outlet tokens written in text ("TEMPO.CO", "KOMPAS.TV").
constexpr std::array<std::string_view, 44> kTopLevel = {
    "com", "co",  "id",   "tv",    "net",    "org",  "news", "info", "io", "uk", "au",
    "my",  "sg",  "jp",   "kr",    "in",     "us",   "ca",   "de",   "fr", "nl", "it",
    "es",  "ru",  "cn",   "hk",    "tw",     "ph",   "vn",   "th",   "nz", "za", "eu",
    "me",  "biz", "asia", "media", "online", "site", "live", "am",   "fm", "ch", "be",
};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool IsHostChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
}

// The host part of a URL or host ("https://user@www.x.com:80/p" -> "www.x.com").
std::string_view HostOf(std::string_view s) {
  s = Trim(s);
  size_t scheme = s.find("://");
  if (scheme != std::string_view::npos && scheme < 12)
    s.remove_prefix(scheme + 3);
  else if (s.substr(0, 2) == "//")
    s.remove_prefix(2);
  size_t end = 0;
  while (end < s.size() && s[end] != '/' && s[end] != '?' && s[end] != '#') ++end;
  s = s.substr(0, end);
  size_t at = s.rfind('@');
  if (at != std::string_view::npos) s.remove_prefix(at + 1);
  size_t colon = s.find(':');
  if (colon != std::string_view::npos) s = s.substr(0, colon);
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string RegistrableSite(std::string_view host_or_url) {
  std::string host = AsciiLower(HostOf(host_or_url));
  if (host.empty() || host.find('.') == std::string::npos) return "";
  for (char c : host) {
    if (!IsHostChar(c)) return "";
  }
  size_t last = host.rfind('.');
  size_t second = host.rfind('.', last - 1);
  if (second == std::string::npos) return host;
  std::string_view tail(host.data() + second + 1, host.size() - second - 1);
  if (Contains(kSecondLevel, tail)) {
    size_t third = host.rfind('.', second - 1);
    return third == std::string::npos ? host : host.substr(third + 1);
  }
  return host.substr(second + 1);
}

std::string SiteFromToken(std::string_view token) {
  token = Trim(token);
  while (!token.empty() && (token.back() == ',' || token.back() == ':')) token.remove_suffix(1);
  if (token.empty() || token.size() > 80) return "";
  for (char c : token) {
    if (!IsHostChar(c)) return "";
  }
  size_t dot = token.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == token.size()) return "";
  std::string tld = AsciiLower(token.substr(dot + 1));
  if (!Contains(kTopLevel, tld)) return "";
  std::string site = RegistrableSite(token);
  // "TEMPO.CO" is tempo.co; a two-label token is taken whole.
  return site;
}

std::string OutletName(std::string_view site) {
  if (site.empty()) return "";
  auto it = std::lower_bound(kOutlets.begin(), kOutlets.end(), site,
                             [](const OutletEntry& e, std::string_view s) { return e.site < s; });
  if (it != kOutlets.end() && it->site == site) return std::string(it->name);
  // Fallback: the first label, hyphens to spaces, each word capitalised.
  std::string_view label = site.substr(0, site.find('.'));
  std::string name;
  bool start = true;
  for (char c : label) {
    if (c == '-' || c == '_') {
      name.push_back(' ');
      start = true;
      continue;
    }
    name.push_back(start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    start = false;
  }
  return name;
}

std::string SiteForOutletName(std::string_view name) {
  name = Trim(name);
  if (name.empty()) return "";
  std::string site = SiteFromToken(name);
  if (!site.empty()) return site;
  // The outlets by the length of their name, in kOutlets' order (the first match wins).
  static const std::vector<std::vector<const OutletEntry*>> by_length = [] {
    std::vector<std::vector<const OutletEntry*>> t;
    for (const OutletEntry& e : kOutlets) {
      if (t.size() <= e.name.size()) t.resize(e.name.size() + 1);
      t[e.name.size()].push_back(&e);
    }
    return t;
  }();
  if (name.size() >= by_length.size()) return "";
  for (const OutletEntry* e : by_length[name.size()]) {
    if (EqualsIgnoreCase(e->name, name)) return std::string(e->site);
  }
  return "";
}

}  // namespace kabar::extract
