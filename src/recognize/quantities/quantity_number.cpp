#include "recognize/quantities/quantity_number.h"

#include <cmath>
#include <string>

#include "recognize/quantities/quantity_fraction.h"

namespace storyline {
namespace {

std::optional<NumberWord> lookup(const std::vector<Token>& t, std::size_t i, const LanguageNumbers& lang) {
  return number_word(t, i, lang);
}

bool is_scale_word(const std::optional<NumberWord>& w) { return w && w->scale > 0; }

bool is_hyphen(const Token& token) { return token.kind == TokenKind::Punct && token.fold == "-"; }

// What the last consumed piece was; decides what may follow.
enum class Last { None, Atom, Ten, Hundred, Hundreds, Scale, Dozen, Article, Half, Done };

// A number spelled in words (digits may stand in for atoms: "4 thousand 3 hundred and 21").
// Scales work on "parts" so that long-scale Spanish composes: "455 mil 228 millones" multiplies
// every smaller part by the new scale, while "two thousand and three thousand" stops at the
// second "thousand" (a part of that scale exists already).
class WordNumber {
 public:
  WordNumber(const std::vector<Token>& t, const LanguageNumbers& lang) : tokens_(&t), language_(&lang) {}

  // Consumes tokens from i; returns the index after the last one used.
  std::size_t read(std::size_t i) {
    std::size_t end = i;
    while (i < (*tokens_).size() && last_ != Last::Done) {
      std::size_t next = step(i);
      if (next == i) break;
      i = next;
      end = i;
    }
    return end;
  }

  double value() const {
    double sum = current_;
    for (const auto& part : parts_) sum += part.second;
    return sum;
  }
  double scale() const { return max_scale_; }
  bool any() const { return atoms_ > 0; }
  bool done() const { return last_ == Last::Done; }

 private:
  std::size_t step(std::size_t i) {
    const Token& token = (*tokens_)[i];
    if (token.kind == TokenKind::Numeral) return numeral(i);
    if (is_hyphen(token) && (last_ == Last::Ten || last_ == Last::Atom)) {  // "twenty-six", "one-eighth"
      auto w = lookup((*tokens_), i + 1, (*language_));
      bool digit = last_ == Last::Ten && w && w->digit >= 0;
      return digit || (w && w->fraction > 0 && !numeral_) ? i + 1 : i;
    }
    auto w = lookup((*tokens_), i, (*language_));
    if (!w) return i;
    if (w->joiner > 0) return joiner(i, w->joiner);
    if (w->point) return point(i);
    // A fraction after a scale only when it is finer: "a hundred thousand trillionths".
    if (w->fraction > 0 && atoms_ > 0 && (last_ != Last::Scale || w->fraction > parts_.back().first)) {
      if (std::size_t end = fraction(i, *w)) return end;
    }
    if (w->article > 0 && last_ == Last::Ten && after_joiner_) return atom(i, w->article, Last::Atom);  // "treinta y un"
    if (w->digit >= 0 && (last_ == Last::None || last_ == Last::Ten || last_ == Last::Hundred ||
                          last_ == Last::Hundreds || last_ == Last::Scale))
      return atom(i, w->digit, last_ == Last::Ten ? Last::Atom : Last::Atom);
    if ((w->teen >= 0 || w->ten >= 0) &&
        (last_ == Last::None || last_ == Last::Hundred || last_ == Last::Hundreds || last_ == Last::Scale))
      return atom(i, w->teen >= 0 ? w->teen : w->ten, w->ten >= 0 ? Last::Ten : Last::Atom);
    if (w->hundred > 0 && (last_ == Last::Atom || last_ == Last::Ten || last_ == Last::Article) &&
        (small_ < 100 || (parts_.empty() && atoms_ == 1)) && !hundred_seen_) {
      hundred_seen_ = true;
      current_ += small_ * (w->hundred - 1);
      small_ = 0;
      last_ = Last::Hundred;
      return i + 1;
    }
    if (w->hundreds > 0 && (last_ == Last::None || last_ == Last::Scale)) return atom(i, w->hundreds, Last::Hundreds);
    if (w->scale > 0) return scale(i, w->scale);
    if (w->dozen > 0 && (last_ == Last::Atom || last_ == Last::Ten || last_ == Last::Article || last_ == Last::Half)) {
      current_ += small_ * (w->dozen - 1);
      small_ = 0;
      last_ = Last::Dozen;
      return i + 1;
    }
    if (w->article > 0 && last_ == Last::None) {  // "a dozen", "a hundred", "un millon"
      auto n = lookup((*tokens_), i + 1, (*language_));
      if (!n || (n->hundred < 0 && n->scale < 0 && n->dozen < 0 && n->fraction < 0)) return i;
      if (n->fraction > 0 && n->ordinal > 0 && !fraction_context(i + 2)) return i;  // "a third term"
      return atom(i, w->article, Last::Article);
    }
    if (w->fraction > 0 && w->ordinal < 0 && w->half < 0 && last_ == Last::None &&
        is_scale_word(lookup((*tokens_), i + 1, (*language_))))  // "quarter million"
      return atom(i, 1 / w->fraction, Last::Half);
    if (w->half > 0 && (last_ == Last::None)) {  // "half a dozen", "half million", "media docena"
      std::size_t j = i + 1;
      auto n = lookup((*tokens_), j, (*language_));
      if (n && n->article > 0) n = lookup((*tokens_), ++j, (*language_));
      if (!n || (n->scale < 0 && n->dozen < 0)) return i;
      atom(i, w->half, Last::Half);
      return j;
    }
    return i;
  }

