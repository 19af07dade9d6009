// The article as the speech layer reads it: one token stream with, per token, its sentence and
// the date or mention covering it, so every rule is a lookup instead of a rescan.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "recognize/speech/speech.h"
#include "recognize/speech/speech_lexicon.h"

namespace storyline {

struct SpeechContext {
  std::string_view text;
  const SpeechLanguage& lang;
  const std::vector<Span>& paragraphs;
  const std::vector<Span>& sentences;
  const std::vector<TimeExpression>& dates;
  const std::vector<Mention>& mentions;
  const std::vector<Entity>& entities;
  std::vector<Token> tokens;
  std::vector<int> token_sentence;    // -1 outside every sentence
  std::vector<int> token_date;        // index of the date covering the token, or -1
  std::vector<int> token_mention;     // index of the mention covering the token, or -1
  std::vector<std::uint8_t> quoted;   // 1 inside a direct quote (words or marks)

  // Index of the first token that begins at or after `byte` (tokens.size() if none).
  std::size_t token_at(std::uint32_t byte) const;
  // Token range [first, last) of sentence `s`.
  std::pair<std::size_t, std::size_t> sentence_tokens(int s) const;
  int sentence_of(std::uint32_t byte) const;
  int paragraph_of(std::uint32_t byte) const;
  std::string_view slice(Span span) const { return text.substr(span.begin, span.end - span.begin); }
  Span span_of(std::size_t first, std::size_t last) const {  // tokens [first, last)
    return {tokens[first].begin, tokens[last - 1].end};
  }
  // First letter is a capital (ASCII or Latin-1 range).
  bool capitalized(std::size_t i) const;
  // Punctuation that ends a noun phrase; apostrophes, glued hyphens and '&' do not.
  bool boundary(std::size_t i) const;
  bool word(std::size_t i) const {
    return tokens[i].kind == TokenKind::Word || tokens[i].kind == TokenKind::Numeral;
  }
  const Mention* mention(std::size_t i) const {
    return token_mention[i] < 0 ? nullptr : &mentions[static_cast<std::size_t>(token_mention[i])];
  }
  bool is_outlet(const Mention& m) const {
    return m.entity >= 0 && static_cast<std::size_t>(m.entity) < entities.size() &&
           entities[static_cast<std::size_t>(m.entity)].outlet;
  }
  bool stop(std::size_t i, StopKind kind) const {
    auto found = lang.stops.find(tokens[i].fold);
    return found != lang.stops.end() && found->second == kind;
  }
};

SpeechContext make_speech_context(const SpeechInput& input, const SpeechLanguage& lang);

}  // namespace storyline
