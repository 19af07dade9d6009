// EntityResources: what name recognition knows, loaded once from resource files.
//
// Per language, resources/<lang>/entities/ holds the words around names (titles, role nouns,
// head words that type a name, alias cues); see resources/en/entities/README.md. Gazetteers
// (known names and their aliases in any language) come from every language folder's
// entities/gazetteer.txt, from every pack under resources/packs/, and from packs a user names.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "recognize/entities/entity.h"
#include "recognize/name_tokens.h"

namespace storyline {

// Folded word sequences indexed by their first word; a match is the longest one.
class NamePhrases {
 public:
  // How a phrase's first word must be written in the text to match.
  enum class Case { Any, Capital, AllCaps };
  void add(const std::vector<std::string>& words, int tag, Case first_word);
  struct Match {
    std::size_t length = 0;  // tokens consumed; 0 when nothing matched
    int tag = -1;
  };
  // Longest phrase starting at tokens[i].
  Match longest_at(const std::vector<NameToken>& tokens, std::size_t i) const;
  // Longest phrase ending at tokens[last] (inclusive) and starting at or after `first`.
  Match longest_ending_at(const std::vector<NameToken>& tokens, std::size_t first,
                          std::size_t last) const;
  bool empty() const { return by_first_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> words;
    int tag;
    Case first_word;
  };
  std::unordered_map<std::string, std::vector<Phrase>> by_first_;
  std::unordered_map<std::string, std::vector<Phrase>> by_last_;
};

struct KnownEntity {
  std::string name;  // canonical
  EntityType type = EntityType::Person;
  bool outlet = false;
};

struct EntityLanguage {
  NamePhrases titles;        // "defense secretary", "gen.", "presidenta": roles before a name
  std::unordered_set<std::string> role_nouns;   // "officer", "professor": head a role phrase
  std::unordered_set<std::string> role_stops;   // "said", "dijo": a role never reaches past them
  std::unordered_set<std::string> connectors;   // "of", "de", "del": inside names
  std::unordered_set<std::string> person_breaks;  // "of": a person's name ends before it
  std::unordered_set<std::string> place_nouns;    // "neighborhood", "barrio": a name by it is a place
  std::unordered_map<std::string, EntityType> heads;  // "department" ORG, "cartel" ARMED_GROUP
  std::unordered_set<std::string> outlet_heads;       // "chronicle": an ORG that publishes news
  std::unordered_set<std::string> none_heads;         // "award", "ley": the name is no entity
  std::unordered_set<std::string> dropped_articles;   // "the": left off the start of a name
  std::unordered_set<std::string> not_acronyms;       // "ceo", "tv": capitals that name nothing
  NamePhrases alias_cues;    // "known as", "alias", "conocido como"
  std::unordered_set<std::string> demonyms;     // "mexican": capitalized, never a name
  std::unordered_set<std::string> determiners;  // "the", "el", "la": before a nominal title
  std::unordered_set<std::string> speech_cues;  // ../speech/cues.txt: "Jane Doe said" is a person
  std::unordered_set<std::string> stopwords;    // ../stopwords.txt and openers.txt: never open
                                                // a name
};

struct EntityResources {
  std::vector<KnownEntity> known;  // gazetteer entries; a phrase's tag indexes this
  NamePhrases gazetteer;           // every alias of every known entity, all languages
  std::map<std::string, EntityLanguage> languages;
  std::unordered_set<std::string> dotted;  // abbreviations that keep their dot ("gen.")
  // Every language's articles: inside a name in any article they open a nickname
  // ("Joaquín El Chapo Guzmán" in an English text).
  std::unordered_set<std::string> name_articles;
  // Every language's given names (entities/given_names.txt): a name opening with one is a
  // person's.
  std::unordered_set<std::string> given_names;
};

// Reads every resources/<lang>/entities/, resources/packs/*/gazetteer.txt and, in order, each
// of `packs` (a folder holding gazetteer.txt, or the file itself). Throws std::runtime_error
// naming file and line on a malformed entry.
EntityResources load_entity_resources(const std::string& resource_dir,
                                      const std::vector<std::string>& packs = {});

}  // namespace storyline
