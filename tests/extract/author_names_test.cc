#include "extract/author_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kabar::extract {
namespace {

using Names = std::vector<std::string>;

Names Read(std::string_view value, std::string_view site = "example.com",
           std::string_view site_name = "") {
  Names out;
  ReadAuthorValue(value, {site, site_name}, &out);
  return out;
}

TEST(AuthorNames, PlainNamesPassThrough) {
  EXPECT_EQ(Read("Jane Doe"), Names{"Jane Doe"});
  EXPECT_EQ(Read("Ursula von der Leyen"), Names{"Ursula von der Leyen"});
  EXPECT_EQ(Read("John"), Names{"John"});
  EXPECT_EQ(Read("Алексей Супрун"), Names{"Алексей Супрун"});
  EXPECT_EQ(Read("ضحى عرفة"), Names{"ضحى عرفة"});
}

TEST(AuthorNames, BylineLeadsInSeveralLanguagesAreDropped) {
  EXPECT_EQ(Read("Von Britta Schultejans"), Names{"Britta Schultejans"});
  EXPECT_EQ(Read("Por Rosalía Nieves"), Names{"Rosalía Nieves"});
  EXPECT_EQ(Read("Analysis by Chris Cillizza"), Names{"Chris Cillizza"});
}

TEST(AuthorNames, AffiliationAfterTheNameIsDropped) {
  EXPECT_EQ(Read("Spencer S. Hsu, The Washington Post"), Names{"Spencer S. Hsu"});
  EXPECT_EQ(Read("Troy L. Smith, Cleveland.com"), Names{"Troy L. Smith"});
  EXPECT_EQ(Read("Amy Kuperinsky | NJ Advance Media for NJ.com"), Names{"Amy Kuperinsky"});
  EXPECT_EQ(Read("Jo Roe, Metro Desk Editor"), Names{"Jo Roe"});
  EXPECT_EQ(Read("Tim Childers - Live Science Contributor"), Names{"Tim Childers"});
  EXPECT_EQ(Read("Kashmira Gander On 11/13/19 at 4:00 PM EST"), Names{"Kashmira Gander"});
  EXPECT_EQ(Read("Euis Rita Hartati (euis_rita@investor.co.id)"), Names{"Euis Rita Hartati"});
  EXPECT_EQ(Read("Dio Suhenda (The Jakarta Post)"), Names{"Dio Suhenda"});
  EXPECT_EQ(Read("Ika Putri (Kompas.com)"), Names{"Ika Putri"});
  EXPECT_EQ(Read("Jane Doe / The Jakarta Post"), Names{"Jane Doe"});
  EXPECT_EQ(Read("Jane Doe For Mailonline"), Names{"Jane Doe"});
  EXPECT_EQ(Read("Jane Doe and John Roe for The Guardian"), (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(Read("Jane Doe, special to The Globe"), Names{"Jane Doe"});
  EXPECT_EQ(Read("Jane Doe, Political Editor For The Daily Mail"), Names{"Jane Doe"});
  // A dash after something that is no name is not an affiliation's.
  EXPECT_EQ(Read("(Kota - Harian Kota)", "hariankota.id", "Harian Kota"),
            Names{"(Kota - Harian Kota)"});
  EXPECT_EQ(Read("kota kecil - AP"), Names{"kota kecil - AP"});  // and no agency from it
}

TEST(AuthorNames, AgencyAffiliationIsKeptAsTheAgency) {
  EXPECT_EQ(Read("TOM KRISHER, AP Auto Writer"), (Names{"Tom Krisher", "Associated Press"}));
  EXPECT_EQ(Read("MEG KINNARD and ERRIN HAINES, Associated Press"),
            (Names{"Meg Kinnard", "Errin Haines", "Associated Press"}));
  EXPECT_EQ(Read("Colleen Barry, The Associated Press"),
            (Names{"Colleen Barry", "Associated Press"}));
  EXPECT_EQ(Read("Jane Doe (Reuters)"), (Names{"Reuters", "Jane Doe"}));
}

// "Name / Outlet" under a headline is a byline; "Name / Reuters" credits a picture's
// photographer, as captions print it.
TEST(AuthorNames, SlashBeforeTheOutletIsAnAffiliationBeforeAWireAPhotoCredit) {
  const AuthorPage page{"example.com", ""};
  EXPECT_TRUE(EndsWithAffiliation("Jane Doe / The Jakarta Post", page));
  EXPECT_FALSE(EndsWithAffiliation("Leonhard Foeger / Reuters file", page));
  EXPECT_FALSE(EndsWithAffiliation("Leonhard Foeger / Reuters", page));
}

TEST(AuthorNames, ListsOfNamesAreSplit) {
  EXPECT_EQ(Read("Kimberly Miller and Gareth McGrath"),
            (Names{"Kimberly Miller", "Gareth McGrath"}));
  EXPECT_EQ(Read("Christal Hayes, Michael Collins, Nicholas Wu | USA TODAY"),
            (Names{"Christal Hayes", "Michael Collins", "Nicholas Wu"}));
}

TEST(AuthorNames, TrailingHandlesDatesAndDegreesAreCut) {
  EXPECT_EQ(Read("Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET \u2022 2 min read"),
            Names{"Bryan DeArdo"});
  EXPECT_EQ(Read("Madeline Fry | November 18, 2019 12:01 PM Print this article"),
            Names{"Madeline Fry"});
  EXPECT_EQ(Read("Rachael Link, MS, RD"), Names{"Rachael Link"});
  EXPECT_EQ(Read("RDN"), Names{});
}

TEST(AuthorNames, HandlesAreNotNames) {
  for (const char* handle : {"gqlshare", "jdadmin", "/christopherlwood", "j03f3l_1000",
                             "219.79.38.192", "kevin-r", "@someone"}) {
    EXPECT_EQ(Read(handle), Names{}) << handle;
  }
}

TEST(AuthorNames, TheOutletIsNotAnAuthor) {
  EXPECT_EQ(Read("KUT", "kut.org"), Names{});
  EXPECT_EQ(Read("Listin Diario", "listindiario.com"), Names{});
  EXPECT_EQ(Read("INFORM.KZ", "inform.kz"), Names{});
  EXPECT_EQ(Read("News18", "news18.com"), Names{});
  EXPECT_EQ(Read("Times Of India", "indiatimes.com", "The Times of India"), Names{});
  EXPECT_EQ(Read("Nathan Bernier", "kut.org"), Names{"Nathan Bernier"});
  EXPECT_EQ(Read("The Daily Planet", "planet.co.uk", "The Daily Planet"), Names{});
  // One word for what the outlet is, then its site's label: "Jornal O Papel" on opapel.com.
  EXPECT_EQ(Read("Jornal O Papel", "opapel.com"), Names{});
  EXPECT_EQ(Read("Harian Lintas", "lintas.id"), Names{});
  EXPECT_EQ(Read("Dio Suhenda (The Jakarta Post)", "thejakartapost.com"), Names{"Dio Suhenda"});
  EXPECT_EQ(Read("Rina Dewi", "dewi.id"), Names{"Rina Dewi"});  // a label under five letters
  // A wire agency is its own credit, on its own site too.
  EXPECT_EQ(Read("Reuters", "reuters.com", "Reuters"), Names{"Reuters"});
}

TEST(AuthorNames, ANewsroomDeskIsNotAnAuthor) {
  EXPECT_EQ(Read("Redaksi", "cnbcindonesia.com", "CNBC Indonesia"), Names{});
  EXPECT_EQ(Read("Redaksi, CNBC Indonesia", "cnbcindonesia.com", "CNBC Indonesia"), Names{});
  EXPECT_EQ(Read("Tim Redaksi"), Names{});
  EXPECT_EQ(Read("Ditulis oleh Super User"), Names{});  // Joomla's default account
  EXPECT_EQ(Read("Diposting oleh Rina Kartika"), Names{"Rina Kartika"});
  EXPECT_EQ(Read("Web Desk"), Names{});
  EXPECT_EQ(Read("Staff"), Names{});
  // The newsroom's word in other languages opens a desk's account name too.
  EXPECT_EQ(Read("Redaccion"), Names{});
  EXPECT_EQ(Read("Redacci\u00f3n La Raz\u00f3n 2"), Names{});
  EXPECT_EQ(Read("Redazione ANSA"), Names{});
  EXPECT_EQ(Read("Reda\u00e7\u00e3o"), Names{});
  // A person whose name holds a desk word is still a person.
  EXPECT_EQ(Read("Redaksi Hutapea"), Names{"Redaksi Hutapea"});
}

TEST(AuthorNames, OtherCreditLabelsAreNotAuthors) {
  EXPECT_EQ(Read("Фото: Алексей Меринов"), Names{});
  EXPECT_EQ(Read("Foto: Budi Santoso"), Names{});
  EXPECT_EQ(Read("Penulis: Budi Santoso"), Names{"Budi Santoso"});
}

TEST(AuthorNames, SkipsNamesAlreadyRead) {
  Names out = {"Jane Doe"};
  ReadAuthorValue("JANE DOE", {"example.com", ""}, &out);
  EXPECT_EQ(out, Names{"Jane Doe"});
}

TEST(AuthorNames, JobTitlesUnderABylineAreNoNames) {
  EXPECT_TRUE(IsJobTitle("Transport Correspondent"));
  EXPECT_TRUE(IsJobTitle("Senior Political Writer"));
  EXPECT_TRUE(IsJobTitle("Assistant News Editor"));
  EXPECT_FALSE(IsJobTitle("Tay Hui Min"));
  EXPECT_FALSE(IsJobTitle("Correspondent"));             // one word: a label, perhaps
  EXPECT_FALSE(IsJobTitle("By Meg JamesStaff Writer"));  // a byline
  EXPECT_FALSE(IsJobTitle("By\xC2\xA0Michael HiltzikBusiness Columnist\xC2\xA0"));
  EXPECT_FALSE(IsJobTitle("the transport correspondent"));  // not a title line
  EXPECT_FALSE(IsJobTitle("Our Correspondent Reports From The Border Town"));
  // A role word, then an outlet's name; a role word, then a person's is a credit.
  EXPECT_TRUE(IsJobTitle("Wartawan BBC News Indonesia"));
  EXPECT_TRUE(IsJobTitle("Reporter Kompas.com"));
  EXPECT_FALSE(IsJobTitle("Editor Yudono Prasetyo"));
}

// A job title a text dump glued to the name before it is cut off; names with a capital inside
// stay whole.
TEST(AuthorNames, GluedJobTitleIsCutFromTheName) {
  EXPECT_EQ(WithoutGluedJobTitle("Meg JamesStaff Writer"), "Meg James");
  EXPECT_EQ(WithoutGluedJobTitle("Michael HiltzikBusiness Columnist"), "Michael Hiltzik");
  EXPECT_EQ(WithoutGluedJobTitle("Bryan DeArdo"), "Bryan DeArdo");
  EXPECT_EQ(WithoutGluedJobTitle("Sandee LaMotte"), "Sandee LaMotte");
  EXPECT_EQ(WithoutGluedJobTitle("JamesStaff Writer"), "JamesStaff Writer");        // no name left
  EXPECT_EQ(WithoutGluedJobTitle("Rina HambaliWartawan"), "Rina HambaliWartawan");  // one word
}

}  // namespace
}  // namespace kabar::extract
