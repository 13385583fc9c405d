#include <gtest/gtest.h>

#include <string>

#include "kabar/normalize.h"

namespace kabar {
namespace {

TEST(NormalizeArticle, CleansAndRedactsEveryField) {
  Article a;
  a.title = "  Kontak\xC2\xA0redaksi:  tips@contoh.co.id ";
  a.lead = "Hubungi 0812 3456 7890";
  a.authors = {"Budi (budi@contoh.co.id)"};
  a.captions = {"Foto: +62 812-3456-7890", "a[at]b.id"};
  a.body = {"Pemerintah tidak bisa menjelaskan karena sudah terlambat kemarin.",
            "Info: (021) 555-1234 atau\tinfo@contoh.id.",
            "Surat ke humas [at] contoh [dot] go [dot] id atau pengaduan(AT)contoh.id."};
  a.removed = {{3, "Kami telah mengirimkan link aktivasi ke rudi@example.com.", "login"}};
  a.syndicated_from = {"contoh.id", "Dari x@y.com", "https://contoh.id/a?m=x@y.com"};
  a.input_json = R"({"note":"call +1 202 555 0123"})";
  ASSERT_TRUE(NormalizeArticle(&a).ok());
  EXPECT_EQ(a.title, "Kontak redaksi: [email]");
  EXPECT_EQ(a.lead, "Hubungi [phone]");
  EXPECT_EQ(a.authors[0], "Budi ([email])");
  EXPECT_EQ(a.captions[0], "Foto: [phone]");
  EXPECT_EQ(a.captions[1], "[email]");
  EXPECT_EQ(a.body[1], "Info: [phone] atau [email].");
  EXPECT_EQ(a.body[2], "Surat ke [email] atau [email].");
  EXPECT_EQ(a.removed[0].text, "Kami telah mengirimkan link aktivasi ke [email].");
  EXPECT_EQ(a.syndicated_from.title, "Dari [email]");
  EXPECT_EQ(a.syndicated_from.url, "https://contoh.id/a?m=[email]");
  EXPECT_EQ(a.input_json, R"({"note":"call [phone]"})");
  EXPECT_EQ(a.redactions["email"], 9);
  EXPECT_EQ(a.redactions["phone"], 4);
  EXPECT_EQ(a.language, "id");
}

TEST(NormalizeArticle, EmptyArticleIsUnd) {
  Article a;
  ASSERT_TRUE(NormalizeArticle(&a).ok());
  EXPECT_EQ(a.language, "und");
  EXPECT_TRUE(a.redactions.empty());
}

// Templates keep a default lang="en" on pages in other languages: the text overrules it.
TEST(NormalizeArticle, TextOverrulesAWrongDeclaredLanguage) {
  Article a;
  a.language = "en";  // what `<html lang="en-US">` gave
  a.title = "Pescadores piden apoyo para mejorar la producción de la presa";
  a.body = {
      "Los productores de la comunidad se reunieron con las autoridades municipales para "
      "solicitar crías de peces y capacitación durante los próximos meses.",
      "El presidente de la cooperativa explicó que la temporada de lluvias fue escasa y "
      "que la pesca ha disminuido en comparación con el año pasado."};
  ASSERT_TRUE(NormalizeArticle(&a).ok());
  EXPECT_EQ(a.language, "es");
}

TEST(NormalizeArticle, DeclaredLanguageStandsWhenTheTextIsTooShort) {
  Article a;
  a.language = "de";
  a.title = "OK";
  ASSERT_TRUE(NormalizeArticle(&a).ok());
  EXPECT_EQ(a.language, "de");
}

// Bosnian, Croatian and Serbian in Latin script are one language to text statistics; the
// publisher's declaration says which standard it wrote.
TEST(NormalizeArticle, DeclaredStandardStandsWithinOneLanguage) {
  Article a;
  a.language = "bs";
  a.title = "Direktor javnog preduzeća pozitivan na koronavirus";
  a.body = {
      "Generalni direktor preduzeća potvrdio je da je njegov test pozitivan i da se "
      "trenutno nalazi u samoizolaciji, a svi saradnici koji su bili u kontaktu s njim "
      "upućeni su na testiranje.",
      "Kako je saopšteno iz preduzeća, rad se odvija bez prekida i po svim propisanim "
      "mjerama zaštite."};
  ASSERT_TRUE(NormalizeArticle(&a).ok());
  EXPECT_EQ(a.language, "bs");
}

// Indonesian and Malay share most words of a short text; a page declaring Indonesian keeps it
// when the text reads as Malay, and an undeclared one takes the text's answer.
TEST(NormalizeArticle, DeclaredIndonesianStandsAgainstMalay) {
  Article a;
  a.title = "FOTO: Menyusuri Kampung Warna-warni di Tepi Sungai Musi";
  a.body = {
      "Kampung Kapitan di tepi Sungai Musi, Palembang, kini dipenuhi rumah panggung yang dicat "
      "warna-warni. Warga berharap kampung tua itu ramai dikunjungi wisatawan."};
  Article declared = a;
  declared.language = "id";
  ASSERT_TRUE(NormalizeArticle(&declared).ok());
  EXPECT_EQ(declared.language, "id");
  Article english = a;
  english.language = "en";  // a template's default: the text decides
  ASSERT_TRUE(NormalizeArticle(&english).ok());
  EXPECT_NE(english.language, "en");
}

}  // namespace
}  // namespace kabar
