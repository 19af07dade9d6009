// The place and the role of a claim's figure: where it was counted and what it measures in its
// event. Why each rule is in docs/verdicts.md ("Groups: one measure of one event").
#include <algorithm>
#include <cctype>
#include <cmath>

#include "claims/claim_frame.h"
#include "recognize/name_tokens.h"
#include "recognize/quantities/quantity_tokens.h"

namespace storyline::claim_frame {
namespace {

constexpr std::size_t kPlaceReach = 4;    // tokens between an event word or figure and its place
constexpr std::size_t kBareCountGap = 2;  // tokens between a counted noun and a bare count of it
constexpr std::size_t kHolderReach = 3;   // tokens from a figure to the party named after it

// How far a place is from the words it may belong to. A place written after them ("evacuated
// from Marlow Point", "16 deaths in Mexico City") or right before them ("Tidewater residents")
// says where they happened; one further before is the setting of the whole clause ("the quake
// that struck Mexico on Tuesday jumped to 217"), not a part of the event.
std::size_t attachment_gap(std::size_t from, std::size_t to, std::size_t k, std::size_t length) {
  if (to <= k) return k == to ? 0 : kPlaceReach + 1;
  return token_gap(from, to, k, length);
}

}  // namespace

// Token indexes [first, last) that a byte span covers.
std::pair<std::size_t, std::size_t> tokens_of(const std::vector<NameToken>& t, const Span& span) {
  std::size_t first = 0;
  while (first < t.size() && t[first].end <= span.begin) ++first;
  std::size_t last = first;
  while (last < t.size() && t[last].begin < span.end) ++last;
  return {first, last};
}

std::size_t token_gap(std::size_t first, std::size_t last, std::size_t k, std::size_t length) {
  if (k + length <= first) return first - (k + length);
  if (k >= last) return k - last;
  return 0;
}

// The place of a claim: the GPE or LOC nearest its event word (or figure) in its clause, which
// is then `attached` ("300 residents of Tidewater", "evacuated from Marlow Point"); else the first
// of its sentence, which may be where the story happens or only where it is told from.
void set_place(const Context& c, const std::vector<NameToken>& t, Claim& claim) {
  const Span& sentence = c.in.sentences[claim.sentence];
  auto [k, k_end] = tokens_of(t, claim.trigger);
  if (k >= t.size()) return;
  const std::size_t length = k_end - k;
  auto [first, last] = clause_of(c, t, k);
  std::size_t best_gap = kPlaceReach + 1;
  for (const Mention& m : c.in.mentions) {
    if (!inside(m.span, sentence) || (m.type != EntityType::Gpe && m.type != EntityType::Loc)) continue;
    // Who acts is no place ("Mexico extradited 26"), but the place a figure's people are of
    // is ("evacuated 300 residents of Tidewater", "340 personas en Marlow Point").
    const bool counted = claim.value >= 0 || claim.predicate == "measure";
    bool actor = m.entity == claim.subject || m.entity == claim.object;
    if ((m.entity == claim.subject && claim.predicate != "measure") || (actor && !counted)) continue;
    if (claim.place < 0 && !actor) claim.place = m.entity;
    auto [from, to] = tokens_of(t, m.span);
    if (from < first || to > last) continue;
    std::size_t gap = attachment_gap(from, to, k, length);
    if (claim.value >= 0) {  // or near what its figure counts: "300 residents of the Brill Heights district"
      const Quantity& q = c.in.quantities[claim.value];
      auto [q_first, q_last] = tokens_of(t, q.counted ? Span{q.span.begin, std::max(q.span.end, q.counted->end)} : q.span);
      gap = std::min(gap, attachment_gap(from, to, q_first, q_last - q_first));
    }
    if (gap < best_gap) best_gap = gap, claim.place = m.entity, claim.place_attached = true;
  }
}

namespace {

// A role word joined to the figure by a hyphen: "a 6.1-magnitude quake".
std::string hyphen_role(const Context& c, const Quantity& q) {
  const std::string& text = c.in.article.text;
  if (q.span.end + 1 >= text.size() || text[q.span.end] != '-') return "";
  std::size_t end = q.span.end + 1;
  while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || (text[end] & 0x80))) ++end;
  NameToken joined;
  joined.fold = fold_word(std::string_view(text).substr(q.span.end + 1, end - q.span.end - 1));
  return c.lang.roles.match({joined}, 0).first;
}

}  // namespace

