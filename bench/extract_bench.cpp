// Extraction speed on the article-extraction benchmark pages, single thread.
//
//   storyline_bench [benchmark flags] [DATA_DIR]
//
// DATA_DIR is the benchmark's html/ folder of <id>.html.gz pages (or the folder holding html/);
// default $STORYLINE_BENCH_DATA, else ../shared/data/article-extraction-benchmark/html from the
// current folder (the repository root) or from the executable's parent folder. Pages are
// decompressed and decoded to UTF-8 RawDocuments before timing; one iteration extracts every page
// once. Counters: pages/s, MB/s (decompressed HTML, 10^6 bytes), peak_RSS_MB (whole process,
// pages in memory included).
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/resources.h"
#include "ingest/raw_document.h"
#include "ingest/read.h"

namespace fs = std::filesystem;

namespace {

constexpr const char* kDefaultData = "../shared/data/article-extraction-benchmark/html";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Decompresses every gzip member of `gz`.
std::string gunzip(const std::string& gz, const fs::path& path) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  zs.avail_in = static_cast<uInt>(gz.size());
  std::string out;
  char buffer[1 << 16];
  int rc = Z_OK;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - zs.avail_out);
    if (rc == Z_STREAM_END) {
      if (zs.avail_in == 0) break;
      inflateReset(&zs);  // another member follows
    } else if (rc != Z_OK) {
      break;
    }
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) throw std::runtime_error("corrupt gzip data in " + path.string());
  return out;
}

fs::path find_data(int argc, char** argv) {
  std::vector<fs::path> candidates;
  if (argc > 1) {
    candidates.emplace_back(argv[1]);
  } else if (const char* env = std::getenv("STORYLINE_BENCH_DATA"); env && *env) {
    candidates.emplace_back(env);
  } else {
    candidates.emplace_back(kDefaultData);
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path().parent_path() / kDefaultData);
  }
  for (const fs::path& dir : candidates) {
    if (fs::is_directory(dir / "html")) return dir / "html";
    if (fs::is_directory(dir)) return dir;
  }
  std::string tried;
  for (const fs::path& dir : candidates) tried += "\n  " + dir.string();
  throw std::runtime_error(
      "benchmark pages not found; give the folder of <id>.html.gz files as the argument or in "
      "STORYLINE_BENCH_DATA. Tried:" + tried);
}

struct Corpus {
  std::vector<storyline::RawDocument> docs;
  std::size_t html_bytes = 0;
};

Corpus load_corpus(const fs::path& dir) {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 8 && name.ends_with(".html.gz")) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) throw std::runtime_error("no *.html.gz files in " + dir.string());

  Corpus corpus;
  for (const fs::path& path : paths) {
    std::string name = path.filename().string();
    std::string id = name.substr(0, name.size() - 8);
    std::string html = gunzip(read_file(path), path);
    corpus.html_bytes += html.size();
    storyline::read_bytes(std::move(html), id + ".html", storyline::ReadOptions{},
                          [&](storyline::RawDocument doc) {
                            if (!doc.error.empty()) {
                              std::fprintf(stderr, "storyline_bench: %s: %s\n", id.c_str(),
                                           doc.error.c_str());
                            }
                            doc.source = id;
                            corpus.docs.push_back(std::move(doc));
                          });
  }
  return corpus;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);  // removes the --benchmark_* flags it knows
  if (argc > 2 || (argc == 2 && (std::string(argv[1]) == "-h" || std::string(argv[1]) == "--help"))) {
    std::fprintf(stderr,
                 "usage: %s [--benchmark_* flags] [DATA_DIR]\n"
                 "  DATA_DIR: folder of <id>.html.gz pages (default $STORYLINE_BENCH_DATA, else %s\n"
                 "  from the repository root)\n",
                 argv[0], kDefaultData);
    return argc > 2 ? 2 : 0;
  }

  Corpus corpus;
  storyline::ExtractResources resources;
  try {
    fs::path dir = find_data(argc, argv);
    corpus = load_corpus(dir);
    resources = storyline::load_extract_resources(storyline::default_resource_dir());
    std::fprintf(stderr, "storyline_bench: %zu pages, %.1f MB of HTML from %s\n",
                 corpus.docs.size(), static_cast<double>(corpus.html_bytes) / 1e6,
                 dir.string().c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "storyline_bench: %s\n", e.what());
    return 1;
  }

  benchmark::RegisterBenchmark("extract_article/all_pages", [&](benchmark::State& state) {
    std::size_t text_bytes = 0;
    for (auto _ : state) {
      for (const storyline::RawDocument& doc : corpus.docs) {
        storyline::Article article = storyline::extract_article(doc, resources, {});
        text_bytes += article.text.size();
        benchmark::DoNotOptimize(article);
      }
    }
    const auto iterations = static_cast<double>(state.iterations());
    state.counters["pages/s"] =
        benchmark::Counter(static_cast<double>(corpus.docs.size()) * iterations,
                           benchmark::Counter::kIsRate);
    state.counters["MB/s"] = benchmark::Counter(
        static_cast<double>(corpus.html_bytes) * iterations / 1e6, benchmark::Counter::kIsRate);
    state.counters["text_MB"] = static_cast<double>(text_bytes) / iterations / 1e6;
    state.counters["peak_RSS_MB"] = peak_rss_mb();
  })
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
