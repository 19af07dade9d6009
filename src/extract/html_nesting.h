// Bounding how deep a page's elements nest before gumbo parses it.
//
// gumbo checks the scope of the open elements on every tag, so a page nested n levels deep
// takes time in n squared: 80,000 nested <div>s (400 KB) parse in about 19 s, a 16 MB page of
// them would take hours. Real pages nest a few dozen levels. Start tags beyond kMaxHtmlNesting
// open elements are dropped (their text is kept), which bounds the parse to linear time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

inline constexpr std::size_t kMaxHtmlNesting = 256;

// `html` with every start tag that would open an element deeper than `max_depth` removed. When
// nothing nests that deep, `*changed` is false and the result is empty: the caller keeps `html`. The count follows tags only: void elements, self-closing tags and
// elements whose end tag is optional (p, li, td...) are not counted, and the contents of
// comments, <script>, <style> and the other raw-text elements are skipped.
std::string limit_html_nesting(std::string_view html, std::size_t max_depth, bool* changed);

}  // namespace storyline
