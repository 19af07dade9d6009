// Shared by the speech tests: a sentence with its mentions marked in brackets becomes a full
// SpeechInput (paragraphs, sentences, mentions, entities, optional dates).
//
//   “We are ready,” [Pete Hegseth] said.      a PERSON mention
//   [ORG:Pentagon], [GPE:Mexico], [LOC:...]   other types
//   [OUT:NBC News]                            an ORG entity that is a news outlet
//   [Hegseth=Pete Hegseth]                    the words "Hegseth", entity "Pete Hegseth"
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "recognize/dates/dates.h"
#include "recognize/speech/speech.h"
#include "text/sentences.h"

namespace storyline::speech_table {

inline const SpeechResources& resources() {
  static auto loaded = load_speech_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

inline const DateResources& date_resources() {
  static auto loaded = load_date_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

inline const SentenceRules& sentence_rules(const std::string& lang) {
  static const SentenceRules en = load_sentence_rules(STORYLINE_SOURCE_DIR "/resources", "en");
  static const SentenceRules es = load_sentence_rules(STORYLINE_SOURCE_DIR "/resources", "es");
  return lang == "es" ? es : en;
}

struct Analyzed {
  std::string text;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Span> paragraphs, sentences;
  std::vector<TimeExpression> dates;
  Speech speech;
  std::string words(Span span) const { return text.substr(span.begin, span.end - span.begin); }
};

// Strips the bracket markup into text, mentions and one entity per distinct name.
inline void parse_marked(std::string_view marked, Analyzed& out) {
  std::map<std::string, int> entity_of;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    if (marked[i] != '[') {
      out.text += marked[i];
      continue;
    }
    std::size_t close = marked.find(']', i);
    std::string inner(marked.substr(i + 1, close - i - 1));
    i = close;
    EntityType type = EntityType::Person;
    bool outlet = false;
    if (std::size_t colon = inner.find(':'); colon != std::string::npos && colon <= 6) {
      std::string tag = inner.substr(0, colon);
      inner = inner.substr(colon + 1);
      outlet = tag == "OUT";
      if (outlet) type = EntityType::Org;
      else if (!parse_entity_type(tag, &type)) ADD_FAILURE() << "unknown tag " << tag;
    }
    std::string words = inner, name = inner;
    if (std::size_t eq = inner.find('='); eq != std::string::npos) {
      words = inner.substr(0, eq);
      name = inner.substr(eq + 1);
    }
    auto [it, added] = entity_of.emplace(name, static_cast<int>(out.entities.size()));
    if (added) {
      Entity entity;
      entity.name = name;
      entity.type = type;
      entity.outlet = outlet;
      entity.key = name;
      out.entities.push_back(entity);
    }
    Mention mention;
    mention.span = {static_cast<std::uint32_t>(out.text.size()),
                    static_cast<std::uint32_t>(out.text.size() + words.size())};
    mention.type = type;
    mention.entity = it->second;
    out.entities[static_cast<std::size_t>(it->second)].mentions.push_back(static_cast<int>(out.mentions.size()));
    out.mentions.push_back(mention);
    out.text += words;
  }
}

inline Analyzed analyze(std::string_view marked, const std::string& lang, bool with_dates = false) {
  Analyzed out;
  parse_marked(marked, out);
  std::size_t start = 0;
  while (start <= out.text.size()) {
    std::size_t gap = out.text.find("\n\n", start);
    std::size_t end = gap == std::string::npos ? out.text.size() : gap;
    if (end > start) out.paragraphs.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    if (gap == std::string::npos) break;
    start = gap + 2;
  }
  out.sentences = split_sentences(out.text, out.paragraphs, sentence_rules(lang));
  if (with_dates)
    out.dates = recognize_dates(out.text, out.sentences, {lang, "2025-08-14", false}, date_resources());
  SpeechInput input{out.text, lang, &out.paragraphs, &out.sentences, &out.dates, &out.mentions, &out.entities};
  out.speech = recognize_speech(input, resources());
  return out;
}

// One quote row: every expected quote, in order, and what they all share.
struct QuoteRow {
  const char* text;
  std::vector<const char*> quotes;  // empty: no quote may be found
  const char* speaker = "";         // speaker text of every quote ("" none)
  bool named = false;               // the speaker is an entity
  bool anonymous = false;
  int count = 0;
  const char* cue = nullptr;        // cue text of the first quote, when given
  bool partial = false;             // of the first quote
  const char* where = "";           // where text of the first quote
};

inline void check_quotes(const QuoteRow& row, const std::string& lang) {
  Analyzed a = analyze(row.text, lang);
  std::string context = "in: " + a.text;
  const auto& quotes = a.speech.quotes;
  ASSERT_EQ(quotes.size(), row.quotes.size()) << context << (quotes.empty() ? "" : "\nfirst: " + quotes[0].text);
  for (std::size_t k = 0; k < quotes.size(); ++k) {
    const Quote& q = quotes[k];
    EXPECT_EQ(q.text, row.quotes[k]) << context;
    EXPECT_EQ(q.text, a.words(q.span)) << context;
    EXPECT_EQ(q.speaker.text, row.speaker) << context;
    EXPECT_EQ(q.speaker.entity >= 0, row.named) << context;
    EXPECT_EQ(q.speaker.anonymous, row.anonymous) << context;
    EXPECT_EQ(q.speaker.count, row.count) << context;
  }
  if (quotes.empty()) return;
  if (row.cue) {
    EXPECT_EQ(quotes[0].cue_text, row.cue) << context;
  }
  EXPECT_EQ(quotes[0].partial, row.partial) << context;
  EXPECT_EQ(quotes[0].where_text, row.where) << context;
}

}  // namespace storyline::speech_table
