// OrderedWorkers: a fixed pool of threads that maps items through a pure function and hands the
// results on in submission order, whatever order they finish in.
//
//   OrderedWorkers<RawDocument, Article> pool(jobs, [&](RawDocument d) { return extract(d); },
//                                           [&](Article a) { print(a); });
//   for (...) pool.submit(doc);   // blocks while `window` items are in flight
//   pool.finish();                // waits for the rest; emit has seen every result
//
// `work` runs on the pool's threads and must be safe to call concurrently. `emit` is called by
// one thread at a time, in order. With one job everything runs on the caller's thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace storyline {

template <class In, class Out>
class OrderedWorkers {
 public:
  using Work = std::function<Out(In)>;
  using Emit = std::function<void(Out)>;

  OrderedWorkers(unsigned jobs, Work work, Emit emit)
      : work_(std::move(work)), emit_(std::move(emit)), window_(jobs * 4) {
    if (jobs <= 1) return;
    for (unsigned i = 0; i < jobs; ++i) threads_.emplace_back([this] { run(); });
  }

  ~OrderedWorkers() { finish(); }

  void submit(In item) {
    if (threads_.empty()) {
      emit_(work_(std::move(item)));
      return;
    }
    std::unique_lock lock(mutex_);
    // Bound memory: never more than `window_` items between submission and emission.
    room_.wait(lock, [&] { return submitted_ - emitted_ < window_; });
    pending_.emplace_back(submitted_++, std::move(item));
    ready_.notify_one();
  }

  void finish() {
    {
      std::lock_guard lock(mutex_);
      if (closing_) return;
      closing_ = true;
    }
    ready_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      ready_.wait(lock, [&] { return closing_ || !pending_.empty(); });
      if (pending_.empty()) return;
      auto [sequence, item] = std::move(pending_.front());
      pending_.pop_front();
      lock.unlock();
      Out result = work_(std::move(item));
      lock.lock();
      done_.emplace(sequence, std::move(result));
      // Whoever completes the next result in line emits it and any that queued up behind it.
      while (!done_.empty() && done_.begin()->first == emitted_) {
        Out next = std::move(done_.begin()->second);
        done_.erase(done_.begin());
        emit_(std::move(next));
        ++emitted_;
      }
      room_.notify_all();
    }
  }

  Work work_;
  Emit emit_;
  std::size_t window_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::pair<std::size_t, In>> pending_;
  std::map<std::size_t, Out> done_;
  std::size_t submitted_ = 0, emitted_ = 0;
  bool closing_ = false;
};

}  // namespace storyline
