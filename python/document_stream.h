// DocumentStream: the documents a reader delivers (read_inputs, read_file_slice), pulled one at a
// time. The reader runs on its own thread, at most a few documents ahead, so a crawl of gigabytes
// streams through Python without being held in memory.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "ingest/read.h"

namespace storyline {

class DocumentStream {
 public:
  using Reader = std::function<void(const DocumentSink&)>;

  explicit DocumentStream(Reader reader) : thread_([this, reader = std::move(reader)] { run(reader); }) {}
  ~DocumentStream() { close(); }
  DocumentStream(const DocumentStream&) = delete;
  DocumentStream& operator=(const DocumentStream&) = delete;

  // The next document, or nothing once the reader is done. Blocks while the reader works.
  std::optional<RawDocument> next() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !queue_.empty() || done_; });
    if (queue_.empty()) return std::nullopt;
    RawDocument doc = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();
    return doc;
  }

  // Stops the reader (an abandoned iteration) and waits for its thread.
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
      changed_.notify_all();
    }
    if (thread_.joinable()) thread_.join();
  }

 private:
  struct Closed {};  // thrown through the reader to stop it early
  static constexpr std::size_t kAhead = 32;

  void run(const Reader& reader) {
    try {
      reader([this](RawDocument doc) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queue_.size() < kAhead || closed_; });
        if (closed_) throw Closed{};
        queue_.push_back(std::move(doc));
        changed_.notify_all();
      });
    } catch (const Closed&) {
    }
    std::lock_guard lock(mutex_);
    done_ = true;
    changed_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<RawDocument> queue_;
  bool done_ = false, closed_ = false;
  std::thread thread_;  // last: starts after the members it uses
};

}  // namespace storyline
