#include "recognize/dates/date_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "util/text.h"

namespace storyline {
namespace {

enum class CharClass { Space, Letter, Digit, Apostrophe, Other };

CharClass classify(UChar32 c) {
  if (c == '\'' || c == 0x2019) return CharClass::Apostrophe;
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::Letter;
    if (c >= '0' && c <= '9') return CharClass::Digit;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::Space;
    return CharClass::Other;
  }
  if (u_isUWhiteSpace(c) || c == 0xA0) return CharClass::Space;
  if (u_isalpha(c)) return CharClass::Letter;
  return CharClass::Other;
}

std::string fold(std::string_view raw, DateToken::Kind kind, UChar32 first) {
  if (kind == DateToken::Punct) {
    if (first == 0x2013 || first == 0x2014 || first == 0x2212) return "-";  // en/em dash, minus
    return std::string(raw);
  }
  bool ascii = true;
  for (char c : raw) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  std::string lower = ascii ? ascii_lower(raw) : unicode_lower(raw);
  for (std::size_t at; (at = lower.find("\xE2\x80\x99")) != std::string::npos;) lower.replace(at, 3, "'");
  return lower;
}

}  // namespace

std::vector<DateToken> tokenize_for_dates(std::string_view text) {
  std::vector<DateToken> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t at = 0;
  bool space = true;
  while (at < length) {
    int32_t start = at;
    UChar32 c;
    U8_NEXT(bytes, at, length, c);
    CharClass cls = c < 0 ? CharClass::Other : classify(c);
    if (cls == CharClass::Space) { space = true; continue; }
    DateToken token;
    token.begin = static_cast<std::uint32_t>(start);
    token.space_before = space;
    space = false;
    if (cls == CharClass::Letter || cls == CharClass::Digit) {
      token.kind = cls == CharClass::Letter ? DateToken::Word : DateToken::Number;
      token.capitalized = u_isupper(c);
      // A word runs over letters and inner apostrophes ("o'clock", "i'll"); digits stay apart.
      while (at < length) {
        int32_t next = at;
        UChar32 d;
        U8_NEXT(bytes, next, length, d);
        CharClass dc = d < 0 ? CharClass::Other : classify(d);
        if (dc == cls) { at = next; continue; }
        if (dc == CharClass::Apostrophe && cls == CharClass::Letter && next < length) {
          int32_t after = next;
          UChar32 e;
          U8_NEXT(bytes, after, length, e);
          // A possessive "'s" ends the word: "Friday's close" dates Friday, "today's vote" today.
          bool possessive = (e == 's' || e == 'S') && (after >= length || [&] {
            int32_t past = after;
            UChar32 f;
            U8_NEXT(bytes, past, length, f);
            return f < 0 || classify(f) != CharClass::Letter;
          }());
          if (e >= 0 && classify(e) == CharClass::Letter && !possessive) { at = next; continue; }
        }
        break;
      }
    } else {
      token.kind = DateToken::Punct;
    }
    token.end = static_cast<std::uint32_t>(at);
    token.lower = fold(text.substr(start, at - start), token.kind, c);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace storyline
