// The layouts and the renderer. All names are invented; phrases are the generic furniture of
// Indonesian and English news sites.
#include "gen/site_layouts.h"

#include <cstdarg>
#include <cstdio>

namespace kabar::gen {
namespace {

const std::vector<std::string> kIdDays = {"Minggu", "Senin", "Selasa", "Rabu",
                                          "Kamis",  "Jumat", "Sabtu"};
const std::vector<std::string> kIdMonths = {"Januari",   "Februari", "Maret",    "April",
                                            "Mei",       "Juni",     "Juli",     "Agustus",
                                            "September", "Oktober",  "November", "Desember"};
const std::vector<std::string> kEnDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};
const std::vector<std::string> kEnMonths = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
const std::vector<std::string> kIdGiven = {"Andi", "Budi",   "Siti",  "Dewi",  "Rina",
                                           "Agus", "Hendra", "Putri", "Wahyu", "Rizky",
                                           "Nur",  "Fajar",  "Indah", "Yusuf", "Maya"};
const std::vector<std::string> kIdFamily = {"Pratama",   "Saputra",  "Lestari",  "Wijaya",
                                            "Hidayat",   "Nugroho",  "Santoso",  "Kurniawan",
                                            "Rahmawati", "Setiawan", "Hasibuan", "Siregar"};
const std::vector<std::string> kEnGiven = {"James", "Maria", "David", "Sarah", "Daniel",
                                           "Emily", "Peter", "Laura", "Kevin", "Hannah"};
const std::vector<std::string> kEnFamily = {"Miller",  "Carter", "Nguyen",  "Patel",   "Okafor",
                                            "Brennan", "Larsen", "Alvarez", "Kowalski"};
const std::vector<std::string> kIdPlaces = {"Jakarta",  "Surabaya", "Bandung",  "Medan",
                                            "Makassar", "Semarang", "Denpasar", "Yogyakarta"};
const std::vector<std::string> kEnPlaces = {"WASHINGTON", "LONDON",  "NEW YORK",
                                            "SYDNEY",     "CHICAGO", "TORONTO"};

struct Moment {
  int year, month, day, hour, minute, weekday;
};

// A random time between 2019 and 2025 (weekday by Sakamoto's method).
Moment RandomMoment(Rng* rng) {
  Moment m{rng->Between(2019, 2025), rng->Between(1, 12), rng->Between(1, 28),
           rng->Between(5, 22),      rng->Between(0, 59), 0};
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = m.year - (m.month < 3);
  m.weekday = (y + y / 4 - y / 100 + y / 400 + t[m.month - 1] + m.day) % 7;
  return m;
}

std::string Format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string Format(const char* fmt, ...) {
  char buf[256];
  va_list args;
  va_start(args, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  return buf;
}

std::string FormatDate(const Moment& m, DateStyle style) {
  const char* id_month = kIdMonths[m.month - 1].c_str();
  const char* en_month = kEnMonths[m.month - 1].c_str();
  switch (style) {
    case DateStyle::kIdLong:
      return Format("%s, %d %s %d %02d:%02d WIB", kIdDays[m.weekday].c_str(), m.day, id_month,
                    m.year, m.hour, m.minute);
    case DateStyle::kIdSlash:
      return Format("%02d/%02d/%d, %02d:%02d WIB", m.day, m.month, m.year, m.hour, m.minute);
    case DateStyle::kIdPipe:
      return Format("%s %d %s %d | %02d.%02d WIB", kIdDays[m.weekday].c_str(), m.day, id_month,
                    m.year, m.hour, m.minute);
    case DateStyle::kIso:
      return Format("%d-%02d-%02d %02d:%02d", m.year, m.month, m.day, m.hour, m.minute);
    case DateStyle::kEnUs:
      return Format("%s %d, %d %d:%02d %s ET", en_month, m.day, m.year, (m.hour + 11) % 12 + 1,
                    m.minute, m.hour < 12 ? "AM" : "PM");
    case DateStyle::kEnUk:
      return Format("%.3s %d %.3s %d %02d.%02d BST", kEnDays[m.weekday].c_str(), m.day, en_month,
                    m.year, m.hour, m.minute);
  }
  return "";
}

// ISO 8601 with the offset the layout's zone implies.
std::string IsoDate(const Moment& m, DateStyle style) {
  const char* offset = style == DateStyle::kEnUs   ? "-05:00"
                       : style == DateStyle::kEnUk ? "+01:00"
                                                   : "+07:00";
  return Format("%d-%02d-%02dT%02d:%02d:00%s", m.year, m.month, m.day, m.hour, m.minute, offset);
}

std::string PersonName(bool indonesian, Rng* rng) {
  if (indonesian) return rng->Pick(kIdGiven) + " " + rng->Pick(kIdFamily);
  return rng->Pick(kEnGiven) + " " + rng->Pick(kEnFamily);
}

std::string RelativeTime(bool indonesian, Rng* rng) {
  int n = rng->Between(1, 23);
  bool minutes = rng->Chance(0.3);
  if (indonesian) return std::to_string(n) + (minutes ? " menit" : " jam") + " lalu";
  return std::to_string(n) + (minutes ? " minutes" : " hours") + " ago";
}

std::string Replace(std::string s, const std::string& key, const std::string& value) {
  for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size())) {
    s.replace(at, key.size(), value);
  }
  return s;
}

