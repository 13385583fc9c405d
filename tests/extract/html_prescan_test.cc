// The pre-scan's held text: the tree HtmlDocument builds (text held out of Gumbo's input and
// put back) is the tree Gumbo builds from PrepareForParsing's output, on markup chosen to
// exercise every way the parser treats character data differently.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/html_document.h"
#include "extract/html_prescan.h"
#include "extract/parse_arena.h"

namespace kabar {
namespace {

// The tree below `node` as text: one line per node, indented by depth.
std::string Dump(const GumboNode* node) {
  std::string out;
  std::vector<std::pair<const GumboNode*, int>> stack = {{node, 0}};
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    out.append(static_cast<size_t>(depth) * 2, ' ');
    switch (n->type) {
      case GUMBO_NODE_DOCUMENT:
        out += "#document\n";
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        out += "<" + TagName(n);
        const GumboVector& attrs = n->v.element.attributes;
        for (unsigned i = 0; i < attrs.length; ++i) {
          const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
          out += std::string(" ") + a->name + "=\"" + a->value + "\"";
        }
        out += ">\n";
        break;
      }
      default:
        out += "#" + std::to_string(n->type) + " \"" + n->v.text.text + "\"\n";
        continue;
    }
    const GumboVector& kids =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), depth + 1});
    }
  }
  return out;
}

// Gumbo's tree of PrepareForParsing's output.
std::string Reference(const std::string& html) {
  std::string prepared = PrepareForParsing(html, kMaxHtmlDepth);
  const std::string& input = prepared.empty() ? html : prepared;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, input.data(), input.size());
  std::string dump = Dump(out->document);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return dump;
}

std::string Held(const std::string& html) {
  HtmlDocument doc(html);
  return Dump(doc.root()->parent);
}

TEST(HeldText, TreeIsTheOnePrepareForParsingGives) {
  const std::vector<std::string> cases = {
      "<p>Hello   world,\n\n this  is\ttext</p>",
      "<table><tr><td>cell text here</td></tr>stray text in a table<tr><td>x</td></tr></table>",
      "<table>   <tr><td>a</td></tr>  more stray table text </table>",
      "<html>  text before the head<head><title>The title</title></head><body>b</body></html>",
      "<head><noscript>noscript in the head text</noscript></head>",
      "<pre>\nfirst line of the pre</pre><textarea>\ntextarea content here</textarea>",
      "<frameset><frame>text inside a frameset</frameset> text after the frameset",
      "<head></head>   <frameset>text in a frameset</frameset><noframes>no frames</noframes>",
      "<p>text before a frameset</p><frameset>text in the frameset</frameset>",
      "<table><colgroup>  text in a column group</colgroup></table>",
      "<select><option>option text is long</option>loose text in a select</select>",
      "<svg><script>if (a<b) alert(1)</script><text>svg text content</text>"
      "<![CDATA[cdata text here]]></svg><math><mi>math text here</mi></math>",
      "<p>Tom &amp; Jerry are here</p><p>nul\0byte in the text</p><p>cr\r\nline text here</p>",
      "<p>control \x01 char text</p><p>c1 \xC2\x85 char text</p><p>nonchar \xEF\xBF\xBE text</p>"
      "<p>nonchar \xF0\x9F\xBF\xBF text</p><p>emoji \xF0\x9F\x98\x80 text and more</p>",
      "<i data-x='<div><a href=\"/x\">Details of the policy</a></div>'></i><p>after the icon</p>",
      "<a title=\"a>b\">quoted gt text</a><a href=x\"y>odd quote text</a>",
      "<p>some text</p><!--> text after an abrupt comment <p>more paragraph text</p>",
      "<p>text before<?php echo 'processing instruction text' ?>and more text after</p>",
      "<p>x</p></ bogus end tag text> text after the bogus one",
      "<plaintext>plain <b>text</b> to the end of everything",
      "<script type=application/ld+json>{\"a\": \"x   y\", \"b\": \"long json value\"}</script>"
      "<script>showDate(\"2020/04/17 01:43:09\");</script><p>paragraph text</p>",
      "<body>body text</body></html>trailing text after the end",
      "<a href=x>link text one</a><a>nested <a>anchor text two</a></a>",
      "<b>bold <i>both text here</b> italic only text</i><p>1<b>2<p>misnested text</b>3</p>",
      "<p>a < b and c > d are both true</p><p>x<3 and more text</p>",
      "<ul><li>first item text<li>second item text</ul><dl><dt>term text<dd>definition text</dl>",
      "<template><p>template content text</p></template><p>text</p>",
      "<p>" + std::string(3000, 'w') + "</p>" + "<div>" + std::string(400, ' ') + "x</div>",
      "<p class=\"a  b   c\" id='identifier' style=\"color: red\" data-x=dropped>x</p>",
      "<table><input type=hidden class='some class'><input class=\"other class\"></table>",
      "<html class='first class'><body id='body id'><html class='second class' lang=en>"
      "<body id='second id' class='body class'>text",
      "<b class='bold class'>x<p>y</b>z</p><a id=link-id-1>a<div>b</a>c</div>",
      "<p class='a&amp;b long' id=\"x\ty\">t</p><p class='first one' class='second one'>u</p>",
      "<svg class='svg class here' viewBox='0 0 10 10'><math><annotation-xml "
      "encoding=\"text/html\" class='annotation class'><p>html in math</p></annotation-xml>",
      "<meta property=\"og:title\" content=\"A title of some length\"><link rel=canonical "
      "href=\"https://example.com/a/long/path\"><time datetime=\"2020-04-17T01:43:09Z\">t",
      "<p>literal plane 15 \xF3\xB0\x80\x80 and text here</p>",
      "<p>&#xF0000; and text here</p>",
      "<p>&#983041; and text here</p>",
  };
  for (const std::string& html : cases) EXPECT_EQ(Held(html), Reference(html)) << html;
}