// The role of a bare number, one that names nothing it counts. A reading on a scale is written
// so: in digits, named by a role word before it in its clause with no other figure between
// ("the magnitude of the initial quake as 5.9", "fijó la magnitud en 6,8"), right after it
// ("7,1 grados") or joined to it ("6.1-magnitude"). A whole count is, when what it counts was
// named just before ("el número de asistentes en cerca de 200.000", "víctimas mortales, con
// 214"). "Otros 648, el de mayor magnitud" is no magnitude, nor "magnitude one".
std::string bare_role_of(const Context& c, const std::vector<NameToken>& t, const Quantity& q, std::size_t reach) {
  const std::string& text = c.in.article.text;
  auto digits = [&](const Span& s) { return s.end > s.begin && std::isdigit(static_cast<unsigned char>(text[s.end - 1])); };
  if (!digits(q.span)) return "";
  auto fits = [&](const std::string& role, std::size_t gap) {
    const RoleInfo* info = c.resources.role(role);
    if (!info || info->money) return false;
    // A bare whole number is a count: no share ("turnout") nor measure of a dimension ("distance").
    return info->scale || (gap <= kBareCountGap && q.value == std::floor(q.value) && !info->share && info->dimension.empty());
  };
  if (std::string role = hyphen_role(c, q); fits(role, 0)) return role;
  // Plain variables, not a structured binding: lambdas below capture them (clang 14, which the
  // fuzz build uses, cannot capture a binding).
  const auto [first_token, last_token] = tokens_of(t, q.span);
  const std::size_t first = first_token, last = last_token;
  if (first >= t.size()) return "";
  if (last < t.size())  // a figure may end its sentence: "the quake measured 7.1"
    if (auto [role, length] = c.lang.roles.match(t, last); length > 0 && c.resources.role(role) && c.resources.role(role)->scale)
      return role;
  // A scale is named in the figure's clause; a count right before it, past a comma too.
  auto [clause_first, clause_last] = clause_of(c, t, first);
  const std::size_t near = first > kBareCountGap + 2 ? first - kBareCountGap - 2 : 0;
  for (std::size_t k = first; k-- > std::min(near, std::max(clause_first, first > reach ? first - reach : 0));) {
    const bool figure = std::any_of(c.in.quantities.begin(), c.in.quantities.end(), [&](const Quantity& x) {
      return !x.ordinal && digits(x.span) && inside(x.span, Span{t[k].begin, t[k].end});
    });
    if (figure) break;
    for (std::size_t from = k + 1; from-- > (k >= 2 ? k - 2 : 0);) {  // phrases ending at k
      auto [role, length] = c.lang.roles.match(t, from);
      if (length > 0 && from + length == k + 1 && fits(role, first - k - 1)) return role;
    }
  }
  // A toll broken down by place: "la cifra de muertos se mantiene: 74 en Morelos, 45 en Puebla".
  // A whole count followed by "in"/"en" and a place takes the nearest count role before it in
  // its sentence, past the other parts of the list.
  if (q.value != std::floor(q.value) || last + 1 >= t.size() || !c.lang.locatives.count(t[last].fold)) return "";
  const bool place_follows = std::any_of(c.in.mentions.begin(), c.in.mentions.end(), [&](const Mention& m) {
    return (m.type == EntityType::Gpe || m.type == EntityType::Loc) && tokens_of(t, m.span).first <= last + 2 &&
           m.span.begin >= t[last].end;
  });
  if (!place_follows) return "";
  for (std::size_t k = first; k-- > 0;) {
    if (c.lang.clause_breaks.count(t[k].fold)) return "";
    auto [role, length] = c.lang.roles.match(t, k);
    if (length == 0 || k + length > first) continue;
    const RoleInfo* info = c.resources.role(role);
    if (info && !info->money && !info->scale && !info->share && info->dimension.empty()) return role;
  }
  return "";
}

