// ParseHtmlDate: a small tokenizer over digits, words and signs; see the header for forms.
#include "extract/html_date.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace kabar {
namespace {

struct Month {
  const char* name;
  int number;
};

// English and Indonesian names and abbreviations; the other languages news sites in the test
// sets and beyond write dates in (French, Spanish, Portuguese, Italian, German, Dutch,
// Romanian, Turkish, Polish, Malay, Tagalog, the Scandinavian languages, Albanian, Hungarian,
// Czech, Russian and Ukrainian in the genitive, Arabic with both the Egyptian and the
// Levantine names). Where two languages give one name two months (Croatian "listopada" is
// October, Polish November), the name is left out for the smaller one. Lower case; a word matches a
// name it is a prefix of when it has at least three letters (code points), so "Dec.", "janv." and
// "сент" match.
constexpr Month kMonths[] = {
    {"january", 1},
    {"januari", 1},
    {"pebruari", 2},
    {"february", 2},
    {"februari", 2},
    {"march", 3},
    {"maret", 3},
    {"april", 4},
    {"may", 5},
    {"mei", 5},
    {"june", 6},
    {"juni", 6},
    {"july", 7},
    {"juli", 7},
    {"august", 8},
    {"agustus", 8},
    {"agu", 8},
    {"september", 9},
    {"sept", 9},
    {"october", 10},
    {"oktober", 10},
    {"okt", 10},
    {"november", 11},
    {"nopember", 11},
    {"december", 12},
    {"desember", 12},
    {"des", 12},
    // French
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"mai", 5},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    // Spanish, Portuguese, Italian
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"dezembro", 12},
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    // German, Dutch
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"dezember", 12},
    {"maart", 3},
    {"augustus", 8},
    // Romanian, Turkish, Polish
    {"ianuarie", 1},
    {"februarie", 2},
    {"martie", 3},
    {"aprilie", 4},
    {"iunie", 6},
    {"iulie", 7},
    {"septembrie", 9},
    {"octombrie", 10},
    {"noiembrie", 11},
    {"decembrie", 12},
    {"ocak", 1},
    {"şubat", 2},
    {"subat", 2},
    {"mart", 3},
    {"nisan", 4},
    {"mayıs", 5},
    {"haziran", 6},
    {"temmuz", 7},
    {"ağustos", 8},
    {"eylül", 9},
    {"ekim", 10},
    {"kasım", 11},
    {"aralık", 12},
    {"stycznia", 1},
    {"lutego", 2},
    {"marca", 3},
    {"kwietnia", 4},
    {"maja", 5},
    {"czerwca", 6},
    {"lipca", 7},
    {"sierpnia", 8},
    {"września", 9},
    {"października", 10},
    {"listopada", 11},
    {"grudnia", 12},
    // Malay, Tagalog (the names the lists above do not hold)
    {"mac", 3},
    {"julai", 7},
    {"ogos", 8},
    {"disember", 12},
    {"pebrero", 2},
    {"marso", 3},
    {"hunyo", 6},
    {"hulyo", 7},
    {"setyembre", 9},
    {"oktubre", 10},
    {"nobyembre", 11},
    {"disyembre", 12},
    // Danish, Norwegian, Swedish
    {"marts", 3},
    {"augusti", 8},
    // Albanian
    {"janar", 1},
    {"shkurt", 2},
    {"prill", 4},
    {"qershor", 6},
    {"korrik", 7},
    {"gusht", 8},
    {"shtator", 9},
    {"tetor", 10},
    {"nëntor", 11},
    {"dhjetor", 12},
    // Czech (genitive), Hungarian
    {"ledna", 1},
    {"února", 2},
    {"března", 3},
    {"dubna", 4},
    {"května", 5},
    {"června", 6},
    {"července", 7},
    {"srpna", 8},
    {"září", 9},
    {"října", 10},
    {"prosince", 12},
    {"január", 1},
    {"február", 2},
    {"március", 3},
    {"április", 4},
    {"május", 5},
    {"június", 6},
    {"július", 7},
    {"augusztus", 8},
    {"szeptember", 9},
    {"október", 10},
    // Russian, Ukrainian (genitive, as dates are written)
    {"января", 1},
    {"февраля", 2},
    {"марта", 3},
    {"апреля", 4},
    {"мая", 5},
    {"июня", 6},
    {"июля", 7},
    {"августа", 8},
    {"сентября", 9},
    {"октября", 10},
    {"ноября", 11},
    {"декабря", 12},
    {"січня", 1},
    {"лютого", 2},
    {"березня", 3},
    {"квітня", 4},
    {"травня", 5},
    {"червня", 6},
    {"липня", 7},
    {"серпня", 8},
    {"вересня", 9},
    {"жовтня", 10},
    {"листопада", 11},
    {"грудня", 12},
    // Arabic: Egyptian / Gulf names, then the Levantine single-word names
    {"يناير", 1},
    {"فبراير", 2},
    {"مارس", 3},
    {"أبريل", 4},
    {"ابريل", 4},
    {"إبريل", 4},
    {"مايو", 5},
    {"يونيو", 6},
    {"يوليو", 7},
    {"أغسطس", 8},
    {"اغسطس", 8},
    {"سبتمبر", 9},
    {"أكتوبر", 10},
    {"اكتوبر", 10},
    {"نوفمبر", 11},
    {"ديسمبر", 12},
    {"شباط", 2},
    {"آذار", 3},
    {"نيسان", 4},
    {"أيار", 5},
    {"حزيران", 6},
    {"تموز", 7},
    {"آب", 8},
    {"أيلول", 9},
};

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

