#include "ingest/charset.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline::ingest {
namespace {

struct DecodeCase {
  const char* name;
  std::string bytes;
  std::string declared;
  bool html;
  std::string expected;
};

class CharsetDecode : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(CharsetDecode, GivesValidUtf8) {
  const DecodeCase& c = GetParam();
  const std::string out = decode_to_utf8(c.bytes, CharsetEvidence{.declared = c.declared, .html = c.html});
  EXPECT_EQ(out, c.expected) << "input: " << c.bytes;
  EXPECT_TRUE(is_valid_utf8(out));
}

INSTANTIATE_TEST_SUITE_P(
    Ingest, CharsetDecode,
    ::testing::Values(
        DecodeCase{"Utf8AsIs", "caf\xC3\xA9", "", false, "caf\xC3\xA9"},
        DecodeCase{"Utf8BomStripped", "\xEF\xBB\xBFhola", "", false, "hola"},
        DecodeCase{"Utf16LeBom", std::string("\xFF\xFE" "c\0a\0f\0\xE9\0", 10), "", false,
                   "caf\xC3\xA9"},
        DecodeCase{"Utf16BeBom", std::string("\xFE\xFF\0c\0a\0f\0\xE9", 10), "", false,
                   "caf\xC3\xA9"},
        DecodeCase{"BomBeatsDeclared", "\xEF\xBB\xBF" "caf\xC3\xA9", "iso-8859-1", false,
                   "caf\xC3\xA9"},
        DecodeCase{"MetaCharsetWindows1252", "<meta charset=\"windows-1252\"><p>caf\xE9</p>", "",
                   true, "<meta charset=\"windows-1252\"><p>caf\xC3\xA9</p>"},
        DecodeCase{"MetaHttpEquiv",
                   "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                   "\x80 5",
                   "", true,
                   "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                   "\xE2\x82\xAC 5"},
        DecodeCase{"MetaIgnoredForText", "<meta charset=\"utf-8\">caf\xE9", "", false,
                   "<meta charset=\"utf-8\">caf\xC3\xA9"},
        DecodeCase{"DeclaredIso88591ReadAsWindows1252", "\x93" "cita\x94", "ISO-8859-1", false,
                   "\xE2\x80\x9C" "cita\xE2\x80\x9D"},
        DecodeCase{"DeclaredBeatsMeta", "<meta charset=utf-8>a\xF1o", "iso-8859-1", true,
                   "<meta charset=utf-8>a\xC3\xB1o"},
        DecodeCase{"UndeclaredInvalidUtf8FallsBackToWindows1252", "a\xF1o", "", false,
                   "a\xC3\xB1o"},
        DecodeCase{"DeclaredUtf8InvalidBytesReplaced", "a\xFF" "b\xC3", "utf-8", false,
                   "a\xEF\xBF\xBD" "b\xEF\xBF\xBD"},
        DecodeCase{"UnknownLabelIgnored", "caf\xC3\xA9", "x-no-such-charset", false,
                   "caf\xC3\xA9"},
        DecodeCase{"LegacyMultibyteInvalidGivesReplacementCharacter", "a\x81", "shift_jis",
                   false, "a\xEF\xBF\xBD"}),
    [](const ::testing::TestParamInfo<DecodeCase>& info) { return std::string(info.param.name); });

// Found by the charset fuzz target: a UTF-16 BOM followed by a second one came out as UTF-8
// starting with U+FEFF, though the result promises no BOM.
TEST(CharsetBom, NoByteOrderMarkIsLeftAtTheStart) {
  EXPECT_EQ(decode_to_utf8(std::string("\xFF\xFE\xFF\xFEU\0", 6), {}), "U");
  EXPECT_EQ(decode_to_utf8("\xEF\xBB\xBF\xEF\xBB\xBF" "caf\xC3\xA9", {}), "caf\xC3\xA9");
  EXPECT_EQ(decode_to_utf8(std::string("\xFF\xFEU\0", 4), {.declared = "utf-16le"}), "U");
  EXPECT_EQ(decode_to_utf8("a\xEF\xBB\xBF", {}), "a\xEF\xBB\xBF");  // inside the text it stays
}

TEST(CharsetContentType, ReadsCharsetParameter) {
  EXPECT_EQ(charset_from_content_type("text/html; charset=ISO-8859-1"), "ISO-8859-1");
  EXPECT_EQ(charset_from_content_type("text/html;charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(charset_from_content_type("text/html"), "");
}

TEST(CharsetMeta, PrescanFindsOnlyTheFirst4096Bytes) {
  EXPECT_EQ(html_meta_charset("<html><head><META CHARSET='koi8-r'>"), "koi8-r");
  EXPECT_EQ(html_meta_charset("<!-- <meta charset=big5> --><meta charset=utf-8>"), "utf-8");
  EXPECT_EQ(html_meta_charset(std::string(5000, ' ') + "<meta charset=koi8-r>"), "");
}

TEST(CharsetXml, ReadsEncodingDeclaration) {
  EXPECT_EQ(xml_declared_encoding("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss/>"),
            "windows-1252");
  EXPECT_EQ(xml_declared_encoding("<?xml version='1.0'?><rss/>"), "");
}

TEST(CharsetUtf8, RejectsOverlongsAndSurrogates) {
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x93\xB0"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
}

}  // namespace
}  // namespace storyline::ingest
