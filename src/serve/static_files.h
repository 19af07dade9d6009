// The web page's files (web/), embedded in the binary at build time by cmake/embed_web.cmake.
// The server answers exactly these paths from memory: there is no file system access, so no
// path can reach outside the table.
#pragma once

#include <string_view>
#include <vector>

namespace storyline::serve {

struct StaticFile {
  std::string_view path;          // "/index.html", "/app.js": the URL path
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view bytes;
};

// Every embedded file, sorted by path. Defined in the generated web_files.cpp.
const std::vector<StaticFile>& static_files();

}  // namespace storyline::serve
