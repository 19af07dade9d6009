#include "recognize/quantities/quantity_tokens.h"

#include <cmath>

namespace storyline {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the UTF-8 sequence starting with `lead` (1 for invalid bytes).
std::size_t utf8_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Horizontal space inside a numeral group: space, NBSP (C2 A0), narrow NBSP (E2 80 AF).
std::size_t group_space_at(std::string_view s, std::size_t i) {
  if (i < s.size() && s[i] == ' ') return 1;
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

std::size_t digit_run(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  return j - i;
}

// Letters of a word: ASCII letters, apostrophes inside words, and any non-ASCII byte that is
// not punctuation we know (Latin-1 letters, Cyrillic...). Currency and other symbols are
// separated by the caller before this is asked.
bool is_word_byte(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_ascii_letter(s[i]);
  if (c == 0xC2) return false;  // NBSP, ¢ £ ¥ § « » ° º ª ½...: symbols or spaces
  if (c == 0xE2) return false;  // general punctuation, € and other currency signs, arrows
  return true;
}

// Vulgar fraction characters: "½", "⅔"; 0 when s[i] starts none. Sets *length to its bytes.
double vulgar_fraction(std::string_view s, std::size_t i, std::size_t* length) {
  static const std::pair<std::string_view, double> kFractions[] = {
      {"\xC2\xBC", 0.25}, {"\xC2\xBD", 0.5}, {"\xC2\xBE", 0.75}, {"\xE2\x85\x90", 1.0 / 7},
      {"\xE2\x85\x91", 1.0 / 9}, {"\xE2\x85\x92", 0.1}, {"\xE2\x85\x93", 1.0 / 3},
      {"\xE2\x85\x94", 2.0 / 3}, {"\xE2\x85\x95", 0.2}, {"\xE2\x85\x96", 0.4},
      {"\xE2\x85\x97", 0.6}, {"\xE2\x85\x98", 0.8}, {"\xE2\x85\x99", 1.0 / 6},
      {"\xE2\x85\x9A", 5.0 / 6}, {"\xE2\x85\x9B", 0.125}, {"\xE2\x85\x9C", 0.375},
      {"\xE2\x85\x9D", 0.625}, {"\xE2\x85\x9E", 0.875}};
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c != 0xC2 && c != 0xE2) return 0;
  for (const auto& [spelling, value] : kFractions)
    if (s.substr(i, spelling.size()) == spelling) return *length = spelling.size(), value;
  return 0;
}

struct Numeral {
  std::size_t end;
  double value;
  int digits;
  bool fraction = false;
};

// Reads the numeral at text[i] (a digit, or '.'/',' followed by a digit at a word start).
// Separators: a group separator must be followed by exactly three digits and no fourth; a run of
// several separators that does not form groups ("192.168.1.2", "22,24,26") ends the numeral at
// the first one, so a list reads as several numbers.
Numeral read_numeral(std::string_view s, std::size_t i, bool decimal_comma) {
  std::string digits;
  std::size_t j = i;
  std::size_t run = digit_run(s, j);
  digits.append(s.substr(j, run));
  j += run;
  int int_digits = static_cast<int>(run);
  bool leading_decimal = run == 0;
  // Indian grouping "12,34,567": pairs after the first group, then a final group of three.
  if (!decimal_comma && run >= 1 && run <= 2) {
    std::size_t k = j;
    int pairs = 0;
    while (k + 3 < s.size() && s[k] == ',' && digit_run(s, k + 1) == 2 && s[k + 3] == ',') k += 3, ++pairs;
    if (pairs > 0 && s[k] == ',' && digit_run(s, k + 1) == 3) {
      for (std::size_t d = j; d < k + 4; ++d)
        if (is_digit(s[d])) digits += s[d];
      int_digits = static_cast<int>(digits.size());
      j = k + 4;
    }
  }
  auto exactly_three = [&](std::size_t at) { return digit_run(s, at) == 3; };
  auto more_separators_after = [&](std::size_t at) {
    std::size_t k = at + digit_run(s, at);
    return k + 1 < s.size() && (s[k] == '.' || s[k] == ',') && is_digit(s[k + 1]);
  };
  bool decimal_done = leading_decimal;
  std::string fraction_digits;
  if (leading_decimal) {
    ++j;
    std::size_t r = digit_run(s, j);
    fraction_digits.append(s.substr(j, r));
    j += r;
  }
  bool spaced = false, punctuated = false;
  while (!decimal_done && j < s.size()) {
    char c = s[j];
    std::size_t sp = group_space_at(s, j);
    if (sp && !punctuated && (int_digits <= 3 || spaced) && exactly_three(j + sp) &&
        !(j + sp + 3 < s.size() && s[j + sp + 3] == '/')) {
      // "1 234 567": a space group, only after a first group of at most three digits.
      digits.append(s.substr(j + sp, 3));
      int_digits += 3;
      j += sp + 3;
      spaced = true;
      continue;
    }
    if ((c == ',' || c == '.') && j + 1 < s.size() && is_digit(s[j + 1])) {
      // Thousands group: "82,000" in both languages, "82.000" in Spanish; never after a lone 0.
      bool group_char = c == ',' || decimal_comma;
      bool zero_int = digits == "0" || digits.empty();
      if (group_char && exactly_three(j + 1) && !zero_int && !spaced) {
        digits.append(s.substr(j + 1, 3));
        int_digits += 3;
        j += 4;
        punctuated = true;
        continue;
      }
      // A decimal mark, when no further separator follows ("192.168.1.2" is a list). Either
      // mark is read as decimal when it cannot be a group ("5,00", "0.0638").
      bool other_style_decimal = !punctuated || (decimal_comma ? c == ',' : c == '.');
      // A numeral right after "22," or "192." is an item of a list, never a decimal.
      bool list_item = i > 0 && (s[i - 1] == ',' || s[i - 1] == '.') && i > 1 && is_digit(s[i - 2]);
      if (other_style_decimal && !more_separators_after(j + 1) && !list_item) {
        std::size_t r = digit_run(s, j + 1);
        fraction_digits.append(s.substr(j + 1, r));
        j += 1 + r;
        decimal_done = true;
      }
      break;
    }
    break;
  }
  double value = std::stod((digits.empty() ? "0" : digits) + "." +
                           (fraction_digits.empty() ? "0" : fraction_digits));
  // Scientific notation "1.3e6", "-12e-1", "1.3x10^6", "6.23×10^-4"; powers "1.1^23" (sign runs
  // cancel in pairs).
  std::size_t times = s.substr(j, 1) == "x" || s.substr(j, 1) == "*" ? 1 : s.substr(j, 2) == "\xC3\x97" ? 2 : 0;
  if (times && s.substr(j + times, 3) == "10^") {
    std::size_t k = j + times + 3;
    bool negative = k < s.size() && s[k] == '-';
    if (k < s.size() && (s[k] == '-' || s[k] == '+')) ++k;
    if (std::size_t r = digit_run(s, k)) {
      value *= std::pow(10.0, (negative ? -1.0 : 1.0) * std::stod(std::string(s.substr(k, r))));
      return {k + r, value, int_digits};
    }
  }
  if (j + 1 < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    std::size_t k = j + 1;
    bool negative = false;
    if (s[k] == '+' || s[k] == '-') negative = s[k++] == '-';
    std::size_t r = digit_run(s, k);
    if (r > 0 && (k + r >= s.size() || !is_ascii_letter(s[k + r]))) {
      double exponent = std::stod(std::string(s.substr(k, r)));
      value *= std::pow(10.0, negative ? -exponent : exponent);
      j = k + r;
    }
  } else if (j + 1 < s.size() && s[j] == '^') {
    std::size_t k = j + 1;
    bool negative = false;
    while (k < s.size() && (s[k] == '+' || s[k] == '-')) negative ^= s[k++] == '-';
    Numeral power = digit_run(s, k) ? read_numeral(s, k, decimal_comma) : Numeral{k, 0, 0};
    if (power.end > k) {
      value = std::pow(value, negative ? -power.value : power.value);
      j = power.end;
    }
  } else if (j + 1 < s.size() && s[j] == '/' && fraction_digits.empty() && digit_run(s, j + 1)) {
    std::size_t r = digit_run(s, j + 1);
    std::size_t after = j + 1 + r;
    bool date_like = after + 1 < s.size() && s[after] == '/' && is_digit(s[after + 1]);
    double denominator = std::stod(std::string(s.substr(j + 1, r)));
    bool after_slash = i > 0 && s[i - 1] == '/';  // "5/17/2018"
    if (!date_like && !after_slash && denominator != 0) {
      return {after, value / denominator, int_digits, true};
    }
  }
  return {j, value, int_digits};
}

}  // namespace

