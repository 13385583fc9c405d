#include "extract/agencies.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>

namespace kabar::extract {
namespace {

TEST(Agencies, CanonicalNames) {
  EXPECT_EQ(CanonicalAgency("REUTERS"), "Reuters");
  EXPECT_EQ(CanonicalAgency("AP"), "Associated Press");
  EXPECT_EQ(CanonicalAgency("The Associated Press"), "Associated Press");
  EXPECT_EQ(CanonicalAgency("ANTARA"), "Antara");
  EXPECT_EQ(CanonicalAgency("Agence France-Presse"), "AFP");
  EXPECT_EQ(CanonicalAgency("ap"), "");    // a lower-case "ap" is not the agency
  EXPECT_EQ(CanonicalAgency("KCNA"), "");  // state media, not a wire agency
}

TEST(Agencies, LineAlone) {
  std::string a;
  EXPECT_TRUE(ParseAgencyLine("REUTERS", &a));
  EXPECT_EQ(a, "Reuters");
  EXPECT_TRUE(ParseAgencyLine("(AP)", &a));
  EXPECT_EQ(a, "Associated Press");
  std::vector<std::string> more;
  EXPECT_TRUE(ParseAgencyLine("Reuters/AFP", &a, &more));
  EXPECT_EQ(more, std::vector<std::string>{"AFP"});
  EXPECT_FALSE(ParseAgencyLine("Reuters melaporkan bahwa harga naik.", &a));
  EXPECT_FALSE(ParseAgencyLine("KCNA", &a));
  // A German outlet's sign-off: the editor's initials, then the agencies.
  more.clear();
  EXPECT_TRUE(ParseAgencyLine("jab/dpa/AFP", &a, &more));
  EXPECT_EQ(a, "dpa");
  EXPECT_EQ(more, std::vector<std::string>{"AFP"});
  EXPECT_TRUE(ParseAgencyLine("mes/Reuters", &a));
  EXPECT_EQ(a, "Reuters");
  // DW's form: the editors' initials, then the agencies in brackets.
  more.clear();
  EXPECT_TRUE(ParseAgencyLine("hp/as (dpa, Reuters)", &a, &more));
  EXPECT_EQ(a, "dpa");
  EXPECT_EQ(more, std::vector<std::string>{"Reuters"});
  EXPECT_TRUE(ParseAgencyLine("jsi (AFP)", &a));
  EXPECT_EQ(a, "AFP");
  // An Indonesian desk's sign-off: the agencies, then the editor's initials.
  EXPECT_TRUE(ParseAgencyLine("(AFP/kid)", &a));
  EXPECT_EQ(a, "AFP");
  EXPECT_TRUE(ParseAgencyLine("ANTARA/les", &a));
  EXPECT_EQ(a, "Antara");
  EXPECT_TRUE(ParseAgencyLine("(ant)", &a));
  EXPECT_EQ(a, "Antara");
  EXPECT_TRUE(ParseAgencyLine("(rdp/ant)", &a));
  EXPECT_EQ(a, "Antara");
  // The editor's initials in capitals, in round or square brackets; a wire alone in square
  // brackets, or a longer word in capitals after it, is a photo's credit.
  EXPECT_TRUE(ParseAgencyLine("[ANT/ROL]", &a));
  EXPECT_EQ(a, "Antara");
  EXPECT_TRUE(ParseAgencyLine("(Antara/RZK)", &a));
  EXPECT_EQ(a, "Antara");
  EXPECT_FALSE(ParseAgencyLine("[YONHAP]", &a));
  EXPECT_FALSE(ParseAgencyLine("REUTERS / POOL", &a));
  EXPECT_FALSE(ParseAgencyLine("hp/as (kata dia)", &a));
  EXPECT_FALSE(ParseAgencyLine("jab/mes", &a));
  EXPECT_FALSE(ParseAgencyLine("und/oder", &a));
}

TEST(Agencies, SourceLinesInOtherLanguages) {
  std::vector<std::string> found;
  // "المصدر : الجزيرة + رويترز": Al Jazeera's source line; its own name is no agency.
  EXPECT_TRUE(ParseSourceLine(
      "\u0627\u0644\u0645\u0635\u062f\u0631 : \u0627\u0644\u062c\u0632\u064a\u0631\u0629 + "
      "\u0631\u0648\u064a\u062a\u0631\u0632",
      &found));
  EXPECT_EQ(found, std::vector<std::string>{"Reuters"});
  found.clear();
  EXPECT_TRUE(ParseSourceLine("Fuente: EFE / AFP", &found));
  EXPECT_EQ(found, (std::vector<std::string>{"EFE", "AFP"}));
  found.clear();
  EXPECT_FALSE(ParseSourceLine("Fuente: Ministerio de Sanidad", &found));
  EXPECT_FALSE(ParseSourceLine("Reuters: prices rose", &found));
  EXPECT_TRUE(found.empty());
  EXPECT_EQ(CanonicalAgency("\u0641\u0631\u0627\u0646\u0633 \u0628\u0631\u0633"), "AFP");
}

TEST(Agencies, SignOffLineAloneAfterTheStory) {
  std::string a;
  EXPECT_TRUE(ParseAgencyLine("-- BERNAMA", &a));
  EXPECT_EQ(a, "Bernama");
  EXPECT_TRUE(ParseAgencyLine("\xE2\x80\x94 AFP", &a));  // em dash
  EXPECT_EQ(a, "AFP");
  EXPECT_TRUE(ParseAgencyLine("- Reuters", &a));
  EXPECT_EQ(a, "Reuters");
  EXPECT_FALSE(ParseAgencyLine("--- Reuters", &a));
  EXPECT_FALSE(ParseAgencyLine("-- BERNAMA melaporkan harga naik.", &a));
}

TEST(Agencies, MentionsAgencyIsTheWordBoundedAlternation) {
  // Differential: random texts made of spellings, pieces of them and the bytes around which a
  // word boundary could go wrong, against RE2's \b(?:...)\b.
  const RE2 re(std::string("\\b(?:") + std::string(AgencySpellings()) + ")\\b");
  ASSERT_TRUE(re.ok());
  const char* pieces[] = {"Reuters",
                          "REUTERS",
                          "Reuter",
                          "AP",
                          "APBN",
                          "AFP",
                          "Antara",
                          "antara",
                          "ANTARA",
                          "Kyodo News",
                          "Kyodo New",
                          "Anadolu Agency",
                          "Agence France-",
                          "The Associated Press",
                          "dpa",
                          "EFE",
                          "UPI",
                          "_",
                          "0",
                          "9",
                          "a",
                          "Z",
                          " ",
                          "(",
                          ")",
                          "-",
                          "\n",
                          ".",
                          "\xC3\xA9",
                          "\xE2\x80\x9C"};
  std::mt19937 rng(3);
  for (int n = 0; n < 30000; ++n) {
    std::string text;
    int parts = static_cast<int>(rng() % 6);
    for (int k = 0; k < parts; ++k) text += pieces[rng() % std::size(pieces)];
    EXPECT_EQ(MentionsAgency(text), RE2::PartialMatch(text, re)) << "'" << text << "'";
  }
  EXPECT_FALSE(MentionsAgency(""));
  EXPECT_TRUE(MentionsAgency("AP"));
  EXPECT_FALSE(MentionsAgency("Dana APBN dan KAPAL"));
  EXPECT_TRUE(MentionsAgency("(AP)"));
  EXPECT_FALSE(MentionsAgency("_AP"));
  EXPECT_TRUE(
      MentionsAgency("\xC3\xA9"
                     "AP"));  // a UTF-8 letter is no ASCII word byte
}

TEST(Agencies, CreditsInRunningText) {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"kata Kim dalam pesan yang dipublikasikan KCNA, Senin, dilansir Reuters.", {"Reuters"}},
      {"\xE2\x80\x9D ucapnya, dikutip dari Associated Press.", {"Associated Press"}},
      {"LONDON (Reuters) - Prices rose, AFP reported.", {"Reuters", "AFP"}},
      {"menurut kantor berita Antara, Selasa.", {"Antara"}},
      // A report's name for the credit: "menurut laporan", "demikian laporan", "lapor".
      {"Menurut laporan AFP, konser itu batal karena visa ditolak.", {"AFP"}},
      {"satu kemenangan pada musim ini. Demikian laporan Reuters.", {"Reuters"}},
      {"sayuran dan lain-lain, lapor kantor berita Xinhua.", {"Xinhua"}},
      {"laporan keuangan itu dikirim ke Reuters Foundation.", {}},
      {"dikutip dari Kantor Berita Pusat Korea Utara (KCNA).", {}},
      {"dikutip dari The Moscow Times dan NBC News.", {}},
      {"He told Reuters in an interview.", {}},
      {"The map showed the AP (access point) layout.", {}},
      // Spellings inside words are no agencies (the prefilter skips such text); at the very
      // end of the text, after a line break or a parenthesis they still are.
      {"Dana APBN dan KAPAL-KAPAL itu dilansir MEDIA lokal.", {}},
      {"menurut laporan lembaga itu, dilansir\nReuters", {"Reuters"}},
      {"JAKARTA (ANTARA) - Harga naik.", {"Antara"}},
      {"Paris (AFP)- Prices rose.", {"AFP"}},
      // A paragraph closed by the agency's sign-off; not a dash before another name.
      {"The operator said fares would stay unchanged. - Bernama\nOther news.", {"Bernama"}},
      {"Harga naik, kata dia. \xE2\x80\x94 AFP", {"AFP"}},
      {"Laga berakhir imbang. - Bernama TV\nArsenal 1 - Reuters", {}},
      // A bracketed sign-off closing a paragraph: agencies, an editor's initials after them.
      {"kata dia kepada wartawan. (AFP/kid)\nOther news.", {"AFP"}},
      {"the ministry said. (Reuters/AP)", {"Reuters", "Associated Press"}},
      {"ujar Riri. (ANTARA/les)", {"Antara"}},
      {"A TV screen at Seoul Station shows a news report. [YONHAP]", {}},
      {"kata Menko PMK kepada wartawan di kantornya. [ANT/ROL]", {"Antara"}},
      {"kata dia. (bud/sit)", {}},
      // "(ant)": Antara's short form closing the story, alone or after the desk's initials, and
      // no other word.
      {"Harga naik.\nkata dia kepada wartawan. (ant)", {"Antara"}},
      {"kata dia kepada wartawan. (jpnn/ant)", {"Antara"}},
      {"Harga naik.\nkata dia kepada wartawan.(ant)", {"Antara"}},  // glued to the full stop
      {"kata dia kepada wartawan. (Ant)", {}},
      {"The colony grew, he said. (ant)s", {}},
      {"kata dia kepada wartawan. (Sumber: Antara)", {"Antara"}},
      {"kata dia kepada wartawan. (Sumber: Instagram)", {}},
      // The sources after the last sentence, labelled, without brackets.
      {"Pemerintah akan menambah kuota bantuan tahun depan, kata dia kepada wartawan di Jakarta. "
       "Sumber: "
       "Reuters, AFP",
       {"Reuters", "AFP"}},
      {"The ministry said the talks would resume in the capital early next month. Source: AP\n"
       "Other news.",
       {"Associated Press"}},
      {"Pemerintah akan menambah kuota bantuan tahun depan, kata dia kepada wartawan di Jakarta. "
       "Sumber: "
       "Instagram",
       {}},
      {"People eat outdoors on Lygon Street. Source: AAP", {}},  // a caption's credit
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    FindAgencyCredits(c.text, &got);
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// The credit patterns only run around each mention of an agency: a cue up to six words
// before it (any white space between, a cue glued to a word before it), the parentheses
// around it, a verb after it; the credits come out in order of mention.
TEST(Agencies, CreditsAroundMentions) {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"menurut kantor  berita\tAntara, harga naik", {"Antara"}},
      {"trivia Reuters", {"Reuters"}},
      {"seperti dilaporkan oleh the news agency Reuters, lalu (AFP).", {"Reuters", "AFP"}},
      {"(Kyodo News) dan via Kyodo News", {"Kyodo"}},
      {"Dilansir dari AFP. Xinhua reported, lalu YONHAP melaporkan", {"AFP", "Xinhua", "Yonhap"}},
      {"the news agency Reuters tanpa cue, sebagaimana dilaporkan oleh   kantor berita ANTARA",
       {"Antara"}},
      {"Reuters reportedly said; (Reuters); melalui\nBernama", {"Reuters", "Bernama"}},
      // A cue ends the run of bytes before the white space ("xmenurut": the cues have no \b
      // before them); "menurutnya" and \v (not RE2's \s) credit nothing; LONG S folds to 's'.
      {"xmenurut Reuters", {"Reuters"}},
      {"menurutnya Reuters, menurut\vAFP", {}},
      {"melan\u017Fir Reuters", {"Reuters"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    FindAgencyCredits(c.text, &got);
    EXPECT_EQ(got, c.want) << c.text;
  }
}

}  // namespace
}  // namespace kabar::extract
