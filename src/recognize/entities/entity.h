// Mentions and entities: the people, organizations, places and armed groups of one article.
//
// "Defense Secretary Pete Hegseth ... Hegseth said" gives two mentions of one entity:
//   mentions[0] = {span "Pete Hegseth", role "Defense Secretary", type PERSON, entity 0}
//   mentions[1] = {span "Hegseth", type PERSON, entity 0}
//   entities[0] = {name "Pete Hegseth", aliases {"Pete Hegseth", "Hegseth"},
//                  roles {"Defense Secretary"}}
// A nominal mention ("the president", "el fiscal general") has kind Nominal and points at the
// person whose role it names, when the article gives one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"  // Span

namespace storyline {

enum class EntityType { Person, Org, Gpe, Loc, ArmedGroup };

// "PERSON", "ORG", "GPE", "LOC", "ARMED_GROUP": the names used in JSON and resources.
std::string_view entity_type_name(EntityType type);
// Inverse of entity_type_name; returns false for an unknown name.
bool parse_entity_type(std::string_view name, EntityType* type);

enum class MentionKind {
  Name,     // a proper name as written: "Pete Hegseth", "CJNG", "El Mencho"
  Nominal,  // a role standing for a person: "the president", "el fiscal general"
};

struct Mention {
  Span span;                 // the name without its title: "Pete Hegseth"
  EntityType type = EntityType::Person;
  MentionKind kind = MentionKind::Name;
  int entity = -1;           // index into the entities vector
  Span role;                 // the title or role attached in the text, empty (0,0) if none:
                             // "Defense Secretary" for "Defense Secretary Pete Hegseth"
};

struct Entity {
  std::string name;                  // canonical: the fullest name the article (or a resource
                                     // pack) gives, without titles
  EntityType type = EntityType::Person;
  std::vector<int> mentions;         // indexes into the mentions vector, in text order
  std::vector<std::string> aliases;  // distinct surface forms seen in this article
  std::vector<std::string> roles;    // distinct roles the article gives this entity
  bool outlet = false;               // a news organization
  std::string key;                   // stable id across articles and languages when a resource
                                     // knows the entity ("jalisco new generation cartel"),
                                     // else the folded canonical name
};

}  // namespace storyline