TEST(HeldText, HoldsPlainTextOnlyAndNotOnPagesWithThePrivatePlanes) {
  PreparedHtml p = PrepareForParsingHoldingText(
      "<p class='long class'>  held text  </p><p type=\"not held\">&amp; not held</p>", 10);
  ASSERT_EQ(p.held.size(), 2u);
  EXPECT_EQ(p.held[0].text, "long class");
  EXPECT_EQ(p.held[1].text, "held text");
  EXPECT_EQ(p.html,
            "<p class='\xF3\xB0\x80\x80'> \xF3\xB0\x80\x81 </p><p type=\"not held\">&amp; not "
            "held</p>");
  EXPECT_TRUE(PrepareForParsingHoldingText("<p>held text</p>\xF4\x80\x80\x80", 10).held.empty());
  EXPECT_TRUE(PrepareForParsingHoldingText("<p>held text</p>&#x100000;", 10).held.empty());
  EXPECT_EQ(PrepareForParsingHoldingText("<p>held text</p>&#xEFFFF;", 10).held.size(), 1u);
}

TEST(HeldText, BeyondThe65534CharactersOfTheFirstPlane) {
  std::string html;
  for (int i = 0; i < 66000; ++i) html += "<b>held text " + std::to_string(i % 10) + "</b>";
  PreparedHtml p = PrepareForParsingHoldingText(html, kMaxHtmlDepth);
  ASSERT_EQ(p.held.size(), 66000u);
  EXPECT_EQ(Held(html), Reference(html));
}

// Gumbo's tree of `html`, its memory in a ParseArena as HtmlDocument parses: Gumbo leaks a
// few strings on some malformed markup (a DOCTYPE inside the body, ...), which the arena
// releases with the rest.
class ArenaTree {
 public:
  explicit ArenaTree(const std::string& html) : arena_(4 * html.size() + 65536) {
    options_ = kGumboDefaultOptions;
    options_.allocator = ParseArena::GumboAllocate;
    options_.deallocator = ParseArena::GumboDeallocate;
    options_.userdata = &arena_;
    output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
  }
  const GumboNode* document() const { return output_->document; }

