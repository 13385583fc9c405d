#include <gtest/gtest.h>

#include <map>
#include <string>

#include "kabar/normalize.h"

namespace kabar {
namespace {

struct Case {
  const char* in;
  const char* out;
};

std::string Redact(const std::string& in, std::map<std::string, int>* counts = nullptr) {
  std::string s = in;
  RedactPii(&s, counts);
  return s;
}

TEST(RedactPii, RedactsPhoneNumbers) {
  const Case cases[] = {
      {"Hubungi +62 812-3456-7890 segera", "Hubungi [phone] segera"},
      {"HP: 0812 3456 7890.", "HP: [phone]."},
      {"WA 08123456789", "WA [phone]"},
      {"Telp. (021) 555-1234, faks (021) 555-1235", "Telp. [phone], faks [phone]"},
      {"kantor 021-5551234", "kantor [phone]"},
      {"call +1 202 555 0123 now", "call [phone] now"},
      {"London +44 20 7946 0958", "London [phone]"},
      {"+6281234567890", "[phone]"},
      {"(0274) 512345", "[phone]"},
      {"0812.3456.7890", "[phone]"},
      {"+62 (21) 555 1234", "[phone]"},
      {"nomor 0812-3456-789 dan 0813 9876 5432", "nomor [phone] dan [phone]"},
      {"(hubungi 081234567890)", "(hubungi [phone])"},
      {"telepon 021 5551234 2023", "telepon [phone] 2023"},
      // A WhatsApp link's number, written without its '+'.
      {"lewat wa.me/6281234567890 atau", "lewat wa.me/[phone] atau"},
      {"api.whatsapp.com/send?phone=6281234567890", "api.whatsapp.com/send?phone=[phone]"},
      // North American forms, as English pages print a reporter's or an office's number.
      {"By Megan Rowe (509) 459-5382", "By Megan Rowe [phone]"},
      {"call 509-459-5382 or 509.459.5400.", "call [phone] or [phone]."},
      {"toll-free 1-800-555-0199", "toll-free [phone]"},
      // A one-digit trunk prefix or area code in brackets after the country's code.
      {"+44 (0) 20 7946 0958", "[phone]"},
      {"+886 (2) 2568-3356", "[phone]"},
      // An Indonesian mobile number with its country code, without the '+'.
      {"WA: 6281234567890", "WA: [phone]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Redact(c.in), c.out) << c.in;
}

TEST(RedactPii, LeavesNumbersThatAreNotPhones) {
  const char* keep[] = {
      "Senin (12/6/2023) pukul 10.37 WIB",
      "2023-06-12T10:37:00+07:00",
      "19 Juni 2024, 13:30 WIB",
      "pukul 08.00-12.00 WITA",
      "Rp 3 triliun, Rp 11.000, Rp 1.250.000.000",
      "USD 1,234,567.89 dan 0,05 persen",
      "tahun 2019-2023 dan 1998",
      "ISBN 978-602-03-1234-5",
      "ISBN 0-306-40615-2",
      "ISBN: 0306406152",
      "koordinat -6.175392, 106.827153",
      "NIK 3171234567890001",
      "skor 2-1 pada menit 90+3",
      "12.345.678 jiwa",
      "06-12-2023",
      "tanggal 01.02.2023",
      "suhu 0.5 derajat",
      "kode pos 12345",
      "versi 10.0.19045.2965",
      "d-8171947/presiden-banggakan",
      "+3,5 persen",
      "01234567890",  // no Indonesian number has a trunk 0 followed by 0 or 1
      "rekening 1234567890",
      "wa.me/123",           // too short for a number
      "kode 123-456-7890",   // an area code opens with 2-9
      "509 459 5382",        // spaces only: as often a list of amounts
      "509-459.5382",        // mixed separators
      "ISBN 978-602-0312",   // an ISBN's groups
      "skor 509-459-53821",  // a longer run
      "(021) 55512",         // eight digits, the area code's brackets not counted
  };
  for (const char* s : keep) {
    std::map<std::string, int> counts;
    EXPECT_EQ(Redact(s, &counts), s);
    EXPECT_TRUE(counts.empty()) << s;
  }
}

TEST(RedactPii, RedactsEmailAddresses) {
  const Case cases[] = {
      {"kirim ke redaksi@tempo.co.id ya", "kirim ke [email] ya"},
      {"<john.doe+news@mail.example.com>", "<[email]>"},
      {"a@b.co dan c_d@e-f.org.", "[email] dan [email]."},
  };
  for (const Case& c : cases) EXPECT_EQ(Redact(c.in), c.out) << c.in;
}

TEST(RedactPii, RedactsAddressesWrittenWithTheirAtInBrackets) {
  const Case cases[] = {
      {"kirim ke redaksi[at]tempo.co ya", "kirim ke [email] ya"},
      {"surel: humas (at) kemenko.go.id.", "surel: [email]."},
      {"humas [AT] kemenko [dot] go [dot] id dan", "[email] dan"},
      {"tips(at)contoh(dot)com, info[@]contoh.id", "[email], [email]"},
      {"redaksi@tempo[dot]co", "[email]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Redact(c.in), c.out) << c.in;
}

TEST(RedactPii, LeavesThingsThatAreNotAddresses) {
  const char* keep[] = {
      "[email protected]",  // Cloudflare's obfuscation text
      "@kompascom di Twitter", "harga 3 @ Rp 5.000", "user@localhost",  "a @ b.com",
      "Jokowi (AT) ke Bali.",  "kurs (at) 15.000",   "lihat [at] atas", "Senin (12/6) [at]",
  };
  for (const char* s : keep) EXPECT_EQ(Redact(s), s);
}

TEST(RedactPii, CountsByKind) {
  std::map<std::string, int> counts;
  Redact("x@y.com, z@w.id, 0812 3456 7890", &counts);
  Redact("+62 812 3456 7890", &counts);
  EXPECT_EQ(counts, (std::map<std::string, int>{{"email", 2}, {"phone", 2}}));
}

TEST(RedactPii, LinearOnHostileInput) {
  std::string digits(200000, '0');
  EXPECT_EQ(Redact(digits), digits);
  std::string groups;
  for (int i = 0; i < 50000; ++i) groups += "0812 ";
  std::map<std::string, int> counts;
  Redact(groups, &counts);  // completes; every few groups may form a number
  std::string ats(100000, '@');
  EXPECT_EQ(Redact(ats), ats);
  std::string brackets;
  for (int i = 0; i < 20000; ++i) brackets += "a [at] (at ) ";
  EXPECT_EQ(Redact(brackets), brackets);
}

}  // namespace
}  // namespace kabar