  std::size_t atom(std::size_t i, double v, Last kind) {
    current_ += v;
    small_ += v;
    ++atoms_;
    last_ = kind;
    return i + 1;
  }

  // Digits inside a spelled number: only first, or as the count of a following scale word.
  std::size_t numeral(std::size_t i) {
    const Token& token = (*tokens_)[i];
    if (token.fraction) return i;
    auto next = lookup((*tokens_), i + 1, (*language_));
    bool scaled = next && (next->scale > 0 || next->hundred > 0 || next->dozen > 0);
    if (last_ == Last::None || ((last_ == Last::Scale || last_ == Last::Hundred) && (scaled || after_joiner_) &&
                                token.value < 1000 && token.value >= 1)) {
      numeral_ = numeral_ || last_ == Last::None;
      return atom(i, token.value, Last::Atom);
    }
    return i;
  }

  std::size_t scale(std::size_t i, double s) {
    if (last_ == Last::Scale && current_ == 0) {
      // "mil millones": every part below the new scale is multiplied by it.
      if (s <= parts_.back().first) return i;
    } else if (last_ == Last::None || last_ == Last::Dozen) {
      if ((*tokens_)[i].fold.back() == 's') return i;  // "millones" alone is vague, read elsewhere
      current_ = 1;
    }
    for (const auto& part : parts_)
      if (part.first == s && current_ > 0) return i;  // "dos mil y tres mil": two numbers
    double sum = current_;
    while (!parts_.empty() && parts_.back().first < s) {
      sum += parts_.back().second;
      parts_.pop_back();
    }
    parts_.emplace_back(s, sum * s);
    max_scale_ = std::max(max_scale_, s);
    current_ = small_ = 0;
    hundred_seen_ = false;
    ++atoms_;
    last_ = Last::Scale;
    return i + 1;
  }