 private:
  ParseArena arena_;
  GumboOptions options_;
  GumboOutput* output_;
};

// The text Gumbo finds in `html`, white space collapsed (comment text left out).
std::string VisibleText(const std::string& html) {
  ArenaTree tree(html);
  std::string text;
  std::vector<const GumboNode*> stack = {tree.document()};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      for (const char* c = n->v.text.text; *c != '\0'; ++c) {
        bool space = *c == ' ' || *c == '\n' || *c == '\t';
        if (!space)
          text += *c;
        else if (!text.empty() && text.back() != ' ')
          text += ' ';
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& kids =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return text;
}

// Comments end where HTML's tokenizer ends them, so that the pre-scan does not drop text a
// browser shows: "<!-->" and "<!--->" are empty comments, "--!>" closes one.
TEST(Prescan, CommentsEndWhereHtmlEndsThem) {
  const std::vector<std::string> cases = {
      "<p>one</p><!--> text after an empty comment <p>two</p><!-- note --><p>three</p>",
      "<p>one</p><!---> text after a dash comment <p>two</p><!-- note --><p>three</p>",
      "<p>one</p><!-- a note --!> text after a bang close <p>two</p><!-- b --><p>three</p>",
      "<p>one</p><!-- a -- b --- c ----> text after dashes <p>two</p><!-- d --><p>e</p>",
      "<p>one</p><!-- never closed <p>two</p>",
  };
  for (const std::string& html : cases) {
    std::string prepared = PrepareForParsing(html, kMaxHtmlDepth);
    EXPECT_EQ(VisibleText(prepared.empty() ? html : prepared), VisibleText(html)) << html;
  }
}

// Attributes the metadata reads survive the cut: a <link>'s href and an <abbr>'s title (hAtom
// dates); the same attributes elsewhere are dropped.
TEST(Prescan, KeepsTheAttributesMetadataReads) {
  const std::string html =
      "<link rel=canonical href=\"https://example.com/a\"><a href=\"/x\" title=\"tip\">x</a>"
      "<abbr class=published title=\"2025-03-11T14:20:00+08:00\">14.20</abbr>";
  std::string prepared = PrepareForParsing(html, kMaxHtmlDepth);
  EXPECT_NE(prepared.find("href=\"https://example.com/a\""), std::string::npos) << prepared;
  EXPECT_NE(prepared.find("title=\"2025-03-11T14:20:00+08:00\""), std::string::npos) << prepared;
  EXPECT_EQ(prepared.find("href=\"/x\""), std::string::npos) << prepared;
  EXPECT_EQ(prepared.find("title=\"tip\""), std::string::npos) << prepared;
}

// Random markup from the constructs the pre-scan treats specially (comments of every form,
// raw-text elements, quoted and unquoted attributes with '>' and quotes inside, bogus tags,
// stray '<', CDATA, deep nesting) against Gumbo: the pre-scanned input has the same visible
// text, and the same elements, as the input.
std::string RandomMarkup(std::mt19937* rng) {
  const char* pieces[] = {"<p>",
                          "</p>",
                          "<div class=\"a b\">",
                          "</div>",
                          "<span id=x>",
                          "</span>",
                          "<b>",
                          "</b>",
                          "<a href='/x' title=\"t > u\">",
                          "</a>",
                          "<table><tr><td>",
                          "</td></tr></table>",
                          "<ul><li>",
                          "</li></ul>",
                          "<svg><text>",
                          "</text></svg>",
                          "<math><mi>",
                          "</mi></math>",
                          "<template>",
                          "</template>",
                          "<textarea>",
                          "</textarea>",
                          "<title>",
                          "</title>",
                          "<script>var a = 1 < 2;</script>",
                          "<script>x('</scr' + 'ipt>')</script>",
                          "<script><!-- if (a) { b(); } --></script>",
                          "<style>p > a { color: red }</style>",
                          "<script type=application/ld+json>{\"a\": \"b\"}</script>",
                          "<noscript>",
                          "</noscript>",
                          "<!---->",
                          "<!-->",
                          "<!--->",
                          "<!-- c -->",
                          "<!-- c --!>",
                          "<!-- a -- b -->",
                          "<!--",
                          "-->",
                          "--!>",
                          "<![CDATA[ x ]]>",
                          "<?pi x?>",
                          "</ bogus>",
                          "<",
                          ">",
                          "&amp;",
                          "&lt;",
                          "<p data-x='<div>' onclick=\"y()\">",
                          "<i a=\"x\"y>",
                          "<p a='\"'>",
                          "<br>",
                          "<img src=x>",
                          "word",
                          "two words",
                          "  \n\t  ",
                          "text > more",
                          "a < b",
                          "</",
                          "<!",
                          "<!doctype html>",
                          "<plaintext>",
                          "<SCRIPT>if (a<b) c()</SCRIPT>",
                          "<Svg><TITLE>t</TITLE></Svg>",
                          "<scriptx>text of scriptx</scriptx>",
                          "<script/>",
                          "<p class='a' data-x=\"1 > 2\">",
                          "<a href=x/>",
                          "<p a=\">",
                          "<meta content=\"c > d\" name=n>",
                          "<p type=t class=\"x\">",
                          "<div\tid=y\nclass=z>",
                          "<foreignObject>",
                          "</svg>",
                          "</math>",
                          "<xmp><b>x</b></xmp>",
                          "<iframe><p>i</p></iframe>",
                          "\0",
                          "\r\n"};
  std::string html;
  int n = 5 + static_cast<int>((*rng)() % 40);
  for (int i = 0; i < n; ++i) {
    const char* piece = pieces[(*rng)() % std::size(pieces)];
    html += *piece == '\0' ? std::string(1, '\0') : std::string(piece);
  }
  return html;
}

// Visible text, and the element names in document order.
std::string TextAndElements(const std::string& html) {
  ArenaTree tree(html);
  std::string text, elements;
  std::vector<const GumboNode*> stack = {tree.document()};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      const GumboNode* parent = n->parent;
      std::string name =
          parent != nullptr && parent->type == GUMBO_NODE_ELEMENT ? TagName(parent) : "";
      if (name == "script" || name == "style") continue;  // dropped unless read
      for (const char* c = n->v.text.text; *c != '\0'; ++c) {
        bool space = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\f' || *c == '\r';
        if (!space)
          text += *c;
        else if (!text.empty() && text.back() != ' ')
          text += ' ';
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT &&
        n->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    if (n->type != GUMBO_NODE_DOCUMENT) {
      elements += TagName(n);
      const GumboVector& attrs = n->v.element.attributes;
      for (unsigned i = 0; i < attrs.length; ++i) {  // those kabar reads (html_prescan.h)
        const auto* attr = static_cast<const GumboAttribute*>(attrs.data[i]);
        std::string name = attr->name;
        if (name == "class" || name == "id" || name == "content" || name == "type") {
          elements += " " + name + "=" + attr->value;
        }
      }
      elements += " ";
    }
    const GumboVector& kids =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return text + "\n" + elements;
}

TEST(Prescan, RandomMarkupKeepsTextAndElements) {
  std::mt19937 rng(20261122);
  int failures = 0;
  for (int i = 0; i < 5000 && failures < 5; ++i) {
    std::string html = RandomMarkup(&rng);
    std::string prepared = PrepareForParsing(html, kMaxHtmlDepth);
    std::string want = TextAndElements(html);
    std::string got = TextAndElements(prepared.empty() ? html : prepared);
    if (got != want) ++failures;
    EXPECT_EQ(got, want) << html;
  }
}

}  // namespace
}  // namespace kabar
