#include "extract/dates.h"

#include <gtest/gtest.h>

#include <utility>

namespace kabar::extract {
namespace {

TimePoint Now() {
  TimePoint t;
  EXPECT_TRUE(ParseIsoTime("2024-06-20T12:00:00+07:00", &t));
  return t;
}

TEST(Dates, IsoRoundTrip) {
  TimePoint t;
  ASSERT_TRUE(ParseIsoTime("2024-06-03T10:30:00-04:00", &t));
  EXPECT_EQ(FormatIsoTime(t), "2024-06-03T10:30:00-04:00");
  ASSERT_TRUE(ParseIsoTime("2024-02-29T23:59:59Z", &t));
  EXPECT_EQ(t.epoch_seconds, 1709251199);
  EXPECT_EQ(FormatIsoTime(t), "2024-02-29T23:59:59+00:00");
  EXPECT_FALSE(ParseIsoTime("2023-02-29", &t));
  EXPECT_FALSE(ParseIsoTime("yesterday", &t));
}

// The plain forms are read without the regex; the forms with a fraction of a second go
// through it: both must give the same instant.
TEST(Dates, IsoPlainFormsReadLikeTheRegexForms) {
  const std::pair<const char*, const char*> same[] = {
      {"2024-06-03T10:30:00-04:00", "2024-06-03T10:30:00.000-04:00"},
      {"2024-06-03 10:30+0700", "2024-06-03T10:30:00.0+07:00"},
      {"2024-06-03T10:30Z", "2024-06-03T10:30:00.9Z"},
      {"2024-06-03", "2024-06-03T00:00:00.0Z"},
      {"2024-06-03T10:30:59", "2024-06-03 10:30:59.25"},
  };
  for (const auto& [plain, regex_form] : same) {
    TimePoint a, b;
    ASSERT_TRUE(ParseIsoTime(plain, &a)) << plain;
    ASSERT_TRUE(ParseIsoTime(regex_form, &b)) << regex_form;
    EXPECT_EQ(a.epoch_seconds, b.epoch_seconds) << plain;
    EXPECT_EQ(a.offset_minutes, b.offset_minutes) << plain;
  }
  TimePoint t;
  EXPECT_FALSE(ParseIsoTime("2024-13-03", &t));
  EXPECT_FALSE(ParseIsoTime("2024-06-03T10:30:00+07", &t));
  EXPECT_FALSE(ParseIsoTime("2024-06-03T10", &t));
  EXPECT_FALSE(ParseIsoTime("2024/06/03", &t));
}

TEST(Dates, IsoRepeatedAndAlternatingGiveTheSameAnswers) {
  // ParseIsoTime keeps its last answer: repeats, alternations and failures in between must
  // not change what a call returns, and a failure leaves *out as it was.
  TimePoint first;
  ASSERT_TRUE(ParseIsoTime("2024-06-03T10:30:00-04:00", &first));
  for (int i = 0; i < 3; ++i) {
    TimePoint t;
    ASSERT_TRUE(ParseIsoTime(" 2024-06-03T10:30:00-04:00 ", &t));
    EXPECT_EQ(t.epoch_seconds, first.epoch_seconds);
    EXPECT_EQ(t.offset_minutes, -240);
    EXPECT_FALSE(ParseIsoTime("yesterday", &t));
    EXPECT_FALSE(ParseIsoTime("yesterday", &t));
    EXPECT_EQ(t.epoch_seconds, first.epoch_seconds);  // untouched
    ASSERT_TRUE(ParseIsoTime("2024-02-29T23:59:59Z", &t));
    EXPECT_EQ(t.epoch_seconds, 1709251199);
    EXPECT_EQ(t.offset_minutes, 0);
  }
}

TEST(Dates, PublicationLines) {
  struct Case {
    const char* line;
    const char* iso;  // nullptr: not a publication line
  };
  const Case cases[] = {
      {"12 Juni 2023 | 10.37 WIB", "2023-06-12T10:37:00+07:00"},
      {"Kompas dunia | 19 Juni 2024, 13:30 WIB", "2024-06-19T13:30:00+07:00"},
      {"Senin, 12 Juni 2023 10:37 WIB", "2023-06-12T10:37:00+07:00"},
      {"Selasa, 21 Okt 2025 20:43 WITA", "2025-10-21T20:43:00+08:00"},
      {"Senin, 24 Maret 2025 / 15:22 WIB", "2025-03-24T15:22:00+07:00"},
      {"By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "2019-11-18T11:04:00"},
      // US regions by their rules: daylight time in September, standard time in December.
      {"September 11, 2019 1:02 PM ET", "2019-09-11T13:02:00-04:00"},
      {"December 3, 2019 9:15 AM PT", "2019-12-03T09:15:00-08:00"},
      {"Rabu, 3 Jan 2024 08:05 WIT", "2024-01-03T08:05:00+09:00"},
      {"June 3, 2024 10:30 AM EDT", "2024-06-03T10:30:00-04:00"},
      {"Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"},
      {"Published 3 June 2024, 14:05 GMT", "2024-06-03T14:05:00+00:00"},
      // A writer's byline before the word that opens the time, then the update's.
      {"Mark Hicks, The Detroit News Published 7:40 p.m. ET March 17, 2020",
       "2020-03-17T19:40:00-04:00"},
      {"Jane Doe, USA TODAY Published 5:02 a.m. ET Nov. 20, 2019 | Updated 9:12 a.m. ET Nov. 20, "
       "2019",
       "2019-11-20T05:02:00-05:00"},
      // A meridiem glued to the minutes (CNA); digits running on are no time ("12.500 warga").
      {"18 Mar 2025 03:12PM (Updated: 18 Mar 2025 05:40PM)", "2025-03-18T15:12:00"},
      {"18 Mar 2025 11:05am", "2025-03-18T11:05:00"},
      {"Jakarta, 18 Mar 2025 12.500", "2025-03-18"},
      // Malay month names (Berita Harian): Mac, Julai, Ogos, Disember.
      {"Mac 18, 2025 @ 3:12pm", "2025-03-18T15:12:00"},
      {"Selasa, 8 Julai 2025", "2025-07-08"},
      {"12 Ogos 2025 10:00 MYT", "2025-08-12T10:00:00+08:00"},
      {"Disember 1, 2024", "2024-12-01"},
      {"2024-06-03T10:30:00Z", "2024-06-03T10:30:00+00:00"},
      {"Senin (12/6/2023)", "2023-06-12"},
      {"Senin (24/11/2025) 10:12 WIB", "2025-11-24T10:12:00+07:00"},
      {"Senin (24/11/2025) 10.000 warga", "2025-11-24"},
      {"24 November 2025 \u2022 10:12", "2025-11-24T10:12:00"},
      {"24 November 2025 \u00b7 10:12 WIB", "2025-11-24T10:12:00+07:00"},
      {"8 jam lalu", "2024-06-20T04:00:00+07:00"},
      {"2 hours ago", "2024-06-20T10:00:00+07:00"},
      {"kemarin", "2024-06-19T12:00:00+07:00"},
      {"BARU SAJA", "2024-06-20T12:00:00+07:00"},
      {"Diunggah 3 jam lalu", "2024-06-20T09:00:00+07:00"},
      {"3 hari lalu", "2024-06-17T12:00:00+07:00"},
      {"2 minggu lalu", "2024-06-06T12:00:00+07:00"},
      {"sepekan lalu", "2024-06-13T12:00:00+07:00"},
      {"5 mins ago", "2024-06-20T11:55:00+07:00"},
      {"2 days ago", "2024-06-18T12:00:00+07:00"},
      // Far back: the year is printed as printf's %04d prints it.
      {"2500 tahun lalu", "-474-02-17T12:00:00+07:00"},
      // A date inside a sentence is not a publication line.
      {"Presiden Putin tiba di Pyongyang pada Rabu, 19 Juni 2024, untuk kunjungan kenegaraan "
       "yang pertama dalam 24 tahun.",
       nullptr},
      {"Harga naik 10.000 rupiah", nullptr},
      // "Today" ending a name is no time; standing alone or after a label word, it is.
      {"Maluku Hari Ini", nullptr},
      {"USA Today", nullptr},
      {"Hari ini", "2024-06-20T12:00:00+07:00"},
      {"Diperbarui hari ini", "2024-06-20T12:00:00+07:00"},
      // The time before the date (AP, SCMP, the Inquirer), joined by a comma or a space.
      {"Updated 10:42 PM GMT+7, November 20, 2025", "2025-11-20T22:42:00+07:00"},
      {"Published: 2:30pm, 21 Nov 2025", "2025-11-21T14:30:00"},
      {"Philippine Daily Inquirer / 05:20 AM November 21, 2025", "2025-11-21T05:20:00"},
      // After a dash (a saved post's time in the viewer's clock), the date alone.
      {"11:25 PM - 10 Jul 2020", "2020-07-10"},
      // An entry of a schedule in the story: a colon or a bracket after the date opens words of
      // their own. A time or a zone after the colon keeps a date line.
      {"- Kamis, 25 Desember 2025: Hari Raya Natal", nullptr},
      {"2. Jumat (26/12/2025): Cuti bersama Natal", nullptr},
      {"- Kamis, 25 Desember 2025 (Hari Raya Natal)", nullptr},
      {"Senin, 24 November 2025: 10:12 WIB", "2025-11-24"},
      {"Senin, 24 November 2025 (Diperbarui)", "2025-11-24"},
      // A byline, then the time before the date: the time is the date's, not the label's words;
      // a label holding another time is no label (its first part is read).
      {"Story by Jane Doe \u2022 10:12 AM EST, November 24, 2025", "2025-11-24T10:12:00-05:00"},
      {"By Jane Doe, 10:12 AM EST, November 24, 2025", "2025-11-24T10:12:00-05:00"},
      {"Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
       "2019-11-18T16:07:00"},
      // A caption's sentence closed before its picture's credit: no date line.
      {"Suasana di lokasi, Senin (24/11/2025). (Foto: Istimewa)", nullptr},
      {"Tuesday, May 24, 2005. (Photo: David Brennan/The Harbor Ledger)", nullptr},
  };
  for (const Case& c : cases) {
    DateFound d;
    bool ok = ParsePublicationLine(c.line, Now(), &d);
    SCOPED_TRACE(c.line);
    EXPECT_EQ(ok, c.iso != nullptr);
    if (ok && c.iso != nullptr) EXPECT_EQ(d.iso, c.iso);
  }
}

// The date part and the time after it are read by hand on ASCII text, as the patterns read
// them: the separators and "pukul" before the hour, seconds given back when a word runs on
// after them, offsets with and without a colon, trailing text after a zone.
TEST(Dates, TimeTailsReadLikeThePatterns) {
  const std::pair<const char*, const char*> cases[] = {
      {"12 Juni 2023 pukul 10.37 WIB", "2023-06-12T10:37:00+07:00"},
      {"12 Juni 2023, pukul 10.37 WITA", "2023-06-12T10:37:00+08:00"},
      {"12 Juni 2023 10.30.45x", "2023-06-12T10:30:00"},
      {"12 Juni 2023 10.30.45 WIB", "2023-06-12T10:30:45+07:00"},
      {"3 June 2024 10:30 +0530", "2024-06-03T10:30:00+05:30"},
      {"3 June 2024 10:30 GMT+7", "2024-06-03T10:30:00+07:00"},
      {"3rd June 2024 at 10:30 p.m.", "2024-06-03T22:30:00"},
      {"June 3rd, 2024 - 9:05am", "2024-06-03T09:05:00"},
      {"3/6/2024 | 21:05 WIB", "2024-06-03T21:05:00+07:00"},
      {"(3/6/2024) 21:05 WIB", "2024-06-03T21:05:00+07:00"},
      // A doubled slash or hyphen between the date and its time (the second line is not ASCII:
      // the pattern reads it, the first the hand reader).
      {"Mon 24 Nov 2025 // 10:12 GMT", "2025-11-24T10:12:00+00:00"},
      {"Mon 24 Nov 2025 // 10:12 GMT \u2022 Berita", "2025-11-24T10:12:00+00:00"},
      {"3 June 2024 -- 10:30", "2024-06-03T10:30:00"},
      {"3 June 2024 123:45", "2024-06-03"},
      {"3 June 20245", nullptr},
  };
  for (const auto& [line, iso] : cases) {
    DateFound d;
    bool ok = ParsePublicationLine(line, TimePoint{}, &d);
    EXPECT_EQ(ok, iso != nullptr) << line;
    if (ok && iso != nullptr) EXPECT_EQ(d.iso, iso) << line;
  }
}

// RE2 folds LONG S to 's' (and KELVIN SIGN to 'k', but no cue has a 'k' after its first
// letter, where RE2's ASCII \b would let one stand): such lines go to the pattern, which
// reads them as relative times; other non-ASCII lines hold no cue.
TEST(Dates, RelativeCuesWithFoldedLetters) {
  TimePoint now;
  ASSERT_TRUE(ParseIsoTime("2024-06-20T12:00:00+07:00", &now));
  DateFound folded, none;
  ASSERT_TRUE(ParsePublicationLine("ye\u017Fterday", now, &folded));
  EXPECT_TRUE(folded.relative);
  ASSERT_TRUE(ParsePublicationLine("ju\u017Ft now", now, &folded));
  EXPECT_EQ(folded.iso, FormatIsoTime(now));
  EXPECT_FALSE(ParsePublicationLine("\u212Aemarin", now, &none));  // no \b before it
  EXPECT_FALSE(ParsePublicationLine("Caf\u00E9 baru dibuka", now, &none));
}

TEST(Dates, UpdatedLinesSayUpdated) {
  DateFound d;
  ASSERT_TRUE(ParsePublicationLine("Diperbarui 13 Juni 2023, 08:00 WIB", Now(), &d));
  EXPECT_TRUE(d.updated);
}

// A line of several labelled times is read part by part: the first that parses is the line's.
TEST(Dates, LinesOfLabelledPartsGiveTheirFirstTime) {
  DateFound d;
  ASSERT_TRUE(ParsePublicationLine(
      "PUBLISHED: April 24, 2020 at 9:11 a.m. | UPDATED: April 24, 2020 at 9:11 a.m.", Now(), &d));
  EXPECT_EQ(d.iso, "2020-04-24T09:11:00");
  EXPECT_FALSE(d.updated);
  EXPECT_EQ(d.begin, std::string_view("PUBLISHED: ").size());
  ASSERT_TRUE(ParsePublicationLine(
      "By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware", Now(),
      &d));
  EXPECT_EQ(d.iso.substr(0, 10), "2019-11-18");
  ASSERT_TRUE(
      ParsePublicationLine("Diperbarui 13 Juni 2023, 08:00 WIB | Terbit 12 Juni 2023", Now(), &d));
  EXPECT_TRUE(d.updated);
  // Each part must still be a labelled date, not a sentence.
  EXPECT_FALSE(ParsePublicationLine(
      "Menu | Presiden tiba di Pyongyang pada Rabu, 19 Juni 2024, untuk kunjungan kenegaraan.",
      Now(), &d));
}

TEST(Dates, MentionedDates) {
  std::vector<std::string> got;
  FindMentionedDates("Tanggal 3/4/2024 dan 2024-05-06, lalu 07-08-2024.", &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2024-04-03", "2024-05-06"}));
  got.clear();
  FindMentionedDates(
      "Putin di Pyongyang, Rabu (19/6/2024). Pada Selasa 18 Juni 2024 ia berjanji. Surat "
      "bertanggal 15 Agustus 2023, lalu June 3, 2024 dan 2024-06-03. Juga Rabu (19/6/2024) "
      "lagi. Tanpa tahun: 18 Agustus. Mustahil: 31/2/2024.",
      &got);
  EXPECT_EQ(got,
            (std::vector<std::string>{"2024-06-19", "2024-06-18", "2023-08-15", "2024-06-03"}));
}

// The month-name and numeric patterns only run around a year whose tokens before it can be a
// month (day-month-year), a day after a month (month-day-year) or "dd/dd/" (numeric): the
// forms below are read, the lookalikes are not.
TEST(Dates, MentionedDatesAroundTheirYears) {
  std::vector<std::string> got;
  FindMentionedDates(
      "(June 3, 2024) and 3rd June 2024 and Jun. 5, 2024 and 5 Jun., 2024 and 7 MEI 2021; "
      "x7 June 2020, 1June 2019, June 1ST, 2018, June 1st, 2017, tahun 2016, 12 1500 orang.",
      &got);
  EXPECT_EQ(got,
            (std::vector<std::string>{"2024-06-03", "2024-06-05", "2021-05-07", "2017-06-01"}));
  got.clear();
  FindMentionedDates("Senin (12/6/2023) dan 1/2/3/2024 serta 12/13/2023, bukan 5/20235.", &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2023-06-12", "2024-03-02", "2023-12-13"}));
}

// The date patterns are tried anchored at the bytes a match can open with (a digit or a month
// name after a non-word byte): the leftmost match is the one the whole-window search gave.
TEST(Dates, DatesOpenAtWordStarts) {
  std::vector<std::string> got;
  FindMentionedDates(
      "x12 Juni 2023, _5 Mei 2022, (7 Juli 2021), xJune 3, 2020, (June 4, 2019), "
      "Agu\xC5\xBFtus 6, 2017",
      &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2021-07-07", "2019-06-04"}));
  DateFound d;
  ASSERT_TRUE(ParsePublicationLine("12 Juni 2023 10:37x WIB", Now(), &d));
  EXPECT_EQ(d.iso, "2023-06-12");  // the time's digits run on into a word: no time
  ASSERT_TRUE(ParsePublicationLine("Senin, 12 Juni 2023 10:37:45x", Now(), &d));
  EXPECT_EQ(d.iso, "2023-06-12T10:37:00");  // the seconds go back, the minutes stay
  EXPECT_EQ(d.begin, 7u);
  EXPECT_EQ(d.end, 25u);
}

// ISO dates open only where "dddd-dd-dd" stands after a non-word byte: year spans, dates glued
// to a word or a fifth digit, and malformed ones are none.
TEST(Dates, MentionedIsoDatesAtTheirOpenings) {
  std::vector<std::string> got;
  FindMentionedDates(
      "Periode 1998-2000, rilis 2024-06-12T10:00+07:00, x2024-06-13, 12024-06-15, 2024-6-16, "
      "2024-06-14_, lalu (2024-06-17).",
      &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2024-06-12", "2024-06-17"}));
  TimePoint t;
  EXPECT_TRUE(ParseIsoTime("2024-06-12T10:00:00.5+07:00", &t));  // the pattern's fraction
  EXPECT_EQ(FormatIsoTime(t), "2024-06-12T10:00:00+07:00");
}

// The year scans read sixteen bytes at a time: a date is found at every offset, across the
// blocks' edges and in the bytes after the last whole block.
TEST(Dates, MentionedDatesAtEveryOffset) {
  for (size_t pad = 0; pad < 50; ++pad) {
    std::vector<std::string> got;
    FindMentionedDates(std::string(pad, 'a') + " 5 Mei 2021 dan 3/4/2022.", &got);
    EXPECT_EQ(got, (std::vector<std::string>{"2021-05-05", "2022-04-03"})) << pad;
    got.clear();
    FindMentionedDates(std::string(pad, '7') + " 5 Mei 2021", &got);
    EXPECT_EQ(got, (std::vector<std::string>{"2021-05-05"})) << pad;
  }
}

TEST(FindWeekdayDates, DayAndMonthTakeThePublicationYear) {
  std::vector<std::string> got;
  FindWeekdayDates("terdeteksi pada Rabu (10/7). Kata dia, Minggu (14/7).",
                   "2024-07-15T09:40:00+07:00", &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2024-07-10", "2024-07-14"}));
  got.clear();  // late December named in January: the year before
  FindWeekdayDates("sejak Senin (30/12).", "2025-01-03T10:00:00+07:00", &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2024-12-30"}));
  got.clear();  // the weekday disagrees: not read
  FindWeekdayDates("pada Selasa (10/7).", "2024-07-15T09:40:00+07:00", &got);
  EXPECT_TRUE(got.empty());
}

TEST(FindWeekdayDates, ReportingDayIsTheLastSuchWeekday) {
  std::vector<std::string> got;
  FindWeekdayDates("kata Yohanes di Jayapura, Rabu, mengatakan", "2025-02-12T15:20:00+09:00", &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2025-02-12"}));
  got.clear();
  FindWeekdayDates("the official said on Monday. Park head Siga said Friday.",
                   "2024-11-06T08:00:00+07:00", &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2024-11-04", "2024-11-01"}));
  got.clear();  // no reporting verb, a future day, a weekday not set off, no publication date
  FindWeekdayDates("The talks resume on Monday. Rapat digelar pada Sabtu mendatang.",
                   "2024-11-06T08:00:00+07:00", &got);
  FindWeekdayDates("kata dia, Rabu, di Jakarta.", "", &got);
  EXPECT_TRUE(got.empty());
}

// An English weekday after "on" in the story's opening, after a verb in the past tense, dates
// the event as a wire's lead does: the last such day up to the publication day.
TEST(FindWeekdayDates, WeekdayInTheOpeningAfterAPastVerb) {
  std::vector<std::string> got;
  FindWeekdayDates("\nNorth Korea fired a ballistic missile into the East Sea on Tuesday morning.",
                   "2025-01-14T10:05:00+09:00", &got);
  EXPECT_EQ(got, std::vector<std::string>{"2025-01-14"});
  got.clear();
  FindWeekdayDates("The central bank kept its rate unchanged on Wednesday.",
                   "2025-11-21T08:00:00+07:00", &got);
  EXPECT_EQ(got, std::vector<std::string>{"2025-11-19"});
  got.clear();  // the future, a deadline, a quotation, past the opening
  FindWeekdayDates("The parliament passed the bill and will vote again on Friday.",
                   "2025-11-21T08:00:00+07:00", &got);
  FindWeekdayDates("Officials said the permits expired and must be renewed by Monday.",
                   "2025-11-21T08:00:00+07:00", &got);
  FindWeekdayDates("\"We arrived on Tuesday,\" the driver said to no one in particular.",
                   "2025-11-21T08:00:00+07:00", &got);
  FindWeekdayDates("One.\nTwo.\nThree.\nPolice arrested him on Monday.",
                   "2025-11-21T08:00:00+07:00", &got);
  EXPECT_TRUE(got.empty());
}

TEST(FindWeekdayDates, PadaWeekdayIsPastUnlessTheSentenceLooksAhead) {
  std::vector<std::string> got;
  FindWeekdayDates("Majelis Nasional pada Selasa menyetujui rancangan itu.",
                   "2025-07-02T19:30:00+07:00", &got);
  EXPECT_EQ(got, (std::vector<std::string>{"2025-07-01"}));
  got.clear();  // a day still to come: "depan", "pekan depan", "akan", "dijadwalkan"
  FindWeekdayDates(
      "Rapat digelar pada Kamis depan. Sidang pada Jumat pekan depan. Menteri akan hadir pada "
      "Senin. Senat dijadwalkan membahasnya pada Rabu. Kereta berangkat setiap Jumat dan pada "
      "Minggu malam. Pesan itu dikirim pada Senin (12/11/2024). Kapal tiba pada Sabtu 20.00 WIB. "
      "Kapal diperkirakan bersandar pada Sabtu. Ia menargetkan perbaikan rampung pada Kamis. "
      "Puncak mudik terjadi pada Kamis, 22 Juni. Ia demam pada Rabu pekan lalu.",
      "2025-07-02T19:30:00+07:00", &got);
  EXPECT_TRUE(got.empty());
}

TEST(FindYesterdayDates, KemarinAndYesterdayOutsideQuotesAreTheDayBefore) {
  auto found = [](std::string_view text, std::string_view published = "2025-03-01T10:00:00+08:00") {
    std::vector<std::string> got;
    FindYesterdayDates(text, published, &got);
    return got.empty() ? std::string() : got.front();
  };
  EXPECT_EQ(found("kata Rudi di Makassar, kemarin."), "2025-02-28");
  EXPECT_EQ(found("Kapal itu kembali berlayar kemarin. Pelayaran sempat dihentikan."),
            "2025-02-28");
  EXPECT_EQ(found("Banjir merendam rumah warga sejak kemarin sore."), "2025-02-28");
  EXPECT_EQ(found("The minister said yesterday's vote was a turning point."), "2025-02-28");
  EXPECT_EQ(found("Kemarin, polisi menutup jalan itu.", "2024-01-01"), "2023-12-31");
}

// The words are found sixteen starts at a time and in the bytes after: every offset, and a
// word right at the text's end, is reached; lookalikes ("Kemarinnya", "yesterdays") are not.
TEST(NarratedWordPositions, EveryOffsetAndTheTextsEnd) {
  for (size_t pad = 0; pad < 40; ++pad) {
    std::string text = std::string(pad, 'x') + " Kemarin, kemarinnya, yesterday's " +
                       std::string(pad % 7, 'y') + " kemarin";
    std::vector<size_t> want = {pad + 1, text.size() - 7};
    EXPECT_EQ(NarratedWordPositions(text, "kemarin"), want) << pad;
    EXPECT_EQ(NarratedWordPositions(text, "yesterday"), std::vector<size_t>{pad + 22}) << pad;
    std::vector<std::string> out;
    FindYesterdayDates(text, "2024-06-20", &out);
    EXPECT_EQ(out, std::vector<std::string>{"2024-06-19"}) << pad;
  }
}

TEST(FindYesterdayDates, SpansNamedDaysQuotesAndLookalikesAreNotYesterday) {
  std::vector<std::string> got;
  for (std::string_view text :
       {"Gelar perkara dilakukan pekan kemarin.", "Harga naik sejak tahun kemarin.",
        "Rapat digelar Rabu kemarin.", "Ia tiba Selasa pagi kemarin.",
        "Bantuan tiba Sabtu (18/10/2025) kemarin.", "Produk dijual sejak 5 Oktober kemarin.",
        "Korban melapor kemarin (11/5).", "Peristiwa kemarin lusa itu.",
        "seperti sekarang atau kemarin-kemarin.", "\"Kemarin itu dia kurang sehat,\" kata Rudi.",
        "\xE2\x80\x9CKemarin sudah kami bahas,\xE2\x80\x9D ujarnya.", "Kemarinnya hujan.",
        "Yesterdays are gone."}) {
    FindYesterdayDates(text, "2025-03-01T10:00:00+07:00", &got);
    EXPECT_TRUE(got.empty()) << text;
    got.clear();
  }
  FindYesterdayDates("kata Rudi di Makassar, kemarin.", "", &got);  // no publication date
  EXPECT_TRUE(got.empty());
}

TEST(FindRecentPhotoDates, ACaptionsDateInTheWeekUpToPublicationOnly) {
  const std::vector<std::string> captions = {
      "Petani memanen garam di Rembang, Jawa Tengah, Kamis (20/11/2025). ANTARA FOTO/Name",
      // A file photo's date, years before.
      "Presiden berbincang di Amur, Rusia, 13 September 2023. Sputnik/Name via REUTERS",
      // After the publication (a typo, or a time zone's day): not the event's.
      "Warga antre di TPS, Minggu (23/11/2025). Foto: Name"};
  std::vector<std::string> out;
  FindRecentPhotoDates(captions, "2025-11-21T08:00:00+07:00", &out);
  EXPECT_EQ(out, std::vector<std::string>{"2025-11-20"});
  out.clear();
  FindRecentPhotoDates(captions, "", &out);  // no publication day: nothing to measure from
  EXPECT_TRUE(out.empty());
}

TEST(IsEntryTime, AClockTimeAndAnIndonesianZoneAlone) {
  for (const char* t : {"13:20 WIB", "9.05 WITA", " 07:45 WIT ", "13.20WIB"}) {
    EXPECT_TRUE(IsEntryTime(t)) << t;
  }
  for (const char* t : {"4:14 p.m.", "13:20", "Pukul 13:20 WIB", "13:20 WIB, Senin", "123:20 WIB",
                        "1:2 WIB", "20 WIB"}) {
    EXPECT_FALSE(IsEntryTime(t)) << t;
  }
}

}  // namespace
}  // namespace kabar::extract