  // "and"/"y" continues the number only if what follows does; otherwise the number ends before.
  std::size_t joiner(std::size_t i, double kind) {
    if (last_ == Last::None || last_ == Last::Article || last_ == Last::Half || last_ == Last::Dozen) return i;
    auto n = lookup((*tokens_), i + 1, (*language_));
    if (n && n->article > 0) {  // "one and a half", "tres millones y medio"
      auto h = lookup((*tokens_), i + 2, (*language_));
      if (h && (h->half > 0 || h->fraction > 0) && h->ordinal < 0) return add_fraction(i + 2, 1, *h);
      if (h && h->fraction > 0 && fraction_context(i + 3)) return add_fraction(i + 2, 1, *h);
    }
    // "cinco y medio", "tres millones y medio", "one and half"
    if (n && (n->half > 0 || n->fraction == 2) && n->ordinal < 0 && (*tokens_)[i + 1].fold.back() != 's')
      return add_fraction(i + 1, 1, NumberWord{.fraction = 2});
    bool joins = last_ == Last::Scale ||
                 (kind == 10 ? last_ == Last::Ten : last_ == Last::Hundred || last_ == Last::Hundreds);
    if (!joins) {  // a mixed number: "three and one fourth", "one hundred and three and two thirds"
      WordNumber tail((*tokens_), (*language_));
      std::size_t end = tail.read(i + 1);
      if (end == i + 1 || !tail.done() || !tail.parts_.empty() || tail.value() >= 1) return i;
      current_ += tail.value();
      last_ = Last::Done;
      return end;
    }
    if (kind == 10 && last_ == Last::Ten) {  // "treinta y dos": one number, "treinta y dos quintos" 32/5
      WordNumber saved = *this;
      after_joiner_ = true;
      std::size_t next = read(i + 1);
      if (next == i + 1) *this = saved;
      return next == i + 1 ? i : next;
    }
    WordNumber saved = *this;
    after_joiner_ = true;
    before_joiner_ = value();
    small_ = 0;
    joiner_scale_ = saved.last_ == Last::Scale && !parts_.empty() ? parts_.back().first : 1;
    std::size_t next = read(i + 1);  // "and forty-five", "and three fifths"
    auto after = lookup((*tokens_), next, (*language_));
    bool own_scale = after && (after->hundred > 0 || after->scale > 0) && last_ != Last::Done;
    if (next == i + 1 || own_scale) {  // "3 hundred and 2 hundred": two numbers
      *this = saved;
      return i;
    }
    return next;
  }

  // "the numerator / fraction word": "two thirds", "and three quarters". Singular words need a
  // numerator of one, plural words another ("two millionth" is not a fraction).
  // Returns the index after the fraction (and a scale it applies to), or 0.
  std::size_t fraction(std::size_t i, const NumberWord& w) {
    // A mixed number's fraction is proper: "two hundred and fifty-four hundredths" is 200.54,
    // "one hundred and thirty-two fifths" 132/5.
    bool mixed = after_joiner_ && before_joiner_ != 0 && value() - before_joiner_ < w.fraction;
    double numerator = mixed ? value() - before_joiner_ : value();
    bool plural = (*tokens_)[i].fold.back() == 's';
    if (plural == (numerator == 1) && w.half < 0 && !w.compound) return 0;
    if (numeral_ && !mixed) return 0;  // "100 millionths" is a hundred
    double base = mixed ? before_joiner_ : 0;
    double unit = mixed ? joiner_scale_ : 1;  // "six million and two thirds"
    std::size_t end = following_scale(i + 1, mixed ? joiner_scale_ : 0, &unit);
    parts_.clear();
    current_ = base + numerator / w.fraction * unit;
    last_ = Last::Done;
    return end;
  }

  // A scale the fraction before it applies to: "three quarters billion", "two thirds of a
  // million", "one billion and a quarter million" (below `above` when a scale came already).
  std::size_t following_scale(std::size_t j, double above, double* unit) const {
    std::size_t k = j;
    if (k + 1 < tokens_->size() && (*tokens_)[k].fold == "of" && lookup(*tokens_, k + 1, *language_) &&
        lookup(*tokens_, k + 1, *language_)->article > 0)
      k += 2;
    auto s = lookup(*tokens_, k, *language_);
    if (!is_scale_word(s) || (above > 1 && s->scale >= above) || (above == 1)) return j;
    *unit = s->scale;
    return k + 1;
  }