class PageBuilder {
 public:
  PageBuilder(const SourceArticle& article, const SiteLayout& layout, Rng* rng)
      : a_(article), l_(layout), rng_(rng), id_(layout.language == "id") {}

  GeneratedPage Build() {
    p_.site = l_.site;
    p_.outlet = l_.outlet;
    p_.language = a_.language;
    p_.source = a_.origin + ":" + a_.id;
    p_.title = a_.title;
    Moment m = RandomMoment(rng_);
    p_.published = IsoDate(m, l_.date_style);
    AddHeader();
    if (l_.byline_before_title) AddByline();
    Add(a_.title, LineLabel::kTitle);
    AddBlank();
    if (!l_.byline_before_title) AddByline();
    Add(FormatDate(m, l_.date_style), LineLabel::kDate);
    AddBlank();
    if (l_.caption_under_title) AddCaption();
    AddBody();
    AddRelated();
    AddFooter();
    return std::move(p_);
  }

 private:
  void Add(std::string text, LineLabel label) { p_.lines.push_back({std::move(text), label}); }
  void AddBlank() { Add("", LineLabel::kBlank); }

  void AddHeader() {
    if (rng_->Chance(0.5)) {
      for (const std::string& line : l_.login) Add(line, LineLabel::kLogin);
      AddBlank();
    }
    for (const std::string& item : l_.menu) {
      if (rng_->Chance(0.8)) Add(item, LineLabel::kNavigation);
    }
    AddBlank();
    if (rng_->Chance(0.6)) Add(rng_->Pick(l_.ads), LineLabel::kAd);
  }

  void AddByline() {
    std::string author = PersonName(id_, rng_);
    p_.authors.push_back(author);
    Add(l_.byline_prefix + author, LineLabel::kByline);
    if (!l_.editor_prefix.empty())
      Add(l_.editor_prefix + PersonName(id_, rng_), LineLabel::kByline);
  }

  void AddCaption() {
    std::string who = PersonName(id_, rng_);
    std::string text = id_ ? "Ilustrasi: " + a_.title + ". (Foto: " + who + "/" + l_.outlet + ")"
                           : a_.title + ". (Photo: " + who + "/" + l_.outlet + ")";
    Add(text, LineLabel::kCaption);
    AddBlank();
  }

