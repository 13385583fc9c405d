#include "kabar/understand.h"

#include <cstdlib>
#include <iostream>
#include <mutex>

#include "understand/analysis.h"

namespace kabar {

Understander::Understander(std::unique_ptr<understand::Engine> engine)
    : engine_(std::move(engine)) {}

Understander::~Understander() = default;

Result<std::unique_ptr<Understander>> Understander::Create(const UnderstandOptions& options) {
  auto engine = std::make_unique<understand::Engine>();
  std::string file = options.aliases_file;
  if (file.empty()) {
    const char* env = std::getenv("KABAR_ALIASES");
    if (env != nullptr) file = env;
  }
  Status s = understand::LoadDefaultAliases(file, &engine->aliases);
  if (!s.ok()) return s;
  engine->gazetteer.Build(engine->aliases);
  // Optional: without hunspell-id only the role-name back-off is off.
  (void)engine->common_words.LoadHunspell(understand::kHunspellIndonesian);
  Result<std::unique_ptr<understand::NerModel>> model = understand::NerModel::Embedded();
  if (!model.ok()) return model.status();
  engine->model = std::move(*model);
  engine->max_paragraph_bytes = options.max_paragraph_bytes;
  return std::unique_ptr<Understander>(new Understander(std::move(engine)));
}

void Understander::Understand(Article* article) const {
  // Body paragraphs first (so that their full names lead), then the lead, then the title.
  std::vector<understand::Paragraph> all;
  all.reserve(article->body.size() + 2);  // the body, the lead and the title
  for (size_t i = 0; i < article->body.size(); ++i) {
    all.push_back({article->body[i], static_cast<int>(i)});
  }
  size_t body_count = all.size();
  if (!article->lead.empty()) all.push_back({article->lead});
  for (auto& p : all) understand::FindMentions(*engine_, &p);
  if (!article->title.empty()) {
    understand::Paragraph title{article->title};
    understand::FindMentions(*engine_, &title);
    understand::RestrictToKnownNames(all, engine_->aliases, &title);
    all.push_back(std::move(title));
  }
  understand::AddRepeatedMentions(&all);
  std::vector<understand::Entity> entities = understand::MergeEntities(*engine_, &all);
  all.resize(body_count);
  article->quotes = understand::FindQuotes(all, entities);
  article->entities.clear();
  for (understand::Entity& e : entities) {
    EntityMention m;
    m.name = std::move(e.name);
    m.type = std::string(understand::kTypeNames[e.type]);
    m.mentions = e.mentions;
    m.aliases = std::move(e.aliases);
    article->entities.push_back(std::move(m));
  }
}

void Understander::Canonical(std::string_view spelling, std::string* name,
                             std::string* type) const {
  const understand::AliasEntry* e = engine_->aliases.Find(spelling);
  *name = e ? e->name : "";
  *type = e ? e->type : "";
}

const Understander* DefaultUnderstander() {
  static std::once_flag once;
  static std::unique_ptr<Understander> instance;
  std::call_once(once, [] {
    Result<std::unique_ptr<Understander>> u = Understander::Create({});
    if (u.ok()) {
      instance = std::move(*u);
    } else {
      std::cerr << "kabar: understand stage disabled: " << u.status().ToString() << "\n";
    }
  });
  return instance.get();
}

void UnderstandArticle(Article* article) {
  const Understander* u = DefaultUnderstander();
  if (u != nullptr) u->Understand(article);
}

}  // namespace kabar