  std::size_t add_fraction(std::size_t i, double numerator, const NumberWord& w) {
    // After a scale, the fraction is of that scale: "tres millones y medio" = 3,500,000.
    double unit = last_ == Last::Scale && !parts_.empty() ? parts_.back().first : 1;
    std::size_t end = unit > 1 ? following_scale(i + 1, unit, &unit) : i + 1;  // "un billón y medio millón"
    current_ += numerator / w.fraction * unit;
    last_ = unit == 1 && parts_.empty() ? Last::Half : Last::Done;  // "two and a half million"
    return end;
  }

  bool fraction_context(std::size_t j) const {
    return j >= (*tokens_).size() || (*tokens_)[j].kind != TokenKind::Word || (*tokens_)[j].fold == "of" || (*tokens_)[j].fold == "de";
  }

  // "two hundred point zero three", "siete con cincuenta", "ciento tres con dos tercios".
  std::size_t point(std::size_t i) {
    if (last_ == Last::None || last_ == Last::Done) return i;
    std::size_t j = i + 1;
    std::string digits;
    while (auto w = lookup((*tokens_), j, (*language_))) {
      if (w->digit < 0) break;
      digits += static_cast<char>('0' + static_cast<int>(w->digit));
      ++j;
    }
    if (digits.size() >= 2) {
      current_ += std::stod("0." + digits);
      last_ = Last::Done;
      return j;
    }
    WordNumber tail((*tokens_), (*language_));
    std::size_t end = tail.read(i + 1);
    if (end == i + 1 || (*tokens_)[i + 1].kind == TokenKind::Numeral) return i;
    if (tail.last_ == Last::Done && tail.parts_.empty() && tail.value() < 1) {
      // a fraction, of the scale before it: "con dos tercios", "seis millones con dos tercios"
      current_ += tail.value() * (last_ == Last::Scale && !parts_.empty() ? parts_.back().first : 1);
    } else if (tail.value() != std::floor(tail.value())) {
      current_ += tail.value();  // "once con uno y medio"
    } else {
      double v = tail.value();
      std::string s = std::to_string(static_cast<long long>(std::llround(v)));
      current_ += v / std::pow(10.0, static_cast<double>(s.size()));
    }
    last_ = Last::Done;
    return end;
  }

