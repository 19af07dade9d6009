#include "cli/ingest_command.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "analyze/analyze.h"
#include "claims/claims.h"
#include "cli/analysed_input.h"
#include "cli/progress.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "store/ingest.h"
#include "util/ordered_workers.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;

// How many articles the inputs hold, when that is cheap to know: folders and files of pages
// and text count one each, JSON Lines one per line. Feeds, WARC and stdin make it unknown.
std::optional<std::size_t> count_documents(const std::vector<std::string>& inputs) {
  std::size_t total = 0;
  auto count_file = [&](const fs::path& path, bool in_folder) {
    std::string ext = path.extension().string();
    if (ext == ".jsonl" || ext == ".ndjson") {
      std::ifstream in(path, std::ios::binary);
      std::string line;
      while (std::getline(in, line)) total += line.find_first_not_of(" \t\r") != std::string::npos;
      return true;
    }
    if (ext == ".html" || ext == ".htm" || ext == ".txt" || ext == ".gz") return ++total, true;
    return in_folder && ext != ".warc" && ext != ".xml" && ext != ".rss" && ext != ".atom";
  };
  std::error_code error;
  for (const std::string& input : inputs) {
    if (input == "-") return std::nullopt;
    if (fs::is_directory(input, error)) {
      for (auto it = fs::recursive_directory_iterator(input, error); it != fs::recursive_directory_iterator();
           it.increment(error)) {
        if (error) return std::nullopt;
        if (it->path().filename().string().starts_with(".")) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file() && !count_file(it->path(), true)) return std::nullopt;
      }
    } else if (!count_file(input, false)) {
      return std::nullopt;
    }
  }
  return total;
}

// Batches handed from the analysing workers to the one thread that writes the store, so that
// analysis goes on while a batch commits. Holds at most two batches.
class BatchQueue {
 public:
  void push(std::vector<ArticleToStore> batch) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return queue_.size() < 2; });
    queue_.push_back(std::move(batch));
    ready_.notify_one();
  }
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    ready_.notify_all();
  }
  std::optional<std::vector<ArticleToStore>> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
    if (queue_.empty()) return std::nullopt;
    std::vector<ArticleToStore> batch = std::move(queue_.front());
    queue_.pop_front();
    room_.notify_one();
    return batch;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::vector<ArticleToStore>> queue_;
  bool closed_ = false;
};

struct Totals {
  int added = 0, duplicates = 0, revisions = 0, failed = 0;
  std::set<std::int64_t> stories;
  std::string store_error;  // set when a batch could not be written: the rest is not stored
};

// Writes batches until the queue closes; after a failure it drains the queue without writing.
void write_batches(Store& store, const ClaimResources& claims, BatchQueue& queue, Totals& totals) {
  Ingester ingester(store, claims);
  while (auto batch = queue.pop()) {
    if (!totals.store_error.empty()) continue;
    try {
      BatchResult result = ingester.ingest(*batch);
      totals.added += result.added, totals.duplicates += result.duplicates, totals.revisions += result.revisions;
      totals.stories.insert(result.stories_touched.begin(), result.stories_touched.end());
    } catch (const std::exception& error) {
      totals.store_error = error.what();
    }
  }
  if (!totals.store_error.empty()) return;
  try {  // batches between full clusterings only placed their articles: cluster in full once
    BatchResult result = ingester.finish();
    totals.stories.insert(result.stories_touched.begin(), result.stories_touched.end());
  } catch (const std::exception& error) {
    totals.store_error = error.what();
  }
}

}  // namespace

int run_ingest(const ArticleCommand& command, const std::string& db, std::size_t batch_size, bool analysed) {
  if ((!command.url.empty() || !command.published.empty()) && command.inputs.size() != 1) {
    std::cerr << "storyline ingest: --url and --published describe one input; give exactly one\n";
    return 2;
  }
  if (analysed && (!command.url.empty() || !command.published.empty() || !command.lang.empty() || !command.packs.empty())) {
    std::cerr << "storyline ingest: --analysed inputs are analyses already; --lang, --url, --published and --pack "
                 "apply to analysing\n";
    return 2;
  }
  if (batch_size == 0) {
    std::cerr << "storyline ingest: --batch must be at least 1\n";
    return 2;
  }
  std::shared_ptr<const AnalysisResources> resources;
  std::shared_ptr<const ClaimResources> claims;
  std::unique_ptr<Store> store;
  try {
    std::string dir = command.resources.empty() ? default_resource_dir() : command.resources;
    if (analysed) {
      claims = load_claim_resources(dir);  // linking needs the claim rules; nothing is analysed
    } else {
      resources = load_analysis_resources(dir, command.packs);
      claims = resources->claims;
    }
    store = open_store(db, OpenMode::Create);
  } catch (const std::exception& error) {
    std::cerr << "storyline ingest: " << error.what() << "\n";
    return 2;
  }
  Totals totals;
  BatchQueue queue;
  std::thread writer([&] { write_batches(*store, *claims, queue, totals); });
  ExtractOverrides overrides{command.lang, command.url, command.published};
  unsigned jobs = command.jobs ? command.jobs : std::max(1u, std::thread::hardware_concurrency());
  Progress progress;
  if (auto total = count_documents(command.inputs)) progress.set_total(*total);
  std::vector<ArticleToStore> batch;
  {
    OrderedWorkers<RawDocument, ArticleToStore> workers(
        jobs,
        [&](RawDocument doc) {
          if (analysed) return analysed_article(doc, *claims);  // doc holds one line of analyze output
          try {
            return prepare_article(analyze_article(extract_article(doc, resources->extract, overrides), *resources), *claims);
          } catch (const std::exception& error) {
            ArticleToStore failed;
            failed.analysis.article.error = doc.source + ": processing failed: " + error.what();
            return failed;
          }
        },
        [&](ArticleToStore article) {
          progress.tick();
          if (!article.analysis.article.error.empty()) {
            ++totals.failed;  // the writer never touches `failed`
            std::cerr << "storyline: " << article.analysis.article.error << "\n";
            return;
          }
          batch.push_back(std::move(article));
          if (batch.size() >= batch_size) queue.push(std::exchange(batch, {}));
        });
    ReadOptions read_options;
    read_options.max_document_bytes = command.max_megabytes << 20;
    auto submit = [&](RawDocument doc) { workers.submit(std::move(doc)); };
    if (analysed) {
      read_analysed_lines(command.inputs, submit);
    } else {
      read_inputs(command.inputs, read_options, submit);
    }
    workers.finish();
  }
  if (!batch.empty()) queue.push(std::move(batch));
  queue.close();
  writer.join();
  progress.done();
  if (!totals.store_error.empty()) {
    std::cerr << "storyline ingest: " << store_name(db) << ": " << totals.store_error
              << " (batches before this one are stored; run the command again to finish)\n";
    return 2;
  }
  StoreCounts counts = store->counts();
  auto stories = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " story" : " stories"); };
  std::cout << "ingest: " << totals.added << " added, " << totals.duplicates << " duplicates, " << totals.revisions
            << " revisions, " << totals.failed << " failed; " << stories(totals.stories.size()) << " touched; "
            << store_name(db) << " holds " << counts.articles << " articles in " << stories(counts.stories) << "\n";
  return totals.failed > 0 ? 1 : 0;
}

}  // namespace storyline
