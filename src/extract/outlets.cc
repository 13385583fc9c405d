// The outlet table and domain helpers. The table lists well-known Indonesian and
// international news outlets; any other site gets a name derived from its domain.
#include "extract/outlets.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// The zone of Indonesian outlets' unmarked times (Java and Sumatra, where most are based).
constexpr std::string_view kWib = "Asia/Jakarta";
// The zones of outlets based further east: WITA (Bali, Nusa Tenggara, Kalimantan's south and
// east, Sulawesi) and WIT (Maluku, Papua).
constexpr std::string_view kWita = "Asia/Makassar";
constexpr std::string_view kWit = "Asia/Jayapura";

struct OutletEntry {
  std::string_view site;
  std::string_view name;
  // The IANA zone of the times its pages print without one, for outlets based in a country of
  // one zone: kWib for Indonesian outlets (whatever their domain), "Asia/Singapore" for The
  // Straits Times; "" where the outlet's readers span zones or it prints UTC.
  std::string_view home_zone;
};

// Sorted by site (checked by a test), so lookups are binary searches.
constexpr std::array kOutlets = {
    OutletEntry{"aa.com.tr", "Anadolu Agency", ""},
    OutletEntry{"abc.net.au", "ABC News", ""},
    OutletEntry{"abs-cbn.com", "ABS-CBN News", "Asia/Manila"},
    OutletEntry{"alinea.id", "Alinea", kWib},
    OutletEntry{"aljazeera.com", "Al Jazeera", ""},
    OutletEntry{"antaranews.com", "Antara", kWib},
    OutletEntry{"apnews.com", "Associated Press", ""},
    OutletEntry{"arabnews.com", "Arab News", ""},
    OutletEntry{"arstechnica.com", "Ars Technica", ""},
    OutletEntry{"asiaone.com", "AsiaOne", "Asia/Singapore"},
    OutletEntry{"astroawani.com", "Astro Awani", "Asia/Kuala_Lumpur"},
    OutletEntry{"axios.com", "Axios", ""},
    OutletEntry{"ayobandung.com", "Ayo Bandung", kWib},
    OutletEntry{"balipost.com", "Bali Post", kWita},
    OutletEntry{"bangkokpost.com", "Bangkok Post", "Asia/Bangkok"},
    OutletEntry{"banjarmasinpost.co.id", "Banjarmasin Post", kWita},
    // bbc.com first: the name alone reads as the BBC's address outside the UK, where BBC News
    // and its World Service editions (BBC News Indonesia) are; bbc.co.uk is its UK one.
    OutletEntry{"bbc.com", "BBC", ""},
    OutletEntry{"bbc.co.uk", "BBC", ""},
    OutletEntry{"benarnews.org", "BenarNews", ""},
    OutletEntry{"beritajatim.com", "Beritajatim", kWib},
    OutletEntry{"beritasatu.com", "BeritaSatu", kWib},
    OutletEntry{"bernama.com", "Bernama", "Asia/Kuala_Lumpur"},
    OutletEntry{"bharian.com.my", "Berita Harian", "Asia/Kuala_Lumpur"},
    OutletEntry{"bisnis.com", "Bisnis.com", kWib},
    OutletEntry{"bloomberg.com", "Bloomberg", ""},
    OutletEntry{"bola.com", "Bola.com", kWib},
    OutletEntry{"bola.net", "Bola.net", kWib},
    OutletEntry{"bolasport.com", "BolaSport", kWib},
    OutletEntry{"businessinsider.com", "Business Insider", ""},
    OutletEntry{"cbsnews.com", "CBS News", ""},
    OutletEntry{"cendananews.com", "Cendana News", kWib},
    OutletEntry{"ceposonline.com", "Cenderawasih Pos", kWit},
    OutletEntry{"channelnewsasia.com", "CNA", "Asia/Singapore"},
    OutletEntry{"chinadaily.com.cn", "China Daily", "Asia/Shanghai"},
    OutletEntry{"cnbc.com", "CNBC", ""},
    OutletEntry{"cnbcindonesia.com", "CNBC Indonesia", kWib},
    OutletEntry{"cnn.com", "CNN", ""},
    OutletEntry{"cnnindonesia.com", "CNN Indonesia", kWib},
    OutletEntry{"dailymail.co.uk", "Daily Mail", ""},
    OutletEntry{"detik.com", "detikcom", kWib},
    OutletEntry{"disway.id", "Disway", kWib},
    OutletEntry{"dw.com", "DW", ""},
    OutletEntry{"economist.com", "The Economist", ""},
    OutletEntry{"engadget.com", "Engadget", ""},
    OutletEntry{"era.id", "ERA.id", kWib},
    OutletEntry{"euronews.com", "Euronews", ""},
    OutletEntry{"forbes.com", "Forbes", ""},
    OutletEntry{"foxnews.com", "Fox News", ""},
    OutletEntry{"france24.com", "France 24", ""},
    OutletEntry{"freemalaysiatoday.com", "Free Malaysia Today", "Asia/Kuala_Lumpur"},
    OutletEntry{"ft.com", "Financial Times", ""},
    OutletEntry{"gatra.com", "Gatra", kWib},
    OutletEntry{"globaltimes.cn", "Global Times", "Asia/Shanghai"},
    OutletEntry{"gmanetwork.com", "GMA News", "Asia/Manila"},
    OutletEntry{"grid.id", "Grid.ID", kWib},
    OutletEntry{"harianhaluan.id", "Harian Haluan", kWib},
    OutletEntry{"harianjogja.com", "Harian Jogja", kWib},
    OutletEntry{"hmetro.com.my", "Harian Metro", "Asia/Kuala_Lumpur"},
    OutletEntry{"huffpost.com", "HuffPost", ""},
    OutletEntry{"hukumonline.com", "Hukumonline", kWib},
    OutletEntry{"idntimes.com", "IDN Times", kWib},
    OutletEntry{"idxchannel.com", "IDX Channel", kWib},
    OutletEntry{"independent.co.uk", "The Independent", ""},
    OutletEntry{"inews.id", "iNews", kWib},
    OutletEntry{"inquirer.net", "Philippine Daily Inquirer", "Asia/Manila"},
    OutletEntry{"investor.id", "Investor Daily", kWib},
    OutletEntry{"jakartaglobe.id", "Jakarta Globe", kWib},
    OutletEntry{"japantimes.co.jp", "The Japan Times", "Asia/Tokyo"},
    OutletEntry{"jawapos.com", "Jawa Pos", kWib},
    // Korea JoongAng Daily (koreajoongangdaily.joins.com), the JoongAng group's English paper.
    OutletEntry{"joins.com", "Korea JoongAng Daily", "Asia/Seoul"},
    OutletEntry{"jpnn.com", "JPNN", kWib},
    OutletEntry{"jubi.id", "Jubi", kWit},
    OutletEntry{"kapanlagi.com", "KapanLagi", kWib},
    OutletEntry{"katadata.co.id", "Katadata", kWib},
    OutletEntry{"khmertimeskh.com", "Khmer Times", "Asia/Phnom_Penh"},
    OutletEntry{"kompas.com", "Kompas", kWib},
    OutletEntry{"kompas.id", "Kompas", kWib},
    OutletEntry{"kompas.tv", "Kompas TV", kWib},
    OutletEntry{"kontan.co.id", "Kontan", kWib},
    OutletEntry{"koreaherald.com", "The Korea Herald", "Asia/Seoul"},
    OutletEntry{"koreatimes.co.kr", "The Korea Times", "Asia/Seoul"},
    OutletEntry{"krjogja.com", "KRjogja", kWib},
    OutletEntry{"kumparan.com", "kumparan", kWib},
    OutletEntry{"kyodonews.net", "Kyodo News", "Asia/Tokyo"},
    OutletEntry{"lampost.co", "Lampost", kWib},
    OutletEntry{"latimes.com", "Los Angeles Times", ""},
    OutletEntry{"liputan6.com", "Liputan6", kWib},
    OutletEntry{"malaymail.com", "Malay Mail", "Asia/Kuala_Lumpur"},
    OutletEntry{"malaysiakini.com", "Malaysiakini", "Asia/Kuala_Lumpur"},
    OutletEntry{"manilatimes.net", "The Manila Times", "Asia/Manila"},
    OutletEntry{"medcom.id", "Medcom", kWib},
    OutletEntry{"mediaindonesia.com", "Media Indonesia", kWib},
    OutletEntry{"merdeka.com", "Merdeka", kWib},
    OutletEntry{"metrotvnews.com", "Metro TV", kWib},
    OutletEntry{"mongabay.co.id", "Mongabay Indonesia", kWib},
    OutletEntry{"mothership.sg", "Mothership", "Asia/Singapore"},
    OutletEntry{"nationthailand.com", "Nation Thailand", "Asia/Bangkok"},
    OutletEntry{"nbcnews.com", "NBC News", ""},
    OutletEntry{"nhk.or.jp", "NHK", "Asia/Tokyo"},
    OutletEntry{"nikkei.com", "Nikkei", "Asia/Tokyo"},
    OutletEntry{"nknews.org", "NK News", ""},
    OutletEntry{"npr.org", "NPR", ""},
    OutletEntry{"nst.com.my", "New Straits Times", "Asia/Kuala_Lumpur"},
    OutletEntry{"nu.or.id", "NU Online", kWib},
    OutletEntry{"nusabali.com", "NusaBali", kWita},
    OutletEntry{"nypost.com", "New York Post", ""},
    OutletEntry{"nytimes.com", "The New York Times", ""},
    OutletEntry{"okezone.com", "Okezone", kWib},
    OutletEntry{"philstar.com", "Philstar", "Asia/Manila"},
    OutletEntry{"pikiran-rakyat.com", "Pikiran Rakyat", kWib},
    OutletEntry{"politico.com", "Politico", ""},
    OutletEntry{"radarbogor.id", "Radar Bogor", kWib},
    OutletEntry{"rappler.com", "Rappler", "Asia/Manila"},
    OutletEntry{"republika.co.id", "Republika", kWib},
    OutletEntry{"reuters.com", "Reuters", ""},
    OutletEntry{"rfa.org", "Radio Free Asia", ""},
    OutletEntry{"rmol.id", "RMOL", kWib},
    OutletEntry{"rri.co.id", "RRI", kWib},
    OutletEntry{"scmp.com", "South China Morning Post", "Asia/Hong_Kong"},
    OutletEntry{"serambinews.com", "Serambinews", kWib},
    OutletEntry{"sinarharian.com.my", "Sinar Harian", "Asia/Kuala_Lumpur"},
    OutletEntry{"sindonews.com", "SINDOnews", kWib},
    OutletEntry{"siwalimanews.com", "Siwalima News", kWit},
    OutletEntry{"smh.com.au", "The Sydney Morning Herald", ""},
    OutletEntry{"solopos.com", "Solopos", kWib},
    OutletEntry{"straitstimes.com", "The Straits Times", "Asia/Singapore"},
    OutletEntry{"suara.com", "Suara", kWib},
    OutletEntry{"suaramerdeka.com", "Suara Merdeka", kWib},
    OutletEntry{"suarasurabaya.net", "Suara Surabaya", kWib},
    OutletEntry{"techcrunch.com", "TechCrunch", ""},
    OutletEntry{"telegraph.co.uk", "The Telegraph", ""},
    OutletEntry{"tempo.co", "Tempo", kWib},
    OutletEntry{"theatlantic.com", "The Atlantic", ""},
    OutletEntry{"theconversation.com", "The Conversation", ""},
    OutletEntry{"thediplomat.com", "The Diplomat", ""},
    OutletEntry{"theedgemalaysia.com", "The Edge Malaysia", "Asia/Kuala_Lumpur"},
    OutletEntry{"theguardian.com", "The Guardian", ""},
    OutletEntry{"thehindu.com", "The Hindu", "Asia/Kolkata"},
    OutletEntry{"thejakartapost.com", "The Jakarta Post", kWib},
    OutletEntry{"themoscowtimes.com", "The Moscow Times", ""},
    OutletEntry{"thestar.com.my", "The Star", "Asia/Kuala_Lumpur"},
    OutletEntry{"theverge.com", "The Verge", ""},
    OutletEntry{"time.com", "Time", ""},
    OutletEntry{"timesindonesia.co.id", "TIMES Indonesia", kWib},
    OutletEntry{"tirto.id", "Tirto", kWib},
    OutletEntry{"tribun-video.com", "Tribun Video", kWib},
    OutletEntry{"tribunnews.com", "Tribunnews", kWib},
    OutletEntry{"tvonenews.com", "tvOne", kWib},
    OutletEntry{"tvrinews.com", "TVRINews", kWib},
    OutletEntry{"usatoday.com", "USA Today", ""},
    OutletEntry{"utusan.com.my", "Utusan Malaysia", "Asia/Kuala_Lumpur"},
    OutletEntry{"victorynews.id", "Victory News", kWita},
    OutletEntry{"vietnamnews.vn", "Viet Nam News", "Asia/Ho_Chi_Minh"},
    OutletEntry{"viva.co.id", "VIVA", kWib},
    OutletEntry{"vnexpress.net", "VnExpress", "Asia/Ho_Chi_Minh"},
    OutletEntry{"voaindonesia.com", "VOA Indonesia", kWib},
    OutletEntry{"voanews.com", "VOA", ""},
    OutletEntry{"voi.id", "VOI", kWib},
    OutletEntry{"wartaekonomi.co.id", "Warta Ekonomi", kWib},
    OutletEntry{"washingtonpost.com", "The Washington Post", ""},
    OutletEntry{"wired.com", "Wired", ""},
    OutletEntry{"wsj.com", "The Wall Street Journal", ""},
    OutletEntry{"xinhuanet.com", "Xinhua", "Asia/Shanghai"},
    OutletEntry{"yna.co.kr", "Yonhap", "Asia/Seoul"},
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
  // A token without a full stop is no host (the rfind below would say so after the scan).
  if (std::memchr(token.data(), '.', token.size()) == nullptr) return "";
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

namespace {

// The table's entry for `site`, or nullptr.
const OutletEntry* FindOutlet(std::string_view site) {
  auto it = std::lower_bound(kOutlets.begin(), kOutlets.end(), site,
                             [](const OutletEntry& e, std::string_view s) { return e.site < s; });
  return it != kOutlets.end() && it->site == site ? &*it : nullptr;
}

}  // namespace

bool IsChannelBrand(std::string_view w) {
  if (w.size() < 4 || !std::islower(static_cast<unsigned char>(w[0]))) return false;
  bool upper = false;
  for (char c : w) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    upper = upper || std::isupper(static_cast<unsigned char>(c));
  }
  return upper;
}

