// Outlets: web sites and the human names of the outlets behind them.
//
// A table of well-known Indonesian and international news outlets (domain -> display name),
// and a fallback that derives a name from any domain ("jakartaglobe.id" -> "Jakartaglobe").
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_OUTLETS_H_
#define KABAR_EXTRACT_OUTLETS_H_

#include <string>
#include <string_view>

namespace kabar::extract {

// The registrable domain of a host or URL, lower case: "https://www.Tempo.co/x" -> "tempo.co",
// "news.detik.com" -> "detik.com", "foo.kompas.co.id" -> "kompas.co.id". Empty when `s` has no
// host.
std::string RegistrableSite(std::string_view host_or_url);

// The site named by an outlet token written in a dateline or credit: "TEMPO.CO" -> "tempo.co",
// "KOMPAS.com" -> "kompas.com", "TRIBUN-VIDEO.COM" -> "tribun-video.com", "Kompas.tv" ->
// "kompas.tv". Empty when `token` is not a domain.
std::string SiteFromToken(std::string_view token);

// Display name of the outlet at `site` ("tempo.co" -> "Tempo", "kompas.tv" -> "Kompas TV").
// Sites not in the table get a name derived from the domain ("tribun-video.com" ->
// "Tribun Video"). Empty for an empty site.
std::string OutletName(std::string_view site);

// The same, given how the page writes its site (`written`, e.g. its masthead "TribunAmbon.com"):
// for a site not in the table whose name is written with inner capitals, the words those
// capitals open ("Tribun Ambon"), each of at least three letters; the name as written when
// its capitals run into lower case ("KRjogja") or its words, spaces dropped, spell the site's
// first label ("Siwalima News" for siwalimanews.com); else OutletName(site).
std::string OutletNameAsWritten(std::string_view site, std::string_view written);

// The name a copyright line gives its holder, one to four capitalised words in one part of the
// line (parts are split at '|', " - ", ", " and ". "), with the marks, years and reservations
// taken out: "\u00a9 Copyright 2025 - Jambi Terkini" -> "Jambi Terkini", "\u00a9 2025 The Bali
// Current. All rights reserved." -> "The Bali Current", "Hak Cipta \u00a9 2025 Warta Priangan
// Timur" -> "Warta Priangan Timur"; "" when the line has no copyright mark or no such part.
std::string CopyrightName(std::string_view line);

// The outlet a copyright holder's name `holder` is for a page at `site` kabar's table does not
// know: the holder itself when its words run together are the site's first label ("Jambi
// Terkini" on jambiterkini.com), or, on a page of no known site, when the page's masthead (its
// first line) holds those words too ("The Bali Current"; "PORTAL RESMI PEMERINTAH KABUPATEN
// TEMANGGUNG" for "Pemerintah Kabupaten Temanggung": a page names itself at both ends, where a
// footer alone often names the publisher's company); "" otherwise.
std::string OutletFromCopyright(std::string_view site, std::string_view holder,
                                std::string_view masthead);

// A brand written the way Indonesian outlets name their channels: a lower-case opening and a
// capital inside ("detikNews", "kumparanBISNIS", "tvOne").
bool IsChannelBrand(std::string_view word);

// The site of the outlet a channel brand belongs to, its lower-case opening the first label of
// a known outlet's domain: "detikNews", "detikJatim" -> "detik.com", "kumparanBISNIS" ->
// "kumparan.com". "" for any other word.
std::string SiteForChannelBrand(std::string_view brand);

// True when `site` is a well-known outlet based in Indonesia ("tempo.co", "kompas.com"; also
// its English editions' sites): the table knows it, its domain need not say so.
bool IsIndonesianOutlet(std::string_view site);

// The IANA zone in which the table's outlet at `site` prints times that name no zone: its
// country's, when that country has one zone ("Asia/Jakarta" for every Indonesian outlet,
// "Asia/Singapore" for straitstimes.com, "Asia/Kuala_Lumpur" for bernama.com); "" for other
// sites and for outlets whose readers span zones.
std::string OutletHomeZone(std::string_view site);

// True when `site` is Indonesian by its domain (under .id) or by the table
// (IsIndonesianOutlet): its pages print Indonesian local times and habits.
bool IsIndonesianSite(std::string_view site);

// The site of a well-known outlet written by name in running text ("Tempo", "Kompas TV",
// "Reuters" is an agency, not an outlet); empty when the name is not in the table.
std::string SiteForOutletName(std::string_view name);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_OUTLETS_H_