  void AddBody() {
    std::string place = rng_->Pick(id_ ? kIdPlaces : kEnPlaces);
    size_t ad_at = a_.paragraphs.size() > 3 ? 1 + rng_->Below(a_.paragraphs.size() - 2) : 0;
    for (size_t i = 0; i < a_.paragraphs.size(); ++i) {
      std::string text = a_.paragraphs[i];
      if (i == 0 && !l_.dateline_format.empty()) {
        p_.dateline = place;
        text = Replace(Replace(l_.dateline_format, "{OUTLET}", l_.outlet), "{PLACE}", place) + text;
      }
      Add(text, LineLabel::kBody);
      if (rng_->Chance(0.7)) AddBlank();
      if (i == ad_at && ad_at > 0) {
        Add(rng_->Pick(l_.ads), LineLabel::kAd);
        AddBlank();
      }
    }
  }

  void AddRelated() {
    Add(l_.related_header, LineLabel::kRelated);
    int n = rng_->Between(3, 6);
    for (int i = 0; i < n; ++i) {
      std::string headline = PersonName(id_, rng_) + (id_ ? " Tanggapi Isu " : " Responds to ") +
                             std::to_string(rng_->Between(2, 99)) + (id_ ? " Daerah" : " Claims");
      Add(headline, LineLabel::kRelated);
      Add(RelativeTime(id_, rng_), LineLabel::kRelated);
    }
    AddBlank();
  }

  void AddFooter() {
    for (const std::string& line : l_.social) {
      if (rng_->Chance(0.7)) Add(line, LineLabel::kSocial);
    }
    for (const std::string& line : l_.footer) Add(line, LineLabel::kFooter);
  }

  const SourceArticle& a_;
  const SiteLayout& l_;
  Rng* rng_;
  bool id_;
  GeneratedPage p_;
};

