// Charset detection and conversion: every reader hands over valid UTF-8, whatever the input used.
//
// The charset is chosen as browsers do, strongest evidence first: a byte order mark, then the
// charset the transport declared (HTTP Content-Type in WARC, the XML declaration in a feed), then
// for HTML a <meta> charset in the first 4096 bytes, then UTF-8 if the bytes are valid UTF-8, and
// windows-1252 otherwise. ISO-8859-1 and US-ASCII labels decode as windows-1252, as in browsers.
#pragma once

#include <string>
#include <string_view>

namespace storyline::ingest {

struct CharsetEvidence {
  std::string_view declared;  // from the transport; empty when none
  bool html = false;          // whether to prescan for <meta charset>
};

// Returns `bytes` as valid UTF-8 without a BOM. Bytes that are invalid in the chosen charset
// become U+FFFD; this never fails.
std::string decode_to_utf8(std::string_view bytes, const CharsetEvidence& evidence);

// The charset parameter of a MIME type such as `text/html; charset="ISO-8859-1"`, or "".
std::string charset_from_content_type(std::string_view content_type);

// The charset an HTML document declares in <meta charset> or <meta http-equiv=Content-Type>
// within its first 4096 bytes, or "".
std::string html_meta_charset(std::string_view html);

// The encoding named in an XML declaration (<?xml ... encoding="..."?>), or "".
std::string xml_declared_encoding(std::string_view xml);

bool is_valid_utf8(std::string_view bytes);

}  // namespace storyline::ingest