  const std::vector<Token>* tokens_;
  const LanguageNumbers* language_;
  std::vector<std::pair<double, double>> parts_;  // (scale, value), scales decreasing
  double current_ = 0, small_ = 0, max_scale_ = 1, before_joiner_ = 0;
  int atoms_ = 0;
  bool after_joiner_ = false;
  bool numeral_ = false;      // the number began with digits
  bool hundred_seen_ = false; // since the last scale: "3 hundred and 2 hundred" is two numbers
  double joiner_scale_ = 1;
  Last last_ = Last::None;
};

}  // namespace

std::optional<double> read_cardinal(const std::vector<Token>& t, std::size_t begin, std::size_t end,
                                    const LanguageNumbers& lang) {
  if (begin >= end || end > t.size()) return std::nullopt;
  std::vector<Token> part(t.begin() + static_cast<std::ptrdiff_t>(begin), t.begin() + static_cast<std::ptrdiff_t>(end));
  WordNumber number(part, lang);
  if (number.read(0) != part.size() || !number.any() || number.done()) return std::nullopt;
  return number.value();
}

std::optional<NumberMatch> read_number(std::string_view text, const std::vector<Token>& t, std::size_t i,
                                       const LanguageNumbers& lang, bool cued) {
  if (i >= t.size()) return std::nullopt;
  NumberMatch m;
  m.begin = i;
  // A sign: "-5", "- 10 k", "minus five", "negative one".
  auto first = lookup(t, i, lang);
  if ((first && first->minus) ||
      (is_hyphen(t[i]) && i + 1 < t.size() && t[i + 1].kind == TokenKind::Numeral &&
       (i == 0 || t[i].space_before))) {
    auto rest = read_number(text, t, i + 1, lang);
    if (!rest || rest->ordinal || rest->vague) return std::nullopt;
    rest->begin = i;
    rest->value = -rest->value;
    return rest;
  }
  if (t[i].kind == TokenKind::Numeral) {
    m.value = t[i].value;
    m.end = i + 1;
    if (t[i].fraction) return m;
    const Token* next = i + 1 < t.size() ? &t[i + 1] : nullptr;
    if (next && next->kind == TokenKind::Word && !t[i].fraction) {
      std::string_view raw = text.substr(next->begin, next->end - next->begin);
      auto suffix = lang.suffix_scales.find(raw);
      auto w = lookup(t, i + 1, lang);
      bool word_follows = i + 2 < t.size() && t[i + 2].kind == TokenKind::Word && !t[i + 2].space_before;
      if (suffix != lang.suffix_scales.end() && !word_follows) {
        m.value *= suffix->second;
        m.scale = suffix->second;
        m.end = i + 2;
        return m;
      }
      if (!next->space_before && w && w->ordinal_suffix) {
        m.ordinal = true;
        m.end = i + 2;
        return m;
      }
      if (!next->space_before) {
        m.glued_word = true;
        return m;
      }
    }
    // A mixed fraction: "2 1/4".
    if (next && next->kind == TokenKind::Numeral && next->fraction && next->space_before && !t[i].fraction &&
        next->value < 1) {
      m.value += next->value;
      m.end = i + 2;
      return m;
    }
  } else if (first && first->vague > 0) {
    m.value = first->vague;
    m.vague = true;
    m.end = i + 1;
    return m;
  } else if (first && first->ordinal > 0 && first->fraction < 0) {
    m.value = first->ordinal;
    m.ordinal = true;
    m.end = i + 1;
    return m;
  } else if (first && first->half > 0 && first->scale < 0) {
    // "half" alone ("more than half"); "half a dozen" is read below.
    auto n = lookup(t, i + 1, lang);
    auto n2 = lookup(t, i + 2, lang);
    if (!(n && (n->scale > 0 || n->dozen > 0)) && !(n && n->article > 0 && n2 && (n2->scale > 0 || n2->dozen > 0))) {
      m.value = first->half;
      m.end = i + 1;
      return m;
    }
  }
  if (first && (first->digit >= 0 || first->teen >= 0 || first->ten >= 0 || first->article > 0))
    if (auto split = read_split_fraction(t, i, lang)) return split;  // "three twenty-firsts"
  WordNumber number(t, lang);
  std::size_t end = number.read(i);
  if (!number.any() || end == i) {
    // "un" alone: "ciento sesenta y un" ends a clause, "solo una vaca", "al menos un muerto".
    if (first && first->lone && (cued || i + 1 >= t.size() || t[i + 1].kind != TokenKind::Word)) {
      m.value = first->article;
      m.end = i + 1;
      return m;
    }
    // "third" as an ordinal when it is no fraction ("the third round").
    if (first && first->ordinal > 0) {
      m.value = first->ordinal;
      m.ordinal = true;
      m.end = i + 1;
      return m;
    }
    return std::nullopt;
  }
  if (end > i + 1 && is_hyphen(t[end - 1])) --end;  // "twenty-" before "fifth"
  // "twenty-first", "one hundred fifth": a round number, then an ordinal below its last place.
  bool hyphen = end + 1 < t.size() && is_hyphen(t[end]) && !t[end].space_before;
  auto o = lookup(t, hyphen ? end + 1 : end, lang);
  double v = number.value(), place = 1;
  while (place < v && std::fmod(v, place * 10) == 0) place *= 10;
  if (o && o->ordinal > 0 && o->digit < 0 && o->ordinal < place && !number.done() && v >= 20 &&
      (hyphen || v >= 100)) {
    m.value = v + o->ordinal;
    m.ordinal = true;
    m.end = end + (hyphen ? 2 : 1);
    return m;
  }
  m.value = number.value();
  m.scale = number.scale();
  m.end = end;
  return m;
}

}  // namespace storyline
