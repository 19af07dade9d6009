#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <array>
#include <memory>

namespace storyline::ingest {
namespace {

constexpr std::size_t kMetaPrescanBytes = 4096;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::size_t find_ci(std::string_view haystack, std::string_view needle, std::size_t from = 0) {
  if (needle.size() > haystack.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    bool match = true;
    for (std::size_t j = 0; j < needle.size() && match; ++j)
      match = ascii_lower(haystack[i + j]) == ascii_lower(needle[j]);
    if (match) return i;
  }
  return std::string_view::npos;
}

// Maps a declared label to the name we hand ICU, or "" when we should ignore it. Labels that
// browsers treat as aliases of windows-1252 get that name, so 0x80..0x9F decode as they do.
std::string canonical_charset(std::string_view label, bool from_html_meta) {
  std::string name = lowercase(trim(label));
  if (name.empty()) return {};
  static constexpr std::array kWindows1252Aliases = {
      "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",      "ascii",
      "us-ascii",   "cp1252",    "x-cp1252",   "cp819",  "ibm819", "windows-1252"};
  if (std::find(kWindows1252Aliases.begin(), kWindows1252Aliases.end(), name) !=
      kWindows1252Aliases.end())
    return "windows-1252";
  if (name == "utf8" || name == "utf-8" || name == "unicode-1-1-utf-8") return "utf-8";
  // A <meta> cannot truthfully declare UTF-16: it was read as ASCII-compatible bytes.
  if (from_html_meta && name.starts_with("utf-16")) return "utf-8";
  UErrorCode status = U_ZERO_ERROR;
  UConverter* probe = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) return {};
  ucnv_close(probe);
  return name;
}

// ICU substitutes U+001A for some legacy charsets; we want U+FFFD everywhere.
void substitute_replacement_character(const void*, UConverterToUnicodeArgs* args, const char*,
                                      int32_t, UConverterCallbackReason reason,
                                      UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;
  *error = U_ZERO_ERROR;
  const UChar replacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

std::unique_ptr<UConverter, ConverterCloser> open_converter(const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
  if (U_FAILURE(status)) converter.reset();
  return converter;
}

// Streams through ICU's pivot buffer so inputs of any size convert without int32 lengths.
std::string convert(std::string_view bytes, const std::string& charset) {
  if (charset == "utf-8" && is_valid_utf8(bytes)) return std::string(bytes);
  auto source_converter = open_converter(charset.c_str());
  auto utf8_converter = open_converter("utf-8");
  if (!source_converter || !utf8_converter) return {};
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(source_converter.get(), substitute_replacement_character, nullptr, nullptr,
                      nullptr, &status);
  std::array<UChar, 4096> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* in = bytes.data();
  std::string out;
  std::array<char, 16384> chunk{};
  bool reset = true;
  do {
    status = U_ZERO_ERROR;
    char* target = chunk.data();
    ucnv_convertEx(utf8_converter.get(), source_converter.get(), &target,
                   chunk.data() + chunk.size(), &in, bytes.data() + bytes.size(), pivot.data(),
                   &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset, true,
                   &status);
    reset = false;
    out.append(chunk.data(), static_cast<std::size_t>(target - chunk.data()));
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  return out;
}

struct Bom {
  std::string_view bytes;
  const char* charset;
};

constexpr std::array kBoms = {Bom{"\xEF\xBB\xBF", "utf-8"}, Bom{"\xFF\xFE", "utf-16le"},
                              Bom{"\xFE\xFF", "utf-16be"}};

// Reads the value of an attribute starting at `i` (just after '='); advances `i` past it.
std::string_view attribute_value(std::string_view tag, std::size_t& i) {
  while (i < tag.size() && is_space(tag[i])) ++i;
  if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
    const char quote = tag[i++];
    const std::size_t end = std::min(tag.find(quote, i), tag.size());
    std::string_view value = tag.substr(i, end - i);
    i = end + 1;
    return value;
  }
  const std::size_t start = i;
  while (i < tag.size() && !is_space(tag[i]) && tag[i] != '>') ++i;
  return tag.substr(start, i - start);
}

// The charset a single <meta ...> tag declares; `tag` runs from after "<meta" to '>'.
std::string meta_tag_charset(std::string_view tag) {
  std::string http_equiv;
  std::string content;
  std::size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && (is_space(tag[i]) || tag[i] == '/')) ++i;
    const std::size_t name_start = i;
    while (i < tag.size() && !is_space(tag[i]) && tag[i] != '=' && tag[i] != '/') ++i;
    const std::string name = lowercase(tag.substr(name_start, i - name_start));
    if (name.empty()) break;
    while (i < tag.size() && is_space(tag[i])) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    const std::string_view value = attribute_value(tag, i);
    if (name == "charset") return std::string(trim(value));
    if (name == "http-equiv") http_equiv = lowercase(trim(value));
    if (name == "content") content = std::string(value);
  }
  if (http_equiv == "content-type") return charset_from_content_type(content);
  return {};
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (*p >= 0xC2 && *p <= 0xDF) {
      length = 2;
    } else if (*p >= 0xE0 && *p <= 0xEF) {
      length = 3;
      if (*p == 0xE0) low = 0xA0;   // no overlong forms
      if (*p == 0xED) high = 0x9F;  // no surrogates
    } else if (*p >= 0xF0 && *p <= 0xF4) {
      length = 4;
      if (*p == 0xF0) low = 0x90;
      if (*p == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
      return false;
    }
    if (static_cast<std::size_t>(end - p) < length) return false;
    if (p[1] < low || p[1] > high) return false;
    for (std::size_t k = 2; k < length; ++k)
      if ((p[k] & 0xC0) != 0x80) return false;
    p += length;
  }
  return true;
}

