#include "recognize/name_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "recognize/quantities/quantity_tokens.h"  // fold_word

namespace storyline {
namespace {

struct CodePoint {
  UChar32 c = 0;
  std::uint32_t next = 0;
};

CodePoint read_at(std::string_view s, std::uint32_t i, std::uint32_t end) {
  CodePoint p;
  int32_t at = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), at, static_cast<int32_t>(end), p.c);
  p.next = static_cast<std::uint32_t>(at);
  return p;
}

bool is_letter(UChar32 c) { return c > 0 && (u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK); }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

}  // namespace

bool is_quote_mark(std::string_view mark) {
  return mark == "\"" || mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x9D" || mark == "\xC2\xAB" ||
         mark == "\xC2\xBB" || mark == "\xE2\x80\x98" || mark == "\xE2\x80\x99";
}

std::vector<NameToken> tokenize_names(std::string_view text, std::uint32_t begin,
                                      std::uint32_t end,
                                      const std::unordered_set<std::string>& dotted) {
  std::vector<NameToken> tokens;
  std::uint32_t i = begin;
  bool space = false;
  while (i < end) {
    CodePoint p = read_at(text, i, end);
    if (p.c < 0 || u_isUWhiteSpace(p.c)) {
      space = true;
      i = p.next;
      continue;
    }
    NameToken token;
    token.begin = i;
    token.space_before = space;
    space = false;
    if (is_letter(p.c) || u_isdigit(p.c)) {
      bool digits = u_isdigit(p.c);
      int letters = 0, uppers = 0;
      std::uint32_t j = i;
      while (j < end) {
        CodePoint q = read_at(text, j, end);
        if (is_letter(q.c) || u_isdigit(q.c)) {
          if (is_letter(q.c)) ++letters, uppers += u_isupper(q.c) ? 1 : 0;
          j = q.next;
          continue;
        }
        // An apostrophe or hyphen inside a word ("O'Brien", "al-Qaeda") joins it, except the
        // possessive "'s" at the end, which is split off below.
        if ((is_apostrophe(q.c) || is_hyphen(q.c)) && q.next < end) {
          CodePoint r = read_at(text, q.next, end);
          if (is_letter(r.c)) {
            bool possessive = is_apostrophe(q.c) && (r.c == 's' || r.c == 'S');
            if (possessive) {
              CodePoint after = r.next < end ? read_at(text, r.next, end) : CodePoint{};
              if (r.next >= end || !is_letter(after.c)) break;
            }
            j = q.next;
            continue;
          }
        }
        // Dotted acronyms keep their dots: "U.S.", "EE.UU.".
        if (q.c == '.' && q.next < end && letters <= 2 && uppers == letters) {
          CodePoint r = read_at(text, q.next, end);
          if (is_letter(r.c) && u_isupper(r.c)) {
            j = q.next;
            continue;
          }
        }
        break;
      }
      token.end = j;
      std::string_view word = text.substr(i, j - i);
      token.fold = fold_word(word);
      bool has_dot = word.find('.') != std::string_view::npos;
      if (j < end && text[j] == '.') {
        bool initial = letters == 1 && !digits;
        if (initial || has_dot || dotted.count(token.fold + ".")) {
          token.end = j + 1;
          token.fold += '.';
        }
      }
      token.kind = digits ? NameTokenKind::Number : NameTokenKind::Word;
      token.capitalized = !digits && u_isupper(p.c);
      token.all_caps = letters >= 2 && uppers == letters;
      tokens.push_back(std::move(token));
      i = tokens.back().end;
      continue;
    }
    token.end = p.next;
    std::string_view mark = text.substr(i, p.next - i);
    if (is_apostrophe(p.c) && p.next < end) {
      CodePoint r = read_at(text, p.next, end);
      CodePoint after = r.next < end ? read_at(text, r.next, end) : CodePoint{};
      if ((r.c == 's' || r.c == 'S') && !tokens.empty() && !token.space_before &&
          (r.next >= end || !is_letter(after.c))) {
        token.end = r.next;
        token.kind = NameTokenKind::Possessive;
        token.fold = "'s";
        tokens.push_back(std::move(token));
        i = r.next;
        continue;
      }
    }
    token.kind = is_quote_mark(mark) ? NameTokenKind::Quote : NameTokenKind::Punct;
    token.fold = std::string(mark);
    tokens.push_back(std::move(token));
    i = p.next;
  }
  return tokens;
}

}  // namespace storyline