// What a figure measures in its event: the role word nearest to it in its clause ("three
// workers were killed", "employs about 210 people", "the crowd at about 400"), else the role of
// the event word that took it ("the evacuation of 300"), else, for a figure no event word took,
// the nearest role word of its sentence with no other figure in between. A figure written as a
// part of another ("including two firefighters") measures nothing of its own.
namespace {

std::string role_from_words(const Context& c, const std::vector<NameToken>& t, const Quantity& q, const std::string& predicate) {
  // A sum of money takes only money's roles (a reward, a fine), a count or share only counts'.
  const bool money = q.unit.size() == 3 && std::all_of(q.unit.begin(), q.unit.end(), [](char x) { return x >= 'A' && x <= 'Z'; });
  const bool percent = q.unit == "percent";
  if (!money && !q.unit.empty() && !percent) return "";  // kilometres, tons: no role
  // A scale ("magnitude") is the role only of a figure that names it ("a 7.4 magnitude quake",
  // "6.1-magnitude"); a count near "el terremoto de" is no reading of it. A role of shares
  // takes only percentages.
  auto fits = [&](const std::string& role, bool named = false) {
    const RoleInfo* info = c.resources.role(role);
    return info && info->money == money && (named || !info->scale) && (percent || !info->share) && info->dimension.empty();
  };
  // A figure of units ("80 km", "7.500 kilogramos") measures its unit's dimension.
  if (q.counted && q.unit.empty()) {
    auto [from, to] = tokens_of(t, *q.counted);
    auto unit = from < to ? c.resources.units.find(c.lang.units.match(t, from).first) : c.resources.units.end();
    if (unit != c.resources.units.end()) {
      for (const auto& [role, info] : c.resources.roles)
        if (info.dimension == unit->second.dimension) return role;
      return "";
    }
  }
  Span whole = q.span;
  if (q.counted) whole.begin = std::min(whole.begin, q.counted->begin), whole.end = std::max(whole.end, q.counted->end);
  const auto [first_token, last_token] = tokens_of(t, whole);
  const std::size_t first = first_token, last = last_token;  // captured below (clang 14)
  if (first >= t.size()) return "";
  for (const std::vector<std::string>& words : c.lang.subsets) {
    if (words.size() > first) continue;
    bool all = true;
    for (std::size_t w = 0; w < words.size() && all; ++w) all = t[first - words.size() + w].fold == words[w];
    if (all) return "";
  }
  auto nearest = [&](std::size_t from, std::size_t to, bool crossing_figures) {
    std::string best;
    std::size_t best_gap = t.size();
    for (std::size_t k = from; k < to; ++k) {
      auto [role, length] = c.lang.roles.match(t, k);
      if (length == 0 || !fits(role)) continue;
      std::size_t gap = token_gap(first, last, k, length);
      if (!crossing_figures && gap > 0) {
        Span between = k < first ? Span{t[k].end, t[first].begin} : Span{t[last - 1].end, t[k].begin};
        bool other = std::any_of(c.in.quantities.begin(), c.in.quantities.end(), [&](const Quantity& x) {
          return !x.ordinal && inside(x.span, between);
        });
        if (other) continue;
      }
      if (gap < best_gap) best_gap = gap, best = role;
      k += length - 1;
    }
    return best;
  };
  // The verb right before a figure says what befell what it counts: "arrested 30 protesters",
  // "evacuated about 300 residents".
  for (std::size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
    auto [role, length] = c.lang.roles.match(t, k);
    if (length > 0 && k + length == first && fits(role)) return role;
  }
  if (std::string role = hyphen_role(c, q); !role.empty() && fits(role, true)) return role;
  // An update verb right before ("was raised to 94", "subió a 331") gives the running figure of
  // the event word, whatever else its clause names ("... with one person reported missing").
  const bool updated = (first >= 1 && c.lang.updates.count(t[first - 1].fold)) ||
                       (first >= 2 && c.lang.updates.count(t[first - 2].fold));
  if (updated && predicate != "measure") {
    auto info = c.resources.predicates.find(predicate);
    if (info != c.resources.predicates.end() && fits(info->second.role)) return info->second.role;
  }
  // What the figure counts says its role ("14 injured", "50 bomberos"), or that it counts a
  // thing ("three counties", "cuatro manzanas") that the words around it do not measure.
  if (q.counted) {
    auto [from, to] = tokens_of(t, *q.counted);
    bool thing = false, initials = to > from;
    for (std::size_t k = from; k < to; ++k) {
      auto [role, length] = c.lang.roles.match(t, k);
      if (length > 0 && fits(role, true)) return role;
      thing = thing || c.lang.things.count(t[k].fold) > 0;
      initials = initials && t[k].all_caps;
    }
    // Initials alone ("98.7 FM", "5 GW") name a unit or a band, not people.
    if (thing || initials) return "";
  }
  auto [clause_first, clause_last] = clause_of(c, t, first, /*split_conjunctions=*/true);
  std::string role = nearest(clause_first, clause_last, true);
  if (!role.empty()) return role;
  // An event word's own role fits only a count: "a fund of $5 million" after an evacuation
  // measures no evacuees.
  if (predicate != "measure") {
    auto info = c.resources.predicates.find(predicate);
    // ...and only a plain count: "shares lost 11%" is no toll.
    return info == c.resources.predicates.end() || !fits(info->second.role) || q.unit == "percent" ? "" : info->second.role;
  }
  // Past punctuation ("forced two evacuations: roughly 300 residents"), not into another
  // clause ("..., after a damaged tank vented chlorine", "... and sent 300 residents to a gym").
  auto is_break = [&](const NameToken& x) { return c.lang.clause_breaks.count(x.fold) || c.lang.conjunctions.count(x.fold); };
  std::size_t from = first, to = last;
  while (from > 0 && !is_break(t[from - 1])) --from;
  while (to < t.size() && !is_break(t[to])) ++to;
  return nearest(from, to, false);
}

}  // namespace

