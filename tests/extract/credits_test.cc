#include "extract/credits.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {
namespace {

using Names = std::vector<std::string>;

TEST(Credits, ParsesLabelledLines) {
  struct Case {
    const char* line;
    Names authors, editors, agencies, sources, others;
  };
  const Case cases[] = {
      {"Penulis : Rizky L Pratama Editor : Edy-A.-Putra", {"Rizky L Pratama"}, {"Edy A. Putra"}},
      {"Sumber : Associated Press", {}, {}, {"Associated Press"}},
      {"Sumber: Tribunnews.com", {}, {}, {}, {"Tribunnews.com"}},
      {"Video Production: Gianta Firmandimas Adya Mahendra",
       {},
       {},
       {},
       {},
       {"Gianta Firmandimas Adya Mahendra"}},
      {"Reporter: Ahmad Fauzi", {"Ahmad Fauzi"}},
      {"Oleh: Budi Santoso", {"Budi Santoso"}},
      {"By Jane Doe and John Roe", {"Jane Doe", "John Roe"}},
      {"By JANE DOE", {"Jane Doe"}},
      {"Reporting by Jane Doe; Editing by John Roe", {"Jane Doe"}, {"John Roe"}},
      // Reuters's closing credits name the places the writers filed from.
      {"Additional reporting by John Smith in London; Writing by Jane Doe; Editing by Mark Brown",
       {"John Smith", "Jane Doe"},
       {"Mark Brown"}},
      {"\u2014 With assistance from John Smith", {"John Smith"}},  // Bloomberg's
      {"Sources: Reuters, AP", {}, {}, {"Reuters", "Associated Press"}},
      {"Penulis: Ida Rosdalina | Editor: Budi", {"Ida Rosdalina"}, {"Budi"}},
      // Two labels before one colon credit the names in both roles.
      {"Redaktur & Reporter : Friederich Batari", {"Friederich Batari"}, {"Friederich Batari"}},
      {"Penulis dan Editor: Sari Dewi", {"Sari Dewi"}, {"Sari Dewi"}},
      {"Reporter/Editor: Ahmad Fauzi/Budi Santoso", {"Ahmad Fauzi"}, {"Budi Santoso"}},
      {"Rep: Fuji Eka Permana/ Red: Ani Nursalikah", {"Fuji Eka Permana"}, {"Ani Nursalikah"}},
      // A desk's initials after the name are no second author; an agency's are an agency.
      {"Oleh: Herman / FER", {"Herman"}},
      // Initials alone credit no person ("Editor: HWT"): the credit line is still read.
      {"Penulis: Emanuel Kolo Ratu | Editor: HWT", {"Emanuel Kolo Ratu"}},
      {"Oleh: Sari Dewi / AFP", {"Sari Dewi"}, {}, {"AFP"}},
      // "Laporan:" (report by) credits the reporter; a site's account or desk is no person.
      {"Laporan: Rina Kartika", {"Rina Kartika"}},
      // The Tribun network's report line with the place it was filed from.
      {"Laporan Rizki Maulana | Banda Aceh", {"Rizki Maulana"}},
      {"Penulis: Redaksi | Editor: Tim Redaksi", {}, {}},
      // Words by, coverage by, a journalist; a translator is no writer.
      {"Teks: Rina Kartika / Foto: Andi Wijaya", {"Rina Kartika"}, {}, {}, {}, {"Andi Wijaya"}},
      {"Liputan: Rina Kartika", {"Rina Kartika"}},
      {"Jurnalis: Rina Kartika | Penerjemah: Andi Wijaya",
       {"Rina Kartika"},
       {},
       {},
       {},
       {"Andi Wijaya"}},
      {"Oleh: Admin Diskominfo", {}},
  };
  for (const Case& c : cases) {
    Credits got;
    SCOPED_TRACE(c.line);
    ASSERT_TRUE(ParseCreditLine(c.line, &got));
    EXPECT_EQ(got.authors, c.authors);
    EXPECT_EQ(got.editors, c.editors);
    EXPECT_EQ(got.agencies, c.agencies);
    EXPECT_EQ(got.sources, c.sources);
    EXPECT_EQ(got.others, c.others);
  }
}

// An editor's e-mail address in brackets after the name (Investor Daily's credit line).
TEST(Credits, AddressInBracketsAfterTheName) {
  Credits c;
  ASSERT_TRUE(ParseCreditLine("Editor: Euis Rita Hartati (euis_rita@investor.co.id)", &c));
  EXPECT_EQ(c.editors, std::vector<std::string>{"Euis Rita Hartati"});
}

TEST(Credits, DegreesAfterTheNameAreNoPersons) {
  Credits c;
  ASSERT_TRUE(ParseCreditLine("Oleh: Dr. Ir. Hendra Saputra, M.Si.", &c));
  EXPECT_EQ(c.authors, std::vector<std::string>{"Dr. Ir. Hendra Saputra"});
  Credits two;
  ASSERT_TRUE(
      ParseCreditLine("Penulis: Andi Wijaya, S.H., M.H. | Editor: Rina Sari, S.Sos.", &two));
  EXPECT_EQ(two.authors, std::vector<std::string>{"Andi Wijaya"});
  EXPECT_EQ(two.editors, std::vector<std::string>{"Rina Sari"});
}

TEST(Credits, ThePostOrOutletAddedToTheNameIsNoPartOfIt) {
  for (const char* line :
       {"Penulis: Rahmat Rahman Patty (Kontributor Ambon)",
        "Penulis: Rahmat Rahman Patty - detikNews", "Oleh: Rahmat Rahman Patty - Jurnalis",
        "Ditulis oleh: Rahmat Rahman Patty", "Penulis: Rahmat Rahman Patty - Kompas.com"}) {
    Credits c;
    ASSERT_TRUE(ParseCreditLine(line, &c)) << line;
    EXPECT_EQ(c.authors, std::vector<std::string>{"Rahmat Rahman Patty"}) << line;
  }
  // The publication the writer wrote for, after "for" in any case; the post before it is a job
  // title.
  for (const char* line :
       {"By Jane Doe For Mailonline", "By Jane Doe for The Guardian", "BY JANE DOE FOR MAILONLINE",
        "By Jane Doe, Political Editor For The Daily Mail"}) {
    Credits c;
    ASSERT_TRUE(ParseCreditLine(line, &c)) << line;
    EXPECT_EQ(c.authors, std::vector<std::string>{"Jane Doe"}) << line;
  }
  // After the name, an outlet's English title with its article ("The Daily Record").
  {
    Credits c;
    ASSERT_TRUE(ParseCreditLine("By Jane Doe, The Daily Record", &c));
    EXPECT_EQ(c.authors, std::vector<std::string>{"Jane Doe"});
  }
  // A dash inside a name, or before words that are no post or outlet, stays.
  Credits c;
  ASSERT_TRUE(ParseCreditLine("Penulis: Siti Nur-Aini", &c));
  EXPECT_EQ(c.authors, std::vector<std::string>{"Siti Nur-Aini"});
}

TEST(Credits, AJobTitleOrAWireAfterTheNameIsNoSecondWriter) {
  Credits title;
  ASSERT_TRUE(ParseCreditLine("By John Smith, Staff Writer", &title));
  EXPECT_EQ(title.authors, std::vector<std::string>{"John Smith"});
  // After a middle dot or a long dash; one role word is a post too.
  for (const char* line : {"By John Smith \u00b7 Reporter", "By John Smith \u2014 Staff Writer",
                           "By John Smith \u00b7 Reporter \u00b7 The Daily Record"}) {
    Credits c;
    ASSERT_TRUE(ParseCreditLine(line, &c)) << line;
    EXPECT_EQ(c.authors, std::vector<std::string>{"John Smith"}) << line;
  }
  // Print and wire copy run the wire's name into the byline without a comma.
  for (const char* line : {"By JOHN SMITH Associated Press", "By John Smith AFP",
                           "By Hillel ItalieThe Associated Press"}) {
    Credits c;
    ASSERT_TRUE(ParseCreditLine(line, &c)) << line;
    ASSERT_EQ(c.authors.size(), 1u) << line;
    EXPECT_EQ(c.agencies.size(), 1u) << line;
  }
  Credits glued;
  ASSERT_TRUE(ParseCreditLine("By Hillel ItalieThe Associated Press", &glued));
  EXPECT_EQ(glued.authors, std::vector<std::string>{"Hillel Italie"});
  EXPECT_EQ(glued.agencies, std::vector<std::string>{"Associated Press"});
}

TEST(Credits, SiteRolesAreNoPersons) {
  for (const char* role :
       {"Admin", "admin", "Redaksi", "Tim Redaksi", "Team Editorial", "Editorial Team", "Webmaster",
        "Admin Diskominfo", "Redaksi Warta Andalas", "Humas Polres Bantul", "Newsroom", "Staff",
        "Kontributor Banda Neira", "Wartawan Ambon", "Agensi", "Agencies"}) {
    EXPECT_TRUE(NamesASiteRole(role)) << role;
  }
  EXPECT_TRUE(NamesASiteRole("Redaksi Kompas"));  // the desk of a known outlet
  for (const char* person : {"Tim Cook", "Rina Kartika", "Staff Sgt. Lee", "Redi Saputra",
                             "Editha Lestari", "Redaksi Hutapea"}) {
    EXPECT_FALSE(NamesASiteRole(person)) << person;
  }
}

TEST(Credits, RejectsSentences) {
  for (const char* line : {"Oleh karena itu, pemerintah menaikkan harga.",
                           "By 2025, the company expects to double its sales.",
                           "Editor: the role of editors is changing, she said.",
                           "Penulis buku itu mengatakan hal yang sama.",
                           "Reporter and editor: the roles blur online, she said.",
                           "Berita Daerah | Banda Aceh", "Laporan Khusus | Banda Aceh"}) {
    Credits got;
    EXPECT_FALSE(ParseCreditLine(line, &got)) << line;
  }
}

TEST(Credits, LabelsAlone) {
  EXPECT_EQ(CreditLabelRole("Reporter"), CreditRole::kAuthor);
  EXPECT_EQ(CreditLabelRole("Editor :"), CreditRole::kEditor);
  EXPECT_EQ(CreditLabelRole("Penulis"), CreditRole::kAuthor);
  EXPECT_EQ(CreditLabelRole("Reporter Tempo"), CreditRole::kNone);
  EXPECT_EQ(CreditLabelRole("By"), CreditRole::kNone);
}

TEST(Credits, PersonNames) {
  EXPECT_TRUE(LooksLikePersonName("Daniel Ahmad Fajri"));
  EXPECT_TRUE(LooksLikePersonName("Rizky L Pratama"));
  EXPECT_TRUE(LooksLikePersonName("Muhammad bin Salman"));
  EXPECT_FALSE(LooksLikePersonName("Internasional"));
  EXPECT_FALSE(LooksLikePersonName("Kirim 2 artikel"));
  // An academic's post or university under the byline.
  EXPECT_FALSE(LooksLikePersonName("Universitas Gadjah Mada"));
  EXPECT_FALSE(LooksLikePersonName("Peneliti Ekonomi Pertanian"));
  EXPECT_FALSE(LooksLikePersonName("Senior Lecturer"));
  EXPECT_FALSE(LooksLikePersonName("A- A+"));  // a font size control
  EXPECT_FALSE(LooksLikePersonName("Ia pergi ke pasar."));
  EXPECT_EQ(NormalizePersonName("Edy-A.-Putra"), "Edy A. Putra");
  EXPECT_EQ(NormalizePersonName("  Kim   Jong-un , "), "Kim Jong-un");
  EXPECT_EQ(NormalizePersonName("JOHN SMITH"), "John Smith");
}

// A dated byline printing the rubric between the writer and the date: the writer is read
// only when the segment before the date is the article's section.
TEST(Credits, DateLabelCreditBeforeTheSection) {
  Credits got;
  EXPECT_TRUE(ParseDateLabelCreditBeforeSection("Nurul Aini Fadhilah | Humaniora | Jumat",
                                                "Humaniora", &got));
  EXPECT_EQ(got.authors, Names{"Nurul Aini Fadhilah"});
  Credits none;
  EXPECT_FALSE(ParseDateLabelCreditBeforeSection("Nurul Aini Fadhilah | Humaniora |", "", &none));
  EXPECT_FALSE(
      ParseDateLabelCreditBeforeSection("Nurul Aini Fadhilah | Opini |", "Humaniora", &none));
  EXPECT_FALSE(ParseDateLabelCreditBeforeSection("Humaniora", "Humaniora", &none));
  EXPECT_TRUE(none.authors.empty());
}

// The credit on a date line, before the date: a name, not the date's own label.
TEST(Credits, DateLabelCredit) {
  Credits got;
  EXPECT_TRUE(ParseDateLabelCredit("Bagas Pratama Putra, Jurnalis \u00b7", &got));
  EXPECT_EQ(got.authors, Names{"Bagas Pratama Putra"});
  Credits dotted;
  EXPECT_TRUE(ParseDateLabelCredit("Jane Doe \u00b7 Senior Reporter", &dotted));
  EXPECT_EQ(dotted.authors, Names{"Jane Doe"});
  // One name, with the role said; a place in brackets and the word before the date.
  Credits mononym, place;
  EXPECT_TRUE(ParseDateLabelCredit("Hambali, Jurnalis", &mononym));
  EXPECT_EQ(mononym.authors, Names{"Hambali"});
  EXPECT_TRUE(ParseDateLabelCredit("oleh Lestari Wulandari [Bengkalis] di", &place));
  EXPECT_EQ(place.authors, Names{"Lestari Wulandari"});
  Credits lone;
  EXPECT_FALSE(ParseDateLabelCredit("Hambali", &lone));
  // The writer, then the paper, before the word that opens the time (Gannett's bylines).
  Credits paper, national;
  EXPECT_TRUE(ParseDateLabelCredit("Mark Hicks, The Detroit News Published", &paper));
  EXPECT_EQ(paper.authors, Names{"Mark Hicks"});
  EXPECT_TRUE(ParseDateLabelCredit("Jane Doe, USA TODAY Published", &national));
  EXPECT_EQ(national.authors, Names{"Jane Doe"});
  Credits bullet;  // a separator before that word
  EXPECT_TRUE(ParseDateLabelCredit("By Jane Doe \u2022 Published", &bullet));
  EXPECT_EQ(bullet.authors, Names{"Jane Doe"});
  // A section's or the site's name before the date is no writer.
  Credits section, site;
  EXPECT_FALSE(ParseDateLabelCredit("All News", &section));
  EXPECT_FALSE(ParseDateLabelCredit("Warta Terkini", &site));
  EXPECT_TRUE(section.authors.empty() && site.authors.empty());
  // A credit label without its colon before one name: credited in the label's role.
  Credits editor;
  EXPECT_TRUE(ParseDateLabelCredit("Editor Yuliani Santoso", &editor));
  EXPECT_EQ(editor.editors, Names{"Yuliani Santoso"});
  EXPECT_TRUE(editor.authors.empty());
  for (const char* label : {"Last Updated:", "Diperbarui", "Published on"}) {
    Credits none;
    EXPECT_FALSE(ParseDateLabelCredit(label, &none)) << label;
    EXPECT_TRUE(none.authors.empty()) << label;
  }
}

// A browser's text dump glues the text of adjacent elements: the pieces are split at a
// capitalised word running into a capital, but not inside names such as "McDonald".
TEST(Credits, GluedWordsOfATextDump) {
  using Views = std::vector<std::string_view>;
  EXPECT_EQ(SplitGluedWords("Rizal HanafiDian Kartika Sari"),
            (Views{"Rizal Hanafi", "Dian Kartika Sari"}));
  EXPECT_EQ(SplitGluedWords("PenulisAnindya Paramitha"), (Views{"Penulis", "Anindya Paramitha"}));
  for (const char* one : {"Ronald McDonald", "Maria DeLuca", "Ian MacKenzie", "iPhone", "Rizal"}) {
    EXPECT_EQ(SplitGluedWords(one).size(), 1u) << one;
  }
  Credits label;
  ASSERT_TRUE(ParseCreditLine("PenulisAnindya Paramitha", &label));
  EXPECT_EQ(label.authors, Names{"Anindya Paramitha"});
  Credits longer;  // a longer label: the split is found past the first eight bytes
  ASSERT_TRUE(ParseCreditLine("KontributorHendra Hidayat", &longer));
  EXPECT_EQ(longer.authors, Names{"Hendra Hidayat"});
  Credits editor;
  ASSERT_TRUE(ParseCreditLine("PenyuntingDewi Lestari", &editor));
  EXPECT_EQ(editor.editors, Names{"Dewi Lestari"});
  Credits comma;  // BBC's screen-reader label, a comma for the colon
  ASSERT_TRUE(ParseCreditLine("Penulis, Yohana Siregar", &comma));
  EXPECT_EQ(comma.authors, Names{"Yohana Siregar"});
  Credits dated;
  ASSERT_TRUE(ParseDateLabelCredit("Oleh: Rahmat HidayatSabtu,", &dated));
  EXPECT_EQ(dated.authors, Names{"Rahmat Hidayat"});
  Credits sentence;  // a glued word in a sentence is no credit line
  EXPECT_FALSE(ParseCreditLine("Berita TerkiniSelasa pagi hujan turun di Kupang", &sentence));
}

TEST(Credits, AuthorBio) {
  EXPECT_TRUE(LooksLikeAuthorBio(
      "Lulus dari Universitas Gunadarma jurusan Sastra Inggris pada 2019. Bergabung dengan "
      "Tempo pada 2021."));
  EXPECT_TRUE(LooksLikeAuthorBio("Jane Doe is a senior reporter covering energy markets in Asia."));
  EXPECT_TRUE(
      LooksLikeAuthorBio("Bea Cupin is Rappler's senior multimedia reporter covering "
                         "politics."));
  EXPECT_FALSE(LooksLikeAuthorBio("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu."));
}

// A byline with its date on one line, parted by a dash: the credit before, the date alone after.
TEST(Credits, LabelledBylineAndDateOnOneLine) {
  Credits c;
  DateFound d;
  std::string_view line =
      "Oleh Siti Aisyah Kamaruddin dan Mohd Hafiz Ismail - Mac 18, 2025 @ 3:12pm";
  ASSERT_TRUE(SplitLabelledCreditsAndDate(line, TimePoint{}, &c, &d));
  EXPECT_EQ(c.authors, (Names{"Siti Aisyah Kamaruddin", "Mohd Hafiz Ismail"}));
  EXPECT_EQ(line.substr(d.begin, 6), "Mac 18");
  EXPECT_EQ(d.iso.substr(0, 16), "2025-03-18T15:12");
  // A job title between the separator and the date: not this form.
  Credits titled;
  DateFound none;
  EXPECT_FALSE(
      SplitLabelledCreditsAndDate("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z",
                                  TimePoint{}, &titled, &none));
  // No label first: not this form (SplitCreditsAndDate reads it).
  EXPECT_FALSE(
      SplitLabelledCreditsAndDate("Rizky Maulana - 18 Mar 2025", TimePoint{}, &titled, &none));
}

// "Tom Whitfield in Brisbane" (the Guardian's byline) and "BBC News, Hong Kong" (the line under
// BBC News' writer's name) name where the writer files from.
TEST(Credits, LabelledCreditAfterTheDate) {
  Credits c;
  ASSERT_TRUE(ParseDateTailCredit(" | Penulis: Rina Kartika", &c));
  EXPECT_EQ(c.authors, Names{"Rina Kartika"});
  c = {};
  ASSERT_TRUE(ParseDateTailCredit(" Oleh: Rina Kartika", &c));
  EXPECT_EQ(c.authors, Names{"Rina Kartika"});
  c = {};
  ASSERT_TRUE(ParseDateTailCredit(" \xE2\x80\x94 Editor: Budi Santoso", &c));
  EXPECT_EQ(c.editors, Names{"Budi Santoso"});
  // Not labelled: the reading count, a place, a bare name.
  for (const char* tail : {" | Dibaca 1.234 kali", ", Jakarta", " - Rina Kartika", ""}) {
    c = {};
    EXPECT_FALSE(ParseDateTailCredit(tail, &c)) << tail;
  }
}

TEST(Credits, BylinePlaces) {
  EXPECT_TRUE(IsNameInPlace("Tom Whitfield in Brisbane"));
  EXPECT_TRUE(IsNameInPlace("Helen Davidson in Taipei"));
  EXPECT_FALSE(IsNameInPlace("Floods in Jakarta"));
  EXPECT_FALSE(IsNameInPlace("Tom Whitfield in the city of Brisbane"));
  EXPECT_EQ(OutletAndPlace("BBC News, Hong Kong", "BBC"), "Hong Kong");
  EXPECT_EQ(OutletAndPlace("Budi Santoso, Jakarta", ""), "");  // a person, not an outlet
  EXPECT_EQ(OutletAndPlace("The Straits Times, Singapore", ""), "Singapore");
  EXPECT_EQ(OutletAndPlace("Hong Kong, China", "BBC"), "");
}

}  // namespace
}  // namespace kabar::extract