std::string SiteForChannelBrand(std::string_view brand) {
  if (!IsChannelBrand(brand)) return "";
  size_t upper = 0;
  while (!std::isupper(static_cast<unsigned char>(brand[upper]))) ++upper;
  const std::string label = AsciiLower(brand.substr(0, upper));
  for (const OutletEntry& e : kOutlets) {
    if (e.site.substr(0, e.site.find('.')) == label) return std::string(e.site);
  }
  return "";
}

bool IsIndonesianOutlet(std::string_view site) {
  const OutletEntry* e = FindOutlet(site);
  return e != nullptr && (e->home_zone == kWib || e->home_zone == kWita || e->home_zone == kWit);
}

std::string OutletHomeZone(std::string_view site) {
  const OutletEntry* e = FindOutlet(site);
  return e != nullptr ? std::string(e->home_zone) : "";
}

bool IsIndonesianSite(std::string_view site) {
  return (site.size() > 3 && site.ends_with(".id")) || IsIndonesianOutlet(site);
}

std::string OutletName(std::string_view site) {
  if (site.empty()) return "";
  if (const OutletEntry* e = FindOutlet(site)) return std::string(e->name);
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

namespace {

// True when `written` is two or three capitalised words of letters that, without their spaces,
// spell `label` ("Siwalima News" for siwalimanews.com): the outlet's name as its masthead
// writes it.
bool SpacedLabel(std::string_view written, std::string_view label) {
  if (written.size() > label.size() + 2 || written.size() <= label.size()) return false;
  std::vector<std::string_view> words = Words(written);
  if (words.size() < 2 || words.size() > 3) return false;
  size_t at = 0;
  for (std::string_view word : words) {
    if (!std::isupper(static_cast<unsigned char>(word[0])) || at + word.size() > label.size() ||
        !EqualsIgnoreCase(word, label.substr(at, word.size()))) {
      return false;
    }
    for (char c : word) {
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    }
    at += word.size();
  }
  return at == label.size();
}

// "KRjogja": capitals after the first letter, then lower case (a brand's own spelling, not a
// word in capitals such as "PROKAL").
bool InnerCapitalsBeforeLower(std::string_view head) {
  size_t lower = head.find_first_of("abcdefghijklmnopqrstuvwxyz");
  if (lower == std::string_view::npos || lower < 2) return false;
  return std::isupper(static_cast<unsigned char>(head[lower - 1])) != 0;
}

}  // namespace

std::string OutletNameAsWritten(std::string_view site, std::string_view written) {
  std::string derived = OutletName(site);
  if (site.empty() || FindOutlet(site) != nullptr) return derived;
  std::string_view label = site.substr(0, site.find('.'));
  written = Trim(written);
  if (SpacedLabel(written, label)) return std::string(written);
  std::string_view head = written.substr(0, written.find('.'));
  if (head.size() != label.size() || !EqualsIgnoreCase(head, label)) return derived;
  std::string name;
  size_t word_start = 0;
  for (size_t i = 0; i < head.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(head[i]);
    if (!std::isalpha(c)) return derived;
    bool opens = i > 0 && std::isupper(c) && std::islower(static_cast<unsigned char>(head[i - 1]));
    if (opens) {
      if (i - word_start < 3) return derived;
      name.push_back(' ');
      word_start = i;
    }
    name.push_back(head[i]);
  }
  if (!std::isupper(static_cast<unsigned char>(name[0]))) return derived;
  if (word_start == 0) return InnerCapitalsBeforeLower(head) ? name : derived;
  if (head.size() - word_start < 3) return derived;
  return name;
}

namespace {

// True for the words a copyright line adds around its holder's name.
bool IsCopyrightWord(std::string_view w) {
  static constexpr std::string_view kMarks[] = {"\xC2\xA9", "(c)", "copyright", "hak", "cipta"};
  for (std::string_view m : kMarks) {
    if (EqualsIgnoreCase(w, m)) return true;
  }
  return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
}

// True for the words of a reservation or notice ("All Rights Reserved", "Dilindungi").
bool IsReservationWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"all",           "rights", "reserved", "dilindungi",
                                                "undang-undang", "konten", "powered"};
  for (std::string_view k : kWords) {
    if (EqualsIgnoreCase(w, k)) return true;
  }
  return false;
}