std::string role_of(const Context& c, const std::vector<NameToken>& t, const Quantity& q, const std::string& predicate) {
  std::string role = role_from_words(c, t, q, predicate);
  // "Turnout was 67%": a percentage the words of a count name is a share ("turnout", not a
  // crowd; "52% of the votes", not votes).
  const RoleInfo* info = c.resources.role(role);
  if (info && q.unit == "percent" && !info->as_share.empty()) return info->as_share;
  return role;
}

// The party a figure belongs to, for roles whose figures do: a person or organisation named
// right after it ("44.1% for Ortega") or, else, the nearest before it in its clause ("Ramos won
// 52.3%")
int holder_of(const Context& c, const std::vector<NameToken>& t, const Quantity& q) {
  Span whole = q.span;
  if (q.counted) whole.end = std::max(whole.end, q.counted->end);
  auto [first, last] = tokens_of(t, whole);
  if (first >= t.size()) return -1;
  auto [clause_first, clause_last] = clause_of(c, t, first);
  int after = -1, before = -1;
  std::size_t after_gap = t.size(), before_gap = t.size();
  for (const Mention& m : c.in.mentions) {
    if (m.kind != MentionKind::Name || m.entity < 0) continue;
    const EntityType type = c.in.entities[m.entity].type;
    if (type != EntityType::Person && type != EntityType::Org && type != EntityType::ArmedGroup) continue;
    auto [from, to] = tokens_of(t, m.span);
    if (from >= last && to <= clause_last && from - last < after_gap) after_gap = from - last, after = m.entity;
    if (to <= first && from >= clause_first && first - to < before_gap) before_gap = first - to, before = m.entity;
  }
  // ...or further on in its clause: "a reward of $15 million for information leading to the
  // arrest of Nicolás Maduro".
  if (after >= 0 && after_gap <= kHolderReach) return after;
  return before >= 0 ? before : after;
}

}  // namespace storyline::claim_frame