std::string fold_word(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    if (c == 0xC3 && i + 1 < word.size()) {
      unsigned char d = static_cast<unsigned char>(word[i + 1]) | 0x20;  // upper -> lower
      const char* plain = nullptr;
      switch (d) {
        case 0xA0: case 0xA1: case 0xA2: case 0xA4: plain = "a"; break;
        case 0xA8: case 0xA9: case 0xAA: case 0xAB: plain = "e"; break;
        case 0xAC: case 0xAD: case 0xAE: case 0xAF: plain = "i"; break;
        case 0xB2: case 0xB3: case 0xB4: case 0xB6: plain = "o"; break;
        case 0xB9: case 0xBA: case 0xBB: case 0xBC: plain = "u"; break;
        case 0xB1: plain = "\xC3\xB1"; break;  // ñ
      }
      if (plain) {
        out += plain;
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::vector<Token> tokenize_quantities(std::string_view text, std::uint32_t begin,
                                       std::uint32_t end, bool decimal_comma) {
  std::vector<Token> tokens;
  std::string_view s = text.substr(0, end);
  std::size_t i = begin;
  bool space = true;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || group_space_at(s, i)) {
      i += std::max<std::size_t>(1, group_space_at(s, i));
      space = true;
      continue;
    }
    Token token;
    token.begin = static_cast<std::uint32_t>(i);
    token.space_before = space;
    space = false;
    std::size_t vulgar = 0;
    if (double v = vulgar_fraction(s, i, &vulgar)) {  // "½"; glued to digits, "2½" is 2.5
      i += vulgar;
      if (!token.space_before && !tokens.empty() && tokens.back().kind == TokenKind::Numeral &&
          !tokens.back().fraction) {
        tokens.back().value += v;
        tokens.back().end = static_cast<std::uint32_t>(i);
        tokens.back().fold = std::string(s.substr(tokens.back().begin, i - tokens.back().begin));
        continue;
      }
      token.kind = TokenKind::Numeral;
      token.value = v;
      token.fraction = true;
      token.end = static_cast<std::uint32_t>(i);
      token.fold = std::string(s.substr(token.begin, i - token.begin));
      tokens.push_back(std::move(token));
      continue;
    }
    bool numeral_start = is_digit(s[i]) || ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() &&
                                            is_digit(s[i + 1]) && token.space_before &&
                                            (tokens.empty() || tokens.back().end < i));
    if (numeral_start) {
      Numeral n = read_numeral(s, i, decimal_comma);
      token.kind = TokenKind::Numeral;
      token.value = n.value;
      token.digits = n.digits;
      token.fraction = n.fraction;
      i = n.end;
    } else if (is_word_byte(s, i)) {
      std::size_t j = i;
      while (j < s.size()) {
        if (is_word_byte(s, j)) {
          j += utf8_length(static_cast<unsigned char>(s[j]));
        } else if ((s[j] == '\'' || s[j] == '.') && j + 1 < s.size() && is_ascii_letter(s[j + 1]) &&
                   (s[j] == '\'' || j + 2 >= s.size() || !is_ascii_letter(s[j + 2]) ||
                    s[j + 2] == '.')) {
          // "don't"; abbreviations with single letters between dots: "u.s.", "e.e.u.u."
          j += 1;
        } else {
          break;
        }
      }
      // Keep the final dot of a dotted abbreviation ("U.S.") inside the word.
      if (j < s.size() && s[j] == '.' && s.substr(i, j - i).find('.') != std::string_view::npos)
        ++j;
      token.kind = TokenKind::Word;
      i = j;
    } else {
      std::size_t len = std::min(utf8_length(c), s.size() - i);
      token.kind = c < 0x80 && c != '$' && c != '%' && c != '#' ? TokenKind::Punct
                                                                 : TokenKind::Symbol;
      if (s.substr(i, 2) == "\xC2\xB0" || s.substr(i, 2) == "\xC2\xA7") token.kind = TokenKind::Punct;
      i += len;
    }
    token.end = static_cast<std::uint32_t>(i);
    token.fold = token.kind == TokenKind::Numeral
                     ? std::string(s.substr(token.begin, token.end - token.begin))
                     : fold_word(s.substr(token.begin, token.end - token.begin));
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace storyline