int MonthFromWord(const std::string& w) {
  if (CodePoints(w) < 3 && w != "آب") return 0;
  for (const Month& m : kMonths) {
    std::string_view name = m.name;
    if (w.size() <= name.size() && name.compare(0, w.size(), w) == 0) return m.number;
  }
  return 0;
}

// Words that sit between the parts of a date ("17 de marzo de 2020", "the 3rd of May") and
// the CJK markers of year, month and day ("2020年7月3日", "2020년 7월 3일").
bool IsFillerWord(const std::string& w) {
  static const char* const kFillers[] = {"de", "del", "di", "of",   "the", "st", "nd",
                                         "rd", "th",  "er", "年",   "月",  "日", "년",
                                         "월", "일",  "г",  "року", "roku"};
  for (const char* f : kFillers) {
    if (w == f) return true;
  }
  return false;
}

struct Zone {
  const char* name;
  int minutes;
};
constexpr Zone kZones[] = {{"z", 0},      {"utc", 0},    {"gmt", 0},    {"wib", 420},
                           {"wita", 480}, {"wit", 540},  {"est", -300}, {"edt", -240},
                           {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
                           {"pst", -480}, {"pdt", -420}, {"bst", 60},   {"cet", 60},
                           {"cest", 120}, {"ist", 330},  {"jst", 540},  {"aest", 600}};

struct Token {
  enum Kind { kNumber, kWord, kSign, kColon, kOther } kind;
  std::string text;
  char next = 0;  // the byte right after the token (0 at the end)
};

// ASCII letters and every byte of a multi-byte UTF-8 sequence, except the ideographic
// comma and full stop that CJK text uses as separators.
bool IsWordByte(unsigned char c) { return std::isalpha(c) || c >= 0x80; }

// "年" ends a word of its own: in "2020年7月3日" each marker is a word between the numbers.
void SplitCjkMarkers(std::string* w) {
  for (const char* m : {"年", "月", "日", "년", "월", "일"}) {
    if (w->size() > 3 && w->compare(0, 3, m) == 0) w->resize(3);
  }
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size() && out.size() < 64) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t j = i + 1;
    Token t{Token::kOther, ""};
    if (std::isdigit(c)) {
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      t.kind = Token::kNumber;
    } else if (IsWordByte(c)) {
      while (j < s.size() && IsWordByte(static_cast<unsigned char>(s[j]))) ++j;
      t.kind = Token::kWord;
    } else if (c == '+' || c == '-') {
      t.kind = Token::kSign;
    } else if (c == ':') {
      t.kind = Token::kColon;
    } else if (std::isspace(c) || c == ',' || c == '.' || c == '/' || c == 'T') {
      i = j;
      continue;
    }
    t.text.assign(s.substr(i, j - i));
    t.next = j < s.size() ? s[j] : 0;
    if (t.kind == Token::kWord) {
      for (char& ch : t.text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      SplitCjkMarkers(&t.text);
      if (IsFillerWord(t.text)) {
        i = j;
        continue;
      }
    }
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

struct Parts {
  int y = 0, mo = 0, d = 0, h = -1, mi = 0, sec = 0;
  bool has_zone = false;
  int zone = 0;  // minutes east of UTC
};

bool ValidDate(const Parts& p) {
  return p.y >= 1990 && p.y <= 2100 && p.mo >= 1 && p.mo <= 12 && p.d >= 1 && p.d <= 31;
}

std::string Format(const Parts& p) {
  char buf[40];
  if (p.h < 0 || p.h > 23 || p.mi > 59 || p.sec > 60) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.y, p.mo, p.d);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", p.y, p.mo, p.d, p.h, p.mi, p.sec);
  std::string out = buf;
  if (p.has_zone) {
    int z = p.zone < 0 ? -p.zone : p.zone;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", p.zone < 0 ? '-' : '+', z / 60, z % 60);
    out += buf;
  }
  return out;
}

int Num(const Token& t) { return t.text.size() > 9 ? -1 : std::atoi(t.text.c_str()); }

// Reads "HH:MM[:SS][.fff] [am|pm] [zone]" starting at tokens[i].
void ParseTime(const std::vector<Token>& t, size_t i, Parts* p) {
  if (i + 2 >= t.size() + 0 || t[i].kind != Token::kNumber) return;
  if (i + 2 < t.size() && t[i + 1].kind == Token::kColon && t[i + 2].kind == Token::kNumber) {
    p->h = Num(t[i]);
    p->mi = Num(t[i + 2]);
    i += 3;
    if (i + 1 < t.size() && t[i].kind == Token::kColon && t[i + 1].kind == Token::kNumber) {
      p->sec = Num(t[i + 1]);
      i += 2;
    }
  } else if (t[i + 1].kind == Token::kWord && t[i + 1].text == "h" &&
             t[i + 2].kind == Token::kNumber && t[i + 2].text.size() == 2) {
    // "10h32": French, Portuguese and Spanish write the hour mark between hours and minutes.
    p->h = Num(t[i]);
    p->mi = Num(t[i + 2]);
    return;
  } else if (t[i].next == '.' && t[i + 1].kind == Token::kNumber && t[i + 1].text.size() == 2 &&
             t[i + 2].kind == Token::kWord && t[i + 2].text == "uhr") {
    // "10.32 Uhr": German.
    p->h = Num(t[i]);
    p->mi = Num(t[i + 1]);
    return;
  } else {
    return;
  }
  if (i < t.size() && t[i].kind == Token::kNumber && t[i].text.size() <= 3) ++i;  // .fff
  if (i < t.size() && t[i].kind == Token::kWord) {
    // English and Arabic (م / مساءً evening, ص / صباحاً morning) markers.
    const std::string& w = t[i].text;
    bool pm = w == "pm" || w == "م" || w.rfind("مساء", 0) == 0;
    bool am = w == "am" || w == "ص" || w.rfind("صباح", 0) == 0;
    if (pm && p->h < 12) p->h += 12;
    if (am && p->h == 12) p->h = 0;
    if (pm || am) ++i;
  }
  if (i < t.size() && t[i].kind == Token::kWord) {
    for (const Zone& z : kZones) {
      if (t[i].text == z.name) {
        p->has_zone = true;
        p->zone = z.minutes;
        ++i;
        break;
      }
    }
  }
  if (i + 1 < t.size() && t[i].kind == Token::kSign && t[i + 1].kind == Token::kNumber) {
    int sign = t[i].text == "-" ? -1 : 1;
    const std::string& n = t[i + 1].text;
    int hh = 0, mm = 0;
    if (n.size() == 4) {
      hh = std::atoi(n.substr(0, 2).c_str());
      mm = std::atoi(n.substr(2).c_str());
    } else if (n.size() <= 2) {
      hh = std::atoi(n.c_str());
      if (i + 3 < t.size() && t[i + 2].kind == Token::kColon && t[i + 3].kind == Token::kNumber) {
        mm = Num(t[i + 3]);
      }
    } else {
      return;
    }
    if (hh <= 14 && mm < 60) {
      p->has_zone = true;
      p->zone = sign * (hh * 60 + mm);
    }
  }
}

// Finds year, month and day; returns the index of the token after the date, or 0.
size_t ParseDay(const std::vector<Token>& t, Parts* p) {
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& a = t[i];
    // 20240619 or 20240619T...
    if (a.kind == Token::kNumber && a.text.size() == 8) {
      p->y = std::atoi(a.text.substr(0, 4).c_str());
      p->mo = std::atoi(a.text.substr(4, 2).c_str());
      p->d = std::atoi(a.text.substr(6, 2).c_str());
      if (ValidDate(*p)) return i + 1;
    }
    if (i + 2 >= t.size() + 0 && !(i + 1 < t.size())) break;
    // Y-M-D (separators skipped or signs)
    auto next_num = [&](size_t k, size_t* out) {
      if (k < t.size() && t[k].kind == Token::kSign) ++k;
      if (k < t.size() && t[k].kind == Token::kNumber) {
        *out = k;
        return true;
      }
      return false;
    };
    size_t j = 0, k = 0;
    if (a.kind == Token::kNumber && a.text.size() == 4 && next_num(i + 1, &j) &&
        next_num(j + 1, &k)) {
      p->y = Num(a);
      p->mo = Num(t[j]);
      p->d = Num(t[k]);
      if (ValidDate(*p)) return k + 1;
    }
    // Y Month D, as Hungarian writes it ("2020. június 4.").
    if (a.kind == Token::kNumber && a.text.size() == 4 && i + 2 < t.size() &&
        t[i + 1].kind == Token::kWord && MonthFromWord(t[i + 1].text) > 0 &&
        t[i + 2].kind == Token::kNumber && t[i + 2].text.size() <= 2) {
      p->y = Num(a);
      p->mo = MonthFromWord(t[i + 1].text);
      p->d = Num(t[i + 2]);
      if (ValidDate(*p)) return i + 3;
    }
    // D Month Y  /  Month D Y; a second name of the same month may follow the first
    // ("24 نيسان / أبريل 2020").
    if (a.kind == Token::kWord && MonthFromWord(a.text) > 0) {
      int mo = MonthFromWord(a.text);
      size_t m = i + 1;
      if (m < t.size() && t[m].kind == Token::kWord && MonthFromWord(t[m].text) == mo) ++m;
      if (m + 1 < t.size() && t[m].kind == Token::kNumber && t[m + 1].kind == Token::kNumber &&
          t[m + 1].text.size() == 4) {
        p->y = Num(t[m + 1]);
        p->mo = mo;
        p->d = Num(t[m]);
        if (ValidDate(*p)) return m + 2;
      }
      if (i >= 1 && m < t.size() && t[i - 1].kind == Token::kNumber &&
          t[m].kind == Token::kNumber && t[m].text.size() == 4) {
        p->y = Num(t[m]);
        p->mo = mo;
        p->d = Num(t[i - 1]);
        if (ValidDate(*p)) return m + 1;
      }
    }
    // D/M/Y with an unambiguous day, or written with dots ("11.02.2020") or hyphens
    // ("03-09-2025", as Indonesian, Indian and Dutch sites print it) when the second number can
    // be a month: the US writes its month first with slashes only. Else M/D/Y (US).
    if (a.kind == Token::kNumber && a.text.size() <= 2 && next_num(i + 1, &j) &&
        t[j].text.size() <= 2 && next_num(j + 1, &k) && t[k].text.size() == 4) {
      int x = Num(a), y = Num(t[j]);
      const bool dotted = a.next == '.' && t[j].next == '.';
      const bool hyphened = a.next == '-' && t[j].next == '-';
      bool day_first = x > 12 || dotted || (hyphened && y <= 12);
      p->y = Num(t[k]);
      p->d = day_first ? x : y;
      p->mo = day_first ? y : x;
      if (ValidDate(*p)) return k + 1;
    }
  }
  return 0;
}

