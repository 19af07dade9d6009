#include "cli/analysed_input.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "store/analysis_codec.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;

RawDocument unreadable(const std::string& source, const std::string& reason) {
  RawDocument doc;
  doc.source = source;
  doc.error = reason;
  return doc;
}

void read_lines(std::istream& in, const std::string& name, const DocumentSink& sink) {
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    RawDocument doc;
    doc.source = name + ":" + std::to_string(number);
    doc.content = std::move(line);
    sink(std::move(doc));
  }
  if (in.bad()) sink(unreadable(name, "cannot read"));
}

void read_file(const std::string& path, const DocumentSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return sink(unreadable(path, "cannot open"));
  read_lines(in, path, sink);
}

bool is_shard_name(const std::string& name) {
  return !name.starts_with('.') && (name.ends_with(".jsonl") || name.ends_with(".ndjson"));
}

}  // namespace

void read_analysed_lines(const std::vector<std::string>& inputs, const DocumentSink& sink) {
  for (const std::string& input : inputs) {
    if (input == "-") {
      read_lines(std::cin, "-", sink);
      continue;
    }
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      read_file(input, sink);
      continue;
    }
    std::vector<std::string> files;
    for (auto it = fs::directory_iterator(input, error); !error && it != fs::directory_iterator(); it.increment(error))
      if (it->is_regular_file() && is_shard_name(it->path().filename().string())) files.push_back(it->path().string());
    if (error) {
      sink(unreadable(input, "cannot open: " + error.message()));
      continue;
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) read_file(file, sink);
  }
}

ArticleToStore analysed_article(const RawDocument& line, const ClaimResources& claims) {
  ArticleToStore out;
  if (!line.error.empty()) {
    out.analysis.article.error = line.source + ": " + line.error;
    return out;
  }
  nlohmann::json json = nlohmann::json::parse(line.content, nullptr, false);
  if (!json.is_object()) {
    out.analysis.article.error = line.source + ": not an analysis (a line of `storyline analyze` output is a JSON object)";
    return out;
  }
  if (auto error = json.find("error"); error != json.end()) {  // a document the analysis could not read
    out.analysis.article.error = error->is_string() ? error->get<std::string>() : line.source + ": failed";
    return out;
  }
  try {
    Analysis analysis = analysis_from_json(json);
    refresh_claims(analysis, claims);  // shards written by an older storyline
    return prepare_article(std::move(analysis), claims);
  } catch (const std::exception& error) {
    out = ArticleToStore{};
    out.analysis.article.error = line.source + ": not an analysis: " + error.what();
    return out;
  }
}

}  // namespace storyline
