// recognize_quantities: one left-to-right walk over each sentence's tokens. At each token it
// tries, in order, a qualifier or range opener, a currency prefix, a number, then what may
// follow a number (currency, percent, a range's second half, the counted noun phrase).
#include <algorithm>
#include <cmath>

#include "recognize/quantities/quantities.h"
#include "recognize/quantities/quantity_counted.h"
#include "recognize/quantities/quantity_lexicon.h"
#include "recognize/quantities/quantity_number.h"

namespace storyline {
namespace {

struct Walk {
  std::string_view text;
  const std::vector<Token>& t;
  const LanguageNumbers& lang;
  const std::vector<TimeExpression>& dates;
};

bool is_word(const std::vector<Token>& t, std::size_t i) { return i < t.size() && t[i].kind == TokenKind::Word; }

bool in_date(const Walk& w, std::uint32_t begin, std::uint32_t end) {
  for (const TimeExpression& date : w.dates)
    if (date.span.begin < end && begin < date.span.end) return true;
  return false;
}

// Numbers that are names, codes, clock times or phone numbers rather than amounts.
bool is_name_or_code(const Walk& w, const NumberMatch& n, std::size_t start) {
  const auto& t = w.t;
  const Token& first = t[n.begin];
  if (first.kind == TokenKind::Numeral) {
    // "F-35", "COVID-19", "G7": digits glued to letters before them.
    if (n.begin >= 1 && !first.space_before) {
      const Token& prev = t[n.begin - 1];
      if (prev.kind == TokenKind::Word && start == n.begin) return true;
      if (prev.fold == "-" && n.begin >= 2 && !prev.space_before && t[n.begin - 2].kind == TokenKind::Word)
        return true;
      if (prev.fold == "#" || prev.fold == "+") return true;
      if (prev.fold == ":" && n.begin >= 2 && t[n.begin - 2].kind == TokenKind::Numeral) return true;  // "10:30"
    }
    // "10:30", "3 p.m.", "555-1234", "(555) 123"
    std::size_t k = n.end;
    if (k + 1 < t.size() && (t[k].fold == ":" || (t[k].fold == "." && first.digits <= 2 && t[k + 1].digits == 2 &&
                                                  !t[k + 1].space_before && w.lang.times.match(t, k + 2))) &&
        !t[k].space_before && t[k + 1].kind == TokenKind::Numeral)
      return true;
    if (w.lang.times.match(t, k)) return true;
    if (k + 1 < t.size() && t[k].fold == "-" && !t[k].space_before && t[k + 1].kind == TokenKind::Numeral &&
        first.digits == 3 && t[k + 1].digits == 4)
      return true;
    if (n.begin >= 1 && t[n.begin - 1].fold == "-" && !first.space_before && n.begin >= 2 &&
        t[n.begin - 2].kind == TokenKind::Numeral && t[n.begin - 2].digits == 3 && first.digits == 4)
      return true;
  }
  // "Executive Order 14157", "Article 40", "SEAL Team Six", "Air Force One".
  bool sign = start < n.begin && t[start].kind == TokenKind::Symbol;  // "tomó $ 125" is money
  if (start >= 1 && !sign && is_word(t, start - 1) && w.lang.names.count(t[start - 1].fold)) return true;
  if (start >= 2 && t[start - 1].fold == "." && w.lang.names.count(t[start - 2].fold + ".")) return true;
  // "the one you mentioned": a pronoun, not a count.
  if (n.end == n.begin + 1 && first.kind == TokenKind::Word && n.value == 1 && start >= 1 &&
      is_word(t, start - 1) && w.lang.pronoun_one.count(t[start - 1].fold))
    return true;
  return false;
}

bool is_subunit(const std::string& code) { return !code.empty() && code[0] >= 'a' && code[0] <= 'z'; }

// A code with a scale letter in front, "MUSD", "kEUR": the scale (0 if none); sets *code.
double scaled_code(const Walk& w, std::size_t i, std::string* code) {
  if (i >= w.t.size() || w.t[i].kind != TokenKind::Word) return 0;
  std::string_view raw = w.text.substr(w.t[i].begin, w.t[i].end - w.t[i].begin);
  for (const auto& [letters, scale] : w.lang.suffix_scales) {
    if (raw.size() != letters.size() + 3 || raw.substr(0, letters.size()) != letters) continue;
    std::vector<Token> rest(1);
    for (char c : raw.substr(letters.size())) {
      if (c < 'A' || c > 'Z') return 0;
      rest[0].fold += static_cast<char>(c + 32);
    }
    if (w.lang.currencies.match(rest, 0, code) && !is_subunit(*code)) return scale;
  }
  return 0;
}

// A currency before the number: not a word listed as currency only after a number, unless
// written as a code: "$5", "MXN 500", "dólar 22,5 millones", but not "won 3 medals".
bool sign_or_code(const Walk& w, std::size_t i, std::size_t n) {
  if (!w.lang.currency_after_only.count(w.t[i].fold)) return true;
  for (std::size_t k = i; k < i + n; ++k) {
    if (w.t[k].kind == TokenKind::Symbol) return true;
    std::string_view raw = w.text.substr(w.t[k].begin, w.t[k].end - w.t[k].begin);
    bool caps = raw.size() >= 2;
    for (char c : raw) caps = caps && ((c >= 'A' && c <= 'Z') || c == '.');
    if (caps) return true;
  }
  return false;
}

// A currency phrase at i, read as a suffix ("dollars", "de dólares", "USD", "-cent").
std::size_t currency_after(const Walk& w, std::size_t i, std::string* code) {
  if (std::size_t n = w.lang.currencies.match(w.t, i, code)) return n;
  if (i + 1 < w.t.size() && w.t[i].fold == "-" && !w.t[i].space_before && !w.t[i + 1].space_before)
    if (std::size_t n = w.lang.currencies.match(w.t, i + 1, code)) return n + 1;  // "a 12-cent dividend"
  if (i < w.t.size() && w.lang.counted_of.count(w.t[i].fold))
    if (std::size_t n = w.lang.currencies.match(w.t, i + 1, code)) return n + 1;
  return 0;
}

struct Reading {
  Quantity q;
  std::size_t end = 0;  // token after the quantity
  NumberMatch number;
};

// A number with an optional currency prefix or suffix and percent sign: "$10 million",
// "US$ 5", "50 millones de dólares", "70%", "3 dollars 50 cents".
std::optional<Reading> read_amount(const Walk& w, std::size_t i, bool cued = false) {
  const auto& t = w.t;
  Reading r;
  std::string code;
  std::size_t prefix = w.lang.currencies.match(t, i, &code);
  double code_scale = 0;
  if (prefix && !is_subunit(code) && sign_or_code(w, i, prefix)) {
    r.q.unit = code;
  } else if ((code_scale = scaled_code(w, i, &code))) {
    r.q.unit = code, prefix = 1;  // "MAUD 60"
  } else {
    prefix = 0;
  }
  auto number = read_number(w.text, t, i + prefix, w.lang, cued);
  if (!number) return std::nullopt;
  if (number->glued_word) {  // "115USD" reads on; "180ml", "4x4" are not amounts
    std::string glued;
    std::size_t n = w.lang.currencies.match(t, number->end, &glued);
    if (!n || !r.q.unit.empty()) return std::nullopt;
  }
  r.number = *number;
  r.end = number->end;
  r.q.value = number->value;
  r.q.ordinal = number->ordinal;
  if (number->vague) r.q.approx = "over";
  if (r.q.unit.empty() && !number->ordinal && (code_scale = scaled_code(w, r.end, &code))) {
    r.q.unit = code;  // "30 MUSD"
    r.end += 1;
  }
  if (code_scale) r.q.value *= code_scale, r.number.scale = code_scale;
  if (r.q.unit.empty() && !number->ordinal) {
    if (std::size_t n = currency_after(w, r.end, &code)) {
      r.q.unit = code;
      r.end += n;
      auto scale = r.end < t.size() ? w.lang.words.find(t[r.end].fold) : w.lang.words.end();
      if (number->scale == 1 && scale != w.lang.words.end() && scale->second.scale > 0) {
        r.q.value *= scale->second.scale;  // "75 USD million"
        r.number.scale = scale->second.scale;
        ++r.end;
      }
      // "3 dollars 50 cents", "trece euros y cuarenta y cinco céntimos", "15 dólares con 50".
      if (!is_subunit(code)) {
        std::size_t k = r.end;
        auto is_joiner = [&](std::size_t at) {
          auto found = at < t.size() ? w.lang.words.find(t[at].fold) : w.lang.words.end();
          return found != w.lang.words.end() && (found->second.joiner > 0 || found->second.point);
        };
        if (is_joiner(k)) ++k;
        auto cents = read_number(w.text, t, k, w.lang);
        std::string sub;
        if (cents && !cents->ordinal && cents->value < 100 && cents->value >= 1) {
          std::size_t n2 = w.lang.currencies.match(t, cents->end, &sub);
          bool ends = cents->end >= t.size() || t[cents->end].kind != TokenKind::Word;
          if ((n2 && is_subunit(sub)) || (!n2 && ends)) {
            r.q.value += cents->value / 100;
            r.end = cents->end + (n2 && is_subunit(sub) ? n2 : 0);
          }
        }
      }
    } else if (std::size_t p = w.lang.percent.match(t, r.end)) {
      r.q.unit = "percent";
      r.end += p;
    }
  }
  r.q.span = Span{t[i].begin, t[r.end - 1].end};
  return r;
}

std::optional<Reading> read_quantity(const Walk& w, std::size_t i) {
  const auto& t = w.t;
  std::string approx, connector;
  std::size_t lead = w.lang.range_openers.match(t, i, &connector);
  if (!lead) {
    lead = w.lang.qualifiers.match(t, i, &approx);
  }
  // "al menos un", "solo una", "un dólar"
  bool cued = !approx.empty() || (i > 0 && w.lang.one_cues.count(t[i - 1].fold)) ||
              w.lang.currencies.match(t, i + lead + 1);
  auto first = read_amount(w, i + lead, cued);
  if (!first && lead) {
    lead = 0, approx.clear(), connector.clear();
    first = read_amount(w, i);
  }
  if (!first) return std::nullopt;
  if (is_name_or_code(w, first->number, i + lead)) {
    first->q.value = std::nan("");  // caller skips it
    return first;
  }
  Reading r = *first;
  r.q.span.begin = t[i].begin;
  if (!approx.empty()) r.q.approx = approx;
  // A ratio read as a fraction between two bare numbers: "one over three" only at the end of a
  // clause (so "$2000 over 3 years" keeps its two amounts); "one in five", "two out of five
  // hundred", "uno de cada tres" when the first is the smaller.
  std::string rule;
  std::size_t k0 = r.end;
  std::size_t ratio = w.lang.ratios.match(t, k0, &rule);
  if (ratio && r.q.unit.empty() && !r.q.ordinal && approx.empty() && connector.empty()) {
    auto denominator = read_amount(w, k0 + ratio);
    bool clause_end = denominator && (denominator->end >= t.size() || t[denominator->end].kind != TokenKind::Word);
    bool fits = rule == "clause_end" ? clause_end
                                     : denominator && r.q.value < denominator->q.value &&
                                           !(t[k0 + ratio].kind == TokenKind::Numeral && t[k0 + ratio].digits == 4);
    if (fits && denominator->q.unit.empty() && denominator->q.value != 0 && !denominator->q.ordinal) {
      r.q.value /= denominator->q.value;
      r.end = denominator->end;
      r.q.span.end = t[r.end - 1].end;
      r.number.scale = 1;
      r.q.counted = find_counted(t, r.end, true, w.lang);
      return r;
    }
  }
  // The second half of a range: "between 20 and 30", "20-30", "de 20 a 30", "20 to 30 percent".
  std::size_t k = r.end;
  bool bare = k < t.size() && w.lang.range_connectors.count(t[k].fold) && !r.q.ordinal;
  if (k < t.size() && ((!connector.empty() && t[k].fold == connector) || bare)) {
    auto second = read_amount(w, k + 1);
    bool dash = t[k].fold == "-" || t[k].kind == TokenKind::Symbol;
    bool digits_both = t[k - 1].kind == TokenKind::Numeral && k + 1 < t.size() && t[k + 1].kind == TokenKind::Numeral;
    if (second && !second->q.ordinal && (!dash || digits_both)) {
      double low = r.q.value, high = second->q.value;
      if (r.number.scale == 1 && second->number.scale > 1 && low * second->number.scale <= high)
        low *= second->number.scale;  // "20 to 30 million"
      if (low < high && (r.q.unit.empty() || second->q.unit.empty() || r.q.unit == second->q.unit)) {
        r.q.low = low;
        r.q.high = high;
        r.q.value = low;
        r.q.approx = "range";
        if (r.q.unit.empty()) r.q.unit = second->q.unit;
        r.end = second->end;
        r.number = second->number;
        r.q.span.end = t[r.end - 1].end;
      }
    }
  } else if (!connector.empty()) {
    r.q.span.begin = t[i + lead].begin;  // an opener without its connector: "de 20 personas"
  }
  if (r.q.unit.empty() && !r.q.ordinal) {
    bool skip_of = r.number.vague || r.number.scale > 1;
    r.q.counted = find_counted(t, r.end, skip_of, w.lang);
  }
  return r;
}

}  // namespace

std::vector<Quantity> recognize_quantities(std::string_view text, const std::vector<Span>& sentences,
                                           const std::vector<TimeExpression>& dates, const std::string& lang,
                                           const QuantityResources& resources) {
  std::vector<Quantity> found;
  auto language = resources.languages.find(lang);
  if (language == resources.languages.end()) return found;
  std::vector<Span> spans = sentences;
  if (spans.empty()) spans.push_back(Span{0, static_cast<std::uint32_t>(text.size())});
  for (const Span& sentence : spans) {
    std::vector<Token> tokens =
        tokenize_quantities(text, sentence.begin, std::min<std::uint32_t>(sentence.end, text.size()),
                            language->second.decimal_comma);
    Walk walk{text, tokens, language->second, dates};
    std::size_t i = 0;
    while (i < tokens.size()) {
      auto reading = read_quantity(walk, i);
      if (!reading) {
        ++i;
        continue;
      }
      std::size_t end = std::max(reading->end, i + 1);
      if (!std::isnan(reading->q.value) && !in_date(walk, reading->q.span.begin, reading->q.span.end))
        found.push_back(std::move(reading->q));
      i = end;
    }
  }
  std::sort(found.begin(), found.end(), [](const Quantity& a, const Quantity& b) {
    return a.span.begin < b.span.begin;
  });
  return found;
}

}  // namespace storyline