// The holder's name in one part of a copyright line, or "".
std::string CopyrightPartName(std::string_view part) {
  std::vector<std::string_view> kept;
  for (std::string_view word : Words(part)) {
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
    if (word.empty() || IsCopyrightWord(word)) continue;
    if (IsReservationWord(word) || !StartsUpper(word)) return "";
    kept.push_back(word);
  }
  if (kept.empty() || kept.size() > 4) return "";
  std::string name;
  for (std::string_view w : kept) {
    if (!name.empty()) name += ' ';
    name += w;
  }
  return name;
}

}  // namespace

std::string CopyrightName(std::string_view line) {
  bool marked = line.find("\xC2\xA9") != line.npos || ContainsIgnoreCase(line, "(c)") ||
                ContainsIgnoreCase(line, "copyright");
  if (!marked) return "";
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.size(), skip = 0;
    for (std::string_view sep : {"|", " - ", " \xE2\x80\x93 ", ", ", ". "}) {
      size_t at = line.find(sep, start);
      if (at != line.npos && at < end) end = at, skip = sep.size();
    }
    std::string name = CopyrightPartName(line.substr(start, end - start));
    if (!name.empty()) return name;
    if (end == line.size()) break;
    start = end + skip;
  }
  return "";
}

namespace {

// True when the words of `name` stand in a row among the words of `text`, in any case.
bool HoldsWords(std::string_view text, std::string_view name) {
  std::vector<std::string_view> t = Words(text), n = Words(name);
  if (n.empty()) return false;
  for (size_t i = 0; i + n.size() <= t.size(); ++i) {
    size_t k = 0;
    while (k < n.size() && EqualsIgnoreCase(t[i + k], n[k])) ++k;
    if (k == n.size()) return true;
  }
  return false;
}

}  // namespace

