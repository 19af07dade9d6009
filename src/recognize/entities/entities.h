// Entity recognition: names found in an article and grouped into the entities they name.
//
//   EntityResources resources = load_entity_resources(default_resource_dir());
//   EntityLayer layer = recognize_entities(text, sentences, dates, "en", resources);
//
// Within one article, "Mexican President Claudia Sheinbaum", "Sheinbaum" and "the president"
// become one entity; "Nemesio Oseguera Cervantes, known as “El Mencho”" makes "El Mencho" an
// alias; "Northern Command (NORTHCOM)" makes the acronym one. The state of Sinaloa and the
// Sinaloa Cartel stay apart: different words, different types.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognize/entities/entity.h"
#include "recognize/entities/entity_lexicon.h"
#include "recognize/dates/time_expression.h"

namespace storyline {

struct EntityLayer {
  std::vector<Mention> mentions;  // sorted by span
  std::vector<Entity> entities;   // in order of first mention
};

// Pure and thread-safe. An unknown language yields an empty layer.
EntityLayer recognize_entities(std::string_view text, const std::vector<Span>& sentences,
                               const std::vector<TimeExpression>& dates, const std::string& lang,
                               const EntityResources& resources);

}  // namespace storyline