// True when `s` opens with exactly eight digits ("20240619/..."): "%4d%2d%2d" alone would
// also read a seven-digit id ("2028064/") as 2028-06-04.
bool EightDigitsAlone(std::string_view s) {
  if (s.size() < 8) return false;
  for (size_t i = 0; i < 8; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return s.size() == 8 || !std::isdigit(static_cast<unsigned char>(s[8]));
}

}  // namespace

std::string ParseHtmlDate(std::string_view text) {
  if (text.size() > 200) text = text.substr(0, 200);
  // Unix epoch seconds or milliseconds.
  if (text.size() == 10 || text.size() == 13) {
    bool digits = true;
    for (char c : text) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (digits) {
      long long v = std::atoll(std::string(text.substr(0, 10)).c_str());
      time_t secs = static_cast<time_t>(v);
      struct tm tm;
      if (gmtime_r(&secs, &tm) != nullptr && tm.tm_year + 1900 >= 1990) {
        Parts p{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min,         tm.tm_sec,     true,       0};
        return Format(p);
      }
    }
  }
  std::vector<Token> t = Tokenize(text);
  Parts p;
  size_t next = ParseDay(t, &p);
  if (next == 0) return "";
  for (size_t i = next; i < t.size() && i < next + 3; ++i) {
    if (t[i].kind == Token::kNumber) {
      ParseTime(t, i, &p);
      break;
    }
  }
  if (p.h < 0) ParseTime(t, 0, &p);  // "01:38:07 PM IST Nov 20, 2019"
  return Format(p);
}