std::string OutletFromCopyright(std::string_view site, std::string_view holder,
                                std::string_view masthead) {
  if (holder.empty()) return "";
  if (site.empty()) return HoldsWords(masthead, holder) ? std::string(holder) : "";
  if (FindOutlet(site) != nullptr) return "";
  std::string_view label = site.substr(0, site.find('.'));
  std::string joined;
  for (char c : holder) {
    if (c != ' ') joined.push_back(c);
  }
  return EqualsIgnoreCase(joined, label) ? std::string(holder) : "";
}

namespace {

// The outlets' sites by their name in ASCII lower case; the first of kOutlets' entries where
// two share a name. EqualsIgnoreCase(e.name, name) holds exactly when AsciiLower of both is the
// same string, so a lookup of AsciiLower(name) finds the entry a scan of kOutlets would.
const std::unordered_map<std::string, std::string_view>& SitesByLowerName() {
  static const std::unordered_map<std::string, std::string_view> table = [] {
    std::unordered_map<std::string, std::string_view> t;
    for (const OutletEntry& e : kOutlets) t.try_emplace(AsciiLower(e.name), e.site);
    // "Korea Herald" for "The Korea Herald" (a byline "By Korea Herald"): a name of two words
    // or more without its article (one word alone, "Guardian", "Star", is as often a word).
    for (const OutletEntry& e : kOutlets) {
      std::string_view rest = e.name.substr(std::min<size_t>(4, e.name.size()));
      if (e.name.starts_with("The ") && rest.find(' ') != std::string_view::npos) {
        t.try_emplace(AsciiLower(rest), e.site);
      }
    }
    return t;
  }();
  return table;
}

// The longest outlet name: no longer name can be one.
const size_t kMaxOutletName = [] {
  size_t n = 0;
  for (const OutletEntry& e : kOutlets) n = std::max(n, e.name.size());
  return n;
}();

// A test before the lookup, one bit per (length, first byte, last byte) of the outlets'
// names in ASCII lower case: AsciiLower(name) equals a key of SitesByLowerName() only when
// the two agree in length and at both ends, so a name whose bit is clear is no outlet's and
// needs no lower-cased copy and no hash. (Most words and runs asked about are not names.)
class OutletNameFilter {
 public:
  OutletNameFilter() {
    for (const OutletEntry& e : kOutlets) {
      bits_.set(Bit(e.name));
      if (e.name.starts_with("The ")) bits_.set(Bit(e.name.substr(4)));  // SitesByLowerName's
    }
  }
  // `name` is not empty.
  bool MayName(std::string_view name) const { return bits_.test(Bit(name)); }

 private:
  static constexpr int kShift = 12;
  static size_t Bit(std::string_view s) {
    auto lower = [](char c) {
      return static_cast<uint32_t>(static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
    };
    uint32_t key = lower(s.front()) | lower(s.back()) << 8 | static_cast<uint32_t>(s.size()) << 16;
    return (key * 0x9E3779B1u) >> (32 - kShift);
  }
  std::bitset<size_t{1} << kShift> bits_;
};

const OutletNameFilter& NameFilter() {
  static const OutletNameFilter filter;
  return filter;
}

}  // namespace

std::string SiteForOutletName(std::string_view name) {
  name = Trim(name);
  if (name.empty()) return "";
  // SiteFromToken finds no host in a name without a full stop (trimming adds none): most
  // names asked about are words and runs of words, which need no call.
  if (std::memchr(name.data(), '.', name.size()) != nullptr) {
    std::string site = SiteFromToken(name);
    if (!site.empty()) return site;
  }
  if (name.size() > kMaxOutletName || !NameFilter().MayName(name)) return "";
  const auto& table = SitesByLowerName();
  auto it = table.find(AsciiLower(name));
  return it == table.end() ? "" : std::string(it->second);
}

}  // namespace kabar::extract
