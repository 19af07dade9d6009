// The title rule of src/link/text_values.h: two titles of one entity compared word by word.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "link/text_value_words.h"
#include "link/text_values.h"

namespace storyline {
namespace {

struct RoleParts {
  std::set<std::string> core;                    // word ids; ranks as "r:scale:position"
  std::map<std::string, std::string> modifiers;  // meaning -> the word that says it
};

// `other` is the core of the title compared with: a prefix ("ex" in "exministro") is a modifier
// only when what follows is a word of that title, so "experto" keeps its "ex".
RoleParts role_parts(const TitleWords& u, const std::set<std::string>& other, const TextValueResources& r) {
  const TextValueLanguage& lang = language_of(r, u.lang);
  RoleParts parts;
  for (const NameWord& w : u.words) {
    if (r.any.function_words.count(w.fold)) continue;
    if (auto m = lang.modifiers.find(w.fold); m != lang.modifiers.end()) {
      parts.modifiers[m->second] = w.surface;
      continue;
    }
    if (auto k = lang.ranks.find(w.fold); k != lang.ranks.end()) {
      parts.core.insert("r:" + k->second.first + ":" + std::to_string(k->second.second));
      continue;
    }
    std::string id = word_id(r, lang, w.fold);
    for (const auto& [prefix, meaning] : lang.modifier_prefixes) {
      bool starts = w.fold.size() >= prefix.size() + 4 && w.fold.compare(0, prefix.size(), prefix) == 0;
      std::string rest = starts ? word_id(r, lang, w.fold.substr(prefix.size())) : "";
      if (!rest.empty() && other.count(rest)) {
        parts.modifiers[meaning] = w.surface;
        id = rest;
        break;
      }
    }
    parts.core.insert(id);
  }
  return parts;
}

std::string scale_of(const std::string& rank) { return rank.substr(0, rank.rfind(':')); }

}  // namespace

std::string title_difference(const TitleWords& a, const TitleWords& b, const TextValueResources& r) {
  RoleParts pa = role_parts(a, role_parts(b, {}, r).core, r), pb = role_parts(b, role_parts(a, {}, r).core, r);
  if (pa.core.empty() || pb.core.empty()) return "";
  std::vector<std::string> only_a, only_b;
  std::set_difference(pa.core.begin(), pa.core.end(), pb.core.begin(), pb.core.end(), std::back_inserter(only_a));
  std::set_difference(pb.core.begin(), pb.core.end(), pa.core.begin(), pa.core.end(), std::back_inserter(only_b));
  std::string modifiers;
  for (const RoleParts* p : {&pa, &pb})
    for (const auto& [meaning, word] : p->modifiers)
      if (!(p == &pa ? pb : pa).modifiers.count(meaning))
        modifiers += (modifiers.empty() ? "" : ", ") + quoted(word);
  if (!modifiers.empty() && (only_a.empty() || only_b.empty()))
    return modifiers + " changes what the title says";
  if (modifiers.empty() && only_a.size() == 1 && only_b.size() == 1 && only_a[0].rfind("r:", 0) == 0 &&
      only_b[0].rfind("r:", 0) == 0 && scale_of(only_a[0]) == scale_of(only_b[0]))
    return "two ranks of one scale";
  return "";
}

}  // namespace storyline
