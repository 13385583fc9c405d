// What an element's tag, role, class and id say about its content: boilerplate of a known
// kind (the removal reason) or likely article text.
//
// The word lists are general knowledge of how news sites name their page parts (English and
// Indonesian), never the markup of one site.
#ifndef KABAR_EXTRACT_HTML_HINTS_H_
#define KABAR_EXTRACT_HTML_HINTS_H_

#include <gumbo.h>

namespace kabar {

struct ElementHint {
  const char* reason = nullptr;  // "navigation", "share", "related", ...; null when none
  bool positive = false;         // named like article content ("article-body", "entry-content")
};

// Classifies one element. <html> and <body> never get a reason (their classes describe the
// whole page: "single-post has-comments").
ElementHint ClassifyElement(const GumboNode* node);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_HINTS_H_
