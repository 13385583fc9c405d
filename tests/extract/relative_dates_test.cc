#include "extract/relative_dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kabar::extract {
namespace {

using Dates = std::vector<std::string>;

Dates Find(const char* text, const char* published = "2025-11-20T17:10:00+08:00") {
  Dates out;
  FindRelativeDates(text, published, &out);
  return out;
}

TEST(RelativeDates, EnglishMonthAndDayAfterOn) {
  EXPECT_EQ(Find("the Land Transport Authority announced on Nov 19."), Dates{"2025-11-19"});
  EXPECT_EQ(Find("she said in a post on Wednesday, November 19."), Dates{"2025-11-19"});
  EXPECT_EQ(Find("The council met on 18 Nov to vote."), Dates{"2025-11-18"});
  // The year nearest the publication: early January after a late-December story.
  EXPECT_EQ(Find("Fares rise on Jan 5.", "2025-12-28"), Dates{"2026-01-05"});
  EXPECT_EQ(Find("It was signed on Dec 30.", "2026-01-02"), Dates{"2025-12-30"});
  // A year after it: FindMentionedDates reads the date.
  EXPECT_EQ(Find("It was signed on Nov 19, 2019 in Paris."), Dates{});
  EXPECT_EQ(Find("It was signed on 19 November 2019."), Dates{});
  EXPECT_EQ(Find("He went on 19 trips in November and 20 in Dec."), Dates{});
  EXPECT_EQ(Find("It was set up on Feb 30."), Dates{});  // no such day
  // Past days first, coming ones up to three months ahead; a named weekday picks the year.
  EXPECT_EQ(Find("Workers will be laid off on Dec. 9.", "2019-11-18"), Dates{"2019-12-09"});
  EXPECT_EQ(Find("They were walking at 6:38 p.m. on Saturday, May 18.", "2019-11-19"),
            Dates{"2019-05-18"});
  EXPECT_EQ(Find("The plant reopens on Friday, May 18.", "2019-11-19"), Dates{"2018-05-18"});
}

// Only an "on" followed by a month name's opening or a digit, or by a weekday and then one of
// those, runs the patterns: the white space between may be any RE2 \s, and a weekday or a
// month-like word alone opens no match.
TEST(RelativeDates, OnlyAMonthOrADayAfterOnOpensAMatch) {
  EXPECT_EQ(Find("He left on Monday; the vote was held on\tNov 19."), Dates{"2025-11-19"});
  EXPECT_EQ(Find("She spoke on Sunday,\n16 Nov to reporters."), Dates{"2025-11-16"});
  EXPECT_EQ(Find("She spoke on Sunday 16 Nov to reporters."), Dates{"2025-11-16"});
  EXPECT_EQ(Find("They met on Wednesday November 19."), Dates{"2025-11-19"});
  EXPECT_EQ(Find("He voted on Wednesday, and on Mayor Lim's plan."), Dates{});
  EXPECT_EQ(Find("She spoke on Sundays 16 Nov to reporters."), Dates{});
  EXPECT_EQ(Find("The talks on Monday,Nov 17 ended."), Dates{});
}

// Each match is read as RE2::FindAndConsume would read it after the one before: "on" right
// after a year the previous match ended with still opens one.
TEST(RelativeDates, EnglishMonthDaysOneAfterAnother) {
  EXPECT_EQ(Find("It was signed on Nov 19, 2024on Dec 3."), Dates{"2025-12-03"});
  EXPECT_EQ(Find("He said on Nov 5 on Nov 6"), (Dates{"2025-11-05", "2025-11-06"}));
  EXPECT_EQ(Find("The con Nov 19 and _on Dec 3 and (on Dec 4)"), Dates{"2025-12-04"});
  EXPECT_EQ(Find("met on 4 Nov and on Thursday, 6 Nov"), (Dates{"2025-11-04", "2025-11-06"}));
}

TEST(RelativeDates, IndonesianAndMalayToday) {
  const char* pub = "2025-11-12T16:35:00+08:00";
  EXPECT_EQ(Find("katanya pada sidang media di Parlimen hari ini.", pub), Dates{"2025-11-12"});
  EXPECT_EQ(Find("Hari ini, warga memadati pantai.", pub), Dates{"2025-11-12"});
  // Until today, these few days, inside a quotation, part of another word, a day named after.
  EXPECT_EQ(Find("Korea Utara melancarkan peluru berpandu ke Laut Jepun pagi ini.", pub),
            Dates{"2025-11-12"});
  EXPECT_EQ(Find("Rapat paripurna akan digelar malam ini di gedung DPRD.", pub),
            Dates{"2025-11-12"});
  EXPECT_EQ(Find("\"Saya berangkat pagi ini,\" katanya.", pub), Dates{});
  EXPECT_EQ(Find("Ia akan melayat ke rumah duka pada Selasa pagi ini.", pub), Dates{});
  EXPECT_EQ(Find("Dimulai pukul 9 malam, kelab malam ini akan disulap jadi pesta.", pub), Dates{});
  EXPECT_EQ(Find("Antrean mengular hingga hari ini.", pub), Dates{});
  EXPECT_EQ(Find("Beberapa hari ini kita melihat krisis sampah.", pub), Dates{});
  EXPECT_EQ(Find("\"Kamu menjadi kekuatan banyak orang hari ini,\" tulisnya.", pub), Dates{});
  EXPECT_EQ(Find("Mereka menunggu sehari ini saja.", pub), Dates{});
  EXPECT_EQ(Find("Politisi di parlemen hari-hari ini adalah pebisnis.", pub), Dates{});
  EXPECT_EQ(Find("Ia meninggal dunia pada hari ini, Rabu (11/10) pagi.", pub), Dates{});
  EXPECT_EQ(Find("tanpa tanggal hari ini", ""), Dates{});
}

}  // namespace
}  // namespace kabar::extract
