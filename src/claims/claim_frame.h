// What the files of the claims layer share while they build one article's claim frames: the
// article's layers and the language's words, and the arithmetic of clauses and tokens. Internal
// to src/claims/.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "claims/claims.h"

namespace storyline {

struct NameToken;

namespace claim_frame {

struct Context {
  const ClaimInput& in;
  const ClaimLanguage& lang;
  const ClaimResources& resources;
  std::vector<char> quantity_used;
  std::vector<char> telling;  // per mention: inside an attribution's source or outlet
  std::vector<signed char> reading;  // per quantity: a reading on a scale (1), not (0), unknown (-1)
};

inline bool inside(const Span& inner, const Span& outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end && outer.end > outer.begin;
}

// The clause around token `k`: tokens [first, last) between the nearest clause breaks;
// `split_conjunctions` also breaks at "and", "y" (claims.cpp).
std::pair<std::size_t, std::size_t> clause_of(const Context& c, const std::vector<NameToken>& t, std::size_t k,
                                              bool split_conjunctions = false);

// Token indexes [first, last) that a byte span covers, and the tokens between two runs.
std::pair<std::size_t, std::size_t> tokens_of(const std::vector<NameToken>& t, const Span& span);
std::size_t token_gap(std::size_t first, std::size_t last, std::size_t k, std::size_t length);

// claim_roles.cpp: the claim's place (and whether it is attached), and its figure's role.
void set_place(const Context& c, const std::vector<NameToken>& t, Claim& claim);
std::string role_of(const Context& c, const std::vector<NameToken>& t, const Quantity& q, const std::string& predicate);
// The person or organisation (entity index) a figure belongs to, -1 for none: "for Ortega".
int holder_of(const Context& c, const std::vector<NameToken>& t, const Quantity& q);
// What a bare number measures ("magnitud en 6,8"), "" when nothing; `reach` in tokens.
std::string bare_role_of(const Context& c, const std::vector<NameToken>& t, const Quantity& q, std::size_t reach);

}  // namespace claim_frame
}  // namespace storyline
