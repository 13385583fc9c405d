#include "extract/dateline.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "extract/date_line_place.h"

namespace kabar::extract {
namespace {

struct Case {
  const char* paragraph;
  bool ok;
  const char* place;
  const char* site;
  const char* outlet;
  const char* agency;
};

TEST(Dateline, ParsesIndonesianAndEnglishForms) {
  const Case cases[] = {
      {"TEMPO.CO, Jakarta - Pemimpin Korea Utara", true, "Jakarta", "tempo.co", "Tempo", ""},
      {"PYONGYANG, KOMPAS.TV - Pemimpin Korea Utara", true, "Pyongyang", "kompas.tv", "Kompas TV",
       ""},
      {"JAKARTA, KOMPAS.com - Presiden Joko Widodo", true, "Jakarta", "kompas.com", "Kompas", ""},
      {"Jakarta (ANTARA) - Menteri Keuangan", true, "Jakarta", "", "", "Antara"},
      {"TRIBUN-VIDEO.COM - Pemimpin Korea Utara", true, "", "tribun-video.com", "Tribun Video", ""},
      {"WASHINGTON (Reuters) - The U.S. Senate", true, "Washington", "", "", "Reuters"},
      {"LONDON, June 3 (Reuters) - British inflation", true, "London", "", "", "Reuters"},
      {"NEW YORK (AP) \xE2\x80\x94 Stocks fell", true, "New York", "", "", "Associated Press"},
      // Icons a dump printed as list markers before it.
      {"* *  *  * NEW YORK (AP) \xE2\x80\x94 Stocks fell", true, "New York", "", "",
       "Associated Press"},
      {"KUALA LUMPUR \xE2\x80\x94 Malaysia said", true, "Kuala Lumpur", "", "", ""},
      // A place in capitals, its province and country (four or five words).
      {"ILOILO CITY, Iloilo, Philippines \xE2\x80\x94 Vendors and shoppers", true, "Iloilo City",
       "", "", ""},
      {"Ketua Umum Partai, Budi Santoso \xE2\x80\x94 yang hadir", false, "", "", "", ""},
      {"TEMPO.CO, Jakarta -\xC2\xA0Presiden Rusia", true, "Jakarta", "tempo.co", "Tempo", ""},
      // The place after the dash, in capitals and closed by a full stop.
      {"KONTAN.CO.ID - JAKARTA. Rupiah ditutup menguat", true, "Jakarta", "kontan.co.id", "Kontan",
       ""},
      {"KONTAN.CO.ID - NEW YORK. Harga minyak naik", true, "New York", "kontan.co.id", "Kontan",
       ""},
      // The place after the dash, closed by a second dash.
      {"KRjogja.com - SLEMAN - Harga salak turun", true, "Sleman", "krjogja.com", "KRjogja", ""},
      // The place and the outlet set off by a bar.
      {"SURABAYA | duta.co \u2013 Harga cabai turun", true, "Surabaya", "duta.co", "Duta", ""},
      // Not a place: a sentence in capitals after the dash stays text.
      {"KONTAN.CO.ID - Harga minyak naik. Sebab", true, "", "kontan.co.id", "Kontan", ""},
      // An outlet's name in capitals is place-shaped but names the outlet.
      {"PIKIRAN RAKYAT - Jalur lingkar selatan ditutup", true, "", "pikiran-rakyat.com",
       "Pikiran Rakyat", ""},
      {"BANDUNG, PIKIRAN RAKYAT - Jalur lingkar selatan ditutup", true, "Bandung",
       "pikiran-rakyat.com", "Pikiran Rakyat", ""},
      // An agency's service, or an unknown outlet or desk in parentheses after a place.
      {"Jakarta (ANTARA News) - Menteri Keuangan", true, "Jakarta", "", "", "Antara"},
      {"Bantul (Diskominfo) \xE2\x80\x93 Pemerintah Kabupaten Bantul", true, "Bantul", "", "", ""},
      {"HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists", true, "Honolulu", "", "", ""},
      {"DONGGALA, 14 Maret 2025 (Sulteng Post) \xE2\x80\x93 Gempa mengguncang", true, "Donggala",
       "", "", ""},
      // The agency between slashes (TASS's form); an unknown name between slashes is none.
      {"MOSCOW, June 19. /TASS/. Russian President", true, "Moscow", "", "", "TASS"},
      {"ST. PETERSBURG, March 3. /TASS/. The city", true, "St. Petersburg", "", "", "TASS"},
      {"Jakarta /Pemkot/. Pemerintah kota", false, "", "", "", ""},
      // Not datelines.
      {"(Diskominfo) - Pemerintah Kabupaten Bantul", false, "", "", "", ""},
      {"Jakarta (Dinas Pekerjaan Umum Kota) - Jalan itu", false, "", "", "", ""},
      {"Jakarta (12) - Seorang anak", false, "", "", "", ""},
      {"Pemimpin Korea Utara Kim Jong-un menyatakan dukungan", false, "", "", "", ""},
      {"Harga naik 5 - 10 persen tahun ini, kata dia.", false, "", "", "", ""},
      {"T - Mobile continues to add to its line - up of devices", false, "", "", "", ""},
      {"Menurut dia, situasi - yang memburuk - perlu diatasi.", false, "", "", "", ""},
      {"TEMPO.CO, Jakarta - ", false, "", "", "", ""},
  };
  for (const Case& c : cases) {
    Dateline d;
    SCOPED_TRACE(c.paragraph);
    ASSERT_EQ(ParseDateline(c.paragraph, &d), c.ok);
    if (!c.ok) continue;
    EXPECT_EQ(d.place, c.place);
    EXPECT_EQ(d.site, c.site);
    EXPECT_EQ(d.outlet, c.outlet);
    EXPECT_EQ(d.agency, c.agency);
  }
}

// A part naming the page's own outlet is that outlet, however little known, not a place.
TEST(Dateline, ThePagesOwnOutletByName) {
  Dateline d;
  ASSERT_TRUE(ParseDateline("Lintas Pagi, Makassar -- Pada awal tahun", "Lintas Pagi", &d));
  EXPECT_EQ(d.place, "Makassar");
  ASSERT_TRUE(ParseDateline("CHICAGO (The Harbor Ledger) -- Police said", "The Harbor Ledger", &d));
  EXPECT_EQ(d.place, "Chicago");
  // Without the outlet, the first such part is the place and the parenthesis no source.
  ASSERT_TRUE(ParseDateline("Lintas Pagi, Makassar -- Pada awal tahun", &d));
  EXPECT_EQ(d.place, "Lintas Pagi");
  EXPECT_FALSE(ParseDateline("CHICAGO (The Harbor Ledger) -- Police said", &d));
}

// A paragraph parsed again (the thread keeps its last few datelines) gets the same answer, for
// its own page outlet only; a failed parse leaves *out as it was.
TEST(Dateline, AParagraphParsedAgainGetsTheSameAnswer) {
  const std::string_view paragraphs[] = {
      "Lintas Pagi, Makassar -- Pada awal tahun", "JAKARTA, KOMPAS.com - Harga emas naik",
      "WASHINGTON (Reuters) - The Senate voted",  "Jakarta (ANTARA) - Pemerintah menyiapkan",
      "LONDON, June 3 (Reuters) - Shares fell",   "TEMPO.CO, Jakarta - Presiden meminta"};
  for (int round = 0; round < 3; ++round) {
    for (std::string_view p : paragraphs) {
      Dateline d;
      ASSERT_TRUE(ParseDateline(p, &d)) << p;
      EXPECT_FALSE(d.place.empty()) << p;
    }
    Dateline own, plain;
    ASSERT_TRUE(ParseDateline(paragraphs[0], "Lintas Pagi", &own));
    ASSERT_TRUE(ParseDateline(paragraphs[0], &plain));
    EXPECT_EQ(own.place, "Makassar");
    EXPECT_EQ(plain.place, "Lintas Pagi");
    Dateline kept;
    kept.place = "kept";
    EXPECT_FALSE(ParseDateline("CHICAGO (The Harbor Ledger) -- Police said", &kept));
    EXPECT_EQ(kept.place, "kept");
  }
  Dateline a, b;
  ASSERT_TRUE(ParseDateline(paragraphs[1], &a));
  ASSERT_TRUE(ParseDateline(std::string(paragraphs[1]), &b));  // equal text, other bytes
  EXPECT_EQ(a.place, b.place);
  EXPECT_EQ(a.site, b.site);
  EXPECT_EQ(a.outlet, b.outlet);
  EXPECT_EQ(a.agency, b.agency);
  EXPECT_EQ(a.length, b.length);
  EXPECT_EQ(b.site, "kompas.com");
}

TEST(Dateline, LengthCoversPrefixDashAndSpace) {
  Dateline d;
  ASSERT_TRUE(ParseDateline("WASHINGTON (Reuters) - The Senate", &d));
  EXPECT_EQ(std::string_view("WASHINGTON (Reuters) - The Senate").substr(d.length), "The Senate");
  ASSERT_TRUE(ParseDateline("KRjogja.com - SLEMAN - Harga naik", &d));
  EXPECT_EQ(std::string_view("KRjogja.com - SLEMAN - Harga naik").substr(d.length), "Harga naik");
  ASSERT_TRUE(ParseDateline("KONTAN.CO.ID - JAKARTA. Rupiah naik", &d));
  EXPECT_EQ(std::string_view("KONTAN.CO.ID - JAKARTA. Rupiah naik").substr(d.length),
            "Rupiah naik");
}

TEST(ParseColonDateline, PlaceAndColonOpenTheStory) {
  Dateline d;
  ASSERT_TRUE(ParseColonDateline(
      "Santiago: Gempa bermagnitudo 6,4 mengguncang pesisir tengah Chile pada Selasa malam.",
      "medcom.id", &d));
  EXPECT_EQ(d.place, "Santiago");
  EXPECT_EQ(d.length, 10u);
  ASSERT_TRUE(ParseColonDateline(
      "NEW YORK: Stocks fell on Monday as investors weighed the latest jobs figures.", "dawn.com",
      &d));
  EXPECT_EQ(d.place, "New York");
  // The page's own outlet, a comma and the place (Metro TV's form); another site's name is no
  // outlet of this page.
  const char* metro =
      "Metrotvnews.com, Pekalongan: Banjir rob kembali merendam ratusan rumah warga di pesisir "
      "Kota Pekalongan.";
  ASSERT_TRUE(ParseColonDateline(metro, "metrotvnews.com", &d));
  EXPECT_EQ(d.place, "Pekalongan");
  EXPECT_EQ(d.length, 29u);
  Dateline other;
  EXPECT_FALSE(ParseColonDateline(metro, "detik.com", &other));
  // The place, then the outlet's domain or a name in brackets, before the colon.
  Dateline waspada;
  ASSERT_TRUE(ParseColonDateline(
      "MEDAN, Waspada.id: Harga cabai merah di pasar tradisional Medan turun tajam sepekan ini.",
      "", &waspada));
  EXPECT_EQ(waspada.place, "Medan");
  EXPECT_EQ(waspada.site, "waspada.id");
  Dateline karya;
  ASSERT_TRUE(
      ParseColonDateline("JAKARTA (Suara Karya): Harga cabai merah di pasar tradisional Jakarta "
                         "turun tajam pekan ini.",
                         "", &karya));
  EXPECT_EQ(karya.place, "Jakarta");
  Dateline english;  // a title-case name and a colon on an English site: a column's address
  EXPECT_FALSE(ParseColonDateline(
      "Dear Abby: My husband and I have been married for twenty years and he still snores.",
      "uexpress.com", &english));
  EXPECT_FALSE(ParseColonDateline(  // a salutation, even in capitals
      "DEAR ABBY: My husband of more than twenty years just bought plane tickets for us.",
      "oregonlive.com", &english));
  for (const char* p : {"Update: The company said on Monday that the recall covers all models.",
                        "Editor: Budi Santoso menyunting naskah ini pada Senin pagi kemarin.",
                        "Foto: Warga berkumpul di luar gedung setelah gempa mengguncang kota.",
                        "Jakarta: singkat saja.",
                        "AMD (NYSE: AMD) today announced it has signed an agreement to buy a firm.",
                        "Jakarta: Hujan turun.",
                        "The Long Road Home Again: A family returns after ten years away."}) {
    Dateline none;
    EXPECT_FALSE(ParseColonDateline(p, "medcom.id", &none)) << p;
  }
}

TEST(ParseCaselessDateline, PlaceAndDashInAScriptWithoutCapitals) {
  Dateline d;
  // "عمّان- وقّعت ...", "غزة - قال ...": glued or spaced dash.
  EXPECT_TRUE(
      ParseCaselessDateline("\u0639\u0645\u0651\u0627\u0646- \u0648\u0642\u0651\u0639\u062a", &d));
  EXPECT_EQ(d.place, "\u0639\u0645\u0651\u0627\u0646");
  EXPECT_TRUE(ParseCaselessDateline("\u063a\u0632\u0629 - \u0642\u0627\u0644", &d));
  EXPECT_EQ(d.place, "\u063a\u0632\u0629");
  // A news agency ("خبرگزاری آریا -"), Latin letters, three words, or no space after the
  // dash: none.
  EXPECT_FALSE(
      ParseCaselessDateline("\u062e\u0628\u0631\u06af\u0632\u0627\u0631\u06cc "
                            "\u0622\u0631\u06cc\u0627 - \u0631\u06cc\u06cc\u0633",
                            &d));
  EXPECT_FALSE(ParseCaselessDateline("Jakarta- kata dia", &d));
  EXPECT_FALSE(
      ParseCaselessDateline("\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 "
                            "\u0625\u0646 - \u0627\u0644\u0645\u062d\u0637\u0629",
                            &d));
  EXPECT_FALSE(ParseCaselessDateline(
      "\u0639\u0645\u0651\u0627\u0646-\u0627\u0644\u0632\u0631\u0642\u0627\u0621", &d));
}

TEST(ParseStopDateline, PlaceAndFullStopOpenTheStory) {
  Dateline d;
  ASSERT_TRUE(ParseStopDateline(
      "Jakarta. Indonesia is courting buyers in South Korea and Japan for its nickel matte.",
      "jakartaglobe.id", &d));
  EXPECT_EQ(d.place, "Jakarta");
  EXPECT_EQ(d.length, 9u);
  ASSERT_TRUE(ParseStopDateline(
      "Labuan Bajo. Pemerintah daerah menambah jadwal kapal wisata ke Pulau Komodo bulan ini.",
      "kompas.id", &d));
  EXPECT_EQ(d.place, "Labuan Bajo");
  for (const char* p : {
           "Prof. Andi Wijaya mengatakan penelitian itu akan dilanjutkan tahun depan di Makassar.",
           "Dr. Siti Rahma memimpin tim dokter yang menangani korban kecelakaan bus itu kemarin.",
           "Jl. Sudirman ditutup sementara karena ada perbaikan saluran air hingga pekan depan.",
           "Jakarta. Hujan turun.",  // too short a sentence after it
           "Update. The company said on Monday that the recall covers all of its models.",
           "Ketua DPRD Kota Bogor. Budi Santoso, mengatakan rapat akan digelar pada pekan depan.",
       }) {
    Dateline none;
    EXPECT_FALSE(ParseStopDateline(p, "jakartaglobe.id", &none)) << p;
  }
  // The site's own name, an outlet's or an agency's is no place.
  Dateline source;
  EXPECT_FALSE(ParseStopDateline(
      "RMOL. Pemimpin Korea Utara Kim Jong Un mengirim surat ucapan terima kasih kepada Putin.",
      "rmol.id", &source));
  EXPECT_FALSE(ParseStopDateline(
      "Antara. Pemerintah daerah menambah jadwal kapal wisata ke Pulau Komodo bulan ini.",
      "kompas.id", &source));
  Dateline english;  // not on an Indonesian site
  EXPECT_FALSE(ParseStopDateline(
      "Jakarta. Indonesia is courting buyers in South Korea and Japan for its nickel matte.",
      "example.com", &english));
}

// The dash is found wherever it stands in the prefix (the scan takes 16 bytes a step), past
// hyphens inside words, and not beyond the longest prefix (80 bytes).
TEST(Dateline, DashFoundAtEveryPlaceOfThePrefix) {
  for (std::string dash : {"-", "--", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    for (size_t k = 0; k < 90; ++k) {
      for (std::string_view opening : {"Kota", "Kota-Baru"}) {
        std::string place = std::string(opening) + std::string(k, 'a');
        std::string line = place + " " + dash + " Presiden berkata hari ini.";
        Dateline d;
        ASSERT_EQ(ParseDateline(line, &d), place.size() <= 80) << line;
        if (place.size() <= 80) {
          EXPECT_EQ(d.length, place.size() + 2 + dash.size()) << line;
        }
      }
    }
  }
}

TEST(PlaceOpeningDateLine, APlaceBeforeTheDateButNoDeskOrOutlet) {
  Article a;
  a.outlet = "Metro TV";
  EXPECT_EQ(PlaceOpeningDateLine("Surabaya \u25cf Thu, June 20, 2024", a), "Surabaya");
  EXPECT_EQ(PlaceOpeningDateLine("Redaksi Metro TV \u2022 21 November 2025 14:05", a), "");
  EXPECT_EQ(PlaceOpeningDateLine("Metro TV - 21 November 2025 14:05", a), "");
  EXPECT_EQ(PlaceOpeningDateLine("By Tom Smith - Nov 19, 2019", a), "");
}

}  // namespace
}  // namespace kabar::extract
