// Multi-word phrases from the resource files, matched against quantity tokens: the one lookup
// behind currencies, qualifiers and range openers (tag: a string) and speech cues, hedges and
// openers (tag: flag bits).
//
//   PhraseTable<std::string> currencies;
//   currencies.add("US$", "USD");
//   std::string code;
//   std::size_t used = currencies.match(tokens, i, &code);  // tokens consumed, 0 if none
//
// Phrases are indexed by their first folded word and tried longest first. In a phrase, `*`
// (never first) matches any one word, and a token written without a space before it ("a$") must
// be so written in the text too.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "recognize/quantities/quantity_tokens.h"

namespace storyline {

template <typename Tag>
class PhraseTable {
 public:
  void add(std::string_view text, Tag tag = Tag{}) {
    Phrase phrase;
    for (const Token& token : tokenize_quantities(text, 0, static_cast<std::uint32_t>(text.size()), false)) {
      phrase.words.push_back(token.fold);
      phrase.glued.push_back(!token.space_before && phrase.words.size() > 1);
    }
    if (phrase.words.empty() || phrase.words.front() == "*") return;
    phrase.tag = std::move(tag);
    auto& bucket = by_first_[phrase.words.front()];
    bucket.push_back(std::move(phrase));
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  }

  // Longest phrase starting at tokens[i] and ending before tokens[limit]; returns the tokens
  // consumed (0 if none) and sets *tag.
  std::size_t match(const std::vector<Token>& tokens, std::size_t i, std::size_t limit, Tag* tag = nullptr) const {
    limit = std::min(limit, tokens.size());
    if (i >= limit) return 0;
    auto found = by_first_.find(tokens[i].fold);
    if (found == by_first_.end()) return 0;
    for (const Phrase& phrase : found->second) {
      if (i + phrase.words.size() > limit) continue;
      bool same = true;
      for (std::size_t k = 1; k < phrase.words.size() && same; ++k) {
        const Token& token = tokens[i + k];
        same = phrase.words[k] == "*" ? token.kind == TokenKind::Word
                                      : token.fold == phrase.words[k] && (!phrase.glued[k] || !token.space_before);
      }
      if (!same) continue;
      if (tag) *tag = phrase.tag;
      return phrase.words.size();
    }
    return 0;
  }
  std::size_t match(const std::vector<Token>& tokens, std::size_t i, Tag* tag = nullptr) const {
    return match(tokens, i, tokens.size(), tag);
  }

  bool empty() const { return by_first_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> words;  // folded tokens
    std::vector<bool> glued;         // written without a space before
    Tag tag{};
  };
  std::unordered_map<std::string, std::vector<Phrase>> by_first_;
};

}  // namespace storyline
