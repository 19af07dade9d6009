// QuantityResources: the per-language data behind quantity recognition, loaded once.
//
// Everything a language contributes is here, read from resources/<lang>/numbers/*.txt (format in
// resources/en/numbers/README.md); the matcher holds no words of its own. Lookups are one hash
// probe per token; multi-word phrases are indexed by their first token.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "recognize/phrase_table.h"
#include "recognize/quantities/quantity_tokens.h"

namespace storyline {

// What one number word can mean; a field below zero is a meaning the word does not have.
// "third" is both an ordinal (3) and a fraction denominator (3).
struct NumberWord {
  double digit = -1;     // zero..nine: may follow a `ten` ("twenty-six")
  double teen = -1;      // complete below 100: "eleven", "veintiseis"
  double ten = -1;       // twenty..ninety: a digit may follow
  double hundred = -1;   // multiplies what precedes: "hundred"
  double hundreds = -1;  // adds, Spanish style: "ciento", "doscientos"
  double scale = -1;     // thousand, million, mil, millon...
  double dozen = -1;     // multiplies the last small number: "two dozen"
  double article = -1;   // "a", "un": one, but only inside a longer number ("a dozen")
  double half = -1;      // "half", "media": 0.5 before a scale or dozen, or alone
  double fraction = -1;  // denominator: "thirds" 3, "quarter" 4, "medios" 2
  double ordinal = -1;   // rank: "third" 3, "tercer" 3
  double vague = -1;     // "hundreds", "decenas": more than this many
  bool point = false;    // "point", "coma": decimal mark in words
  bool minus = false;    // "minus", "negative"
  double joiner = -1;    // "and" (100: after hundred or scale), "y" (10: after a ten or scale)
  bool ordinal_suffix = false;  // "st", "th", "er", "to": glued to digits, "21st", "4to"
  bool lone = false;     // an article that counts by itself at a clause end or after a cue ("un")
  bool compound = false; // built from a glued word ("veintiunavos"), not read from words.txt
};

using QuantityPhrases = PhraseTable<std::string>;  // tag: what the phrase means

struct LanguageNumbers {
  std::unordered_map<std::string, NumberWord> words;
  std::map<std::string, double, std::less<>> suffix_scales;  // case-sensitive: "k", "M", "bn"
  QuantityPhrases currencies;    // tag: ISO 4217 code, or a lower-case subunit name ("cent")
  std::unordered_set<std::string> currency_after_only;  // "won", "real": before a number only as a code
  QuantityPhrases qualifiers;    // tag: approx value ("at_least"...)
  QuantityPhrases range_openers; // tag: the connector that closes the range ("and", "y", "a")
  std::unordered_set<std::string> range_connectors;  // bare: "to", "-", "a"
  QuantityPhrases percent;
  QuantityPhrases times;         // "a.m.", "p.m.": a number before them is a clock time
  std::unordered_set<std::string> names;            // "order", "article": number is a name
  std::unordered_set<std::string> pronoun_one;      // "the one": not a number
  std::unordered_set<std::string> counted_stops;    // end a counted noun phrase
  std::unordered_set<std::string> counted_joiners;  // "de", "por": may sit inside one
  std::unordered_set<std::string> counted_of;       // "of", "de": "hundreds of people"
  std::unordered_set<std::string> participle_endings;  // "ed", "ados": trimmed at NP end
  std::unordered_set<std::string> one_cues;         // "solo", "sólo": "solo una vaca" counts one
  std::unordered_set<std::string> counted_verbs;    // "hit", "killed": end a counted phrase
  std::vector<std::string> counted_verb_endings;    // "ed", "aron": a verb after a plural noun
  std::unordered_set<std::string> counted_determiners;  // "the", "los": a verb comes before them
  std::vector<std::pair<std::string, double>> fraction_endings;  // "avos" 1, "milesimos" 1e3
  QuantityPhrases ratios;        // tag: "clause_end" ("one over three") or "smaller" ("one in five")
  bool decimal_comma = false;
};

struct QuantityResources {
  std::unordered_map<std::string, LanguageNumbers> languages;
};

}  // namespace storyline