bool MayHoldHtmlDate(std::string_view text) {
  int run = 0;
  for (char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

std::string DateFromUrl(std::string_view url) {
  // Look only at the path.
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return "";
  std::string_view p = url.substr(path);
  for (size_t i = 0; i + 8 <= p.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(p[i])) ||
        (i > 0 && std::isdigit(static_cast<unsigned char>(p[i - 1])))) {
      continue;
    }
    int y = 0, mo = 0, d = 0;
    char s1 = 0, s2 = 0;
    int n = 0;
    std::string rest(p.substr(i, 12));
    if (std::sscanf(rest.c_str(), "%4d%c%2d%c%2d%n", &y, &s1, &mo, &s2, &d, &n) == 5 &&
        (s1 == '/' || s1 == '-' || s1 == '_') && s2 == s1 && n >= 8 &&
        (static_cast<size_t>(n) >= rest.size() ||
         !std::isdigit(static_cast<unsigned char>(rest[n])))) {
      Parts parts{y, mo, d};
      if (ValidDate(parts)) return Format(parts);
    }
    if (EightDigitsAlone(rest) && std::sscanf(rest.c_str(), "%4d%2d%2d", &y, &mo, &d) == 3) {
      Parts parts{y, mo, d};
      if (ValidDate(parts)) return Format(parts);
    }
  }
  return "";
}

}  // namespace kabar
