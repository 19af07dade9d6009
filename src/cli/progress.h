// Progress on stderr for long batches, shown only when a person is watching a terminal.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace storyline {

// Counts on stderr while a long batch runs, only when a person is watching a terminal.
class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO)), start_(Clock::now()), last_(start_) {}
  void tick() {
    ++count_;
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = count_ / seconds;
    if (total_ > count_ && rate > 0)  // time left only when the total is known
      std::fprintf(stderr, "\r%zu of %zu articles, %.0f/s, %.0f s left   ", count_, total_, rate,
                   (total_ - count_) / rate);
    else
      std::fprintf(stderr, "\r%zu articles, %.0f/s   ", count_, rate);
  }
  // The number of articles expected, when it can be known before they are read.
  void set_total(std::size_t total) { total_ = total; }
  void done() {
    if (enabled_ && last_ != start_) std::fprintf(stderr, "\r%zu articles%40s\n", count_, "");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point start_, last_;
  std::size_t count_ = 0;
  std::size_t total_ = 0;
};

}  // namespace storyline
