#include "extract/outlets.h"

#include <initializer_list>
#include <string>
#include <utility>

#include <gtest/gtest.h>

namespace kabar::extract {
namespace {

TEST(Outlets, RegistrableSite) {
  EXPECT_EQ(RegistrableSite("https://www.Tempo.co/x?y=1"), "tempo.co");
  EXPECT_EQ(RegistrableSite("news.detik.com"), "detik.com");
  EXPECT_EQ(RegistrableSite("http://foo.kompas.co.id:8080/a"), "kompas.co.id");
  EXPECT_EQ(RegistrableSite("https://www.bbc.co.uk/news"), "bbc.co.uk");
  EXPECT_EQ(RegistrableSite("localhost"), "");
  EXPECT_EQ(RegistrableSite(""), "");
}

TEST(Outlets, SiteFromToken) {
  EXPECT_EQ(SiteFromToken("TEMPO.CO"), "tempo.co");
  EXPECT_EQ(SiteFromToken("KOMPAS.com"), "kompas.com");
  EXPECT_EQ(SiteFromToken("TRIBUN-VIDEO.COM"), "tribun-video.com");
  EXPECT_EQ(SiteFromToken("Kompas.tv,"), "kompas.tv");
  EXPECT_EQ(SiteFromToken("A.S."), "");
  EXPECT_EQ(SiteFromToken("Jakarta"), "");
}

TEST(Outlets, Names) {
  EXPECT_EQ(OutletName("tempo.co"), "Tempo");
  EXPECT_EQ(OutletName("kompas.tv"), "Kompas TV");
  EXPECT_EQ(OutletName("tribun-video.com"), "Tribun Video");
  EXPECT_EQ(OutletName("jakartaglobe.id"), "Jakarta Globe");
  EXPECT_EQ(OutletName("warta-kota.co.id"), "Warta Kota");  // derived
  // A masthead's inner capitals split an unknown site's name; known sites keep the table's.
  EXPECT_EQ(OutletNameAsWritten("tribunambon.com", "TribunAmbon.com"), "Tribun Ambon");
  EXPECT_EQ(OutletNameAsWritten("tribunambon.com", "TRIBUNAMBON.COM"), "Tribunambon");
  EXPECT_EQ(OutletNameAsWritten("mcclatchydc.com", "McClatchyDC.com"), "Mcclatchydc");
  EXPECT_EQ(OutletNameAsWritten("tvonenews.com", "TvOneNews.com"), "tvOne");
  EXPECT_EQ(OutletNameAsWritten("tribunambon.com", "Berita Ambon"), "Tribunambon");
  // Capitals running into lower case, or the words the site's label runs together.
  // (Invented sites: the table knows KRjogja and Siwalima News, whose forms these are.)
  EXPECT_EQ(OutletNameAsWritten("krbanyumas.com", "KRbanyumas.com"), "KRbanyumas");
  EXPECT_EQ(OutletNameAsWritten("prokal.co", "PROKAL.co"), "Prokal");
  EXPECT_EQ(OutletNameAsWritten("malukunews.com", "Maluku News"), "Maluku News");
  EXPECT_EQ(OutletNameAsWritten("malukunews.com", "Maluku Newsroom"), "Malukunews");
  EXPECT_EQ(OutletNameAsWritten("malukunews.com", "maluku news"), "Malukunews");
  EXPECT_EQ(OutletNameAsWritten("siwalimanews.com", "siwalima news"), "Siwalima News");
  EXPECT_EQ(OutletName(""), "");
  // A copyright line's holder names an unknown outlet: on no site, or on the site its words
  // spell run together; never instead of a known outlet's name.
  EXPECT_EQ(CopyrightName("\xC2\xA9 Copyright 2025 - Jambi Terkini"), "Jambi Terkini");
  EXPECT_EQ(CopyrightName("\xC2\xA9 Copyright 2025, All Rights Reserved | Malut Terkini"),
            "Malut Terkini");
  EXPECT_EQ(CopyrightName("Hak Cipta \xC2\xA9 2025 Warta Priangan Timur"), "Warta Priangan Timur");
  EXPECT_EQ(CopyrightName("\xC2\xA9 2025 The Bali Current. All rights reserved."),
            "The Bali Current");
  EXPECT_EQ(CopyrightName("\xC2\xA9 2025 Suara Warga. Konten menjadi tanggung jawab penulis."),
            "Suara Warga");
  EXPECT_EQ(CopyrightName("Copyright \xC2\xA9 2025 Pemerintah Kabupaten Temanggung"),
            "Pemerintah Kabupaten Temanggung");
  EXPECT_EQ(CopyrightName("Jambi Terkini - Portal berita Jambi terpercaya."), "");
  EXPECT_EQ(CopyrightName("\xC2\xA9 2025 all rights reserved"), "");
  EXPECT_EQ(OutletFromCopyright("jambiterkini.com", "Jambi Terkini", "Sign in"), "Jambi Terkini");
  EXPECT_EQ(OutletFromCopyright("", "The Bali Current", "The Bali Current"), "The Bali Current");
  EXPECT_EQ(OutletFromCopyright("", "Pemerintah Kabupaten Temanggung",
                                "PORTAL RESMI PEMERINTAH KABUPATEN TEMANGGUNG"),
            "Pemerintah Kabupaten Temanggung");
  // A footer alone often names the publisher's company, not the outlet.
  EXPECT_EQ(OutletFromCopyright("", "CBS Interactive", "Skip to main content"), "");
  EXPECT_EQ(OutletFromCopyright("jambiterkini.com", "Media Jambi Group", ""), "");
  EXPECT_EQ(OutletFromCopyright("kompas.com", "Kompas", "Kompas"), "");
  EXPECT_EQ(SiteForOutletName("Tempo"), "tempo.co");
  EXPECT_EQ(SiteForOutletName("Tribunnews.com"), "tribunnews.com");
  EXPECT_EQ(SiteForOutletName("Nobody Knows"), "");
  // A name of two words or more is known without its "The" ("By Korea Herald"); one word alone
  // is as often a word.
  EXPECT_EQ(SiteForOutletName("Korea Herald"), "koreaherald.com");
  EXPECT_EQ(SiteForOutletName("The Korea Herald"), "koreaherald.com");
  EXPECT_EQ(SiteForOutletName("Guardian"), "");
  EXPECT_EQ(SiteForOutletName("Star"), "");
  // A channel's brand names its outlet's site by its lower-case opening.
  EXPECT_EQ(SiteForChannelBrand("detikNews"), "detik.com");
  EXPECT_EQ(SiteForChannelBrand("kumparanBISNIS"), "kumparan.com");
  EXPECT_EQ(SiteForChannelBrand("tvOne"), "");       // no site's first label is "tv"
  EXPECT_EQ(SiteForChannelBrand("Detik News"), "");  // not a brand's form
  // Any ASCII case, spaces around it trimmed; a name longer than every outlet's is none.
  EXPECT_EQ(SiteForOutletName("  TEMPO "), "tempo.co");
  EXPECT_EQ(SiteForOutletName("tEmPo"), "tempo.co");
  EXPECT_EQ(SiteForOutletName(std::string(200, 'a')), "");
  EXPECT_EQ(SiteForOutletName("Tempo Jakarta"), "");
  // Names whose first or last letter is in another case than the table's (the lookup's
  // pre-test keys on length and both ends in lower case); a word of a name's length is none.
  for (auto [name, site] : std::initializer_list<std::pair<std::string, std::string>>{
           {"abc news", "abc.net.au"},
           {"AL JAZEERA", "aljazeera.com"},
           {"associated PresS", "apnews.com"},
           {"bangkok POST", "bangkokpost.com"},
           {"BERITASATU", "beritasatu.com"},
           {"bbc", "bbc.com"}}) {
    EXPECT_EQ(SiteForOutletName(name), site) << name;
    EXPECT_EQ(SiteForOutletName(" " + name + "\t"), site) << name;
  }
  EXPECT_EQ(SiteForOutletName("Bangkok Posh"), "");
  EXPECT_EQ(SiteForOutletName("Bangkok-Post"), "");
}

TEST(Outlets, IndonesianOutletsWhateverTheirDomain) {
  EXPECT_TRUE(IsIndonesianOutlet("tempo.co"));
  EXPECT_TRUE(IsIndonesianOutlet("kompas.com"));
  EXPECT_TRUE(IsIndonesianOutlet("thejakartapost.com"));
  EXPECT_TRUE(IsIndonesianOutlet("balipost.com"));  // in WITA
  EXPECT_FALSE(IsIndonesianOutlet("reuters.com"));
  EXPECT_FALSE(IsIndonesianOutlet("straitstimes.com"));
  EXPECT_TRUE(IsIndonesianSite("kontan.co.id"));
  EXPECT_TRUE(IsIndonesianSite("tempo.co"));
  EXPECT_FALSE(IsIndonesianSite("straitstimes.com"));
  EXPECT_FALSE(IsIndonesianOutlet("unknown-blog.com"));
}

TEST(Outlets, HomeZoneOfOutletsInOneZoneCountries) {
  EXPECT_EQ(OutletHomeZone("tempo.co"), "Asia/Jakarta");
  EXPECT_EQ(OutletHomeZone("straitstimes.com"), "Asia/Singapore");
  EXPECT_EQ(OutletHomeZone("bernama.com"), "Asia/Kuala_Lumpur");
  EXPECT_EQ(OutletHomeZone("reuters.com"), "");  // prints UTC or its readers' zones
  // Indonesian outlets based further east print WITA and WIT.
  EXPECT_EQ(OutletHomeZone("balipost.com"), "Asia/Makassar");
  EXPECT_EQ(OutletHomeZone("jubi.id"), "Asia/Jayapura");
  EXPECT_EQ(OutletHomeZone("nytimes.com"), "");  // readers across several zones
  EXPECT_EQ(OutletHomeZone("unknown-blog.com"), "");
  EXPECT_EQ(SiteForOutletName("BERNAMA"), "bernama.com");
}

}  // namespace
}  // namespace kabar::extract
