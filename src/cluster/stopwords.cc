// Function words of Indonesian and English that say nothing about an event.
#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "cluster/cluster_features.h"

namespace kabar::cluster {
namespace {

constexpr std::string_view kStopwords[] = {
    "a",        "about",    "ada",       "adalah",   "after",    "agar",      "akan",    "al",
    "all",      "also",     "an",        "and",      "antara",   "any",       "apa",     "are",
    "as",       "at",       "atas",      "atau",     "bagi",     "bahwa",     "baik",    "banyak",
    "be",       "been",     "before",    "begitu",   "belum",    "benar",     "berapa",  "bisa",
    "but",      "by",       "can",       "could",    "dalam",    "dan",       "dapat",   "dari",
    "daripada", "demikian", "dengan",    "di",       "dia",      "did",       "diri",    "do",
    "does",     "during",   "each",      "for",      "from",     "had",       "hal",     "hanya",
    "harus",    "has",      "have",      "he",       "her",      "here",      "hingga",  "his",
    "how",      "i",        "ia",        "if",       "in",       "ini",       "into",    "is",
    "it",       "its",      "itu",       "jadi",     "jika",     "juga",      "kalau",   "kami",
    "kamu",     "karena",   "ke",        "kemudian", "kepada",   "kita",      "lagi",    "lain",
    "lalu",     "lebih",    "maka",      "masih",    "may",      "me",        "mereka",  "more",
    "most",     "mungkin",  "my",        "namun",    "new",      "no",        "not",     "now",
    "nya",      "of",       "oleh",      "on",       "one",      "only",      "or",      "other",
    "our",      "out",      "over",      "pada",     "para",     "per",       "pun",     "saat",
    "said",     "saja",     "sampai",    "sangat",   "saya",     "says",      "sebagai", "sebelum",
    "sebuah",   "sedang",   "sejak",     "sekitar",  "selain",   "semua",     "seorang", "seperti",
    "serta",    "setelah",  "she",       "since",    "so",       "some",      "sudah",   "tak",
    "tapi",     "telah",    "tentang",   "terhadap", "than",     "that",      "the",     "their",
    "them",     "then",     "there",     "these",    "they",     "this",      "those",   "through",
    "tidak",    "to",       "under",     "untuk",    "up",       "us",        "usai",    "very",
    "was",      "we",       "were",      "what",     "when",     "where",     "which",   "while",
    "who",      "whom",     "why",       "will",     "with",     "would",     "ya",      "yaitu",
    "yakni",    "yang",     "you",       "your",     "s",        "t",         "mr",      "mrs",
    "ms",       "dr",       "pukul",     "wib",      "kata",     "ujar",      "ucap",    "jelas",
    "tutur",    "told",     "according", "menurut",  "tersebut", "yesterday", "today",   "kemarin",
    "hari",     "tahun",    "week",      "year",     "years",    "time",      "just",    "like",
    "first",    "two",      "dua",       "satu",     "tiga",     "three"};

}  // namespace

bool IsStopword(std::string_view folded) {
  static const auto* sorted = [] {
    auto* v = new std::vector<std::string_view>(std::begin(kStopwords), std::end(kStopwords));
    std::sort(v->begin(), v->end());
    return v;
  }();
  return std::binary_search(sorted->begin(), sorted->end(), folded);
}

}  // namespace kabar::cluster
