// Boilerplate phrase knowledge: lines that are never article text on an Indonesian or
// English news site, whatever the site ("Baca Juga:", "Advertisement", "Lupa Kata Sandi?",
// "© 2024 ...", "Isi komentar sepenuhnya adalah tanggung jawab pengguna ...").
//
// Each pattern carries a removal reason from doc/removal_reasons.md. The patterns are general
// knowledge of news-site furniture, matched as one RE2::Set (linear time, one pass per line).
//
// Thread safety: all functions are safe from many threads (the compiled set is immutable).
#ifndef KABAR_EXTRACT_BOILERPLATE_H_
#define KABAR_EXTRACT_BOILERPLATE_H_

#include <string_view>

#include "extract/line_facts.h"

namespace kabar::extract {

// The removal reason ("ad", "login", "related", "footer", "navigation", "sponsor",
// "comment-policy", "comments", "hashtag", "share", ...) when the trimmed `line` is boilerplate
// by itself; empty when it is not known boilerplate. The returned view is a static string.
std::string_view BoilerplateReason(std::string_view line);
// The same for the line `facts` describe (LineFacts: the line's bytes looked at once).
std::string_view BoilerplateReason(const LineFacts& facts);

// True when a boilerplate line of this reason ends the article when it follows the body
// (e.g. "related" headings, comment policies, footers), as opposed to furniture that also
// sits between paragraphs ("ad", "Baca Juga" teasers).
bool EndsArticle(std::string_view line);
// The same for a line whose BoilerplateReason(line) the caller already has.
bool EndsArticle(std::string_view line, std::string_view reason);

// True for a "read also" teaser heading with nothing after it ("Baca juga:", "BACA JUGA",
// "Lihat Juga :", "Read more:", "RELATED:" with its colon): the linked headline is on the next
// line(s) and the article goes on after it, so the heading does not end the article.
bool IsTeaserHeading(std::string_view line);

// True for a relative-time line of a teaser list: "6 jam lalu", "2 hours ago", "kemarin".
bool IsRelativeTimeLine(std::string_view line);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_BOILERPLATE_H_
