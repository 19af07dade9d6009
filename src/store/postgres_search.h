// Full-text search for the PostgreSQL store, done so that it needs no server extension (no
// `unaccent`) and behaves like the SQLite store's FTS5 `unicode61 remove_diacritics 2`: words are
// runs of letters and digits, folded here in C++ (lower case, accents off: "Córdoba" ->
// "cordoba"), and the server only indexes the folded words (to_tsvector('simple', ...), GIN).
// Queries are folded the same way, and snippets are cut from the original text here, so a hit
// shows "[válvula]" for the query "valvula".
//
//   std::vector<SearchTerm> terms = search_terms("Mexico arancel*");
//   db.run("... WHERE search @@ to_tsquery('simple', $1)", Params().text(tsquery_text(terms)));
//   std::string snippet = search_snippet(text, terms, 12);   // "... en la Ciudad de [México] ..."
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// The folded words of `text`, separated by single spaces: what the search index holds.
std::string fold_for_search(std::string_view text);

struct SearchTerm {
  std::string word;     // folded
  bool prefix = false;  // `word*` in the query
};

// The words of a user's query: every run of letters and digits, folded; a trailing * on a word
// makes its last run a prefix. Anything else in the input (quotes, operators) only separates.
std::vector<SearchTerm> search_terms(const std::string& query);

// The terms as to_tsquery input, all required: 'mexico' & 'arancel':*. Never a syntax error:
// a term holds only letters and digits. Empty for no terms.
std::string tsquery_text(const std::vector<SearchTerm>& terms);

// At most `words` words of `text` around the most terms, matched words between [ and ], "…"
// where text was cut; "" when `text` has no words.
std::string search_snippet(std::string_view text, const std::vector<SearchTerm>& terms, int words);

// How many distinct terms occur in `text` (to pick the column a snippet comes from).
int matched_terms(std::string_view text, const std::vector<SearchTerm>& terms);

}  // namespace storyline