std::string charset_from_content_type(std::string_view content_type) {
  const std::size_t at = find_ci(content_type, "charset");
  if (at == std::string_view::npos) return {};
  std::size_t i = at + 7;
  while (i < content_type.size() && is_space(content_type[i])) ++i;
  if (i >= content_type.size() || content_type[i] != '=') return {};
  ++i;
  while (i < content_type.size() && is_space(content_type[i])) ++i;
  if (i < content_type.size() && (content_type[i] == '"' || content_type[i] == '\'')) ++i;
  const std::size_t start = i;
  while (i < content_type.size() && !is_space(content_type[i]) && content_type[i] != ';' &&
         content_type[i] != '"' && content_type[i] != '\'')
    ++i;
  return std::string(content_type.substr(start, i - start));
}

std::string html_meta_charset(std::string_view html) {
  html = html.substr(0, kMetaPrescanBytes);
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t close = html.find("-->", i + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    if (find_ci(html.substr(i, 5), "<meta") == 0 && i + 5 < html.size() &&
        (is_space(html[i + 5]) || html[i + 5] == '/')) {
      const std::size_t close = html.find('>', i);
      const std::string_view tag = html.substr(i + 5, close == std::string_view::npos
                                                          ? std::string_view::npos
                                                          : close - i - 5);
      if (std::string charset = meta_tag_charset(tag); !charset.empty()) return charset;
    }
    ++i;
  }
  return {};
}

std::string xml_declared_encoding(std::string_view xml) {
  if (!xml.starts_with("<?xml")) return {};
  const std::size_t close = xml.find("?>");
  if (close == std::string_view::npos) return {};
  const std::string_view declaration = xml.substr(0, close);
  const std::size_t at = declaration.find("encoding");
  if (at == std::string_view::npos) return {};
  std::size_t i = at + 8;
  while (i < declaration.size() && is_space(declaration[i])) ++i;
  if (i >= declaration.size() || declaration[i] != '=') return {};
  ++i;
  return std::string(trim(attribute_value(declaration, i)));
}

namespace {

// A byte order mark left at the start after decoding: a second one behind the first (tools
// that add one twice), or one that a declared UTF-16 charset converts as U+FEFF.
std::string without_leading_bom(std::string text) {
  std::size_t start = 0;
  while (text.compare(start, 3, "\xEF\xBB\xBF") == 0) start += 3;
  text.erase(0, start);
  return text;
}

std::string decode(std::string_view bytes, const CharsetEvidence& evidence) {
  for (const Bom& bom : kBoms) {
    if (bytes.starts_with(bom.bytes))
      return convert(bytes.substr(bom.bytes.size()), bom.charset);
  }
  std::string charset = canonical_charset(evidence.declared, false);
  if (charset.empty() && evidence.html) charset = canonical_charset(html_meta_charset(bytes), true);
  if (charset.empty()) charset = is_valid_utf8(bytes) ? "utf-8" : "windows-1252";
  return convert(bytes, charset);
}

}  // namespace

std::string decode_to_utf8(std::string_view bytes, const CharsetEvidence& evidence) {
  return without_leading_bom(decode(bytes, evidence));
}

}  // namespace storyline::ingest
