// Sentence boundaries in news text, English and Spanish alike.
//
//   SentenceRules rules = load_sentence_rules(resource_dir, "en");
//   std::vector<Span> sentences = split_sentences(article.text, article.paragraphs, rules);
//
// A sentence never crosses a paragraph, so headlines, subheadings and list items without final
// punctuation are sentences of their own. Inside a paragraph a break needs closing punctuation
// (with any closing quotes after it), a space, and a next word that can open a sentence.
// Titles ("Gen.", "Sra.") never end a sentence; abbreviations such as "U.S." or "EE.UU." end one
// only when the next word is a function word that usually opens a sentence ("The", "El");
// initials ("Gregory M. Guillot") never do.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/article.h"

namespace storyline {

struct SentenceRules {
  std::unordered_set<std::string> never_final;  // abbreviations.txt
  std::unordered_set<std::string> maybe_final;  // abbreviations_final.txt
  std::unordered_set<std::string> openers;      // stopwords.txt: words that often open a sentence
};

// Reads resource_dir/<lang>/abbreviations*.txt and stopwords.txt; missing files are empty lists.
SentenceRules load_sentence_rules(const std::string& resource_dir, const std::string& lang);

// Byte spans of the sentences of `text`, in order, trimmed of surrounding spaces.
std::vector<Span> split_sentences(std::string_view text, const std::vector<Span>& paragraphs,
                                  const SentenceRules& rules);

}  // namespace storyline