std::vector<SiteLayout> MakeLayouts() {
  std::vector<SiteLayout> v;
  v.push_back({"Warta Nusantara",
               "wartanusantara.id",
               "id",
               DateStyle::kIdLong,
               "WARTANUSANTARA.ID, {PLACE} - ",
               "Penulis: ",
               "Editor: ",
               "Baca Juga",
               {"Beranda", "Nasional", "Ekonomi", "Olahraga", "Teknologi", "Indeks"},
               {"Iklan", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"},
               {"Masuk", "Belum punya akun? Daftar di sini", "Lupa kata sandi?"},
               {"Bagikan:", "Facebook", "Twitter", "WhatsApp", "Salin tautan"},
               {"Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kontak",
                "Hak cipta (c) 2024 Warta Nusantara. Seluruh hak dilindungi."}});
  v.push_back(
      {"Kabar Cakrawala",
       "kabarcakrawala.com",
       "id",
       DateStyle::kIdPipe,
       "{PLACE}, KABARCAKRAWALA - ",
       "Reporter: ",
       "Editor: ",
       "Berita Terkait",
       {"Home", "News", "Bisnis", "Hiburan", "Gaya Hidup", "Video"},
       {"Advertisement", "Iklan - Scroll untuk melanjutkan"},
       {"Konfirmasi Email", "Kami telah mengirimkan link aktivasi ke email Anda.", "Kirim Ulang"},
       {"Ikuti kami di Instagram", "Unduh aplikasi Kabar Cakrawala di Google Play"},
       {"Syarat dan Ketentuan", "Kebijakan Privasi", "Copyright 2024 Kabar Cakrawala"}});
  v.push_back({"Harian Sinar Timur",
               "sinartimur.co.id",
               "id",
               DateStyle::kIdSlash,
               "",
               "Oleh ",
               "",
               "Pilihan Editor",
               {"Terkini", "Terpopuler", "Daerah", "Internasional", "Opini"},
               {"Iklan", "Konten Bersponsor"},
               {"Login untuk membaca artikel ini tanpa iklan"},
               {"#beritaterkini #sinartimur", "Follow juga akun media sosial kami"},
               {"Alamat Redaksi: Jl. Contoh Raya No. 1", "(c) Harian Sinar Timur"}});
  v.push_back({"Lintas Pagi",
               "lintaspagi.id",
               "id",
               DateStyle::kIso,
               "{OUTLET}, {PLACE} -- ",
               "Penulis : ",
               "Editor : ",
               "Rekomendasi Artikel",
               {"Menu", "Politik", "Hukum", "Ekonomi", "Bola", "Otomotif", "Cari"},
               {"ADVERTISEMENT", "Gulir ke bawah untuk melanjutkan membaca"},
               {"Daftar", "Masuk dengan Google"},
               {"Bagikan artikel ini", "Komentar di bawah menjadi tanggung jawab pembaca."},
               {"Tentang", "Karir", "Info Iklan", "Lintas Pagi (c) 2025"}});
  v.push_back({"Suara Kepulauan",
               "suarakepulauan.net",
               "id",
               DateStyle::kIdLong,
               "",
               "Oleh: ",
               "",
               "Baca Juga:",
               {"Berita", "Daerah", "Wisata", "Kuliner"},
               {"Iklan", "Promo spesial hari ini, klik di sini"},
               {"Berlangganan newsletter kami", "Masukkan alamat email"},
               {"Share", "Tweet"},
               {"Suara Kepulauan - Jaringan Media Kepulauan", "Pedoman Siber | Disclaimer"},
               true,
               false});
  v.push_back({"The Harbor Ledger",
               "harborledger.example.com",
               "en",
               DateStyle::kEnUs,
               "{PLACE} ({OUTLET}) -- ",
               "By ",
               "",
               "Read more",
               {"Home", "World", "U.S.", "Business", "Tech", "Opinion", "Subscribe"},
               {"Advertisement", "Story continues below advertisement"},
               {"Sign in", "Create a free account to keep reading"},
               {"Share this article", "Follow us on Facebook"},
               {"About us", "Terms of Service", "Privacy Policy",
                "(c) 2025 The Harbor Ledger. All rights reserved."}});
  v.push_back({"Northfield Courier",
               "northfieldcourier.example.net",
               "en",
               DateStyle::kEnUk,
               "",
               "Written by ",
               "Edited by ",
               "Related stories",
               {"News", "Sport", "Culture", "Weather", "Newsletters"},
               {"ADVERTISEMENT", "Sponsored content"},
               {"You have read 3 of 5 free articles this month", "Log in or register"},
               {"Share on X", "Email this story", "Comments are closed."},
               {"Contact the newsroom", "Cookie settings", "Northfield Courier Ltd"}});
  v.push_back({"Daily Meridian",
               "dailymeridian.example.org",
               "en",
               DateStyle::kIso,
               "",
               "By ",
               "",
               "Trending now",
               {"Latest", "Politics", "Markets", "Science", "Podcasts"},
               {"AD", "Continue reading below"},
               {"Already a subscriber? Sign in"},
               {"Join the conversation", "Download our app"},
               {"Careers", "Advertise with us", "Daily Meridian 2025"},
               true});
  return v;
}

}  // namespace

const char* LabelName(LineLabel label) {
  switch (label) {
    case LineLabel::kTitle:
      return "title";
    case LineLabel::kBody:
      return "body";
    case LineLabel::kLead:
      return "lead";
    case LineLabel::kCaption:
      return "caption";
    case LineLabel::kByline:
      return "byline";
    case LineLabel::kDate:
      return "date";
    case LineLabel::kNavigation:
      return "navigation";
    case LineLabel::kLogin:
      return "login";
    case LineLabel::kAd:
      return "ad";
    case LineLabel::kRelated:
      return "related";
    case LineLabel::kSocial:
      return "social";
    case LineLabel::kFooter:
      return "footer";
    case LineLabel::kBlank:
      return "blank";
  }
  return "unknown";
}

const std::vector<SiteLayout>& BuiltinLayouts() {
  static const std::vector<SiteLayout> layouts = MakeLayouts();
  return layouts;
}

GeneratedPage RenderPage(const SourceArticle& article, const SiteLayout& layout, Rng* rng) {
  return PageBuilder(article, layout, rng).Build();
}

}  // namespace kabar::gen
