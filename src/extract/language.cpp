#include "extract/language.h"

#include "util/text.h"

namespace storyline {

LanguageGuess detect_language(std::string_view text, const ExtractResources& resources) {
  // A few thousand words decide any real article; reading further only costs time.
  constexpr std::size_t kSampleBytes = 16 * 1024;
  std::vector<std::string> words = word_tokens(text.substr(0, kSampleBytes));
  std::string best, second;
  std::size_t best_hits = 0, second_hits = 0;
  for (const auto& [code, language] : resources.languages) {
    std::size_t hits = 0;
    for (const std::string& word : words) hits += language.stopwords.count(word);
    if (hits > best_hits) {
      second = best, second_hits = best_hits;
      best = code, best_hits = hits;
    } else if (hits > second_hits) {
      second = code, second_hits = hits;
    }
  }
  LanguageGuess guess;
  if (best_hits == 0) return guess;
  guess.code = best;
  // Short texts share many words across languages ("a", "no", "me"): ask for a clear margin.
  guess.confident = best_hits >= 4 && best_hits >= 2 * second_hits;
  return guess;
}

std::string primary_language_tag(std::string_view tag) {
  std::string lowered = ascii_lower(trim(tag));
  std::size_t cut = lowered.find_first_of("-_");
  return cut == std::string::npos ? lowered : lowered.substr(0, cut);
}

}  // namespace storyline
